<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::cli::Commands</name>
        <message>
            <source>Usage: shopdesk-cli --db FILE [--json] [--lang zh_CN|en] COMMAND [ARGS…]

Commands:
</source>
            <translation>Usage: shopdesk-cli --db FILE [--json] [--lang zh_CN|en] COMMAND [ARGS…]

Commands:
</translation>
        </message>
        <message>
            <source>Unknown option “%1”.</source>
            <translation>Unknown option “%1”.</translation>
        </message>
        <message>
            <source>%1 needs the shop file: --db FILE.</source>
            <translation>%1 needs the shop file: --db FILE.</translation>
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
            <source>Check the shop file's integrity and print its format version.</source>
            <translation>Check the shop file's integrity and print its format version.</translation>
        </message>
        <message>
            <source>Write a consistent copy of the shop, even while ShopDesk has it open.</source>
            <translation>Write a consistent copy of the shop, even while ShopDesk has it open.</translation>
        </message>
        <message>
            <source>Created the shop file %1 (format %2).</source>
            <translation>Created the shop file %1 (format %2).</translation>
        </message>
        <message>
            <source>%1 is already a shop file (format %2); nothing to do.</source>
            <translation>%1 is already a shop file (format %2); nothing to do.</translation>
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
            <source>%1: ok, shop format %2, %3 items, %4 orders.</source>
            <translation>%1: ok, shop format %2, %3 items, %4 orders.</translation>
        </message>
        <message>
            <source>%1 has problems:
%2</source>
            <translation>%1 has problems:
%2</translation>
        </message>
        <message>
            <source>backup needs exactly one argument: the file to write.</source>
            <translation>backup needs exactly one argument: the file to write.</translation>
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
    </context>
</TS>
