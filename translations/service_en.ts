<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ReplyCommands</name>
        <message>
            <source>Add reply %1</source>
            <translation>Add reply %1</translation>
        </message>
        <message>
            <source>Edit reply %1</source>
            <translation>Edit reply %1</translation>
        </message>
        <message>
            <source>Delete reply %1</source>
            <translation>Delete reply %1</translation>
        </message>
        <message>
            <source>Import replies from %1</source>
            <translation>Import replies from %1</translation>
        </message>
        <message>
            <source>Imported: %1 replies added, %2 updated.</source>
            <translation>Imported: %1 replies added, %2 updated.</translation>
        </message>
    </context>
    <context>
        <name>RevisitCli</name>
        <message>
            <source>The revisit list (回访): buyers whose order shipped N days ago (the setting service.revisit_days, 7), each with the revisit reply filled in.</source>
            <translation>The revisit list: buyers whose order shipped N days ago (the setting service.revisit_days, 7), each with the revisit reply filled in.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::AgentKpiRepository</name>
        <message>
            <source>Name the agent.</source>
            <translation>Name the agent.</translation>
        </message>
        <message>
            <source>The day is not a valid date.</source>
            <translation>The day is not a valid date.</translation>
        </message>
        <message>
            <source>the agent is missing</source>
            <translation>the agent is missing</translation>
        </message>
        <message>
            <source>“%1” is not a date like 2026-11-24</source>
            <translation>“%1” is not a date like 2026-11-24</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of 0 or more</source>
            <translation>“%1” is not a whole number of 0 or more</translation>
        </message>
        <message>
            <source>more buyers answered than received</source>
            <translation>more buyers answered than received</translation>
        </message>
        <message>
            <source>“%1” is not an agent level.</source>
            <translation>“%1” is not an agent level.</translation>
        </message>
        <message>
            <source>Commission rates cannot be negative.</source>
            <translation>Commission rates cannot be negative.</translation>
        </message>
        <message>
            <source>Junior</source>
            <translation>Junior</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Intermediate</translation>
        </message>
        <message>
            <source>Senior</source>
            <translation>Senior</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Personal commission</source>
            <translation>Personal commission</translation>
        </message>
        <message>
            <source>Team commission</source>
            <translation>Team commission</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::AgentKpiView</name>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Month:</translation>
        </message>
        <message>
            <source>Enter one agent's day</source>
            <translation>Enter one agent's day</translation>
        </message>
        <message>
            <source>Pay rates (set by the manager)</source>
            <translation>Pay rates (set by the manager)</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Asked, then paid</source>
            <translation>Asked, then paid</translation>
        </message>
        <message>
            <source>Good ratings</source>
            <translation>Good ratings</translation>
        </message>
        <message>
            <source>First response (s)</source>
            <translation>First response (s)</translation>
        </message>
        <message>
            <source>Sales (¥)</source>
            <translation>Sales (¥)</translation>
        </message>
        <message>
            <source>Base: %1</source>
            <translation>Base: %1</translation>
        </message>
        <message>
            <source>Personal commission (of own sales)</source>
            <translation>Personal commission (of own sales)</translation>
        </message>
        <message>
            <source>Team commission (of team sales, shared)</source>
            <translation>Team commission (of team sales, shared)</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Bonus this month (¥)</source>
            <translation>Bonus this month (¥)</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Reply rate</translation>
        </message>
        <message>
            <source>Inquiry conversion</source>
            <translation>Inquiry conversion</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Avg. first response (s)</source>
            <translation>Avg. first response (s)</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Export pay sheet</source>
            <translation>Export pay sheet</translation>
        </message>
        <message>
            <source>pay-%1.xlsx</source>
            <translation>pay-%1.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Import agent days</source>
            <translation>Import agent days</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Enter %1's day %2</source>
            <translation>Enter %1's day %2</translation>
        </message>
        <message>
            <source>Change pay rates</source>
            <translation>Change pay rates</translation>
        </message>
        <message>
            <source>Set %1's level and bonus</source>
            <translation>Set %1's level and bonus</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Import CSV…</translation>
        </message>
        <message>
            <source>&amp;Export pay sheet…</source>
            <translation>&amp;Export pay sheet…</translation>
        </message>
        <message>
            <source>Save &amp;day</source>
            <translation>Save &amp;day</translation>
        </message>
        <message>
            <source>Save &amp;rates</source>
            <translation>Save &amp;rates</translation>
        </message>
        <message>
            <source>Save &amp;level and bonus</source>
            <translation>Save &amp;level and bonus</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::BuyerLists</name>
        <message>
            <source>The library has no reply with the code %1.</source>
            <translation>The library has no reply with the code %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::BuyerListsRepository</name>
        <message>
            <source>Name the buyer who is waiting.</source>
            <translation>Name the buyer who is waiting.</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>No SKU has the barcode %1.</translation>
        </message>
        <message>
            <source>Name the buyer of the failed deal.</source>
            <translation>Name the buyer of the failed deal.</translation>
        </message>
        <message>
            <source>Name the order to follow up.</source>
            <translation>Name the order to follow up.</translation>
        </message>
        <message>
            <source>“%1” is not a follow-up reason.</source>
            <translation>“%1” is not a follow-up reason.</translation>
        </message>
        <message>
            <source>Logistics unclear</source>
            <translation>Logistics unclear</translation>
        </message>
        <message>
            <source>Cannot ship</source>
            <translation>Cannot ship</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>%1 %2/%3 is in stock (%4 available): the buyer can order it now, so there is nothing to wait for.</source>
            <translation>%1 %2/%3 is in stock (%4 available): the buyer can order it now, so there is nothing to wait for.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::BuyerListsView</name>
        <message>
            <source>Waiting for stock</source>
            <translation>Waiting for stock</translation>
        </message>
        <message>
            <source>Unpaid orders</source>
            <translation>Unpaid orders</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Failed deals</source>
            <translation>Failed deals</translation>
        </message>
        <message>
            <source>Cannot ship</source>
            <translation>Cannot ship</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
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
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>Next time</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <source>Orders the warehouse flagged yellow: they cannot ship yet. Tell the buyer and agree on another colour or size, waiting, or a refund.</source>
            <translation>Orders the warehouse flagged yellow: they cannot ship yet. Tell the buyer and agree on another colour or size, waiting, or a refund.</translation>
        </message>
        <message>
            <source>Buyer's member name</source>
            <translation>Buyer's member name</translation>
        </message>
        <message>
            <source>Scan or type the SKU barcode, Enter</source>
            <translation>Scan or type the SKU barcode, Enter</translation>
        </message>
        <message>
            <source>Not paid after (hours):</source>
            <translation>Not paid after (hours):</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>How to reach them next time</source>
            <translation>How to reach them next time</translation>
        </message>
        <message>
            <source>Still waiting for stock</source>
            <translation>Still waiting for stock</translation>
        </message>
        <message>
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message>
            <source>✓</source>
            <translation>✓</translation>
        </message>
        <message>
            <source>Waiting for stock (%1 to tell)</source>
            <translation>Waiting for stock (%1 to tell)</translation>
        </message>
        <message>
            <source>Unpaid orders (%1)</source>
            <translation>Unpaid orders (%1)</translation>
        </message>
        <message>
            <source>Cannot ship (%1)</source>
            <translation>Cannot ship (%1)</translation>
        </message>
        <message>
            <source>This buyer's SKU has not arrived yet.</source>
            <translation>This buyer's SKU has not arrived yet.</translation>
        </message>
        <message>
            <source>Tell %1 the stock arrived</source>
            <translation>Tell %1 the stock arrived</translation>
        </message>
        <message>
            <source>Copied to the clipboard and marked as told.</source>
            <translation>Copied to the clipboard and marked as told.</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>Copied to the clipboard.</translation>
        </message>
        <message>
            <source>Flagged yellow by the warehouse; buyer told</source>
            <translation>Flagged yellow by the warehouse; buyer told</translation>
        </message>
        <message>
            <source>Copied to the clipboard; the order is on the follow-up list.</source>
            <translation>Copied to the clipboard; the order is on the follow-up list.</translation>
        </message>
        <message>
            <source>Name the buyer who is waiting.</source>
            <translation>Name the buyer who is waiting.</translation>
        </message>
        <message>
            <source>Register %1 as waiting</source>
            <translation>Register %1 as waiting</translation>
        </message>
        <message>
            <source>Follow up order %1</source>
            <translation>Follow up order %1</translation>
        </message>
        <message>
            <source>Mark follow-up of %1</source>
            <translation>Mark follow-up of %1</translation>
        </message>
        <message>
            <source>Record failed deal with %1</source>
            <translation>Record failed deal with %1</translation>
        </message>
        <message>
            <source>%1 is on the waiting list.</source>
            <translation>%1 is on the waiting list.</translation>
        </message>
        <message>
            <source>Copy message and &amp;follow up</source>
            <translation>Copy message and &amp;follow up</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>Copy notice and mark &amp;told</source>
            <translation>Copy notice and mark &amp;told</translation>
        </message>
        <message>
            <source>Copy re&amp;minder</source>
            <translation>Copy re&amp;minder</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Done / not done</source>
            <translation>&amp;Done / not done</translation>
        </message>
        <message>
            <source>Add d&amp;eal</source>
            <translation>Add d&amp;eal</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::FactPrompt</name>
        <message>
            <source>Missing facts: type them, then Enter</source>
            <translation>Missing facts: type them, then Enter</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::Factory</name>
        <message>
            <source>Customer service</source>
            <translation>Customer service</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::FactsRepository</name>
        <message>
            <source>There is no order %1 in this shop.</source>
            <translation>There is no order %1 in this shop.</translation>
        </message>
        <message>
            <source>There is no buyer %1 in this shop.</source>
            <translation>There is no buyer %1 in this shop.</translation>
        </message>
        <message>
            <source>No order or buyer is called %1.</source>
            <translation>No order or buyer is called %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::HouseStyle</name>
        <message>
            <source>line %1: “%2” is not a valid pattern (%3)</source>
            <translation>line %1: “%2” is not a valid pattern (%3)</translation>
        </message>
        <message>
            <source>does not open with 亲</source>
            <translation>does not open with 亲</translation>
        </message>
        <message>
            <source>does not end softly with 呢, 哦, 哈 or 啊</source>
            <translation>does not end softly with 呢, 哦, 哈 or 啊</translation>
        </message>
        <message>
            <source>promises a delivery time (“%1”): only the dispatch time may be promised, e.g. 付款后24小时内发货</source>
            <translation>promises a delivery time (“%1”): only the dispatch time may be promised, e.g. 付款后24小时内发货</translation>
        </message>
        <message>
            <source>{%1} is not a known placeholder</source>
            <translation>{%1} is not a known placeholder</translation>
        </message>
        <message>
            <source>a stray brace at “%1”: a placeholder is written {名称}</source>
            <translation>a stray brace at “%1”: a placeholder is written {名称}</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::RepliesView</name>
        <message>
            <source>&amp;Buyer or order:</source>
            <translation>&amp;Buyer or order:</translation>
        </message>
        <message>
            <source>Paste an order number or a buyer's member name, then Enter</source>
            <translation>Paste an order number or a buyer's member name, then Enter</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Code, title or text; ↑↓ choose, Enter copies, Ctrl+Enter stacks, Esc clears</source>
            <translation>Code, title or text; ↑↓ choose, Enter copies, Ctrl+Enter stacks, Esc clears</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Stacked: %1 (Enter copies them with the current reply)</source>
            <translation>Stacked: %1 (Enter copies them with the current reply)</translation>
        </message>
        <message>
            <source>Copied to the clipboard: paste it into the chat window.</source>
            <translation>Copied to the clipboard: paste it into the chat window.</translation>
        </message>
        <message>
            <source>Buyer %1 · order %2 · %3 · %4 %5</source>
            <translation>Buyer %1 · order %2 · %3 · %4 %5</translation>
        </message>
        <message>
            <source>none in the library</source>
            <translation>none in the library</translation>
        </message>
        <message>
            <source>Auto-reply: %1</source>
            <translation>Auto-reply: %1</translation>
        </message>
        <message>
            <source>Status line: %1</source>
            <translation>Status line: %1</translation>
        </message>
        <message>
            <source>The reply was removed meanwhile.</source>
            <translation>The reply was removed meanwhile.</translation>
        </message>
        <message>
            <source>Import replies</source>
            <translation>Import replies</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Export replies</source>
            <translation>Export replies</translation>
        </message>
        <message>
            <source>replies.csv</source>
            <translation>replies.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n replies exported.</source>
            <translation>
                <numerusform>%n replies exported.</numerusform>
                <numerusform>%n replies exported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 in %n paid order(s); entitled to %3.%4</source>
            <translation>
                <numerusform>%1: %2 in %n paid order; entitled to %3.%4</numerusform>
                <numerusform>%1: %2 in %n paid orders; entitled to %3.%4</numerusform>
            </translation>
        </message>
        <message>
            <source> Loyal buyer (钢丝客户): new items first.</source>
            <translation> Loyal buyer: new items first.</translation>
        </message>
        <message numerus="yes">
            <source>%n replies exported to %1.</source>
            <translation>
                <numerusform>%n replies exported to %1.</numerusform>
                <numerusform>%n replies exported to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyEditor</name>
        <message>
            <source>Edit reply (checked against the house style as you type)</source>
            <translation>Edit reply (checked against the house style as you type)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Sa&amp;ve</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Import CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>✓ Keeps the house style.</source>
            <translation>✓ Keeps the house style.</translation>
        </message>
        <message>
            <source>✗ %1</source>
            <translation>✗ %1</translation>
        </message>
        <message>
            <source>Reply %1 has unsaved changes: Save (Ctrl+S) keeps them, Revert drops them.</source>
            <translation>Reply %1 has unsaved changes: Save (Ctrl+S) keeps them, Revert drops them.</translation>
        </message>
        <message>
            <source>The new reply is not saved yet: Save (Ctrl+S) adds it, Revert drops it.</source>
            <translation>The new reply is not saved yet: Save (Ctrl+S) adds it, Revert drops it.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyFiller</name>
        <message>
            <source>buyer</source>
            <translation>buyer</translation>
        </message>
        <message>
            <source>order number</source>
            <translation>order number</translation>
        </message>
        <message>
            <source>item</source>
            <translation>item</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>colour</translation>
        </message>
        <message>
            <source>size</source>
            <translation>size</translation>
        </message>
        <message>
            <source>courier</source>
            <translation>courier</translation>
        </message>
        <message>
            <source>tracking number</source>
            <translation>tracking number</translation>
        </message>
        <message>
            <source>dispatch date</source>
            <translation>dispatch date</translation>
        </message>
        <message>
            <source>payment time</source>
            <translation>payment time</translation>
        </message>
        <message>
            <source>return address</source>
            <translation>return address</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>bank account</translation>
        </message>
        <message>
            <source>shop name</source>
            <translation>shop name</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>promotion</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>no value for %1</source>
            <translation>no value for %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>unknown placeholder %1</source>
            <translation>unknown placeholder %1</translation>
        </message>
        <message>
            <source>The reply cannot be sent yet: %1.</source>
            <translation>The reply cannot be sent yet: %1.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>available stock</source>
            <translation>available stock</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyRepository</name>
        <message>
            <source>Every reply needs a short code.</source>
            <translation>Every reply needs a short code.</translation>
        </message>
        <message>
            <source>The reply %1 has no text.</source>
            <translation>The reply %1 has no text.</translation>
        </message>
        <message>
            <source>The short code %1 is already used by another reply.</source>
            <translation>The short code %1 is already used by another reply.</translation>
        </message>
        <message>
            <source>Pre-sale</source>
            <translation>Pre-sale</translation>
        </message>
        <message>
            <source>In-sale</source>
            <translation>In-sale</translation>
        </message>
        <message>
            <source>After-sale</source>
            <translation>After-sale</translation>
        </message>
        <message>
            <source>Payment reminder</source>
            <translation>Payment reminder</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistics</translation>
        </message>
        <message>
            <source>Returns and exchanges</source>
            <translation>Returns and exchanges</translation>
        </message>
        <message>
            <source>Review request</source>
            <translation>Review request</translation>
        </message>
        <message>
            <source>Back in stock</source>
            <translation>Back in stock</translation>
        </message>
        <message>
            <source>Auto-reply</source>
            <translation>Auto-reply</translation>
        </message>
        <message>
            <source>Status line</source>
            <translation>Status line</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyService</name>
        <message>
            <source>The reply %1</source>
            <translation>The reply %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyTableModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyTransfer</name>
        <message>
            <source>every reply needs a short code</source>
            <translation>every reply needs a short code</translation>
        </message>
        <message>
            <source>the code %1 appears twice in the file</source>
            <translation>the code %1 appears twice in the file</translation>
        </message>
        <message>
            <source>the reply %1 has no text</source>
            <translation>the reply %1 has no text</translation>
        </message>
        <message>
            <source>{%1} is not a known placeholder</source>
            <translation>{%1} is not a known placeholder</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Replies</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::RevisitCli</name>
        <message>
            <source>Usage: revisits [--days N] [--today YYYY-MM-DD]</source>
            <translation>Usage: revisits [--days N] [--today YYYY-MM-DD]</translation>
        </message>
        <message>
            <source>--days needs a number of days above 0, not “%1”.</source>
            <translation>--days needs a number of days above 0, not “%1”.</translation>
        </message>
        <message>
            <source>--today needs a date YYYY-MM-DD, not “%1”.</source>
            <translation>--today needs a date YYYY-MM-DD, not “%1”.</translation>
        </message>
        <message>
            <source>%1  %2  %3 (%4)  %5</source>
            <translation>%1  %2  %3 (%4)  %5</translation>
        </message>
        <message>
            <source>No revisit is due.</source>
            <translation>No revisit is due.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::RevisitTableModel</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Member tier</source>
            <translation>Member tier</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::RevisitView</name>
        <message numerus="yes">
            <source>%n buyer(s) to revisit (回访), %1 day(s) after dispatch.</source>
            <translation>
                <numerusform>%n buyer to revisit, %1 day(s) after dispatch.</numerusform>
                <numerusform>%n buyers to revisit, %1 day(s) after dispatch.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied the revisit message for %1.</source>
            <translation>Copied the revisit message for %1.</translation>
        </message>
        <message>
            <source>Revisit &amp;after:</source>
            <translation>Revisit &amp;after:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>&amp;Copy the message</source>
            <translation>&amp;Copy the message</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::Revisits</name>
        <message>
            <source>The library has no reply with the code %1.</source>
            <translation>The library has no reply with the code %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ServiceCli</name>
        <message>
            <source>%1	[%2] %3: %4</source>
            <translation>%1	[%2] %3: %4</translation>
        </message>
        <message>
            <source>replies render needs the reply's code, e.g. replies render wl --order 123.</source>
            <translation>replies render needs the reply's code, e.g. replies render wl --order 123.</translation>
        </message>
        <message>
            <source>The library has no reply with the code %1.</source>
            <translation>The library has no reply with the code %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message numerus="yes">
            <source>All %n replies keep the house style.</source>
            <translation>
                <numerusform>All %n replies keep the house style.</numerusform>
                <numerusform>All %n replies keep the house style.</numerusform>
            </translation>
        </message>
        <message>
            <source>replies import needs exactly one file: replies import FILE.csv.</source>
            <translation>replies import needs exactly one file: replies import FILE.csv.</translation>
        </message>
        <message>
            <source>%1: %2 replies added, %3 updated.</source>
            <translation>%1: %2 replies added, %3 updated.</translation>
        </message>
        <message>
            <source>replies export needs exactly one file: replies export FILE.csv or FILE.xlsx.</source>
            <translation>replies export needs exactly one file: replies export FILE.csv or FILE.xlsx.</translation>
        </message>
        <message numerus="yes">
            <source>%n replies written to %1.</source>
            <translation>
                <numerusform>%n replies written to %1.</numerusform>
                <numerusform>%n replies written to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>waitlist add needs the buyer and the SKU's barcode: waitlist add BUYER BARCODE.</source>
            <translation>waitlist add needs the buyer and the SKU's barcode: waitlist add BUYER BARCODE.</translation>
        </message>
        <message>
            <source>%1 is waiting for %2; they will be listed when it is booked in.</source>
            <translation>%1 is waiting for %2; they will be listed when it is booked in.</translation>
        </message>
        <message>
            <source>waitlist takes no argument, or: waitlist add BUYER BARCODE.</source>
            <translation>waitlist takes no argument, or: waitlist add BUYER BARCODE.</translation>
        </message>
        <message>
            <source>%1 — %2 %3/%4 (arrived %5): %6</source>
            <translation>%1 — %2 %3/%4 (arrived %5): %6</translation>
        </message>
        <message>
            <source>Nobody to call: no waited-for SKU has been booked in.</source>
            <translation>Nobody to call: no waited-for SKU has been booked in.</translation>
        </message>
        <message>
            <source>replies patterns takes at most one file: replies patterns [FILE].</source>
            <translation>replies patterns takes at most one file: replies patterns [FILE].</translation>
        </message>
        <message>
            <source>Delivery-promise patterns, built in:
%1
This shop's own:
%2</source>
            <translation>Delivery-promise patterns, built in:
%1
This shop's own:
%2</translation>
        </message>
        <message>
            <source>replies needs one of: list, render, lint, patterns, import, export.</source>
            <translation>replies needs one of: list, render, lint, patterns, import, export.</translation>
        </message>
        <message>
            <source>replies does not know “%1”; use list, render, lint, patterns, import or export.</source>
            <translation>replies does not know “%1”; use list, render, lint, patterns, import or export.</translation>
        </message>
        <message>
            <source>The reply library: list, fill a reply from an order, check the house style, import, export.</source>
            <translation>The reply library: list, fill a reply from an order, check the house style, import, export.</translation>
        </message>
        <message>
            <source>Buyers to call now: their out-of-stock SKU was booked in (with the filled 到货通知).</source>
            <translation>Buyers to call now: their out-of-stock SKU was booked in (with the filled 到货通知).</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ServiceWorkbench</name>
        <message>
            <source>Quick replies</source>
            <translation>Quick replies</translation>
        </message>
        <message>
            <source>Buyer lists</source>
            <translation>Buyer lists</translation>
        </message>
        <message>
            <source>Agent KPIs and pay</source>
            <translation>Agent KPIs and pay</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>&amp;Find a reply</source>
            <translation>&amp;Find a reply</translation>
        </message>
        <message>
            <source>&amp;Bind a buyer or order</source>
            <translation>&amp;Bind a buyer or order</translation>
        </message>
        <message>
            <source>&amp;New reply</source>
            <translation>&amp;New reply</translation>
        </message>
        <message>
            <source>&amp;Save the reply</source>
            <translation>&amp;Save the reply</translation>
        </message>
        <message>
            <source>&amp;Delete the reply</source>
            <translation>&amp;Delete the reply</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Imports replies, or in the KPI dock the agents' days, from a CSV file</source>
            <translation>Imports replies, or in the KPI dock the agents' days, from a CSV file</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Exports the replies, or in the KPI dock the pay sheet</source>
            <translation>Exports the replies, or in the KPI dock the pay sheet</translation>
        </message>
        <message>
            <source>Revisits</source>
            <translation>Revisits</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Bind</source>
            <translation>Bind</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
    </context>
</TS>
