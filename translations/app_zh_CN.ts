<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Workspace</name>
        <message>
            <source>Manager</source>
            <translation>店长</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>仓管</translation>
        </message>
        <message>
            <source>Stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::AddressForm</name>
        <message>
            <source>Sender and returns</source>
            <translation>寄件与退货</translation>
        </message>
        <message>
            <source>Sender (printed on every waybill)</source>
            <translation>寄件人（每张面单都会打印）</translation>
        </message>
        <message>
            <source>Return address (for buyers' returns and exchanges)</source>
            <translation>退货地址（买家退换货寄往此处）</translation>
        </message>
        <message>
            <source>&amp;Sender:</source>
            <translation>寄件人(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>Returns go to the sender's address</source>
            <translation>退货寄回寄件地址</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>收件人：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>province, city, district, street and number</source>
            <translation>省、市、区、街道和门牌号</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>寄件人</translation>
        </message>
        <message>
            <source>Sender phone</source>
            <translation>寄件人电话</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>寄件地址</translation>
        </message>
        <message>
            <source>Return recipient</source>
            <translation>退货收件人</translation>
        </message>
        <message>
            <source>Return phone</source>
            <translation>退货电话</translation>
        </message>
        <message>
            <source>Return address</source>
            <translation>退货地址</translation>
        </message>
        <message>
            <source>Enter the sender's name and address: every waybill prints them.</source>
            <translation>请填写寄件人姓名和地址：每张面单都会打印。</translation>
        </message>
        <message>
            <source>Enter the sender's phone: an 11-digit mobile number or a landline with its area code.</source>
            <translation>请填写寄件人电话：11 位手机号，或带区号的固定电话。</translation>
        </message>
        <message>
            <source>Enter who receives returns and where, or tick “Returns go to the sender's address”.</source>
            <translation>请填写退货收件人和地址，或勾选“退货寄回寄件地址”。</translation>
        </message>
        <message>
            <source>Enter the return phone: an 11-digit mobile number or a landline with its area code.</source>
            <translation>请填写退货电话：11 位手机号，或带区号的固定电话。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::BackupForm</name>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>&amp;Folder of the daily backups:</source>
            <translation>每日备份的文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>Beside the shop file, in “&lt;shop name&gt;-backups”</source>
            <translation>店铺文件旁边的“&lt;店铺名&gt;-backups”文件夹</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <source>Every day the shop is open, ShopDesk writes a checked copy there and keeps the last 7 and 12 month-end copies. A folder on another disk keeps them safe when this one fails.</source>
            <translation>店铺每天打开时，ShopDesk 在这里写一份检查过的副本，保留最近 7 份和 12 份月末副本。放在另一块硬盘上的文件夹，在这块硬盘坏了时也能保住备份。</translation>
        </message>
        <message>
            <source>Folder of the daily backups</source>
            <translation>每日备份的文件夹</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::BackupSchedule</name>
        <message>
            <source>Today's backup was written and checked: %1</source>
            <translation>今天的备份已写好并检查无误：%1</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>自动备份失败：%1</translation>
        </message>
        <message>
            <source>The shop was restored from %1; the file as it was before is kept as %2.</source>
            <translation>店铺已从 %1 恢复；恢复前的文件保存为 %2。</translation>
        </message>
        <message>
            <source>Open a shop first; then it can be restored from one of its backups.</source>
            <translation>请先打开店铺，然后才能从它的备份恢复。</translation>
        </message>
        <message>
            <source>There are no automatic backups of this shop in %1 yet.</source>
            <translation>%1 里还没有这个店铺的自动备份。</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Backups in %1:</source>
            <translation>%1 中的备份：</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>The shop as it is now is backed up first, then replaced by the chosen copy.</source>
            <translation>先备份店铺的当前文件，再用选中的副本替换它。</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Replace the shop by its backup of %1? Everything entered since then is no longer in the shop (the current file is kept as a backup).</source>
            <translation>用 %1 的备份替换店铺吗？此后录入的内容将不在店铺里（当前文件会另存为备份）。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::ConnectDialog</name>
        <message>
            <source>Connect to a shop server</source>
            <translation>连接店铺服务器</translation>
        </message>
        <message>
            <source>The shop's server is the PC that keeps the shop for every PC of the store (see “Several PCs” in the README).</source>
            <translation>店铺服务器是为店里每台电脑保存店铺数据的那台电脑（见 README 的“多台电脑共用一个店铺”一节）。</translation>
        </message>
        <message>
            <source>&amp;Server (name or address):</source>
            <translation>服务器（名称或地址）(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>加密方式(&amp;E)：</translation>
        </message>
        <message>
            <source>e.g. 192.168.1.10</source>
            <translation>例如 192.168.1.10</translation>
        </message>
        <message>
            <source>Encrypted if the server offers it</source>
            <translation>服务器支持时加密</translation>
        </message>
        <message>
            <source>Always encrypted</source>
            <translation>始终加密</translation>
        </message>
        <message>
            <source>Always encrypted, server certificate checked</source>
            <translation>始终加密，并核验服务器证书</translation>
        </message>
        <message>
            <source>Not encrypted</source>
            <translation>不加密</translation>
        </message>
        <message>
            <source>&amp;Keep the password on this PC (in this user's settings)</source>
            <translation>在本机保存密码（存于本用户的设置）(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::CourierForm</name>
        <message>
            <source>Couriers and payment</source>
            <translation>快递与收款</translation>
        </message>
        <message>
            <source>Default &amp;courier:</source>
            <translation>默认快递(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Bank account:</source>
            <translation>收款账户(&amp;B)：</translation>
        </message>
        <message>
            <source>Privacy waybills: print buyers' phones with the middle digits hidden</source>
            <translation>隐私面单：买家电话中间几位打印为 *</translation>
        </message>
        <message>
            <source>bank, account name and number, as given to buyers who pay by transfer</source>
            <translation>开户行、户名和账号，告知转账付款的买家</translation>
        </message>
        <message>
            <source>Default courier</source>
            <translation>默认快递</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>收款账户</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::DropImport</name>
        <message>
            <source>Open a shop first; then files dropped on the window are imported into it.</source>
            <translation>请先打开店铺，拖到窗口上的文件才能导入。</translation>
        </message>
        <message>
            <source>“%1” is the order items export: drop it together with the order export it belongs to.</source>
            <translation>“%1”是宝贝报表：请把它和对应的订单报表一起拖进来。</translation>
        </message>
        <message>
            <source>ShopDesk cannot tell from its columns what “%1” holds. Import it as:</source>
            <translation>无法从表头判断“%1”是什么文件。导入为：</translation>
        </message>
        <message>
            <source>“%1” could be one of these. Import it as:</source>
            <translation>“%1”可能是以下几种之一。导入为：</translation>
        </message>
        <message>
            <source>Import a dropped file</source>
            <translation>导入拖入的文件</translation>
        </message>
        <message>
            <source>“%1” cannot be imported in this window.</source>
            <translation>“%1”无法在此窗口中导入。</translation>
        </message>
        <message>
            <source>Receiving note %1 posted from %2.</source>
            <translation>已从 %2 过账入库单 %1。</translation>
        </message>
        <message>
            <source>Choose a sheet</source>
            <translation>选择工作表</translation>
        </message>
        <message>
            <source>“%1” has several sheets. Import the sheet:</source>
            <translation>“%1”有多个工作表。导入这个工作表：</translation>
        </message>
        <message>
            <source>The order export is read from the first sheet of “%1”: move the sheet “%2” to the front in Excel, or save it as CSV, and drop it again.</source>
            <translation>订单报表从“%1”的第一个工作表读取：请在 Excel 中把工作表“%2”移到最前面，或另存为 CSV，再拖入一次。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::ImportClassifier</name>
        <message>
            <source>Shop file</source>
            <translation>店铺文件</translation>
        </message>
        <message>
            <source>Items and SKUs (Listings → Import)</source>
            <translation>宝贝和 SKU（宝贝管理 → 导入）</translation>
        </message>
        <message>
            <source>Platform order export (Shipping → Import orders)</source>
            <translation>平台订单报表（发货 → 导入订单）</translation>
        </message>
        <message>
            <source>Platform order items export (goes with the order export)</source>
            <translation>平台宝贝报表（与订单报表一起导入）</translation>
        </message>
        <message>
            <source>Receiving note (posted into stock)</source>
            <translation>入库单（过账入库）</translation>
        </message>
        <message>
            <source>Counted quantities for the open stock-take</source>
            <translation>当前盘点的盘点数量</translation>
        </message>
        <message>
            <source>Daily KPI export (KPIs → Import)</source>
            <translation>每日经营数据（数据报表 → 导入）</translation>
        </message>
        <message>
            <source>Quick-reply library (Customer service → Import)</source>
            <translation>快捷短语库（客服 → 导入）</translation>
        </message>
        <message>
            <source>Tracking numbers for queued orders</source>
            <translation>待发货订单的运单号</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::MainWindow</name>
        <message>
            <source>The shop was updated to the current format; the previous version was kept as %1.</source>
            <translation>店铺文件已升级到当前格式，升级前的版本已另存为 %1。</translation>
        </message>
        <message>
            <source>No shop open: choose File → New shop… or File → Open…</source>
            <translation>尚未打开店铺：请选择 文件 → 新建店铺… 或 文件 → 打开…</translation>
        </message>
        <message>
            <source>ShopDesk</source>
            <translation>ShopDesk 店铺助手</translation>
        </message>
        <message>
            <source>%1 — ShopDesk</source>
            <translation>%1 — ShopDesk 店铺助手</translation>
        </message>
        <message>
            <source>ShopDesk shops (%1)</source>
            <translation>ShopDesk 店铺 (%1)</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose a new name for the new shop, or open the file instead.</source>
            <translation>“%1”已存在。请为新店铺另取一个文件名，或直接打开该文件。</translation>
        </message>
        <message>
            <source>Open shop</source>
            <translation>打开店铺</translation>
        </message>
        <message>
            <source>Open a shop first; then it can be backed up.</source>
            <translation>请先打开一个店铺，才能备份。</translation>
        </message>
        <message>
            <source>Back up the shop</source>
            <translation>备份店铺</translation>
        </message>
        <message>
            <source>“%1” cannot be replaced.</source>
            <translation>无法替换“%1”。</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>备份已保存到 %1</translation>
        </message>
        <message>
            <source>About ShopDesk</source>
            <translation>关于 ShopDesk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New shop…</source>
            <translation>新建店铺(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>立即备份(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About ShopDesk</source>
            <translation>关于 ShopDesk(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Docks</source>
            <translation>窗格(&amp;D)</translation>
        </message>
        <message>
            <source>my-shop</source>
            <translation>我的店铺</translation>
        </message>
        <message>
            <source>The new shop could not be set up: %1</source>
            <translation>新店铺未能建立：%1</translation>
        </message>
        <message>
            <source>New shop %1 is ready: import your items next (Listings → Import…).</source>
            <translation>新店铺 %1 已建好：下一步请导入宝贝（宝贝管理 → 导入…）。</translation>
        </message>
        <message>
            <source>The shop settings were not saved: %1</source>
            <translation>店铺设置未保存：%1</translation>
        </message>
        <message>
            <source>Shop settings saved.</source>
            <translation>店铺设置已保存。</translation>
        </message>
        <message>
            <source>Shop &amp;settings…</source>
            <translation>店铺设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Open the &amp;demo shop</source>
            <translation>打开演示店铺(&amp;D)</translation>
        </message>
        <message>
            <source>%1 (read-only) — ShopDesk</source>
            <translation>%1（只读）— ShopDesk 店铺助手</translation>
        </message>
        <message>
            <source>Shop file: %1</source>
            <translation>店铺文件：%1</translation>
        </message>
        <message>
            <source>%1 — shop file: %2</source>
            <translation>%1 — 店铺文件：%2</translation>
        </message>
        <message>
            <source>%1, read-only</source>
            <translation>%1，只读</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>%1 is open in another ShopDesk window, which was brought forward.</source>
            <translation>%1 已在另一个 ShopDesk 窗口中打开，已把该窗口调到前面。</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>使用指南(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Reset this workspace</source>
            <translation>重置本工作区(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Workspace</source>
            <translation>工作区(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;Daily operations for a small online store: listings, customer service, shipping, inventory and KPIs.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;zint&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;h3&gt;ShopDesk 店铺助手 %1&lt;/h3&gt;&lt;p&gt;网店日常运营：宝贝管理、客服、发货、进销存与数据报表。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;zint&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>Shop server: %1</source>
            <translation>店铺服务器：%1</translation>
        </message>
        <message>
            <source>%1 — shop server: %2</source>
            <translation>%1 — 店铺服务器：%2</translation>
        </message>
        <message>
            <source>&amp;Connect to a shop server…</source>
            <translation>连接店铺服务器(&amp;C)…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::NewShopWizard</name>
        <message>
            <source>New shop</source>
            <translation>新建店铺</translation>
        </message>
        <message>
            <source>ShopDesk shops (%1)</source>
            <translation>ShopDesk 店铺 (%1)</translation>
        </message>
        <message>
            <source>Where the shop file goes</source>
            <translation>店铺文件保存位置</translation>
        </message>
        <message>
            <source>Shop &amp;file:</source>
            <translation>店铺文件(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <source>One file holds the whole shop: items, stock, orders and KPIs. Keep it on this computer's own disk and back it up (File → Back up now…).</source>
            <translation>一个文件保存整个店铺：宝贝、库存、订单和经营数据。请把它放在本机硬盘上，并定期备份（文件 → 立即备份…）。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::ShopNameForm</name>
        <message>
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Shop &amp;name:</source>
            <translation>店铺名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Sells on:</source>
            <translation>销售平台：</translation>
        </message>
        <message>
            <source>as on the platform, e.g. 小林服饰旗舰店</source>
            <translation>与平台上一致，例如 小林服饰旗舰店</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>店铺名称</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Enter the shop's name: waybills and replies print it.</source>
            <translation>请填写店铺名称：面单和回复都会用到它。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::ShopSettingsDialog</name>
        <message>
            <source>Shop settings</source>
            <translation>店铺设置</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::StaffForm</name>
        <message>
            <source>Staff and business</source>
            <translation>员工与经营</translation>
        </message>
        <message>
            <source>S&amp;taff (one per line):</source>
            <translation>员工(&amp;T)（每行一位）：</translation>
        </message>
        <message>
            <source>Gross &amp;margin:</source>
            <translation>毛利率(&amp;M)：</translation>
        </message>
        <message>
            <source>Current &amp;promotion:</source>
            <translation>当前活动(&amp;P)：</translation>
        </message>
        <message>
            <source>Used for traffic value (conversion × order value × margin) until costs are known.</source>
            <translation>在成本未知时用于计算流量价值（转化率 × 客单价 × 毛利率）。</translation>
        </message>
        <message>
            <source>announced in customer-service replies, e.g. 满199减20</source>
            <translation>客服回复中告知买家，例如 满199减20</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>毛利率</translation>
        </message>
        <message>
            <source>Current promotion</source>
            <translation>当前活动</translation>
        </message>
        <message>
            <source>Platform &amp;fee:</source>
            <translation>平台费率(&amp;F)：</translation>
        </message>
        <message>
            <source>The platform's commission as a share of what the buyers kept, taken off profit.</source>
            <translation>平台佣金占成交（扣除退款）的比例，从利润中扣除。</translation>
        </message>
        <message>
            <source>Platform fee</source>
            <translation>平台费</translation>
        </message>
        <message>
            <source>Largest imported &amp;line:</source>
            <translation>单行金额上限(&amp;L)：</translation>
        </message>
        <message>
            <source>An imported order, item, receiving or KPI line above this amount is refused as a typing or export error.</source>
            <translation>导入的订单、宝贝、入库或 KPI 单行金额超过此数时，视为录入或导出错误而拒绝。</translation>
        </message>
        <message>
            <source>Largest imported line</source>
            <translation>单行金额上限</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::StartPage</name>
        <message>
            <source>Welcome to ShopDesk</source>
            <translation>欢迎使用 ShopDesk</translation>
        </message>
        <message>
            <source>No shop open: choose File → New shop… or File → Open…</source>
            <translation>尚未打开店铺：请选择 文件 → 新建店铺… 或 文件 → 打开…</translation>
        </message>
        <message>
            <source>&amp;New shop…</source>
            <translation>新建店铺(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open a shop file…</source>
            <translation>打开店铺文件(&amp;O)…</translation>
        </message>
        <message>
            <source>Try the &amp;demo shop</source>
            <translation>试用演示店铺(&amp;D)</translation>
        </message>
        <message>
            <source>Set up your own shop: name, sender, return address, couriers and staff.</source>
            <translation>建立自己的店铺：店名、寄件人、退货地址、快递和员工。</translation>
        </message>
        <message>
            <source>A clothing store with a year of orders, to look around without touching your own shop.</source>
            <translation>一家有一年订单的服装店，随便看看，不会动到你自己的店铺。</translation>
        </message>
        <message>
            <source>&amp;Recent shops:</source>
            <translation>最近的店铺(&amp;R)：</translation>
        </message>
        <message>
            <source>Recent shops</source>
            <translation>最近的店铺</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::UserGuide</name>
        <message>
            <source>Start here</source>
            <translation>从这里开始</translation>
        </message>
        <message>
            <source>Store manager (店长)</source>
            <translation>店长</translation>
        </message>
        <message>
            <source>Customer service (客服)</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Warehouse (仓管)</source>
            <translation>仓管</translation>
        </message>
        <message>
            <source>Stock-take (盘点)</source>
            <translation>盘点</translation>
        </message>
        <message>
            <source>Moving your shop in</source>
            <translation>把店铺搬进来</translation>
        </message>
        <message>
            <source>ShopDesk user guide</source>
            <translation>ShopDesk 使用指南</translation>
        </message>
    </context>
</TS>
