<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::cli::Commands</name>
        <message>
            <source>Unknown option “%1”.</source>
            <translation>Unknown option “%1”.</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>Unknown command “%1”.</translation>
        </message>
        <message>
            <source>Create a new, empty shop file.</source>
            <translation>Create a new, empty shop file.</translation>
        </message>
        <message>
            <source>Fill a new shop file with the demo clothing store.</source>
            <translation>Fill a new shop file with the demo clothing store.</translation>
        </message>
        <message>
            <source>--seed needs a whole number, not “%1”.</source>
            <translation>--seed needs a whole number, not “%1”.</translation>
        </message>
        <message>
            <source>--last-day needs a date like 2026-11-24, not “%1”.</source>
            <translation>--last-day needs a date like 2026-11-24, not “%1”.</translation>
        </message>
        <message>
            <source>demo does not know the option “%1”.</source>
            <translation>demo does not know the option “%1”.</translation>
        </message>
        <message>
            <source>Demo shop written to %1: %2 items, %3 SKUs, %4 orders over %5 days, %6 quick replies.</source>
            <translation>Demo shop written to %1: %2 items, %3 SKUs, %4 orders over %5 days, %6 quick replies.</translation>
        </message>
        <message>
            <source>There is no shop file at “%1”.</source>
            <translation>There is no shop file at “%1”.</translation>
        </message>
        <message>
            <source>%1 has problems:
%2</source>
            <translation>%1 has problems:
%2</translation>
        </message>
        <message>
            <source>Backup of %1 written to %2.</source>
            <translation>Backup of %1 written to %2.</translation>
        </message>
        <message>
            <source>Usage: shopdesk-cli --db FILE [--json] %1

%2</source>
            <translation>Usage: shopdesk-cli --db FILE [--json] %1

%2</translation>
        </message>
        <message>
            <source>The option %1 needs a value.
Usage: shopdesk-cli --db FILE [--json] %2</source>
            <translation>The option %1 needs a value.
Usage: shopdesk-cli --db FILE [--json] %2</translation>
        </message>
        <message>
            <source>Write a consistent copy of the shop, even while ShopDesk has it open; --auto: today's checked copy in the backup folder, keeping the last 7 and 12 month-end copies.</source>
            <translation>Write a consistent copy of the shop, even while ShopDesk has it open; --auto: today's checked copy in the backup folder, keeping the last 7 and 12 month-end copies.</translation>
        </message>
        <message>
            <source>backup needs exactly one argument: the file to write (or --auto).</source>
            <translation>backup needs exactly one argument: the file to write (or --auto).</translation>
        </message>
        <message>
            <source>Today's backup of %1 is %2 (checked).</source>
            <translation>Today's backup of %1 is %2 (checked).</translation>
        </message>
        <message>
            <source>Check the shop file's integrity and print its version.</source>
            <translation>Check the shop file's integrity and print its version.</translation>
        </message>
        <message>
            <source>Created the shop file %1: shop file version %2 (this program supports up to %3).</source>
            <translation>Created the shop file %1: shop file version %2 (this program supports up to %3).</translation>
        </message>
        <message>
            <source>%1 is already a shop file, version %2 (this program supports up to %3); nothing to do.</source>
            <translation>%1 is already a shop file, version %2 (this program supports up to %3); nothing to do.</translation>
        </message>
        <message>
            <source>%1: ok, shop file version %2 (this program supports up to %3), %4 items, %5 orders.</source>
            <translation>%1: ok, shop file version %2 (this program supports up to %3), %4 items, %5 orders.</translation>
        </message>
        <message>
            <source>Usage: shopdesk-cli --db FILE [--json] [--lang zh_CN|en] [--sheet NAME] COMMAND [ARGS…]

--server postgresql://USER@HOST[:PORT]/DATABASE: the shop on a server instead of a shop file.
--sheet NAME: the sheet an .xlsx file is imported from (the first by default).

Commands:
</source>
            <translation>Usage: shopdesk-cli --db FILE [--json] [--lang zh_CN|en] [--sheet NAME] COMMAND [ARGS…]

--server postgresql://USER@HOST[:PORT]/DATABASE: the shop on a server instead of a shop file.
--sheet NAME: the sheet an .xlsx file is imported from (the first by default).

Commands:
</translation>
        </message>
        <message>
            <source>%1 needs the shop file: --db FILE (or --server URL).</source>
            <translation>%1 needs the shop file: --db FILE (or --server URL).</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::cli::MoveCommands</name>
        <message>
            <source>Checked on both sides: %1 tables, %2 rows, the same in each table; the stock ledger %3 pieces, at cost %4.</source>
            <translation>Checked on both sides: %1 tables, %2 rows, the same in each table; the stock ledger %3 pieces, at cost %4.</translation>
        </message>
        <message>
            <source>Copy the shop file into an empty database (or schema) on a shop server, in one transaction, and check the copy's row counts and stock ledger sums.</source>
            <translation>Copy the shop file into an empty database (or schema) on a shop server, in one transaction, and check the copy's row counts and stock ledger sums.</translation>
        </message>
        <message>
            <source>Copy the shop on the server (--server URL) into a new shop file, and check the copy's row counts and stock ledger sums.</source>
            <translation>Copy the shop on the server (--server URL) into a new shop file, and check the copy's row counts and stock ledger sums.</translation>
        </message>
        <message>
            <source>export-to-server needs exactly one argument: the server's address, postgresql://USER@HOST/DATABASE.</source>
            <translation>export-to-server needs exactly one argument: the server's address, postgresql://USER@HOST/DATABASE.</translation>
        </message>
        <message>
            <source>export-to-server copies a shop file: give it with --db FILE.</source>
            <translation>export-to-server copies a shop file: give it with --db FILE.</translation>
        </message>
        <message>
            <source>“%1” is not a shop server address: write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation>“%1” is not a shop server address: write it as postgresql://USER@HOST[:PORT]/DATABASE.</translation>
        </message>
        <message>
            <source>The shop %1 was copied to %2.</source>
            <translation>The shop %1 was copied to %2.</translation>
        </message>
        <message>
            <source>export-to-file needs exactly one argument: the new shop file to write.</source>
            <translation>export-to-file needs exactly one argument: the new shop file to write.</translation>
        </message>
        <message>
            <source>export-to-file copies the shop on a server: give it with --server URL.</source>
            <translation>export-to-file copies the shop on a server: give it with --server URL.</translation>
        </message>
        <message>
            <source>“%1” already exists; choose a new name for the copy.</source>
            <translation>“%1” already exists; choose a new name for the copy.</translation>
        </message>
        <message>
            <source>The copy %1 did not pass the check, and was removed:
%2</source>
            <translation>The copy %1 did not pass the check, and was removed:
%2</translation>
        </message>
        <message>
            <source>The shop on %1 was copied to the new shop file %2.</source>
            <translation>The shop on %1 was copied to the new shop file %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::cli::RestoreCommand</name>
        <message>
            <source>Put a backup in place of the shop file; the current file is kept in the backup folder first.</source>
            <translation>Put a backup in place of the shop file; the current file is kept in the backup folder first.</translation>
        </message>
        <message>
            <source>restore needs exactly one argument: the backup to put back.</source>
            <translation>restore needs exactly one argument: the backup to put back.</translation>
        </message>
        <message>
            <source>%1 was restored from %2; the file as it was is kept as %3.</source>
            <translation>%1 was restored from %2; the file as it was is kept as %3.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::cli::SettingsCommand</name>
        <message>
            <source>“%1” is not one of: %2.</source>
            <translation>“%1” is not one of: %2.</translation>
        </message>
        <message>
            <source>“%1” is not yes or no (1/0, true/false).</source>
            <translation>“%1” is not yes or no (1/0, true/false).</translation>
        </message>
        <message>
            <source>The margin must be between 0 and 0.95 (or 0% and 95%), not “%1”.</source>
            <translation>The margin must be between 0 and 0.95 (or 0% and 95%), not “%1”.</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <source>Platform (taobao, tmall or jd)</source>
            <translation>Platform (taobao, tmall or jd)</translation>
        </message>
        <message>
            <source>Sender name on waybills</source>
            <translation>Sender name on waybills</translation>
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
            <source>Return address ({退货地址} in replies)</source>
            <translation>Return address ({退货地址} in replies)</translation>
        </message>
        <message>
            <source>Bank account text</source>
            <translation>Bank account text</translation>
        </message>
        <message>
            <source>Current promotion ({promotion} in replies)</source>
            <translation>Current promotion ({promotion} in replies)</translation>
        </message>
        <message>
            <source>Staff, separated by commas</source>
            <translation>Staff, separated by commas</translation>
        </message>
        <message>
            <source>Default courier</source>
            <translation>Default courier</translation>
        </message>
        <message>
            <source>Privacy waybills: buyers' phones printed with hidden digits</source>
            <translation>Privacy waybills: buyers' phones printed with hidden digits</translation>
        </message>
        <message>
            <source>Provinces sent by EMS, separated by commas</source>
            <translation>Provinces sent by EMS, separated by commas</translation>
        </message>
        <message>
            <source>Gross margin for traffic value (0.21 or 21%)</source>
            <translation>Gross margin for traffic value (0.21 or 21%)</translation>
        </message>
        <message>
            <source>Quick reply for buyers waiting for a restock</source>
            <translation>Quick reply for buyers waiting for a restock</translation>
        </message>
        <message>
            <source>Quick reply for unpaid orders</source>
            <translation>Quick reply for unpaid orders</translation>
        </message>
        <message>
            <source>Quick reply for orders that cannot ship</source>
            <translation>Quick reply for orders that cannot ship</translation>
        </message>
        <message>
            <source>There is no setting “%1”. The settings are: %2.</source>
            <translation>There is no setting “%1”. The settings are: %2.</translation>
        </message>
        <message>
            <source>The shop's own data and rules (sender, return address, couriers, margin…), as in File → Shop settings….</source>
            <translation>The shop's own data and rules (sender, return address, couriers, margin…), as in File → Shop settings….</translation>
        </message>
        <message>
            <source>settings list takes no arguments.</source>
            <translation>settings list takes no arguments.</translation>
        </message>
        <message>
            <source>settings get needs one key, e.g. settings get shop.sender_name.</source>
            <translation>settings get needs one key, e.g. settings get shop.sender_name.</translation>
        </message>
        <message>
            <source>settings set needs a key and a value, e.g. settings set shop.sender_phone 13800138000.</source>
            <translation>settings set needs a key and a value, e.g. settings set shop.sender_phone 13800138000.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 is now “%2”.</source>
            <translation>%1 is now “%2”.</translation>
        </message>
        <message>
            <source>Folder of the automatic daily backups (empty: beside the shop file)</source>
            <translation>Folder of the automatic daily backups (empty: beside the shop file)</translation>
        </message>
        <message>
            <source>“%1” has an empty reason; separate reasons by single commas.</source>
            <translation>“%1” has an empty reason; separate reasons by single commas.</translation>
        </message>
        <message>
            <source>The reason “%1” is on the list twice.</source>
            <translation>The reason “%1” is on the list twice.</translation>
        </message>
        <message>
            <source>Buyers' phones shown with hidden digits on screen</source>
            <translation>Buyers' phones shown with hidden digits on screen</translation>
        </message>
        <message>
            <source>Days after dispatch for a revisit (回访)</source>
            <translation>Days after dispatch for a revisit (回访)</translation>
        </message>
        <message>
            <source>“%1” is not a number of days from 1 to 90.</source>
            <translation>“%1” is not a number of days from 1 to 90.</translation>
        </message>
        <message>
            <source>Quick reply for revisits (回访)</source>
            <translation>Quick reply for revisits (回访)</translation>
        </message>
        <message>
            <source>After-sale reasons, separated by commas</source>
            <translation>After-sale reasons, separated by commas</translation>
        </message>
        <message>
            <source>The platform fee must be between 0 and 0.5 (or 0% and 50%), not “%1”.</source>
            <translation>The platform fee must be between 0 and 0.5 (or 0% and 50%), not “%1”.</translation>
        </message>
        <message>
            <source>Platform fee, a share of sales (0.05 or 5%)</source>
            <translation>Platform fee, a share of sales (0.05 or 5%)</translation>
        </message>
        <message>
            <source>Largest amount one imported line may hold, in yuan</source>
            <translation>Largest amount one imported line may hold, in yuan</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of yuan from 1 to 1,000,000,000.</source>
            <translation>“%1” is not a whole number of yuan from 1 to 1,000,000,000.</translation>
        </message>
    </context>
</TS>
