<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::buyers::BuyerTableModel</name>
        <message>
            <source>Loyal</source>
            <translation>Loyal</translation>
        </message>
        <message>
            <source>Member name</source>
            <translation>Member name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Member tier</source>
            <translation>Member tier</translation>
        </message>
        <message>
            <source>Total spend</source>
            <translation>Total spend</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Returns</translation>
        </message>
        <message>
            <source>First order</source>
            <translation>First order</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Last order</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::BuyersService</name>
        <message>
            <source>Height must be between 50 and 250 cm (it is %1).</source>
            <translation>Height must be between 50 and 250 cm (it is %1).</translation>
        </message>
        <message>
            <source>Weight must be between 20 and 300 kg (it is %1).</source>
            <translation>Weight must be between 20 and 300 kg (it is %1).</translation>
        </message>
        <message>
            <source>There is no buyer %1 in this shop.</source>
            <translation>There is no buyer %1 in this shop.</translation>
        </message>
        <message>
            <source>%1: a segment is written as .csv or .xlsx.</source>
            <translation>%1: a segment is written as .csv or .xlsx.</translation>
        </message>
        <message>
            <source>Member name</source>
            <translation>Member name</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Member tier</source>
            <translation>Member tier</translation>
        </message>
        <message>
            <source>Total spend</source>
            <translation>Total spend</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Last order</translation>
        </message>
        <message>
            <source>Loyal (钢丝客户)</source>
            <translation>Loyal</translation>
        </message>
        <message>
            <source>Buyers</source>
            <translation>Buyers</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Unpaid</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Shipped</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>The profile of %1</source>
            <translation>The profile of %1</translation>
        </message>
        <message>
            <source>“%1” cannot be written. Choose another folder.</source>
            <translation>“%1” cannot be written. Choose another folder.</translation>
        </message>
        <message>
            <source>“%1” could not be written to the end: the disk may be full. Free some space and try again.</source>
            <translation>“%1” could not be written to the end: the disk may be full. Free some space and try again.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::BuyersView</name>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>Goods</translation>
        </message>
        <message>
            <source>Return / after-sale</source>
            <translation>Return / after-sale</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n buyer(s) · %2</source>
            <translation>
                <numerusform>%1 — %n buyer · %2</numerusform>
                <numerusform>%1 — %n buyers · %2</numerusform>
            </translation>
        </message>
        <message>
            <source>No buyer chosen.</source>
            <translation>No buyer chosen.</translation>
        </message>
        <message>
            <source>There is no buyer %1 in this shop.</source>
            <translation>There is no buyer %1 in this shop.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; %2 %3 · %4 · %5 in %n paid order(s) · entitled to %6</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 %3 · %4 · %5 in %n paid order · entitled to %6</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 %3 · %4 · %5 in %n paid orders · entitled to %6</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 more to %2.</source>
            <translation>%1 more to %2.</translation>
        </message>
        <message numerus="yes">
            <source>First order %1, last order %2; %n return(s) or after-sale case(s).</source>
            <translation>
                <numerusform>First order %1, last order %2; %n return or after-sale case.</numerusform>
                <numerusform>First order %1, last order %2; %n returns or after-sale cases.</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Save the profile of %1</source>
            <translation>Save the profile of %1</translation>
        </message>
        <message>
            <source>Export the buyers shown</source>
            <translation>Export the buyers shown</translation>
        </message>
        <message>
            <source>buyers</source>
            <translation>buyers</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n buyer(s) written to %1.</source>
            <translation>
                <numerusform>%n buyer written to %1.</numerusform>
                <numerusform>%n buyers written to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Member name, name or phone</source>
            <translation>Member name, name or phone</translation>
        </message>
        <message>
            <source>Every tier</source>
            <translation>Every tier</translation>
        </message>
        <message>
            <source>Every buyer</source>
            <translation>Every buyer</translation>
        </message>
        <message>
            <source>Buyers of a category</source>
            <translation>Buyers of a category</translation>
        </message>
        <message>
            <source>Not bought for … days</source>
            <translation>Not bought for … days</translation>
        </message>
        <message>
            <source>Waiting for a restock</source>
            <translation>Waiting for a restock</translation>
        </message>
        <message>
            <source>Loyal buyers (钢丝客户)</source>
            <translation>Loyal buyers</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Show &amp;phones</source>
            <translation>Show &amp;phones</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>&amp;Height (身高):</source>
            <translation>&amp;Height:</translation>
        </message>
        <message>
            <source>&amp;Weight (体重):</source>
            <translation>&amp;Weight:</translation>
        </message>
        <message>
            <source>Usual si&amp;ze:</source>
            <translation>Usual si&amp;ze:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Loyal buyer (钢丝客户): gets new items first</source>
            <translation>&amp;Loyal buyer: gets new items first</translation>
        </message>
        <message>
            <source>Sa&amp;ve profile</source>
            <translation>Sa&amp;ve profile</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::BuyersWorkbench</name>
        <message>
            <source>Buyers</source>
            <translation>Buyers</translation>
        </message>
        <message>
            <source>Member tiers</source>
            <translation>Member tiers</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>&amp;Find a buyer</source>
            <translation>&amp;Find a buyer</translation>
        </message>
        <message>
            <source>&amp;Export the buyers shown…</source>
            <translation>&amp;Export the buyers shown…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
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
        <name>shopdesk::buyers::Cli</name>
        <message>
            <source>--today needs a date YYYY-MM-DD, not “%1”.</source>
            <translation>--today needs a date YYYY-MM-DD, not “%1”.</translation>
        </message>
        <message>
            <source>Usage: buyers list [--search TEXT] [--tier gift|discount|care|none] [--segment category:C|tier:T|inactive:N|waiting|loyal] [--limit N] [--out F.csv|F.xlsx] [--full-phones] [--today YYYY-MM-DD]</source>
            <translation>Usage: buyers list [--search TEXT] [--tier gift|discount|care|none] [--segment category:C|tier:T|inactive:N|waiting|loyal] [--limit N] [--out F.csv|F.xlsx] [--full-phones] [--today YYYY-MM-DD]</translation>
        </message>
        <message>
            <source>--tier needs gift, discount, care or none, not “%1”.</source>
            <translation>--tier needs gift, discount, care or none, not “%1”.</translation>
        </message>
        <message>
            <source>--limit needs a number above 0, not “%1”.</source>
            <translation>--limit needs a number above 0, not “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n buyer(s) written to %2.</source>
            <translation>
                <numerusform>%1: %n buyer written to %2.</numerusform>
                <numerusform>%1: %n buyers written to %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  %2  %3  %4  %5  orders: %6  returns: %7  last: %8%9</source>
            <translation>%1  %2  %3  %4  %5  orders: %6  returns: %7  last: %8%9</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>  钢丝客户</source>
            <translation>  钢丝客户</translation>
        </message>
        <message>
            <source>No buyer matches.</source>
            <translation>No buyer matches.</translation>
        </message>
        <message>
            <source>Usage: buyers show NICK [--full-phones]</source>
            <translation>Usage: buyers show NICK [--full-phones]</translation>
        </message>
        <message>
            <source>There is no buyer %1 in this shop.</source>
            <translation>There is no buyer %1 in this shop.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, %3): %4, %5 in %n paid order(s); entitled to %6.</source>
            <translation>
                <numerusform>%1 (%2, %3): %4, %5 in %n paid order; entitled to %6.</numerusform>
                <numerusform>%1 (%2, %3): %4, %5 in %n paid orders; entitled to %6.</numerusform>
            </translation>
        </message>
        <message>
            <source>Size profile: %1 cm, %2 kg, usual size %3</source>
            <translation>Size profile: %1 cm, %2 kg, usual size %3</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>Loyal buyer (钢丝客户): gets new items first.</source>
            <translation>Loyal buyer: gets new items first.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>  %1  %2  %3  %4  %5%6</source>
            <translation>  %1  %2  %3  %4  %5%6</translation>
        </message>
        <message>
            <source>not paid</source>
            <translation>not paid</translation>
        </message>
        <message>
            <source>  (returned)</source>
            <translation>  (returned)</translation>
        </message>
        <message>
            <source>Usage: buyers profile NICK [--height CM] [--weight KG] [--size S] [--note N] [--loyal yes|no]</source>
            <translation>Usage: buyers profile NICK [--height CM] [--weight KG] [--size S] [--note N] [--loyal yes|no]</translation>
        </message>
        <message>
            <source>--height needs centimetres, not “%1”.</source>
            <translation>--height needs centimetres, not “%1”.</translation>
        </message>
        <message>
            <source>--weight needs kilograms, not “%1”.</source>
            <translation>--weight needs kilograms, not “%1”.</translation>
        </message>
        <message>
            <source>--loyal needs yes or no, not “%1”.</source>
            <translation>--loyal needs yes or no, not “%1”.</translation>
        </message>
        <message>
            <source>Profile of %1 saved.</source>
            <translation>Profile of %1 saved.</translation>
        </message>
        <message>
            <source>%1 needs an amount in yuan.</source>
            <translation>%1 needs an amount in yuan.</translation>
        </message>
        <message>
            <source>%1 needs an amount in yuan, not “%2”.</source>
            <translation>%1 needs an amount in yuan, not “%2”.</translation>
        </message>
        <message>
            <source>Usage: members set [--care YUAN] [--discount YUAN] [--gift YUAN]</source>
            <translation>Usage: members set [--care YUAN] [--discount YUAN] [--gift YUAN]</translation>
        </message>
        <message>
            <source>Usage: members | members set [--care YUAN] [--discount YUAN] [--gift YUAN]</source>
            <translation>Usage: members | members set [--care YUAN] [--discount YUAN] [--gift YUAN]</translation>
        </message>
        <message>
            <source>%1 (from %2): %3 buyer(s), %4 spent; %5</source>
            <translation>%1 (from %2): %3 buyer(s), %4 spent; %5</translation>
        </message>
        <message>
            <source>The buyers (买家): every buyer with spend, orders, returns and member tier (会员), highest spend first; a segment for mass messages written as CSV or xlsx; one buyer's orders and size profile; the profile agents record.</source>
            <translation>The buyers: every buyer with spend, orders, returns and member tier, highest spend first; a segment for mass messages written as CSV or xlsx; one buyer's orders and size profile; the profile agents record.</translation>
        </message>
        <message>
            <source>The member tiers (会员等级): their thresholds, what each entitles and how many buyers each has; set the store's own thresholds.</source>
            <translation>The member tiers: their thresholds, what each entitles and how many buyers each has; set the store's own thresholds.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::Factory</name>
        <message>
            <source>Buyers</source>
            <translation>Buyers</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::MembersView</name>
        <message>
            <source>Member tier</source>
            <translation>Member tier</translation>
        </message>
        <message>
            <source>From total spend</source>
            <translation>From total spend</translation>
        </message>
        <message>
            <source>Entitles to</source>
            <translation>Entitles to</translation>
        </message>
        <message>
            <source>Buyers</source>
            <translation>Buyers</translation>
        </message>
        <message>
            <source>Their spend</source>
            <translation>Their spend</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Repeat buyers (回头客)</source>
            <translation>Repeat buyers</translation>
        </message>
        <message>
            <source>Repeat rate (回头率)</source>
            <translation>Repeat rate</translation>
        </message>
        <message>
            <source>Change the member tiers' thresholds</source>
            <translation>Change the member tiers' thresholds</translation>
        </message>
        <message>
            <source>Member tiers (会员) follow from each buyer's total spend in paid orders; a higher tier has every entitlement of the lower ones.</source>
            <translation>Member tiers follow from each buyer's total spend in paid orders; a higher tier has every entitlement of the lower ones.</translation>
        </message>
        <message>
            <source>&amp;Gift with the next order from:</source>
            <translation>&amp;Gift with the next order from:</translation>
        </message>
        <message>
            <source>Member &amp;discounts from:</source>
            <translation>Member &amp;discounts from:</translation>
        </message>
        <message>
            <source>&amp;Care messages and promotion notices from:</source>
            <translation>&amp;Care messages and promotion notices from:</translation>
        </message>
        <message>
            <source>&amp;Apply thresholds</source>
            <translation>&amp;Apply thresholds</translation>
        </message>
        <message>
            <source>Repeat buyers per month: buyers who paid in the month and had paid at least two orders by its end.</source>
            <translation>Repeat buyers per month: buyers who paid in the month and had paid at least two orders by its end.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::Segment</name>
        <message>
            <source>--segment category: needs a category, e.g. category:牛仔裤.</source>
            <translation>--segment category: needs a category, e.g. category:牛仔裤.</translation>
        </message>
        <message>
            <source>--segment tier: needs gift, discount, care or none, not “%1”.</source>
            <translation>--segment tier: needs gift, discount, care or none, not “%1”.</translation>
        </message>
        <message>
            <source>--segment inactive: needs a number of days above 0, not “%1”.</source>
            <translation>--segment inactive: needs a number of days above 0, not “%1”.</translation>
        </message>
        <message>
            <source>Unknown segment “%1”: use category:C, tier:T, inactive:N, waiting or loyal.</source>
            <translation>Unknown segment “%1”: use category:C, tier:T, inactive:N, waiting or loyal.</translation>
        </message>
        <message>
            <source>Every buyer</source>
            <translation>Every buyer</translation>
        </message>
        <message>
            <source>Buyers of %1</source>
            <translation>Buyers of %1</translation>
        </message>
        <message>
            <source>%1 buyers</source>
            <translation>%1 buyers</translation>
        </message>
        <message numerus="yes">
            <source>Not bought for %n day(s)</source>
            <translation>
                <numerusform>Not bought for %n day</numerusform>
                <numerusform>Not bought for %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting for a restock</source>
            <translation>Waiting for a restock</translation>
        </message>
        <message>
            <source>Loyal buyers (钢丝客户)</source>
            <translation>Loyal buyers</translation>
        </message>
    </context>
</TS>
