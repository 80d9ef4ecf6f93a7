<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CouriersCli</name>
        <message>
            <source>The shop's couriers, their price tables and number ranges: list, add and import them.</source>
            <translation>The shop's couriers, their price tables and number ranges: list, add and import them.</translation>
        </message>
    </context>
    <context>
        <name>MappingsCli</name>
        <message>
            <source>List, add or remove the shop's mappings (商品对应关系) of the platform's outer codes or titles to SKUs.</source>
            <translation>List, add or remove the shop's mappings (商品对应关系) of the platform's outer codes or titles to SKUs.</translation>
        </message>
    </context>
    <context>
        <name>ParcelCli</name>
        <message>
            <source>Write the pick list of a batch of waybills as PDF: every SKU summed, sorted by item code, colour and size, with the orders it serves.</source>
            <translation>Write the pick list of a batch of waybills as PDF: every SKU summed, sorted by item code, colour and size, with the orders it serves.</translation>
        </message>
    </context>
    <context>
        <name>QueueCli</name>
        <message>
            <source>List the dispatch queue a window at a time: searched, filtered and sorted as the window shows it; --after continues from the cursor the last window printed.</source>
            <translation>List the dispatch queue a window at a time: searched, filtered and sorted as the window shows it; --after continues from the cursor the last window printed.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::BulkShipping</name>
        <message>
            <source>The order %1 went by a courier the platform's list does not name; give the courier its platform name in the courier rules first. Nothing was written.</source>
            <translation>The order %1 went by a courier the platform's list does not name; give the courier its platform name in the courier rules first. Nothing was written.</translation>
        </message>
        <message>
            <source>The bulk-shipping file cannot be written in GBK.</source>
            <translation>The bulk-shipping file cannot be written in GBK.</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ChangeCourierRulesCommand</name>
        <message>
            <source>Courier rules</source>
            <translation>Courier rules</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ChangeMappingCommand</name>
        <message>
            <source>Change the mapping of %1</source>
            <translation>Change the mapping of %1</translation>
        </message>
        <message>
            <source>Delete the mapping of %1</source>
            <translation>Delete the mapping of %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ClaimsView</name>
        <message>
            <source>Order no.</source>
            <translation>Order no.</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Handed over on</source>
            <translation>Handed over on</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Claim for a parcel…</source>
            <translation>&amp;Claim for a parcel…</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>not handed over</source>
            <translation>not handed over</translation>
        </message>
        <message>
            <source>Claim for a parcel</source>
            <translation>Claim for a parcel</translation>
        </message>
        <message>
            <source>Tracking number of the lost or damaged parcel:</source>
            <translation>Tracking number of the lost or damaged parcel:</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>What happened:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Claims for lost, damaged, undeliverable or refused parcels: %1</source>
            <translation>Claims for lost, damaged, undeliverable or refused parcels: %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::Cli</name>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>%1 waybills written to %2.</source>
            <translation>%1 waybills written to %2.</translation>
        </message>
        <message>
            <source>Order %1 shipped by %2, tracking number %3.</source>
            <translation>Order %1 shipped by %2, tracking number %3.</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1” is not a courier; use one of %2.</translation>
        </message>
        <message>
            <source>“%1” is not a day (use YYYY-MM-DD).</source>
            <translation>“%1” is not a day (use YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>%1, %2: %3 shipped, %4 stubs scanned, %5 missing, %6 extra.</source>
            <translation>%1, %2: %3 shipped, %4 stubs scanned, %5 missing, %6 extra.</translation>
        </message>
        <message>
            <source>Import the Taobao order export (order report and item report) into the dispatch queue.</source>
            <translation>Import the Taobao order export (order report and item report) into the dispatch queue.</translation>
        </message>
        <message>
            <source>Write waybills to a PDF, one page per order: chosen orders, all unprinted ones, or a mail-merge CSV.</source>
            <translation>Write waybills to a PDF, one page per order: chosen orders, all unprinted ones, or a mail-merge CSV.</translation>
        </message>
        <message>
            <source>Mark an order shipped with its courier and tracking number; its goods are booked out of stock.</source>
            <translation>Mark an order shipped with its courier and tracking number; its goods are booked out of stock.</translation>
        </message>
        <message>
            <source>Scan the stubs of a courier's pickup and list the expected, missing and extra parcels.</source>
            <translation>Scan the stubs of a courier's pickup and list the expected, missing and extra parcels.</translation>
        </message>
        <message>
            <source>Range added: %1 numbers of %2 left.</source>
            <translation>Range added: %1 numbers of %2 left.</translation>
        </message>
        <message numerus="yes">
            <source>%n tracking numbers set.</source>
            <translation>
                <numerusform>%n tracking numbers set.</numerusform>
                <numerusform>%n tracking numbers set.</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1, %2: %3</source>
            <translation>line %1, %2: %3</translation>
        </message>
        <message>
            <source>The bill matches the price table.</source>
            <translation>The bill matches the price table.</translation>
        </message>
        <message>
            <source>Set tracking numbers: typed, from a CSV list (order, tracking), or from a range the courier issued.</source>
            <translation>Set tracking numbers: typed, from a CSV list (order, tracking), or from a range the courier issued.</translation>
        </message>
        <message>
            <source>Check a courier's monthly bill (CSV: tracking, weight, fee) against its price table.</source>
            <translation>Check a courier's monthly bill (CSV: tracking, weight, fee) against its price table.</translation>
        </message>
        <message>
            <source>--copies takes 1 to %1 copies of each waybill, not “%2”.</source>
            <translation>--copies takes 1 to %1 copies of each waybill, not “%2”.</translation>
        </message>
        <message>
            <source>%1 waybills × %2 copies would be more than %3 pages in one PDF; print fewer orders at a time.</source>
            <translation>%1 waybills × %2 copies would be more than %3 pages in one PDF; print fewer orders at a time.</translation>
        </message>
        <message>
            <source>--weight takes a parcel's weight in kg, more than 0 and at most 1,000, not “%1”.</source>
            <translation>--weight takes a parcel's weight in kg, more than 0 and at most 1,000, not “%1”.</translation>
        </message>
        <message>
            <source>%1, line %2, field tracking: %3</source>
            <translation>%1, line %2, field tracking: %3</translation>
        </message>
        <message>
            <source>line %1, %2 (order %3, %4): deducted %5</source>
            <translation>line %1, %2 (order %3, %4): deducted %5</translation>
        </message>
        <message>
            <source>Billed %1, deducted %2: %3 owed.</source>
            <translation>Billed %1, deducted %2: %3 owed.</translation>
        </message>
        <message>
            <source>%1 holds the orders of the shop “%2”, but this shop is “%3”; nothing was imported. Add --other-shop to import them all the same.</source>
            <translation>%1 holds the orders of the shop “%2”, but this shop is “%3”; nothing was imported. Add --other-shop to import them all the same.</translation>
        </message>
        <message>
            <source>%1 new orders (%2 for dispatch), %3 already in the shop, %4 updated. Orders to ship now: %5, with %6 lines not matched to a SKU.</source>
            <translation>%1 new orders (%2 for dispatch), %3 already in the shop, %4 updated. Orders to ship now: %5, with %6 lines not matched to a SKU.</translation>
        </message>
        <message>
            <source>Import the Taobao order export (order report and item report) into the dispatch queue, or export the shipped orders as the platform's bulk-shipping file; merge a buyer's orders into one parcel (orders merge NO NO…), or split an order into parcels (orders split NO --lines 1,2:1).</source>
            <translation>Import the Taobao order export (order report and item report) into the dispatch queue, or export the shipped orders as the platform's bulk-shipping file; merge a buyer's orders into one parcel (orders merge NO NO…), or split an order into parcels (orders split NO --lines 1,2:1).</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) skipped:</source>
            <translation>
                <numerusform>%n order skipped:</numerusform>
                <numerusform>%n orders skipped:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::CourierData</name>
        <message>
            <source>%1 has no courier column: say whose price table it is.</source>
            <translation>%1 has no courier column: say whose price table it is.</translation>
        </message>
        <message>
            <source>“%1” is not a courier of the shop.</source>
            <translation>“%1” is not a courier of the shop.</translation>
        </message>
        <message>
            <source>the courier is empty.</source>
            <translation>the courier is empty.</translation>
        </message>
        <message>
            <source>the province is empty (use * for every other).</source>
            <translation>the province is empty (use * for every other).</translation>
        </message>
        <message>
            <source>“%1” is not an amount of money (use a form like 12.50).</source>
            <translation>“%1” is not an amount of money (use a form like 12.50).</translation>
        </message>
        <message>
            <source>%1 is priced twice for %2.</source>
            <translation>%1 is priced twice for %2.</translation>
        </message>
        <message>
            <source>%1 has a header line but no prices.</source>
            <translation>%1 has a header line but no prices.</translation>
        </message>
        <message>
            <source>A price table needs at least one province (or * for every province).</source>
            <translation>A price table needs at least one province (or * for every province).</translation>
        </message>
        <message>
            <source>Every row of a price table needs a province and prices of 0 or more.</source>
            <translation>Every row of a price table needs a province and prices of 0 or more.</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1” is not a courier; use one of %2.</translation>
        </message>
        <message>
            <source>%1 has a header line but no number ranges.</source>
            <translation>%1 has a header line but no number ranges.</translation>
        </message>
        <message>
            <source>“%1” cannot be a courier's code: use 2 to 10 capital letters and digits, e.g. KYE.</source>
            <translation>“%1” cannot be a courier's code: use 2 to 10 capital letters and digits, e.g. KYE.</translation>
        </message>
        <message>
            <source>%1 is a courier ShopDesk knows already.</source>
            <translation>%1 is a courier ShopDesk knows already.</translation>
        </message>
        <message>
            <source>A courier needs its name.</source>
            <translation>A courier needs its name.</translation>
        </message>
        <message>
            <source>A courier needs the name the platform lists it by (物流公司), e.g. 跨越速运.</source>
            <translation>A courier needs the name the platform lists it by (物流公司), e.g. 跨越速运.</translation>
        </message>
        <message>
            <source>“%1” is not a form of tracking numbers (a regular expression such as ^KY\d{12}$).</source>
            <translation>“%1” is not a form of tracking numbers (a regular expression such as ^KY\d{12}$).</translation>
        </message>
        <message>
            <source>The shop added no courier %1.</source>
            <translation>The shop added no courier %1.</translation>
        </message>
        <message>
            <source>That number range is no longer in the shop.</source>
            <translation>That number range is no longer in the shop.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 … %3. Its %n number(s) not given out yet can no longer be assigned from it; orders that already have numbers from it keep them.</source>
            <translation>
                <numerusform>%1: %2 … %3. Its %n number not given out yet can no longer be assigned from it; orders that already have numbers from it keep them.</numerusform>
                <numerusform>%1: %2 … %3. Its %n numbers not given out yet can no longer be assigned from it; orders that already have numbers from it keep them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::CourierRulesView</name>
        <message>
            <source>The store's courier rules: an order goes by the courier the buyer asked for, by EMS to a province the default courier does not reach, else by the default courier.</source>
            <translation>The store's courier rules: an order goes by the courier the buyer asked for, by EMS to a province the default courier does not reach, else by the default courier.</translation>
        </message>
        <message>
            <source>&amp;Default courier:</source>
            <translation>&amp;Default courier:</translation>
        </message>
        <message>
            <source>By &amp;EMS (provinces the default does not reach):</source>
            <translation>By &amp;EMS (provinces the default does not reach):</translation>
        </message>
        <message>
            <source>province names, separated by commas</source>
            <translation>province names, separated by commas</translation>
        </message>
        <message>
            <source>&amp;Hide the middle digits of the recipient's phone on waybills</source>
            <translation>&amp;Hide the middle digits of the recipient's phone on waybills</translation>
        </message>
        <message>
            <source>&amp;Save rules</source>
            <translation>&amp;Save rules</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::Couriers</name>
        <message>
            <source>a YTO tracking number is YT and 13 digits</source>
            <translation>a YTO tracking number is YT and 13 digits</translation>
        </message>
        <message>
            <source>a ZTO tracking number has 12 to 14 digits</source>
            <translation>a ZTO tracking number has 12 to 14 digits</translation>
        </message>
        <message>
            <source>a Yunda tracking number has 13 to 15 digits</source>
            <translation>a Yunda tracking number has 13 to 15 digits</translation>
        </message>
        <message>
            <source>an SF tracking number is SF and 12 or 13 digits</source>
            <translation>an SF tracking number is SF and 12 or 13 digits</translation>
        </message>
        <message>
            <source>an EMS tracking number has 13 digits or the form EA123456789CN</source>
            <translation>an EMS tracking number has 13 digits or the form EA123456789CN</translation>
        </message>
        <message>
            <source>the tracking number must not be empty</source>
            <translation>the tracking number must not be empty</translation>
        </message>
        <message>
            <source>no shipped order has this tracking number</source>
            <translation>no shipped order has this tracking number</translation>
        </message>
        <message>
            <source>billed %1, the price table gives %2</source>
            <translation>billed %1, the price table gives %2</translation>
        </message>
        <message>
            <source>the order number is empty.</source>
            <translation>the order number is empty.</translation>
        </message>
        <message>
            <source>the tracking number is empty.</source>
            <translation>the tracking number is empty.</translation>
        </message>
        <message>
            <source>an STO tracking number has 12 to 15 digits</source>
            <translation>an STO tracking number has 12 to 15 digits</translation>
        </message>
        <message>
            <source>“%1” is not a weight in kg from 0 to 1,000.</source>
            <translation>“%1” is not a weight in kg from 0 to 1,000.</translation>
        </message>
        <message>
            <source>“%1” is a negative fee; a bill charges 0 or more.</source>
            <translation>“%1” is a negative fee; a bill charges 0 or more.</translation>
        </message>
        <message>
            <source>the order %1 already has the tracking number %2 on line %3; one order takes one number.</source>
            <translation>the order %1 already has the tracking number %2 on line %3; one order takes one number.</translation>
        </message>
        <message>
            <source>a J&amp;T tracking number is JT and 13 digits</source>
            <translation>a J&amp;T tracking number is JT and 13 digits</translation>
        </message>
        <message>
            <source>a JD tracking number is JD, one or two capital letters and digits, 15 characters in all</source>
            <translation>a JD tracking number is JD, one or two capital letters and digits, 15 characters in all</translation>
        </message>
        <message>
            <source>a Deppon tracking number is DPK and 12 digits, or 10 to 12 digits</source>
            <translation>a Deppon tracking number is DPK and 12 digits, or 10 to 12 digits</translation>
        </message>
        <message>
            <source>a China Post parcel tracking number has 13 digits beginning with 98 or 99</source>
            <translation>a China Post parcel tracking number has 13 digits beginning with 98 or 99</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>Undeliverable</source>
            <translation>Undeliverable</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>a %1 tracking number has the form the shop gave it (%2)</source>
            <translation>a %1 tracking number has the form the shop gave it (%2)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::CouriersCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message>
            <source>%1 added to the shop's couriers.</source>
            <translation>%1 added to the shop's couriers.</translation>
        </message>
        <message>
            <source>%1 removed from the shop's couriers.</source>
            <translation>%1 removed from the shop's couriers.</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1” is not a courier; use one of %2.</translation>
        </message>
        <message>
            <source>Price tables imported as the shop's own: %1.</source>
            <translation>Price tables imported as the shop's own: %1.</translation>
        </message>
        <message>
            <source>%1: first kg %2, each additional kg %3</source>
            <translation>%1: first kg %2, each additional kg %3</translation>
        </message>
        <message numerus="yes">
            <source>%n number range(s) added.</source>
            <translation>
                <numerusform>%n number range added.</numerusform>
                <numerusform>%n number ranges added.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 … %3 (%4 left)</source>
            <translation>%1: %2 … %3 (%4 left)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ExportShippedCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>“%1” is not a day (use YYYY-MM-DD).</source>
            <translation>“%1” is not a day (use YYYY-MM-DD).</translation>
        </message>
        <message numerus="yes">
            <source>%n shipped order(s) written to %1 for the platform's bulk shipping.</source>
            <translation>
                <numerusform>%n shipped order written to %1 for the platform's bulk shipping.</numerusform>
                <numerusform>%n shipped orders written to %1 for the platform's bulk shipping.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ExportShippedDialog</name>
        <message>
            <source>Shipped orders for the platform</source>
            <translation>Shipped orders for the platform</translation>
        </message>
        <message>
            <source>Writes the platform's bulk-shipping file (批量发货: order number, courier, tracking number) for upload in the seller centre.</source>
            <translation>Writes the platform's bulk-shipping file (批量发货: order number, courier, tracking number) for upload in the seller centre.</translation>
        </message>
        <message>
            <source>Everything &amp;not exported yet</source>
            <translation>Everything &amp;not exported yet</translation>
        </message>
        <message>
            <source>Shipped &amp;on:</source>
            <translation>Shipped &amp;on:</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ExtraParcelRepository</name>
        <message>
            <source>Choose the courier of the parcel.</source>
            <translation>Choose the courier of the parcel.</translation>
        </message>
        <message>
            <source>A parcel needs at least one item.</source>
            <translation>A parcel needs at least one item.</translation>
        </message>
        <message>
            <source>Each item of a parcel needs at least 1 piece (it is %1).</source>
            <translation>Each item of a parcel needs at least 1 piece (it is %1).</translation>
        </message>
        <message>
            <source>There is no order with the number %1.</source>
            <translation>There is no order with the number %1.</translation>
        </message>
        <message>
            <source>Order %1 has not left yet: send its goods with the order itself.</source>
            <translation>Order %1 has not left yet: send its goods with the order itself.</translation>
        </message>
        <message>
            <source>The tracking number %1 is already used by another order or parcel.</source>
            <translation>The tracking number %1 is already used by another order or parcel.</translation>
        </message>
        <message>
            <source>There is no parcel with the number %1.</source>
            <translation>There is no parcel with the number %1.</translation>
        </message>
        <message>
            <source>The parcel %1 has already shipped.</source>
            <translation>The parcel %1 has already shipped.</translation>
        </message>
        <message>
            <source>Enter the tracking number of the parcel: the number ranges of %1 are used up.</source>
            <translation>Enter the tracking number of the parcel: the number ranges of %1 are used up.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::Factory</name>
        <message>
            <source>Shipping</source>
            <translation>Shipping</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::FreightView</name>
        <message>
            <source>Price table (province, first kg, each additional kg)</source>
            <translation>Price table (province, first kg, each additional kg)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Number ranges (CSV: courier, first, last)</source>
            <translation>Number ranges (CSV: courier, first, last)</translation>
        </message>
        <message>
            <source>The shop's own freight: each courier's prices by province (first kg and each additional kg; * for every other province) estimate the freight of a parcel and check the courier's monthly bill. The built-in tables are only the starting values.</source>
            <translation>The shop's own freight: each courier's prices by province (first kg and each additional kg; * for every other province) estimate the freight of a parcel and check the courier's monthly bill. The built-in tables are only the starting values.</translation>
        </message>
        <message>
            <source>&amp;Courier:</source>
            <translation>&amp;Courier:</translation>
        </message>
        <message>
            <source>&amp;New courier…</source>
            <translation>&amp;New courier…</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>First kg (¥)</source>
            <translation>First kg (¥)</translation>
        </message>
        <message>
            <source>Each additional kg (¥)</source>
            <translation>Each additional kg (¥)</translation>
        </message>
        <message>
            <source>&amp;Add row</source>
            <translation>&amp;Add row</translation>
        </message>
        <message>
            <source>&amp;Remove row</source>
            <translation>&amp;Remove row</translation>
        </message>
        <message>
            <source>&amp;Save prices</source>
            <translation>&amp;Save prices</translation>
        </message>
        <message>
            <source>&amp;Import prices…</source>
            <translation>&amp;Import prices…</translation>
        </message>
        <message>
            <source>Number ranges the couriers issued:</source>
            <translation>Number ranges the couriers issued:</translation>
        </message>
        <message>
            <source>%1: %2 … %3 (%4 left)</source>
            <translation>%1: %2 … %3 (%4 left)</translation>
        </message>
        <message>
            <source>Row %1 of the price table needs a province and two amounts of money (like 12.50).</source>
            <translation>Row %1 of the price table needs a province and two amounts of money (like 12.50).</translation>
        </message>
        <message>
            <source>%1 is priced twice.</source>
            <translation>%1 is priced twice.</translation>
        </message>
        <message>
            <source>Change the prices of %1</source>
            <translation>Change the prices of %1</translation>
        </message>
        <message>
            <source>Import price tables</source>
            <translation>Import price tables</translation>
        </message>
        <message>
            <source>Add the courier %1</source>
            <translation>Add the courier %1</translation>
        </message>
        <message>
            <source>New courier</source>
            <translation>New courier</translation>
        </message>
        <message>
            <source>2 to 10 capital letters and digits, e.g. KYE</source>
            <translation>2 to 10 capital letters and digits, e.g. KYE</translation>
        </message>
        <message>
            <source>as the platform's courier list names it, e.g. 跨越速运</source>
            <translation>as the platform's courier list names it, e.g. 跨越速运</translation>
        </message>
        <message>
            <source>e.g. ^KY\d{12}$</source>
            <translation>e.g. ^KY\d{12}$</translation>
        </message>
        <message>
            <source>Short &amp;code:</source>
            <translation>Short &amp;code:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Platform's name:</source>
            <translation>&amp;Platform's name:</translation>
        </message>
        <message>
            <source>&amp;Tracking numbers (regular expression):</source>
            <translation>&amp;Tracking numbers (regular expression):</translation>
        </message>
        <message>
            <source>&amp;Delete range…</source>
            <translation>&amp;Delete range…</translation>
        </message>
        <message>
            <source>Delete the number range selected in the list (asks first)</source>
            <translation>Delete the number range selected in the list (asks first)</translation>
        </message>
        <message>
            <source>Delete a number range</source>
            <translation>Delete a number range</translation>
        </message>
        <message>
            <source>Delete this number range?

%1</source>
            <translation>Delete this number range?

%1</translation>
        </message>
        <message>
            <source>Import number ran&amp;ges…</source>
            <translation>Import number ran&amp;ges…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MappingRepository</name>
        <message>
            <source>A mapping needs the outer code (商家编码) or the title of the platform's line.</source>
            <translation>A mapping needs the outer code (商家编码) or the title of the platform's line.</translation>
        </message>
        <message>
            <source>A mapping is by outer code or by title.</source>
            <translation>A mapping is by outer code or by title.</translation>
        </message>
        <message>
            <source>There is no such SKU in the shop.</source>
            <translation>There is no such SKU in the shop.</translation>
        </message>
        <message>
            <source>Only a line of an order waiting for dispatch can be matched.</source>
            <translation>Only a line of an order waiting for dispatch can be matched.</translation>
        </message>
        <message>
            <source>This line is matched to a SKU already.</source>
            <translation>This line is matched to a SKU already.</translation>
        </message>
        <message>
            <source>The line has neither an outer code (商家编码) nor a title to remember.</source>
            <translation>The line has neither an outer code (商家编码) nor a title to remember.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MappingsCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>%1 %2 %3/%4 → %5 (%6)</source>
            <translation>%1 %2 %3/%4 → %5 (%6)</translation>
        </message>
        <message>
            <source>outer code</source>
            <translation>outer code</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>The shop has no mappings yet.</source>
            <translation>The shop has no mappings yet.</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>No SKU has the barcode %1.</translation>
        </message>
        <message numerus="yes">
            <source>%1 now maps to %2; %n waiting line(s) matched.</source>
            <translation>
                <numerusform>%1 now maps to %2; %n waiting line matched.</numerusform>
                <numerusform>%1 now maps to %2; %n waiting lines matched.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no mapping of %1 (colour “%2”, size “%3”).</source>
            <translation>There is no mapping of %1 (colour “%2”, size “%3”).</translation>
        </message>
        <message>
            <source>The mapping of %1 was removed.</source>
            <translation>The mapping of %1 was removed.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MappingsView</name>
        <message>
            <source>Matched by</source>
            <translation>Matched by</translation>
        </message>
        <message>
            <source>Outer code or title</source>
            <translation>Outer code or title</translation>
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
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Made by</translation>
        </message>
        <message>
            <source>Every line the clerk matched to a SKU by hand is remembered here: each later import matches the lines like it (the same outer code, or the same title, with the same colour and size) to the same SKU.</source>
            <translation>Every line the clerk matched to a SKU by hand is remembered here: each later import matches the lines like it (the same outer code, or the same title, with the same colour and size) to the same SKU.</translation>
        </message>
        <message>
            <source>SKU &amp;barcode:</source>
            <translation>SKU &amp;barcode:</translation>
        </message>
        <message>
            <source>select a mapping, then scan or type the barcode of its SKU, Enter</source>
            <translation>select a mapping, then scan or type the barcode of its SKU, Enter</translation>
        </message>
        <message>
            <source>&amp;Change SKU</source>
            <translation>&amp;Change SKU</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Outer code (商家编码)</source>
            <translation>Outer code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Select one mapping, then scan or type the barcode of its SKU.</source>
            <translation>Select one mapping, then scan or type the barcode of its SKU.</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>No SKU has the barcode %1.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mapping(s)</source>
            <translation>
                <numerusform>Delete %n mapping</numerusform>
                <numerusform>Delete %n mappings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MatchLineCommand</name>
        <message>
            <source>Match a line of order %1 to %2</source>
            <translation>Match a line of order %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MergeDetector</name>
        <message>
            <source>Merging takes two or more orders.</source>
            <translation>Merging takes two or more orders.</translation>
        </message>
        <message>
            <source>Orders %1 and %2 are not of the same buyer: they are not merged.</source>
            <translation>Orders %1 and %2 are not of the same buyer: they are not merged.</translation>
        </message>
        <message>
            <source>Orders %1 and %2 go to different receivers or addresses: they are not merged.</source>
            <translation>Orders %1 and %2 go to different receivers or addresses: they are not merged.</translation>
        </message>
        <message>
            <source>Orders %1 and %2 have different flags (%3, %4): they are not merged.</source>
            <translation>Orders %1 and %2 have different flags (%3, %4): they are not merged.</translation>
        </message>
        <message>
            <source>no flag</source>
            <translation>no flag</translation>
        </message>
        <message>
            <source>Orders %1 and %2 go by different couriers (%3, %4): they are not merged.</source>
            <translation>Orders %1 and %2 go by different couriers (%3, %4): they are not merged.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::MergeOrdersCommand</name>
        <message>
            <source>Merge orders %1 into one parcel</source>
            <translation>Merge orders %1 into one parcel</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PackingSlips</name>
        <message>
            <source>Packing slip</source>
            <translation>Packing slip</translation>
        </message>
        <message>
            <source>Order: %1</source>
            <translation>Order: %1</translation>
        </message>
        <message>
            <source>Receiver: %1</source>
            <translation>Receiver: %1</translation>
        </message>
        <message>
            <source>Tracking no.: %1</source>
            <translation>Tracking no.: %1</translation>
        </message>
        <message>
            <source>%1 pieces in this parcel</source>
            <translation>%1 pieces in this parcel</translation>
        </message>
        <message>
            <source>Thank you for your order! Please check the goods when the parcel arrives.</source>
            <translation>Thank you for your order! Please check the goods when the parcel arrives.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PackingStation</name>
        <message>
            <source>Next: scan a waybill.</source>
            <translation>Next: scan a waybill.</translation>
        </message>
        <message>
            <source>Next: scan the items of order %1. Esc leaves the order.</source>
            <translation>Next: scan the items of order %1. Esc leaves the order.</translation>
        </message>
        <message>
            <source>Next: Enter ships order %1.</source>
            <translation>Next: Enter ships order %1.</translation>
        </message>
        <message>
            <source>Next: take the wrong item away, then press Esc.</source>
            <translation>Next: take the wrong item away, then press Esc.</translation>
        </message>
        <message>
            <source>Next: order %1 is flagged (%2): press “Pack anyway” to override, or Esc to leave it.</source>
            <translation>Next: order %1 is flagged (%2): press “Pack anyway” to override, or Esc to leave it.</translation>
        </message>
        <message>
            <source>Next: scan %1 again to leave order %2, or press Esc to stay.</source>
            <translation>Next: scan %1 again to leave order %2, or press Esc to stay.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items an order wants</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 is not an item of the shop; the order needs nothing more</source>
            <translation>%1 is not an item of the shop; the order needs nothing more</translation>
        </message>
        <message>
            <source>%1 is not an item of the shop; the order wants %2</source>
            <translation>%1 is not an item of the shop; the order wants %2</translation>
        </message>
        <message>
            <source>This is %1; the order wants %2</source>
            <translation>This is %1; the order wants %2</translation>
        </message>
        <message>
            <source>This is %1; the order needs nothing more</source>
            <translation>This is %1; the order needs nothing more</translation>
        </message>
        <message>
            <source>Order %1 is flagged %2: do not pack it unless you are sure; “Pack anyway” overrides the flag.</source>
            <translation>Order %1 is flagged %2: do not pack it unless you are sure; “Pack anyway” overrides the flag.</translation>
        </message>
        <message>
            <source>This is the waybill of order %1 itself. %2</source>
            <translation>This is the waybill of order %1 itself. %2</translation>
        </message>
        <message>
            <source>%1 is the waybill of another order, and items of order %2 are checked already: scan it again to leave order %2, or press Esc to stay.</source>
            <translation>%1 is the waybill of another order, and items of order %2 are checked already: scan it again to leave order %2, or press Esc to stay.</translation>
        </message>
        <message>
            <source>Order %1 is flagged %2: it takes no items until “Pack anyway” overrides the flag.</source>
            <translation>Order %1 is flagged %2: it takes no items until “Pack anyway” overrides the flag.</translation>
        </message>
        <message>
            <source>Still order %1: go on scanning its items.</source>
            <translation>Still order %1: go on scanning its items.</translation>
        </message>
        <message>
            <source>Go on scanning the items.</source>
            <translation>Go on scanning the items.</translation>
        </message>
        <message>
            <source>Order %1 left unpacked; nothing was written. Scan the next waybill.</source>
            <translation>Order %1 left unpacked; nothing was written. Scan the next waybill.</translation>
        </message>
        <message>
            <source>Flag %1 of order %2 overridden by %3: scan each item.</source>
            <translation>Flag %1 of order %2 overridden by %3: scan each item.</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>Not yet: %1</translation>
        </message>
        <message>
            <source>“%1” is not a weight in kg.</source>
            <translation>“%1” is not a weight in kg.</translation>
        </message>
        <message>
            <source>Replacement parcel of order %1 shipped. Scan the next waybill.</source>
            <translation>Replacement parcel of order %1 shipped. Scan the next waybill.</translation>
        </message>
        <message>
            <source>Order %1 shipped. Scan the next waybill.</source>
            <translation>Order %1 shipped. Scan the next waybill.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ParcelActions</name>
        <message>
            <source>Pa&amp;rcel</source>
            <translation>Pa&amp;rcel</translation>
        </message>
        <message>
            <source>Merge the selected orders into one parcel</source>
            <translation>Merge the selected orders into one parcel</translation>
        </message>
        <message>
            <source>Split the selected order into parcels…</source>
            <translation>Split the selected order into parcels…</translation>
        </message>
        <message>
            <source>Put the selected order's parcels back</source>
            <translation>Put the selected order's parcels back</translation>
        </message>
        <message>
            <source>Print the pick list of the selected orders…</source>
            <translation>Print the pick list of the selected orders…</translation>
        </message>
        <message>
            <source>Print the packing slips of the selected orders…</source>
            <translation>Print the packing slips of the selected orders…</translation>
        </message>
        <message>
            <source>Select two or more orders of one buyer to merge them.</source>
            <translation>Select two or more orders of one buyer to merge them.</translation>
        </message>
        <message>
            <source>Select the one order to split.</source>
            <translation>Select the one order to split.</translation>
        </message>
        <message>
            <source>%1. %2 %3/%4 × %5</source>
            <translation>%1. %2 %3/%4 × %5</translation>
        </message>
        <message>
            <source>Split order %1</source>
            <translation>Split order %1</translation>
        </message>
        <message>
            <source>%1

The lines that leave in a parcel of their own (e.g. 1,2:1 = line 1, and one piece of line 2):</source>
            <translation>%1

The lines that leave in a parcel of their own (e.g. 1,2:1 = line 1, and one piece of line 2):</translation>
        </message>
        <message>
            <source>Select the one order whose parcels go back.</source>
            <translation>Select the one order whose parcels go back.</translation>
        </message>
        <message>
            <source>Let orders %1 leave one by one</source>
            <translation>Let orders %1 leave one by one</translation>
        </message>
        <message>
            <source>Let order %1 leave in one parcel</source>
            <translation>Let order %1 leave in one parcel</translation>
        </message>
        <message>
            <source>Split the order again from the Parcel menu.</source>
            <translation>Split the order again from the Parcel menu.</translation>
        </message>
        <message>
            <source>Order %1 is not in a parcel.</source>
            <translation>Order %1 is not in a parcel.</translation>
        </message>
        <message>
            <source>Select the orders to pick.</source>
            <translation>Select the orders to pick.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ParcelCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>Orders %1 merged into one parcel (one waybill).</source>
            <translation>Orders %1 merged into one parcel (one waybill).</translation>
        </message>
        <message>
            <source>Orders %1 leave one by one again.</source>
            <translation>Orders %1 leave one by one again.</translation>
        </message>
        <message>
            <source>Order %1 is not merged with other orders.</source>
            <translation>Order %1 is not merged with other orders.</translation>
        </message>
        <message>
            <source>--lines: %1</source>
            <translation>--lines: %1</translation>
        </message>
        <message>
            <source>Order %1 now leaves in %2 parcels.</source>
            <translation>Order %1 now leaves in %2 parcels.</translation>
        </message>
        <message>
            <source>Order %1 leaves in one parcel again.</source>
            <translation>Order %1 leaves in one parcel again.</translation>
        </message>
        <message>
            <source>Pick list of %1 waybills (%2 pieces, %3 SKUs) written to %4.</source>
            <translation>Pick list of %1 waybills (%2 pieces, %3 SKUs) written to %4.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ParcelRepository</name>
        <message>
            <source>The parcel was printed or shipped already: it stays as it is.</source>
            <translation>The parcel was printed or shipped already: it stays as it is.</translation>
        </message>
        <message>
            <source>Only a parcel waiting for dispatch can get a tracking number.</source>
            <translation>Only a parcel waiting for dispatch can get a tracking number.</translation>
        </message>
        <message>
            <source>The parcel has left already.</source>
            <translation>The parcel has left already.</translation>
        </message>
        <message>
            <source>An order of this parcel is not waiting for dispatch any more.</source>
            <translation>An order of this parcel is not waiting for dispatch any more.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ParcelService</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Order %1 is not waiting for dispatch: it is not merged.</source>
            <translation>Order %1 is not waiting for dispatch: it is not merged.</translation>
        </message>
        <message>
            <source>Order %1 is already in a parcel: undo that first.</source>
            <translation>Order %1 is already in a parcel: undo that first.</translation>
        </message>
        <message>
            <source>Orders %1 already have two tracking numbers (%2, %3): keep one before merging.</source>
            <translation>Orders %1 already have two tracking numbers (%2, %3): keep one before merging.</translation>
        </message>
        <message>
            <source>There is no such merged parcel.</source>
            <translation>There is no such merged parcel.</translation>
        </message>
        <message>
            <source>The parcel of orders %1 has left already: it cannot be split again.</source>
            <translation>The parcel of orders %1 has left already: it cannot be split again.</translation>
        </message>
        <message>
            <source>The waybill of orders %1 is printed: the parcel cannot be split again.</source>
            <translation>The waybill of orders %1 is printed: the parcel cannot be split again.</translation>
        </message>
        <message>
            <source>“%1” is not a line: write the line's number in the order, and “:N” for N of its pieces (e.g. 1,2:1).</source>
            <translation>“%1” is not a line: write the line's number in the order, and “:N” for N of its pieces (e.g. 1,2:1).</translation>
        </message>
        <message>
            <source>Name the lines that leave in the new parcel (e.g. 1,2:1).</source>
            <translation>Name the lines that leave in the new parcel (e.g. 1,2:1).</translation>
        </message>
        <message>
            <source>Order %1 is not waiting for dispatch: it cannot be split.</source>
            <translation>Order %1 is not waiting for dispatch: it cannot be split.</translation>
        </message>
        <message>
            <source>Order %1 is merged with other orders: undo the merge before splitting it.</source>
            <translation>Order %1 is merged with other orders: undo the merge before splitting it.</translation>
        </message>
        <message numerus="yes">
            <source>Order %1 has %n lines: there is no line %2.</source>
            <translation>
                <numerusform>Order %1 has %n line: there is no line %2.</numerusform>
                <numerusform>Order %1 has %n lines: there is no line %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1 of order %2 (%3) has %4 pieces still to ship, not %5.</source>
            <translation>Line %1 of order %2 (%3) has %4 pieces still to ship, not %5.</translation>
        </message>
        <message>
            <source>Those are all the pieces of order %1 still to ship: nothing would be left for another parcel.</source>
            <translation>Those are all the pieces of order %1 still to ship: nothing would be left for another parcel.</translation>
        </message>
        <message>
            <source>A waybill of order %1 is printed: its parcels stay as they are.</source>
            <translation>A waybill of order %1 is printed: its parcels stay as they are.</translation>
        </message>
        <message>
            <source>Order %1 is not split.</source>
            <translation>Order %1 is not split.</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1” is not a courier; use one of %2.</translation>
        </message>
        <message>
            <source>“%1” is not a tracking number of %2: %3.</source>
            <translation>“%1” is not a tracking number of %2: %3.</translation>
        </message>
        <message>
            <source>The tracking number %1 is already used by another order.</source>
            <translation>The tracking number %1 is already used by another order.</translation>
        </message>
        <message>
            <source>There is no such parcel.</source>
            <translation>There is no such parcel.</translation>
        </message>
        <message>
            <source>The parcel of order %1 has left already.</source>
            <translation>The parcel of order %1 has left already.</translation>
        </message>
        <message>
            <source>Choose the courier before shipping.</source>
            <translation>Choose the courier before shipping.</translation>
        </message>
        <message>
            <source>Enter the tracking number before shipping.</source>
            <translation>Enter the tracking number before shipping.</translation>
        </message>
        <message>
            <source>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</source>
            <translation>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</translation>
        </message>
        <message numerus="yes">
            <source>%n orders of one buyer</source>
            <translation>
                <numerusform>%n order of one buyer</numerusform>
                <numerusform>%n orders of one buyer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n orders of one buyer (not mergeable)</source>
            <translation>
                <numerusform>%n order of one buyer (not mergeable)</numerusform>
                <numerusform>%n orders of one buyer (not mergeable)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>merged: %n orders, one parcel</source>
            <translation>
                <numerusform>merged: %n order, one parcel</numerusform>
                <numerusform>merged: %n orders, one parcel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>split: %n parcels</source>
            <translation>
                <numerusform>split: %n parcel</numerusform>
                <numerusform>split: %n parcels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PickList</name>
        <message>
            <source>There is nothing to pick: the batch has no goods.</source>
            <translation>There is nothing to pick: the batch has no goods.</translation>
        </message>
        <message>
            <source>The printer “%1” could not start printing.</source>
            <translation>The printer “%1” could not start printing.</translation>
        </message>
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
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Pick list</source>
            <translation>Pick list</translation>
        </message>
        <message>
            <source>Printed %1 · page %2</source>
            <translation>Printed %1 · page %2</translation>
        </message>
        <message>
            <source>%1 waybills · %2 pieces · %3 SKUs</source>
            <translation>%1 waybills · %2 pieces · %3 SKUs</translation>
        </message>
        <message>
            <source>Orders (%1): %2</source>
            <translation>Orders (%1): %2</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>and %1 more</translation>
        </message>
        <message>
            <source>The printer “%1” could not start a new page.</source>
            <translation>The printer “%1” could not start a new page.</translation>
        </message>
        <message>
            <source>(not matched)</source>
            <translation>(not matched)</translation>
        </message>
        <message>
            <source>Picked by: ____________    Checked by: ____________    Time: ____________</source>
            <translation>Picked by: ____________    Checked by: ____________    Time: ____________</translation>
        </message>
        <message>
            <source>The printer “%1” could not finish printing.</source>
            <translation>The printer “%1” could not finish printing.</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PickupView</name>
        <message>
            <source>&amp;Courier:</source>
            <translation>&amp;Courier:</translation>
        </message>
        <message>
            <source>D&amp;ay:</source>
            <translation>D&amp;ay:</translation>
        </message>
        <message>
            <source>scan each stub handed over</source>
            <translation>scan each stub handed over</translation>
        </message>
        <message>
            <source>&amp;Handover sheet (PDF)…</source>
            <translation>&amp;Handover sheet (PDF)…</translation>
        </message>
        <message>
            <source>Shipped (expected): %1</source>
            <translation>Shipped (expected): %1</translation>
        </message>
        <message>
            <source>Stubs scanned: %1</source>
            <translation>Stubs scanned: %1</translation>
        </message>
        <message>
            <source>Missing: %1</source>
            <translation>Missing: %1</translation>
        </message>
        <message>
            <source>Extra: %1</source>
            <translation>Extra: %1</translation>
        </message>
        <message>
            <source>Save the handover sheet</source>
            <translation>Save the handover sheet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PriceTable</name>
        <message>
            <source>There is no price table for the courier %1.</source>
            <translation>There is no price table for the courier %1.</translation>
        </message>
        <message>
            <source>The price table of %1 has no price for %2.</source>
            <translation>The price table of %1 has no price for %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PrintView</name>
        <message>
            <source>&amp;Layout:</source>
            <translation>&amp;Layout:</translation>
        </message>
        <message>
            <source>C&amp;opies:</source>
            <translation>C&amp;opies:</translation>
        </message>
        <message>
            <source>All &amp;unprinted orders (otherwise the orders selected in the queue)</source>
            <translation>All &amp;unprinted orders (otherwise the orders selected in the queue)</translation>
        </message>
        <message>
            <source>Reprint &amp;reason:</source>
            <translation>Reprint &amp;reason:</translation>
        </message>
        <message>
            <source>needed when a waybill is printed again, e.g. paper jam</source>
            <translation>needed when a waybill is printed again, e.g. paper jam</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Save as P&amp;DF…</translation>
        </message>
        <message>
            <source>Waybills are printed at the layout's size, one page per order. Every print is marked on the order; a reprint is logged with its reason.</source>
            <translation>Waybills are printed at the layout's size, one page per order. Every print is marked on the order; a reprint is logged with its reason.</translation>
        </message>
        <message>
            <source>Save the waybills as PDF</source>
            <translation>Save the waybills as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Number from ra&amp;nge…</source>
            <translation>Number from ra&amp;nge…</translation>
        </message>
        <message>
            <source>Give the orders selected in the queue, and those only, the next numbers of their courier's range; says how many and which numbers first.</source>
            <translation>Give the orders selected in the queue, and those only, the next numbers of their courier's range; says how many and which numbers first.</translation>
        </message>
        <message>
            <source>Not printed:
%1</source>
            <translation>Not printed:
%1</translation>
        </message>
        <message>
            <source>There are no waybills to print.</source>
            <translation>There are no waybills to print.</translation>
        </message>
        <message>
            <source>None of these waybills can be printed: see the list under the buttons.</source>
            <translation>None of these waybills can be printed: see the list under the buttons.</translation>
        </message>
        <message>
            <source>%1 Written to %2.</source>
            <translation>%1 Written to %2.</translation>
        </message>
        <message>
            <source>Select the orders to number in the queue first.</source>
            <translation>Select the orders to number in the queue first.</translation>
        </message>
        <message>
            <source>%1 has %2 numbers left, %3 are needed: import the next range it issued (number ranges, in the freight view) first.</source>
            <translation>%1 has %2 numbers left, %3 are needed: import the next range it issued (number ranges, in the freight view) first.</translation>
        </message>
        <message>
            <source>Number from range</source>
            <translation>Number from range</translation>
        </message>
        <message>
            <source>%1

Give them these numbers?</source>
            <translation>%1

Give them these numbers?</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) numbered from the range: %1 … %2.</source>
            <translation>
                <numerusform>%n order numbered from the range: %1 … %2.</numerusform>
                <numerusform>%n orders numbered from the range: %1 … %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replacement</source>
            <comment>a replacement parcel (补发) of an order that has left</comment>
            <translation>Replacement</translation>
        </message>
        <message>
            <source>not printed</source>
            <translation>not printed</translation>
        </message>
        <message numerus="yes">
            <source>printed %n time(s)</source>
            <translation>
                <numerusform>printed %n time</numerusform>
                <numerusform>printed %n times</numerusform>
            </translation>
        </message>
        <message>
            <source>Replacement parcels waiting to leave (select them to print their waybills; the unprinted ones come with all unprinted orders):</source>
            <translation>Replacement parcels waiting to leave (select them to print their waybills; the unprinted ones come with all unprinted orders):</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>Order no.</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Parcel</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Waybill</source>
            <translation>Waybill</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Print again</translation>
        </message>
        <message>
            <source>The waybill of %1 was printed before. Why is it printed again (e.g. paper jam)?

Without a reason it is not printed.</source>
            <translation>The waybill of %1 was printed before. Why is it printed again (e.g. paper jam)?

Without a reason it is not printed.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between replacement parcels</comment>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>--limit takes a number of orders from 1 to 10000.</source>
            <translation>--limit takes a number of orders from 1 to 10000.</translation>
        </message>
        <message>
            <source>“%1” is not a cursor this command printed for this sort.</source>
            <translation>“%1” is not a cursor this command printed for this sort.</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) to ship, %1 (must leave today: %2, overdue: %3)</source>
            <translation>
                <numerusform>%n order to ship, %1 (must leave today: %2, overdue: %3)</numerusform>
                <numerusform>%n orders to ship, %1 (must leave today: %2, overdue: %3)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  paid %2  leaves by %3  %4  %5  %6</source>
            <extracomment>One queued order: its number, payment time, dispatch deadline, courier, receiver, amount</extracomment>
            <translation>%1  paid %2  leaves by %3  %4  %5  %6</translation>
        </message>
        <message>
            <source>More: --after %1</source>
            <translation>More: --after %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueDetail</name>
        <message>
            <source>Order no.:</source>
            <translation>Order no.:</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Buyer:</source>
            <translation>Buyer:</translation>
        </message>
        <message>
            <source>Buyer's message:</source>
            <translation>Buyer's message:</translation>
        </message>
        <message>
            <source>Seller's note:</source>
            <translation>Seller's note:</translation>
        </message>
        <message>
            <source>Flag:</source>
            <translation>Flag:</translation>
        </message>
        <message>
            <source>Flag &amp;memo:</source>
            <translation>Flag &amp;memo:</translation>
        </message>
        <message>
            <source>what the flag is about, Enter</source>
            <translation>what the flag is about, Enter</translation>
        </message>
        <message>
            <source>Flag memo</source>
            <translation>Flag memo</translation>
        </message>
        <message>
            <source>no flag</source>
            <translation>no flag</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueFilterBar</name>
        <message>
            <source>Sea&amp;rch:</source>
            <translation>Sea&amp;rch:</translation>
        </message>
        <message>
            <source>order no., buyer, receiver or the phone's last digits</source>
            <translation>order no., buyer, receiver or the phone's last digits</translation>
        </message>
        <message>
            <source>All couriers</source>
            <translation>All couriers</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>Any flag</translation>
        </message>
        <message>
            <source>No flag</source>
            <translation>No flag</translation>
        </message>
        <message>
            <source>Printed or not</source>
            <translation>Printed or not</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>All provinces</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>S&amp;how:</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>All orders</translation>
        </message>
        <message>
            <source>Must leave today</source>
            <translation>Must leave today</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Unmatched lines</source>
            <translation>Unmatched lines</translation>
        </message>
        <message>
            <source>Only orders with a line not matched to a SKU</source>
            <translation>Only orders with a line not matched to a SKU</translation>
        </message>
        <message>
            <source>Paid from</source>
            <translation>Paid from</translation>
        </message>
        <message>
            <source>Paid until (that day included)</source>
            <translation>Paid until (that day included)</translation>
        </message>
        <message>
            <source>Search the queue</source>
            <translation>Search the queue</translation>
        </message>
        <message>
            <source>Filter the queue</source>
            <translation>Filter the queue</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueRepository</name>
        <message>
            <source>There is no such order in the shop.</source>
            <translation>There is no such order in the shop.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::QueueView</name>
        <message>
            <source>Order no.</source>
            <translation>Order no.</translation>
        </message>
        <message>
            <source>Paid at</source>
            <translation>Paid at</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>Goods</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flag</translation>
        </message>
        <message>
            <source>Buyer's message</source>
            <translation>Buyer's message</translation>
        </message>
        <message>
            <source>&amp;Import orders…</source>
            <translation>&amp;Import orders…</translation>
        </message>
        <message>
            <source>Courier and &amp;tracking no.:</source>
            <translation>Courier and &amp;tracking no.:</translation>
        </message>
        <message>
            <source>type or scan, Enter</source>
            <translation>type or scan, Enter</translation>
        </message>
        <message>
            <source>&amp;Set</source>
            <translation>&amp;Set</translation>
        </message>
        <message>
            <source>Import tracking &amp;list…</source>
            <translation>Import tracking &amp;list…</translation>
        </message>
        <message>
            <source>&amp;Flag</source>
            <translation>&amp;Flag</translation>
        </message>
        <message>
            <source>From number &amp;range…</source>
            <translation>From number &amp;range…</translation>
        </message>
        <message>
            <source>Check freight &amp;bill…</source>
            <translation>Check freight &amp;bill…</translation>
        </message>
        <message>
            <source>select a line below, then scan or type the SKU's barcode, Enter</source>
            <translation>select a line below, then scan or type the SKU's barcode, Enter</translation>
        </message>
        <message>
            <source>No flag</source>
            <translation>No flag</translation>
        </message>
        <message>
            <source>Order %1: %2 %3 (merchant code %4) × %5</source>
            <translation>Order %1: %2 %3 (merchant code %4) × %5</translation>
        </message>
        <message numerus="yes">
            <source>Lines not matched to a SKU: %n (resolve them before shipping)</source>
            <translation>
                <numerusform>Lines not matched to a SKU: %n (resolve them before shipping)</numerusform>
                <numerusform>Lines not matched to a SKU: %n (resolve them before shipping)</numerusform>
            </translation>
        </message>
        <message>
            <source>The order report (ExportOrderList….csv)</source>
            <translation>The order report (ExportOrderList….csv)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>The item report (ExportOrderDetailList….csv), or Cancel</source>
            <translation>The item report (ExportOrderDetailList….csv), or Cancel</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Import cancelled: nothing was imported.</translation>
        </message>
        <message>
            <source>Select one order in the queue and type or scan its tracking number.</source>
            <translation>Select one order in the queue and type or scan its tracking number.</translation>
        </message>
        <message>
            <source>Tracking numbers (CSV: order, tracking)</source>
            <translation>Tracking numbers (CSV: order, tracking)</translation>
        </message>
        <message>
            <source>%1: the order %2 is not waiting for dispatch.</source>
            <translation>%1: the order %2 is not waiting for dispatch.</translation>
        </message>
        <message>
            <source>Number range</source>
            <translation>Number range</translation>
        </message>
        <message>
            <source>%1 has %2 numbers left, %3 are needed. Enter the next range it issued (first and last number):</source>
            <translation>%1 has %2 numbers left, %3 are needed. Enter the next range it issued (first and last number):</translation>
        </message>
        <message>
            <source>Enter the first and the last number of the range, e.g. 773000000001 773000000999.</source>
            <translation>Enter the first and the last number of the range, e.g. 773000000001 773000000999.</translation>
        </message>
        <message>
            <source>%1's monthly bill (CSV: tracking, weight, fee)</source>
            <translation>%1's monthly bill (CSV: tracking, weight, fee)</translation>
        </message>
        <message>
            <source>line %1, %2: %3</source>
            <translation>line %1, %2: %3</translation>
        </message>
        <message>
            <source>Freight bill</source>
            <translation>Freight bill</translation>
        </message>
        <message>
            <source>The bill matches the price table.</source>
            <translation>The bill matches the price table.</translation>
        </message>
        <message numerus="yes">
            <source>%n lines of the bill do not match the price table.</source>
            <translation>
                <numerusform>%n lines of the bill do not match the price table.</numerusform>
                <numerusform>%n lines of the bill do not match the price table.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a line that is not matched, then scan or type the barcode of its SKU.</source>
            <translation>Select a line that is not matched, then scan or type the barcode of its SKU.</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>No SKU has the barcode %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) flagged yellow: customer service now sees them under “Cannot ship” and tells the buyers.</source>
            <translation>
                <numerusform>%n order flagged yellow: customer service now sees them under “Cannot ship” and tells the buyers.</numerusform>
                <numerusform>%n orders flagged yellow: customer service now sees them under “Cannot ship” and tells the buyers.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, line %2, field tracking: %3</source>
            <translation>%1, line %2, field tracking: %3</translation>
        </message>
        <message>
            <source>line %1, %2 (order %3, %4): deducted %5</source>
            <translation>line %1, %2 (order %3, %4): deducted %5</translation>
        </message>
        <message>
            <source>Billed %1, deducted %2: %3 owed.</source>
            <translation>Billed %1, deducted %2: %3 owed.</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Parcel</translation>
        </message>
        <message>
            <source>Overdue: this order should have left already</source>
            <translation>Overdue: this order should have left already</translation>
        </message>
        <message>
            <source>Must leave today</source>
            <translation>Must leave today</translation>
        </message>
        <message>
            <source>Dispatch by</source>
            <translation>Dispatch by</translation>
        </message>
        <message numerus="yes">
            <source>Orders to ship: %n (must leave today: %1, overdue: %2)</source>
            <translation>
                <numerusform>Orders to ship: %n (must leave today: %1, overdue: %2)</numerusform>
                <numerusform>Orders to ship: %n (must leave today: %1, overdue: %2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Another shop's orders</source>
            <translation>Another shop's orders</translation>
        </message>
        <message>
            <source>These orders are of the shop “%1”, but the open shop is “%2”. Import them into “%2” all the same?</source>
            <translation>These orders are of the shop “%1”, but the open shop is “%2”. Import them into “%2” all the same?</translation>
        </message>
        <message>
            <source>Nothing was imported: the orders are of the shop “%1”.</source>
            <translation>Nothing was imported: the orders are of the shop “%1”.</translation>
        </message>
        <message>
            <source>%1 new orders (%2 for dispatch, %3 shipped, %4 closed, %5 unpaid); %6 already in the shop; %7 updated. Orders to ship now: %8, with %9 lines not matched to a SKU.</source>
            <translation>%1 new orders (%2 for dispatch, %3 shipped, %4 closed, %5 unpaid); %6 already in the shop; %7 updated. Orders to ship now: %8, with %9 lines not matched to a SKU.</translation>
        </message>
        <message numerus="yes">
            <source>Matched to %1 and remembered: %n line(s) like it matched.</source>
            <translation>
                <numerusform>Matched to %1 and remembered: %n line like it matched.</numerusform>
                <numerusform>Matched to %1 and remembered: %n lines like it matched.</numerusform>
            </translation>
        </message>
        <message>
            <source>Orders to ship</source>
            <translation>Orders to ship</translation>
        </message>
        <message>
            <source>Lines not matched to a SKU</source>
            <translation>Lines not matched to a SKU</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s), %1</source>
            <extracomment>The orders the search and filters show, and their amount</extracomment>
            <translation>
                <numerusform>%n order, %1</numerusform>
                <numerusform>%n orders, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the selected orders the next numbers of the range the courier issued</source>
            <translation>Give the selected orders the next numbers of the range the courier issued</translation>
        </message>
        <message>
            <source>Select the orders to number first; only the selected orders get numbers from the range.</source>
            <translation>Select the orders to number first; only the selected orders get numbers from the range.</translation>
        </message>
        <message>
            <source>Number from range</source>
            <translation>Number from range</translation>
        </message>
        <message numerus="yes">
            <source>Give the %n selected order(s) the next numbers of the %1 range?</source>
            <translation>
                <numerusform>Give the %n selected order the next number of the %1 range?</numerusform>
                <numerusform>Give the %n selected orders the next numbers of the %1 range?</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ScanCheck</name>
        <message>
            <source>No order has this tracking number.</source>
            <translation>No order has this tracking number.</translation>
        </message>
        <message>
            <source>Order %1 is not waiting for dispatch.</source>
            <translation>Order %1 is not waiting for dispatch.</translation>
        </message>
        <message>
            <source>Order %1 has no tracking number yet: print its waybill first.</source>
            <translation>Order %1 has no tracking number yet: print its waybill first.</translation>
        </message>
        <message>
            <source>Order %1 for %2: scan each item.</source>
            <translation>Order %1 for %2: scan each item.</translation>
        </message>
        <message>
            <source>Take the wrong item away and press Esc before scanning on.</source>
            <translation>Take the wrong item away and press Esc before scanning on.</translation>
        </message>
        <message>
            <source>%1 ticked. Every item is checked: confirm to ship.</source>
            <translation>%1 ticked. Every item is checked: confirm to ship.</translation>
        </message>
        <message>
            <source>%1 ticked (%2 of %3).</source>
            <translation>%1 ticked (%2 of %3).</translation>
        </message>
        <message>
            <source>One too many: the item %1 is already complete in this order.</source>
            <translation>One too many: the item %1 is already complete in this order.</translation>
        </message>
        <message>
            <source>Wrong item: %1 is not in this order.</source>
            <translation>Wrong item: %1 is not in this order.</translation>
        </message>
        <message>
            <source>The parcel %1 of order %2 has already shipped.</source>
            <translation>The parcel %1 of order %2 has already shipped.</translation>
        </message>
        <message>
            <source>Replacement parcel of order %1 for %2: scan each item.</source>
            <translation>Replacement parcel of order %1 for %2: scan each item.</translation>
        </message>
        <message numerus="yes">
            <source>Parcel of %n orders (%1) for %2: scan each item.</source>
            <translation>
                <numerusform>Parcel of %n order (%1) for %2: scan each item.</numerusform>
                <numerusform>Parcel of %n orders (%1) for %2: scan each item.</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcel of order %1 (part of it) for %2: scan each item in this parcel.</source>
            <translation>Parcel of order %1 (part of it) for %2: scan each item in this parcel.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ScanStation</name>
        <message>
            <source>Scan here</source>
            <translation>Scan here</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Colour / size</source>
            <translation>Colour / size</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>No order yet: scan a waybill.</source>
            <translation>No order yet: scan a waybill.</translation>
        </message>
        <message>
            <source>Order %1 · %2 %3</source>
            <translation>Order %1 · %2 %3</translation>
        </message>
        <message>
            <source>%1  %2
%3 %4 %5 %6 (%7)</source>
            <translation>%1  %2
%3 %4 %5 %6 (%7)</translation>
        </message>
        <message>
            <source>not matched to a SKU</source>
            <translation>not matched to a SKU</translation>
        </message>
        <message>
            <source>Parcel of orders %1 · %2 %3</source>
            <translation>Parcel of orders %1 · %2 %3</translation>
        </message>
        <message>
            <source>Scan the waybill's barcode, then every item. When all items are ticked, press Enter (or Confirm) to ship. After a wrong item, take it away and press Esc; Esc again leaves the order.</source>
            <translation>Scan the waybill's barcode, then every item. When all items are ticked, press Enter (or Confirm) to ship. After a wrong item, take it away and press Esc; Esc again leaves the order.</translation>
        </message>
        <message>
            <source>Scan field</source>
            <translation>Scan field</translation>
        </message>
        <message>
            <source>&amp;Weight (kg):</source>
            <translation>&amp;Weight (kg):</translation>
        </message>
        <message>
            <source>Pac&amp;ker:</source>
            <translation>Pac&amp;ker:</translation>
        </message>
        <message>
            <source>Weight in kg</source>
            <translation>Weight in kg</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Packer</translation>
        </message>
        <message>
            <source>Override the order's flag and pack it: recorded on the order with your name.</source>
            <translation>Override the order's flag and pack it: recorded on the order with your name.</translation>
        </message>
        <message>
            <source>Lines of the order</source>
            <translation>Lines of the order</translation>
        </message>
        <message>
            <source>Flag: %1</source>
            <translation>Flag: %1</translation>
        </message>
        <message>
            <source>Flagged: %1. Not to be packed unless overridden.</source>
            <translation>Flagged: %1. Not to be packed unless overridden.</translation>
        </message>
        <message>
            <source>&amp;Confirm and ship</source>
            <translation>&amp;Confirm and ship</translation>
        </message>
        <message>
            <source>&amp;Pack anyway</source>
            <translation>&amp;Pack anyway</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::SetFlagCommand</name>
        <message numerus="yes">
            <source>Flag %1 on %n orders</source>
            <translation>
                <numerusform>Flag %1 on %n orders</numerusform>
                <numerusform>Flag %1 on %n orders</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::SetFlagMemoCommand</name>
        <message>
            <source>Flag memo of order %1</source>
            <translation>Flag memo of order %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::SetTrackingCommand</name>
        <message>
            <source>Tracking number %1 for order %2</source>
            <translation>Tracking number %1 for order %2</translation>
        </message>
        <message numerus="yes">
            <source>Tracking numbers for %n orders</source>
            <translation>
                <numerusform>Tracking numbers for %n orders</numerusform>
                <numerusform>Tracking numbers for %n orders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippedOrdersView</name>
        <message>
            <source>Order no.</source>
            <translation>Order no.</translation>
        </message>
        <message>
            <source>Shipped at</source>
            <translation>Shipped at</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>Tracking no.</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Sea&amp;rch:</source>
            <translation>Sea&amp;rch:</translation>
        </message>
        <message>
            <source>order no., buyer, receiver, the phone's last digits or tracking no., Enter</source>
            <translation>order no., buyer, receiver, the phone's last digits or tracking no., Enter</translation>
        </message>
        <message>
            <source>Search the shipped orders</source>
            <translation>Search the shipped orders</translation>
        </message>
        <message>
            <source>Shipped orders</source>
            <translation>Shipped orders</translation>
        </message>
        <message numerus="yes">
            <source>%n shipped order(s)</source>
            <translation>
                <numerusform>%n shipped order</numerusform>
                <numerusform>%n shipped orders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingRepository</name>
        <message>
            <source>There is no order %1 in the shop.</source>
            <translation>There is no order %1 in the shop.</translation>
        </message>
        <message>
            <source>At least one copy must be printed.</source>
            <translation>At least one copy must be printed.</translation>
        </message>
        <message>
            <source>The waybill of this order was printed before: a reprint needs a reason.</source>
            <translation>The waybill of this order was printed before: a reprint needs a reason.</translation>
        </message>
        <message>
            <source>The tracking number %1 is already used by another order.</source>
            <translation>The tracking number %1 is already used by another order.</translation>
        </message>
        <message>
            <source>Only an order waiting for dispatch can get a tracking number.</source>
            <translation>Only an order waiting for dispatch can get a tracking number.</translation>
        </message>
        <message>
            <source>“%1” is not a flag colour.</source>
            <translation>“%1” is not a flag colour.</translation>
        </message>
        <message>
            <source>Choose the courier before shipping.</source>
            <translation>Choose the courier before shipping.</translation>
        </message>
        <message>
            <source>Enter the tracking number before shipping.</source>
            <translation>Enter the tracking number before shipping.</translation>
        </message>
        <message>
            <source>There is no order with the number %1.</source>
            <translation>There is no order with the number %1.</translation>
        </message>
        <message>
            <source>The order %1 is not waiting for dispatch.</source>
            <translation>The order %1 is not waiting for dispatch.</translation>
        </message>
        <message>
            <source>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</source>
            <translation>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</translation>
        </message>
        <message>
            <source>The scanned stub has no tracking number.</source>
            <translation>The scanned stub has no tracking number.</translation>
        </message>
        <message>
            <source>No shipped order has the tracking number %1.</source>
            <translation>No shipped order has the tracking number %1.</translation>
        </message>
        <message>
            <source>A number range runs from a first number up to a last one.</source>
            <translation>A number range runs from a first number up to a last one.</translation>
        </message>
        <message>
            <source>The number ranges of %1 are used up: add the next range the courier issued.</source>
            <translation>The number ranges of %1 are used up: add the next range the courier issued.</translation>
        </message>
        <message>
            <source>Only a line of an order waiting for dispatch can be matched.</source>
            <translation>Only a line of an order waiting for dispatch can be matched.</translation>
        </message>
        <message>
            <source>The order %1 was shipped on the platform, but its goods cannot be booked out of stock: %2 Nothing was imported.</source>
            <translation>The order %1 was shipped on the platform, but its goods cannot be booked out of stock: %2 Nothing was imported.</translation>
        </message>
        <message>
            <source>A claim is for a lost, damaged, undeliverable or refused parcel.</source>
            <translation>A claim is for a lost, damaged, undeliverable or refused parcel.</translation>
        </message>
        <message>
            <source>A claim cannot be for a negative amount (%1).</source>
            <translation>A claim cannot be for a negative amount (%1).</translation>
        </message>
        <message>
            <source>The order %1 leaves in a parcel (merged or split): ship the parcel.</source>
            <translation>The order %1 leaves in a parcel (merged or split): ship the parcel.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingService</name>
        <message>
            <source>There are no waybills to print.</source>
            <translation>There are no waybills to print.</translation>
        </message>
        <message>
            <source>Order %1 has no tracking number yet.</source>
            <translation>Order %1 has no tracking number yet.</translation>
        </message>
        <message>
            <source>Some of these waybills were printed before: a reprint needs a reason.</source>
            <translation>Some of these waybills were printed before: a reprint needs a reason.</translation>
        </message>
        <message>
            <source>the tracking number is empty.</source>
            <translation>the tracking number is empty.</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1” is not a courier; use one of %2.</translation>
        </message>
        <message>
            <source>“%1” is not a tracking number of %2: %3.</source>
            <translation>“%1” is not a tracking number of %2: %3.</translation>
        </message>
        <message>
            <source>Handover sheet</source>
            <translation>Handover sheet</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
        <message>
            <source>Handover sheet: %1, %2</source>
            <translation>Handover sheet: %1, %2</translation>
        </message>
        <message>
            <source>Shipped (expected): %1    Stubs scanned: %2    Missing: %3    Extra: %4</source>
            <translation>Shipped (expected): %1    Stubs scanned: %2    Missing: %3    Extra: %4</translation>
        </message>
        <message>
            <source>Parcels handed over:</source>
            <translation>Parcels handed over:</translation>
        </message>
        <message>
            <source>Missing (shipped, no stub):</source>
            <translation>Missing (shipped, no stub):</translation>
        </message>
        <message>
            <source>Extra (stub of no shipped order):</source>
            <translation>Extra (stub of no shipped order):</translation>
        </message>
        <message>
            <source>Handed over by: ____________        Courier's signature: ____________        Time: ____________</source>
            <translation>Handed over by: ____________        Courier's signature: ____________        Time: ____________</translation>
        </message>
        <message>
            <source>“%1” and “%2” are not the two ends of one number range.</source>
            <translation>“%1” and “%2” are not the two ends of one number range.</translation>
        </message>
        <message>
            <source>The printer “%1” could not start printing.</source>
            <translation>The printer “%1” could not start printing.</translation>
        </message>
        <message>
            <source>The printer “%1” could not start a new page.</source>
            <translation>The printer “%1” could not start a new page.</translation>
        </message>
        <message>
            <source>The printer “%1” could not finish printing.</source>
            <translation>The printer “%1” could not finish printing.</translation>
        </message>
        <message>
            <source>%1 could not be read to the end (%2); nothing was imported.</source>
            <translation>%1 could not be read to the end (%2); nothing was imported.</translation>
        </message>
        <message>
            <source>Order %1: %2 Nothing was changed.</source>
            <translation>Order %1: %2 Nothing was changed.</translation>
        </message>
        <message>
            <source>Order %1: “%2” is not a courier; use one of %3. Nothing was changed.</source>
            <translation>Order %1: “%2” is not a courier; use one of %3. Nothing was changed.</translation>
        </message>
        <message>
            <source>Order %1: “%2” is not a tracking number of %3: %4. Nothing was changed.</source>
            <translation>Order %1: “%2” is not a tracking number of %3: %4. Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 has a header line but no waybills to print.</source>
            <translation>%1 has a header line but no waybills to print.</translation>
        </message>
        <message>
            <source>no tracking number yet</source>
            <translation>no tracking number yet</translation>
        </message>
        <message>
            <source>printed before, and a reprint needs a reason</source>
            <translation>printed before, and a reprint needs a reason</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the reasons an order is skipped</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>order number: why it was skipped</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>order number (why it was skipped)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) skipped: %1.</source>
            <translation>
                <numerusform>%n order skipped: %1.</numerusform>
                <numerusform>%n orders skipped: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between skipped orders</comment>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <source>%n waybill(s) printed.</source>
            <translation>
                <numerusform>%n waybill printed.</numerusform>
                <numerusform>%n waybills printed.</numerusform>
            </translation>
        </message>
        <message>
            <source>No waybill was printed. %1</source>
            <translation>No waybill was printed. %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n number(s) left, too few</source>
            <translation>
                <numerusform>%1 has %n number left, too few</numerusform>
                <numerusform>%1 has %n numbers left, too few</numerusform>
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
            <translation>No selected order needs a tracking number.</translation>
        </message>
        <message numerus="yes">
            <source>Tracking numbers for %n order(s): %1.</source>
            <translation>
                <numerusform>Tracking numbers for %n order: %1.</numerusform>
                <numerusform>Tracking numbers for %n orders: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <comment>between couriers</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>a replacement parcel, numbered when it was sent</source>
            <translation>a replacement parcel, numbered when it was sent</translation>
        </message>
        <message>
            <source>not waiting for dispatch</source>
            <translation>not waiting for dispatch</translation>
        </message>
        <message>
            <source>has the tracking number %1 already</source>
            <translation>has the tracking number %1 already</translation>
        </message>
        <message>
            <source>leaves in a merged or split parcel</source>
            <translation>leaves in a merged or split parcel</translation>
        </message>
        <message>
            <source>%1 has %2 numbers left, %3 are needed: add the next range it issued. Nothing was changed.</source>
            <translation>%1 has %2 numbers left, %3 are needed: add the next range it issued. Nothing was changed.</translation>
        </message>
        <message>
            <source>has left already</source>
            <translation>has left already</translation>
        </message>
        <message>
            <source>has goods not matched to a SKU</source>
            <translation>has goods not matched to a SKU</translation>
        </message>
        <message>
            <source>%1 replacement %2</source>
            <comment>order number, the replacement parcel's tracking number</comment>
            <translation>%1 replacement %2</translation>
        </message>
        <message>
            <source>There is no replacement parcel with the tracking number %1.</source>
            <translation>There is no replacement parcel with the tracking number %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingWorkbench</name>
        <message>
            <source>Orders to ship</source>
            <translation>Orders to ship</translation>
        </message>
        <message>
            <source>Print waybills</source>
            <translation>Print waybills</translation>
        </message>
        <message>
            <source>Scan check</source>
            <translation>Scan check</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Pickup</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Claims</translation>
        </message>
        <message>
            <source>Courier rules</source>
            <translation>Courier rules</translation>
        </message>
        <message>
            <source>&amp;Reload orders</source>
            <translation>&amp;Reload orders</translation>
        </message>
        <message>
            <source>&amp;Import orders…</source>
            <translation>&amp;Import orders…</translation>
        </message>
        <message>
            <source>Import &amp;tracking list…</source>
            <translation>Import &amp;tracking list…</translation>
        </message>
        <message>
            <source>&amp;Print waybills…</source>
            <translation>&amp;Print waybills…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Print pre&amp;view…</translation>
        </message>
        <message>
            <source>Save waybills as P&amp;DF…</source>
            <translation>Save waybills as P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Scan check</source>
            <translation>&amp;Scan check</translation>
        </message>
        <message>
            <source>Check freight &amp;bill…</source>
            <translation>Check freight &amp;bill…</translation>
        </message>
        <message>
            <source>&amp;Handover sheet (PDF)…</source>
            <translation>&amp;Handover sheet (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Claim for a parcel…</source>
            <translation>&amp;Claim for a parcel…</translation>
        </message>
        <message>
            <source>Item mappings</source>
            <translation>Item mappings</translation>
        </message>
        <message>
            <source>Freight and numbers</source>
            <translation>Freight and numbers</translation>
        </message>
        <message>
            <source>E&amp;xport shipped orders for the platform…</source>
            <translation>E&amp;xport shipped orders for the platform…</translation>
        </message>
        <message>
            <source>bulk-shipping-%1.csv</source>
            <translation>bulk-shipping-%1.csv</translation>
        </message>
        <message>
            <source>bulk-shipping.csv</source>
            <translation>bulk-shipping.csv</translation>
        </message>
        <message>
            <source>Bulk-shipping file for the platform</source>
            <translation>Bulk-shipping file for the platform</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n shipped order(s) written to %1 for the platform's bulk shipping.</source>
            <translation>
                <numerusform>%n shipped order written to %1 for the platform's bulk shipping.</numerusform>
                <numerusform>%n shipped orders written to %1 for the platform's bulk shipping.</numerusform>
            </translation>
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
            <source>Tracking list</source>
            <translation>Tracking list</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Freight bill</source>
            <translation>Freight bill</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Handover</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Export shipped</source>
            <translation>Export shipped</translation>
        </message>
        <message>
            <source>Shipped orders</source>
            <translation>Shipped orders</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::SplitOrderCommand</name>
        <message>
            <source>Split order %1 into parcels</source>
            <translation>Split order %1 into parcels</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::TaobaoImport</name>
        <message>
            <source>the order number is empty.</source>
            <translation>the order number is empty.</translation>
        </message>
        <message>
            <source>the order %1 is listed twice.</source>
            <translation>the order %1 is listed twice.</translation>
        </message>
        <message>
            <source>“%1” is not an order status of the platform.</source>
            <translation>“%1” is not an order status of the platform.</translation>
        </message>
        <message>
            <source>“%1” is not a time (use a form like 2026-11-20 14:05:00).</source>
            <translation>“%1” is not a time (use a form like 2026-11-20 14:05:00).</translation>
        </message>
        <message>
            <source>the order is paid but has no payment time.</source>
            <translation>the order is paid but has no payment time.</translation>
        </message>
        <message>
            <source>“%1” is not an amount of money (use a form like 129.50).</source>
            <translation>“%1” is not an amount of money (use a form like 129.50).</translation>
        </message>
        <message>
            <source>a paid order needs a recipient.</source>
            <translation>a paid order needs a recipient.</translation>
        </message>
        <message>
            <source>%1 does not list the order %2 that %3 has on line %4: the order report may be cut short, or the two files are from different downloads.</source>
            <translation>%1 does not list the order %2 that %3 has on line %4: the order report may be cut short, or the two files are from different downloads.</translation>
        </message>
        <message>
            <source>%1 has no lines for the order %2 (%3, line %4): the item report may be cut short, or the two files are from different downloads.</source>
            <translation>%1 has no lines for the order %2 (%3, line %4): the item report may be cut short, or the two files are from different downloads.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n piece(s) for the order %2, but %3, line %4 gives 宝贝总数量 %5: the item report may be cut short, or the two files are from different downloads.</source>
            <translation>
                <numerusform>%1 has %n piece for the order %2, but %3, line %4 gives 宝贝总数量 %5: the item report may be cut short, or the two files are from different downloads.</numerusform>
                <numerusform>%1 has %n pieces for the order %2, but %3, line %4 gives 宝贝总数量 %5: the item report may be cut short, or the two files are from different downloads.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, line %2 gives 宝贝总数量 %3 for the order %4, but %5 has %n piece(s) for it: the two files do not agree.</source>
            <translation>
                <numerusform>%1, line %2 gives 宝贝总数量 %3 for the order %4, but %5 has %n piece for it: the two files do not agree.</numerusform>
                <numerusform>%1, line %2 gives 宝贝总数量 %3 for the order %4, but %5 has %n pieces for it: the two files do not agree.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 ends in the middle of a row: the download was cut short. Download the report again.</source>
            <translation>%1 ends in the middle of a row: the download was cut short. Download the report again.</translation>
        </message>
        <message>
            <source>the order %1 is of the shop “%2”, but this shop is “%3”: nothing was imported.</source>
            <translation>the order %1 is of the shop “%2”, but this shop is “%3”: nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::WaybillPainter</name>
        <message>
            <source>“%1” is not a waybill layout; use one of %2.</source>
            <translation>“%1” is not a waybill layout; use one of %2.</translation>
        </message>
        <message>
            <source>%1: not a waybill layout (%2).</source>
            <translation>%1: not a waybill layout (%2).</translation>
        </message>
        <message>
            <source>%1: the layout has no size.</source>
            <translation>%1: the layout has no size.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a waybill field.</source>
            <translation>%1: “%2” is not a waybill field.</translation>
        </message>
        <message>
            <source>To: %1</source>
            <translation>To: %1</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>From: %1</translation>
        </message>
        <message>
            <source>Goods: %1</source>
            <translation>Goods: %1</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>Order %1</translation>
        </message>
        <message>
            <source>Buyer's note: %1</source>
            <translation>Buyer's note: %1</translation>
        </message>
        <message>
            <source>%1: a label of %2 × %3 mm cannot be printed; width and height must be from 20 to 300 mm.</source>
            <translation>%1: a label of %2 × %3 mm cannot be printed; width and height must be from 20 to 300 mm.</translation>
        </message>
        <message>
            <source>%1: the field “%2” at %3, %4 (%5 × %6 mm) lies outside the %7 × %8 mm label.</source>
            <translation>%1: the field “%2” at %3, %4 (%5 × %6 mm) lies outside the %7 × %8 mm label.</translation>
        </message>
        <message>
            <source>%1: the field “%2” has a type size of %3 pt (at least %4 pt); sizes must be from 4 to 72 pt, the smallest no larger than the size.</source>
            <translation>%1: the field “%2” has a type size of %3 pt (at least %4 pt); sizes must be from 4 to 72 pt, the smallest no larger than the size.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::WaybillPdf</name>
        <message>
            <source>Waybills</source>
            <translation>Waybills</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
        <message>
            <source>Order %1: %2</source>
            <translation>Order %1: %2</translation>
        </message>
        <message>
            <source>There are no waybills to print.</source>
            <translation>There are no waybills to print.</translation>
        </message>
    </context>
</TS>
