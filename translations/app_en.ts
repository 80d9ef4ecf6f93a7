<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Workspace</name>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>Customer service</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>Stocktake</source>
            <translation>Stocktake</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::AddressForm</name>
        <message>
            <source>Sender and returns</source>
            <translation>Sender and returns</translation>
        </message>
        <message>
            <source>Sender (printed on every waybill)</source>
            <translation>Sender (printed on every waybill)</translation>
        </message>
        <message>
            <source>Return address (for buyers' returns and exchanges)</source>
            <translation>Return address (for buyers' returns and exchanges)</translation>
        </message>
        <message>
            <source>&amp;Sender:</source>
            <translation>&amp;Sender:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>Returns go to the sender's address</source>
            <translation>Returns go to the sender's address</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>Recipient:</translation>
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
            <source>province, city, district, street and number</source>
            <translation>province, city, district, street and number</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Sender phone</source>
            <translation>Sender phone</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>Sender address</translation>
        </message>
        <message>
            <source>Return recipient</source>
            <translation>Return recipient</translation>
        </message>
        <message>
            <source>Return phone</source>
            <translation>Return phone</translation>
        </message>
        <message>
            <source>Return address</source>
            <translation>Return address</translation>
        </message>
        <message>
            <source>Enter the sender's name and address: every waybill prints them.</source>
            <translation>Enter the sender's name and address: every waybill prints them.</translation>
        </message>
        <message>
            <source>Enter the sender's phone: an 11-digit mobile number or a landline with its area code.</source>
            <translation>Enter the sender's phone: an 11-digit mobile number or a landline with its area code.</translation>
        </message>
        <message>
            <source>Enter who receives returns and where, or tick “Returns go to the sender's address”.</source>
            <translation>Enter who receives returns and where, or tick “Returns go to the sender's address”.</translation>
        </message>
        <message>
            <source>Enter the return phone: an 11-digit mobile number or a landline with its area code.</source>
            <translation>Enter the return phone: an 11-digit mobile number or a landline with its area code.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::BackupForm</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>&amp;Folder of the daily backups:</source>
            <translation>&amp;Folder of the daily backups:</translation>
        </message>
        <message>
            <source>Beside the shop file, in “&lt;shop name&gt;-backups”</source>
            <translation>Beside the shop file, in “&lt;shop name&gt;-backups”</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Every day the shop is open, ShopDesk writes a checked copy there and keeps the last 7 and 12 month-end copies. A folder on another disk keeps them safe when this one fails.</source>
            <translation>Every day the shop is open, ShopDesk writes a checked copy there and keeps the last 7 and 12 month-end copies. A folder on another disk keeps them safe when this one fails.</translation>
        </message>
        <message>
            <source>Folder of the daily backups</source>
            <translation>Folder of the daily backups</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::BackupSchedule</name>
        <message>
            <source>Today's backup was written and checked: %1</source>
            <translation>Today's backup was written and checked: %1</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>The automatic backup failed: %1</translation>
        </message>
        <message>
            <source>The shop was restored from %1; the file as it was before is kept as %2.</source>
            <translation>The shop was restored from %1; the file as it was before is kept as %2.</translation>
        </message>
        <message>
            <source>Open a shop first; then it can be restored from one of its backups.</source>
            <translation>Open a shop first; then it can be restored from one of its backups.</translation>
        </message>
        <message>
            <source>There are no automatic backups of this shop in %1 yet.</source>
            <translation>There are no automatic backups of this shop in %1 yet.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Backups in %1:</source>
            <translation>Backups in %1:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>The shop as it is now is backed up first, then replaced by the chosen copy.</source>
            <translation>The shop as it is now is backed up first, then replaced by the chosen copy.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Replace the shop by its backup of %1? Everything entered since then is no longer in the shop (the current file is kept as a backup).</source>
            <translation>Replace the shop by its backup of %1? Everything entered since then is no longer in the shop (the current file is kept as a backup).</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::ConnectDialog</name>
        <message>
            <source>Connect to a shop server</source>
            <translation>Connect to a shop server</translation>
        </message>
        <message>
            <source>The shop's server is the PC that keeps the shop for every PC of the store (see “Several PCs” in the README).</source>
            <translation>The shop's server is the PC that keeps the shop for every PC of the store (see “Several PCs” in the README).</translation>
        </message>
        <message>
            <source>&amp;Server (name or address):</source>
            <translation>&amp;Server (name or address):</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>&amp;Encryption:</translation>
        </message>
        <message>
            <source>e.g. 192.168.1.10</source>
            <translation>e.g. 192.168.1.10</translation>
        </message>
        <message>
            <source>Encrypted if the server offers it</source>
            <translation>Encrypted if the server offers it</translation>
        </message>
        <message>
            <source>Always encrypted</source>
            <translation>Always encrypted</translation>
        </message>
        <message>
            <source>Always encrypted, server certificate checked</source>
            <translation>Always encrypted, server certificate checked</translation>
        </message>
        <message>
            <source>Not encrypted</source>
            <translation>Not encrypted</translation>
        </message>
        <message>
            <source>&amp;Keep the password on this PC (in this user's settings)</source>
            <translation>&amp;Keep the password on this PC (in this user's settings)</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::CourierForm</name>
        <message>
            <source>Couriers and payment</source>
            <translation>Couriers and payment</translation>
        </message>
        <message>
            <source>Default &amp;courier:</source>
            <translation>Default &amp;courier:</translation>
        </message>
        <message>
            <source>&amp;Bank account:</source>
            <translation>&amp;Bank account:</translation>
        </message>
        <message>
            <source>Privacy waybills: print buyers' phones with the middle digits hidden</source>
            <translation>Privacy waybills: print buyers' phones with the middle digits hidden</translation>
        </message>
        <message>
            <source>bank, account name and number, as given to buyers who pay by transfer</source>
            <translation>bank, account name and number, as given to buyers who pay by transfer</translation>
        </message>
        <message>
            <source>Default courier</source>
            <translation>Default courier</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Bank account</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::DropImport</name>
        <message>
            <source>Open a shop first; then files dropped on the window are imported into it.</source>
            <translation>Open a shop first; then files dropped on the window are imported into it.</translation>
        </message>
        <message>
            <source>“%1” is the order items export: drop it together with the order export it belongs to.</source>
            <translation>“%1” is the order items export: drop it together with the order export it belongs to.</translation>
        </message>
        <message>
            <source>ShopDesk cannot tell from its columns what “%1” holds. Import it as:</source>
            <translation>ShopDesk cannot tell from its columns what “%1” holds. Import it as:</translation>
        </message>
        <message>
            <source>“%1” could be one of these. Import it as:</source>
            <translation>“%1” could be one of these. Import it as:</translation>
        </message>
        <message>
            <source>Import a dropped file</source>
            <translation>Import a dropped file</translation>
        </message>
        <message>
            <source>“%1” cannot be imported in this window.</source>
            <translation>“%1” cannot be imported in this window.</translation>
        </message>
        <message>
            <source>Receiving note %1 posted from %2.</source>
            <translation>Receiving note %1 posted from %2.</translation>
        </message>
        <message>
            <source>Choose a sheet</source>
            <translation>Choose a sheet</translation>
        </message>
        <message>
            <source>“%1” has several sheets. Import the sheet:</source>
            <translation>“%1” has several sheets. Import the sheet:</translation>
        </message>
        <message>
            <source>The order export is read from the first sheet of “%1”: move the sheet “%2” to the front in Excel, or save it as CSV, and drop it again.</source>
            <translation>The order export is read from the first sheet of “%1”: move the sheet “%2” to the front in Excel, or save it as CSV, and drop it again.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::ImportClassifier</name>
        <message>
            <source>Shop file</source>
            <translation>Shop file</translation>
        </message>
        <message>
            <source>Items and SKUs (Listings → Import)</source>
            <translation>Items and SKUs (Listings → Import)</translation>
        </message>
        <message>
            <source>Platform order export (Shipping → Import orders)</source>
            <translation>Platform order export (Shipping → Import orders)</translation>
        </message>
        <message>
            <source>Platform order items export (goes with the order export)</source>
            <translation>Platform order items export (goes with the order export)</translation>
        </message>
        <message>
            <source>Receiving note (posted into stock)</source>
            <translation>Receiving note (posted into stock)</translation>
        </message>
        <message>
            <source>Counted quantities for the open stock-take</source>
            <translation>Counted quantities for the open stock-take</translation>
        </message>
        <message>
            <source>Daily KPI export (KPIs → Import)</source>
            <translation>Daily KPI export (KPIs → Import)</translation>
        </message>
        <message>
            <source>Quick-reply library (Customer service → Import)</source>
            <translation>Quick-reply library (Customer service → Import)</translation>
        </message>
        <message>
            <source>Tracking numbers for queued orders</source>
            <translation>Tracking numbers for queued orders</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::MainWindow</name>
        <message>
            <source>The shop was updated to the current format; the previous version was kept as %1.</source>
            <translation>The shop was updated to the current format; the previous version was kept as %1.</translation>
        </message>
        <message>
            <source>No shop open: choose File → New shop… or File → Open…</source>
            <translation>No shop open: choose File → New shop… or File → Open…</translation>
        </message>
        <message>
            <source>ShopDesk</source>
            <translation>ShopDesk</translation>
        </message>
        <message>
            <source>%1 — ShopDesk</source>
            <translation>%1 — ShopDesk</translation>
        </message>
        <message>
            <source>ShopDesk shops (%1)</source>
            <translation>ShopDesk shops (%1)</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose a new name for the new shop, or open the file instead.</source>
            <translation>“%1” already exists. Choose a new name for the new shop, or open the file instead.</translation>
        </message>
        <message>
            <source>Open shop</source>
            <translation>Open shop</translation>
        </message>
        <message>
            <source>Open a shop first; then it can be backed up.</source>
            <translation>Open a shop first; then it can be backed up.</translation>
        </message>
        <message>
            <source>Back up the shop</source>
            <translation>Back up the shop</translation>
        </message>
        <message>
            <source>“%1” cannot be replaced.</source>
            <translation>“%1” cannot be replaced.</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>Backup written to %1</translation>
        </message>
        <message>
            <source>About ShopDesk</source>
            <translation>About ShopDesk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New shop…</source>
            <translation>&amp;New shop…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About ShopDesk</source>
            <translation>&amp;About ShopDesk</translation>
        </message>
        <message>
            <source>&amp;Docks</source>
            <translation>&amp;Docks</translation>
        </message>
        <message>
            <source>my-shop</source>
            <translation>my-shop</translation>
        </message>
        <message>
            <source>The new shop could not be set up: %1</source>
            <translation>The new shop could not be set up: %1</translation>
        </message>
        <message>
            <source>New shop %1 is ready: import your items next (Listings → Import…).</source>
            <translation>New shop %1 is ready: import your items next (Listings → Import…).</translation>
        </message>
        <message>
            <source>The shop settings were not saved: %1</source>
            <translation>The shop settings were not saved: %1</translation>
        </message>
        <message>
            <source>Shop settings saved.</source>
            <translation>Shop settings saved.</translation>
        </message>
        <message>
            <source>Shop &amp;settings…</source>
            <translation>Shop &amp;settings…</translation>
        </message>
        <message>
            <source>Open the &amp;demo shop</source>
            <translation>Open the &amp;demo shop</translation>
        </message>
        <message>
            <source>%1 (read-only) — ShopDesk</source>
            <translation>%1 (read-only) — ShopDesk</translation>
        </message>
        <message>
            <source>Shop file: %1</source>
            <translation>Shop file: %1</translation>
        </message>
        <message>
            <source>%1 — shop file: %2</source>
            <translation>%1 — shop file: %2</translation>
        </message>
        <message>
            <source>%1, read-only</source>
            <translation>%1, read-only</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>%1 is open in another ShopDesk window, which was brought forward.</source>
            <translation>%1 is open in another ShopDesk window, which was brought forward.</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>&amp;Reset this workspace</source>
            <translation>&amp;Reset this workspace</translation>
        </message>
        <message>
            <source>&amp;Workspace</source>
            <translation>&amp;Workspace</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;Daily operations for a small online store: listings, customer service, shipping, inventory and KPIs.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;zint&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;Daily operations for a small online store: listings, customer service, shipping, inventory and KPIs.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;zint&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>Shop server: %1</source>
            <translation>Shop server: %1</translation>
        </message>
        <message>
            <source>%1 — shop server: %2</source>
            <translation>%1 — shop server: %2</translation>
        </message>
        <message>
            <source>&amp;Connect to a shop server…</source>
            <translation>&amp;Connect to a shop server…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::NewShopWizard</name>
        <message>
            <source>New shop</source>
            <translation>New shop</translation>
        </message>
        <message>
            <source>ShopDesk shops (%1)</source>
            <translation>ShopDesk shops (%1)</translation>
        </message>
        <message>
            <source>Where the shop file goes</source>
            <translation>Where the shop file goes</translation>
        </message>
        <message>
            <source>Shop &amp;file:</source>
            <translation>Shop &amp;file:</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>One file holds the whole shop: items, stock, orders and KPIs. Keep it on this computer's own disk and back it up (File → Back up now…).</source>
            <translation>One file holds the whole shop: items, stock, orders and KPIs. Keep it on this computer's own disk and back it up (File → Back up now…).</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::ShopNameForm</name>
        <message>
            <source>Shop</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>Shop &amp;name:</source>
            <translation>Shop &amp;name:</translation>
        </message>
        <message>
            <source>Sells on:</source>
            <translation>Sells on:</translation>
        </message>
        <message>
            <source>as on the platform, e.g. 小林服饰旗舰店</source>
            <translation>as on the platform, e.g. 小林服饰旗舰店</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Enter the shop's name: waybills and replies print it.</source>
            <translation>Enter the shop's name: waybills and replies print it.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::ShopSettingsDialog</name>
        <message>
            <source>Shop settings</source>
            <translation>Shop settings</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::StaffForm</name>
        <message>
            <source>Staff and business</source>
            <translation>Staff and business</translation>
        </message>
        <message>
            <source>S&amp;taff (one per line):</source>
            <translation>S&amp;taff (one per line):</translation>
        </message>
        <message>
            <source>Gross &amp;margin:</source>
            <translation>Gross &amp;margin:</translation>
        </message>
        <message>
            <source>Current &amp;promotion:</source>
            <translation>Current &amp;promotion:</translation>
        </message>
        <message>
            <source>Used for traffic value (conversion × order value × margin) until costs are known.</source>
            <translation>Used for traffic value (conversion × order value × margin) until costs are known.</translation>
        </message>
        <message>
            <source>announced in customer-service replies, e.g. 满199减20</source>
            <translation>announced in customer-service replies, e.g. 满199减20</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>Gross margin</translation>
        </message>
        <message>
            <source>Current promotion</source>
            <translation>Current promotion</translation>
        </message>
        <message>
            <source>Platform &amp;fee:</source>
            <translation>Platform &amp;fee:</translation>
        </message>
        <message>
            <source>The platform's commission as a share of what the buyers kept, taken off profit.</source>
            <translation>The platform's commission as a share of what the buyers kept, taken off profit.</translation>
        </message>
        <message>
            <source>Platform fee</source>
            <translation>Platform fee</translation>
        </message>
        <message>
            <source>Largest imported &amp;line:</source>
            <translation>Largest imported &amp;line:</translation>
        </message>
        <message>
            <source>An imported order, item, receiving or KPI line above this amount is refused as a typing or export error.</source>
            <translation>An imported order, item, receiving or KPI line above this amount is refused as a typing or export error.</translation>
        </message>
        <message>
            <source>Largest imported line</source>
            <translation>Largest imported line</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::StartPage</name>
        <message>
            <source>Welcome to ShopDesk</source>
            <translation>Welcome to ShopDesk</translation>
        </message>
        <message>
            <source>No shop open: choose File → New shop… or File → Open…</source>
            <translation>No shop open: choose File → New shop… or File → Open…</translation>
        </message>
        <message>
            <source>&amp;New shop…</source>
            <translation>&amp;New shop…</translation>
        </message>
        <message>
            <source>&amp;Open a shop file…</source>
            <translation>&amp;Open a shop file…</translation>
        </message>
        <message>
            <source>Try the &amp;demo shop</source>
            <translation>Try the &amp;demo shop</translation>
        </message>
        <message>
            <source>Set up your own shop: name, sender, return address, couriers and staff.</source>
            <translation>Set up your own shop: name, sender, return address, couriers and staff.</translation>
        </message>
        <message>
            <source>A clothing store with a year of orders, to look around without touching your own shop.</source>
            <translation>A clothing store with a year of orders, to look around without touching your own shop.</translation>
        </message>
        <message>
            <source>&amp;Recent shops:</source>
            <translation>&amp;Recent shops:</translation>
        </message>
        <message>
            <source>Recent shops</source>
            <translation>Recent shops</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::app::UserGuide</name>
        <message>
            <source>Start here</source>
            <translation>Start here</translation>
        </message>
        <message>
            <source>Store manager (店长)</source>
            <translation>Store manager</translation>
        </message>
        <message>
            <source>Customer service (客服)</source>
            <translation>Customer service</translation>
        </message>
        <message>
            <source>Warehouse (仓管)</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>Stock-take (盘点)</source>
            <translation>Stock-take</translation>
        </message>
        <message>
            <source>Moving your shop in</source>
            <translation>Moving your shop in</translation>
        </message>
        <message>
            <source>ShopDesk user guide</source>
            <translation>ShopDesk user guide</translation>
        </message>
    </context>
</TS>
