<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CouriersCli</name>
        <message>
            <source>The shop's couriers, their price tables and number ranges: list, add and import them.</source>
            <translation>本店的快递公司、运费价格表和面单号段：列出、添加和导入。</translation>
        </message>
    </context>
    <context>
        <name>MappingsCli</name>
        <message>
            <source>List, add or remove the shop's mappings (商品对应关系) of the platform's outer codes or titles to SKUs.</source>
            <translation>列出、添加或删除本店的商品对应关系（平台商家编码或标题 → SKU）。</translation>
        </message>
    </context>
    <context>
        <name>ParcelCli</name>
        <message>
            <source>Write the pick list of a batch of waybills as PDF: every SKU summed, sorted by item code, colour and size, with the orders it serves.</source>
            <translation>把一批面单的拣货单写成 PDF：每个 SKU 合计数量，按货号、颜色、尺码排序，并列出所属订单。</translation>
        </message>
    </context>
    <context>
        <name>QueueCli</name>
        <message>
            <source>List the dispatch queue a window at a time: searched, filtered and sorted as the window shows it; --after continues from the cursor the last window printed.</source>
            <translation>分批列出待发货订单：搜索、筛选、排序与窗口中一致；--after 从上一批打印的游标处继续。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::BulkShipping</name>
        <message>
            <source>The order %1 went by a courier the platform's list does not name; give the courier its platform name in the courier rules first. Nothing was written.</source>
            <translation>订单 %1 所用的快递公司在平台的物流公司列表中没有名称；请先在快递设置里填写它在平台上的名称。未写入任何内容。</translation>
        </message>
        <message>
            <source>The bulk-shipping file cannot be written in GBK.</source>
            <translation>批量发货文件无法以 GBK 编码写出。</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ChangeCourierRulesCommand</name>
        <message>
            <source>Courier rules</source>
            <translation>快递规则</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ChangeMappingCommand</name>
        <message>
            <source>Change the mapping of %1</source>
            <translation>修改 %1 的商品对应关系</translation>
        </message>
        <message>
            <source>Delete the mapping of %1</source>
            <translation>删除 %1 的商品对应关系</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ClaimsView</name>
        <message>
            <source>Order no.</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>情况</translation>
        </message>
        <message>
            <source>Handed over on</source>
            <translation>交接日期</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Claim for a parcel…</source>
            <translation>包裹索赔(&amp;C)…</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>丢件</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>破损</translation>
        </message>
        <message>
            <source>not handed over</source>
            <translation>未交接</translation>
        </message>
        <message>
            <source>Claim for a parcel</source>
            <translation>包裹索赔</translation>
        </message>
        <message>
            <source>Tracking number of the lost or damaged parcel:</source>
            <translation>丢失或损坏包裹的运单号：</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>情况：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Claims for lost, damaged, undeliverable or refused parcels: %1</source>
            <translation>丢件、破损、无法派送和拒收包裹的索赔：%1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::Cli</name>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>%1 waybills written to %2.</source>
            <translation>已将 %1 张快递单写入 %2。</translation>
        </message>
        <message>
            <source>Order %1 shipped by %2, tracking number %3.</source>
            <translation>订单 %1 已由%2发货，运单号 %3。</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1”不是快递公司，请使用 %2 之一。</translation>
        </message>
        <message>
            <source>“%1” is not a day (use YYYY-MM-DD).</source>
            <translation>“%1”不是日期（请使用 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>%1, %2: %3 shipped, %4 stubs scanned, %5 missing, %6 extra.</source>
            <translation>%1，%2：已发货 %3 件，已扫底单 %4 张，缺少 %5 张，多出 %6 张。</translation>
        </message>
        <message>
            <source>Import the Taobao order export (order report and item report) into the dispatch queue.</source>
            <translation>导入淘宝订单导出文件（订单报表和宝贝报表）到待发货。</translation>
        </message>
        <message>
            <source>Write waybills to a PDF, one page per order: chosen orders, all unprinted ones, or a mail-merge CSV.</source>
            <translation>将快递单写入 PDF，每个订单一页：指定订单、全部未打印订单或邮件合并 CSV。</translation>
        </message>
        <message>
            <source>Mark an order shipped with its courier and tracking number; its goods are booked out of stock.</source>
            <translation>将订单标记为已发货并记录快递公司和运单号；货品从库存中出库。</translation>
        </message>
        <message>
            <source>Scan the stubs of a courier's pickup and list the expected, missing and extra parcels.</source>
            <translation>扫描快递员揽收的底单，列出应交、缺少和多出的包裹。</translation>
        </message>
        <message>
            <source>Range added: %1 numbers of %2 left.</source>
            <translation>号段已添加：%2 剩余 %1 个单号。</translation>
        </message>
        <message numerus="yes">
            <source>%n tracking numbers set.</source>
            <translation>
                <numerusform>已填写 %n 个运单号。</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1, %2: %3</source>
            <translation>第 %1 行，%2：%3</translation>
        </message>
        <message>
            <source>The bill matches the price table.</source>
            <translation>账单与价格表一致。</translation>
        </message>
        <message>
            <source>Set tracking numbers: typed, from a CSV list (order, tracking), or from a range the courier issued.</source>
            <translation>填写运单号：手工输入、从 CSV 列表（订单、运单号）导入，或从快递公司发放的号段分配。</translation>
        </message>
        <message>
            <source>Check a courier's monthly bill (CSV: tracking, weight, fee) against its price table.</source>
            <translation>按价格表核对快递公司的月结账单（CSV：运单号、重量、运费）。</translation>
        </message>
        <message>
            <source>--copies takes 1 to %1 copies of each waybill, not “%2”.</source>
            <translation>--copies 每张面单可打印 1 到 %1 份，不能是“%2”。</translation>
        </message>
        <message>
            <source>%1 waybills × %2 copies would be more than %3 pages in one PDF; print fewer orders at a time.</source>
            <translation>%1 张面单 × %2 份会超过一个 PDF 最多 %3 页；请一次少打印一些订单。</translation>
        </message>
        <message>
            <source>--weight takes a parcel's weight in kg, more than 0 and at most 1,000, not “%1”.</source>
            <translation>--weight 是包裹重量（公斤），须大于 0 且不超过 1,000，不能是“%1”。</translation>
        </message>
        <message>
            <source>%1, line %2, field tracking: %3</source>
            <translation>%1，第 %2 行，字段 tracking：%3</translation>
        </message>
        <message>
            <source>line %1, %2 (order %3, %4): deducted %5</source>
            <translation>第 %1 行，%2（订单 %3，%4）：抵扣 %5</translation>
        </message>
        <message>
            <source>Billed %1, deducted %2: %3 owed.</source>
            <translation>账单 %1，月结抵扣 %2：应付 %3。</translation>
        </message>
        <message>
            <source>%1 holds the orders of the shop “%2”, but this shop is “%3”; nothing was imported. Add --other-shop to import them all the same.</source>
            <translation>%1 是店铺“%2”的订单，而本店是“%3”；未导入任何订单。如确需导入，请加上 --other-shop。</translation>
        </message>
        <message>
            <source>%1 new orders (%2 for dispatch), %3 already in the shop, %4 updated. Orders to ship now: %5, with %6 lines not matched to a SKU.</source>
            <translation>新订单 %1 笔（待发货 %2 笔），已在店中 %3 笔，更新 %4 笔。当前待发货订单：%5 笔，其中 %6 行未对应到 SKU。</translation>
        </message>
        <message>
            <source>Import the Taobao order export (order report and item report) into the dispatch queue, or export the shipped orders as the platform's bulk-shipping file; merge a buyer's orders into one parcel (orders merge NO NO…), or split an order into parcels (orders split NO --lines 1,2:1).</source>
            <translation>导入淘宝订单报表（订单报表和宝贝报表）到待发货队列，或把已发货订单导出为平台的批量发货文件；把同一买家的多笔订单合并为一个包裹（orders merge 订单号 订单号…），或把一笔订单拆成多个包裹（orders split 订单号 --lines 1,2:1）。</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) skipped:</source>
            <translation>
                <numerusform>跳过 %n 单：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::CourierData</name>
        <message>
            <source>%1 has no courier column: say whose price table it is.</source>
            <translation>%1 没有快递公司列：请指明这是哪家快递的价格表。</translation>
        </message>
        <message>
            <source>“%1” is not a courier of the shop.</source>
            <translation>“%1”不是本店的快递公司。</translation>
        </message>
        <message>
            <source>the courier is empty.</source>
            <translation>快递公司为空。</translation>
        </message>
        <message>
            <source>the province is empty (use * for every other).</source>
            <translation>省份为空（其余省份请用 *）。</translation>
        </message>
        <message>
            <source>“%1” is not an amount of money (use a form like 12.50).</source>
            <translation>“%1”不是金额（请写成 12.50 这样的形式）。</translation>
        </message>
        <message>
            <source>%1 is priced twice for %2.</source>
            <translation>%2 的价格表中 %1 出现了两次。</translation>
        </message>
        <message>
            <source>%1 has a header line but no prices.</source>
            <translation>%1 只有表头，没有价格。</translation>
        </message>
        <message>
            <source>A price table needs at least one province (or * for every province).</source>
            <translation>价格表至少需要一个省份（或用 * 表示所有省份）。</translation>
        </message>
        <message>
            <source>Every row of a price table needs a province and prices of 0 or more.</source>
            <translation>价格表的每一行都需要省份和不小于 0 的价格。</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1”不是快递公司；请使用 %2 之一。</translation>
        </message>
        <message>
            <source>%1 has a header line but no number ranges.</source>
            <translation>%1 只有表头，没有面单号段。</translation>
        </message>
        <message>
            <source>“%1” cannot be a courier's code: use 2 to 10 capital letters and digits, e.g. KYE.</source>
            <translation>“%1”不能作为快递代码：请用 2 到 10 位大写字母和数字，例如 KYE。</translation>
        </message>
        <message>
            <source>%1 is a courier ShopDesk knows already.</source>
            <translation>%1 是 ShopDesk 已有的快递公司。</translation>
        </message>
        <message>
            <source>A courier needs its name.</source>
            <translation>快递公司需要名称。</translation>
        </message>
        <message>
            <source>A courier needs the name the platform lists it by (物流公司), e.g. 跨越速运.</source>
            <translation>快递公司需要它在平台物流公司列表中的名称，例如 跨越速运。</translation>
        </message>
        <message>
            <source>“%1” is not a form of tracking numbers (a regular expression such as ^KY\d{12}$).</source>
            <translation>“%1”不是运单号格式（应为正则表达式，例如 ^KY\d{12}$）。</translation>
        </message>
        <message>
            <source>The shop added no courier %1.</source>
            <translation>本店没有添加过快递公司 %1。</translation>
        </message>
        <message>
            <source>That number range is no longer in the shop.</source>
            <translation>该号段已不在店铺中。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 … %3. Its %n number(s) not given out yet can no longer be assigned from it; orders that already have numbers from it keep them.</source>
            <translation>
                <numerusform>%1：%2 … %3。其中尚未分配的 %n 个单号将不能再从该号段分配；已从该号段取得单号的订单保留其单号。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::CourierRulesView</name>
        <message>
            <source>The store's courier rules: an order goes by the courier the buyer asked for, by EMS to a province the default courier does not reach, else by the default courier.</source>
            <translation>本店快递规则：买家指定快递的按买家要求发；默认快递不到的省份发 EMS；其余发默认快递。</translation>
        </message>
        <message>
            <source>&amp;Default courier:</source>
            <translation>默认快递(&amp;D)：</translation>
        </message>
        <message>
            <source>By &amp;EMS (provinces the default does not reach):</source>
            <translation>发 EMS 的省份（默认快递不到）(&amp;E)：</translation>
        </message>
        <message>
            <source>province names, separated by commas</source>
            <translation>省份名称，用逗号分隔</translation>
        </message>
        <message>
            <source>&amp;Hide the middle digits of the recipient's phone on waybills</source>
            <translation>快递单上隐藏收件人手机号中间几位(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Save rules</source>
            <translation>保存规则(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::Couriers</name>
        <message>
            <source>a YTO tracking number is YT and 13 digits</source>
            <translation>圆通运单号为 YT 加 13 位数字</translation>
        </message>
        <message>
            <source>a ZTO tracking number has 12 to 14 digits</source>
            <translation>中通运单号为 12 至 14 位数字</translation>
        </message>
        <message>
            <source>a Yunda tracking number has 13 to 15 digits</source>
            <translation>韵达运单号为 13 至 15 位数字</translation>
        </message>
        <message>
            <source>an SF tracking number is SF and 12 or 13 digits</source>
            <translation>顺丰运单号为 SF 加 12 或 13 位数字</translation>
        </message>
        <message>
            <source>an EMS tracking number has 13 digits or the form EA123456789CN</source>
            <translation>EMS 运单号为 13 位数字或 EA123456789CN 的形式</translation>
        </message>
        <message>
            <source>the tracking number must not be empty</source>
            <translation>运单号不能为空</translation>
        </message>
        <message>
            <source>no shipped order has this tracking number</source>
            <translation>没有已发货订单使用此运单号</translation>
        </message>
        <message>
            <source>billed %1, the price table gives %2</source>
            <translation>账单收费 %1，价格表应为 %2</translation>
        </message>
        <message>
            <source>the order number is empty.</source>
            <translation>订单编号为空。</translation>
        </message>
        <message>
            <source>the tracking number is empty.</source>
            <translation>运单号为空。</translation>
        </message>
        <message>
            <source>an STO tracking number has 12 to 15 digits</source>
            <translation>申通运单号为 12 至 15 位数字</translation>
        </message>
        <message>
            <source>“%1” is not a weight in kg from 0 to 1,000.</source>
            <translation>“%1”不是 0 到 1,000 公斤之间的重量。</translation>
        </message>
        <message>
            <source>“%1” is a negative fee; a bill charges 0 or more.</source>
            <translation>“%1”是负数运费；账单上的运费应为 0 或以上。</translation>
        </message>
        <message>
            <source>the order %1 already has the tracking number %2 on line %3; one order takes one number.</source>
            <translation>订单 %1 在第 %3 行已有运单号 %2；一个订单只能有一个运单号。</translation>
        </message>
        <message>
            <source>a J&amp;T tracking number is JT and 13 digits</source>
            <translation>极兔运单号为 JT 加 13 位数字</translation>
        </message>
        <message>
            <source>a JD tracking number is JD, one or two capital letters and digits, 15 characters in all</source>
            <translation>京东运单号为 JD 加一至两个大写字母和数字，共 15 位</translation>
        </message>
        <message>
            <source>a Deppon tracking number is DPK and 12 digits, or 10 to 12 digits</source>
            <translation>德邦运单号为 DPK 加 12 位数字，或 10 至 12 位数字</translation>
        </message>
        <message>
            <source>a China Post parcel tracking number has 13 digits beginning with 98 or 99</source>
            <translation>邮政快递包裹运单号为以 98 或 99 开头的 13 位数字</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>丢件</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>破损</translation>
        </message>
        <message>
            <source>Undeliverable</source>
            <translation>无法派送</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>a %1 tracking number has the form the shop gave it (%2)</source>
            <translation>%1 的运单号须符合本店设定的格式（%2）</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::CouriersCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1（%2）：%3</translation>
        </message>
        <message>
            <source>%1 added to the shop's couriers.</source>
            <translation>已将 %1 添加到本店的快递公司。</translation>
        </message>
        <message>
            <source>%1 removed from the shop's couriers.</source>
            <translation>已从本店的快递公司中移除 %1。</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1”不是快递公司；请使用 %2 之一。</translation>
        </message>
        <message>
            <source>Price tables imported as the shop's own: %1.</source>
            <translation>已导入为本店的价格表：%1。</translation>
        </message>
        <message>
            <source>%1: first kg %2, each additional kg %3</source>
            <translation>%1：首重 %2，续重每公斤 %3</translation>
        </message>
        <message numerus="yes">
            <source>%n number range(s) added.</source>
            <translation>
                <numerusform>已添加 %n 个面单号段。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 … %3 (%4 left)</source>
            <translation>%1：%2 … %3（剩余 %4 个）</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ExportShippedCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>“%1” is not a day (use YYYY-MM-DD).</source>
            <translation>“%1”不是日期（请用 YYYY-MM-DD）。</translation>
        </message>
        <message numerus="yes">
            <source>%n shipped order(s) written to %1 for the platform's bulk shipping.</source>
            <translation>
                <numerusform>已将 %n 笔已发货订单写入 %1，用于平台批量发货。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ExportShippedDialog</name>
        <message>
            <source>Shipped orders for the platform</source>
            <translation>导出已发货订单到平台</translation>
        </message>
        <message>
            <source>Writes the platform's bulk-shipping file (批量发货: order number, courier, tracking number) for upload in the seller centre.</source>
            <translation>生成平台的批量发货文件（订单编号、物流公司、运单号），供在卖家中心上传。</translation>
        </message>
        <message>
            <source>Everything &amp;not exported yet</source>
            <translation>所有尚未导出的订单(&amp;N)</translation>
        </message>
        <message>
            <source>Shipped &amp;on:</source>
            <translation>发货日期(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ExtraParcelRepository</name>
        <message>
            <source>Choose the courier of the parcel.</source>
            <translation>请选择包裹的快递。</translation>
        </message>
        <message>
            <source>A parcel needs at least one item.</source>
            <translation>包裹至少要有一件货品。</translation>
        </message>
        <message>
            <source>Each item of a parcel needs at least 1 piece (it is %1).</source>
            <translation>包裹中每种货品至少 1 件（现在是 %1）。</translation>
        </message>
        <message>
            <source>There is no order with the number %1.</source>
            <translation>没有编号为 %1 的订单。</translation>
        </message>
        <message>
            <source>Order %1 has not left yet: send its goods with the order itself.</source>
            <translation>订单 %1 还未发出：请随订单本身发货。</translation>
        </message>
        <message>
            <source>The tracking number %1 is already used by another order or parcel.</source>
            <translation>运单号 %1 已被其他订单或包裹使用。</translation>
        </message>
        <message>
            <source>There is no parcel with the number %1.</source>
            <translation>没有编号为 %1 的包裹。</translation>
        </message>
        <message>
            <source>The parcel %1 has already shipped.</source>
            <translation>包裹 %1 已经发出。</translation>
        </message>
        <message>
            <source>Enter the tracking number of the parcel: the number ranges of %1 are used up.</source>
            <translation>请输入包裹的快递单号：%1 的号段已用完。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::Factory</name>
        <message>
            <source>Shipping</source>
            <translation>发货</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::FreightView</name>
        <message>
            <source>Price table (province, first kg, each additional kg)</source>
            <translation>价格表（省份、首重、续重）</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Number ranges (CSV: courier, first, last)</source>
            <translation>面单号段（CSV：快递公司、起始单号、结束单号）</translation>
        </message>
        <message>
            <source>The shop's own freight: each courier's prices by province (first kg and each additional kg; * for every other province) estimate the freight of a parcel and check the courier's monthly bill. The built-in tables are only the starting values.</source>
            <translation>本店自己的运费：各快递按省份的价格（首重和续重；* 表示其余省份）用于估算包裹运费和核对快递月结账单。内置价格表只是初始值。</translation>
        </message>
        <message>
            <source>&amp;Courier:</source>
            <translation>快递公司(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;New courier…</source>
            <translation>新增快递公司(&amp;N)…</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>First kg (¥)</source>
            <translation>首重（¥）</translation>
        </message>
        <message>
            <source>Each additional kg (¥)</source>
            <translation>续重每公斤（¥）</translation>
        </message>
        <message>
            <source>&amp;Add row</source>
            <translation>添加行(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove row</source>
            <translation>删除行(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save prices</source>
            <translation>保存价格(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Import prices…</source>
            <translation>导入价格(&amp;I)…</translation>
        </message>
        <message>
            <source>Number ranges the couriers issued:</source>
            <translation>快递公司发放的面单号段：</translation>
        </message>
        <message>
            <source>%1: %2 … %3 (%4 left)</source>
            <translation>%1：%2 … %3（剩余 %4 个）</translation>
        </message>
        <message>
            <source>Row %1 of the price table needs a province and two amounts of money (like 12.50).</source>
            <translation>价格表第 %1 行需要省份和两个金额（例如 12.50）。</translation>
        </message>
        <message>
            <source>%1 is priced twice.</source>
            <translation>%1 出现了两次。</translation>
        </message>
        <message>
            <source>Change the prices of %1</source>
            <translation>修改 %1 的价格</translation>
        </message>
        <message>
            <source>Import price tables</source>
            <translation>导入价格表</translation>
        </message>
        <message>
            <source>Add the courier %1</source>
            <translation>添加快递公司 %1</translation>
        </message>
        <message>
            <source>New courier</source>
            <translation>新增快递公司</translation>
        </message>
        <message>
            <source>2 to 10 capital letters and digits, e.g. KYE</source>
            <translation>2 到 10 位大写字母和数字，例如 KYE</translation>
        </message>
        <message>
            <source>as the platform's courier list names it, e.g. 跨越速运</source>
            <translation>平台物流公司列表中的名称，例如 跨越速运</translation>
        </message>
        <message>
            <source>e.g. ^KY\d{12}$</source>
            <translation>例如 ^KY\d{12}$</translation>
        </message>
        <message>
            <source>Short &amp;code:</source>
            <translation>代码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Platform's name:</source>
            <translation>平台名称(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Tracking numbers (regular expression):</source>
            <translation>运单号格式（正则表达式）(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Delete range…</source>
            <translation>删除号段(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete the number range selected in the list (asks first)</source>
            <translation>删除列表中选中的号段（会先询问）</translation>
        </message>
        <message>
            <source>Delete a number range</source>
            <translation>删除号段</translation>
        </message>
        <message>
            <source>Delete this number range?

%1</source>
            <translation>删除这个号段？

%1</translation>
        </message>
        <message>
            <source>Import number ran&amp;ges…</source>
            <translation>导入面单号段(&amp;G)…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MappingRepository</name>
        <message>
            <source>A mapping needs the outer code (商家编码) or the title of the platform's line.</source>
            <translation>商品对应关系需要平台订单行的商家编码或标题。</translation>
        </message>
        <message>
            <source>A mapping is by outer code or by title.</source>
            <translation>商品对应关系按商家编码或按标题建立。</translation>
        </message>
        <message>
            <source>There is no such SKU in the shop.</source>
            <translation>店中没有这个 SKU。</translation>
        </message>
        <message>
            <source>Only a line of an order waiting for dispatch can be matched.</source>
            <translation>只能对应待发货订单的订单行。</translation>
        </message>
        <message>
            <source>This line is matched to a SKU already.</source>
            <translation>这一行已经对应到 SKU 了。</translation>
        </message>
        <message>
            <source>The line has neither an outer code (商家编码) nor a title to remember.</source>
            <translation>这一行既没有商家编码也没有标题，无法记住。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MappingsCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>%1 %2 %3/%4 → %5 (%6)</source>
            <translation>%1 %2 %3/%4 → %5（%6）</translation>
        </message>
        <message>
            <source>outer code</source>
            <translation>商家编码</translation>
        </message>
        <message>
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>The shop has no mappings yet.</source>
            <translation>本店还没有商品对应关系。</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>没有条码为 %1 的 SKU。</translation>
        </message>
        <message numerus="yes">
            <source>%1 now maps to %2; %n waiting line(s) matched.</source>
            <translation>
                <numerusform>%1 现在对应到 %2；已对应 %n 行待发货订单行。</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no mapping of %1 (colour “%2”, size “%3”).</source>
            <translation>没有 %1 的商品对应关系（颜色“%2”，尺码“%3”）。</translation>
        </message>
        <message>
            <source>The mapping of %1 was removed.</source>
            <translation>已删除 %1 的商品对应关系。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MappingsView</name>
        <message>
            <source>Matched by</source>
            <translation>对应依据</translation>
        </message>
        <message>
            <source>Outer code or title</source>
            <translation>商家编码或标题</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺码</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Every line the clerk matched to a SKU by hand is remembered here: each later import matches the lines like it (the same outer code, or the same title, with the same colour and size) to the same SKU.</source>
            <translation>手工对应到 SKU 的每一行都记在这里：以后每次导入，相同的订单行（商家编码相同，或标题相同，且颜色和尺码相同）都会对应到同一个 SKU。</translation>
        </message>
        <message>
            <source>SKU &amp;barcode:</source>
            <translation>SKU 条码(&amp;B)：</translation>
        </message>
        <message>
            <source>select a mapping, then scan or type the barcode of its SKU, Enter</source>
            <translation>选择一条对应关系，再扫描或输入其 SKU 的条码，回车</translation>
        </message>
        <message>
            <source>&amp;Change SKU</source>
            <translation>更换 SKU(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>Outer code (商家编码)</source>
            <translation>商家编码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Select one mapping, then scan or type the barcode of its SKU.</source>
            <translation>请选择一条对应关系，再扫描或输入其 SKU 的条码。</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>没有条码为 %1 的 SKU。</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>删除 %n 条商品对应关系</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MatchLineCommand</name>
        <message>
            <source>Match a line of order %1 to %2</source>
            <translation>将订单 %1 的宝贝对应到 %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MergeDetector</name>
        <message>
            <source>Merging takes two or more orders.</source>
            <translation>合并发货至少需要两个订单。</translation>
        </message>
        <message>
            <source>Orders %1 and %2 are not of the same buyer: they are not merged.</source>
            <translation>订单 %1 和 %2 不是同一买家的：不合并。</translation>
        </message>
        <message>
            <source>Orders %1 and %2 go to different receivers or addresses: they are not merged.</source>
            <translation>订单 %1 和 %2 的收件人或地址不同：不合并。</translation>
        </message>
        <message>
            <source>Orders %1 and %2 have different flags (%3, %4): they are not merged.</source>
            <translation>订单 %1 和 %2 的旗帜不同（%3、%4）：不合并。</translation>
        </message>
        <message>
            <source>no flag</source>
            <translation>无旗帜</translation>
        </message>
        <message>
            <source>Orders %1 and %2 go by different couriers (%3, %4): they are not merged.</source>
            <translation>订单 %1 和 %2 的快递不同（%3、%4）：不合并。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MergeOrdersCommand</name>
        <message>
            <source>Merge orders %1 into one parcel</source>
            <translation>把订单 %1 合并为一个包裹</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PackingSlips</name>
        <message>
            <source>Packing slip</source>
            <translation>发货清单</translation>
        </message>
        <message>
            <source>Order: %1</source>
            <translation>订单：%1</translation>
        </message>
        <message>
            <source>Receiver: %1</source>
            <translation>收件人：%1</translation>
        </message>
        <message>
            <source>Tracking no.: %1</source>
            <translation>运单号：%1</translation>
        </message>
        <message>
            <source>%1 pieces in this parcel</source>
            <translation>本包裹共 %1 件</translation>
        </message>
        <message>
            <source>Thank you for your order! Please check the goods when the parcel arrives.</source>
            <translation>亲，感谢您的惠顾！收到包裹请先验货哦。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PackingStation</name>
        <message>
            <source>Next: scan a waybill.</source>
            <translation>下一步：扫描快递单。</translation>
        </message>
        <message>
            <source>Next: scan the items of order %1. Esc leaves the order.</source>
            <translation>下一步：扫描订单 %1 的商品。按 Esc 离开此订单。</translation>
        </message>
        <message>
            <source>Next: Enter ships order %1.</source>
            <translation>下一步：按回车发出订单 %1。</translation>
        </message>
        <message>
            <source>Next: take the wrong item away, then press Esc.</source>
            <translation>下一步：拿走错货，然后按 Esc。</translation>
        </message>
        <message>
            <source>Next: order %1 is flagged (%2): press “Pack anyway” to override, or Esc to leave it.</source>
            <translation>下一步：订单 %1 有旗帜（%2）：点“仍然打包”解除，或按 Esc 离开此订单。</translation>
        </message>
        <message>
            <source>Next: scan %1 again to leave order %2, or press Esc to stay.</source>
            <translation>下一步：再扫一次 %1 即离开订单 %2，按 Esc 则留在本单。</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items an order wants</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>%1 is not an item of the shop; the order needs nothing more</source>
            <translation>%1 不是本店商品，订单不再缺货品</translation>
        </message>
        <message>
            <source>%1 is not an item of the shop; the order wants %2</source>
            <translation>%1 不是本店商品，订单要 %2</translation>
        </message>
        <message>
            <source>This is %1; the order wants %2</source>
            <translation>这是 %1，订单要 %2</translation>
        </message>
        <message>
            <source>This is %1; the order needs nothing more</source>
            <translation>这是 %1，订单不再缺货品</translation>
        </message>
        <message>
            <source>Order %1 is flagged %2: do not pack it unless you are sure; “Pack anyway” overrides the flag.</source>
            <translation>订单 %1 插了%2：确认无误前不要打包；“仍然打包”可解除旗帜。</translation>
        </message>
        <message>
            <source>This is the waybill of order %1 itself. %2</source>
            <translation>这是订单 %1 自己的快递单。%2</translation>
        </message>
        <message>
            <source>%1 is the waybill of another order, and items of order %2 are checked already: scan it again to leave order %2, or press Esc to stay.</source>
            <translation>%1 是另一个订单的快递单，而订单 %2 已验过部分货品：再扫一次即离开订单 %2，按 Esc 则留在本单。</translation>
        </message>
        <message>
            <source>Order %1 is flagged %2: it takes no items until “Pack anyway” overrides the flag.</source>
            <translation>订单 %1 插了%2：点“仍然打包”解除旗帜之前不能验货。</translation>
        </message>
        <message>
            <source>Still order %1: go on scanning its items.</source>
            <translation>仍是订单 %1：请继续扫描货品。</translation>
        </message>
        <message>
            <source>Go on scanning the items.</source>
            <translation>请继续扫描货品。</translation>
        </message>
        <message>
            <source>Order %1 left unpacked; nothing was written. Scan the next waybill.</source>
            <translation>已离开订单 %1，未打包，未记录任何内容。请扫描下一张快递单。</translation>
        </message>
        <message>
            <source>Flag %1 of order %2 overridden by %3: scan each item.</source>
            <translation>订单 %2 的%1已由 %3 解除：请逐件扫描货品。</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>还不行：%1</translation>
        </message>
        <message>
            <source>“%1” is not a weight in kg.</source>
            <translation>“%1”不是以千克计的重量。</translation>
        </message>
        <message>
            <source>Replacement parcel of order %1 shipped. Scan the next waybill.</source>
            <translation>订单 %1 的补发包裹已发出。请扫描下一张快递单。</translation>
        </message>
        <message>
            <source>Order %1 shipped. Scan the next waybill.</source>
            <translation>订单 %1 已发货。请扫描下一张快递单。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ParcelActions</name>
        <message>
            <source>Pa&amp;rcel</source>
            <translation>包裹(&amp;R)</translation>
        </message>
        <message>
            <source>Merge the selected orders into one parcel</source>
            <translation>把所选订单合并为一个包裹（合并发货）</translation>
        </message>
        <message>
            <source>Split the selected order into parcels…</source>
            <translation>把所选订单拆成几个包裹（拆单发货）…</translation>
        </message>
        <message>
            <source>Put the selected order's parcels back</source>
            <translation>取消所选订单的合并或拆单</translation>
        </message>
        <message>
            <source>Print the pick list of the selected orders…</source>
            <translation>打印所选订单的拣货单…</translation>
        </message>
        <message>
            <source>Print the packing slips of the selected orders…</source>
            <translation>打印所选订单的发货清单…</translation>
        </message>
        <message>
            <source>Select two or more orders of one buyer to merge them.</source>
            <translation>请选择同一买家的两个或更多订单再合并。</translation>
        </message>
        <message>
            <source>Select the one order to split.</source>
            <translation>请选择要拆分的一个订单。</translation>
        </message>
        <message>
            <source>%1. %2 %3/%4 × %5</source>
            <translation>%1. %2 %3/%4 × %5</translation>
        </message>
        <message>
            <source>Split order %1</source>
            <translation>拆分订单 %1</translation>
        </message>
        <message>
            <source>%1

The lines that leave in a parcel of their own (e.g. 1,2:1 = line 1, and one piece of line 2):</source>
            <translation>%1

单独成包裹发出的行（如 1,2:1 = 第 1 行，加第 2 行中的 1 件）：</translation>
        </message>
        <message>
            <source>Select the one order whose parcels go back.</source>
            <translation>请选择要取消合并或拆单的一个订单。</translation>
        </message>
        <message>
            <source>Let orders %1 leave one by one</source>
            <translation>订单 %1 改回逐单发货</translation>
        </message>
        <message>
            <source>Let order %1 leave in one parcel</source>
            <translation>订单 %1 改回一个包裹发货</translation>
        </message>
        <message>
            <source>Split the order again from the Parcel menu.</source>
            <translation>请从“包裹”菜单重新拆单。</translation>
        </message>
        <message>
            <source>Order %1 is not in a parcel.</source>
            <translation>订单 %1 没有合并或拆单。</translation>
        </message>
        <message>
            <source>Select the orders to pick.</source>
            <translation>请选择要拣货的订单。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ParcelCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>Orders %1 merged into one parcel (one waybill).</source>
            <translation>订单 %1 已合并为一个包裹（一张面单）。</translation>
        </message>
        <message>
            <source>Orders %1 leave one by one again.</source>
            <translation>订单 %1 已改回逐单发货。</translation>
        </message>
        <message>
            <source>Order %1 is not merged with other orders.</source>
            <translation>订单 %1 没有与其他订单合并。</translation>
        </message>
        <message>
            <source>--lines: %1</source>
            <translation>--lines：%1</translation>
        </message>
        <message>
            <source>Order %1 now leaves in %2 parcels.</source>
            <translation>订单 %1 现在分 %2 个包裹发货。</translation>
        </message>
        <message>
            <source>Order %1 leaves in one parcel again.</source>
            <translation>订单 %1 已改回一个包裹发货。</translation>
        </message>
        <message>
            <source>Pick list of %1 waybills (%2 pieces, %3 SKUs) written to %4.</source>
            <translation>%1 张面单的拣货单（%2 件，%3 个 SKU）已写入 %4。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ParcelRepository</name>
        <message>
            <source>The parcel was printed or shipped already: it stays as it is.</source>
            <translation>包裹的面单已打印或已发货：保持不变。</translation>
        </message>
        <message>
            <source>Only a parcel waiting for dispatch can get a tracking number.</source>
            <translation>只有待发货的包裹才能填写运单号。</translation>
        </message>
        <message>
            <source>The parcel has left already.</source>
            <translation>这个包裹已经发出。</translation>
        </message>
        <message>
            <source>An order of this parcel is not waiting for dispatch any more.</source>
            <translation>这个包裹中有订单已不在待发货状态。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ParcelService</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 等 %n 单</numerusform>
            </translation>
        </message>
        <message>
            <source>Order %1 is not waiting for dispatch: it is not merged.</source>
            <translation>订单 %1 不在待发货状态：不合并。</translation>
        </message>
        <message>
            <source>Order %1 is already in a parcel: undo that first.</source>
            <translation>订单 %1 已在一个包裹中：请先取消。</translation>
        </message>
        <message>
            <source>Orders %1 already have two tracking numbers (%2, %3): keep one before merging.</source>
            <translation>订单 %1 已有两个运单号（%2、%3）：请只保留一个再合并。</translation>
        </message>
        <message>
            <source>There is no such merged parcel.</source>
            <translation>没有这个合并包裹。</translation>
        </message>
        <message>
            <source>The parcel of orders %1 has left already: it cannot be split again.</source>
            <translation>订单 %1 的包裹已发出：不能再拆开。</translation>
        </message>
        <message>
            <source>The waybill of orders %1 is printed: the parcel cannot be split again.</source>
            <translation>订单 %1 的面单已打印：包裹不能再拆开。</translation>
        </message>
        <message>
            <source>“%1” is not a line: write the line's number in the order, and “:N” for N of its pieces (e.g. 1,2:1).</source>
            <translation>“%1”不是订单行：写上该行在订单中的序号，加“:N”表示其中 N 件（如 1,2:1）。</translation>
        </message>
        <message>
            <source>Name the lines that leave in the new parcel (e.g. 1,2:1).</source>
            <translation>请写出放进新包裹的行（如 1,2:1）。</translation>
        </message>
        <message>
            <source>Order %1 is not waiting for dispatch: it cannot be split.</source>
            <translation>订单 %1 不在待发货状态：不能拆单。</translation>
        </message>
        <message>
            <source>Order %1 is merged with other orders: undo the merge before splitting it.</source>
            <translation>订单 %1 已与其他订单合并：请先取消合并再拆单。</translation>
        </message>
        <message numerus="yes">
            <source>Order %1 has %n lines: there is no line %2.</source>
            <translation>
                <numerusform>订单 %1 共 %n 行：没有第 %2 行。</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1 of order %2 (%3) has %4 pieces still to ship, not %5.</source>
            <translation>订单 %2 的第 %1 行（%3）还有 %4 件待发，不是 %5 件。</translation>
        </message>
        <message>
            <source>Those are all the pieces of order %1 still to ship: nothing would be left for another parcel.</source>
            <translation>这已是订单 %1 待发的全部货品：另一个包裹里就什么都不剩了。</translation>
        </message>
        <message>
            <source>A waybill of order %1 is printed: its parcels stay as they are.</source>
            <translation>订单 %1 已有面单打印：包裹保持不变。</translation>
        </message>
        <message>
            <source>Order %1 is not split.</source>
            <translation>订单 %1 没有拆单。</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1”不是快递公司，请使用 %2 之一。</translation>
        </message>
        <message>
            <source>“%1” is not a tracking number of %2: %3.</source>
            <translation>“%1”不是%2的运单号：%3。</translation>
        </message>
        <message>
            <source>The tracking number %1 is already used by another order.</source>
            <translation>运单号 %1 已被另一个订单使用。</translation>
        </message>
        <message>
            <source>There is no such parcel.</source>
            <translation>没有这个包裹。</translation>
        </message>
        <message>
            <source>The parcel of order %1 has left already.</source>
            <translation>订单 %1 的包裹已经发出。</translation>
        </message>
        <message>
            <source>Choose the courier before shipping.</source>
            <translation>发货前请先选择快递公司。</translation>
        </message>
        <message>
            <source>Enter the tracking number before shipping.</source>
            <translation>发货前请先填写运单号。</translation>
        </message>
        <message>
            <source>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</source>
            <translation>订单 %1：宝贝“%2 %3”尚未对应到 SKU，请先对应再发货。</translation>
        </message>
        <message numerus="yes">
            <source>%n orders of one buyer</source>
            <translation>
                <numerusform>同一买家 %n 单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n orders of one buyer (not mergeable)</source>
            <translation>
                <numerusform>同一买家 %n 单（不能合并）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>merged: %n orders, one parcel</source>
            <translation>
                <numerusform>合并发货：%n 单一个包裹</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>split: %n parcels</source>
            <translation>
                <numerusform>拆单发货：%n 个包裹</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PickList</name>
        <message>
            <source>There is nothing to pick: the batch has no goods.</source>
            <translation>没有要拣的货：这批订单没有货品。</translation>
        </message>
        <message>
            <source>The printer “%1” could not start printing.</source>
            <translation>打印机“%1”无法开始打印。</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺码</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Pick list</source>
            <translation>拣货单</translation>
        </message>
        <message>
            <source>Printed %1 · page %2</source>
            <translation>打印于 %1 · 第 %2 页</translation>
        </message>
        <message>
            <source>%1 waybills · %2 pieces · %3 SKUs</source>
            <translation>%1 张面单 · %2 件 · %3 个 SKU</translation>
        </message>
        <message>
            <source>Orders (%1): %2</source>
            <translation>订单（%1）：%2</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>等共 %1 单</translation>
        </message>
        <message>
            <source>The printer “%1” could not start a new page.</source>
            <translation>打印机“%1”无法换页。</translation>
        </message>
        <message>
            <source>(not matched)</source>
            <translation>（未对应 SKU）</translation>
        </message>
        <message>
            <source>Picked by: ____________    Checked by: ____________    Time: ____________</source>
            <translation>拣货人：____________    复核人：____________    时间：____________</translation>
        </message>
        <message>
            <source>The printer “%1” could not finish printing.</source>
            <translation>打印机“%1”无法完成打印。</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PickupView</name>
        <message>
            <source>&amp;Courier:</source>
            <translation>快递公司(&amp;C)：</translation>
        </message>
        <message>
            <source>D&amp;ay:</source>
            <translation>日期(&amp;A)：</translation>
        </message>
        <message>
            <source>scan each stub handed over</source>
            <translation>逐张扫描交接的底单</translation>
        </message>
        <message>
            <source>&amp;Handover sheet (PDF)…</source>
            <translation>交接单（PDF）(&amp;H)…</translation>
        </message>
        <message>
            <source>Shipped (expected): %1</source>
            <translation>已发货（应交）：%1</translation>
        </message>
        <message>
            <source>Stubs scanned: %1</source>
            <translation>已扫底单：%1</translation>
        </message>
        <message>
            <source>Missing: %1</source>
            <translation>缺少：%1</translation>
        </message>
        <message>
            <source>Extra: %1</source>
            <translation>多出：%1</translation>
        </message>
        <message>
            <source>Save the handover sheet</source>
            <translation>保存交接单</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PriceTable</name>
        <message>
            <source>There is no price table for the courier %1.</source>
            <translation>快递公司 %1 没有价格表。</translation>
        </message>
        <message>
            <source>The price table of %1 has no price for %2.</source>
            <translation>%1 的价格表中没有 %2 的价格。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PrintView</name>
        <message>
            <source>&amp;Layout:</source>
            <translation>版式(&amp;L)：</translation>
        </message>
        <message>
            <source>C&amp;opies:</source>
            <translation>份数(&amp;O)：</translation>
        </message>
        <message>
            <source>All &amp;unprinted orders (otherwise the orders selected in the queue)</source>
            <translation>所有未打印的订单（否则为待发货中选中的订单）(&amp;U)</translation>
        </message>
        <message>
            <source>Reprint &amp;reason:</source>
            <translation>补打原因(&amp;R)：</translation>
        </message>
        <message>
            <source>needed when a waybill is printed again, e.g. paper jam</source>
            <translation>再次打印快递单时必填，例如：卡纸</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>预览(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>保存为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>Waybills are printed at the layout's size, one page per order. Every print is marked on the order; a reprint is logged with its reason.</source>
            <translation>快递单按版式尺寸打印，每个订单一页。每次打印都会标记在订单上；补打会连同原因记录下来。</translation>
        </message>
        <message>
            <source>Save the waybills as PDF</source>
            <translation>将快递单保存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Number from ra&amp;nge…</source>
            <translation>从号段分配(&amp;N)…</translation>
        </message>
        <message>
            <source>Give the orders selected in the queue, and those only, the next numbers of their courier's range; says how many and which numbers first.</source>
            <translation>只为待发队列中选中的订单分配其快递号段中的下一批单号；分配前先说明数量和单号。</translation>
        </message>
        <message>
            <source>Not printed:
%1</source>
            <translation>未打印：
%1</translation>
        </message>
        <message>
            <source>There are no waybills to print.</source>
            <translation>没有要打印的快递单。</translation>
        </message>
        <message>
            <source>None of these waybills can be printed: see the list under the buttons.</source>
            <translation>这些快递单都不能打印：见按钮下方的列表。</translation>
        </message>
        <message>
            <source>%1 Written to %2.</source>
            <translation>%1 已写入 %2。</translation>
        </message>
        <message>
            <source>Select the orders to number in the queue first.</source>
            <translation>请先在待发队列中选择要分配单号的订单。</translation>
        </message>
        <message>
            <source>%1 has %2 numbers left, %3 are needed: import the next range it issued (number ranges, in the freight view) first.</source>
            <translation>%1 只剩 %2 个单号，需要 %3 个：请先导入快递公司发放的下一个号段（在运费视图的号段中）。</translation>
        </message>
        <message>
            <source>Number from range</source>
            <translation>从号段分配</translation>
        </message>
        <message>
            <source>%1

Give them these numbers?</source>
            <translation>%1

分配这些单号吗？</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) numbered from the range: %1 … %2.</source>
            <translation>
                <numerusform>已从号段为 %n 单分配单号：%1 … %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>Replacement</source>
            <comment>a replacement parcel (补发) of an order that has left</comment>
            <translation>补发</translation>
        </message>
        <message>
            <source>not printed</source>
            <translation>未打印</translation>
        </message>
        <message numerus="yes">
            <source>printed %n time(s)</source>
            <translation>
                <numerusform>已打印 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>Replacement parcels waiting to leave (select them to print their waybills; the unprinted ones come with all unprinted orders):</source>
            <translation>待发出的补发包裹（选中后打印其快递单；未打印过的随“全部未打印订单”一起打印）：</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <source>Waybill</source>
            <translation>快递单</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>重新打印</translation>
        </message>
        <message>
            <source>The waybill of %1 was printed before. Why is it printed again (e.g. paper jam)?

Without a reason it is not printed.</source>
            <translation>%1 的快递单已经打印过。为什么要重新打印（例如卡纸）？

不填写原因就不打印。</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between replacement parcels</comment>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>--limit takes a number of orders from 1 to 10000.</source>
            <translation>--limit 须为 1 到 10000 之间的订单数。</translation>
        </message>
        <message>
            <source>“%1” is not a cursor this command printed for this sort.</source>
            <translation>“%1”不是本命令为此排序打印的游标。</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) to ship, %1 (must leave today: %2, overdue: %3)</source>
            <translation>
                <numerusform>待发货订单 %n 笔，合计 %1（今日必发：%2，已超时：%3）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  paid %2  leaves by %3  %4  %5  %6</source>
            <extracomment>One queued order: its number, payment time, dispatch deadline, courier, receiver, amount</extracomment>
            <translation>%1  付款 %2  发货期限 %3  %4  %5  %6</translation>
        </message>
        <message>
            <source>More: --after %1</source>
            <translation>更多：--after %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueDetail</name>
        <message>
            <source>Order no.:</source>
            <translation>订单编号：</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>金额：</translation>
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
            <source>Buyer:</source>
            <translation>买家：</translation>
        </message>
        <message>
            <source>Buyer's message:</source>
            <translation>买家留言：</translation>
        </message>
        <message>
            <source>Seller's note:</source>
            <translation>卖家备注：</translation>
        </message>
        <message>
            <source>Flag:</source>
            <translation>旗帜：</translation>
        </message>
        <message>
            <source>Flag &amp;memo:</source>
            <translation>标记备注(&amp;M)：</translation>
        </message>
        <message>
            <source>what the flag is about, Enter</source>
            <translation>旗帜说明，回车保存</translation>
        </message>
        <message>
            <source>Flag memo</source>
            <translation>标记备注</translation>
        </message>
        <message>
            <source>no flag</source>
            <translation>无旗帜</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueFilterBar</name>
        <message>
            <source>Sea&amp;rch:</source>
            <translation>搜索(&amp;R)：</translation>
        </message>
        <message>
            <source>order no., buyer, receiver or the phone's last digits</source>
            <translation>订单编号、买家、收件人或手机尾号</translation>
        </message>
        <message>
            <source>All couriers</source>
            <translation>全部快递</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>全部旗帜</translation>
        </message>
        <message>
            <source>No flag</source>
            <translation>无旗帜</translation>
        </message>
        <message>
            <source>Printed or not</source>
            <translation>打印与否</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>未打印</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>全部省份</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>显示(&amp;H)：</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>全部订单</translation>
        </message>
        <message>
            <source>Must leave today</source>
            <translation>今日必发</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Unmatched lines</source>
            <translation>未匹配明细</translation>
        </message>
        <message>
            <source>Only orders with a line not matched to a SKU</source>
            <translation>只显示有未匹配 SKU 明细的订单</translation>
        </message>
        <message>
            <source>Paid from</source>
            <translation>付款日期从</translation>
        </message>
        <message>
            <source>Paid until (that day included)</source>
            <translation>付款日期至（含当天）</translation>
        </message>
        <message>
            <source>Search the queue</source>
            <translation>搜索待发货订单</translation>
        </message>
        <message>
            <source>Filter the queue</source>
            <translation>筛选待发货订单</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueRepository</name>
        <message>
            <source>There is no such order in the shop.</source>
            <translation>店铺里没有这个订单。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueView</name>
        <message>
            <source>Order no.</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Paid at</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>收货人</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>旗帜</translation>
        </message>
        <message>
            <source>Buyer's message</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <source>&amp;Import orders…</source>
            <translation>导入订单(&amp;I)…</translation>
        </message>
        <message>
            <source>Courier and &amp;tracking no.:</source>
            <translation>快递公司和运单号(&amp;T)：</translation>
        </message>
        <message>
            <source>type or scan, Enter</source>
            <translation>输入或扫描，回车</translation>
        </message>
        <message>
            <source>&amp;Set</source>
            <translation>填写(&amp;S)</translation>
        </message>
        <message>
            <source>Import tracking &amp;list…</source>
            <translation>导入运单号列表(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Flag</source>
            <translation>旗帜(&amp;F)</translation>
        </message>
        <message>
            <source>From number &amp;range…</source>
            <translation>从号段分配(&amp;R)…</translation>
        </message>
        <message>
            <source>Check freight &amp;bill…</source>
            <translation>核对运费账单(&amp;B)…</translation>
        </message>
        <message>
            <source>select a line below, then scan or type the SKU's barcode, Enter</source>
            <translation>在下方选中一行，再扫描或输入 SKU 条码，回车</translation>
        </message>
        <message>
            <source>No flag</source>
            <translation>无旗帜</translation>
        </message>
        <message>
            <source>Order %1: %2 %3 (merchant code %4) × %5</source>
            <translation>订单 %1：%2 %3（商家编码 %4）× %5</translation>
        </message>
        <message numerus="yes">
            <source>Lines not matched to a SKU: %n (resolve them before shipping)</source>
            <translation>
                <numerusform>未对应 SKU 的宝贝：%n（发货前请处理）</numerusform>
            </translation>
        </message>
        <message>
            <source>The order report (ExportOrderList….csv)</source>
            <translation>订单报表（ExportOrderList….csv）</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>The item report (ExportOrderDetailList….csv), or Cancel</source>
            <translation>宝贝报表（ExportOrderDetailList….csv），或取消</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>导入已取消：没有导入任何内容。</translation>
        </message>
        <message>
            <source>Select one order in the queue and type or scan its tracking number.</source>
            <translation>请在待发货中选中一个订单，再输入或扫描其运单号。</translation>
        </message>
        <message>
            <source>Tracking numbers (CSV: order, tracking)</source>
            <translation>运单号（CSV：订单、运单号）</translation>
        </message>
        <message>
            <source>%1: the order %2 is not waiting for dispatch.</source>
            <translation>%1：订单 %2 不是待发货状态。</translation>
        </message>
        <message>
            <source>Number range</source>
            <translation>号段</translation>
        </message>
        <message>
            <source>%1 has %2 numbers left, %3 are needed. Enter the next range it issued (first and last number):</source>
            <translation>%1 剩余 %2 个单号，需要 %3 个。请输入其发放的下一个号段（起始和结束单号）：</translation>
        </message>
        <message>
            <source>Enter the first and the last number of the range, e.g. 773000000001 773000000999.</source>
            <translation>请输入号段的起始和结束单号，例如 773000000001 773000000999。</translation>
        </message>
        <message>
            <source>%1's monthly bill (CSV: tracking, weight, fee)</source>
            <translation>%1的月结账单（CSV：运单号、重量、运费）</translation>
        </message>
        <message>
            <source>line %1, %2: %3</source>
            <translation>第 %1 行，%2：%3</translation>
        </message>
        <message>
            <source>Freight bill</source>
            <translation>运费账单</translation>
        </message>
        <message>
            <source>The bill matches the price table.</source>
            <translation>账单与价格表一致。</translation>
        </message>
        <message numerus="yes">
            <source>%n lines of the bill do not match the price table.</source>
            <translation>
                <numerusform>账单中有 %n 行与价格表不符。</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a line that is not matched, then scan or type the barcode of its SKU.</source>
            <translation>请选中一个未对应的宝贝，再扫描或输入其 SKU 条码。</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>没有 SKU 的条码是 %1。</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) flagged yellow: customer service now sees them under “Cannot ship” and tells the buyers.</source>
            <translation>
                <numerusform>已给 %n 个订单插黄旗：客服会在“无法发货”中看到并告知买家。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, line %2, field tracking: %3</source>
            <translation>%1，第 %2 行，字段 tracking：%3</translation>
        </message>
        <message>
            <source>line %1, %2 (order %3, %4): deducted %5</source>
            <translation>第 %1 行，%2（订单 %3，%4）：抵扣 %5</translation>
        </message>
        <message>
            <source>Billed %1, deducted %2: %3 owed.</source>
            <translation>账单 %1，月结抵扣 %2：应付 %3。</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <source>Overdue: this order should have left already</source>
            <translation>已超时：这笔订单早该发出了</translation>
        </message>
        <message>
            <source>Must leave today</source>
            <translation>今日必发</translation>
        </message>
        <message>
            <source>Dispatch by</source>
            <translation>发货期限</translation>
        </message>
        <message numerus="yes">
            <source>Orders to ship: %n (must leave today: %1, overdue: %2)</source>
            <translation>
                <numerusform>待发货订单：%n 笔（今日必发：%1，已超时：%2）</numerusform>
            </translation>
        </message>
        <message>
            <source>Another shop's orders</source>
            <translation>其他店铺的订单</translation>
        </message>
        <message>
            <source>These orders are of the shop “%1”, but the open shop is “%2”. Import them into “%2” all the same?</source>
            <translation>这些订单属于店铺“%1”，而当前打开的是“%2”。仍要导入到“%2”吗？</translation>
        </message>
        <message>
            <source>Nothing was imported: the orders are of the shop “%1”.</source>
            <translation>未导入任何订单：这些订单属于店铺“%1”。</translation>
        </message>
        <message>
            <source>%1 new orders (%2 for dispatch, %3 shipped, %4 closed, %5 unpaid); %6 already in the shop; %7 updated. Orders to ship now: %8, with %9 lines not matched to a SKU.</source>
            <translation>新订单 %1 笔（待发货 %2、已发货 %3、已关闭 %4、未付款 %5）；已在店中 %6 笔；更新 %7 笔。当前待发货订单：%8 笔，其中 %9 行未对应到 SKU。</translation>
        </message>
        <message numerus="yes">
            <source>Matched to %1 and remembered: %n line(s) like it matched.</source>
            <translation>
                <numerusform>已对应到 %1 并记住：同类的 %n 行已一并对应。</numerusform>
            </translation>
        </message>
        <message>
            <source>Orders to ship</source>
            <translation>待发货订单</translation>
        </message>
        <message>
            <source>Lines not matched to a SKU</source>
            <translation>未匹配 SKU 的明细</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s), %1</source>
            <extracomment>The orders the search and filters show, and their amount</extracomment>
            <translation>
                <numerusform>%n 单，合计 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the selected orders the next numbers of the range the courier issued</source>
            <translation>给选中的订单依次分配快递公司号段中的下一批单号</translation>
        </message>
        <message>
            <source>Select the orders to number first; only the selected orders get numbers from the range.</source>
            <translation>请先选中要分配单号的订单；只有选中的订单会从号段分配单号。</translation>
        </message>
        <message>
            <source>Number from range</source>
            <translation>从号段分配</translation>
        </message>
        <message numerus="yes">
            <source>Give the %n selected order(s) the next numbers of the %1 range?</source>
            <translation>
                <numerusform>给选中的 %n 个订单分配%1号段的下一批单号？</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ScanCheck</name>
        <message>
            <source>No order has this tracking number.</source>
            <translation>没有订单使用此运单号。</translation>
        </message>
        <message>
            <source>Order %1 is not waiting for dispatch.</source>
            <translation>订单 %1 不是待发货状态。</translation>
        </message>
        <message>
            <source>Order %1 has no tracking number yet: print its waybill first.</source>
            <translation>订单 %1 还没有运单号：请先打印快递单。</translation>
        </message>
        <message>
            <source>Order %1 for %2: scan each item.</source>
            <translation>订单 %1（%2）：请逐件扫描货品。</translation>
        </message>
        <message>
            <source>Take the wrong item away and press Esc before scanning on.</source>
            <translation>请先拿走错误的货品并按 Esc，再继续扫描。</translation>
        </message>
        <message>
            <source>%1 ticked. Every item is checked: confirm to ship.</source>
            <translation>%1 已勾选。所有货品已核对：请确认发货。</translation>
        </message>
        <message>
            <source>%1 ticked (%2 of %3).</source>
            <translation>%1 已勾选（%2/%3）。</translation>
        </message>
        <message>
            <source>One too many: the item %1 is already complete in this order.</source>
            <translation>多扫了：货品 %1 在此订单中已够数。</translation>
        </message>
        <message>
            <source>Wrong item: %1 is not in this order.</source>
            <translation>货品错误：%1 不在此订单中。</translation>
        </message>
        <message>
            <source>The parcel %1 of order %2 has already shipped.</source>
            <translation>订单 %2 的包裹 %1 已经发出。</translation>
        </message>
        <message>
            <source>Replacement parcel of order %1 for %2: scan each item.</source>
            <translation>订单 %1 的换发包裹，收件人 %2：请逐件扫描。</translation>
        </message>
        <message numerus="yes">
            <source>Parcel of %n orders (%1) for %2: scan each item.</source>
            <translation>
                <numerusform>%n 个订单（%1）合为一个包裹，收件人 %2：逐件扫描。</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel of order %1 (part of it) for %2: scan each item in this parcel.</source>
            <translation>订单 %1 的一个包裹（拆单），收件人 %2：逐件扫描这个包裹的货品。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ScanStation</name>
        <message>
            <source>Scan here</source>
            <translation>在此扫描</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>Colour / size</source>
            <translation>颜色 / 尺码</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>已核对</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>No order yet: scan a waybill.</source>
            <translation>尚无订单：请扫描快递单。</translation>
        </message>
        <message>
            <source>Order %1 · %2 %3</source>
            <translation>订单 %1 · %2 %3</translation>
        </message>
        <message>
            <source>%1  %2
%3 %4 %5 %6 (%7)</source>
            <translation>%1  %2
%3 %4 %5 %6（%7）</translation>
        </message>
        <message>
            <source>not matched to a SKU</source>
            <translation>未对应 SKU</translation>
        </message>
        <message>
            <source>Parcel of orders %1 · %2 %3</source>
            <translation>合并包裹：订单 %1 · %2 %3</translation>
        </message>
        <message>
            <source>Scan the waybill's barcode, then every item. When all items are ticked, press Enter (or Confirm) to ship. After a wrong item, take it away and press Esc; Esc again leaves the order.</source>
            <translation>先扫快递单条码，再逐件扫描货品。全部勾选后按回车（或“确认发货”）发货。扫到错货时拿走它并按 Esc；再按一次 Esc 离开此订单。</translation>
        </message>
        <message>
            <source>Scan field</source>
            <translation>扫描框</translation>
        </message>
        <message>
            <source>&amp;Weight (kg):</source>
            <translation>重量(&amp;W)（千克）：</translation>
        </message>
        <message>
            <source>Pac&amp;ker:</source>
            <translation>打包员(&amp;K)：</translation>
        </message>
        <message>
            <source>Weight in kg</source>
            <translation>重量（千克）</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>打包员</translation>
        </message>
        <message>
            <source>Override the order's flag and pack it: recorded on the order with your name.</source>
            <translation>解除订单的旗帜并打包：会以你的名字记录在订单上。</translation>
        </message>
        <message>
            <source>Lines of the order</source>
            <translation>订单商品</translation>
        </message>
        <message>
            <source>Flag: %1</source>
            <translation>旗帜：%1</translation>
        </message>
        <message>
            <source>Flagged: %1. Not to be packed unless overridden.</source>
            <translation>已插旗：%1。未解除前不得打包。</translation>
        </message>
        <message>
            <source>&amp;Confirm and ship</source>
            <translation>确认发货(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Pack anyway</source>
            <translation>仍然打包(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::SetFlagCommand</name>
        <message numerus="yes">
            <source>Flag %1 on %n orders</source>
            <translation>
                <numerusform>为 %n 个订单插旗：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::SetFlagMemoCommand</name>
        <message>
            <source>Flag memo of order %1</source>
            <translation>订单 %1 的标记备注</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::SetTrackingCommand</name>
        <message>
            <source>Tracking number %1 for order %2</source>
            <translation>订单 %2 的运单号 %1</translation>
        </message>
        <message numerus="yes">
            <source>Tracking numbers for %n orders</source>
            <translation>
                <numerusform>%n 个订单的运单号</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippedOrdersView</name>
        <message>
            <source>Order no.</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Shipped at</source>
            <translation>发货时间</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>收货人</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Sea&amp;rch:</source>
            <translation>搜索(&amp;R)：</translation>
        </message>
        <message>
            <source>order no., buyer, receiver, the phone's last digits or tracking no., Enter</source>
            <translation>订单编号、买家、收件人、手机尾号或运单号，回车</translation>
        </message>
        <message>
            <source>Search the shipped orders</source>
            <translation>搜索已发货订单</translation>
        </message>
        <message>
            <source>Shipped orders</source>
            <translation>已发货订单</translation>
        </message>
        <message numerus="yes">
            <source>%n shipped order(s)</source>
            <translation>
                <numerusform>已发货 %n 单</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingRepository</name>
        <message>
            <source>There is no order %1 in the shop.</source>
            <translation>店铺中没有订单 %1。</translation>
        </message>
        <message>
            <source>At least one copy must be printed.</source>
            <translation>至少要打印一份。</translation>
        </message>
        <message>
            <source>The waybill of this order was printed before: a reprint needs a reason.</source>
            <translation>此订单的快递单已打印过：补打需要填写原因。</translation>
        </message>
        <message>
            <source>The tracking number %1 is already used by another order.</source>
            <translation>运单号 %1 已被另一个订单使用。</translation>
        </message>
        <message>
            <source>Only an order waiting for dispatch can get a tracking number.</source>
            <translation>只有待发货的订单才能填写运单号。</translation>
        </message>
        <message>
            <source>“%1” is not a flag colour.</source>
            <translation>“%1”不是旗帜颜色。</translation>
        </message>
        <message>
            <source>Choose the courier before shipping.</source>
            <translation>发货前请先选择快递公司。</translation>
        </message>
        <message>
            <source>Enter the tracking number before shipping.</source>
            <translation>发货前请先填写运单号。</translation>
        </message>
        <message>
            <source>There is no order with the number %1.</source>
            <translation>没有编号为 %1 的订单。</translation>
        </message>
        <message>
            <source>The order %1 is not waiting for dispatch.</source>
            <translation>订单 %1 不是待发货状态。</translation>
        </message>
        <message>
            <source>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</source>
            <translation>订单 %1：宝贝“%2 %3”尚未对应到 SKU，请先对应再发货。</translation>
        </message>
        <message>
            <source>The scanned stub has no tracking number.</source>
            <translation>扫描的底单没有运单号。</translation>
        </message>
        <message>
            <source>No shipped order has the tracking number %1.</source>
            <translation>没有已发货订单的运单号是 %1。</translation>
        </message>
        <message>
            <source>A number range runs from a first number up to a last one.</source>
            <translation>号段应从起始单号到结束单号。</translation>
        </message>
        <message>
            <source>The number ranges of %1 are used up: add the next range the courier issued.</source>
            <translation>%1 的号段已用完：请添加快递公司发放的下一个号段。</translation>
        </message>
        <message>
            <source>Only a line of an order waiting for dispatch can be matched.</source>
            <translation>只有待发货订单的宝贝才能对应。</translation>
        </message>
        <message>
            <source>The order %1 was shipped on the platform, but its goods cannot be booked out of stock: %2 Nothing was imported.</source>
            <translation>订单 %1 已在平台上发货，但其货品无法出库：%2 没有导入任何内容。</translation>
        </message>
        <message>
            <source>A claim is for a lost, damaged, undeliverable or refused parcel.</source>
            <translation>索赔只针对丢件、破损、无法派送或拒收的包裹。</translation>
        </message>
        <message>
            <source>A claim cannot be for a negative amount (%1).</source>
            <translation>索赔金额不能为负数（%1）。</translation>
        </message>
        <message>
            <source>The order %1 leaves in a parcel (merged or split): ship the parcel.</source>
            <translation>订单 %1 在一个合并或拆单的包裹中：请发这个包裹。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingService</name>
        <message>
            <source>There are no waybills to print.</source>
            <translation>没有需要打印的快递单。</translation>
        </message>
        <message>
            <source>Order %1 has no tracking number yet.</source>
            <translation>订单 %1 还没有运单号。</translation>
        </message>
        <message>
            <source>Some of these waybills were printed before: a reprint needs a reason.</source>
            <translation>其中有快递单已打印过：补打需要填写原因。</translation>
        </message>
        <message>
            <source>the tracking number is empty.</source>
            <translation>运单号为空。</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1”不是快递公司，请使用 %2 之一。</translation>
        </message>
        <message>
            <source>“%1” is not a tracking number of %2: %3.</source>
            <translation>“%1”不是%2的运单号：%3。</translation>
        </message>
        <message>
            <source>Handover sheet</source>
            <translation>交接单</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
        <message>
            <source>Handover sheet: %1, %2</source>
            <translation>交接单：%1，%2</translation>
        </message>
        <message>
            <source>Shipped (expected): %1    Stubs scanned: %2    Missing: %3    Extra: %4</source>
            <translation>已发货（应交）：%1    已扫底单：%2    缺少：%3    多出：%4</translation>
        </message>
        <message>
            <source>Parcels handed over:</source>
            <translation>交接的包裹：</translation>
        </message>
        <message>
            <source>Missing (shipped, no stub):</source>
            <translation>缺少（已发货，无底单）：</translation>
        </message>
        <message>
            <source>Extra (stub of no shipped order):</source>
            <translation>多出（底单无对应已发货订单）：</translation>
        </message>
        <message>
            <source>Handed over by: ____________        Courier's signature: ____________        Time: ____________</source>
            <translation>交件人：____________        快递员签字：____________        时间：____________</translation>
        </message>
        <message>
            <source>“%1” and “%2” are not the two ends of one number range.</source>
            <translation>“%1”和“%2”不是同一号段的两端。</translation>
        </message>
        <message>
            <source>The printer “%1” could not start printing.</source>
            <translation>打印机“%1”无法开始打印。</translation>
        </message>
        <message>
            <source>The printer “%1” could not start a new page.</source>
            <translation>打印机“%1”无法换页。</translation>
        </message>
        <message>
            <source>The printer “%1” could not finish printing.</source>
            <translation>打印机“%1”无法完成打印。</translation>
        </message>
        <message>
            <source>%1 could not be read to the end (%2); nothing was imported.</source>
            <translation>%1 未能读完（%2），没有导入任何内容。</translation>
        </message>
        <message>
            <source>Order %1: %2 Nothing was changed.</source>
            <translation>订单 %1：%2没有做任何修改。</translation>
        </message>
        <message>
            <source>Order %1: “%2” is not a courier; use one of %3. Nothing was changed.</source>
            <translation>订单 %1：“%2”不是快递公司，请使用 %3 之一。没有做任何修改。</translation>
        </message>
        <message>
            <source>Order %1: “%2” is not a tracking number of %3: %4. Nothing was changed.</source>
            <translation>订单 %1：“%2”不是%3的运单号：%4。没有做任何修改。</translation>
        </message>
        <message>
            <source>%1 has a header line but no waybills to print.</source>
            <translation>%1 只有表头，没有要打印的面单。</translation>
        </message>
        <message>
            <source>no tracking number yet</source>
            <translation>还没有快递单号</translation>
        </message>
        <message>
            <source>printed before, and a reprint needs a reason</source>
            <translation>已打印过，补打需要原因</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the reasons an order is skipped</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>order number: why it was skipped</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>order number (why it was skipped)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) skipped: %1.</source>
            <translation>
                <numerusform>跳过 %n 单：%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between skipped orders</comment>
            <translation>；</translation>
        </message>
        <message numerus="yes">
            <source>%n waybill(s) printed.</source>
            <translation>
                <numerusform>已打印 %n 张快递单。</numerusform>
            </translation>
        </message>
        <message>
            <source>No waybill was printed. %1</source>
            <translation>未打印任何快递单。%1</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n number(s) left, too few</source>
            <translation>
                <numerusform>%1 只剩 %n 个单号，不够</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2 … %3</source>
            <translation>%1 %2 … %3</translation>
        </message>
        <message>
            <source>No selected order needs a tracking number.</source>
            <translation>选中的订单都不需要分配单号。</translation>
        </message>
        <message numerus="yes">
            <source>Tracking numbers for %n order(s): %1.</source>
            <translation>
                <numerusform>为 %n 单分配单号：%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between couriers</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>a replacement parcel, numbered when it was sent</source>
            <translation>补发包裹，补发时已有单号</translation>
        </message>
        <message>
            <source>not waiting for dispatch</source>
            <translation>不在待发状态</translation>
        </message>
        <message>
            <source>has the tracking number %1 already</source>
            <translation>已有快递单号 %1</translation>
        </message>
        <message>
            <source>leaves in a merged or split parcel</source>
            <translation>随合并或拆分的包裹发出</translation>
        </message>
        <message>
            <source>%1 has %2 numbers left, %3 are needed: add the next range it issued. Nothing was changed.</source>
            <translation>%1 只剩 %2 个单号，需要 %3 个：请添加快递公司发放的下一个号段。未做任何更改。</translation>
        </message>
        <message>
            <source>has left already</source>
            <translation>已经发出</translation>
        </message>
        <message>
            <source>has goods not matched to a SKU</source>
            <translation>有未匹配的货品</translation>
        </message>
        <message>
            <source>%1 replacement %2</source>
            <comment>order number, the replacement parcel's tracking number</comment>
            <translation>%1 补发 %2</translation>
        </message>
        <message>
            <source>There is no replacement parcel with the tracking number %1.</source>
            <translation>没有运单号为 %1 的补发包裹。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingWorkbench</name>
        <message>
            <source>Orders to ship</source>
            <translation>待发货订单</translation>
        </message>
        <message>
            <source>Print waybills</source>
            <translation>打印快递单</translation>
        </message>
        <message>
            <source>Scan check</source>
            <translation>扫描三查</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>揽收交接</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>索赔</translation>
        </message>
        <message>
            <source>Courier rules</source>
            <translation>快递规则</translation>
        </message>
        <message>
            <source>&amp;Reload orders</source>
            <translation>刷新订单(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import orders…</source>
            <translation>导入订单(&amp;I)…</translation>
        </message>
        <message>
            <source>Import &amp;tracking list…</source>
            <translation>导入运单号列表(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Print waybills…</source>
            <translation>打印快递单(&amp;P)…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <source>Save waybills as P&amp;DF…</source>
            <translation>快递单保存为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Scan check</source>
            <translation>扫描三查(&amp;S)</translation>
        </message>
        <message>
            <source>Check freight &amp;bill…</source>
            <translation>核对运费账单(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Handover sheet (PDF)…</source>
            <translation>交接单（PDF）(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Claim for a parcel…</source>
            <translation>包裹索赔(&amp;C)…</translation>
        </message>
        <message>
            <source>Item mappings</source>
            <translation>商品对应关系</translation>
        </message>
        <message>
            <source>Freight and numbers</source>
            <translation>运费与单号</translation>
        </message>
        <message>
            <source>E&amp;xport shipped orders for the platform…</source>
            <translation>导出已发货订单到平台(&amp;X)…</translation>
        </message>
        <message>
            <source>bulk-shipping-%1.csv</source>
            <translation>批量发货-%1.csv</translation>
        </message>
        <message>
            <source>bulk-shipping.csv</source>
            <translation>批量发货.csv</translation>
        </message>
        <message>
            <source>Bulk-shipping file for the platform</source>
            <translation>平台批量发货文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n shipped order(s) written to %1 for the platform's bulk shipping.</source>
            <translation>
                <numerusform>已将 %n 笔已发货订单写入 %1，用于平台批量发货。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Tracking list</source>
            <translation>运单号列表</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Freight bill</source>
            <translation>运费账单</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>交接单</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>索赔</translation>
        </message>
        <message>
            <source>Export shipped</source>
            <translation>导出已发货</translation>
        </message>
        <message>
            <source>Shipped orders</source>
            <translation>已发货订单</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::SplitOrderCommand</name>
        <message>
            <source>Split order %1 into parcels</source>
            <translation>把订单 %1 拆成几个包裹</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::TaobaoImport</name>
        <message>
            <source>the order number is empty.</source>
            <translation>订单编号为空。</translation>
        </message>
        <message>
            <source>the order %1 is listed twice.</source>
            <translation>订单 %1 出现了两次。</translation>
        </message>
        <message>
            <source>“%1” is not an order status of the platform.</source>
            <translation>“%1”不是平台的订单状态。</translation>
        </message>
        <message>
            <source>“%1” is not a time (use a form like 2026-11-20 14:05:00).</source>
            <translation>“%1”不是时间（请写成 2026-11-20 14:05:00 这样的形式）。</translation>
        </message>
        <message>
            <source>the order is paid but has no payment time.</source>
            <translation>订单已付款，但没有付款时间。</translation>
        </message>
        <message>
            <source>“%1” is not an amount of money (use a form like 129.50).</source>
            <translation>“%1”不是金额（请使用 129.50 这样的格式）。</translation>
        </message>
        <message>
            <source>a paid order needs a recipient.</source>
            <translation>已付款的订单需要收货人。</translation>
        </message>
        <message>
            <source>%1 does not list the order %2 that %3 has on line %4: the order report may be cut short, or the two files are from different downloads.</source>
            <translation>%1 中没有订单 %2（%3 第 %4 行有它）：订单报表可能不完整，或两个文件不是同一次下载的。</translation>
        </message>
        <message>
            <source>%1 has no lines for the order %2 (%3, line %4): the item report may be cut short, or the two files are from different downloads.</source>
            <translation>%1 中没有订单 %2 的宝贝（%3 第 %4 行）：宝贝报表可能不完整，或两个文件不是同一次下载的。</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n piece(s) for the order %2, but %3, line %4 gives 宝贝总数量 %5: the item report may be cut short, or the two files are from different downloads.</source>
            <translation>
                <numerusform>%1 中订单 %2 共 %n 件，但 %3 第 %4 行的宝贝总数量是 %5：宝贝报表可能不完整，或两个文件不是同一次下载的。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, line %2 gives 宝贝总数量 %3 for the order %4, but %5 has %n piece(s) for it: the two files do not agree.</source>
            <translation>
                <numerusform>%1 第 %2 行订单 %4 的宝贝总数量是 %3，但 %5 中它共有 %n 件：两个文件对不上。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 ends in the middle of a row: the download was cut short. Download the report again.</source>
            <translation>%1 在一行的中间就结束了：下载不完整。请重新下载报表。</translation>
        </message>
        <message>
            <source>the order %1 is of the shop “%2”, but this shop is “%3”: nothing was imported.</source>
            <translation>订单 %1 属于店铺“%2”，而本店是“%3”：未导入任何订单。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::WaybillPainter</name>
        <message>
            <source>“%1” is not a waybill layout; use one of %2.</source>
            <translation>“%1”不是快递单版式，请使用 %2 之一。</translation>
        </message>
        <message>
            <source>%1: not a waybill layout (%2).</source>
            <translation>%1：不是快递单版式（%2）。</translation>
        </message>
        <message>
            <source>%1: the layout has no size.</source>
            <translation>%1：版式没有尺寸。</translation>
        </message>
        <message>
            <source>%1: “%2” is not a waybill field.</source>
            <translation>%1：“%2”不是快递单字段。</translation>
        </message>
        <message>
            <source>To: %1</source>
            <translation>收件人：%1</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>寄件人：%1</translation>
        </message>
        <message>
            <source>Goods: %1</source>
            <translation>货品：%1</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>订单号 %1</translation>
        </message>
        <message>
            <source>Buyer's note: %1</source>
            <translation>买家留言：%1</translation>
        </message>
        <message>
            <source>%1: a label of %2 × %3 mm cannot be printed; width and height must be from 20 to 300 mm.</source>
            <translation>%1：%2 × %3 毫米的面单无法打印；宽和高须在 20 到 300 毫米之间。</translation>
        </message>
        <message>
            <source>%1: the field “%2” at %3, %4 (%5 × %6 mm) lies outside the %7 × %8 mm label.</source>
            <translation>%1：字段“%2”位于 %3, %4（%5 × %6 毫米），超出了 %7 × %8 毫米的面单。</translation>
        </message>
        <message>
            <source>%1: the field “%2” has a type size of %3 pt (at least %4 pt); sizes must be from 4 to 72 pt, the smallest no larger than the size.</source>
            <translation>%1：字段“%2”的字号为 %3 磅（最小 %4 磅）；字号须在 4 到 72 磅之间，最小字号不得大于字号。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::WaybillPdf</name>
        <message>
            <source>Waybills</source>
            <translation>快递单</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
        <message>
            <source>Order %1: %2</source>
            <translation>订单 %1：%2</translation>
        </message>
        <message>
            <source>There are no waybills to print.</source>
            <translation>没有需要打印的快递单。</translation>
        </message>
    </context>
</TS>
