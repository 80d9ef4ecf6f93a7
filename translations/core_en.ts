<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::core::AutoBackup</name>
        <message>
            <source>The backup folder “%1” cannot be made. Choose another one in Shop settings.</source>
            <translation>The backup folder “%1” cannot be made. Choose another one in Shop settings.</translation>
        </message>
        <message>
            <source>The backup “%1” cannot be read: %2</source>
            <translation>The backup “%1” cannot be read: %2</translation>
        </message>
        <message>
            <source>The backup “%1” is damaged: %2</source>
            <translation>The backup “%1” is damaged: %2</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written.</source>
            <translation>The backup “%1” could not be written.</translation>
        </message>
        <message>
            <source>Close the shop “%1” before restoring it.</source>
            <translation>Close the shop “%1” before restoring it.</translation>
        </message>
        <message>
            <source>The current shop could not be kept as “%1”; nothing was restored.</source>
            <translation>The current shop could not be kept as “%1”; nothing was restored.</translation>
        </message>
        <message>
            <source>The backup “%1” could not be copied next to the shop.</source>
            <translation>The backup “%1” could not be copied next to the shop.</translation>
        </message>
        <message>
            <source>The shop “%1” could not be replaced by the backup.</source>
            <translation>The shop “%1” could not be replaced by the backup.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Barcode</name>
        <message>
            <source>There is nothing to put in the barcode.</source>
            <translation>There is nothing to put in the barcode.</translation>
        </message>
        <message>
            <source>The barcode library could not start.</source>
            <translation>The barcode library could not start.</translation>
        </message>
        <message>
            <source>“%1” cannot be encoded as a barcode: %2</source>
            <translation>“%1” cannot be encoded as a barcode: %2</translation>
        </message>
        <message>
            <source>The barcode library gave no drawing for “%1”.</source>
            <translation>The barcode library gave no drawing for “%1”.</translation>
        </message>
        <message>
            <source>The barcode library gave no bars for “%1”.</source>
            <translation>The barcode library gave no bars for “%1”.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::BulkInsert</name>
        <message>
            <source>The shop server gave no new record number.</source>
            <translation>The shop server gave no new record number.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::BuyerRepository</name>
        <message>
            <source>A buyer needs a member name.</source>
            <translation>A buyer needs a member name.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::CliCommand</name>
        <message>
            <source>%1 needs one of: %2.</source>
            <translation>%1 needs one of: %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::CostHistoryRepository</name>
        <message>
            <source>There is no SKU with the number %1.</source>
            <translation>There is no SKU with the number %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::CsvFile</name>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>“%1” cannot be read: %2</translation>
        </message>
        <message>
            <source>%1 is not UTF-8, and this system cannot read GBK text.</source>
            <translation>%1 is not UTF-8, and this system cannot read GBK text.</translation>
        </message>
        <message>
            <source>%1 is neither UTF-8 nor GBK text.</source>
            <translation>%1 is neither UTF-8 nor GBK text.</translation>
        </message>
        <message>
            <source>%1, line %2: a quoted field is never closed.</source>
            <translation>%1, line %2: a quoted field is never closed.</translation>
        </message>
        <message>
            <source>%1 is empty: it has no header line.</source>
            <translation>%1 is empty: it has no header line.</translation>
        </message>
        <message>
            <source>%1, line %2, field %3: %4</source>
            <translation>%1, line %2, field %3: %4</translation>
        </message>
        <message>
            <source>%1, line 1: the column %2 is missing.</source>
            <translation>%1, line 1: the column %2 is missing.</translation>
        </message>
        <message>
            <source>“%1” cannot be written: %2</source>
            <translation>“%1” cannot be written: %2</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
        <message>
            <source>“%1” cannot be written: the disk is full. Free some space and try again.</source>
            <translation>“%1” cannot be written: the disk is full. Free some space and try again.</translation>
        </message>
        <message>
            <source>“%1” cannot be written: its folder cannot be written. Choose another folder.</source>
            <translation>“%1” cannot be written: its folder cannot be written. Choose another folder.</translation>
        </message>
        <message>
            <source>%1, line %2: the text changes encoding here (the lines before are %3, this one is not). Save the whole file in one encoding, UTF-8 or GBK.</source>
            <translation>%1, line %2: the text changes encoding here (the lines before are %3, this one is not). Save the whole file in one encoding, UTF-8 or GBK.</translation>
        </message>
        <message numerus="yes">
            <source>%1, line %2: this row has %n field(s), but the header line has %3; the file may be cut short or damaged.</source>
            <translation>
                <numerusform>%1, line %2: this row has %n field, but the header line has %3; the file may be cut short or damaged.</numerusform>
                <numerusform>%1, line %2: this row has %n fields, but the header line has %3; the file may be cut short or damaged.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is marked as UTF-8 but is not UTF-8 text.</source>
            <translation>%1 is marked as UTF-8 but is not UTF-8 text.</translation>
        </message>
        <message>
            <source>%1 is an old Excel .xls file (or a workbook protected with a password), which ShopDesk cannot read: open it in Excel or WPS and save it as .xlsx or CSV, without a password.</source>
            <translation>%1 is an old Excel .xls file (or a workbook protected with a password), which ShopDesk cannot read: open it in Excel or WPS and save it as .xlsx or CSV, without a password.</translation>
        </message>
        <message>
            <source>%1 is a PDF document, not a table: import the CSV or .xlsx file the figures came from.</source>
            <translation>%1 is a PDF document, not a table: import the CSV or .xlsx file the figures came from.</translation>
        </message>
        <message>
            <source>%1 is a picture, not a table: import a CSV or .xlsx file.</source>
            <translation>%1 is a picture, not a table: import a CSV or .xlsx file.</translation>
        </message>
        <message>
            <source>%1 is a compressed archive, not a table: unpack it and import the CSV or .xlsx file inside.</source>
            <translation>%1 is a compressed archive, not a table: unpack it and import the CSV or .xlsx file inside.</translation>
        </message>
        <message>
            <source>%1 is not a text or spreadsheet file that ShopDesk reads: save it as .xlsx or CSV.</source>
            <translation>%1 is not a text or spreadsheet file that ShopDesk reads: save it as .xlsx or CSV.</translation>
        </message>
        <message>
            <source>%1 is UTF-16 text, but it ends in the middle of a character: the file is cut short or damaged.</source>
            <translation>%1 is UTF-16 text, but it ends in the middle of a character: the file is cut short or damaged.</translation>
        </message>
        <message>
            <source>%1 is marked as UTF-16 text but is not UTF-16 text.</source>
            <translation>%1 is marked as UTF-16 text but is not UTF-16 text.</translation>
        </message>
        <message>
            <source>The workbook was written already.</source>
            <translation>The workbook was written already.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Database</name>
        <message>
            <source>“%1” is on a network share. SQLite shop files are not safe there: keep the shop on this computer's own disk.</source>
            <translation>“%1” is on a network share. SQLite shop files are not safe there: keep the shop on this computer's own disk.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a shop file.</source>
            <translation>“%1” is a folder, not a shop file.</translation>
        </message>
        <message>
            <source>“%1” is not a ShopDesk shop file: it is not a database at all.</source>
            <translation>“%1” is not a ShopDesk shop file: it is not a database at all.</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer ShopDesk (shop format %2; this ShopDesk knows up to %3). Update ShopDesk to open it.</source>
            <translation>“%1” was saved by a newer ShopDesk (shop format %2; this ShopDesk knows up to %3). Update ShopDesk to open it.</translation>
        </message>
        <message>
            <source>“%1” is another program's database, not a ShopDesk shop file. ShopDesk leaves it untouched.</source>
            <translation>“%1” is another program's database, not a ShopDesk shop file. ShopDesk leaves it untouched.</translation>
        </message>
        <message>
            <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite): ShopDesk cannot open shop files.</source>
            <translation>The SQLite driver for Qt is missing (package libqt6sql6-sqlite): ShopDesk cannot open shop files.</translation>
        </message>
        <message>
            <source>There is no shop file at “%1”.</source>
            <translation>There is no shop file at “%1”.</translation>
        </message>
        <message>
            <source>The folder for “%1” does not exist.</source>
            <translation>The folder for “%1” does not exist.</translation>
        </message>
        <message>
            <source>ShopDesk must update “%1” to a newer format, but could not first copy it aside: %2</source>
            <translation>ShopDesk must update “%1” to a newer format, but could not first copy it aside: %2</translation>
        </message>
        <message>
            <source>“%1” already exists; choose a new name for the backup.</source>
            <translation>“%1” already exists; choose a new name for the backup.</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written: %2</source>
            <translation>The backup “%1” could not be written: %2</translation>
        </message>
        <message>
            <source>The integrity check of “%1” could not run: %2</source>
            <translation>The integrity check of “%1” could not run: %2</translation>
        </message>
        <message>
            <source>Table %1 row %2 refers to a missing row in %3.</source>
            <translation>Table %1 row %2 refers to a missing row in %3.</translation>
        </message>
        <message>
            <source>“%1” is the shop file ShopDesk has open, not a file to import or export. Choose another file.</source>
            <translation>“%1” is the shop file ShopDesk has open, not a file to import or export. Choose another file.</translation>
        </message>
        <message>
            <source>“%1” is read-only: ShopDesk shows it but changes nothing in it. To work in this shop, make the file writable or copy it to a folder of your own.</source>
            <translation>“%1” is read-only: ShopDesk shows it but changes nothing in it. To work in this shop, make the file writable or copy it to a folder of your own.</translation>
        </message>
        <message>
            <source>The folder of “%1” cannot be written: ShopDesk shows the shop but changes nothing in it. To work in this shop, copy it to a folder of your own.</source>
            <translation>The folder of “%1” cannot be written: ShopDesk shows the shop but changes nothing in it. To work in this shop, copy it to a folder of your own.</translation>
        </message>
        <message>
            <source>“%1” is locked by another program that is writing to it. Close that program (or wait for it to finish) and try again; the shop file is not damaged.</source>
            <translation>“%1” is locked by another program that is writing to it. Close that program (or wait for it to finish) and try again; the shop file is not damaged.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: this user has no permission to read it.</source>
            <translation>“%1” cannot be read: this user has no permission to read it.</translation>
        </message>
        <message>
            <source>“%1” cannot be opened: check that its folder can be read and written, or copy the shop to a folder of your own.</source>
            <translation>“%1” cannot be opened: check that its folder can be read and written, or copy the shop to a folder of your own.</translation>
        </message>
        <message>
            <source>“%1” could not be read from the disk (an input/output error): the disk may be failing or was unplugged.</source>
            <translation>“%1” could not be read from the disk (an input/output error): the disk may be failing or was unplugged.</translation>
        </message>
        <message>
            <source>“%1” is damaged and cannot be read. Open a backup copy instead.</source>
            <translation>“%1” is damaged and cannot be read. Open a backup copy instead.</translation>
        </message>
        <message>
            <source>“%1” cannot be created: %2</source>
            <translation>“%1” cannot be created: %2</translation>
        </message>
        <message>
            <source>The folder of “%1” cannot be written: ShopDesk cannot create the shop there. Choose a folder of your own.</source>
            <translation>The folder of “%1” cannot be written: ShopDesk cannot create the shop there. Choose a folder of your own.</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of the file failed. ShopDesk changes nothing in it, so that nothing more is lost. Open a backup copy instead (one you made, or a .bak copy beside the shop); shopdesk-cli check lists the damage.</source>
            <translation>“%1” is damaged: SQLite's check of the file failed. ShopDesk changes nothing in it, so that nothing more is lost. Open a backup copy instead (one you made, or a .bak copy beside the shop); shopdesk-cli check lists the damage.</translation>
        </message>
        <message>
            <source>“%1” must be updated to a newer shop format before this ShopDesk can open it, but it cannot be written. %2</source>
            <translation>“%1” must be updated to a newer shop format before this ShopDesk can open it, but it cannot be written. %2</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written: its folder cannot be written. Choose another folder.</source>
            <translation>The backup “%1” could not be written: its folder cannot be written. Choose another folder.</translation>
        </message>
        <message>
            <source>ShopDesk could not build the shop format %1 to compare “%2” with.</source>
            <translation>ShopDesk could not build the shop format %1 to compare “%2” with.</translation>
        </message>
        <message>
            <source>The tables of “%1” could not be listed.</source>
            <translation>The tables of “%1” could not be listed.</translation>
        </message>
        <message>
            <source>The table %1 has lost its column %2.</source>
            <translation>The table %1 has lost its column %2.</translation>
        </message>
        <message>
            <source>The table %1 is missing.</source>
            <translation>The table %1 is missing.</translation>
        </message>
        <message>
            <source>The index %1 is missing.</source>
            <translation>The index %1 is missing.</translation>
        </message>
        <message>
            <source>The view %1 is missing.</source>
            <translation>The view %1 is missing.</translation>
        </message>
        <message>
            <source>The trigger %1 is missing.</source>
            <translation>The trigger %1 is missing.</translation>
        </message>
        <message>
            <source>“%1” is in use by another program (or another ShopDesk) that is writing to it, and stayed busy: try again in a moment.</source>
            <translation>“%1” is in use by another program (or another ShopDesk) that is writing to it, and stayed busy: try again in a moment.</translation>
        </message>
        <message>
            <source>“%1” cannot be written: the file or its folder is read-only.</source>
            <translation>“%1” cannot be written: the file or its folder is read-only.</translation>
        </message>
        <message>
            <source>The disk holding “%1” is full: free some space and try again (the shop file itself is sound).</source>
            <translation>The disk holding “%1” is full: free some space and try again (the shop file itself is sound).</translation>
        </message>
        <message>
            <source>“%1” cannot be opened: check that it and its folder can be read and written.</source>
            <translation>“%1” cannot be opened: check that it and its folder can be read and written.</translation>
        </message>
        <message>
            <source>“%1” could not be read or written on the disk (an input/output error): the disk may be full, failing or unplugged.</source>
            <translation>“%1” could not be read or written on the disk (an input/output error): the disk may be full, failing or unplugged.</translation>
        </message>
        <message>
            <source>The change conflicts with what the shop already holds (a record that must be unique exists, or other records refer to this one).</source>
            <translation>The change conflicts with what the shop already holds (a record that must be unique exists, or other records refer to this one).</translation>
        </message>
        <message>
            <source>The shop file could not be read or written.</source>
            <translation>The shop file could not be read or written.</translation>
        </message>
        <message>
            <source>database “%1” on %2</source>
            <translation>database “%1” on %2</translation>
        </message>
        <message>
            <source>database “%1” on %2 (user %3)</source>
            <translation>database “%1” on %2 (user %3)</translation>
        </message>
        <message>
            <source>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql): ShopDesk cannot reach shop servers.</source>
            <translation>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql): ShopDesk cannot reach shop servers.</translation>
        </message>
        <message>
            <source>“%1” is not a shop server address: write it as postgresql://user@host:port/database (optionally ?sslmode=require).</source>
            <translation>“%1” is not a shop server address: write it as postgresql://user@host:port/database (optionally ?sslmode=require).</translation>
        </message>
        <message>
            <source>The shop on %1 could not be read: check that the user may read and write that database.</source>
            <translation>The shop on %1 could not be read: check that the user may read and write that database.</translation>
        </message>
        <message>
            <source>The %1 holds another program's tables, not a ShopDesk shop. ShopDesk leaves it untouched: give the shop a database of its own.</source>
            <translation>The %1 holds another program's tables, not a ShopDesk shop. ShopDesk leaves it untouched: give the shop a database of its own.</translation>
        </message>
        <message>
            <source>The %1 is marked as another program's, not a ShopDesk shop. ShopDesk leaves it untouched.</source>
            <translation>The %1 is marked as another program's, not a ShopDesk shop. ShopDesk leaves it untouched.</translation>
        </message>
        <message>
            <source>The shop in the %1 was saved by a newer ShopDesk (shop format %2; this ShopDesk knows up to %3). Update ShopDesk on this PC to open it.</source>
            <translation>The shop in the %1 was saved by a newer ShopDesk (shop format %2; this ShopDesk knows up to %3). Update ShopDesk on this PC to open it.</translation>
        </message>
        <message>
            <source>There is no shop in the %1 yet.</source>
            <translation>There is no shop in the %1 yet.</translation>
        </message>
        <message>
            <source>The shop is on a server (%1): it is backed up there, with pg_dump (see “Several PCs” in the README), not copied to a file from this PC.</source>
            <translation>The shop is on a server (%1): it is backed up there, with pg_dump (see “Several PCs” in the README), not copied to a file from this PC.</translation>
        </message>
        <message>
            <source>Another PC was changing the same records at the same moment: nothing was saved. Try again.</source>
            <translation>Another PC was changing the same records at the same moment: nothing was saved. Try again.</translation>
        </message>
        <message>
            <source>The shop server at %1 refused the user “%2”: check the user name and password (and that the server lets this PC in).</source>
            <translation>The shop server at %1 refused the user “%2”: check the user name and password (and that the server lets this PC in).</translation>
        </message>
        <message>
            <source>The shop server at %1 has no database “%2”: check its name, or create it on the server.</source>
            <translation>The shop server at %1 has no database “%2”: check its name, or create it on the server.</translation>
        </message>
        <message>
            <source>The user “%1” may not change this shop on the server: ask whoever set up the server to grant it.</source>
            <translation>The user “%1” may not change this shop on the server: ask whoever set up the server to grant it.</translation>
        </message>
        <message>
            <source>The shop on the server is read-only for this PC.</source>
            <translation>The shop on the server is read-only for this PC.</translation>
        </message>
        <message>
            <source>The shop server's disk is full: free some space on the server and try again.</source>
            <translation>The shop server's disk is full: free some space on the server and try again.</translation>
        </message>
        <message>
            <source>The shop server at %1 cannot be reached: check that the server PC is on, PostgreSQL runs there, and this PC is on the shop's network.</source>
            <translation>The shop server at %1 cannot be reached: check that the server PC is on, PostgreSQL runs there, and this PC is on the shop's network.</translation>
        </message>
        <message>
            <source>The shop on the server could not be read or written.</source>
            <translation>The shop on the server could not be read or written.</translation>
        </message>
        <message>
            <source>The check of “%1” was stopped: the shop was closed before it ended.</source>
            <translation>The check of “%1” was stopped: the shop was closed before it ended.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::FileDialog</name>
        <message>
            <source>“%1” is the shop file ShopDesk has open. Choose another file.</source>
            <translation>“%1” is the shop file ShopDesk has open. Choose another file.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::ItemRepository</name>
        <message>
            <source>Every item needs an item code (货号).</source>
            <translation>Every item needs an item code.</translation>
        </message>
        <message>
            <source>Item %1: “%2” is not a known item role.</source>
            <translation>Item %1: “%2” is not a known item role.</translation>
        </message>
        <message>
            <source>The item code %1 is already used by another item.</source>
            <translation>The item code %1 is already used by another item.</translation>
        </message>
        <message>
            <source>The SKU %1/%2 needs a barcode.</source>
            <translation>The SKU %1/%2 needs a barcode.</translation>
        </message>
        <message>
            <source>The barcode %1 is already used by %2 %3/%4.</source>
            <translation>The barcode %1 is already used by %2 %3/%4.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Members</name>
        <message>
            <source>The care tier's threshold must be above ¥0.</source>
            <translation>The care tier's threshold must be above ¥0.</translation>
        </message>
        <message>
            <source>The discount tier's threshold (%1) must be above the care tier's (%2).</source>
            <translation>The discount tier's threshold (%1) must be above the care tier's (%2).</translation>
        </message>
        <message>
            <source>The gift tier's threshold (%1) must be above the discount tier's (%2).</source>
            <translation>The gift tier's threshold (%1) must be above the discount tier's (%2).</translation>
        </message>
        <message>
            <source>Gift member</source>
            <translation>Gift member</translation>
        </message>
        <message>
            <source>Discount member</source>
            <translation>Discount member</translation>
        </message>
        <message>
            <source>Care member</source>
            <translation>Care member</translation>
        </message>
        <message>
            <source>Not yet a member</source>
            <translation>Not yet a member</translation>
        </message>
        <message>
            <source>a gift with the next order, member discounts, care messages and promotion notices</source>
            <translation>a gift with the next order, member discounts, care messages and promotion notices</translation>
        </message>
        <message>
            <source>member discounts, care messages and promotion notices</source>
            <translation>member discounts, care messages and promotion notices</translation>
        </message>
        <message>
            <source>care messages and promotion notices</source>
            <translation>care messages and promotion notices</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>nothing yet</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Migrator</name>
        <message>
            <source>The shop file's format version cannot be read.</source>
            <translation>The shop file's format version cannot be read.</translation>
        </message>
        <message>
            <source>Update %1 of the shop format is missing from this ShopDesk build.</source>
            <translation>Update %1 of the shop format is missing from this ShopDesk build.</translation>
        </message>
        <message>
            <source>The shop file could not be updated to format %1: %2</source>
            <translation>The shop file could not be updated to format %1: %2</translation>
        </message>
        <message>
            <source>%1 (in “%2”)</source>
            <translation>%1 (in “%2”)</translation>
        </message>
        <message>
            <source>The shop file could not be updated to format %1; it was left as it was. Cause: %2</source>
            <translation>The shop file could not be updated to format %1; it was left as it was. Cause: %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Money</name>
        <message>
            <source>“%1” is not an amount of money (use a form like 129.50).</source>
            <translation>“%1” is not an amount of money (use a form like 129.50).</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::OrderRepository</name>
        <message>
            <source>Every order needs an order number.</source>
            <translation>Every order needs an order number.</translation>
        </message>
        <message>
            <source>Order %1: “%2” is not a known order status.</source>
            <translation>Order %1: “%2” is not a known order status.</translation>
        </message>
        <message>
            <source>Order %1 has no lines.</source>
            <translation>Order %1 has no lines.</translation>
        </message>
        <message>
            <source>The order %1 is already in the shop.</source>
            <translation>The order %1 is already in the shop.</translation>
        </message>
        <message>
            <source>Order %1: a line for “%2” has the quantity %3; it must be at least 1.</source>
            <translation>Order %1: a line for “%2” has the quantity %3; it must be at least 1.</translation>
        </message>
        <message>
            <source>An order waiting for dispatch can only become closed, shipped or finished.</source>
            <translation>An order waiting for dispatch can only become closed, shipped or finished.</translation>
        </message>
        <message>
            <source>The order %1 is not in the shop.</source>
            <translation>The order %1 is not in the shop.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Parse</name>
        <message>
            <source>“%1” is not a date like 2026-11-20.</source>
            <translation>“%1” is not a date like 2026-11-20.</translation>
        </message>
        <message>
            <source>“%1” is not a time (use a form like 2026-11-20 14:05:00).</source>
            <translation>“%1” is not a time (use a form like 2026-11-20 14:05:00).</translation>
        </message>
        <message>
            <source>“%1” is not a number of pieces from 1 to 9,999.</source>
            <translation>“%1” is not a number of pieces from 1 to 9,999.</translation>
        </message>
        <message>
            <source>“%1” is more than %2, the most one line may hold (a shop that sells more raises it in File → Shop settings).</source>
            <translation>“%1” is more than %2, the most one line may hold (a shop that sells more raises it in File → Shop settings).</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::PromotionRepository</name>
        <message>
            <source>New Year's Day</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>Valentine's Day</source>
            <translation>Valentine's Day</translation>
        </message>
        <message>
            <source>520</source>
            <translation>520</translation>
        </message>
        <message>
            <source>618</source>
            <translation>618</translation>
        </message>
        <message>
            <source>Double 11</source>
            <translation>Double 11</translation>
        </message>
        <message>
            <source>Double 12</source>
            <translation>Double 12</translation>
        </message>
        <message>
            <source>A promotion needs a date and a name.</source>
            <translation>A promotion needs a date and a name.</translation>
        </message>
        <message>
            <source>%1 is already on the calendar on %2.</source>
            <translation>%1 is already on the calendar on %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Retry</name>
        <message>
            <source>Another PC was changing the same records at the same moment, and the shop stayed busy: try again in a moment.</source>
            <translation>Another PC was changing the same records at the same moment, and the shop stayed busy: try again in a moment.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::RowVersions</name>
        <message>
            <source>The record was deleted on another PC meanwhile: open it again.</source>
            <translation>The record was deleted on another PC meanwhile: open it again.</translation>
        </message>
        <message>
            <source>another PC</source>
            <translation>another PC</translation>
        </message>
        <message>
            <source>an earlier moment</source>
            <translation>an earlier moment</translation>
        </message>
        <message>
            <source>%1 was changed by %2 at %3: open it again and redo the change.</source>
            <translation>%1 was changed by %2 at %3: open it again and redo the change.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::ShopCopy</name>
        <message>
            <source>The shop's tables refer to each other in a circle; it cannot be copied.</source>
            <translation>The shop's tables refer to each other in a circle; it cannot be copied.</translation>
        </message>
        <message>
            <source>A temporary folder could not be made to compare the shops.</source>
            <translation>A temporary folder could not be made to compare the shops.</translation>
        </message>
        <message>
            <source>The two shops are of different formats (%1 and %2); open both with this ShopDesk first.</source>
            <translation>The two shops are of different formats (%1 and %2); open both with this ShopDesk first.</translation>
        </message>
        <message>
            <source>One of the two shops must be a shop file.</source>
            <translation>One of the two shops must be a shop file.</translation>
        </message>
        <message>
            <source>Nothing was copied: the %1 is not empty, it already holds a shop's records. Copy into an empty database (or schema). It holds:
%2</source>
            <translation>Nothing was copied: the %1 is not empty, it already holds a shop's records. Copy into an empty database (or schema). It holds:
%2</translation>
        </message>
        <message>
            <source>stock ledger: %1 pieces at %2, %3 pieces at %4 copied</source>
            <translation>stock ledger: %1 pieces at %2, %3 pieces at %4 copied</translation>
        </message>
        <message>
            <source>The copy in %1 does not match the shop it was copied from; nothing was kept:
%2</source>
            <translation>The copy in %1 does not match the shop it was copied from; nothing was kept:
%2</translation>
        </message>
        <message>
            <source>after-sale cases</source>
            <translation>after-sale cases</translation>
        </message>
        <message>
            <source>after-sale case history entries</source>
            <translation>after-sale case history entries</translation>
        </message>
        <message>
            <source>after-sale case lines</source>
            <translation>after-sale case lines</translation>
        </message>
        <message>
            <source>returned parcels received</source>
            <translation>returned parcels received</translation>
        </message>
        <message>
            <source>buyers' totals</source>
            <translation>buyers' totals</translation>
        </message>
        <message>
            <source>buyers' totals progress marks</source>
            <translation>buyers' totals progress marks</translation>
        </message>
        <message>
            <source>buyers</source>
            <translation>buyers</translation>
        </message>
        <message>
            <source>faulty goods entries</source>
            <translation>faulty goods entries</translation>
        </message>
        <message>
            <source>items' suppliers</source>
            <translation>items' suppliers</translation>
        </message>
        <message>
            <source>items</source>
            <translation>items</translation>
        </message>
        <message>
            <source>promotion days' figures</source>
            <translation>promotion days' figures</translation>
        </message>
        <message>
            <source>daily shop figures</source>
            <translation>daily shop figures</translation>
        </message>
        <message>
            <source>promotions</source>
            <translation>promotions</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>targets</translation>
        </message>
        <message>
            <source>order lines</source>
            <translation>order lines</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>orders</translation>
        </message>
        <message>
            <source>parcel lines</source>
            <translation>parcel lines</translation>
        </message>
        <message>
            <source>parcels</source>
            <translation>parcels</translation>
        </message>
        <message>
            <source>purchase order lines</source>
            <translation>purchase order lines</translation>
        </message>
        <message>
            <source>purchase orders</source>
            <translation>purchase orders</translation>
        </message>
        <message>
            <source>receiving note lines</source>
            <translation>receiving note lines</translation>
        </message>
        <message>
            <source>receiving notes</source>
            <translation>receiving notes</translation>
        </message>
        <message>
            <source>standard replies</source>
            <translation>standard replies</translation>
        </message>
        <message>
            <source>agents' daily figures</source>
            <translation>agents' daily figures</translation>
        </message>
        <message>
            <source>agents</source>
            <translation>agents</translation>
        </message>
        <message>
            <source>agents' bonuses</source>
            <translation>agents' bonuses</translation>
        </message>
        <message>
            <source>failed deals</source>
            <translation>failed deals</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>follow-ups</translation>
        </message>
        <message>
            <source>buyers waiting for stock</source>
            <translation>buyers waiting for stock</translation>
        </message>
        <message>
            <source>courier bill lines</source>
            <translation>courier bill lines</translation>
        </message>
        <message>
            <source>courier claims</source>
            <translation>courier claims</translation>
        </message>
        <message>
            <source>couriers</source>
            <translation>couriers</translation>
        </message>
        <message>
            <source>tracking number uploads</source>
            <translation>tracking number uploads</translation>
        </message>
        <message>
            <source>extra parcel lines</source>
            <translation>extra parcel lines</translation>
        </message>
        <message>
            <source>extra parcels</source>
            <translation>extra parcels</translation>
        </message>
        <message>
            <source>order marks set by hand</source>
            <translation>order marks set by hand</translation>
        </message>
        <message>
            <source>item mappings</source>
            <translation>item mappings</translation>
        </message>
        <message>
            <source>packing checks</source>
            <translation>packing checks</translation>
        </message>
        <message>
            <source>pickup scans</source>
            <translation>pickup scans</translation>
        </message>
        <message>
            <source>courier pickups</source>
            <translation>courier pickups</translation>
        </message>
        <message>
            <source>courier prices</source>
            <translation>courier prices</translation>
        </message>
        <message>
            <source>waybill prints</source>
            <translation>waybill prints</translation>
        </message>
        <message>
            <source>tracking number ranges</source>
            <translation>tracking number ranges</translation>
        </message>
        <message>
            <source>change marks</source>
            <translation>change marks</translation>
        </message>
        <message>
            <source>shop settings</source>
            <translation>shop settings</translation>
        </message>
        <message>
            <source>shop format marks</source>
            <translation>shop format marks</translation>
        </message>
        <message>
            <source>SKU cost history entries</source>
            <translation>SKU cost history entries</translation>
        </message>
        <message>
            <source>SKUs</source>
            <translation>SKUs</translation>
        </message>
        <message>
            <source>stock ledger entries</source>
            <translation>stock ledger entries</translation>
        </message>
        <message>
            <source>stock-take scans</source>
            <translation>stock-take scans</translation>
        </message>
        <message>
            <source>stock-take lines</source>
            <translation>stock-take lines</translation>
        </message>
        <message>
            <source>stock-takes</source>
            <translation>stock-takes</translation>
        </message>
        <message>
            <source>supplier exchange lines</source>
            <translation>supplier exchange lines</translation>
        </message>
        <message>
            <source>supplier exchanges</source>
            <translation>supplier exchanges</translation>
        </message>
        <message>
            <source>items received from suppliers</source>
            <translation>items received from suppliers</translation>
        </message>
        <message>
            <source>supplier payments</source>
            <translation>supplier payments</translation>
        </message>
        <message>
            <source>suppliers</source>
            <translation>suppliers</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>other records: %1</source>
            <translation>other records: %1</translation>
        </message>
        <message>
            <source>%1: %2 in the shop, %3 copied</source>
            <translation>%1: %2 in the shop, %3 copied</translation>
        </message>
        <message>
            <source>other records</source>
            <translation>other records</translation>
        </message>
        <message>
            <source>SKUs' stock totals</source>
            <translation>SKUs' stock totals</translation>
        </message>
        <message>
            <source>stock totals progress marks</source>
            <translation>stock totals progress marks</translation>
        </message>
        <message>
            <source>receiving notes' totals</source>
            <translation>receiving notes' totals</translation>
        </message>
        <message>
            <source>receiving totals progress marks</source>
            <translation>receiving totals progress marks</translation>
        </message>
        <message>
            <source>repeat buyers' month figures</source>
            <translation>repeat buyers' month figures</translation>
        </message>
        <message>
            <source>repeat figures progress marks</source>
            <translation>repeat figures progress marks</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::SqlQuery</name>
        <message>
            <source>The shop file did not confirm the new record.</source>
            <translation>The shop file did not confirm the new record.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::StockLedger</name>
        <message>
            <source>“%1” is not a kind of stock movement.</source>
            <translation>“%1” is not a kind of stock movement.</translation>
        </message>
        <message>
            <source>A stock movement needs a quantity other than zero.</source>
            <translation>A stock movement needs a quantity other than zero.</translation>
        </message>
        <message>
            <source>There is no SKU with the number %1.</source>
            <translation>There is no SKU with the number %1.</translation>
        </message>
        <message>
            <source>%1 × %2 %3/%4 (barcode %5) cannot be booked out: only %6 on hand.</source>
            <translation>%1 × %2 %3/%4 (barcode %5) cannot be booked out: only %6 on hand.</translation>
        </message>
        <message>
            <source>There is no stock movement number %1.</source>
            <translation>There is no stock movement number %1.</translation>
        </message>
        <message>
            <source>Stock movement %1 was already reversed.</source>
            <translation>Stock movement %1 was already reversed.</translation>
        </message>
        <message>
            <source>Reverses the %1 of %2</source>
            <translation>Reverses the %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::SupplierRepository</name>
        <message>
            <source>A supplier needs a name.</source>
            <translation>A supplier needs a name.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Transaction</name>
        <message>
            <source>The change was already finished.</source>
            <translation>The change was already finished.</translation>
        </message>
        <message>
            <source>%1 Nothing was changed.</source>
            <translation>%1 Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Vocabulary</name>
        <message>
            <source>Traffic item</source>
            <translation>Traffic item</translation>
        </message>
        <message>
            <source>Profit item</source>
            <translation>Profit item</translation>
        </message>
        <message>
            <source>Image item</source>
            <translation>Image item</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Receiving</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Shipment</translation>
        </message>
        <message>
            <source>Buyer return</source>
            <translation>Buyer return</translation>
        </message>
        <message>
            <source>To supplier (exchange)</source>
            <translation>To supplier (exchange)</translation>
        </message>
        <message>
            <source>From supplier (exchange)</source>
            <translation>From supplier (exchange)</translation>
        </message>
        <message>
            <source>Stock-take adjustment</source>
            <translation>Stock-take adjustment</translation>
        </message>
        <message>
            <source>Manual correction</source>
            <translation>Manual correction</translation>
        </message>
        <message>
            <source>Taobao</source>
            <translation>Taobao</translation>
        </message>
        <message>
            <source>Tmall</source>
            <translation>Tmall</translation>
        </message>
        <message>
            <source>JD</source>
            <translation>JD</translation>
        </message>
        <message>
            <source>Jeans</source>
            <translation>Jeans</translation>
        </message>
        <message>
            <source>T-shirts</source>
            <translation>T-shirts</translation>
        </message>
        <message>
            <source>Hoodies</source>
            <translation>Hoodies</translation>
        </message>
        <message>
            <source>Shoes</source>
            <translation>Shoes</translation>
        </message>
        <message>
            <source>Red: special request</source>
            <translation>Red: special request</translation>
        </message>
        <message>
            <source>Green: paid by bank transfer</source>
            <translation>Green: paid by bank transfer</translation>
        </message>
        <message>
            <source>Yellow: cannot ship yet</source>
            <translation>Yellow: cannot ship yet</translation>
        </message>
        <message>
            <source>Blue: exchange</source>
            <translation>Blue: exchange</translation>
        </message>
        <message>
            <source>Purple: return</source>
            <translation>Purple: return</translation>
        </message>
        <message>
            <source>STO Express</source>
            <translation>STO Express</translation>
        </message>
        <message>
            <source>YTO Express</source>
            <translation>YTO Express</translation>
        </message>
        <message>
            <source>ZTO Express</source>
            <translation>ZTO Express</translation>
        </message>
        <message>
            <source>Yunda Express</source>
            <translation>Yunda Express</translation>
        </message>
        <message>
            <source>SF Express</source>
            <translation>SF Express</translation>
        </message>
        <message>
            <source>EMS</source>
            <translation>EMS</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>J&amp;T Express</source>
            <translation>J&amp;T Express</translation>
        </message>
        <message>
            <source>JD Express</source>
            <translation>JD Express</translation>
        </message>
        <message>
            <source>Deppon Express</source>
            <translation>Deppon Express</translation>
        </message>
        <message>
            <source>China Post Parcel</source>
            <translation>China Post Parcel</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <translation>Opening stock</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Xlsx</name>
        <message>
            <source>%1 looks like an .xlsx file but cannot be unpacked: it may be cut short or damaged. Open it in Excel or WPS and save it again.</source>
            <translation>%1 looks like an .xlsx file but cannot be unpacked: it may be cut short or damaged. Open it in Excel or WPS and save it again.</translation>
        </message>
        <message>
            <source>%1 is damaged: its part %2 is missing. Open it in Excel or WPS and save it again.</source>
            <translation>%1 is damaged: its part %2 is missing. Open it in Excel or WPS and save it again.</translation>
        </message>
        <message>
            <source>%1 is damaged: its part %2 is not well-formed XML (line %3). Open it in Excel or WPS and save it again.</source>
            <translation>%1 is damaged: its part %2 is not well-formed XML (line %3). Open it in Excel or WPS and save it again.</translation>
        </message>
        <message>
            <source>%1: its part %2 unpacks to more than %3 MB, more than ShopDesk reads from a workbook. Save the sheet as CSV and import that.</source>
            <translation>%1: its part %2 unpacks to more than %3 MB, more than ShopDesk reads from a workbook. Save the sheet as CSV and import that.</translation>
        </message>
        <message>
            <source>%1: its part %2 unpacks to more than five hundred times its packed size, as a zip bomb does; it is not a workbook ShopDesk reads.</source>
            <translation>%1: its part %2 unpacks to more than five hundred times its packed size, as a zip bomb does; it is not a workbook ShopDesk reads.</translation>
        </message>
        <message>
            <source>%1 is a workbook without a worksheet: there is nothing to import.</source>
            <translation>%1 is a workbook without a worksheet: there is nothing to import.</translation>
        </message>
        <message>
            <source>%1 is a Word or PowerPoint file, not a spreadsheet: put the table in Excel or WPS and save it as .xlsx or CSV.</source>
            <translation>%1 is a Word or PowerPoint file, not a spreadsheet: put the table in Excel or WPS and save it as .xlsx or CSV.</translation>
        </message>
        <message>
            <source>%1 is an OpenDocument spreadsheet (.ods): open it in LibreOffice or WPS and save it as .xlsx or CSV.</source>
            <translation>%1 is an OpenDocument spreadsheet (.ods): open it in LibreOffice or WPS and save it as .xlsx or CSV.</translation>
        </message>
        <message>
            <source>%1 is an OpenDocument file, not a spreadsheet ShopDesk reads: save the table as .xlsx or CSV.</source>
            <translation>%1 is an OpenDocument file, not a spreadsheet ShopDesk reads: save the table as .xlsx or CSV.</translation>
        </message>
        <message>
            <source>%1 is a Numbers spreadsheet: in Numbers choose File → Export To → Excel or CSV, and import that.</source>
            <translation>%1 is a Numbers spreadsheet: in Numbers choose File → Export To → Excel or CSV, and import that.</translation>
        </message>
        <message>
            <source>%1 is a zip archive, not a spreadsheet: unpack it and import the .xlsx or CSV file inside.</source>
            <translation>%1 is a zip archive, not a spreadsheet: unpack it and import the .xlsx or CSV file inside.</translation>
        </message>
        <message>
            <source>%1 has no sheet called “%2”; its sheets are %3.</source>
            <translation>%1 has no sheet called “%2”; its sheets are %3.</translation>
        </message>
        <message>
            <source>%1: the sheet “%2” is a chart, not a table.</source>
            <translation>%1: the sheet “%2” is a chart, not a table.</translation>
        </message>
        <message>
            <source>%1, sheet %2, row %3</source>
            <translation>%1, sheet %2, row %3</translation>
        </message>
        <message>
            <source>%1: the row number “%2” is not a row of an Excel sheet after row %3; the file is damaged.</source>
            <translation>%1: the row number “%2” is not a row of an Excel sheet after row %3; the file is damaged.</translation>
        </message>
        <message>
            <source>%1: the sheet has more rows than Excel's 1,048,576; the file is damaged.</source>
            <translation>%1: the sheet has more rows than Excel's 1,048,576; the file is damaged.</translation>
        </message>
        <message>
            <source>%1: the cell reference “%2” is not a cell of this row inside Excel's grid (columns A to XFD, rows 1 to 1,048,576); the file is damaged.</source>
            <translation>%1: the cell reference “%2” is not a cell of this row inside Excel's grid (columns A to XFD, rows 1 to 1,048,576); the file is damaged.</translation>
        </message>
        <message>
            <source>%1: the row has more cells than Excel's 16,384 columns; the file is damaged.</source>
            <translation>%1: the row has more cells than Excel's 16,384 columns; the file is damaged.</translation>
        </message>
        <message>
            <source>%1: the cell %2 refers to shared text number %3, but the workbook has %4; the file is damaged.</source>
            <translation>%1: the cell %2 refers to shared text number %3, but the workbook has %4; the file is damaged.</translation>
        </message>
        <message>
            <source>%1: the cell %2 holds “%3”, which is not a number; the file is damaged.</source>
            <translation>%1: the cell %2 holds “%3”, which is not a number; the file is damaged.</translation>
        </message>
        <message>
            <source>%1, sheet %2: the sheet reaches the cell %3, more than the %L4 cells ShopDesk reads from one sheet. Delete the empty rows and columns, or save it as CSV.</source>
            <translation>%1, sheet %2: the sheet reaches the cell %3, more than the %L4 cells ShopDesk reads from one sheet. Delete the empty rows and columns, or save it as CSV.</translation>
        </message>
    </context>
</TS>
