<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::listings::Advisor</name>
        <message>
            <source>Take off shelf</source>
            <translation>Take off shelf</translation>
        </message>
        <message>
            <source>Showcase</source>
            <translation>Showcase</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>Reorder</translation>
        </message>
        <message>
            <source>No stock in any SKU: never show an item the warehouse does not have.</source>
            <translation>No stock in any SKU: never show an item the warehouse does not have.</translation>
        </message>
        <message>
            <source>No sale recorded.</source>
            <translation>No sale recorded.</translation>
        </message>
        <message>
            <source>No sale in %1 days (last sale %2).</source>
            <translation>No sale in %1 days (last sale %2).</translation>
        </message>
        <message>
            <source>Marked out of season.</source>
            <translation>Marked out of season.</translation>
        </message>
        <message>
            <source>Main item in stock; its cycle ends %1.</source>
            <translation>Main item in stock; its cycle ends %1.</translation>
        </message>
        <message>
            <source>Main item with %1 in stock, under its minimum of %2.</source>
            <translation>Main item with %1 in stock, under its minimum of %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::Factory</name>
        <message>
            <source>Listings</source>
            <translation>Listings</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemTransfer</name>
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
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Main push</source>
            <translation>Main push</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>On shelf</translation>
        </message>
        <message>
            <source>Out of season</source>
            <translation>Out of season</translation>
        </message>
        <message>
            <source>Min stock</source>
            <translation>Min stock</translation>
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
            <source>SKU price</source>
            <translation>SKU price</translation>
        </message>
        <message>
            <source>SKU cost</source>
            <translation>SKU cost</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>the item code is empty.</source>
            <translation>the item code is empty.</translation>
        </message>
        <message>
            <source>the title is empty.</source>
            <translation>the title is empty.</translation>
        </message>
        <message>
            <source>“%1” is not a role (引流款, 利润款 or 形象款).</source>
            <translation>“%1” is not a role (引流款, 利润款 or 形象款).</translation>
        </message>
        <message>
            <source>“%1” is neither yes nor no.</source>
            <translation>“%1” is neither yes nor no.</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1” is not an amount in yuan.</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of pieces.</source>
            <translation>“%1” is not a whole number of pieces.</translation>
        </message>
        <message>
            <source>%1 %2/%3 is already on line %4.</source>
            <translation>%1 %2/%3 is already on line %4.</translation>
        </message>
        <message>
            <source>%1 is not a valid EAN-13: its check digit should be %2.</source>
            <translation>%1 is not a valid EAN-13: its check digit should be %2.</translation>
        </message>
        <message>
            <source>the barcode %1 is already on line %2.</source>
            <translation>the barcode %1 is already on line %2.</translation>
        </message>
        <message>
            <source>the barcode %1 already belongs to item %2 in this shop.</source>
            <translation>the barcode %1 already belongs to item %2 in this shop.</translation>
        </message>
        <message>
            <source>%1 holds no items.</source>
            <translation>%1 holds no items.</translation>
        </message>
        <message>
            <source>%1: nothing was imported. %2</source>
            <translation>%1: nothing was imported. %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::LabelSheet</name>
        <message>
            <source>The label sheet could not be started.</source>
            <translation>The label sheet could not be started.</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Label %1 (%2 %3/%4): %5</source>
            <translation>Label %1 (%2 %3/%4): %5</translation>
        </message>
        <message>
            <source>SKU labels</source>
            <translation>SKU labels</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsCli</name>
        <message>
            <source>--now needs a time like “2026-11-25 09:00”.</source>
            <translation>--now needs a time like “2026-11-25 09:00”.</translation>
        </message>
        <message>
            <source>Import items and SKUs from a CSV file (UTF-8 or GBK, Chinese or English headers): all or nothing.</source>
            <translation>Import items and SKUs from a CSV file (UTF-8 or GBK, Chinese or English headers): all or nothing.</translation>
        </message>
        <message>
            <source>Export every item and SKU as CSV (UTF-8 with BOM) or xlsx.</source>
            <translation>Export every item and SKU as CSV (UTF-8 with BOM) or xlsx.</translation>
        </message>
        <message>
            <source>Check every title: 60 bytes, absolute words, spaces, duplicates (exit 1 when a title breaks a rule).</source>
            <translation>Check every title: 60 bytes, absolute words, spaces, duplicates (exit 1 when a title breaks a rule).</translation>
        </message>
        <message>
            <source>Each on-shelf item's weekly relist time inside the peak hours.</source>
            <translation>Each on-shelf item's weekly relist time inside the peak hours.</translation>
        </message>
        <message>
            <source>What to take off shelf, put in the showcase and reorder, each with its reason.</source>
            <translation>What to take off shelf, put in the showcase and reorder, each with its reason.</translation>
        </message>
        <message>
            <source>A PDF sheet of SKU barcode labels (all items, or the ones named).</source>
            <translation>A PDF sheet of SKU barcode labels (all items, or the ones named).</translation>
        </message>
        <message>
            <source>import-items needs exactly one argument: the CSV file.</source>
            <translation>import-items needs exactly one argument: the CSV file.</translation>
        </message>
        <message>
            <source>Imported %1: %2 items added, %3 updated; %4 SKUs added, %5 updated; %6 barcodes generated.</source>
            <translation>Imported %1: %2 items added, %3 updated; %4 SKUs added, %5 updated; %6 barcodes generated.</translation>
        </message>
        <message>
            <source>export-items needs exactly one argument: the .csv or .xlsx file to write.</source>
            <translation>export-items needs exactly one argument: the .csv or .xlsx file to write.</translation>
        </message>
        <message>
            <source>%1 items written to %2.</source>
            <translation>%1 items written to %2.</translation>
        </message>
        <message>
            <source>titles-check does not know “%1”.</source>
            <translation>titles-check does not know “%1”.</translation>
        </message>
        <message>
            <source>%1  %2 (%3 bytes): %4</source>
            <translation>%1  %2 (%3 bytes): %4</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Every title keeps the rules.</source>
            <translation>Every title keeps the rules.</translation>
        </message>
        <message>
            <source>Usage: relist-plan [--now "YYYY-MM-DD HH:MM"] [--csv OUT.csv]</source>
            <translation>Usage: relist-plan [--now "YYYY-MM-DD HH:MM"] [--csv OUT.csv]</translation>
        </message>
        <message>
            <source>main push</source>
            <translation>main push</translation>
        </message>
        <message>
            <source>Usage: advice [--now "YYYY-MM-DD HH:MM"]</source>
            <translation>Usage: advice [--now "YYYY-MM-DD HH:MM"]</translation>
        </message>
        <message>
            <source>Nothing to advise.</source>
            <translation>Nothing to advise.</translation>
        </message>
        <message>
            <source>print-labels needs the PDF file to write.</source>
            <translation>print-labels needs the PDF file to write.</translation>
        </message>
        <message>
            <source>No SKU matches: nothing to print.</source>
            <translation>No SKU matches: nothing to print.</translation>
        </message>
        <message>
            <source>%1 labels written to %2.</source>
            <translation>%1 labels written to %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsPanel</name>
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
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Main push</source>
            <translation>Main push</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>SKUs</source>
            <translation>SKUs</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>On hand</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>On shelf</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsReports</name>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
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
            <source>Main push</source>
            <translation>Main push</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Next relist</source>
            <translation>Next relist</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsRepository</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The item no longer exists.</source>
            <translation>The item no longer exists.</translation>
        </message>
        <message>
            <source>The item %1 could not be saved: its item code may already be in use (%2).</source>
            <translation>The item %1 could not be saved: its item code may already be in use (%2).</translation>
        </message>
        <message>
            <source>The SKU %1/%2 (barcode %3) could not be saved: its barcode or colour and size may already be in use.</source>
            <translation>The SKU %1/%2 (barcode %3) could not be saved: its barcode or colour and size may already be in use.</translation>
        </message>
        <message>
            <source>The item %1 could not be saved: its item code may already be in use.</source>
            <translation>The item %1 could not be saved: its item code may already be in use.</translation>
        </message>
        <message>
            <source>The item has stock movements or orders; it can only be archived.</source>
            <translation>The item has stock movements or orders; it can only be archived.</translation>
        </message>
        <message>
            <source>The barcode %1 is already used by another SKU, or the colour and size already exist.</source>
            <translation>The barcode %1 is already used by another SKU, or the colour and size already exist.</translation>
        </message>
        <message>
            <source>This SKU has stock movements or orders and cannot be deleted.</source>
            <translation>This SKU has stock movements or orders and cannot be deleted.</translation>
        </message>
        <message>
            <source>Item %1</source>
            <translation>Item %1</translation>
        </message>
        <message>
            <source>Item %1, SKU %2/%3</source>
            <translation>Item %1, SKU %2/%3</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::RelistPlanner</name>
        <message>
            <source>“%1” is not a time range such as 9-12 or 14:30-18.</source>
            <translation>“%1” is not a time range such as 9-12 or 14:30-18.</translation>
        </message>
        <message>
            <source>“%1” is not a time range within one day.</source>
            <translation>“%1” is not a time range within one day.</translation>
        </message>
        <message>
            <source>Give at least one peak-hours range, such as 9-12.</source>
            <translation>Give at least one peak-hours range, such as 9-12.</translation>
        </message>
        <message>
            <source>The peak-hours ranges overlap.</source>
            <translation>The peak-hours ranges overlap.</translation>
        </message>
        <message>
            <source>The peak hours hold %1 minutes a week, fewer than the %2 items to relist.</source>
            <translation>The peak hours hold %1 minutes a week, fewer than the %2 items to relist.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::TitleChecker</name>
        <message>
            <source>absolute or superlative wording, forbidden by the advertising law</source>
            <translation>absolute or superlative wording, forbidden by the advertising law</translation>
        </message>
        <message>
            <source>a ranking claim the advertising law forbids</source>
            <translation>a ranking claim the advertising law forbids</translation>
        </message>
        <message>
            <source>an official grade or endorsement, forbidden in titles</source>
            <translation>an official grade or endorsement, forbidden in titles</translation>
        </message>
        <message>
            <source>an exaggerated grade the platform rules forbid</source>
            <translation>an exaggerated grade the platform rules forbid</translation>
        </message>
        <message>
            <source>a guarantee of results the advertising law forbids</source>
            <translation>a guarantee of results the advertising law forbids</translation>
        </message>
        <message>
            <source>The title is empty.</source>
            <translation>The title is empty.</translation>
        </message>
        <message>
            <source>The title is %1 bytes; the platform allows at most %2 (a Chinese character counts 2).</source>
            <translation>The title is %1 bytes; the platform allows at most %2 (a Chinese character counts 2).</translation>
        </message>
        <message>
            <source>“%1”: %2.</source>
            <translation>“%1”: %2.</translation>
        </message>
        <message>
            <source>The keywords are not separated by spaces.</source>
            <translation>The keywords are not separated by spaces.</translation>
        </message>
        <message>
            <source>The same title as item %1.</source>
            <translation>The same title as item %1.</translation>
        </message>
    </context>
</TS>
