<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Printouts</name>
        <message>
            <source>%1 cannot be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::BookReturnCommand</name>
        <message>
            <source>Return from order %1</source>
            <translation>订单 %1 退货入库</translation>
        </message>
        <message>
            <source>Damaged return from order %1</source>
            <translation>订单 %1 退货（损坏）</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::Cli</name>
        <message>
            <source>--id needs a count number, not “%1”.</source>
            <translation>--id 需要盘点单号，而不是“%1”。</translation>
        </message>
        <message>
            <source>No count is open: start one with “stocktake start”.</source>
            <translation>没有进行中的盘点：请先用“stocktake start”开始盘点。</translation>
        </message>
        <message>
            <source>Usage: receive NOTE.csv</source>
            <translation>用法：receive 入库单.csv</translation>
        </message>
        <message numerus="yes">
            <source>Receiving note %1 posted: %n piece(s) booked in.</source>
            <translation>
                <numerusform>入库单 %1 已过账：入库 %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: stock [--sku BARCODE|ITEM_CODE]</source>
            <translation>用法：stock [--sku 条码|货号]</translation>
        </message>
        <message>
            <source>No SKU has the barcode or item code “%1”.</source>
            <translation>没有条码或货号为“%1”的SKU。</translation>
        </message>
        <message>
            <source>Usage: ledger --sku BARCODE</source>
            <translation>用法：ledger --sku 条码</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>没有条码为“%1”的SKU。</translation>
        </message>
        <message>
            <source>Usage: stocktake start|scan|import|report|post|reverse …</source>
            <translation>用法：stocktake start|scan|import|report|post|reverse …</translation>
        </message>
        <message>
            <source>stocktake does not know “%1”: use start, scan, import, report, post or reverse.</source>
            <translation>stocktake 不认识“%1”：请用 start、scan、import、report、post 或 reverse。</translation>
        </message>
        <message numerus="yes">
            <source>Count %1 started over %n SKU(s).</source>
            <translation>
                <numerusform>盘点单 %1 已开始，共 %n 个SKU。</numerusform>
            </translation>
        </message>
        <message>
            <source>OK %1 %2 %3/%4 +%5 → %6</source>
            <translation>OK %1 %2 %3/%4 +%5 → %6</translation>
        </message>
        <message>
            <source>UNKNOWN %1 +%2 (queued to resolve)</source>
            <translation>未知 %1 +%2（已记下，待处理）</translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) committed to count %1.</source>
            <translation>
                <numerusform>已向盘点单 %1 提交 %n 次扫描。</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: stocktake import [--id N] COUNTS.csv</source>
            <translation>用法：stocktake import [--id 单号] 盘点数量.csv</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) imported into count %1.</source>
            <translation>
                <numerusform>已向盘点单 %1 导入 %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Count %1 (%2): expected %3, counted %4; surplus %5 pieces (%6), shortage %7 pieces (%8); %9 unknown scan(s).</source>
            <translation>盘点单 %1（%2）：应有 %3，实盘 %4；盘盈 %5 件（%6），盘亏 %7 件（%8）；未知条码 %9 个。</translation>
        </message>
        <message>
            <source>Usage: stocktake post [--id N]</source>
            <translation>用法：stocktake post [--id 单号]</translation>
        </message>
        <message numerus="yes">
            <source>Count %1 posted: %n adjustment(s) booked.</source>
            <translation>
                <numerusform>盘点单 %1 已过账：记入 %n 条盘点调整。</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: stocktake reverse ID</source>
            <translation>用法：stocktake reverse 单号</translation>
        </message>
        <message numerus="yes">
            <source>Count %1 reversed: %n compensating row(s) booked.</source>
            <translation>
                <numerusform>盘点单 %1 已冲销：记入 %n 条冲销记录。</numerusform>
            </translation>
        </message>
        <message>
            <source>Post a receiving note (入库单) from a CSV file into stock.</source>
            <translation>从 CSV 文件过账入库单，记入库存。</translation>
        </message>
        <message>
            <source>Every stock movement of one SKU with the running balance.</source>
            <translation>一个SKU的全部出入库记录及结存。</translation>
        </message>
        <message>
            <source>The stock-take (盘点): scans are read from the arguments or one per line from standard input, each committed and acknowledged as it is read.</source>
            <translation>盘点：从参数或标准输入逐行读取条码，每读一个即提交并确认。</translation>
        </message>
        <message>
            <source>Usage: stocktake report [--id N] [--csv FILE] [--xlsx FILE] [--pdf FILE]</source>
            <translation>用法：stocktake report [--id 编号] [--csv 文件] [--xlsx 文件] [--pdf 文件]</translation>
        </message>
        <message>
            <source>Usage: suppliers list</source>
            <translation>用法：suppliers list</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>No suppliers yet.</source>
            <translation>还没有供应商。</translation>
        </message>
        <message>
            <source>Usage: suppliers add NAME [--contact C] [--phone P] [--city C] [--note N]</source>
            <translation>用法：suppliers add 名称 [--contact 联系人] [--phone 电话] [--city 城市] [--note 备注]</translation>
        </message>
        <message>
            <source>Supplier “%1” added.</source>
            <translation>已添加供应商“%1”。</translation>
        </message>
        <message>
            <source>Usage: suppliers import FILE.csv</source>
            <translation>用法：suppliers import 文件.csv</translation>
        </message>
        <message numerus="yes">
            <source>%n supplier(s) imported from %1.</source>
            <translation>
                <numerusform>已从 %1 导入 %n 个供应商。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  %2 %3 %4  %5  items: %6  archived: %7</source>
            <translation>%1  %2 %3 %4  %5  供货商品：%6  已归档：%7</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Usage: suppliers archive NAME</source>
            <translation>用法：suppliers archive 名称</translation>
        </message>
        <message>
            <source>Usage: suppliers unarchive NAME</source>
            <translation>用法：suppliers unarchive 名称</translation>
        </message>
        <message>
            <source>Supplier “%1” archived.</source>
            <translation>供应商“%1”已归档。</translation>
        </message>
        <message>
            <source>Supplier “%1” unarchived.</source>
            <translation>供应商“%1”已取消归档。</translation>
        </message>
        <message>
            <source>The suppliers (供应商): list them with the items each supplies, add one, import a CSV file (name, contact, phone, city, note; Chinese or English headers; all or nothing), or archive one the shop no longer buys from (and unarchive it).</source>
            <translation>供应商：列出各供应商及其供货商品、添加一个、导入 CSV 文件（名称、联系人、电话、城市、备注；中文或英文表头；全部导入或全部不导入），或归档不再进货的供应商（也可取消归档）。</translation>
        </message>
        <message>
            <source>Stock on hand and available (可用库存: on hand less paid orders not yet shipped) per SKU (all, or one barcode or item code); or book opening stock (期初库存) from a count file or a first stock-take.</source>
            <translation>每个SKU的库存与可用库存（可用库存 = 库存 − 已付款未发货）（全部，或一个条码/货号）；或从盘点文件、首次盘点登记期初库存。</translation>
        </message>
        <message>
            <source>Usage: stocktake start [--scope CATEGORY] [--blind]</source>
            <translation>用法：stocktake start [--scope 类目] [--blind]</translation>
        </message>
        <message numerus="yes">
            <source>Blind count %1 started over %n SKU(s): the expected quantities stay hidden until it is posted.</source>
            <translation>
                <numerusform>盲盘 %1 已开始，共 %n 个SKU：过账前不显示应有数。</numerusform>
            </translation>
        </message>
        <message>
            <source>Count %1 is a blind count: its variance report can be written once it is posted.</source>
            <translation>盘点单 %1 是盲盘：过账后才能导出盘点差异表。</translation>
        </message>
        <message>
            <source>Blind count %1: %2 pieces counted · %3 of %4 SKUs counted · %5 unknown</source>
            <translation>盲盘 %1：已盘 %2 件 · %4 个 SKU 已盘 %3 个 · 未知条码 %5 个</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::CreatePurchaseOrderCommand</name>
        <message>
            <source>Purchase order to %1</source>
            <translation>向%1下采购单</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::Factory</name>
        <message>
            <source>Inventory</source>
            <translation>进销存</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::FaultyGoodsRepository</name>
        <message>
            <source>An exchange list needs a number.</source>
            <translation>退换货单需要单号。</translation>
        </message>
        <message>
            <source>Exchange list %1 has no lines.</source>
            <translation>退换货单 %1 没有明细。</translation>
        </message>
        <message>
            <source>Exchange list %1, line %2: the quantity must be at least 1 (it is %3).</source>
            <translation>退换货单 %1 第 %2 行：数量至少为 1（现在是 %3）。</translation>
        </message>
        <message>
            <source>There is no exchange list number %1.</source>
            <translation>没有编号为 %1 的退换货单。</translation>
        </message>
        <message>
            <source>A replacement needs at least 1 piece (it is %1).</source>
            <translation>换回至少 1 件（现在是 %1）。</translation>
        </message>
        <message>
            <source>Exchange list %1 is closed.</source>
            <translation>退换货单 %1 已结单。</translation>
        </message>
        <message>
            <source>Exchange list %1 holds no such SKU.</source>
            <translation>退换货单 %1 中没有这个SKU。</translation>
        </message>
        <message>
            <source>Exchange list %1: only %2 piece(s) of this SKU are still to be replaced, not %3.</source>
            <translation>退换货单 %1：这个SKU只剩 %2 件待换回，不能换回 %3 件。</translation>
        </message>
        <message>
            <source>Exchange list %1 is already closed.</source>
            <translation>退换货单 %1 已经结单。</translation>
        </message>
        <message>
            <source>A return needs at least 1 piece (it is %1).</source>
            <translation>退货至少 1 件（现在是 %1）。</translation>
        </message>
        <message>
            <source>There is no order %1.</source>
            <translation>没有订单 %1。</translation>
        </message>
        <message>
            <source>Order %1 holds %2 piece(s) of this SKU and %3 came back already: %4 more cannot be returned.</source>
            <translation>订单 %1 中这个SKU共 %2 件，已退回 %3 件：不能再退 %4 件。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::InventoryWorkbench</name>
        <message>
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>入库</translation>
        </message>
        <message>
            <source>Stock-take</source>
            <translation>盘点</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>出入库明细</translation>
        </message>
        <message>
            <source>Quality and returns</source>
            <translation>质检/退货</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Find a SKU</source>
            <translation>查找 SKU(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import counts…</source>
            <translation>导入盘点数量(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export the stock-take report…</source>
            <translation>导出盘点表(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Print the stock-take report…</source>
            <translation>打印盘点表(&amp;P)…</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>补货</translation>
        </message>
        <message>
            <source>Purchase orders</source>
            <translation>采购单</translation>
        </message>
        <message>
            <source>Stock report</source>
            <translation>进销存报表</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>导出盘点表</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>打印盘点表</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Import counts</source>
            <translation>导入盘点数量</translation>
        </message>
        <message>
            <source>&amp;Opening stock…</source>
            <translation>期初库存(&amp;O)…</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <translation>期初库存</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::MovementsView</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>结存</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经手人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>SKU barcode:</source>
            <translation>SKU条码：</translation>
        </message>
        <message>
            <source>Scan or type, then Enter</source>
            <translation>扫描或输入，按回车</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>到：</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Choose a SKU in the stock list, or scan its barcode.</source>
            <translation>在库存列表中选择一个SKU，或扫描它的条码。</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>没有条码为“%1”的SKU。</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2 %3/%4: %5 on hand; %n movement(s) shown.</source>
            <translation>
                <numerusform>%1 %2 %3/%4：库存 %5；显示 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Reverse movement</source>
            <translation>冲销此记录(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::OpeningStockDialog</name>
        <message>
            <source>Opening stock</source>
            <translation>期初库存</translation>
        </message>
        <message>
            <source>Book what the shelves hold now as the opening stock (期初库存) of the ledger: each SKU's count becomes its first entry. Do this once, when the shop starts with ShopDesk.</source>
            <translation>把货架上现有的货品记为账上的期初库存：每个 SKU 的盘点数成为它的第一笔记录。只在店铺开始使用 ShopDesk 时做一次。</translation>
        </message>
        <message>
            <source>From a &amp;count file (CSV or Excel .xlsx with the columns 条码 and 数量)</source>
            <translation>来自盘点文件(&amp;C)（CSV 或 Excel .xlsx，含“条码”和“数量”两列）</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>浏览(&amp;W)…</translation>
        </message>
        <message>
            <source>Also for SKUs that have movements already (book the opening stock beside them)</source>
            <translation>已有出入库记录的 SKU 也记入（与已有记录并存）</translation>
        </message>
        <message>
            <source>&amp;Book opening stock</source>
            <translation>记入期初库存(&amp;B)</translation>
        </message>
        <message numerus="yes">
            <source>From the open &amp;stock-take %1 (%n SKU(s) counted so far)</source>
            <translation>
                <numerusform>来自进行中的盘点 %1(&amp;S)（已盘 %n 个 SKU）</numerusform>
            </translation>
        </message>
        <message>
            <source>From the open &amp;stock-take (none is open: start one in Stock-take)</source>
            <translation>来自进行中的盘点(&amp;S)（当前没有：请先在“盘点”中开始一次）</translation>
        </message>
        <message>
            <source>Opening stock: the count file</source>
            <translation>期初库存：盘点文件</translation>
        </message>
        <message>
            <source>Count files (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>盘点文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <source>Opening stock booked (%1): %n piece(s) over %2 SKU(s).</source>
            <translation>
                <numerusform>期初库存已登记（%1）：%2 个SKU 共 %n 件。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::OpeningStockRepository</name>
        <message numerus="yes">
            <source>Opening stock is for SKUs that have not moved yet, but %n SKU(s) already have stock movements (%1). Book it beside them only if that is what you mean (--alongside-moves).</source>
            <translation>
                <numerusform>期初库存只用于尚无出入库记录的SKU，但有 %n 个SKU已有出入库记录（%1）。确需与这些记录并存时才登记（--alongside-moves）。</numerusform>
            </translation>
        </message>
        <message>
            <source>barcode (条码)</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>quantity (数量)</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>%1 holds no lines.</source>
            <translation>%1 中没有数据行。</translation>
        </message>
        <message>
            <source>no SKU has the barcode “%1”.</source>
            <translation>没有条码为“%1”的SKU。</translation>
        </message>
        <message>
            <source>%1 counts no pieces: there is no opening stock to book.</source>
            <translation>%1 中没有数量：没有可登记的期初库存。</translation>
        </message>
        <message>
            <source>Count %1 is not open: only an open count can be booked as opening stock.</source>
            <translation>盘点单 %1 未处于进行中：只有进行中的盘点可登记为期初库存。</translation>
        </message>
        <message>
            <source>The count of %1 differs from its stock by %2 pieces, more than one stock movement can book.</source>
            <translation>%1 的盘点数与库存相差 %2 件，超出单条库存记录可登记的数量。</translation>
        </message>
        <message>
            <source>Count %1 has counted nothing yet: there is no opening stock to book.</source>
            <translation>盘点单 %1 尚未盘点任何商品：没有可登记的期初库存。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PlanningCli</name>
        <message>
            <source>%1 needs a date like 2026-11-24, not “%2”.</source>
            <translation>%1 需要形如 2026-11-24 的日期，而不是“%2”。</translation>
        </message>
        <message>
            <source>not selling</source>
            <translation>无销量</translation>
        </message>
        <message>
            <source>Usage: purchase suggest [--supplier NAME] [--date YYYY-MM-DD]</source>
            <translation>用法：purchase suggest [--supplier 供应商] [--date YYYY-MM-DD]</translation>
        </message>
        <message>
            <source>Next promotion: %1 on %2; last year (%3) it sold %4 × an ordinary day.</source>
            <translation>下一个活动：%2 的%1；去年（%3）销量是平日的 %4 倍。</translation>
        </message>
        <message>
            <source>Next promotion: %1 on %2; the shop file holds no figures of it last year (%3).</source>
            <translation>下一个活动：%2 的%1；店铺文件中没有去年（%3）的数据。</translation>
        </message>
        <message numerus="yes">
            <source>No supplier known: %n piece(s)</source>
            <translation>
                <numerusform>未指定供应商：%n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (lead time %2 days): %n piece(s)</source>
            <translation>
                <numerusform>%1（到货周期 %2 天）：%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>  decide by %1</source>
            <translation>  最晚 %1 决定</translation>
        </message>
        <message>
            <source>  %1 %2/%3 (%4): available %5, in transit %6, minimum %7, %8 a day, %9 days of cover → order %10</source>
            <translation>  %1 %2/%3（%4）：可用库存 %5，在途 %6，安全库存 %7，日均销量 %8，可售天数 %9 → 补货 %10</translation>
        </message>
        <message>
            <source>Nothing to reorder.</source>
            <translation>无需补货。</translation>
        </message>
        <message>
            <source>“%1” is not a line like BARCODE=QUANTITY or BARCODE=QUANTITY@COST.</source>
            <translation>“%1”不是 条码=数量 或 条码=数量@单价 的格式。</translation>
        </message>
        <message>
            <source>“%1” is not an amount like 35.50.</source>
            <translation>“%1”不是形如 35.50 的金额。</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>没有条码为“%1”的SKU。</translation>
        </message>
        <message>
            <source>%1  %2  %3  ordered %4, received %5, still owed %6</source>
            <translation>%1  %2  %3  订购 %4，已到 %5，供应商仍欠 %6</translation>
        </message>
        <message>
            <source>Usage: purchase create --supplier NAME [--date D] [--expected D] [--note TEXT] [BARCODE=QTY[@COST] …]</source>
            <translation>用法：purchase create --supplier 供应商 [--date 日期] [--expected 日期] [--note 备注] [条码=数量[@单价] …]</translation>
        </message>
        <message>
            <source>There is no supplier called “%1” to order from.</source>
            <translation>没有名为“%1”的可下单供应商。</translation>
        </message>
        <message numerus="yes">
            <source>Purchase order %1 to %2: %n piece(s) ordered.</source>
            <translation>
                <numerusform>采购单 %1 已下给 %2：订购 %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: purchase list [--open]</source>
            <translation>用法：purchase list [--open]</translation>
        </message>
        <message>
            <source>No purchase orders.</source>
            <translation>没有采购单。</translation>
        </message>
        <message>
            <source>%1 needs an amount like 35.50, not “%2”.</source>
            <translation>%1 需要形如 35.50 的金额，而不是“%2”。</translation>
        </message>
        <message>
            <source>Usage: purchase receive PO_NUMBER [BARCODE=QTY …] [--note-no N] [--date D] [--freight X] [--paid X]</source>
            <translation>用法：purchase receive 采购单号 [条码=数量 …] [--note-no 入库单号] [--date 日期] [--freight 运费] [--paid 已付]</translation>
        </message>
        <message numerus="yes">
            <source>Receiving note %1 posted against %2: %n piece(s) in; still owed by the supplier: %3.</source>
            <translation>
                <numerusform>入库单 %1 已按采购单 %2 入库：%n 件；供应商仍欠：%3。</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: purchase sizes</source>
            <translation>用法：purchase sizes</translation>
        </message>
        <message>
            <source>%1 %2: sold out %3; available %4</source>
            <translation>%1 %2：断码 %3；有货 %4</translation>
        </message>
        <message>
            <source>No item on shelf has a sold-out size.</source>
            <translation>在售商品没有断码。</translation>
        </message>
        <message>
            <source>Usage: stock opening FILE.csv | --stocktake [ID] [--alongside-moves]</source>
            <translation>用法：stock opening 文件.csv | --stocktake [盘点单号] [--alongside-moves]</translation>
        </message>
        <message>
            <source>No count is open: start one with “stocktake start”.</source>
            <translation>没有进行中的盘点：请先用“stocktake start”开始盘点。</translation>
        </message>
        <message>
            <source>--stocktake needs a count number, not “%1”.</source>
            <translation>--stocktake 需要盘点单号，而不是“%1”。</translation>
        </message>
        <message numerus="yes">
            <source>Opening stock booked (%1): %n piece(s) over %2 SKU(s).</source>
            <translation>
                <numerusform>期初库存已登记（%1）：%2 个SKU 共 %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: purchase lead-time SUPPLIER DAYS</source>
            <translation>用法：purchase lead-time 供应商 天数</translation>
        </message>
        <message>
            <source>There is no supplier called “%1”.</source>
            <translation>没有名为“%1”的供应商。</translation>
        </message>
        <message>
            <source>%1 delivers %2 days after an order.</source>
            <translation>%1 下单后 %2 天到货。</translation>
        </message>
        <message>
            <source>Usage: purchase minimum BARCODE N|none</source>
            <translation>用法：purchase minimum 条码 数量|none</translation>
        </message>
        <message>
            <source>%1 keeps its item's minimum again.</source>
            <translation>%1 恢复使用商品的安全库存。</translation>
        </message>
        <message>
            <source>%1 keeps at least %2 in stock.</source>
            <translation>%1 的安全库存为 %2 件。</translation>
        </message>
        <message>
            <source>Usage: purchase supplier ITEM_CODE SUPPLIER [--remove]</source>
            <translation>用法：purchase supplier 货号 供应商 [--remove]</translation>
        </message>
        <message>
            <source>There is no item with the code “%1”.</source>
            <translation>没有货号为“%1”的宝贝。</translation>
        </message>
        <message>
            <source>%1 no longer comes from %2.</source>
            <translation>%1 不再由 %2 供货。</translation>
        </message>
        <message>
            <source>%1 also comes from %2.</source>
            <translation>%1 也由 %2 供货。</translation>
        </message>
        <message>
            <source>Stock planning: the reorder list per supplier (补货: available stock, in transit, minimum, daily sales, days of cover, lead time and the next promotion), purchase orders (采购单) made from it or line by line, received by receiving notes (by default what is still owed), and the items on shelf with sold-out sizes (断码); a supplier's lead time, a SKU's own minimum (安全库存) and an item's further suppliers.</source>
            <translation>库存计划：按供应商的补货清单（可用库存、在途、安全库存、日均销量、可售天数、到货周期与下一个活动），据此或逐行生成的采购单，按入库单到货（默认为供应商仍欠的数量），在售商品的断码清单；以及供应商的到货周期、SKU自己的安全库存和商品的其他供应商。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PostCountCommand</name>
        <message>
            <source>Post count %1</source>
            <translation>过账盘点单 %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PostReceivingCommand</name>
        <message>
            <source>Post receiving note %1</source>
            <translation>过账入库单 %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::Printouts</name>
        <message>
            <source>Receiving note %1</source>
            <translation>入库单 %1</translation>
        </message>
        <message>
            <source>%1 Receiving note</source>
            <translation>%1 入库单</translation>
        </message>
        <message>
            <source>Note %1 · Supplier: %2 · Received: %3</source>
            <translation>单号 %1 · 供应商：%2 · 入库日期：%3</translation>
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
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺码</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>成本单价</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Goods %1 + freight %2 = %3 · paid %4 · owed %5</source>
            <translation>货款 %1 + 运费 %2 = %3 · 已付 %4 · 欠款 %5</translation>
        </message>
        <message>
            <source>Received by: ____________    Buyer: ____________    Date: ____________</source>
            <translation>仓管：____________    进货人员：____________    日期：____________</translation>
        </message>
        <message>
            <source>Supplier exchange list %1</source>
            <translation>退换货单 %1</translation>
        </message>
        <message>
            <source>Copy for the buyer</source>
            <translation>采购联</translation>
        </message>
        <message>
            <source>Copy for the warehouse</source>
            <translation>仓库联</translation>
        </message>
        <message>
            <source>%1 Supplier exchange list</source>
            <translation>%1 退换货单</translation>
        </message>
        <message>
            <source>List %1 · Supplier: %2 · %3 · %4</source>
            <translation>单号 %1 · 供应商：%2 · %3 · %4</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>已换回</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Warehouse: ____________    Buyer: ____________    Supplier: ____________</source>
            <translation>仓管：____________    进货人员：____________    供应商：____________</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PurchaseOrderRepository</name>
        <message>
            <source>Ordered</source>
            <translation>已下单</translation>
        </message>
        <message>
            <source>Partly received</source>
            <translation>部分到货</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已到货</translation>
        </message>
        <message>
            <source>A purchase order needs at least one line.</source>
            <translation>采购单至少需要一行。</translation>
        </message>
        <message>
            <source>A purchase order needs a supplier: there is no supplier number %1.</source>
            <translation>采购单需要供应商：没有编号为 %1 的供应商。</translation>
        </message>
        <message>
            <source>Supplier “%1” is archived: unarchive it to order from it.</source>
            <translation>供应商“%1”已归档：取消归档后才能向其下单。</translation>
        </message>
        <message>
            <source>There is already a purchase order %1.</source>
            <translation>已有采购单 %1。</translation>
        </message>
        <message>
            <source>Purchase order %1, line %2: the quantity must be at least 1 (it is %3).</source>
            <translation>采购单 %1 第 %2 行：数量至少为 1（现为 %3）。</translation>
        </message>
        <message>
            <source>Purchase order %1, line %2: the unit cost cannot be negative.</source>
            <translation>采购单 %1 第 %2 行：单价不能为负。</translation>
        </message>
        <message>
            <source>Purchase order %1, line %2: the SKU is on the order twice.</source>
            <translation>采购单 %1 第 %2 行：该SKU在采购单中重复出现。</translation>
        </message>
        <message>
            <source>Purchase order %1, line %2: there is no SKU with the number %3.</source>
            <translation>采购单 %1 第 %2 行：没有编号为 %3 的SKU。</translation>
        </message>
        <message>
            <source>Goods were received against this purchase order, so it stays on record.</source>
            <translation>此采购单已有到货记录，因此保留。</translation>
        </message>
        <message>
            <source>There is no purchase order number %1.</source>
            <translation>没有编号为 %1 的采购单。</translation>
        </message>
        <message>
            <source>Nothing to receive against purchase order %1: the note has no lines.</source>
            <translation>采购单 %1 无可入库内容：入库单没有数据行。</translation>
        </message>
        <message>
            <source>Purchase order %1 is from %2: a note from another supplier cannot receive it.</source>
            <translation>采购单 %1 的供应商是 %2：其他供应商的入库单不能按它入库。</translation>
        </message>
        <message>
            <source>Purchase order %1 does not order the SKU with the number %2.</source>
            <translation>采购单 %1 中没有编号为 %2 的SKU。</translation>
        </message>
        <message>
            <source>Purchase order %1: %2 %3/%4 is owed %5, not %6.</source>
            <translation>采购单 %1：%2 %3/%4 供应商仍欠 %5 件，而不是 %6 件。</translation>
        </message>
        <message>
            <source>From purchase order %1</source>
            <translation>来自采购单 %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PurchaseOrdersView</name>
        <message>
            <source>Order no.</source>
            <translation>采购单号</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Ordered on</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>预计到货</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>已下单</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已到货</translation>
        </message>
        <message>
            <source>Still owed</source>
            <translation>供应商仍欠</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
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
            <source>Unit cost</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Purchase orders (采购单)</source>
            <translation>采购单</translation>
        </message>
        <message>
            <source>Only those still owed</source>
            <translation>只看未到齐的</translation>
        </message>
        <message>
            <source>No purchase order yet: make one from the reorder list.</source>
            <translation>还没有采购单：可从补货清单生成。</translation>
        </message>
        <message>
            <source>%1 from %2: nothing received yet; the supplier owes %3 piece(s).</source>
            <translation>%1（%2）：尚未到货；供应商仍欠 %3 件。</translation>
        </message>
        <message>
            <source>%1 from %2: received in %3; the supplier still owes %4 piece(s).</source>
            <translation>%1（%2）：已按 %3 到货；供应商仍欠 %4 件。</translation>
        </message>
        <message>
            <source>Select a purchase order first.</source>
            <translation>请先选择一张采购单。</translation>
        </message>
        <message>
            <source>Delete purchase order %1</source>
            <translation>删除采购单 %1</translation>
        </message>
        <message>
            <source>&amp;Receive what is owed</source>
            <translation>按欠货入库(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete order</source>
            <translation>删除采购单(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PurchaseService</name>
        <message>
            <source>The reorder list asks nothing of this supplier today.</source>
            <translation>今天的补货清单不需要向此供应商订货。</translation>
        </message>
        <message>
            <source>There is no purchase order %1.</source>
            <translation>没有采购单 %1。</translation>
        </message>
        <message>
            <source>Purchase order %1 is received in full: the supplier owes nothing more.</source>
            <translation>采购单 %1 已全部到货：供应商不再欠货。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::QualityView</name>
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
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>List</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>已换回</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Save the exchange list (two copies)</source>
            <translation>保存退换货单（两联）</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Quality check: supplier-exchange list</source>
            <translation>质检：退换货单</translation>
        </message>
        <message>
            <source>Supplier:</source>
            <translation>供应商：</translation>
        </message>
        <message>
            <source>Faulty piece:</source>
            <translation>次品：</translation>
        </message>
        <message>
            <source>Scan the faulty piece, then Enter</source>
            <translation>扫描次品后回车</translation>
        </message>
        <message>
            <source>Fault:</source>
            <translation>问题：</translation>
        </message>
        <message>
            <source>Exchange lists</source>
            <translation>退换货单</translation>
        </message>
        <message>
            <source>Replacement:</source>
            <translation>换回：</translation>
        </message>
        <message>
            <source>Scan what the supplier sent back</source>
            <translation>扫描供应商换回的商品</translation>
        </message>
        <message>
            <source>Returns from buyers</source>
            <translation>买家退货</translation>
        </message>
        <message>
            <source>Order number:</source>
            <translation>订单编号：</translation>
        </message>
        <message>
            <source>Barcode:</source>
            <translation>条码：</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <source>Intact: back into stock</source>
            <translation>完好：退回库存</translation>
        </message>
        <message>
            <source>Faulty-goods account</source>
            <translation>次品账</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结单</translation>
        </message>
        <message>
            <source>not replaced by the supplier</source>
            <translation>供应商未换回</translation>
        </message>
        <message>
            <source>damaged return</source>
            <translation>退货损坏</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>没有条码为“%1”的SKU。</translation>
        </message>
        <message>
            <source>Choose the exchange list the replacement belongs to.</source>
            <translation>请选择换回商品所属的退换货单。</translation>
        </message>
        <message>
            <source>awaiting replacement</source>
            <translation>待换回</translation>
        </message>
        <message>
            <source>Book &amp;out and print the list (two copies)</source>
            <translation>出库并打印退换货单（两联）(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Close: the rest to the faulty-goods account</source>
            <translation>结单：未换回的记入次品账(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Book the return</source>
            <translation>登记退货(&amp;B)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReceivePurchaseOrderCommand</name>
        <message>
            <source>Receive purchase order %1</source>
            <translation>采购单 %1 入库</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReceivingRepository</name>
        <message>
            <source>A receiving note needs a number.</source>
            <translation>入库单必须有单号。</translation>
        </message>
        <message>
            <source>Receiving note %1 has no lines.</source>
            <translation>入库单 %1 没有明细。</translation>
        </message>
        <message>
            <source>Receiving note %1, line %2: the quantity must be at least 1 (it is %3).</source>
            <translation>入库单 %1 第 %2 行：数量至少为 1（现为 %3）。</translation>
        </message>
        <message>
            <source>There is no receiving note number %1.</source>
            <translation>没有编号为 %1 的入库单。</translation>
        </message>
        <message>
            <source>Receiving note %1 is already posted.</source>
            <translation>入库单 %1 已经过账。</translation>
        </message>
        <message>
            <source>note number (入库单号)</source>
            <translation>入库单号</translation>
        </message>
        <message>
            <source>supplier (供应商)</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>barcode (条码)</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>quantity (数量)</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>%1 holds no lines.</source>
            <translation>%1 没有任何明细行。</translation>
        </message>
        <message>
            <source>the note number is empty.</source>
            <translation>入库单号为空。</translation>
        </message>
        <message>
            <source>there is no supplier called “%1”.</source>
            <translation>没有名为“%1”的供应商。</translation>
        </message>
        <message>
            <source>“%1” is not a date like 2026-11-24.</source>
            <translation>“%1”不是 2026-11-24 这样的日期。</translation>
        </message>
        <message>
            <source>“%1” is not an amount like 35.50.</source>
            <translation>“%1”不是 35.50 这样的金额。</translation>
        </message>
        <message>
            <source>one file holds one note: “%1” differs from “%2”.</source>
            <translation>一个文件只能有一张入库单：“%1”与“%2”不同。</translation>
        </message>
        <message>
            <source>no SKU has the barcode “%1”.</source>
            <translation>没有条码为“%1”的SKU。</translation>
        </message>
        <message>
            <source>Receiving note %1 is not posted, so there is nothing to reverse.</source>
            <translation>入库单 %1 未过账，没有可冲销的内容。</translation>
        </message>
        <message>
            <source>Reverses receiving note %1</source>
            <translation>冲销入库单 %1</translation>
        </message>
        <message>
            <source>supplier “%1” is archived; unarchive it to receive from it.</source>
            <translation>供应商“%1”已归档；取消归档后才能从它入库。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReceivingService</name>
        <message>
            <source>Supplier “%1” is archived: unarchive it under Suppliers to receive from it again.</source>
            <translation>供应商“%1”已归档：请先在“供应商”中取消归档，再向其入库。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReceivingView</name>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
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
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>成本单价</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>货款</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>运费</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>欠款</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>进货</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>付款</translation>
        </message>
        <message>
            <source>Save the receiving note</source>
            <translation>保存入库单</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>New receiving note</source>
            <translation>新建入库单</translation>
        </message>
        <message>
            <source>Supplier:</source>
            <translation>供应商：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Note number:</source>
            <translation>入库单号：</translation>
        </message>
        <message>
            <source>Scan or search:</source>
            <translation>扫描或搜索：</translation>
        </message>
        <message>
            <source>Barcode, or item code / title / colour / size, then Enter</source>
            <translation>条码，或货号/标题/颜色/尺码，按回车</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <source>Unit cost:</source>
            <translation>进价：</translation>
        </message>
        <message>
            <source>the item's cost</source>
            <translation>商品成本价</translation>
        </message>
        <message>
            <source>Freight:</source>
            <translation>运费：</translation>
        </message>
        <message>
            <source>Paid:</source>
            <translation>已付：</translation>
        </message>
        <message>
            <source>Receiving notes</source>
            <translation>入库单</translation>
        </message>
        <message>
            <source>Supplier account</source>
            <translation>供应商往来</translation>
        </message>
        <message>
            <source>Payment:</source>
            <translation>付款：</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>已过账</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>已冲销</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>没有条码为“%1”的SKU。</translation>
        </message>
        <message>
            <source>Goods %1 + freight %2 = %3 · paid %4 · owed %5</source>
            <translation>货款 %1 + 运费 %2 = %3 · 已付 %4 · 欠款 %5</translation>
        </message>
        <message>
            <source>There is no receiving note number %1.</source>
            <translation>没有编号为 %1 的入库单。</translation>
        </message>
        <message>
            <source>%1: purchases %2, payments %3, owed %4; %5 unreplaced faulty piece(s) worth %6.</source>
            <translation>%1：进货 %2，付款 %3，欠款 %4；未换回次品 %5 件，价值 %6。</translation>
        </message>
        <message>
            <source>“%1” is not an amount like 35.50.</source>
            <translation>“%1”不是 35.50 这样的金额。</translation>
        </message>
        <message>
            <source>Note no.</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>Choose the supplier or type the name of a new one.</source>
            <translation>请选择供应商，或输入新供应商的名称。</translation>
        </message>
        <message>
            <source>New supplier “%1”: create it and post the note?</source>
            <translation>新供应商“%1”：建立并入库？</translation>
        </message>
        <message>
            <source>%1 · %2 · still owed %3</source>
            <translation>%1 · %2 · 仍欠 %3</translation>
        </message>
        <message>
            <source>From purchase order %1: after this note the supplier still owes %2 piece(s).</source>
            <translation>来自采购单 %1：本单入库后供应商仍欠 %2 件。</translation>
        </message>
        <message>
            <source>Purchase order %1 is received in full.</source>
            <translation>采购单 %1 已全部到货。</translation>
        </message>
        <message>
            <source>Remove &amp;line</source>
            <translation>删除此行(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Post note</source>
            <translation>过账入库(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Fill from purchase order (采购单)</source>
            <translation>从采购单填入(&amp;F)</translation>
        </message>
        <message>
            <source>Print to P&amp;DF…</source>
            <translation>打印为PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>Re&amp;verse note</source>
            <translation>冲销入库单(&amp;V)</translation>
        </message>
        <message>
            <source>Record pa&amp;yment</source>
            <translation>记录付款(&amp;Y)</translation>
        </message>
        <message>
            <source>Create &amp;and post</source>
            <translation>建立并入库(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReorderRepository</name>
        <message>
            <source>A minimum stock cannot be below 0 (it is %1).</source>
            <translation>安全库存不能小于 0（现为 %1）。</translation>
        </message>
        <message>
            <source>There is no SKU with the number %1.</source>
            <translation>没有编号为 %1 的SKU。</translation>
        </message>
        <message>
            <source>A lead time is 0 to 365 days, not %1.</source>
            <translation>到货周期应为 0 到 365 天，而不是 %1。</translation>
        </message>
        <message>
            <source>There is no supplier with the number %1.</source>
            <translation>没有编号为 %1 的供应商。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReorderView</name>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
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
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺码</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>在库</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用库存</translation>
        </message>
        <message>
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <source>Daily sales</source>
            <translation>日均销量</translation>
        </message>
        <message>
            <source>Days of cover</source>
            <translation>可售天数</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>补货</translation>
        </message>
        <message>
            <source>Decide by</source>
            <translation>最晚决定日</translation>
        </message>
        <message>
            <source>Sold out</source>
            <translation>断码</translation>
        </message>
        <message>
            <source>Still available</source>
            <translation>有货尺码</translation>
        </message>
        <message>
            <source>Items on shelf with sold-out sizes (断码)</source>
            <translation>在售商品断码清单</translation>
        </message>
        <message>
            <source>(no supplier)</source>
            <translation>（未指定供应商）</translation>
        </message>
        <message>
            <source>not selling</source>
            <translation>无销量</translation>
        </message>
        <message numerus="yes">
            <source>%n SKU(s) to reorder, %1 piece(s), covering each supplier's lead time.</source>
            <translation>
                <numerusform>需补货 %n 个SKU，共 %1 件，覆盖各供应商的到货周期。</numerusform>
            </translation>
        </message>
        <message>
            <source>Next promotion: %1 on %2, which last year sold %3 × an ordinary day; decide a week before it (%4).</source>
            <translation>下一个活动：%2 的%1，去年销量是平日的 %3 倍；请提前一周（%4）决定补货。</translation>
        </message>
        <message>
            <source>Next promotion: %1 on %2 (no figures of it last year); decide a week before it (%3).</source>
            <translation>下一个活动：%2 的%1（没有去年的数据）；请提前一周（%3）决定补货。</translation>
        </message>
        <message>
            <source>Select a line of the reorder list first.</source>
            <translation>请先选择补货清单中的一行。</translation>
        </message>
        <message>
            <source>This item has no supplier yet: link one under Suppliers, then order.</source>
            <translation>此商品还没有供应商：请先在供应商中关联，再下单。</translation>
        </message>
        <message>
            <source>&amp;Minimum of this SKU (安全库存):</source>
            <translation>此SKU的安全库存(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Lead time of its supplier (days):</source>
            <translation>其供应商的到货周期（天）(&amp;L)：</translation>
        </message>
        <message>
            <source>Set &amp;minimum</source>
            <translation>设置安全库存(&amp;M)</translation>
        </message>
        <message>
            <source>Set &amp;lead time</source>
            <translation>设置到货周期(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Purchase order for this supplier (采购单)</source>
            <translation>为此供应商生成采购单(&amp;P)</translation>
        </message>
        <message>
            <source>Set the minimum stock of %1</source>
            <translation>设置 %1 的安全库存</translation>
        </message>
        <message>
            <source>Set the lead time of %1</source>
            <translation>设置 %1 的到货周期</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReverseMoveCommand</name>
        <message>
            <source>Reverse stock movement %1</source>
            <translation>冲销出入库记录 %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ScanCommand</name>
        <message>
            <source>Scan %1</source>
            <translation>扫描 %1</translation>
        </message>
        <message>
            <source>Scan %1 × %2</source>
            <translation>扫描 %1 × %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReport</name>
        <message>
            <source>Received</source>
            <translation>采购入库</translation>
        </message>
        <message>
            <source>Buyer returns</source>
            <translation>退货入库</translation>
        </message>
        <message>
            <source>Supplier replacements</source>
            <translation>换货入库</translation>
        </message>
        <message>
            <source>Count gains</source>
            <translation>盘盈</translation>
        </message>
        <message>
            <source>Other in</source>
            <translation>其他入库</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>发货出库</translation>
        </message>
        <message>
            <source>Faulty to supplier</source>
            <translation>次品退供</translation>
        </message>
        <message>
            <source>Count losses</source>
            <translation>盘亏</translation>
        </message>
        <message>
            <source>Other out</source>
            <translation>其他出库</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
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
            <source>Opening</source>
            <translation>期初</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入库</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>出库</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>期末</translation>
        </message>
        <message>
            <source>Opening value</source>
            <translation>期初金额</translation>
        </message>
        <message>
            <source>In at cost</source>
            <translation>入库金额</translation>
        </message>
        <message>
            <source>Out at cost</source>
            <translation>出库金额</translation>
        </message>
        <message>
            <source>Cost change</source>
            <translation>成本调整</translation>
        </message>
        <message>
            <source>Closing value</source>
            <translation>期末金额</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Stock %1 to %2</source>
            <translation>进销存 %1 至 %2</translation>
        </message>
        <message>
            <source>“%1”: the stock report is written as .xlsx or .pdf.</source>
            <translation>“%1”：进销存报表只能导出为 .xlsx 或 .pdf。</translation>
        </message>
        <message>
            <source>Stock report (进销存) %1 to %2</source>
            <translation>进销存报表 %1 至 %2</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
        <message>
            <source>Opening stock booked</source>
            <translation>期初建账</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReportCli</name>
        <message>
            <source>The period stock report (进销存报表): opening, in and out by kind, closing, per SKU, item or category, in pieces and at cost.</source>
            <translation>进销存报表：期初、按类别的入库与出库、期末，按 SKU、宝贝或类目，列出件数和库存金额。</translation>
        </message>
        <message>
            <source>stock-report needs --from and --to dates like 2026-11-01, and takes --by sku, item or category and --out FILE.xlsx or FILE.pdf.</source>
            <translation>stock-report 需要 --from 和 --to 日期（如 2026-11-01），可加 --by sku、item 或 category，以及 --out 文件.xlsx 或 文件.pdf。</translation>
        </message>
        <message>
            <source>stock-report: --from %1 comes after --to %2.</source>
            <translation>stock-report：--from %1 晚于 --to %2。</translation>
        </message>
        <message>
            <source>%1 to %2, %3 rows: opening %4, in %5, out %6, closing %7 pieces; at cost %8 → %9.</source>
            <translation>%1 至 %2，%3 行：期初 %4，入库 %5，出库 %6，期末 %7 件；库存金额 %8 → %9。</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>已写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReportRepository</name>
        <message>
            <source>The stock report needs a first day on or before its last day.</source>
            <translation>进销存报表的开始日期不能晚于结束日期。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReportView</name>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
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
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>期初</translation>
        </message>
        <message>
            <source>In</source>
            <translation>入库</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>出库</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>期末</translation>
        </message>
        <message>
            <source>Opening value</source>
            <translation>期初金额</translation>
        </message>
        <message>
            <source>In at cost</source>
            <translation>入库金额</translation>
        </message>
        <message>
            <source>Out at cost</source>
            <translation>出库金额</translation>
        </message>
        <message>
            <source>Cost change</source>
            <translation>成本调整</translation>
        </message>
        <message>
            <source>Closing value</source>
            <translation>期末金额</translation>
        </message>
        <message>
            <source>The first day comes after the last day.</source>
            <translation>开始日期晚于结束日期。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>%1 to %2: opening %3, in %4, out %5, closing %6 pieces; stock value %7 → %8</source>
            <translation>%1 至 %2：期初 %3，入库 %4，出库 %5，期末 %6 件；库存金额 %7 → %8</translation>
        </message>
        <message>
            <source>Export the stock report</source>
            <translation>导出进销存报表</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
            <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Per %1</source>
            <translation>按%1</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockView</name>
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
            <source>On hand</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Search item code, title, colour, size or barcode</source>
            <translation>搜索货号、标题、颜色、尺码或条码</translation>
        </message>
        <message>
            <source>%1 %2: %3 on hand, keep %4, order %5</source>
            <translation>%1 %2：库存 %3，应保持 %4，需补 %5</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2) is %n day(s) away: reorder these main items now — %3</source>
            <translation>
                <numerusform>%1（%2）还有 %n 天：请现在为这些主推款补货 — %3</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n SKU(s)</source>
            <translation>
                <numerusform>%1 / %n 个SKU</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeCountBar</name>
        <message>
            <source>&amp;Start count</source>
            <translation>开始盘点(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Post</source>
            <translation>过账(&amp;P)</translation>
        </message>
        <message>
            <source>Re&amp;verse</source>
            <translation>冲销(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>盘点表(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import counts…</source>
            <translation>导入盘点数量(&amp;I)…</translation>
        </message>
        <message>
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>已过账</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>已冲销</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Whole store</source>
            <translation>全店</translation>
        </message>
        <message>
            <source>&amp;Blind count</source>
            <translation>盲盘(&amp;B)</translation>
        </message>
        <message>
            <source>The counters do not see the expected quantities until the count is posted.</source>
            <translation>盘点单过账前，盘点人员看不到应有数。</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeReport</name>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
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
            <source>System</source>
            <translation>账面数</translation>
        </message>
        <message>
            <source>Moved during count</source>
            <translation>盘点期间出入库</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>应有数</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>实盘数</translation>
        </message>
        <message>
            <source>Surplus / shortage</source>
            <translation>盘盈/盘亏</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>成本单价</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Stock-take</source>
            <translation>盘点</translation>
        </message>
        <message>
            <source>Stock-take %1</source>
            <translation>盘点单 %1</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Stock-take %1 %2</source>
            <translation>盘点表 %1 %2</translation>
        </message>
        <message>
            <source>whole store</source>
            <translation>全店</translation>
        </message>
        <message>
            <source>Scope: %1. Started %2 by %3. Expected %4, counted %5; surplus %6 pieces (%7), shortage %8 pieces (%9).</source>
            <translation>范围：%1。%2 由 %3 开始。应有 %4，实盘 %5；盘盈 %6 件（%7），盘亏 %8 件（%9）。</translation>
        </message>
        <message>
            <source>Counted by: ____________    Checked by: ____________    Date: ____________</source>
            <translation>盘点人：____________    复核人：____________    日期：____________</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeRepository</name>
        <message>
            <source>Count %1 is still open: post it before starting another one.</source>
            <translation>盘点单 %1 还在进行中：请先过账再开始新的盘点。</translation>
        </message>
        <message>
            <source>There are no items in the category “%1”.</source>
            <translation>类目“%1”下没有商品。</translation>
        </message>
        <message>
            <source>There is no count number %1.</source>
            <translation>没有编号为 %1 的盘点单。</translation>
        </message>
        <message>
            <source>Count %1 is already posted; it takes no more counting.</source>
            <translation>盘点单 %1 已过账，不能再盘点。</translation>
        </message>
        <message>
            <source>An empty barcode cannot be counted.</source>
            <translation>空条码无法盘点。</translation>
        </message>
        <message>
            <source>Barcode %1: the quantity must be between 1 and 100000 (it is %2).</source>
            <translation>条码 %1：数量必须在 1 到 100000 之间（现在是 %2）。</translation>
        </message>
        <message>
            <source>A count cannot be below zero (it is %1).</source>
            <translation>实盘数不能小于零（现在是 %1）。</translation>
        </message>
        <message>
            <source>There is no SKU with the number %1.</source>
            <translation>没有编号为 %1 的SKU。</translation>
        </message>
        <message>
            <source>barcode (条码)</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>quantity (数量)</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>%1 was already imported into count %2; nothing was added.</source>
            <translation>%1 已导入过盘点单 %2，本次没有增加任何数量。</translation>
        </message>
        <message>
            <source>the barcode is empty.</source>
            <translation>条码为空。</translation>
        </message>
        <message>
            <source>There is no count row number %1.</source>
            <translation>没有编号为 %1 的盘点记录。</translation>
        </message>
        <message>
            <source>Count row %1 was already undone.</source>
            <translation>盘点记录 %1 已撤销过。</translation>
        </message>
        <message>
            <source>There is no unknown scan number %1.</source>
            <translation>没有编号为 %1 的未知条码记录。</translation>
        </message>
        <message>
            <source>Unknown scan %1 was already resolved.</source>
            <translation>未知条码记录 %1 已处理过。</translation>
        </message>
        <message numerus="yes">
            <source>Count %1 cannot be posted: %n unknown scan(s) wait to be resolved (%2).</source>
            <translation>
                <numerusform>盘点单 %1 无法过账：还有 %n 个未知条码待处理（%2）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Count %1 is not posted, so there is nothing to reverse.</source>
            <translation>盘点单 %1 未过账，没有可冲销的内容。</translation>
        </message>
        <message>
            <source>Reverses count %1</source>
            <translation>冲销盘点单 %1</translation>
        </message>
        <message>
            <source>“%1” is not a number of pieces from 0 to 9,999.</source>
            <translation>“%1”不是 0 到 9,999 之间的件数。</translation>
        </message>
        <message>
            <source>%1 is %2 %3/%4 from %5: this count is of %6 only, so it was not counted. Put it back with the %5.</source>
            <translation>%1 是%5的 %2 %3/%4：本次只盘%6，未计入。请放回%5区。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeScanRow</name>
        <message>
            <source>Scan:</source>
            <translation>扫描：</translation>
        </message>
        <message>
            <source>Scan or type a barcode, then Enter (CODE*3 or *3 for several)</source>
            <translation>扫描或输入条码后回车（多件：条码*3 或先输入 *3）</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>A count cannot be negative (%1).</source>
            <translation>盘点数量不能为负数（%1）。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeService</name>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>没有条码为“%1”的SKU。</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 SKUs uncounted: %3 would be booked as a shortage (%n piece(s)).</source>
            <translation>
                <numerusform>%2 个 SKU 中有 %1 个未盘：%3 将记为盘亏（%n 件）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeView</name>
        <message>
            <source>Post count %1? Every difference is booked into stock.</source>
            <translation>过账盘点单 %1？所有盘盈盘亏将记入库存。</translation>
        </message>
        <message>
            <source>Reverse count %1? Its adjustments are taken back by compensating entries.</source>
            <translation>冲销盘点单 %1？其调整将以冲销记录收回。</translation>
        </message>
        <message>
            <source>whole store</source>
            <translation>全店</translation>
        </message>
        <message>
            <source>Count %1 (%2) is open: started %3 by %4.</source>
            <translation>盘点单 %1（%2）进行中：%3 由 %4 开始。</translation>
        </message>
        <message>
            <source>Count %1 (%2) was posted %3 by %4.</source>
            <translation>盘点单 %1（%2）已于 %3 由 %4 过账。</translation>
        </message>
        <message>
            <source>Count %1 (%2) was posted, then reversed %3 by %4.</source>
            <translation>盘点单 %1（%2）已过账，后于 %3 由 %4 冲销。</translation>
        </message>
        <message>
            <source>No count yet: choose the scope and start one.</source>
            <translation>还没有盘点：请选择范围并开始盘点。</translation>
        </message>
        <message>
            <source>%1 %2 — colour × size: counted / expected (difference); double-click a cell to type a count</source>
            <translation>%1 %2 — 颜色 × 尺码：实盘 / 应有（差异）；双击格子可输入数量</translation>
        </message>
        <message>
            <source>It is the %1: the monthly stock-take (28th–31st) has not been posted yet this month.</source>
            <translation>今天是 %1：本月的盘点（每月 28–31 日）还没有过账。</translation>
        </message>
        <message>
            <source>No count is open: start one first (%1 was not counted).</source>
            <translation>没有进行中的盘点：请先开始盘点（%1 未计入）。</translation>
        </message>
        <message>
            <source>%1 %2/%3  +%4 → %5</source>
            <translation>%1 %2/%3  +%4 → %5</translation>
        </message>
        <message>
            <source>Unknown barcode %1 (× %2): kept in the list to resolve.</source>
            <translation>未知条码 %1（× %2）：已记入待处理列表。</translation>
        </message>
        <message>
            <source>Pieces of %1 %2/%3 on the shelf:</source>
            <translation>货架上 %1 %2/%3 的件数：</translation>
        </message>
        <message>
            <source>There is no count to report.</source>
            <translation>没有可以出表的盘点。</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Save the stock-take report</source>
            <translation>保存盘点表</translation>
        </message>
        <message>
            <source>Expected %1, counted %2 pieces · surplus %3 pieces, %4 · shortage %5 pieces, %6 · %7 of %8 SKUs differ · %9 unknown</source>
            <translation>应有 %1 件，实盘 %2 件 · 盘盈 %3 件，%4 · 盘亏 %5 件，%6 · %8 个SKU中 %7 个有差异 · 未知条码 %9 个</translation>
        </message>
        <message>
            <source>Import a count CSV</source>
            <translation>导入盘点数量CSV</translation>
        </message>
        <message>
            <source>No count is open: start one first.</source>
            <translation>没有进行中的盘点：请先开始盘点。</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) imported from %1.</source>
            <translation>
                <numerusform>已从 %1 导入 %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Post now</source>
            <translation>立即过账</translation>
        </message>
        <message>
            <source>Reverse now</source>
            <translation>立即冲销</translation>
        </message>
        <message>
            <source>Count %1 as %2</source>
            <translation>%1 计为 %2</translation>
        </message>
        <message>
            <source>Post count %1? %2 Every difference is booked into stock; count those SKUs first if they are on the shelf.</source>
            <translation>过账盘点单 %1？%2 所有差异都将记入库存；货架上还有的 SKU 请先盘。</translation>
        </message>
        <message>
            <source>Blind count: %1 pieces counted · %2 of %3 SKUs counted · %4 unknown</source>
            <translation>盲盘：已盘 %1 件 · %3 个 SKU 已盘 %2 个 · 未知条码 %4 个</translation>
        </message>
        <message>
            <source>%1 %2 — colour × size: counted (blind count); double-click a cell to type a count</source>
            <translation>%1 %2 — 颜色 × 尺码：实盘数（盲盘）；双击格子输入盘点数</translation>
        </message>
        <message>
            <source>Count %1 posted.</source>
            <translation>盘点单 %1 已过账。</translation>
        </message>
        <message>
            <source>Count %1 reversed.</source>
            <translation>盘点单 %1 已冲回。</translation>
        </message>
        <message>
            <source>Count report exported to %1.</source>
            <translation>盘点报告已导出到 %1。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::SupplierAccountRepository</name>
        <message>
            <source>A payment must be more than zero (it is %1).</source>
            <translation>付款必须大于零（现在是 %1）。</translation>
        </message>
        <message>
            <source>There is no supplier number %1.</source>
            <translation>没有编号为 %1 的供应商。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::SupplierEditRepository</name>
        <message>
            <source>The supplier is in use by now (notes, payments or items) and stays.</source>
            <translation>该供应商已被使用（入库单、付款或商品），无法删除。</translation>
        </message>
        <message>
            <source>There is no such supplier.</source>
            <translation>没有这个供应商。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::SupplierService</name>
        <message>
            <source>A supplier needs a name.</source>
            <translation>供应商必须有名称。</translation>
        </message>
        <message>
            <source>There is already a supplier called “%1”.</source>
            <translation>已有名为“%1”的供应商。</translation>
        </message>
        <message>
            <source>name (供应商)</source>
            <translation>名称（供应商）</translation>
        </message>
        <message>
            <source>%1 holds no suppliers.</source>
            <translation>%1 中没有供应商。</translation>
        </message>
        <message>
            <source>the supplier's name is empty.</source>
            <translation>供应商名称为空。</translation>
        </message>
        <message>
            <source>there is already a supplier called “%1”.</source>
            <translation>已有名为“%1”的供应商。</translation>
        </message>
        <message>
            <source>There is no supplier called “%1”.</source>
            <translation>没有名为“%1”的供应商。</translation>
        </message>
        <message>
            <source>Supplier %1</source>
            <translation>供应商 %1 的资料</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::SuppliersView</name>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Items supplied</source>
            <translation>供货商品</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>联系人：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>城市：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Add supplier %1</source>
            <translation>添加供应商 %1</translation>
        </message>
        <message>
            <source>Choose the supplier to change.</source>
            <translation>请选择要修改的供应商。</translation>
        </message>
        <message>
            <source>Change supplier %1</source>
            <translation>修改供应商 %1</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>显示已归档</translation>
        </message>
        <message>
            <source>Choose the supplier to archive.</source>
            <translation>请选择要归档的供应商。</translation>
        </message>
        <message>
            <source>Supplier “%1” is archived already.</source>
            <translation>供应商“%1”已经归档。</translation>
        </message>
        <message>
            <source>Archive supplier “%1”: the %2 item(s) it supplies and its %3 receiving note(s) stay as they are, but a new receiving note can no longer choose it.</source>
            <translation>归档供应商“%1”：它供货的 %2 个宝贝和 %3 张入库单不受影响，但新入库单不能再选它。</translation>
        </message>
        <message>
            <source>Choose the archived supplier to unarchive.</source>
            <translation>请选择要取消归档的已归档供应商。</translation>
        </message>
        <message>
            <source>Archive supplier %1</source>
            <translation>归档供应商 %1</translation>
        </message>
        <message>
            <source>Unarchive supplier %1</source>
            <translation>取消归档供应商 %1</translation>
        </message>
        <message>
            <source>&amp;Item code:</source>
            <translation>货号(&amp;I)：</translation>
        </message>
        <message>
            <source>an item that also comes from the selected supplier</source>
            <translation>也由所选供应商供货的宝贝</translation>
        </message>
        <message>
            <source>The item also comes from the selected supplier (its own supplier stays)</source>
            <translation>这款宝贝也由所选供应商供货（原供应商不变）</translation>
        </message>
        <message>
            <source>Choose the supplier first.</source>
            <translation>请先选择供应商。</translation>
        </message>
        <message>
            <source>There is no item with the code “%1”.</source>
            <translation>没有货号为“%1”的宝贝。</translation>
        </message>
        <message>
            <source>%1 is the item's own supplier of %2; change that in the item's details.</source>
            <translation>%1 是 %2 的主供应商；请在宝贝资料中修改。</translation>
        </message>
        <message>
            <source>%1 comes from %2 already.</source>
            <translation>%1 已由 %2 供货。</translation>
        </message>
        <message>
            <source>%1 does not come from %2.</source>
            <translation>%1 不由 %2 供货。</translation>
        </message>
        <message>
            <source>%1 also from %2</source>
            <translation>%1 也由 %2 供货</translation>
        </message>
        <message>
            <source>%1 no longer from %2</source>
            <translation>%1 不再由 %2 供货</translation>
        </message>
        <message>
            <source>A&amp;lso supplies it</source>
            <translation>也供这款(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;No longer supplies it</source>
            <translation>不再供这款(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Add supplier</source>
            <translation>添加供应商(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>A&amp;rchive</source>
            <translation>归档(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation>取消归档(&amp;U)</translation>
        </message>
        <message>
            <source>Archive no&amp;w</source>
            <translation>确认归档(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message numerus="yes">
            <source>%1 … (%n item(s) in all)</source>
            <translation>
                <numerusform>%1 …（共 %n 款）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::UnknownScansBox</name>
        <message>
            <source>Unknown barcodes to resolve</source>
            <translation>待处理的未知条码</translation>
        </message>
        <message>
            <source>The right barcode for the selected code</source>
            <translation>所选条码对应的正确条码</translation>
        </message>
        <message>
            <source>%1 × %2  (%3, %4)</source>
            <translation>%1 × %2（%3，%4）</translation>
        </message>
        <message>
            <source>C&amp;ount as this SKU</source>
            <translation>计入此SKU(&amp;O)</translation>
        </message>
        <message>
            <source>Set &amp;aside</source>
            <translation>搁置(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::VarianceGridModel</name>
        <message>
            <source>Expected %1 (system %2, moved during the count %3), counted %4: %5 pieces, %6</source>
            <translation>应有 %1（账面 %2，盘点期间出入库 %3），实盘 %4：差异 %5 件，%6</translation>
        </message>
        <message>
            <source>Colour total</source>
            <translation>颜色合计</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>未盘</translation>
        </message>
        <message>
            <source>not counted / %1</source>
            <translation>未盘 / %1</translation>
        </message>
        <message>
            <source>Expected %1 (system %2, moved during the count %3), not counted yet</source>
            <translation>应有 %1（账面 %2，盘点期间变动 %3），尚未盘点</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::VarianceItemModel</name>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>应有数</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>实盘数</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>盘盈</translation>
        </message>
        <message>
            <source>Shortage</source>
            <translation>盘亏</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
    </context>
</TS>
