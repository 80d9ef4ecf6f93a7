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
        <message>
            <source>Usage: stocktake start [--scope CATEGORY]</source>
            <translation>Usage: stocktake start [--scope CATEGORY]</translation>
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
            <translation>Post a receiving note (入库单) from a CSV file into stock.</translation>
        </message>
        <message>
            <source>Stock on hand per SKU (all, or one barcode or item code).</source>
            <translation>Stock on hand per SKU (all, or one barcode or item code).</translation>
        </message>
        <message>
            <source>Every stock movement of one SKU with the running balance.</source>
            <translation>Every stock movement of one SKU with the running balance.</translation>
        </message>
        <message>
            <source>The stock-take (盘点): scans are read from the arguments or one per line from standard input, each committed and acknowledged as it is read.</source>
            <translation>The stock-take (盘点): scans are read from the arguments or one per line from standard input, each committed and acknowledged as it is read.</translation>
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
            <translation>The suppliers (供应商): list them with the items each supplies, add one, import a CSV file (name, contact, phone, city, note; Chinese or English headers; all or nothing), or archive one the shop no longer buys from (and unarchive it).</translation>
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
            <source>Stock report</source>
            <translation>Stock report</translation>
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
            <source>Reverse movement</source>
            <translation>Reverse movement</translation>
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
            <source>Book out and print the list (two copies)</source>
            <translation>Book out and print the list (two copies)</translation>
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
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Close: the rest to the faulty-goods account</source>
            <translation>Close: the rest to the faulty-goods account</translation>
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
            <source>Book the return</source>
            <translation>Book the return</translation>
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
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>Post note</source>
            <translation>Post note</translation>
        </message>
        <message>
            <source>Receiving notes</source>
            <translation>Receiving notes</translation>
        </message>
        <message>
            <source>Print to PDF…</source>
            <translation>Print to PDF…</translation>
        </message>
        <message>
            <source>Reverse note</source>
            <translation>Reverse note</translation>
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
            <source>Record payment</source>
            <translation>Record payment</translation>
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
            <source>Create and post</source>
            <translation>Create and post</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose the supplier or type the name of a new one.</source>
            <translation>Choose the supplier or type the name of a new one.</translation>
        </message>
        <message>
            <source>New supplier “%1”: create it and post the note?</source>
            <translation>New supplier “%1”: create it and post the note?</translation>
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
            <translation>Stock report (进销存) %1 to %2</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::inventory::StockReportCli</name>
        <message>
            <source>The period stock report (进销存报表): opening, in and out by kind, closing, per SKU, item or category, in pieces and at cost.</source>
            <translation>The period stock report (进销存报表): opening, in and out by kind, closing, per SKU, item or category, in pieces and at cost.</translation>
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
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <source>The variance of %1 is %2 pieces, more than one stock movement can book; check the count and the receiving notes of this SKU.</source>
            <translation>The variance of %1 is %2 pieces, more than one stock movement can book; check the count and the receiving notes of this SKU.</translation>
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
            <source>Add supplier</source>
            <translation>Add supplier</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
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
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Unarchive</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Show archived</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <source>Count as this SKU</source>
            <translation>Count as this SKU</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>Set aside</translation>
        </message>
        <message>
            <source>%1 × %2  (%3, %4)</source>
            <translation>%1 × %2  (%3, %4)</translation>
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
