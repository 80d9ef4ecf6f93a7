<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>EditItemCli</name>
        <message>
            <source>Change an item's price or title; with --seen, refused when another PC changed the item since that version was read. Without a change, prints the version.</source>
            <translation>修改宝贝的价格或标题；带 --seen 时，若读取该版本后另一台电脑改过此宝贝则拒绝。不改时打印版本号。</translation>
        </message>
    </context>
    <context>
        <name>LabelsCli</name>
        <message>
            <source>SKU labels as PDF on a thermal roll (40x30, 50x30, 60x40 mm) or an A4 sheet: N per SKU, or a receiving note's quantities.</source>
            <translation>把 SKU 条码标签写成 PDF：热敏标签纸（40x30、50x30、60x40 mm）或 A4 标签纸；每个 SKU N 张，或按入库单的数量。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::AddItemCommand</name>
        <message>
            <source>Add item %1</source>
            <translation>新增宝贝 %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::AdviceView</name>
        <message>
            <source>&amp;Showcase slots (橱窗推荐):</source>
            <translation>橱窗推荐位(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Main items' minimum stock:</source>
            <translation>主推款最低库存(&amp;M)：</translation>
        </message>
        <message>
            <source>Change the advice settings</source>
            <translation>修改运营建议设置</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>运营建议</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用库存</translation>
        </message>
        <message>
            <source>Take off shelf: %1 · Showcase: %2 · Reorder: %3 · Put on shelf: %4 · Sold-out sizes: %5</source>
            <translation>建议下架：%1 · 橱窗推荐：%2 · 建议补货：%3 · 建议上架：%4 · 断码：%5</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::Advisor</name>
        <message>
            <source>Take off shelf</source>
            <translation>下架</translation>
        </message>
        <message>
            <source>Showcase</source>
            <translation>橱窗推荐</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>建议补货</translation>
        </message>
        <message>
            <source>No stock in any SKU: never show an item the warehouse does not have.</source>
            <translation>所有SKU均无库存：仓库没有的宝贝不能挂着卖。</translation>
        </message>
        <message>
            <source>No sale recorded.</source>
            <translation>没有任何成交记录。</translation>
        </message>
        <message>
            <source>No sale in %1 days (last sale %2).</source>
            <translation>%1 天无成交（最后成交 %2）。</translation>
        </message>
        <message>
            <source>Marked out of season.</source>
            <translation>已标记为过季。</translation>
        </message>
        <message>
            <source>Main item in stock; its cycle ends %1.</source>
            <translation>主推款有库存，本周期 %1 结束。</translation>
        </message>
        <message>
            <source>Main item with %1 in stock, under its minimum of %2.</source>
            <translation>主推款库存 %1 件，低于最低库存 %2 件。</translation>
        </message>
        <message>
            <source>Put on shelf</source>
            <translation>上架</translation>
        </message>
        <message>
            <source>Sold-out sizes</source>
            <translation>断码</translation>
        </message>
        <message>
            <source>Off shelf with %1 available: every item in stock is kept on sale.</source>
            <translation>已下架但可用库存 %1 件：保证所有有货商品都是在线销售状态。</translation>
        </message>
        <message>
            <source>Sold out in %1 (断码): mark them sold out on the platform, or reorder.</source>
            <translation>%1 已断码：请在平台上标记缺货，或补货。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::DeleteItemCommand</name>
        <message>
            <source>Archive item %1</source>
            <translation>归档宝贝 %1</translation>
        </message>
        <message>
            <source>Delete item %1</source>
            <translation>删除宝贝 %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::EditItemCli</name>
        <message>
            <source>Usage: edit-item CODE [--price YUAN] [--title TEXT] [--seen VERSION]</source>
            <translation>用法：edit-item 货号 [--price 元] [--title 标题] [--seen 版本]</translation>
        </message>
        <message>
            <source>--seen needs the version a reading run printed, e.g. 3.</source>
            <translation>--seen 需要读取时打印的版本号，例如 3。</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1”不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>No item has the code “%1”.</source>
            <translation>没有货号为“%1”的宝贝。</translation>
        </message>
        <message>
            <source>%1 at version %2: %3, %4</source>
            <translation>%1 版本 %2：%3，%4</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::EditItemCommand</name>
        <message>
            <source>Edit item %1</source>
            <translation>编辑宝贝 %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::Factory</name>
        <message>
            <source>Listings</source>
            <translation>宝贝管理</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::FieldEdits</name>
        <message>
            <source>Change the title of %1</source>
            <translation>修改 %1 的标题</translation>
        </message>
        <message>
            <source>Change the price of %1</source>
            <translation>修改 %1 的价格</translation>
        </message>
        <message>
            <source>Put %1 on shelf</source>
            <translation>上架 %1</translation>
        </message>
        <message>
            <source>Take %1 off shelf</source>
            <translation>下架 %1</translation>
        </message>
        <message>
            <source>Edit SKU %1/%2</source>
            <translation>编辑 SKU %1/%2</translation>
        </message>
        <message>
            <source>Change the short name of %1</source>
            <translation>修改 %1 的简称</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemDialog</name>
        <message>
            <source>New item</source>
            <translation>新增宝贝</translation>
        </message>
        <message>
            <source>Copy item</source>
            <translation>复制宝贝</translation>
        </message>
        <message>
            <source>Edit item %1</source>
            <translation>编辑宝贝 %1</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Main-push item (主推款)</source>
            <translation>主推款</translation>
        </message>
        <message>
            <source>Price (¥)</source>
            <translation>价格（元）</translation>
        </message>
        <message>
            <source>Cost (¥)</source>
            <translation>成本（元）</translation>
        </message>
        <message>
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>Minimum stock</source>
            <translation>最低库存</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>上架</translation>
        </message>
        <message>
            <source>Out of season</source>
            <translation>过季</translation>
        </message>
        <message>
            <source>e.g. 蓝色, 黑色</source>
            <translation>例如：蓝色, 黑色</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>e.g. 29, 30, 31, 32</source>
            <translation>例如：29, 30, 31, 32</translation>
        </message>
        <message>
            <source>Sizes</source>
            <translation>尺码</translation>
        </message>
        <message>
            <source>Each colour × size becomes a SKU with an in-store EAN-13 barcode.</source>
            <translation>每个颜色 × 尺码生成一个 SKU，并自动分配店内 EAN-13 条码。</translation>
        </message>
        <message>
            <source>%1/%2 bytes</source>
            <translation>%1/%2 字节</translation>
        </message>
        <message>
            <source>The title keeps the platform's rules.</source>
            <translation>标题符合平台规则。</translation>
        </message>
        <message>
            <source>Every item needs an item code (货号).</source>
            <translation>每个宝贝都需要货号。</translation>
        </message>
        <message>
            <source>Every item needs a title.</source>
            <translation>每个宝贝都需要标题。</translation>
        </message>
        <message>
            <source>The price “%1” is not an amount in yuan.</source>
            <translation>价格“%1”不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>The cost “%1” is not an amount in yuan.</source>
            <translation>成本“%1”不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>The item code %1 is already used by another item.</source>
            <translation>货号 %1 已被其他宝贝使用。</translation>
        </message>
        <message>
            <source>A new colour or size adds SKUs with in-store EAN-13 barcodes; existing SKUs stay.</source>
            <translation>新增的颜色或尺码会生成带店内 EAN-13 条码的 SKU；已有 SKU 保持不变。</translation>
        </message>
        <message>
            <source>Listed %1: some categories do not allow a price change within 24 hours of upload.</source>
            <translation>上架时间 %1：部分类目上传后 24 小时内不允许改价。</translation>
        </message>
        <message>
            <source>A new item stays off shelf until goods are received.</source>
            <translation>新宝贝在入库前保持下架。</translation>
        </message>
        <message>
            <source>Empty: the category's name; messages add the colour and size</source>
            <translation>留空则用类目名；消息里会加上颜色和尺码</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>&amp;Revert to the saved item</source>
            <translation>还原为已保存的宝贝(&amp;R)</translation>
        </message>
        <message>
            <source>Shows the item as it was saved last (on the other PC); your changes here are given up</source>
            <translation>显示宝贝最后保存的样子（在另一台电脑上保存的）；这里所做的修改将被放弃</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemTransfer</name>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Main push</source>
            <translation>主推</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>上架</translation>
        </message>
        <message>
            <source>Out of season</source>
            <translation>过季</translation>
        </message>
        <message>
            <source>Min stock</source>
            <translation>最低库存</translation>
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
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>SKU price</source>
            <translation>SKU价格</translation>
        </message>
        <message>
            <source>SKU cost</source>
            <translation>SKU成本</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>the item code is empty.</source>
            <translation>货号为空。</translation>
        </message>
        <message>
            <source>the title is empty.</source>
            <translation>标题为空。</translation>
        </message>
        <message>
            <source>“%1” is not a role (引流款, 利润款 or 形象款).</source>
            <translation>“%1”不是商品角色（引流款、利润款或形象款）。</translation>
        </message>
        <message>
            <source>“%1” is neither yes nor no.</source>
            <translation>“%1”既不是“是”也不是“否”。</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1”不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of pieces.</source>
            <translation>“%1”不是整数件数。</translation>
        </message>
        <message>
            <source>%1 %2/%3 is already on line %4.</source>
            <translation>%1 %2/%3 已在第 %4 行出现。</translation>
        </message>
        <message>
            <source>%1 is not a valid EAN-13: its check digit should be %2.</source>
            <translation>%1 不是有效的 EAN-13 条码：校验位应为 %2。</translation>
        </message>
        <message>
            <source>the barcode %1 is already on line %2.</source>
            <translation>条码 %1 已在第 %2 行出现。</translation>
        </message>
        <message>
            <source>the barcode %1 already belongs to item %2 in this shop.</source>
            <translation>条码 %1 已属于本店宝贝 %2。</translation>
        </message>
        <message>
            <source>%1 holds no items.</source>
            <translation>%1 中没有宝贝。</translation>
        </message>
        <message>
            <source>%1: nothing was imported. %2</source>
            <translation>%1：未导入任何内容。%2</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>a short name is at most %1 characters: “%2” has %3.</source>
            <translation>简称最多 %1 个字：“%2”有 %3 个字。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemsFilterBar</name>
        <message>
            <source>Search item code, title words, category…</source>
            <translation>搜索货号、标题关键词、类目…</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>全部角色</translation>
        </message>
        <message>
            <source>On and off shelf</source>
            <translation>全部上下架状态</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>上架</translation>
        </message>
        <message>
            <source>Off shelf</source>
            <translation>下架</translation>
        </message>
        <message>
            <source>Main push only</source>
            <translation>只看主推款</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类目</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 个宝贝</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 items</source>
            <translation>%2 个宝贝中显示 %1 个</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemsModel</name>
        <message>
            <source>Main push</source>
            <translation>主推</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>上架</translation>
        </message>
        <message>
            <source>Off shelf</source>
            <translation>下架</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>SKUs</source>
            <translation>SKU数</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>上下架</translation>
        </message>
        <message>
            <source>Title bytes</source>
            <translation>标题字节</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemsView</name>
        <message>
            <source>&amp;New item…</source>
            <translation>新增宝贝(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>编辑宝贝(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Copy item…</source>
            <translation>复制宝贝(&amp;C)…</translation>
        </message>
        <message>
            <source>Put &amp;on shelf</source>
            <translation>上架(&amp;O)</translation>
        </message>
        <message>
            <source>Take o&amp;ff shelf</source>
            <translation>下架(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Delete item</source>
            <translation>删除宝贝(&amp;D)</translation>
        </message>
        <message>
            <source>Deletes an item that never moved stock; an item with stock movements or orders is archived.</source>
            <translation>从未出入库的宝贝会被删除；有出入库或订单记录的宝贝会被归档。</translation>
        </message>
        <message>
            <source>&amp;Import items (CSV)…</source>
            <translation>导入宝贝 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport items…</source>
            <translation>导出宝贝(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Labels to PDF…</source>
            <translation>条码标签导出 PDF(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Print labels…</source>
            <translation>打印条码标签(&amp;P)…</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1”不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>%1 has stock movements or orders: it was archived, not deleted.</source>
            <translation>%1 有出入库或订单记录：已归档，未删除。</translation>
        </message>
        <message>
            <source>%1 was deleted.</source>
            <translation>%1 已删除。</translation>
        </message>
        <message>
            <source>Imported: %1 items added, %2 updated; %3 SKUs added, %4 updated; %5 barcodes generated.</source>
            <translation>已导入：新增宝贝 %1 个，更新 %2 个；新增 SKU %3 个，更新 %4 个；生成条码 %5 个。</translation>
        </message>
        <message>
            <source>%1 items written to %2.</source>
            <translation>已将 %1 个宝贝写入 %2。</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) written to %1.</source>
            <translation>
                <numerusform>已将 %n 张标签写入 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import items</source>
            <translation>导入宝贝</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export items</source>
            <translation>导出宝贝</translation>
        </message>
        <message>
            <source>items.csv</source>
            <translation>宝贝.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Labels to PDF</source>
            <translation>条码标签导出 PDF</translation>
        </message>
        <message>
            <source>labels.pdf</source>
            <translation>条码标签.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Scanned %1: %2 %3 / %4.</source>
            <translation>已扫描 %1：%2 %3 / %4。</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>上架</translation>
        </message>
        <message>
            <source>Off shelf</source>
            <translation>下架</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Labels PDF</source>
            <translation>标签 PDF</translation>
        </message>
        <message>
            <source>Print labels</source>
            <translation>打印标签</translation>
        </message>
        <message>
            <source>&amp;Thermal labels…</source>
            <translation>热敏标签(&amp;T)…</translation>
        </message>
        <message>
            <source>Thermal labels</source>
            <translation>热敏标签</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>删除宝贝</translation>
        </message>
        <message>
            <source>%1 was kept.</source>
            <translation>%1 已保留。</translation>
        </message>
        <message>
            <source>Imported %1 items from %2.</source>
            <translation>已从 %2 导入 %1 个宝贝。</translation>
        </message>
        <message>
            <source>Exported %1 items to %2.</source>
            <translation>已导出 %1 个宝贝到 %2。</translation>
        </message>
        <message numerus="yes">
            <source>%n thermal label(s) (%1 mm, %2 dpi) written to %3.</source>
            <translation>
                <numerusform>%n 张热敏标签（%1 毫米，%2 dpi）已写入 %3。</numerusform>
            </translation>
        </message>
        <message>
            <source>Label size (mm):</source>
            <translation>标签尺寸（毫米）：</translation>
        </message>
        <message>
            <source>The label printer's resolution (dpi):</source>
            <translation>标签打印机分辨率（dpi）：</translation>
        </message>
        <message>
            <source>Thermal labels to PDF</source>
            <translation>热敏标签导出为 PDF</translation>
        </message>
        <message>
            <source>labels-%1.pdf</source>
            <translation>标签-%1.pdf</translation>
        </message>
        <message>
            <source>The selected items' SKU labels for a thermal label printer (40x30, 50x30 or 60x40 mm, one label a page), to the printer or a PDF.</source>
            <translation>所选宝贝的 SKU 标签，供热敏标签打印机使用（40x30、50x30 或 60x40 毫米，每页一张），打印到打印机或输出为 PDF。</translation>
        </message>
        <message>
            <source>The selected items have no SKUs, so there are no labels to print.</source>
            <translation>所选宝贝没有 SKU，没有可打印的条码标签。</translation>
        </message>
        <message numerus="yes">
            <source>%n thermal label(s) (%1 × %2 mm) sent to %3.</source>
            <translation>
                <numerusform>已将 %n 张热敏标签（%1 × %2 毫米）发送到 %3。</numerusform>
            </translation>
        </message>
        <message>
            <source>The label printer…</source>
            <translation>标签打印机…</translation>
        </message>
        <message>
            <source>Print to:</source>
            <translation>打印到：</translation>
        </message>
        <message>
            <source>A PDF file…</source>
            <translation>PDF 文件…</translation>
        </message>
        <message>
            <source>Print thermal labels</source>
            <translation>打印热敏标签</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::LabelRepository</name>
        <message>
            <source>There is no SKU with the barcode %1 and no item with that code.</source>
            <translation>没有条码为 %1 的 SKU，也没有这个货号的宝贝。</translation>
        </message>
        <message>
            <source>There is no receiving note %1.</source>
            <translation>没有入库单 %1。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::LabelRoll</name>
        <message>
            <source>“%1” is not a label size; use one of %2 (mm) or a4.</source>
            <translation>“%1”不是标签尺寸，请使用 %2（毫米）之一或 a4。</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Label %1 (%2 %3/%4): %5</source>
            <translation>第 %1 张标签（%2 %3/%4）：%5</translation>
        </message>
        <message>
            <source>Label %1 (%2 %3/%4): the label is too small for its barcode.</source>
            <translation>第 %1 张标签（%2 %3/%4）：标签太小，放不下条码。</translation>
        </message>
        <message>
            <source>There are no labels to print.</source>
            <translation>没有要打印的标签。</translation>
        </message>
        <message>
            <source>The label printer could not start printing.</source>
            <translation>标签打印机无法开始打印。</translation>
        </message>
        <message>
            <source>The label printer could not start a new label.</source>
            <translation>标签打印机无法换到下一张标签。</translation>
        </message>
        <message>
            <source>The label printer could not finish printing.</source>
            <translation>标签打印机无法完成打印。</translation>
        </message>
        <message>
            <source>SKU labels</source>
            <translation>SKU 条码标签</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::LabelSheet</name>
        <message>
            <source>The label sheet could not be started.</source>
            <translation>无法开始生成标签页。</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Label %1 (%2 %3/%4): %5</source>
            <translation>第 %1 张标签（%2 %3/%4）：%5</translation>
        </message>
        <message>
            <source>SKU labels</source>
            <translation>SKU 条码标签</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::LabelsCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>--dpi takes the label printer's resolution, 203 or 300, not “%1”.</source>
            <translation>--dpi 是标签打印机的分辨率：203 或 300，不能是“%1”。</translation>
        </message>
        <message>
            <source>--count takes 1 to %1 labels per SKU, not “%2”.</source>
            <translation>--count 是每个 SKU 的标签张数：1 到 %1，不能是“%2”。</translation>
        </message>
        <message>
            <source>%1 labels are more than %2 in one run; print fewer at a time.</source>
            <translation>%1 张标签超过一次 %2 张的上限，请分批打印。</translation>
        </message>
        <message>
            <source>There are no SKUs to print labels for.</source>
            <translation>没有可以打印标签的 SKU。</translation>
        </message>
        <message>
            <source>%1 labels (%2) written to %3.</source>
            <translation>%1 张标签（%2）已写入 %3。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsCli</name>
        <message>
            <source>--now needs a time like “2026-11-25 09:00”.</source>
            <translation>--now 需要形如“2026-11-25 09:00”的时间。</translation>
        </message>
        <message>
            <source>Import items and SKUs from a CSV file (UTF-8 or GBK, Chinese or English headers): all or nothing.</source>
            <translation>从 CSV 文件导入宝贝和 SKU（UTF-8 或 GBK，中文或英文表头）：要么全部导入，要么都不导入。</translation>
        </message>
        <message>
            <source>Export every item and SKU as CSV (UTF-8 with BOM) or xlsx.</source>
            <translation>把所有宝贝和 SKU 导出为 CSV（带 BOM 的 UTF-8）或 xlsx。</translation>
        </message>
        <message>
            <source>Check every title: 60 bytes, absolute words, spaces, duplicates (exit 1 when a title breaks a rule).</source>
            <translation>检查所有标题：60 字节、绝对化用语、空格分隔、重复标题（有标题违规时退出码为 1）。</translation>
        </message>
        <message>
            <source>Each on-shelf item's weekly relist time inside the peak hours.</source>
            <translation>每个在架宝贝每周在高峰时段内的上架时间。</translation>
        </message>
        <message>
            <source>What to take off shelf, put in the showcase and reorder, each with its reason.</source>
            <translation>建议下架、橱窗推荐和补货的宝贝，并注明原因。</translation>
        </message>
        <message>
            <source>import-items needs exactly one argument: the CSV file.</source>
            <translation>import-items 需要且只需要一个参数：CSV 文件。</translation>
        </message>
        <message>
            <source>Imported %1: %2 items added, %3 updated; %4 SKUs added, %5 updated; %6 barcodes generated.</source>
            <translation>已导入 %1：新增宝贝 %2 个，更新 %3 个；新增 SKU %4 个，更新 %5 个；生成条码 %6 个。</translation>
        </message>
        <message>
            <source>export-items needs exactly one argument: the .csv or .xlsx file to write.</source>
            <translation>export-items 需要且只需要一个参数：要写入的 .csv 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>%1 items written to %2.</source>
            <translation>已将 %1 个宝贝写入 %2。</translation>
        </message>
        <message>
            <source>titles-check does not know “%1”.</source>
            <translation>titles-check 不认识“%1”。</translation>
        </message>
        <message>
            <source>%1  %2 (%3 bytes): %4</source>
            <translation>%1  %2（%3 字节）：%4</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Every title keeps the rules.</source>
            <translation>所有标题都符合规则。</translation>
        </message>
        <message>
            <source>Usage: relist-plan [--now "YYYY-MM-DD HH:MM"] [--csv OUT.csv]</source>
            <translation>用法：relist-plan [--now "YYYY-MM-DD HH:MM"] [--csv OUT.csv]</translation>
        </message>
        <message>
            <source>main push</source>
            <translation>主推</translation>
        </message>
        <message>
            <source>Usage: advice [--now "YYYY-MM-DD HH:MM"]</source>
            <translation>用法：advice [--now "YYYY-MM-DD HH:MM"]</translation>
        </message>
        <message>
            <source>Nothing to advise.</source>
            <translation>暂无建议。</translation>
        </message>
        <message>
            <source>Items ranked by sales over a period (default the last 30 days) and which carry 80% of them.</source>
            <translation>按一段时间（默认最近 30 天）的销售额给宝贝排名，并标出贡献 80% 销售额的宝贝。</translation>
        </message>
        <message>
            <source>Usage: pareto [--from YYYY-MM-DD] [--to YYYY-MM-DD], from not after to.</source>
            <translation>用法：pareto [--from YYYY-MM-DD] [--to YYYY-MM-DD]，开始日期不能晚于结束日期。</translation>
        </message>
        <message>
            <source>%1 of %2 items carry 80% of sales from %3 to %4.</source>
            <translation>%3 至 %4，%2 个宝贝中的 %1 个贡献了 80% 的销售额。</translation>
        </message>
        <message>
            <source>A sheet of SKU barcode labels as PDF (A4, 3 × 8): the given items, or every item on offer.</source>
            <translation>生成 SKU 条码标签页 PDF（A4，每页 3 × 8）：指定的宝贝，或全部在售宝贝。</translation>
        </message>
        <message>
            <source>Usage: print-labels --out FILE.pdf [ITEMCODE …]</source>
            <translation>用法：print-labels --out 文件.pdf [货号 …]</translation>
        </message>
        <message>
            <source>There is no item with the code %1.</source>
            <translation>没有货号为 %1 的宝贝。</translation>
        </message>
        <message>
            <source>There are no SKUs to print labels for.</source>
            <translation>没有可以打印标签的 SKU。</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) written to %1.</source>
            <translation>
                <numerusform>已将 %n 张标签写入 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Items and SKUs in and out: import a CSV file (UTF-8 or GBK, Chinese or English headers, all or nothing), export as CSV (UTF-8 with BOM) or xlsx.</source>
            <translation>宝贝和 SKU 的导入导出：导入 CSV 文件（UTF-8 或 GBK，中文或英文表头，要么全部导入要么都不导入），导出为 CSV（带 BOM 的 UTF-8）或 xlsx。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsReports</name>
        <message>
            <source>Monday</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Main push</source>
            <translation>主推</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Next relist</source>
            <translation>下次上架</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsRepository</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>The item no longer exists.</source>
            <translation>该宝贝已不存在。</translation>
        </message>
        <message>
            <source>The item %1 could not be saved: its item code may already be in use (%2).</source>
            <translation>宝贝 %1 无法保存：货号可能已被使用（%2）。</translation>
        </message>
        <message>
            <source>The SKU %1/%2 (barcode %3) could not be saved: its barcode or colour and size may already be in use.</source>
            <translation>SKU %1/%2（条码 %3）无法保存：条码或颜色尺码组合可能已被使用。</translation>
        </message>
        <message>
            <source>The item %1 could not be saved: its item code may already be in use.</source>
            <translation>宝贝 %1 无法保存：货号可能已被使用。</translation>
        </message>
        <message>
            <source>The item has stock movements or orders; it can only be archived.</source>
            <translation>该宝贝有出入库或订单记录，只能归档。</translation>
        </message>
        <message>
            <source>The barcode %1 is already used by another SKU, or the colour and size already exist.</source>
            <translation>条码 %1 已被其他SKU使用，或该颜色尺码已存在。</translation>
        </message>
        <message>
            <source>This SKU has stock movements or orders and cannot be deleted.</source>
            <translation>该SKU有出入库或订单记录，不能删除。</translation>
        </message>
        <message>
            <source>Item %1</source>
            <translation>宝贝 %1</translation>
        </message>
        <message>
            <source>Item %1, SKU %2/%3</source>
            <translation>宝贝 %1，SKU %2/%3</translation>
        </message>
        <message>
            <source>SKUs of items %1 to %2</source>
            <translation>宝贝 %1 至 %2 的 SKU</translation>
        </message>
        <message>
            <source>The item is no longer in this shop: it may have been deleted meanwhile.</source>
            <translation>这个宝贝已不在店铺中：可能刚刚被删除了。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsService</name>
        <message>
            <source>“%1” is not a usable barcode: give a valid EAN-13 or the code printed on the tag.</source>
            <translation>“%1”不是可用的条码：请填写有效的 EAN-13 或吊牌上印的条码。</translation>
        </message>
        <message>
            <source>An item needs a title: the platform does not list an item without one.</source>
            <translation>宝贝必须有标题：平台不会上架没有标题的宝贝。</translation>
        </message>
        <message>
            <source>A price cannot be below zero (%1).</source>
            <translation>价格不能低于零（%1）。</translation>
        </message>
        <message>
            <source>The selected items have no SKUs, so there are no labels to print.</source>
            <translation>所选宝贝没有 SKU，没有可打印的条码标签。</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) on hand</source>
            <translation>
                <numerusform>现有库存 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open order(s)</source>
            <translation>
                <numerusform>%n 个未发货订单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stock movement(s)</source>
            <translation>
                <numerusform>%n 条库存流水</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1? It has %2. It will be archived, not erased: it leaves the items list and goes off shelf; its orders and stock ledger keep it.</source>
            <translation>删除 %1？它有%2。它将被归档而不是抹去：从宝贝列表中移除并下架；订单和库存流水仍保留它。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Item code: “%1” contains a space; an item code is written without spaces.</source>
            <translation>货号：“%1”含有空格；货号不能有空格。</translation>
        </message>
        <message>
            <source>Title: every item needs a title.</source>
            <translation>标题：每个宝贝都要有标题。</translation>
        </message>
        <message>
            <source>Category: choose the item's category.</source>
            <translation>类目：请选择宝贝的类目。</translation>
        </message>
        <message>
            <source>Price: %1 is not a price; it must be above zero.</source>
            <translation>价格：%1 不是有效价格，价格必须大于零。</translation>
        </message>
        <message>
            <source>Cost: %1 cannot be below zero.</source>
            <translation>成本：%1 不能小于零。</translation>
        </message>
        <message>
            <source>A label printer prints at 203 or 300 dpi, not %1.</source>
            <translation>标签打印机的分辨率是 203 或 300 dpi，不是 %1。</translation>
        </message>
        <message>
            <source>Item code: every item needs an item code.</source>
            <translation>货号：每个宝贝都要有货号。</translation>
        </message>
        <message>
            <source>%1 has no stock yet: it stays off shelf until goods are received.</source>
            <translation>%1 还没有库存：入库前保持下架。</translation>
        </message>
        <message>
            <source>A short name is at most %1 characters: “%2” has %3.</source>
            <translation>简称最多 %1 个字：“%2”有 %3 个字。</translation>
        </message>
        <message>
            <source>Item %1</source>
            <translation>宝贝 %1</translation>
        </message>
        <message>
            <source>The title of %1</source>
            <translation>%1 的标题</translation>
        </message>
        <message>
            <source>The price of %1</source>
            <translation>%1 的价格</translation>
        </message>
        <message>
            <source>The SKU %1/%2 of %3</source>
            <translation>%3 的 SKU %1/%2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsWorkbench</name>
        <message>
            <source>Listings</source>
            <translation>宝贝管理</translation>
        </message>
        <message>
            <source>Title check</source>
            <translation>标题检查</translation>
        </message>
        <message>
            <source>Relist plan</source>
            <translation>上下架计划</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>运营建议</translation>
        </message>
        <message>
            <source>Pareto (80/20)</source>
            <translation>二八分析</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>重新载入(&amp;R)</translation>
        </message>
        <message>
            <source>Reads the items and reports from the shop file again</source>
            <translation>从店铺文件重新读取宝贝和报表</translation>
        </message>
        <message>
            <source>&amp;Find item…</source>
            <translation>查找宝贝(&amp;F)…</translation>
        </message>
        <message>
            <source>Search by item code, title words or a scanned barcode</source>
            <translation>按货号、标题关键词或扫描的条码查找</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ParetoView</name>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>累计占比</translation>
        </message>
        <message>
            <source>Carries 80%</source>
            <translation>贡献80%</translation>
        </message>
        <message>
            <source>Sales &amp;from</source>
            <translation>销售时间从(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>No sales in this period.</source>
            <translation>该时段没有销售。</translation>
        </message>
        <message>
            <source>%1 of %2 items (%3) carry 80% of the %4 sales from %5 to %6.</source>
            <translation>%5 至 %6 共销售 %4，%2 个宝贝中的 %1 个（%3）贡献了 80% 的销售额。</translation>
        </message>
        <message>
            <source>Sales (¥)</source>
            <translation>销售额（元）</translation>
        </message>
        <message>
            <source>Cumulative share (%)</source>
            <translation>累计占比（%）</translation>
        </message>
        <message>
            <source>80%</source>
            <translation>80%</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::RelistPlanner</name>
        <message>
            <source>“%1” is not a time range such as 9-12 or 14:30-18.</source>
            <translation>“%1”不是时间段（例如 9-12 或 14:30-18）。</translation>
        </message>
        <message>
            <source>“%1” is not a time range within one day.</source>
            <translation>“%1”不是一天之内的时间段。</translation>
        </message>
        <message>
            <source>Give at least one peak-hours range, such as 9-12.</source>
            <translation>请至少填写一个高峰时段，例如 9-12。</translation>
        </message>
        <message>
            <source>The peak-hours ranges overlap.</source>
            <translation>高峰时段有重叠。</translation>
        </message>
        <message>
            <source>The peak hours hold %1 minutes a week, fewer than the %2 items to relist.</source>
            <translation>高峰时段每周只有 %1 分钟，少于要上架的 %2 个宝贝。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::RelistView</name>
        <message>
            <source>Export the relist plan</source>
            <translation>导出上下架计划</translation>
        </message>
        <message>
            <source>relist-plan.csv</source>
            <translation>上下架计划.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Buyers' &amp;peak hours:</source>
            <translation>买家高峰时段(&amp;P)：</translation>
        </message>
        <message>
            <source>Ranges of hours, e.g. 9-12, 14-18 or 20:30-22</source>
            <translation>时间段，例如 9-12, 14-18 或 20:30-22</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>应用(&amp;A)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Peak hours %1</source>
            <translation>高峰时段改为 %1</translation>
        </message>
        <message>
            <source>Main push</source>
            <translation>主推</translation>
        </message>
        <message numerus="yes">
            <source>%n on-shelf item(s), each relisted every 7 days at its own minute; main-push items hold the best times.</source>
            <translation>
                <numerusform>%n 个在架宝贝，每 7 天在各自的时间重新上架；主推款占据最佳时段。</numerusform>
            </translation>
        </message>
        <message>
            <source>Next relist</source>
            <translation>下次上架</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::SetShelfCommand</name>
        <message numerus="yes">
            <source>Put %n item(s) on shelf</source>
            <translation>
                <numerusform>上架 %n 个宝贝</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n item(s) off shelf</source>
            <translation>
                <numerusform>下架 %n 个宝贝</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::SkuGrid</name>
        <message>
            <source>Select an item to see its SKUs (colour × size).</source>
            <translation>选择一个宝贝查看其 SKU（颜色 × 尺码）。</translation>
        </message>
        <message>
            <source>SKU %1 / %2</source>
            <translation>SKU %1 / %2</translation>
        </message>
        <message>
            <source>the item's price</source>
            <translation>宝贝价格</translation>
        </message>
        <message>
            <source>the item's cost</source>
            <translation>宝贝成本</translation>
        </message>
        <message>
            <source>&amp;Barcode</source>
            <translation>条码(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Price (¥)</source>
            <translation>价格（元）(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Cost (¥)</source>
            <translation>成本（元）(&amp;C)</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1”不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>%1 %2 — %3 SKUs, %4 on hand (from the stock ledger), %5 available (less paid orders not yet shipped). Double-click a SKU to change its barcode or prices.</source>
            <translation>%1 %2 — %3 个SKU，库存 %4 件（来自库存台账），可用库存 %5 件（扣除已付款未发货）。双击SKU可修改条码或价格。</translation>
        </message>
        <message>
            <source>%1
%2 / cost %3
on hand %4, available %5</source>
            <translation>%1
%2 / 成本 %3
库存 %4，可用库存 %5</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::TitleChecker</name>
        <message>
            <source>absolute or superlative wording, forbidden by the advertising law</source>
            <translation>绝对化用语，违反广告法</translation>
        </message>
        <message>
            <source>a ranking claim the advertising law forbids</source>
            <translation>排名用语，违反广告法</translation>
        </message>
        <message>
            <source>an official grade or endorsement, forbidden in titles</source>
            <translation>冒用权威级别或认证，标题中禁止使用</translation>
        </message>
        <message>
            <source>an exaggerated grade the platform rules forbid</source>
            <translation>夸大用语，违反平台规则</translation>
        </message>
        <message>
            <source>a guarantee of results the advertising law forbids</source>
            <translation>保证性用语，违反广告法</translation>
        </message>
        <message>
            <source>The title is empty.</source>
            <translation>标题为空。</translation>
        </message>
        <message>
            <source>The title is %1 bytes; the platform allows at most %2 (a Chinese character counts 2).</source>
            <translation>标题 %1 字节，平台最多允许 %2 字节（一个汉字算 2 字节）。</translation>
        </message>
        <message>
            <source>“%1”: %2.</source>
            <translation>“%1”：%2。</translation>
        </message>
        <message>
            <source>The keywords are not separated by spaces.</source>
            <translation>关键词之间没有用空格分隔。</translation>
        </message>
        <message>
            <source>The same title as item %1.</source>
            <translation>与宝贝 %1 标题重复。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::TitlesView</name>
        <message>
            <source>Shop's own &amp;words…</source>
            <translation>本店禁用词(&amp;W)…</translation>
        </message>
        <message>
            <source>Words this shop's titles must not carry, beyond the built-in list of absolute words</source>
            <translation>除内置的绝对化用语外，本店标题不能使用的词</translation>
        </message>
        <message>
            <source>Every title keeps the rules: at most 60 bytes, no absolute words, keywords separated by spaces, no duplicates.</source>
            <translation>所有标题都符合规则：不超过 60 字节，无绝对化用语，关键词以空格分隔，无重复标题。</translation>
        </message>
        <message numerus="yes">
            <source>%n title(s) break a rule.</source>
            <translation>
                <numerusform>%n 个标题违反规则。</numerusform>
            </translation>
        </message>
        <message>
            <source>Shop's own title words</source>
            <translation>本店标题禁用词</translation>
        </message>
        <message>
            <source>One word a line, optionally followed by a tab or a comma and the reason shown when a title carries it. These words are added to the built-in list of absolute words (%1 words) and to %2 in your data folder.</source>
            <translation>每行一个词，可在制表符或逗号后写上原因（标题含有该词时显示）。这些词会加入内置的绝对化用语列表（%1 个词）以及数据文件夹中的 %2。</translation>
        </message>
        <message>
            <source>Change the shop's title words</source>
            <translation>修改本店标题禁用词</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>字节</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
    </context>
</TS>
