<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <message>
            <source>Usage: stocktake start [--scope CATEGORY]</source>
            <translation>用法：stocktake start [--scope 类目]</translation>
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
            <source>Usage: stocktake report [--id N] [--csv FILE] [--xlsx FILE]</source>
            <translation>用法：stocktake report [--id 单号] [--csv 文件] [--xlsx 文件]</translation>
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
            <source>Stock on hand per SKU (all, or one barcode or item code).</source>
            <translation>每个SKU的库存（全部，或按条码、货号）。</translation>
        </message>
        <message>
            <source>Every stock movement of one SKU with the running balance.</source>
            <translation>一个SKU的全部出入库记录及结存。</translation>
        </message>
        <message>
            <source>The stock-take (盘点): scans are read from the arguments or one per line from standard input, each committed and acknowledged as it is read.</source>
            <translation>盘点：从参数或标准输入逐行读取条码，每读一个即提交并确认。</translation>
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
        <name>shopdesk::inventory::InventoryPanel</name>
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
            <source>“%1” is not a number of pieces (1 or more).</source>
            <translation>“%1”不是件数（至少为 1）。</translation>
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
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
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
            <source>“%1” is not a number of pieces (a whole number, 0 or more).</source>
            <translation>“%1”不是件数（0 或以上的整数）。</translation>
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
    </context>
</TS>
