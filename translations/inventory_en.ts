<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Printouts</name>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::BookReturnCommand</name>
        <message>
            <source>Return from order %1</source>
            <translation>Return from order %1</translation>
        </message>
        <message>
            <source>Damaged return from order %1</source>
            <translation>Damaged return from order %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::Cli</name>
        <message>
            <source>--id needs a count number, not “%1”.</source>
            <translation>--id needs a count number, not “%1”.</translation>
        </message>
        <message>
            <source>No count is open: start one with “stocktake start”.</source>
            <translation>No count is open: start one with “stocktake start”.</translation>
        </message>
        <message>
            <source>Usage: receive NOTE.csv</source>
            <translation>Usage: receive NOTE.csv</translation>
        </message>
        <message numerus="yes">
            <source>Receiving note %1 posted: %n piece(s) booked in.</source>
            <translation>
                <numerusform>Receiving note %1 posted: %n piece booked in.</numerusform>
                <numerusform>Receiving note %1 posted: %n pieces booked in.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: stock [--sku BARCODE|ITEM_CODE]</source>
            <translation>Usage: stock [--sku BARCODE|ITEM_CODE]</translation>
        </message>
        <message>
            <source>No SKU has the barcode or item code “%1”.</source>
            <translation>No SKU has the barcode or item code “%1”.</translation>
        </message>
        <message>
            <source>Usage: ledger --sku BARCODE</source>
            <translation>Usage: ledger --sku BARCODE</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>No SKU has the barcode “%1”.</translation>
        </message>
        <message>
            <source>Usage: stocktake start|scan|import|report|post|reverse …</source>
            <translation>Usage: stocktake start|scan|import|report|post|reverse …</translation>
        </message>
        <message>
            <source>stocktake does not know “%1”: use start, scan, import, report, post or reverse.</source>
            <translation>stocktake does not know “%1”: use start, scan, import, report, post or reverse.</translation>
        </message>
        <message numerus="yes">
            <source>Count %1 started over %n SKU(s).</source>
            <translation>
                <numerusform>Count %1 started over %n SKU.</numerusform>
                <numerusform>Count %1 started over %n SKUs.</numerusform>
            </translation>
        </message>
        <message>
            <source>OK %1 %2 %3/%4 +%5 → %6</source>
            <translation>OK %1 %2 %3/%4 +%5 → %6</translation>
        </message>
        <message>
            <source>UNKNOWN %1 +%2 (queued to resolve)</source>
            <translation>UNKNOWN %1 +%2 (queued to resolve)</translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) committed to count %1.</source>
            <translation>
                <numerusform>%n scan committed to count %1.</numerusform>
                <numerusform>%n scans committed to count %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: stocktake import [--id N] COUNTS.csv</source>
            <translation>Usage: stocktake import [--id N] COUNTS.csv</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) imported into count %1.</source>
            <translation>
                <numerusform>%n piece imported into count %1.</numerusform>
                <numerusform>%n pieces imported into count %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count %1 (%2): expected %3, counted %4; surplus %5 pieces (%6), shortage %7 pieces (%8); %9 unknown scan(s).</source>
            <translation>Count %1 (%2): expected %3, counted %4; surplus %5 pieces (%6), shortage %7 pieces (%8); %9 unknown scan(s).</translation>
        </message>
        <message>
            <source>Usage: stocktake post [--id N]</source>
            <translation>Usage: stocktake post [--id N]</translation>
        </message>
        <message numerus="yes">
            <source>Count %1 posted: %n adjustment(s) booked.</source>
            <translation>
                <numerusform>Count %1 posted: %n adjustment booked.</numerusform>
                <numerusform>Count %1 posted: %n adjustments booked.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: stocktake reverse ID</source>
            <translation>Usage: stocktake reverse ID</translation>
        </message>
        <message numerus="yes">
            <source>Count %1 reversed: %n compensating row(s) booked.</source>
            <translation>
                <numerusform>Count %1 reversed: %n compensating row booked.</numerusform>
                <numerusform>Count %1 reversed: %n compensating rows booked.</numerusform>
            </translation>
        </message>
        <message>
            <source>Post a receiving note (入库单) from a CSV file into stock.</source>
            <translation>Post a receiving note from a CSV file into stock.</translation>
        </message>
        <message>
            <source>Every stock movement of one SKU with the running balance.</source>
            <translation>Every stock movement of one SKU with the running balance.</translation>
        </message>
        <message>
            <source>The stock-take (盘点): scans are read from the arguments or one per line from standard input, each committed and acknowledged as it is read.</source>
            <translation>The stock-take: scans are read from the arguments or one per line from standard input, each committed and acknowledged as it is read.</translation>
        </message>
        <message>
            <source>Usage: stocktake report [--id N] [--csv FILE] [--xlsx FILE] [--pdf FILE]</source>
            <translation>Usage: stocktake report [--id N] [--csv FILE] [--xlsx FILE] [--pdf FILE]</translation>
        </message>
        <message>
            <source>Usage: suppliers list</source>
            <translation>Usage: suppliers list</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>No suppliers yet.</source>
            <translation>No suppliers yet.</translation>
        </message>
        <message>
            <source>Usage: suppliers add NAME [--contact C] [--phone P] [--city C] [--note N]</source>
            <translation>Usage: suppliers add NAME [--contact C] [--phone P] [--city C] [--note N]</translation>
        </message>
        <message>
            <source>Supplier “%1” added.</source>
            <translation>Supplier “%1” added.</translation>
        </message>
        <message>
            <source>Usage: suppliers import FILE.csv</source>
            <translation>Usage: suppliers import FILE.csv</translation>
        </message>
        <message numerus="yes">
            <source>%n supplier(s) imported from %1.</source>
            <translation>
                <numerusform>%n supplier imported from %1.</numerusform>
                <numerusform>%n suppliers imported from %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  %2 %3 %4  %5  items: %6  archived: %7</source>
            <translation>%1  %2 %3 %4  %5  items: %6  archived: %7</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Usage: suppliers archive NAME</source>
            <translation>Usage: suppliers archive NAME</translation>
        </message>
        <message>
            <source>Usage: suppliers unarchive NAME</source>
            <translation>Usage: suppliers unarchive NAME</translation>
        </message>
        <message>
            <source>Supplier “%1” archived.</source>
            <translation>Supplier “%1” archived.</translation>
        </message>
        <message>
            <source>Supplier “%1” unarchived.</source>
            <translation>Supplier “%1” unarchived.</translation>
        </message>
        <message>
            <source>The suppliers (供应商): list them with the items each supplies, add one, import a CSV file (name, contact, phone, city, note; Chinese or English headers; all or nothing), or archive one the shop no longer buys from (and unarchive it).</source>
            <translation>The suppliers: list them with the items each supplies, add one, import a CSV file (name, contact, phone, city, note; Chinese or English headers; all or nothing), or archive one the shop no longer buys from (and unarchive it).</translation>
        </message>
        <message>
            <source>Stock on hand and available (可用库存: on hand less paid orders not yet shipped) per SKU (all, or one barcode or item code); or book opening stock (期初库存) from a count file or a first stock-take.</source>
            <translation>Stock on hand and available (可用库存: on hand less paid orders not yet shipped) per SKU (all, or one barcode or item code); or book opening stock (期初库存) from a count file or a first stock-take.</translation>
        </message>
        <message>
            <source>Usage: stocktake start [--scope CATEGORY] [--blind]</source>
            <translation>Usage: stocktake start [--scope CATEGORY] [--blind]</translation>
        </message>
        <message numerus="yes">
            <source>Blind count %1 started over %n SKU(s): the expected quantities stay hidden until it is posted.</source>
            <translation>
                <numerusform>Blind count %1 started over %n SKU: the expected quantities stay hidden until it is posted.</numerusform>
                <numerusform>Blind count %1 started over %n SKUs: the expected quantities stay hidden until it is posted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count %1 is a blind count: its variance report can be written once it is posted.</source>
            <translation>Count %1 is a blind count: its variance report can be written once it is posted.</translation>
        </message>
        <message>
            <source>Blind count %1: %2 pieces counted · %3 of %4 SKUs counted · %5 unknown</source>
            <translation>Blind count %1: %2 pieces counted · %3 of %4 SKUs counted · %5 unknown</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::CreatePurchaseOrderCommand</name>
        <message>
            <source>Purchase order to %1</source>
            <translation>Purchase order to %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::Factory</name>
        <message>
            <source>Inventory</source>
            <translation>Inventory</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::FaultyGoodsRepository</name>
        <message>
            <source>An exchange list needs a number.</source>
            <translation>An exchange list needs a number.</translation>
        </message>
        <message>
            <source>Exchange list %1 has no lines.</source>
            <translation>Exchange list %1 has no lines.</translation>
        </message>
        <message>
            <source>Exchange list %1, line %2: the quantity must be at least 1 (it is %3).</source>
            <translation>Exchange list %1, line %2: the quantity must be at least 1 (it is %3).</translation>
        </message>
        <message>
            <source>There is no exchange list number %1.</source>
            <translation>There is no exchange list number %1.</translation>
        </message>
        <message>
            <source>A replacement needs at least 1 piece (it is %1).</source>
            <translation>A replacement needs at least 1 piece (it is %1).</translation>
        </message>
        <message>
            <source>Exchange list %1 is closed.</source>
            <translation>Exchange list %1 is closed.</translation>
        </message>
        <message>
            <source>Exchange list %1 holds no such SKU.</source>
            <translation>Exchange list %1 holds no such SKU.</translation>
        </message>
        <message>
            <source>Exchange list %1: only %2 piece(s) of this SKU are still to be replaced, not %3.</source>
            <translation>Exchange list %1: only %2 piece(s) of this SKU are still to be replaced, not %3.</translation>
        </message>
        <message>
            <source>Exchange list %1 is already closed.</source>
            <translation>Exchange list %1 is already closed.</translation>
        </message>
        <message>
            <source>A return needs at least 1 piece (it is %1).</source>
            <translation>A return needs at least 1 piece (it is %1).</translation>
        </message>
        <message>
            <source>There is no order %1.</source>
            <translation>There is no order %1.</translation>
        </message>
        <message>
            <source>Order %1 holds %2 piece(s) of this SKU and %3 came back already: %4 more cannot be returned.</source>
            <translation>Order %1 holds %2 piece(s) of this SKU and %3 came back already: %4 more cannot be returned.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::InventoryWorkbench</name>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Receiving</translation>
        </message>
        <message>
            <source>Stock-take</source>
            <translation>Stock-take</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>Movements</translation>
        </message>
        <message>
            <source>Quality and returns</source>
            <translation>Quality and returns</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>&amp;Find a SKU</source>
            <translation>&amp;Find a SKU</translation>
        </message>
        <message>
            <source>&amp;Import counts…</source>
            <translation>&amp;Import counts…</translation>
        </message>
        <message>
            <source>&amp;Export the stock-take report…</source>
            <translation>&amp;Export the stock-take report…</translation>
        </message>
        <message>
            <source>&amp;Print the stock-take report…</source>
            <translation>&amp;Print the stock-take report…</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Suppliers</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>Reorder</translation>
        </message>
        <message>
            <source>Purchase orders</source>
            <translation>Purchase orders</translation>
        </message>
        <message>
            <source>Stock report</source>
            <translation>Stock report</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Print report</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Import counts</source>
            <translation>Import counts</translation>
        </message>
        <message>
            <source>&amp;Opening stock…</source>
            <translation>&amp;Opening stock…</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <translation>Opening stock</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::MovementsView</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>SKU barcode:</source>
            <translation>SKU barcode:</translation>
        </message>
        <message>
            <source>Scan or type, then Enter</source>
            <translation>Scan or type, then Enter</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Choose a SKU in the stock list, or scan its barcode.</source>
            <translation>Choose a SKU in the stock list, or scan its barcode.</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>No SKU has the barcode “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2 %3/%4: %5 on hand; %n movement(s) shown.</source>
            <translation>
                <numerusform>%1 %2 %3/%4: %5 on hand; %n movement shown.</numerusform>
                <numerusform>%1 %2 %3/%4: %5 on hand; %n movements shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Reverse movement</source>
            <translation>&amp;Reverse movement</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::OpeningStockDialog</name>
        <message>
            <source>Opening stock</source>
            <translation>Opening stock</translation>
        </message>
        <message>
            <source>Book what the shelves hold now as the opening stock (期初库存) of the ledger: each SKU's count becomes its first entry. Do this once, when the shop starts with ShopDesk.</source>
            <translation>Book what the shelves hold now as the opening stock (期初库存) of the ledger: each SKU's count becomes its first entry. Do this once, when the shop starts with ShopDesk.</translation>
        </message>
        <message>
            <source>From a &amp;count file (CSV or Excel .xlsx with the columns 条码 and 数量)</source>
            <translation>From a &amp;count file (CSV or Excel .xlsx with the columns 条码 and 数量)</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Bro&amp;wse…</translation>
        </message>
        <message>
            <source>Also for SKUs that have movements already (book the opening stock beside them)</source>
            <translation>Also for SKUs that have movements already (book the opening stock beside them)</translation>
        </message>
        <message>
            <source>&amp;Book opening stock</source>
            <translation>&amp;Book opening stock</translation>
        </message>
        <message numerus="yes">
            <source>From the open &amp;stock-take %1 (%n SKU(s) counted so far)</source>
            <translation>
                <numerusform>From the open &amp;stock-take %1 (%n SKU counted so far)</numerusform>
                <numerusform>From the open &amp;stock-take %1 (%n SKUs counted so far)</numerusform>
            </translation>
        </message>
        <message>
            <source>From the open &amp;stock-take (none is open: start one in Stock-take)</source>
            <translation>From the open &amp;stock-take (none is open: start one in Stock-take)</translation>
        </message>
        <message>
            <source>Opening stock: the count file</source>
            <translation>Opening stock: the count file</translation>
        </message>
        <message>
            <source>Count files (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Count files (*.csv *.txt *.xlsx);;All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>Opening stock booked (%1): %n piece(s) over %2 SKU(s).</source>
            <translation>
                <numerusform>Opening stock booked (%1): %n piece over %2 SKU.</numerusform>
                <numerusform>Opening stock booked (%1): %n pieces over %2 SKUs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::OpeningStockRepository</name>
        <message numerus="yes">
            <source>Opening stock is for SKUs that have not moved yet, but %n SKU(s) already have stock movements (%1). Book it beside them only if that is what you mean (--alongside-moves).</source>
            <translation>
                <numerusform>Opening stock is for SKUs that have not moved yet, but %n SKU already have stock movements (%1). Book it beside them only if that is what you mean (--alongside-moves).</numerusform>
                <numerusform>Opening stock is for SKUs that have not moved yet, but %n SKUs already have stock movements (%1). Book it beside them only if that is what you mean (--alongside-moves).</numerusform>
            </translation>
        </message>
        <message>
            <source>barcode (条码)</source>
            <translation>barcode (条码)</translation>
        </message>
        <message>
            <source>quantity (数量)</source>
            <translation>quantity (数量)</translation>
        </message>
        <message>
            <source>%1 holds no lines.</source>
            <translation>%1 holds no lines.</translation>
        </message>
        <message>
            <source>no SKU has the barcode “%1”.</source>
            <translation>no SKU has the barcode “%1”.</translation>
        </message>
        <message>
            <source>%1 counts no pieces: there is no opening stock to book.</source>
            <translation>%1 counts no pieces: there is no opening stock to book.</translation>
        </message>
        <message>
            <source>Count %1 is not open: only an open count can be booked as opening stock.</source>
            <translation>Count %1 is not open: only an open count can be booked as opening stock.</translation>
        </message>
        <message>
            <source>The count of %1 differs from its stock by %2 pieces, more than one stock movement can book.</source>
            <translation>The count of %1 differs from its stock by %2 pieces, more than one stock movement can book.</translation>
        </message>
        <message>
            <source>Count %1 has counted nothing yet: there is no opening stock to book.</source>
            <translation>Count %1 has counted nothing yet: there is no opening stock to book.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PlanningCli</name>
        <message>
            <source>%1 needs a date like 2026-11-24, not “%2”.</source>
            <translation>%1 needs a date like 2026-11-24, not “%2”.</translation>
        </message>
        <message>
            <source>not selling</source>
            <translation>not selling</translation>
        </message>
        <message>
            <source>Usage: purchase suggest [--supplier NAME] [--date YYYY-MM-DD]</source>
            <translation>Usage: purchase suggest [--supplier NAME] [--date YYYY-MM-DD]</translation>
        </message>
        <message>
            <source>Next promotion: %1 on %2; last year (%3) it sold %4 × an ordinary day.</source>
            <translation>Next promotion: %1 on %2; last year (%3) it sold %4 × an ordinary day.</translation>
        </message>
        <message>
            <source>Next promotion: %1 on %2; the shop file holds no figures of it last year (%3).</source>
            <translation>Next promotion: %1 on %2; the shop file holds no figures of it last year (%3).</translation>
        </message>
        <message numerus="yes">
            <source>No supplier known: %n piece(s)</source>
            <translation>
                <numerusform>No supplier known: %n piece</numerusform>
                <numerusform>No supplier known: %n pieces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (lead time %2 days): %n piece(s)</source>
            <translation>
                <numerusform>%1 (lead time %2 days): %n piece</numerusform>
                <numerusform>%1 (lead time %2 days): %n pieces</numerusform>
            </translation>
        </message>
        <message>
            <source>  decide by %1</source>
            <translation>  decide by %1</translation>
        </message>
        <message>
            <source>  %1 %2/%3 (%4): available %5, in transit %6, minimum %7, %8 a day, %9 days of cover → order %10</source>
            <translation>  %1 %2/%3 (%4): available %5, in transit %6, minimum %7, %8 a day, %9 days of cover → order %10</translation>
        </message>
        <message>
            <source>Nothing to reorder.</source>
            <translation>Nothing to reorder.</translation>
        </message>
        <message>
            <source>“%1” is not a line like BARCODE=QUANTITY or BARCODE=QUANTITY@COST.</source>
            <translation>“%1” is not a line like BARCODE=QUANTITY or BARCODE=QUANTITY@COST.</translation>
        </message>
        <message>
            <source>“%1” is not an amount like 35.50.</source>
            <translation>“%1” is not an amount like 35.50.</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>No SKU has the barcode “%1”.</translation>
        </message>
        <message>
            <source>%1  %2  %3  ordered %4, received %5, still owed %6</source>
            <translation>%1  %2  %3  ordered %4, received %5, still owed %6</translation>
        </message>
        <message>
            <source>Usage: purchase create --supplier NAME [--date D] [--expected D] [--note TEXT] [BARCODE=QTY[@COST] …]</source>
            <translation>Usage: purchase create --supplier NAME [--date D] [--expected D] [--note TEXT] [BARCODE=QTY[@COST] …]</translation>
        </message>
        <message>
            <source>There is no supplier called “%1” to order from.</source>
            <translation>There is no supplier called “%1” to order from.</translation>
        </message>
        <message numerus="yes">
            <source>Purchase order %1 to %2: %n piece(s) ordered.</source>
            <translation>
                <numerusform>Purchase order %1 to %2: %n piece ordered.</numerusform>
                <numerusform>Purchase order %1 to %2: %n pieces ordered.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: purchase list [--open]</source>
            <translation>Usage: purchase list [--open]</translation>
        </message>
        <message>
            <source>No purchase orders.</source>
            <translation>No purchase orders.</translation>
        </message>
        <message>
            <source>%1 needs an amount like 35.50, not “%2”.</source>
            <translation>%1 needs an amount like 35.50, not “%2”.</translation>
        </message>
        <message>
            <source>Usage: purchase receive PO_NUMBER [BARCODE=QTY …] [--note-no N] [--date D] [--freight X] [--paid X]</source>
            <translation>Usage: purchase receive PO_NUMBER [BARCODE=QTY …] [--note-no N] [--date D] [--freight X] [--paid X]</translation>
        </message>
        <message numerus="yes">
            <source>Receiving note %1 posted against %2: %n piece(s) in; still owed by the supplier: %3.</source>
            <translation>
                <numerusform>Receiving note %1 posted against %2: %n piece in; still owed by the supplier: %3.</numerusform>
                <numerusform>Receiving note %1 posted against %2: %n pieces in; still owed by the supplier: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: purchase sizes</source>
            <translation>Usage: purchase sizes</translation>
        </message>
        <message>
            <source>%1 %2: sold out %3; available %4</source>
            <translation>%1 %2: sold out %3; available %4</translation>
        </message>
        <message>
            <source>No item on shelf has a sold-out size.</source>
            <translation>No item on shelf has a sold-out size.</translation>
        </message>
        <message>
            <source>Usage: stock opening FILE.csv | --stocktake [ID] [--alongside-moves]</source>
            <translation>Usage: stock opening FILE.csv | --stocktake [ID] [--alongside-moves]</translation>
        </message>
        <message>
            <source>No count is open: start one with “stocktake start”.</source>
            <translation>No count is open: start one with “stocktake start”.</translation>
        </message>
        <message>
            <source>--stocktake needs a count number, not “%1”.</source>
            <translation>--stocktake needs a count number, not “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>Opening stock booked (%1): %n piece(s) over %2 SKU(s).</source>
            <translation>
                <numerusform>Opening stock booked (%1): %n piece over %2 SKU.</numerusform>
                <numerusform>Opening stock booked (%1): %n pieces over %2 SKUs.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: purchase lead-time SUPPLIER DAYS</source>
            <translation>Usage: purchase lead-time SUPPLIER DAYS</translation>
        </message>
        <message>
            <source>There is no supplier called “%1”.</source>
            <translation>There is no supplier called “%1”.</translation>
        </message>
        <message>
            <source>%1 delivers %2 days after an order.</source>
            <translation>%1 delivers %2 days after an order.</translation>
        </message>
        <message>
            <source>Usage: purchase minimum BARCODE N|none</source>
            <translation>Usage: purchase minimum BARCODE N|none</translation>
        </message>
        <message>
            <source>%1 keeps its item's minimum again.</source>
            <translation>%1 keeps its item's minimum again.</translation>
        </message>
        <message>
            <source>%1 keeps at least %2 in stock.</source>
            <translation>%1 keeps at least %2 in stock.</translation>
        </message>
        <message>
            <source>Usage: purchase supplier ITEM_CODE SUPPLIER [--remove]</source>
            <translation>Usage: purchase supplier ITEM_CODE SUPPLIER [--remove]</translation>
        </message>
        <message>
            <source>There is no item with the code “%1”.</source>
            <translation>There is no item with the code “%1”.</translation>
        </message>
        <message>
            <source>%1 no longer comes from %2.</source>
            <translation>%1 no longer comes from %2.</translation>
        </message>
        <message>
            <source>%1 also comes from %2.</source>
            <translation>%1 also comes from %2.</translation>
        </message>
        <message>
            <source>Stock planning: the reorder list per supplier (补货: available stock, in transit, minimum, daily sales, days of cover, lead time and the next promotion), purchase orders (采购单) made from it or line by line, received by receiving notes (by default what is still owed), and the items on shelf with sold-out sizes (断码); a supplier's lead time, a SKU's own minimum (安全库存) and an item's further suppliers.</source>
            <translation>Stock planning: the reorder list per supplier (补货: available stock, in transit, minimum, daily sales, days of cover, lead time and the next promotion), purchase orders (采购单) made from it or line by line, received by receiving notes (by default what is still owed), and the items on shelf with sold-out sizes (断码); a supplier's lead time, a SKU's own minimum (安全库存) and an item's further suppliers.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PostCountCommand</name>
        <message>
            <source>Post count %1</source>
            <translation>Post count %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PostReceivingCommand</name>
        <message>
            <source>Post receiving note %1</source>
            <translation>Post receiving note %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::Printouts</name>
        <message>
            <source>Receiving note %1</source>
            <translation>Receiving note %1</translation>
        </message>
        <message>
            <source>%1 Receiving note</source>
            <translation>%1 Receiving note</translation>
        </message>
        <message>
            <source>Note %1 · Supplier: %2 · Received: %3</source>
            <translation>Note %1 · Supplier: %2 · Received: %3</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Unit cost</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Goods %1 + freight %2 = %3 · paid %4 · owed %5</source>
            <translation>Goods %1 + freight %2 = %3 · paid %4 · owed %5</translation>
        </message>
        <message>
            <source>Received by: ____________    Buyer: ____________    Date: ____________</source>
            <translation>Received by: ____________    Buyer: ____________    Date: ____________</translation>
        </message>
        <message>
            <source>Supplier exchange list %1</source>
            <translation>Supplier exchange list %1</translation>
        </message>
        <message>
            <source>Copy for the buyer</source>
            <translation>Copy for the buyer</translation>
        </message>
        <message>
            <source>Copy for the warehouse</source>
            <translation>Copy for the warehouse</translation>
        </message>
        <message>
            <source>%1 Supplier exchange list</source>
            <translation>%1 Supplier exchange list</translation>
        </message>
        <message>
            <source>List %1 · Supplier: %2 · %3 · %4</source>
            <translation>List %1 · Supplier: %2 · %3 · %4</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>Fault</translation>
        </message>
        <message>
            <source>Warehouse: ____________    Buyer: ____________    Supplier: ____________</source>
            <translation>Warehouse: ____________    Buyer: ____________    Supplier: ____________</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PurchaseOrderRepository</name>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Partly received</source>
            <translation>Partly received</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>A purchase order needs at least one line.</source>
            <translation>A purchase order needs at least one line.</translation>
        </message>
        <message>
            <source>A purchase order needs a supplier: there is no supplier number %1.</source>
            <translation>A purchase order needs a supplier: there is no supplier number %1.</translation>
        </message>
        <message>
            <source>Supplier “%1” is archived: unarchive it to order from it.</source>
            <translation>Supplier “%1” is archived: unarchive it to order from it.</translation>
        </message>
        <message>
            <source>There is already a purchase order %1.</source>
            <translation>There is already a purchase order %1.</translation>
        </message>
        <message>
            <source>Purchase order %1, line %2: the quantity must be at least 1 (it is %3).</source>
            <translation>Purchase order %1, line %2: the quantity must be at least 1 (it is %3).</translation>
        </message>
        <message>
            <source>Purchase order %1, line %2: the unit cost cannot be negative.</source>
            <translation>Purchase order %1, line %2: the unit cost cannot be negative.</translation>
        </message>
        <message>
            <source>Purchase order %1, line %2: the SKU is on the order twice.</source>
            <translation>Purchase order %1, line %2: the SKU is on the order twice.</translation>
        </message>
        <message>
            <source>Purchase order %1, line %2: there is no SKU with the number %3.</source>
            <translation>Purchase order %1, line %2: there is no SKU with the number %3.</translation>
        </message>
        <message>
            <source>Goods were received against this purchase order, so it stays on record.</source>
            <translation>Goods were received against this purchase order, so it stays on record.</translation>
        </message>
        <message>
            <source>There is no purchase order number %1.</source>
            <translation>There is no purchase order number %1.</translation>
        </message>
        <message>
            <source>Nothing to receive against purchase order %1: the note has no lines.</source>
            <translation>Nothing to receive against purchase order %1: the note has no lines.</translation>
        </message>
        <message>
            <source>Purchase order %1 is from %2: a note from another supplier cannot receive it.</source>
            <translation>Purchase order %1 is from %2: a note from another supplier cannot receive it.</translation>
        </message>
        <message>
            <source>Purchase order %1 does not order the SKU with the number %2.</source>
            <translation>Purchase order %1 does not order the SKU with the number %2.</translation>
        </message>
        <message>
            <source>Purchase order %1: %2 %3/%4 is owed %5, not %6.</source>
            <translation>Purchase order %1: %2 %3/%4 is owed %5, not %6.</translation>
        </message>
        <message>
            <source>From purchase order %1</source>
            <translation>From purchase order %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PurchaseOrdersView</name>
        <message>
            <source>Order no.</source>
            <translation>Order no.</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Ordered on</source>
            <translation>Ordered on</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Still owed</source>
            <translation>Still owed</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Unit cost</translation>
        </message>
        <message>
            <source>Purchase orders (采购单)</source>
            <translation>Purchase orders</translation>
        </message>
        <message>
            <source>Only those still owed</source>
            <translation>Only those still owed</translation>
        </message>
        <message>
            <source>No purchase order yet: make one from the reorder list.</source>
            <translation>No purchase order yet: make one from the reorder list.</translation>
        </message>
        <message>
            <source>%1 from %2: nothing received yet; the supplier owes %3 piece(s).</source>
            <translation>%1 from %2: nothing received yet; the supplier owes %3 piece(s).</translation>
        </message>
        <message>
            <source>%1 from %2: received in %3; the supplier still owes %4 piece(s).</source>
            <translation>%1 from %2: received in %3; the supplier still owes %4 piece(s).</translation>
        </message>
        <message>
            <source>Select a purchase order first.</source>
            <translation>Select a purchase order first.</translation>
        </message>
        <message>
            <source>Delete purchase order %1</source>
            <translation>Delete purchase order %1</translation>
        </message>
        <message>
            <source>&amp;Receive what is owed</source>
            <translation>&amp;Receive what is owed</translation>
        </message>
        <message>
            <source>&amp;Delete order</source>
            <translation>&amp;Delete order</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::PurchaseService</name>
        <message>
            <source>The reorder list asks nothing of this supplier today.</source>
            <translation>The reorder list asks nothing of this supplier today.</translation>
        </message>
        <message>
            <source>There is no purchase order %1.</source>
            <translation>There is no purchase order %1.</translation>
        </message>
        <message>
            <source>Purchase order %1 is received in full: the supplier owes nothing more.</source>
            <translation>Purchase order %1 is received in full: the supplier owes nothing more.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::QualityView</name>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>Fault</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>Pieces</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Save the exchange list (two copies)</source>
            <translation>Save the exchange list (two copies)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Quality check: supplier-exchange list</source>
            <translation>Quality check: supplier-exchange list</translation>
        </message>
        <message>
            <source>Supplier:</source>
            <translation>Supplier:</translation>
        </message>
        <message>
            <source>Faulty piece:</source>
            <translation>Faulty piece:</translation>
        </message>
        <message>
            <source>Scan the faulty piece, then Enter</source>
            <translation>Scan the faulty piece, then Enter</translation>
        </message>
        <message>
            <source>Fault:</source>
            <translation>Fault:</translation>
        </message>
        <message>
            <source>Exchange lists</source>
            <translation>Exchange lists</translation>
        </message>
        <message>
            <source>Replacement:</source>
            <translation>Replacement:</translation>
        </message>
        <message>
            <source>Scan what the supplier sent back</source>
            <translation>Scan what the supplier sent back</translation>
        </message>
        <message>
            <source>Returns from buyers</source>
            <translation>Returns from buyers</translation>
        </message>
        <message>
            <source>Order number:</source>
            <translation>Order number:</translation>
        </message>
        <message>
            <source>Barcode:</source>
            <translation>Barcode:</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Quantity:</translation>
        </message>
        <message>
            <source>Intact: back into stock</source>
            <translation>Intact: back into stock</translation>
        </message>
        <message>
            <source>Faulty-goods account</source>
            <translation>Faulty-goods account</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>not replaced by the supplier</source>
            <translation>not replaced by the supplier</translation>
        </message>
        <message>
            <source>damaged return</source>
            <translation>damaged return</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>No SKU has the barcode “%1”.</translation>
        </message>
        <message>
            <source>Choose the exchange list the replacement belongs to.</source>
            <translation>Choose the exchange list the replacement belongs to.</translation>
        </message>
        <message>
            <source>awaiting replacement</source>
            <translation>awaiting replacement</translation>
        </message>
        <message>
            <source>Book &amp;out and print the list (two copies)</source>
            <translation>Book &amp;out and print the list (two copies)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Close: the rest to the faulty-goods account</source>
            <translation>&amp;Close: the rest to the faulty-goods account</translation>
        </message>
        <message>
            <source>&amp;Book the return</source>
            <translation>&amp;Book the return</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReceivePurchaseOrderCommand</name>
        <message>
            <source>Receive purchase order %1</source>
            <translation>Receive purchase order %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReceivingRepository</name>
        <message>
            <source>A receiving note needs a number.</source>
            <translation>A receiving note needs a number.</translation>
        </message>
        <message>
            <source>Receiving note %1 has no lines.</source>
            <translation>Receiving note %1 has no lines.</translation>
        </message>
        <message>
            <source>Receiving note %1, line %2: the quantity must be at least 1 (it is %3).</source>
            <translation>Receiving note %1, line %2: the quantity must be at least 1 (it is %3).</translation>
        </message>
        <message>
            <source>There is no receiving note number %1.</source>
            <translation>There is no receiving note number %1.</translation>
        </message>
        <message>
            <source>Receiving note %1 is already posted.</source>
            <translation>Receiving note %1 is already posted.</translation>
        </message>
        <message>
            <source>note number (入库单号)</source>
            <translation>note number (入库单号)</translation>
        </message>
        <message>
            <source>supplier (供应商)</source>
            <translation>supplier (供应商)</translation>
        </message>
        <message>
            <source>barcode (条码)</source>
            <translation>barcode (条码)</translation>
        </message>
        <message>
            <source>quantity (数量)</source>
            <translation>quantity (数量)</translation>
        </message>
        <message>
            <source>%1 holds no lines.</source>
            <translation>%1 holds no lines.</translation>
        </message>
        <message>
            <source>the note number is empty.</source>
            <translation>the note number is empty.</translation>
        </message>
        <message>
            <source>there is no supplier called “%1”.</source>
            <translation>there is no supplier called “%1”.</translation>
        </message>
        <message>
            <source>“%1” is not a date like 2026-11-24.</source>
            <translation>“%1” is not a date like 2026-11-24.</translation>
        </message>
        <message>
            <source>“%1” is not an amount like 35.50.</source>
            <translation>“%1” is not an amount like 35.50.</translation>
        </message>
        <message>
            <source>one file holds one note: “%1” differs from “%2”.</source>
            <translation>one file holds one note: “%1” differs from “%2”.</translation>
        </message>
        <message>
            <source>no SKU has the barcode “%1”.</source>
            <translation>no SKU has the barcode “%1”.</translation>
        </message>
        <message>
            <source>Receiving note %1 is not posted, so there is nothing to reverse.</source>
            <translation>Receiving note %1 is not posted, so there is nothing to reverse.</translation>
        </message>
        <message>
            <source>Reverses receiving note %1</source>
            <translation>Reverses receiving note %1</translation>
        </message>
        <message>
            <source>supplier “%1” is archived; unarchive it to receive from it.</source>
            <translation>supplier “%1” is archived; unarchive it to receive from it.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReceivingService</name>
        <message>
            <source>Supplier “%1” is archived: unarchive it under Suppliers to receive from it again.</source>
            <translation>Supplier “%1” is archived: unarchive it under Suppliers to receive from it again.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReceivingView</name>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Unit cost</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>Pieces</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>Goods</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>Freight</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Owed</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Save the receiving note</source>
            <translation>Save the receiving note</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>New receiving note</source>
            <translation>New receiving note</translation>
        </message>
        <message>
            <source>Supplier:</source>
            <translation>Supplier:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Note number:</source>
            <translation>Note number:</translation>
        </message>
        <message>
            <source>Scan or search:</source>
            <translation>Scan or search:</translation>
        </message>
        <message>
            <source>Barcode, or item code / title / colour / size, then Enter</source>
            <translation>Barcode, or item code / title / colour / size, then Enter</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Quantity:</translation>
        </message>
        <message>
            <source>Unit cost:</source>
            <translation>Unit cost:</translation>
        </message>
        <message>
            <source>the item's cost</source>
            <translation>the item's cost</translation>
        </message>
        <message>
            <source>Freight:</source>
            <translation>Freight:</translation>
        </message>
        <message>
            <source>Paid:</source>
            <translation>Paid:</translation>
        </message>
        <message>
            <source>Receiving notes</source>
            <translation>Receiving notes</translation>
        </message>
        <message>
            <source>Supplier account</source>
            <translation>Supplier account</translation>
        </message>
        <message>
            <source>Payment:</source>
            <translation>Payment:</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>posted</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>reversed</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>No SKU has the barcode “%1”.</translation>
        </message>
        <message>
            <source>Goods %1 + freight %2 = %3 · paid %4 · owed %5</source>
            <translation>Goods %1 + freight %2 = %3 · paid %4 · owed %5</translation>
        </message>
        <message>
            <source>There is no receiving note number %1.</source>
            <translation>There is no receiving note number %1.</translation>
        </message>
        <message>
            <source>%1: purchases %2, payments %3, owed %4; %5 unreplaced faulty piece(s) worth %6.</source>
            <translation>%1: purchases %2, payments %3, owed %4; %5 unreplaced faulty piece(s) worth %6.</translation>
        </message>
        <message>
            <source>“%1” is not an amount like 35.50.</source>
            <translation>“%1” is not an amount like 35.50.</translation>
        </message>
        <message>
            <source>Note no.</source>
            <translation>Note no.</translation>
        </message>
        <message>
            <source>Choose the supplier or type the name of a new one.</source>
            <translation>Choose the supplier or type the name of a new one.</translation>
        </message>
        <message>
            <source>New supplier “%1”: create it and post the note?</source>
            <translation>New supplier “%1”: create it and post the note?</translation>
        </message>
        <message>
            <source>%1 · %2 · still owed %3</source>
            <translation>%1 · %2 · still owed %3</translation>
        </message>
        <message>
            <source>From purchase order %1: after this note the supplier still owes %2 piece(s).</source>
            <translation>From purchase order %1: after this note the supplier still owes %2 piece(s).</translation>
        </message>
        <message>
            <source>Purchase order %1 is received in full.</source>
            <translation>Purchase order %1 is received in full.</translation>
        </message>
        <message>
            <source>Remove &amp;line</source>
            <translation>Remove &amp;line</translation>
        </message>
        <message>
            <source>&amp;Post note</source>
            <translation>&amp;Post note</translation>
        </message>
        <message>
            <source>&amp;Fill from purchase order (采购单)</source>
            <translation>&amp;Fill from purchase order</translation>
        </message>
        <message>
            <source>Print to P&amp;DF…</source>
            <translation>Print to P&amp;DF…</translation>
        </message>
        <message>
            <source>Re&amp;verse note</source>
            <translation>Re&amp;verse note</translation>
        </message>
        <message>
            <source>Record pa&amp;yment</source>
            <translation>Record pa&amp;yment</translation>
        </message>
        <message>
            <source>Create &amp;and post</source>
            <translation>Create &amp;and post</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReorderRepository</name>
        <message>
            <source>A minimum stock cannot be below 0 (it is %1).</source>
            <translation>A minimum stock cannot be below 0 (it is %1).</translation>
        </message>
        <message>
            <source>There is no SKU with the number %1.</source>
            <translation>There is no SKU with the number %1.</translation>
        </message>
        <message>
            <source>A lead time is 0 to 365 days, not %1.</source>
            <translation>A lead time is 0 to 365 days, not %1.</translation>
        </message>
        <message>
            <source>There is no supplier with the number %1.</source>
            <translation>There is no supplier with the number %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReorderView</name>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>On hand</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>In transit</source>
            <translation>In transit</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Daily sales</source>
            <translation>Daily sales</translation>
        </message>
        <message>
            <source>Days of cover</source>
            <translation>Days of cover</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>Reorder</translation>
        </message>
        <message>
            <source>Decide by</source>
            <translation>Decide by</translation>
        </message>
        <message>
            <source>Sold out</source>
            <translation>Sold out</translation>
        </message>
        <message>
            <source>Still available</source>
            <translation>Still available</translation>
        </message>
        <message>
            <source>Items on shelf with sold-out sizes (断码)</source>
            <translation>Items on shelf with sold-out sizes</translation>
        </message>
        <message>
            <source>(no supplier)</source>
            <translation>(no supplier)</translation>
        </message>
        <message>
            <source>not selling</source>
            <translation>not selling</translation>
        </message>
        <message numerus="yes">
            <source>%n SKU(s) to reorder, %1 piece(s), covering each supplier's lead time.</source>
            <translation>
                <numerusform>%n SKU to reorder, %1 piece, covering each supplier's lead time.</numerusform>
                <numerusform>%n SKUs to reorder, %1 pieces, covering each supplier's lead time.</numerusform>
            </translation>
        </message>
        <message>
            <source>Next promotion: %1 on %2, which last year sold %3 × an ordinary day; decide a week before it (%4).</source>
            <translation>Next promotion: %1 on %2, which last year sold %3 × an ordinary day; decide a week before it (%4).</translation>
        </message>
        <message>
            <source>Next promotion: %1 on %2 (no figures of it last year); decide a week before it (%3).</source>
            <translation>Next promotion: %1 on %2 (no figures of it last year); decide a week before it (%3).</translation>
        </message>
        <message>
            <source>Select a line of the reorder list first.</source>
            <translation>Select a line of the reorder list first.</translation>
        </message>
        <message>
            <source>This item has no supplier yet: link one under Suppliers, then order.</source>
            <translation>This item has no supplier yet: link one under Suppliers, then order.</translation>
        </message>
        <message>
            <source>&amp;Minimum of this SKU (安全库存):</source>
            <translation>&amp;Minimum of this SKU:</translation>
        </message>
        <message>
            <source>&amp;Lead time of its supplier (days):</source>
            <translation>&amp;Lead time of its supplier (days):</translation>
        </message>
        <message>
            <source>Set &amp;minimum</source>
            <translation>Set &amp;minimum</translation>
        </message>
        <message>
            <source>Set &amp;lead time</source>
            <translation>Set &amp;lead time</translation>
        </message>
        <message>
            <source>&amp;Purchase order for this supplier (采购单)</source>
            <translation>&amp;Purchase order for this supplier</translation>
        </message>
        <message>
            <source>Set the minimum stock of %1</source>
            <translation>Set the minimum stock of %1</translation>
        </message>
        <message>
            <source>Set the lead time of %1</source>
            <translation>Set the lead time of %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ReverseMoveCommand</name>
        <message>
            <source>Reverse stock movement %1</source>
            <translation>Reverse stock movement %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::ScanCommand</name>
        <message>
            <source>Scan %1</source>
            <translation>Scan %1</translation>
        </message>
        <message>
            <source>Scan %1 × %2</source>
            <translation>Scan %1 × %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReport</name>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Buyer returns</source>
            <translation>Buyer returns</translation>
        </message>
        <message>
            <source>Supplier replacements</source>
            <translation>Supplier replacements</translation>
        </message>
        <message>
            <source>Count gains</source>
            <translation>Count gains</translation>
        </message>
        <message>
            <source>Other in</source>
            <translation>Other in</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Shipped</translation>
        </message>
        <message>
            <source>Faulty to supplier</source>
            <translation>Faulty to supplier</translation>
        </message>
        <message>
            <source>Count losses</source>
            <translation>Count losses</translation>
        </message>
        <message>
            <source>Other out</source>
            <translation>Other out</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Opening value</source>
            <translation>Opening value</translation>
        </message>
        <message>
            <source>In at cost</source>
            <translation>In at cost</translation>
        </message>
        <message>
            <source>Out at cost</source>
            <translation>Out at cost</translation>
        </message>
        <message>
            <source>Cost change</source>
            <translation>Cost change</translation>
        </message>
        <message>
            <source>Closing value</source>
            <translation>Closing value</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Stock %1 to %2</source>
            <translation>Stock %1 to %2</translation>
        </message>
        <message>
            <source>“%1”: the stock report is written as .xlsx or .pdf.</source>
            <translation>“%1”: the stock report is written as .xlsx or .pdf.</translation>
        </message>
        <message>
            <source>Stock report (进销存) %1 to %2</source>
            <translation>Stock report %1 to %2</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
        <message>
            <source>Opening stock booked</source>
            <translation>Opening stock booked</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReportCli</name>
        <message>
            <source>The period stock report (进销存报表): opening, in and out by kind, closing, per SKU, item or category, in pieces and at cost.</source>
            <translation>The period stock report: opening, in and out by kind, closing, per SKU, item or category, in pieces and at cost.</translation>
        </message>
        <message>
            <source>stock-report needs --from and --to dates like 2026-11-01, and takes --by sku, item or category and --out FILE.xlsx or FILE.pdf.</source>
            <translation>stock-report needs --from and --to dates like 2026-11-01, and takes --by sku, item or category and --out FILE.xlsx or FILE.pdf.</translation>
        </message>
        <message>
            <source>stock-report: --from %1 comes after --to %2.</source>
            <translation>stock-report: --from %1 comes after --to %2.</translation>
        </message>
        <message>
            <source>%1 to %2, %3 rows: opening %4, in %5, out %6, closing %7 pieces; at cost %8 → %9.</source>
            <translation>%1 to %2, %3 rows: opening %4, in %5, out %6, closing %7 pieces; at cost %8 → %9.</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Written to %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReportRepository</name>
        <message>
            <source>The stock report needs a first day on or before its last day.</source>
            <translation>The stock report needs a first day on or before its last day.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReportView</name>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Opening value</source>
            <translation>Opening value</translation>
        </message>
        <message>
            <source>In at cost</source>
            <translation>In at cost</translation>
        </message>
        <message>
            <source>Out at cost</source>
            <translation>Out at cost</translation>
        </message>
        <message>
            <source>Cost change</source>
            <translation>Cost change</translation>
        </message>
        <message>
            <source>Closing value</source>
            <translation>Closing value</translation>
        </message>
        <message>
            <source>The first day comes after the last day.</source>
            <translation>The first day comes after the last day.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>%1 to %2: opening %3, in %4, out %5, closing %6 pieces; stock value %7 → %8</source>
            <translation>%1 to %2: opening %3, in %4, out %5, closing %6 pieces; stock value %7 → %8</translation>
        </message>
        <message>
            <source>Export the stock report</source>
            <translation>Export the stock report</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
            <translation>Excel workbook (*.xlsx);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Per %1</source>
            <translation>Per %1</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockView</name>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>On hand</translation>
        </message>
        <message>
            <source>Search item code, title, colour, size or barcode</source>
            <translation>Search item code, title, colour, size or barcode</translation>
        </message>
        <message>
            <source>%1 %2: %3 on hand, keep %4, order %5</source>
            <translation>%1 %2: %3 on hand, keep %4, order %5</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2) is %n day(s) away: reorder these main items now — %3</source>
            <translation>
                <numerusform>%1 (%2) is %n day away: reorder these main items now — %3</numerusform>
                <numerusform>%1 (%2) is %n days away: reorder these main items now — %3</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n SKU(s)</source>
            <translation>
                <numerusform>%1 of %n SKU</numerusform>
                <numerusform>%1 of %n SKUs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeCountBar</name>
        <message>
            <source>&amp;Start count</source>
            <translation>&amp;Start count</translation>
        </message>
        <message>
            <source>&amp;Post</source>
            <translation>&amp;Post</translation>
        </message>
        <message>
            <source>Re&amp;verse</source>
            <translation>Re&amp;verse</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Report</translation>
        </message>
        <message>
            <source>&amp;Import counts…</source>
            <translation>&amp;Import counts…</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>posted</source>
            <translation>posted</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>reversed</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Whole store</source>
            <translation>Whole store</translation>
        </message>
        <message>
            <source>&amp;Blind count</source>
            <translation>&amp;Blind count</translation>
        </message>
        <message>
            <source>The counters do not see the expected quantities until the count is posted.</source>
            <translation>The counters do not see the expected quantities until the count is posted.</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeReport</name>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Moved during count</source>
            <translation>Moved during count</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Surplus / shortage</source>
            <translation>Surplus / shortage</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Unit cost</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Stock-take</source>
            <translation>Stock-take</translation>
        </message>
        <message>
            <source>Stock-take %1</source>
            <translation>Stock-take %1</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 cannot be written.</translation>
        </message>
        <message>
            <source>Stock-take %1 %2</source>
            <translation>Stock-take %1 %2</translation>
        </message>
        <message>
            <source>whole store</source>
            <translation>whole store</translation>
        </message>
        <message>
            <source>Scope: %1. Started %2 by %3. Expected %4, counted %5; surplus %6 pieces (%7), shortage %8 pieces (%9).</source>
            <translation>Scope: %1. Started %2 by %3. Expected %4, counted %5; surplus %6 pieces (%7), shortage %8 pieces (%9).</translation>
        </message>
        <message>
            <source>Counted by: ____________    Checked by: ____________    Date: ____________</source>
            <translation>Counted by: ____________    Checked by: ____________    Date: ____________</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeRepository</name>
        <message>
            <source>Count %1 is still open: post it before starting another one.</source>
            <translation>Count %1 is still open: post it before starting another one.</translation>
        </message>
        <message>
            <source>There are no items in the category “%1”.</source>
            <translation>There are no items in the category “%1”.</translation>
        </message>
        <message>
            <source>There is no count number %1.</source>
            <translation>There is no count number %1.</translation>
        </message>
        <message>
            <source>Count %1 is already posted; it takes no more counting.</source>
            <translation>Count %1 is already posted; it takes no more counting.</translation>
        </message>
        <message>
            <source>An empty barcode cannot be counted.</source>
            <translation>An empty barcode cannot be counted.</translation>
        </message>
        <message>
            <source>Barcode %1: the quantity must be between 1 and 100000 (it is %2).</source>
            <translation>Barcode %1: the quantity must be between 1 and 100000 (it is %2).</translation>
        </message>
        <message>
            <source>A count cannot be below zero (it is %1).</source>
            <translation>A count cannot be below zero (it is %1).</translation>
        </message>
        <message>
            <source>There is no SKU with the number %1.</source>
            <translation>There is no SKU with the number %1.</translation>
        </message>
        <message>
            <source>barcode (条码)</source>
            <translation>barcode (条码)</translation>
        </message>
        <message>
            <source>quantity (数量)</source>
            <translation>quantity (数量)</translation>
        </message>
        <message>
            <source>%1 was already imported into count %2; nothing was added.</source>
            <translation>%1 was already imported into count %2; nothing was added.</translation>
        </message>
        <message>
            <source>the barcode is empty.</source>
            <translation>the barcode is empty.</translation>
        </message>
        <message>
            <source>There is no count row number %1.</source>
            <translation>There is no count row number %1.</translation>
        </message>
        <message>
            <source>Count row %1 was already undone.</source>
            <translation>Count row %1 was already undone.</translation>
        </message>
        <message>
            <source>There is no unknown scan number %1.</source>
            <translation>There is no unknown scan number %1.</translation>
        </message>
        <message>
            <source>Unknown scan %1 was already resolved.</source>
            <translation>Unknown scan %1 was already resolved.</translation>
        </message>
        <message numerus="yes">
            <source>Count %1 cannot be posted: %n unknown scan(s) wait to be resolved (%2).</source>
            <translation>
                <numerusform>Count %1 cannot be posted: %n unknown scan wait to be resolved (%2).</numerusform>
                <numerusform>Count %1 cannot be posted: %n unknown scans wait to be resolved (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Count %1 is not posted, so there is nothing to reverse.</source>
            <translation>Count %1 is not posted, so there is nothing to reverse.</translation>
        </message>
        <message>
            <source>Reverses count %1</source>
            <translation>Reverses count %1</translation>
        </message>
        <message>
            <source>“%1” is not a number of pieces from 0 to 9,999.</source>
            <translation>“%1” is not a number of pieces from 0 to 9,999.</translation>
        </message>
        <message>
            <source>%1 is %2 %3/%4 from %5: this count is of %6 only, so it was not counted. Put it back with the %5.</source>
            <translation>%1 is %2 %3/%4 from %5: this count is of %6 only, so it was not counted. Put it back with the %5.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeScanRow</name>
        <message>
            <source>Scan:</source>
            <translation>Scan:</translation>
        </message>
        <message>
            <source>Scan or type a barcode, then Enter (CODE*3 or *3 for several)</source>
            <translation>Scan or type a barcode, then Enter (CODE*3 or *3 for several)</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>A count cannot be negative (%1).</source>
            <translation>A count cannot be negative (%1).</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeService</name>
        <message>
            <source>No SKU has the barcode “%1”.</source>
            <translation>No SKU has the barcode “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 SKUs uncounted: %3 would be booked as a shortage (%n piece(s)).</source>
            <translation>
                <numerusform>%1 of %2 SKUs uncounted: %3 would be booked as a shortage (%n piece).</numerusform>
                <numerusform>%1 of %2 SKUs uncounted: %3 would be booked as a shortage (%n pieces).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StocktakeView</name>
        <message>
            <source>Post count %1? Every difference is booked into stock.</source>
            <translation>Post count %1? Every difference is booked into stock.</translation>
        </message>
        <message>
            <source>Reverse count %1? Its adjustments are taken back by compensating entries.</source>
            <translation>Reverse count %1? Its adjustments are taken back by compensating entries.</translation>
        </message>
        <message>
            <source>whole store</source>
            <translation>whole store</translation>
        </message>
        <message>
            <source>Count %1 (%2) is open: started %3 by %4.</source>
            <translation>Count %1 (%2) is open: started %3 by %4.</translation>
        </message>
        <message>
            <source>Count %1 (%2) was posted %3 by %4.</source>
            <translation>Count %1 (%2) was posted %3 by %4.</translation>
        </message>
        <message>
            <source>Count %1 (%2) was posted, then reversed %3 by %4.</source>
            <translation>Count %1 (%2) was posted, then reversed %3 by %4.</translation>
        </message>
        <message>
            <source>No count yet: choose the scope and start one.</source>
            <translation>No count yet: choose the scope and start one.</translation>
        </message>
        <message>
            <source>%1 %2 — colour × size: counted / expected (difference); double-click a cell to type a count</source>
            <translation>%1 %2 — colour × size: counted / expected (difference); double-click a cell to type a count</translation>
        </message>
        <message>
            <source>It is the %1: the monthly stock-take (28th–31st) has not been posted yet this month.</source>
            <translation>It is the %1: the monthly stock-take (28th–31st) has not been posted yet this month.</translation>
        </message>
        <message>
            <source>No count is open: start one first (%1 was not counted).</source>
            <translation>No count is open: start one first (%1 was not counted).</translation>
        </message>
        <message>
            <source>%1 %2/%3  +%4 → %5</source>
            <translation>%1 %2/%3  +%4 → %5</translation>
        </message>
        <message>
            <source>Unknown barcode %1 (× %2): kept in the list to resolve.</source>
            <translation>Unknown barcode %1 (× %2): kept in the list to resolve.</translation>
        </message>
        <message>
            <source>Pieces of %1 %2/%3 on the shelf:</source>
            <translation>Pieces of %1 %2/%3 on the shelf:</translation>
        </message>
        <message>
            <source>There is no count to report.</source>
            <translation>There is no count to report.</translation>
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
            <translation>Save the stock-take report</translation>
        </message>
        <message>
            <source>Expected %1, counted %2 pieces · surplus %3 pieces, %4 · shortage %5 pieces, %6 · %7 of %8 SKUs differ · %9 unknown</source>
            <translation>Expected %1, counted %2 pieces · surplus %3 pieces, %4 · shortage %5 pieces, %6 · %7 of %8 SKUs differ · %9 unknown</translation>
        </message>
        <message>
            <source>Import a count CSV</source>
            <translation>Import a count CSV</translation>
        </message>
        <message>
            <source>No count is open: start one first.</source>
            <translation>No count is open: start one first.</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) imported from %1.</source>
            <translation>
                <numerusform>%n piece imported from %1.</numerusform>
                <numerusform>%n pieces imported from %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Post now</source>
            <translation>Post now</translation>
        </message>
        <message>
            <source>Reverse now</source>
            <translation>Reverse now</translation>
        </message>
        <message>
            <source>Count %1 as %2</source>
            <translation>Count %1 as %2</translation>
        </message>
        <message>
            <source>Post count %1? %2 Every difference is booked into stock; count those SKUs first if they are on the shelf.</source>
            <translation>Post count %1? %2 Every difference is booked into stock; count those SKUs first if they are on the shelf.</translation>
        </message>
        <message>
            <source>Blind count: %1 pieces counted · %2 of %3 SKUs counted · %4 unknown</source>
            <translation>Blind count: %1 pieces counted · %2 of %3 SKUs counted · %4 unknown</translation>
        </message>
        <message>
            <source>%1 %2 — colour × size: counted (blind count); double-click a cell to type a count</source>
            <translation>%1 %2 — colour × size: counted (blind count); double-click a cell to type a count</translation>
        </message>
        <message>
            <source>Count %1 posted.</source>
            <translation>Count %1 posted.</translation>
        </message>
        <message>
            <source>Count %1 reversed.</source>
            <translation>Count %1 reversed.</translation>
        </message>
        <message>
            <source>Count report exported to %1.</source>
            <translation>Count report exported to %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::SupplierAccountRepository</name>
        <message>
            <source>A payment must be more than zero (it is %1).</source>
            <translation>A payment must be more than zero (it is %1).</translation>
        </message>
        <message>
            <source>There is no supplier number %1.</source>
            <translation>There is no supplier number %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::SupplierEditRepository</name>
        <message>
            <source>The supplier is in use by now (notes, payments or items) and stays.</source>
            <translation>The supplier is in use by now (notes, payments or items) and stays.</translation>
        </message>
        <message>
            <source>There is no such supplier.</source>
            <translation>There is no such supplier.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::SupplierService</name>
        <message>
            <source>A supplier needs a name.</source>
            <translation>A supplier needs a name.</translation>
        </message>
        <message>
            <source>There is already a supplier called “%1”.</source>
            <translation>There is already a supplier called “%1”.</translation>
        </message>
        <message>
            <source>name (供应商)</source>
            <translation>name (供应商)</translation>
        </message>
        <message>
            <source>%1 holds no suppliers.</source>
            <translation>%1 holds no suppliers.</translation>
        </message>
        <message>
            <source>the supplier's name is empty.</source>
            <translation>the supplier's name is empty.</translation>
        </message>
        <message>
            <source>there is already a supplier called “%1”.</source>
            <translation>there is already a supplier called “%1”.</translation>
        </message>
        <message>
            <source>There is no supplier called “%1”.</source>
            <translation>There is no supplier called “%1”.</translation>
        </message>
        <message>
            <source>Supplier %1</source>
            <translation>Supplier %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::SuppliersView</name>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Items supplied</source>
            <translation>Items supplied</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Suppliers</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>Contact:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>City:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Add supplier %1</source>
            <translation>Add supplier %1</translation>
        </message>
        <message>
            <source>Choose the supplier to change.</source>
            <translation>Choose the supplier to change.</translation>
        </message>
        <message>
            <source>Change supplier %1</source>
            <translation>Change supplier %1</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Show archived</translation>
        </message>
        <message>
            <source>Choose the supplier to archive.</source>
            <translation>Choose the supplier to archive.</translation>
        </message>
        <message>
            <source>Supplier “%1” is archived already.</source>
            <translation>Supplier “%1” is archived already.</translation>
        </message>
        <message>
            <source>Archive supplier “%1”: the %2 item(s) it supplies and its %3 receiving note(s) stay as they are, but a new receiving note can no longer choose it.</source>
            <translation>Archive supplier “%1”: the %2 item(s) it supplies and its %3 receiving note(s) stay as they are, but a new receiving note can no longer choose it.</translation>
        </message>
        <message>
            <source>Choose the archived supplier to unarchive.</source>
            <translation>Choose the archived supplier to unarchive.</translation>
        </message>
        <message>
            <source>Archive supplier %1</source>
            <translation>Archive supplier %1</translation>
        </message>
        <message>
            <source>Unarchive supplier %1</source>
            <translation>Unarchive supplier %1</translation>
        </message>
        <message>
            <source>&amp;Item code:</source>
            <translation>&amp;Item code:</translation>
        </message>
        <message>
            <source>an item that also comes from the selected supplier</source>
            <translation>an item that also comes from the selected supplier</translation>
        </message>
        <message>
            <source>The item also comes from the selected supplier (its own supplier stays)</source>
            <translation>The item also comes from the selected supplier (its own supplier stays)</translation>
        </message>
        <message>
            <source>Choose the supplier first.</source>
            <translation>Choose the supplier first.</translation>
        </message>
        <message>
            <source>There is no item with the code “%1”.</source>
            <translation>There is no item with the code “%1”.</translation>
        </message>
        <message>
            <source>%1 is the item's own supplier of %2; change that in the item's details.</source>
            <translation>%1 is the item's own supplier of %2; change that in the item's details.</translation>
        </message>
        <message>
            <source>%1 comes from %2 already.</source>
            <translation>%1 comes from %2 already.</translation>
        </message>
        <message>
            <source>%1 does not come from %2.</source>
            <translation>%1 does not come from %2.</translation>
        </message>
        <message>
            <source>%1 also from %2</source>
            <translation>%1 also from %2</translation>
        </message>
        <message>
            <source>%1 no longer from %2</source>
            <translation>%1 no longer from %2</translation>
        </message>
        <message>
            <source>A&amp;lso supplies it</source>
            <translation>A&amp;lso supplies it</translation>
        </message>
        <message>
            <source>&amp;No longer supplies it</source>
            <translation>&amp;No longer supplies it</translation>
        </message>
        <message>
            <source>&amp;Add supplier</source>
            <translation>&amp;Add supplier</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Save changes</translation>
        </message>
        <message>
            <source>A&amp;rchive</source>
            <translation>A&amp;rchive</translation>
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation>&amp;Unarchive</translation>
        </message>
        <message>
            <source>Archive no&amp;w</source>
            <translation>Archive no&amp;w</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message numerus="yes">
            <source>%1 … (%n item(s) in all)</source>
            <translation>
                <numerusform>%1 … (%n item in all)</numerusform>
                <numerusform>%1 … (%n items in all)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::UnknownScansBox</name>
        <message>
            <source>Unknown barcodes to resolve</source>
            <translation>Unknown barcodes to resolve</translation>
        </message>
        <message>
            <source>The right barcode for the selected code</source>
            <translation>The right barcode for the selected code</translation>
        </message>
        <message>
            <source>%1 × %2  (%3, %4)</source>
            <translation>%1 × %2  (%3, %4)</translation>
        </message>
        <message>
            <source>C&amp;ount as this SKU</source>
            <translation>C&amp;ount as this SKU</translation>
        </message>
        <message>
            <source>Set &amp;aside</source>
            <translation>Set &amp;aside</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::VarianceGridModel</name>
        <message>
            <source>Expected %1 (system %2, moved during the count %3), counted %4: %5 pieces, %6</source>
            <translation>Expected %1 (system %2, moved during the count %3), counted %4: %5 pieces, %6</translation>
        </message>
        <message>
            <source>Colour total</source>
            <translation>Colour total</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>not counted</translation>
        </message>
        <message>
            <source>not counted / %1</source>
            <translation>not counted / %1</translation>
        </message>
        <message>
            <source>Expected %1 (system %2, moved during the count %3), not counted yet</source>
            <translation>Expected %1 (system %2, moved during the count %3), not counted yet</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::VarianceItemModel</name>
        <message>
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Surplus</source>
            <translation>Surplus</translation>
        </message>
        <message>
            <source>Shortage</source>
            <translation>Shortage</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
</TS>
