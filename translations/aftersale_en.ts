<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::aftersale::AftersaleService</name>
        <message>
            <source>Order %1: the line “%2” is not matched to a SKU; match it in shipping first.</source>
            <translation>Order %1: the line “%2” is not matched to a SKU; match it in shipping first.</translation>
        </message>
        <message>
            <source>%1: a case needs at least 1 piece (it is %2).</source>
            <translation>%1: a case needs at least 1 piece (it is %2).</translation>
        </message>
        <message>
            <source>Order %1 has no item with the barcode %2.</source>
            <translation>Order %1 has no item with the barcode %2.</translation>
        </message>
        <message>
            <source>Order %1 holds %2 piece(s) of %3, not %4.</source>
            <translation>Order %1 holds %2 piece(s) of %3, not %4.</translation>
        </message>
        <message>
            <source>The case is closed.</source>
            <translation>The case is closed.</translation>
        </message>
        <message>
            <source>This kind of case (%1) has no goods coming back.</source>
            <translation>This kind of case (%1) has no goods coming back.</translation>
        </message>
        <message>
            <source>The goods of this case were already received.</source>
            <translation>The goods of this case were already received.</translation>
        </message>
        <message>
            <source>An exchange sends a replacement; it is not refunded.</source>
            <translation>An exchange sends a replacement; it is not refunded.</translation>
        </message>
        <message>
            <source>A return is refunded once its goods are received.</source>
            <translation>A return is refunded once its goods are received.</translation>
        </message>
        <message>
            <source>The case was already refunded.</source>
            <translation>The case was already refunded.</translation>
        </message>
        <message>
            <source>The case was already refunded or its replacement sent.</source>
            <translation>The case was already refunded or its replacement sent.</translation>
        </message>
        <message>
            <source>This kind of case (%1) sends no replacement.</source>
            <translation>This kind of case (%1) sends no replacement.</translation>
        </message>
        <message>
            <source>An exchange sends its replacement once the goods are received.</source>
            <translation>An exchange sends its replacement once the goods are received.</translation>
        </message>
        <message>
            <source>The goods are back: refund the buyer or send the replacement before closing.</source>
            <translation>The goods are back: refund the buyer or send the replacement before closing.</translation>
        </message>
        <message>
            <source>“%1” is not a step of a case.</source>
            <translation>“%1” is not a step of a case.</translation>
        </message>
        <message>
            <source>There is no after-sale case %1.</source>
            <translation>There is no after-sale case %1.</translation>
        </message>
        <message>
            <source>“%1” is not a kind of case; use return, exchange, refund only, lost, damaged, undeliverable or refused.</source>
            <translation>“%1” is not a kind of case; use return, exchange, refund only, lost, damaged, undeliverable or refused.</translation>
        </message>
        <message>
            <source>“%1” is not one of the store's reasons: %2.</source>
            <translation>“%1” is not one of the store's reasons: %2.</translation>
        </message>
        <message>
            <source>A claim cannot be for a negative amount (%1).</source>
            <translation>A claim cannot be for a negative amount (%1).</translation>
        </message>
        <message>
            <source>There is no order %1.</source>
            <translation>There is no order %1.</translation>
        </message>
        <message>
            <source>Order %1 has not been shipped: only a refund can be agreed for it.</source>
            <translation>Order %1 has not been shipped: only a refund can be agreed for it.</translation>
        </message>
        <message>
            <source>Order %1 has no tracking number to claim for.</source>
            <translation>Order %1 has no tracking number to claim for.</translation>
        </message>
        <message>
            <source>Case %1: %2</source>
            <translation>Case %1: %2</translation>
        </message>
        <message>
            <source>Case %1 is not about the item with the barcode %2.</source>
            <translation>Case %1 is not about the item with the barcode %2.</translation>
        </message>
        <message>
            <source>Case %1 expects %2 more piece(s) of %3, not %4.</source>
            <translation>Case %1 expects %2 more piece(s) of %3, not %4.</translation>
        </message>
        <message>
            <source>A refund needs an amount above ¥0.00 (it is %1).</source>
            <translation>A refund needs an amount above ¥0.00 (it is %1).</translation>
        </message>
        <message>
            <source>Order %1 paid %2 and %3 was refunded already: at most %4 can be refunded, not %5.</source>
            <translation>Order %1 paid %2 and %3 was refunded already: at most %4 can be refunded, not %5.</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>No SKU has the barcode %1.</translation>
        </message>
        <message>
            <source>Case %1 has changed since: its last step is no longer “%2”.</source>
            <translation>Case %1 has changed since: its last step is no longer “%2”.</translation>
        </message>
        <message>
            <source>A reason cannot be empty.</source>
            <translation>A reason cannot be empty.</translation>
        </message>
        <message>
            <source>The reason “%1” has a comma; write it without one.</source>
            <translation>The reason “%1” has a comma; write it without one.</translation>
        </message>
        <message>
            <source>The reason “%1” is on the list twice.</source>
            <translation>The reason “%1” is on the list twice.</translation>
        </message>
        <message>
            <source>The store needs at least one reason.</source>
            <translation>The store needs at least one reason.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Reason / item / SKU</source>
            <translation>Reason / item / SKU</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>Pieces</translation>
        </message>
        <message>
            <source>Units sold</source>
            <translation>Units sold</translation>
        </message>
        <message>
            <source>Pieces returned or exchanged</source>
            <translation>Pieces returned or exchanged</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>Return rate</translation>
        </message>
        <message>
            <source>Refunds (¥)</source>
            <translation>Refunds (¥)</translation>
        </message>
        <message>
            <source>By reason</source>
            <translation>By reason</translation>
        </message>
        <message>
            <source>By item</source>
            <translation>By item</translation>
        </message>
        <message>
            <source>By SKU</source>
            <translation>By SKU</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>After-sale</source>
            <translation>After-sale</translation>
        </message>
        <message>
            <source>The reply library has no reply in the returns group.</source>
            <translation>The reply library has no reply in the returns group.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::AftersaleTerms</name>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Refund only</source>
            <translation>Refund only</translation>
        </message>
        <message>
            <source>Lost parcel</source>
            <translation>Lost parcel</translation>
        </message>
        <message>
            <source>Damaged parcel</source>
            <translation>Damaged parcel</translation>
        </message>
        <message>
            <source>Undeliverable parcel</source>
            <translation>Undeliverable parcel</translation>
        </message>
        <message>
            <source>Refused parcel</source>
            <translation>Refused parcel</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Goods received</source>
            <translation>Goods received</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>Replacement sent</source>
            <translation>Replacement sent</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::AftersaleWorkbench</name>
        <message>
            <source>After-sale cases</source>
            <translation>After-sale cases</translation>
        </message>
        <message>
            <source>After-sale report</source>
            <translation>After-sale report</translation>
        </message>
        <message>
            <source>After-sale replies</source>
            <translation>After-sale replies</translation>
        </message>
        <message>
            <source>&amp;New after-sale case…</source>
            <translation>&amp;New after-sale case…</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>&amp;Export the after-sale report…</source>
            <translation>&amp;Export the after-sale report…</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::CasesView</name>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>Order no.</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>Goods</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Replacement parcel</source>
            <translation>Replacement parcel</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>Opened by</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;New case…</translation>
        </message>
        <message>
            <source>Goods &amp;received…</source>
            <translation>Goods &amp;received…</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>Re&amp;fund…</translation>
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation>&amp;Close case</translation>
        </message>
        <message>
            <source>Open cases only</source>
            <translation>Open cases only</translation>
        </message>
        <message>
            <source>%1 case(s) shown, %2 not closed.</source>
            <translation>%1 case(s) shown, %2 not closed.</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2 (%3)</translation>
        </message>
        <message>
            <source>Case %1, order %2 paid %3: %4</source>
            <translation>Case %1, order %2 paid %3: %4</translation>
        </message>
        <message>
            <source>Open an after-sale case for order %1</source>
            <translation>Open an after-sale case for order %1</translation>
        </message>
        <message>
            <source>Receive the goods of case %1</source>
            <translation>Receive the goods of case %1</translation>
        </message>
        <message>
            <source>Refund %1 on case %2</source>
            <translation>Refund %1 on case %2</translation>
        </message>
        <message>
            <source>Send the replacement of case %1</source>
            <translation>Send the replacement of case %1</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <source>Close after-sale case %1 of order %2? It leaves the list of open cases.</source>
            <translation>Close after-sale case %1 of order %2? It leaves the list of open cases.</translation>
        </message>
        <message>
            <source>Close case %1</source>
            <translation>Close case %1</translation>
        </message>
        <message>
            <source>Goods received for case %1</source>
            <translation>Goods received for case %1</translation>
        </message>
        <message>
            <source>Inspect each piece: intact ones go back into stock, damaged ones to the faulty goods.</source>
            <translation>Inspect each piece: intact ones go back into stock, damaged ones to the faulty goods.</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Intact</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>No piece was counted as received.</source>
            <translation>No piece was counted as received.</translation>
        </message>
        <message>
            <source>Refund for case %1 (order %2 paid %3), ¥:</source>
            <translation>Refund for case %1 (order %2 paid %3), ¥:</translation>
        </message>
        <message>
            <source>Replacement for case %1</source>
            <translation>Replacement for case %1</translation>
        </message>
        <message>
            <source>Barcodes to send (barcode:pieces, separated by spaces):</source>
            <translation>Barcodes to send (barcode:pieces, separated by spaces):</translation>
        </message>
        <message>
            <source>Courier:</source>
            <translation>Courier:</translation>
        </message>
        <message>
            <source>Tracking no. of the new parcel:</source>
            <translation>Tracking no. of the new parcel:</translation>
        </message>
        <message>
            <source>Opened at</source>
            <translation>Opened at</translation>
        </message>
        <message>
            <source>Rea&amp;sons…</source>
            <translation>Rea&amp;sons…</translation>
        </message>
        <message>
            <source>Change the after-sale reasons</source>
            <translation>Change the after-sale reasons</translation>
        </message>
        <message>
            <source>After-sale reasons</source>
            <translation>After-sale reasons</translation>
        </message>
        <message>
            <source>The store's reasons for returns and exchanges, one per line:</source>
            <translation>The store's reasons for returns and exchanges, one per line:</translation>
        </message>
        <message>
            <source>empty: the next number of the courier's range</source>
            <translation>empty: the next number of the courier's range</translation>
        </message>
        <message>
            <source>Send re&amp;placement…</source>
            <translation>Send re&amp;placement…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::Cli</name>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>%1 “%2”: the count after the colon must be 1 to 9999.</source>
            <translation>%1 “%2”: the count after the colon must be 1 to 9999.</translation>
        </message>
        <message>
            <source>%1 “%2” names no barcode.</source>
            <translation>%1 “%2” names no barcode.</translation>
        </message>
        <message>
            <source>There is no after-sale case %1.</source>
            <translation>There is no after-sale case %1.</translation>
        </message>
        <message>
            <source>--kind “%1” is not a kind of case; use return, exchange, refund_only, lost, damaged, undeliverable or refused.</source>
            <translation>--kind “%1” is not a kind of case; use return, exchange, refund_only, lost, damaged, undeliverable or refused.</translation>
        </message>
        <message>
            <source>--claim “%1”: %2</source>
            <translation>--claim “%1”: %2</translation>
        </message>
        <message>
            <source>Opened after-sale case %1 for order %2.</source>
            <translation>Opened after-sale case %1 for order %2.</translation>
        </message>
        <message>
            <source>Case %1: goods received and booked.</source>
            <translation>Case %1: goods received and booked.</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”: %2</translation>
        </message>
        <message>
            <source>Case %1: refunded %2.</source>
            <translation>Case %1: refunded %2.</translation>
        </message>
        <message>
            <source>Case %1: replacement parcel %2 waits at the packing station.</source>
            <translation>Case %1: replacement parcel %2 waits at the packing station.</translation>
        </message>
        <message>
            <source>Case %1 closed.</source>
            <translation>Case %1 closed.</translation>
        </message>
        <message>
            <source>%1  order %2  %3  %4  %5  refund %6</source>
            <translation>%1  order %2  %3  %4  %5  refund %6</translation>
        </message>
        <message>
            <source>No after-sale cases.</source>
            <translation>No after-sale cases.</translation>
        </message>
        <message>
            <source>%1 “%2” is not a day (YYYY-MM-DD).</source>
            <translation>%1 “%2” is not a day (YYYY-MM-DD).</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s), refunds %1.</source>
            <translation>
                <numerusform>%n case, refunds %1.</numerusform>
                <numerusform>%n cases, refunds %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  %1: %n case(s), refunds %2</source>
            <translation>
                <numerusform>  %1: %n case, refunds %2</numerusform>
                <numerusform>  %1: %n cases, refunds %2</numerusform>
            </translation>
        </message>
        <message>
            <source>  %1 %2: %3 of %4 sold returned or exchanged (%5%)</source>
            <translation>  %1 %2: %3 of %4 sold returned or exchanged (%5%)</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>Written to %1.</translation>
        </message>
        <message>
            <source>After-sale cases (returns, exchanges, refunds, lost, damaged, undeliverable and refused parcels): open one, receive its goods, refund, send a replacement, close, list, report.</source>
            <translation>After-sale cases (returns, exchanges, refunds, lost, damaged, undeliverable and refused parcels): open one, receive its goods, refund, send a replacement, close, list, report.</translation>
        </message>
        <message>
            <source>Case %1: the replacement parcel, numbered from the courier's range, waits at the packing station.</source>
            <translation>Case %1: the replacement parcel, numbered from the courier's range, waits at the packing station.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::Factory</name>
        <message>
            <source>After-sale</source>
            <translation>After-sale</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::OpenCaseDialog</name>
        <message>
            <source>New after-sale case</source>
            <translation>New after-sale case</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>Goods</translation>
        </message>
        <message>
            <source>In the order</source>
            <translation>In the order</translation>
        </message>
        <message>
            <source>In the case</source>
            <translation>In the case</translation>
        </message>
        <message>
            <source>Lines of the case</source>
            <translation>Lines of the case</translation>
        </message>
        <message>
            <source>Order no.:</source>
            <translation>Order no.:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Lines (pieces in the case, 0 leaves a line out):</source>
            <translation>Lines (pieces in the case, 0 leaves a line out):</translation>
        </message>
        <message>
            <source>Claimed from the courier (lost or damaged, ¥):</source>
            <translation>Claimed from the courier (lost or damaged, ¥):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>There is no order %1.</source>
            <translation>There is no order %1.</translation>
        </message>
        <message>
            <source>%1 (not matched to a SKU)</source>
            <translation>%1 (not matched to a SKU)</translation>
        </message>
        <message>
            <source>Pieces of %1 in the case</source>
            <translation>Pieces of %1 in the case</translation>
        </message>
        <message>
            <source>Choose at least one piece of the order for the case.</source>
            <translation>Choose at least one piece of the order for the case.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::RepliesView</name>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>Text to send</source>
            <translation>Text to send</translation>
        </message>
        <message>
            <source>&amp;Copy the reply</source>
            <translation>&amp;Copy the reply</translation>
        </message>
        <message>
            <source>Open after-sale cases with the reply for the buyer: %1</source>
            <translation>Open after-sale cases with the reply for the buyer: %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::ReportView</name>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>Pieces</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
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
            <source>Units sold</source>
            <translation>Units sold</translation>
        </message>
        <message>
            <source>Returned or exchanged</source>
            <translation>Returned or exchanged</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>Return rate</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>&amp;Export xlsx…</source>
            <translation>&amp;Export xlsx…</translation>
        </message>
        <message>
            <source>By reason</source>
            <translation>By reason</translation>
        </message>
        <message>
            <source>By item</source>
            <translation>By item</translation>
        </message>
        <message>
            <source>By SKU</source>
            <translation>By SKU</translation>
        </message>
        <message numerus="yes">
            <source>%1 to %2: %n case(s), refunds %3.</source>
            <translation>
                <numerusform>%1 to %2: %n case, refunds %3.</numerusform>
                <numerusform>%1 to %2: %n cases, refunds %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cases per reason</source>
            <translation>Cases per reason</translation>
        </message>
        <message>
            <source>Export the after-sale report</source>
            <translation>Export the after-sale report</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
    </context>
</TS>
