<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>EditItemCli</name>
        <message>
            <source>Change an item's price or title; with --seen, refused when another PC changed the item since that version was read. Without a change, prints the version.</source>
            <translation>Change an item's price or title; with --seen, refused when another PC changed the item since that version was read. Without a change, prints the version.</translation>
        </message>
    </context>
    <context>
        <name>LabelsCli</name>
        <message>
            <source>SKU labels as PDF on a thermal roll (40x30, 50x30, 60x40 mm) or an A4 sheet: N per SKU, or a receiving note's quantities.</source>
            <translation>SKU labels as PDF on a thermal roll (40x30, 50x30, 60x40 mm) or an A4 sheet: N per SKU, or a receiving note's quantities.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::AddItemCommand</name>
        <message>
            <source>Add item %1</source>
            <translation>Add item %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::AdviceView</name>
        <message>
            <source>&amp;Showcase slots (橱窗推荐):</source>
            <translation>&amp;Showcase slots:</translation>
        </message>
        <message>
            <source>&amp;Main items' minimum stock:</source>
            <translation>&amp;Main items' minimum stock:</translation>
        </message>
        <message>
            <source>Change the advice settings</source>
            <translation>Change the advice settings</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advice</translation>
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
            <source>On hand</source>
            <translation>On hand</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>Take off shelf: %1 · Showcase: %2 · Reorder: %3 · Put on shelf: %4 · Sold-out sizes: %5</source>
            <translation>Take off shelf: %1 · Showcase: %2 · Reorder: %3 · Put on shelf: %4 · Sold-out sizes: %5</translation>
        </message>
    </context>
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
        <message>
            <source>Put on shelf</source>
            <translation>Put on shelf</translation>
        </message>
        <message>
            <source>Sold-out sizes</source>
            <translation>Sold-out sizes</translation>
        </message>
        <message>
            <source>Off shelf with %1 available: every item in stock is kept on sale.</source>
            <translation>Off shelf with %1 available: every item in stock is kept on sale.</translation>
        </message>
        <message>
            <source>Sold out in %1 (断码): mark them sold out on the platform, or reorder.</source>
            <translation>Sold out in %1: mark them sold out on the platform, or reorder.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::DeleteItemCommand</name>
        <message>
            <source>Archive item %1</source>
            <translation>Archive item %1</translation>
        </message>
        <message>
            <source>Delete item %1</source>
            <translation>Delete item %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::EditItemCli</name>
        <message>
            <source>Usage: edit-item CODE [--price YUAN] [--title TEXT] [--seen VERSION]</source>
            <translation>Usage: edit-item CODE [--price YUAN] [--title TEXT] [--seen VERSION]</translation>
        </message>
        <message>
            <source>--seen needs the version a reading run printed, e.g. 3.</source>
            <translation>--seen needs the version a reading run printed, e.g. 3.</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1” is not an amount in yuan.</translation>
        </message>
        <message>
            <source>No item has the code “%1”.</source>
            <translation>No item has the code “%1”.</translation>
        </message>
        <message>
            <source>%1 at version %2: %3, %4</source>
            <translation>%1 at version %2: %3, %4</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::EditItemCommand</name>
        <message>
            <source>Edit item %1</source>
            <translation>Edit item %1</translation>
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
        <name>shopdesk::listings::FieldEdits</name>
        <message>
            <source>Change the title of %1</source>
            <translation>Change the title of %1</translation>
        </message>
        <message>
            <source>Change the price of %1</source>
            <translation>Change the price of %1</translation>
        </message>
        <message>
            <source>Put %1 on shelf</source>
            <translation>Put %1 on shelf</translation>
        </message>
        <message>
            <source>Take %1 off shelf</source>
            <translation>Take %1 off shelf</translation>
        </message>
        <message>
            <source>Edit SKU %1/%2</source>
            <translation>Edit SKU %1/%2</translation>
        </message>
        <message>
            <source>Change the short name of %1</source>
            <translation>Change the short name of %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemDialog</name>
        <message>
            <source>New item</source>
            <translation>New item</translation>
        </message>
        <message>
            <source>Copy item</source>
            <translation>Copy item</translation>
        </message>
        <message>
            <source>Edit item %1</source>
            <translation>Edit item %1</translation>
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
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Main-push item (主推款)</source>
            <translation>Main-push item</translation>
        </message>
        <message>
            <source>Price (¥)</source>
            <translation>Price (¥)</translation>
        </message>
        <message>
            <source>Cost (¥)</source>
            <translation>Cost (¥)</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>Minimum stock</source>
            <translation>Minimum stock</translation>
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
            <source>e.g. 蓝色, 黑色</source>
            <translation>e.g. 蓝色, 黑色</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colours</translation>
        </message>
        <message>
            <source>e.g. 29, 30, 31, 32</source>
            <translation>e.g. 29, 30, 31, 32</translation>
        </message>
        <message>
            <source>Sizes</source>
            <translation>Sizes</translation>
        </message>
        <message>
            <source>Each colour × size becomes a SKU with an in-store EAN-13 barcode.</source>
            <translation>Each colour × size becomes a SKU with an in-store EAN-13 barcode.</translation>
        </message>
        <message>
            <source>%1/%2 bytes</source>
            <translation>%1/%2 bytes</translation>
        </message>
        <message>
            <source>The title keeps the platform's rules.</source>
            <translation>The title keeps the platform's rules.</translation>
        </message>
        <message>
            <source>Every item needs an item code (货号).</source>
            <translation>Every item needs an item code.</translation>
        </message>
        <message>
            <source>Every item needs a title.</source>
            <translation>Every item needs a title.</translation>
        </message>
        <message>
            <source>The price “%1” is not an amount in yuan.</source>
            <translation>The price “%1” is not an amount in yuan.</translation>
        </message>
        <message>
            <source>The cost “%1” is not an amount in yuan.</source>
            <translation>The cost “%1” is not an amount in yuan.</translation>
        </message>
        <message>
            <source>The item code %1 is already used by another item.</source>
            <translation>The item code %1 is already used by another item.</translation>
        </message>
        <message>
            <source>A new colour or size adds SKUs with in-store EAN-13 barcodes; existing SKUs stay.</source>
            <translation>A new colour or size adds SKUs with in-store EAN-13 barcodes; existing SKUs stay.</translation>
        </message>
        <message>
            <source>Listed %1: some categories do not allow a price change within 24 hours of upload.</source>
            <translation>Listed %1: some categories do not allow a price change within 24 hours of upload.</translation>
        </message>
        <message>
            <source>A new item stays off shelf until goods are received.</source>
            <translation>A new item stays off shelf until goods are received.</translation>
        </message>
        <message>
            <source>Empty: the category's name; messages add the colour and size</source>
            <translation>Empty: the category's name; messages add the colour and size</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>&amp;Revert to the saved item</source>
            <translation>&amp;Revert to the saved item</translation>
        </message>
        <message>
            <source>Shows the item as it was saved last (on the other PC); your changes here are given up</source>
            <translation>Shows the item as it was saved last (on the other PC); your changes here are given up</translation>
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
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>a short name is at most %1 characters: “%2” has %3.</source>
            <translation>a short name is at most %1 characters: “%2” has %3.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemsFilterBar</name>
        <message>
            <source>Search item code, title words, category…</source>
            <translation>Search item code, title words, category…</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>All roles</translation>
        </message>
        <message>
            <source>On and off shelf</source>
            <translation>On and off shelf</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>On shelf</translation>
        </message>
        <message>
            <source>Off shelf</source>
            <translation>Off shelf</translation>
        </message>
        <message>
            <source>Main push only</source>
            <translation>Main push only</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 items</source>
            <translation>%1 of %2 items</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemsModel</name>
        <message>
            <source>Main push</source>
            <translation>Main push</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>On shelf</translation>
        </message>
        <message>
            <source>Off shelf</source>
            <translation>Off shelf</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
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
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
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
            <source>Shelf</source>
            <translation>Shelf</translation>
        </message>
        <message>
            <source>Title bytes</source>
            <translation>Title bytes</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemsView</name>
        <message>
            <source>&amp;New item…</source>
            <translation>&amp;New item…</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>&amp;Edit item…</translation>
        </message>
        <message>
            <source>&amp;Copy item…</source>
            <translation>&amp;Copy item…</translation>
        </message>
        <message>
            <source>Put &amp;on shelf</source>
            <translation>Put &amp;on shelf</translation>
        </message>
        <message>
            <source>Take o&amp;ff shelf</source>
            <translation>Take o&amp;ff shelf</translation>
        </message>
        <message>
            <source>&amp;Delete item</source>
            <translation>&amp;Delete item</translation>
        </message>
        <message>
            <source>Deletes an item that never moved stock; an item with stock movements or orders is archived.</source>
            <translation>Deletes an item that never moved stock; an item with stock movements or orders is archived.</translation>
        </message>
        <message>
            <source>&amp;Import items (CSV)…</source>
            <translation>&amp;Import items (CSV)…</translation>
        </message>
        <message>
            <source>E&amp;xport items…</source>
            <translation>E&amp;xport items…</translation>
        </message>
        <message>
            <source>&amp;Labels to PDF…</source>
            <translation>&amp;Labels to PDF…</translation>
        </message>
        <message>
            <source>&amp;Print labels…</source>
            <translation>&amp;Print labels…</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1” is not an amount in yuan.</translation>
        </message>
        <message>
            <source>%1 has stock movements or orders: it was archived, not deleted.</source>
            <translation>%1 has stock movements or orders: it was archived, not deleted.</translation>
        </message>
        <message>
            <source>%1 was deleted.</source>
            <translation>%1 was deleted.</translation>
        </message>
        <message>
            <source>Imported: %1 items added, %2 updated; %3 SKUs added, %4 updated; %5 barcodes generated.</source>
            <translation>Imported: %1 items added, %2 updated; %3 SKUs added, %4 updated; %5 barcodes generated.</translation>
        </message>
        <message>
            <source>%1 items written to %2.</source>
            <translation>%1 items written to %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) written to %1.</source>
            <translation>
                <numerusform>%n label written to %1.</numerusform>
                <numerusform>%n labels written to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import items</source>
            <translation>Import items</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Export items</source>
            <translation>Export items</translation>
        </message>
        <message>
            <source>items.csv</source>
            <translation>items.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Labels to PDF</source>
            <translation>Labels to PDF</translation>
        </message>
        <message>
            <source>labels.pdf</source>
            <translation>labels.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Scanned %1: %2 %3 / %4.</source>
            <translation>Scanned %1: %2 %3 / %4.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>On shelf</translation>
        </message>
        <message>
            <source>Off shelf</source>
            <translation>Off shelf</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Labels PDF</source>
            <translation>Labels PDF</translation>
        </message>
        <message>
            <source>Print labels</source>
            <translation>Print labels</translation>
        </message>
        <message>
            <source>&amp;Thermal labels…</source>
            <translation>&amp;Thermal labels…</translation>
        </message>
        <message>
            <source>Thermal labels</source>
            <translation>Thermal labels</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>Delete item</translation>
        </message>
        <message>
            <source>%1 was kept.</source>
            <translation>%1 was kept.</translation>
        </message>
        <message>
            <source>Imported %1 items from %2.</source>
            <translation>Imported %1 items from %2.</translation>
        </message>
        <message>
            <source>Exported %1 items to %2.</source>
            <translation>Exported %1 items to %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n thermal label(s) (%1 mm, %2 dpi) written to %3.</source>
            <translation>
                <numerusform>%n thermal label (%1 mm, %2 dpi) written to %3.</numerusform>
                <numerusform>%n thermal labels (%1 mm, %2 dpi) written to %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Label size (mm):</source>
            <translation>Label size (mm):</translation>
        </message>
        <message>
            <source>The label printer's resolution (dpi):</source>
            <translation>The label printer's resolution (dpi):</translation>
        </message>
        <message>
            <source>Thermal labels to PDF</source>
            <translation>Thermal labels to PDF</translation>
        </message>
        <message>
            <source>labels-%1.pdf</source>
            <translation>labels-%1.pdf</translation>
        </message>
        <message>
            <source>The selected items' SKU labels for a thermal label printer (40x30, 50x30 or 60x40 mm, one label a page), to the printer or a PDF.</source>
            <translation>The selected items' SKU labels for a thermal label printer (40x30, 50x30 or 60x40 mm, one label a page), to the printer or a PDF.</translation>
        </message>
        <message>
            <source>The selected items have no SKUs, so there are no labels to print.</source>
            <translation>The selected items have no SKUs, so there are no labels to print.</translation>
        </message>
        <message numerus="yes">
            <source>%n thermal label(s) (%1 × %2 mm) sent to %3.</source>
            <translation>
                <numerusform>%n thermal label (%1 × %2 mm) sent to %3.</numerusform>
                <numerusform>%n thermal labels (%1 × %2 mm) sent to %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>The label printer…</source>
            <translation>The label printer…</translation>
        </message>
        <message>
            <source>Print to:</source>
            <translation>Print to:</translation>
        </message>
        <message>
            <source>A PDF file…</source>
            <translation>A PDF file…</translation>
        </message>
        <message>
            <source>Print thermal labels</source>
            <translation>Print thermal labels</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::LabelRepository</name>
        <message>
            <source>There is no SKU with the barcode %1 and no item with that code.</source>
            <translation>There is no SKU with the barcode %1 and no item with that code.</translation>
        </message>
        <message>
            <source>There is no receiving note %1.</source>
            <translation>There is no receiving note %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::LabelRoll</name>
        <message>
            <source>“%1” is not a label size; use one of %2 (mm) or a4.</source>
            <translation>“%1” is not a label size; use one of %2 (mm) or a4.</translation>
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
            <source>Label %1 (%2 %3/%4): the label is too small for its barcode.</source>
            <translation>Label %1 (%2 %3/%4): the label is too small for its barcode.</translation>
        </message>
        <message>
            <source>There are no labels to print.</source>
            <translation>There are no labels to print.</translation>
        </message>
        <message>
            <source>The label printer could not start printing.</source>
            <translation>The label printer could not start printing.</translation>
        </message>
        <message>
            <source>The label printer could not start a new label.</source>
            <translation>The label printer could not start a new label.</translation>
        </message>
        <message>
            <source>The label printer could not finish printing.</source>
            <translation>The label printer could not finish printing.</translation>
        </message>
        <message>
            <source>SKU labels</source>
            <translation>SKU labels</translation>
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
        <name>shopdesk::listings::LabelsCli</name>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>--dpi takes the label printer's resolution, 203 or 300, not “%1”.</source>
            <translation>--dpi takes the label printer's resolution, 203 or 300, not “%1”.</translation>
        </message>
        <message>
            <source>--count takes 1 to %1 labels per SKU, not “%2”.</source>
            <translation>--count takes 1 to %1 labels per SKU, not “%2”.</translation>
        </message>
        <message>
            <source>%1 labels are more than %2 in one run; print fewer at a time.</source>
            <translation>%1 labels are more than %2 in one run; print fewer at a time.</translation>
        </message>
        <message>
            <source>There are no SKUs to print labels for.</source>
            <translation>There are no SKUs to print labels for.</translation>
        </message>
        <message>
            <source>%1 labels (%2) written to %3.</source>
            <translation>%1 labels (%2) written to %3.</translation>
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
            <source>Items ranked by sales over a period (default the last 30 days) and which carry 80% of them.</source>
            <translation>Items ranked by sales over a period (default the last 30 days) and which carry 80% of them.</translation>
        </message>
        <message>
            <source>Usage: pareto [--from YYYY-MM-DD] [--to YYYY-MM-DD], from not after to.</source>
            <translation>Usage: pareto [--from YYYY-MM-DD] [--to YYYY-MM-DD], from not after to.</translation>
        </message>
        <message>
            <source>%1 of %2 items carry 80% of sales from %3 to %4.</source>
            <translation>%1 of %2 items carry 80% of sales from %3 to %4.</translation>
        </message>
        <message>
            <source>A sheet of SKU barcode labels as PDF (A4, 3 × 8): the given items, or every item on offer.</source>
            <translation>A sheet of SKU barcode labels as PDF (A4, 3 × 8): the given items, or every item on offer.</translation>
        </message>
        <message>
            <source>Usage: print-labels --out FILE.pdf [ITEMCODE …]</source>
            <translation>Usage: print-labels --out FILE.pdf [ITEMCODE …]</translation>
        </message>
        <message>
            <source>There is no item with the code %1.</source>
            <translation>There is no item with the code %1.</translation>
        </message>
        <message>
            <source>There are no SKUs to print labels for.</source>
            <translation>There are no SKUs to print labels for.</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) written to %1.</source>
            <translation>
                <numerusform>%n label written to %1.</numerusform>
                <numerusform>%n labels written to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Items and SKUs in and out: import a CSV file (UTF-8 or GBK, Chinese or English headers, all or nothing), export as CSV (UTF-8 with BOM) or xlsx.</source>
            <translation>Items and SKUs in and out: import a CSV file (UTF-8 or GBK, Chinese or English headers, all or nothing), export as CSV (UTF-8 with BOM) or xlsx.</translation>
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
        <message>
            <source>SKUs of items %1 to %2</source>
            <translation>SKUs of items %1 to %2</translation>
        </message>
        <message>
            <source>The item is no longer in this shop: it may have been deleted meanwhile.</source>
            <translation>The item is no longer in this shop: it may have been deleted meanwhile.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsService</name>
        <message>
            <source>“%1” is not a usable barcode: give a valid EAN-13 or the code printed on the tag.</source>
            <translation>“%1” is not a usable barcode: give a valid EAN-13 or the code printed on the tag.</translation>
        </message>
        <message>
            <source>An item needs a title: the platform does not list an item without one.</source>
            <translation>An item needs a title: the platform does not list an item without one.</translation>
        </message>
        <message>
            <source>A price cannot be below zero (%1).</source>
            <translation>A price cannot be below zero (%1).</translation>
        </message>
        <message>
            <source>The selected items have no SKUs, so there are no labels to print.</source>
            <translation>The selected items have no SKUs, so there are no labels to print.</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) on hand</source>
            <translation>
                <numerusform>%n piece on hand</numerusform>
                <numerusform>%n pieces on hand</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open order(s)</source>
            <translation>
                <numerusform>%n open order</numerusform>
                <numerusform>%n open orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stock movement(s)</source>
            <translation>
                <numerusform>%n stock movement</numerusform>
                <numerusform>%n stock movements</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1? It has %2. It will be archived, not erased: it leaves the items list and goes off shelf; its orders and stock ledger keep it.</source>
            <translation>Delete %1? It has %2. It will be archived, not erased: it leaves the items list and goes off shelf; its orders and stock ledger keep it.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Item code: “%1” contains a space; an item code is written without spaces.</source>
            <translation>Item code: “%1” contains a space; an item code is written without spaces.</translation>
        </message>
        <message>
            <source>Title: every item needs a title.</source>
            <translation>Title: every item needs a title.</translation>
        </message>
        <message>
            <source>Category: choose the item's category.</source>
            <translation>Category: choose the item's category.</translation>
        </message>
        <message>
            <source>Price: %1 is not a price; it must be above zero.</source>
            <translation>Price: %1 is not a price; it must be above zero.</translation>
        </message>
        <message>
            <source>Cost: %1 cannot be below zero.</source>
            <translation>Cost: %1 cannot be below zero.</translation>
        </message>
        <message>
            <source>A label printer prints at 203 or 300 dpi, not %1.</source>
            <translation>A label printer prints at 203 or 300 dpi, not %1.</translation>
        </message>
        <message>
            <source>Item code: every item needs an item code.</source>
            <translation>Item code: every item needs an item code.</translation>
        </message>
        <message>
            <source>%1 has no stock yet: it stays off shelf until goods are received.</source>
            <translation>%1 has no stock yet: it stays off shelf until goods are received.</translation>
        </message>
        <message>
            <source>A short name is at most %1 characters: “%2” has %3.</source>
            <translation>A short name is at most %1 characters: “%2” has %3.</translation>
        </message>
        <message>
            <source>Item %1</source>
            <translation>Item %1</translation>
        </message>
        <message>
            <source>The title of %1</source>
            <translation>The title of %1</translation>
        </message>
        <message>
            <source>The price of %1</source>
            <translation>The price of %1</translation>
        </message>
        <message>
            <source>The SKU %1/%2 of %3</source>
            <translation>The SKU %1/%2 of %3</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsWorkbench</name>
        <message>
            <source>Listings</source>
            <translation>Listings</translation>
        </message>
        <message>
            <source>Title check</source>
            <translation>Title check</translation>
        </message>
        <message>
            <source>Relist plan</source>
            <translation>Relist plan</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advice</translation>
        </message>
        <message>
            <source>Pareto (80/20)</source>
            <translation>Pareto (80/20)</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>Reads the items and reports from the shop file again</source>
            <translation>Reads the items and reports from the shop file again</translation>
        </message>
        <message>
            <source>&amp;Find item…</source>
            <translation>&amp;Find item…</translation>
        </message>
        <message>
            <source>Search by item code, title words or a scanned barcode</source>
            <translation>Search by item code, title words or a scanned barcode</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ParetoView</name>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
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
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Cumulative</translation>
        </message>
        <message>
            <source>Carries 80%</source>
            <translation>Carries 80%</translation>
        </message>
        <message>
            <source>Sales &amp;from</source>
            <translation>Sales &amp;from</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;to</translation>
        </message>
        <message>
            <source>No sales in this period.</source>
            <translation>No sales in this period.</translation>
        </message>
        <message>
            <source>%1 of %2 items (%3) carry 80% of the %4 sales from %5 to %6.</source>
            <translation>%1 of %2 items (%3) carry 80% of the %4 sales from %5 to %6.</translation>
        </message>
        <message>
            <source>Sales (¥)</source>
            <translation>Sales (¥)</translation>
        </message>
        <message>
            <source>Cumulative share (%)</source>
            <translation>Cumulative share (%)</translation>
        </message>
        <message>
            <source>80%</source>
            <translation>80%</translation>
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
        <name>shopdesk::listings::RelistView</name>
        <message>
            <source>Export the relist plan</source>
            <translation>Export the relist plan</translation>
        </message>
        <message>
            <source>relist-plan.csv</source>
            <translation>relist-plan.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Buyers' &amp;peak hours:</source>
            <translation>Buyers' &amp;peak hours:</translation>
        </message>
        <message>
            <source>Ranges of hours, e.g. 9-12, 14-18 or 20:30-22</source>
            <translation>Ranges of hours, e.g. 9-12, 14-18 or 20:30-22</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Peak hours %1</source>
            <translation>Peak hours %1</translation>
        </message>
        <message>
            <source>Main push</source>
            <translation>Main push</translation>
        </message>
        <message numerus="yes">
            <source>%n on-shelf item(s), each relisted every 7 days at its own minute; main-push items hold the best times.</source>
            <translation>
                <numerusform>%n on-shelf item, each relisted every 7 days at its own minute; main-push items hold the best times.</numerusform>
                <numerusform>%n on-shelf items, each relisted every 7 days at its own minute; main-push items hold the best times.</numerusform>
            </translation>
        </message>
        <message>
            <source>Next relist</source>
            <translation>Next relist</translation>
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
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::SetShelfCommand</name>
        <message numerus="yes">
            <source>Put %n item(s) on shelf</source>
            <translation>
                <numerusform>Put %n item on shelf</numerusform>
                <numerusform>Put %n items on shelf</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n item(s) off shelf</source>
            <translation>
                <numerusform>Take %n item off shelf</numerusform>
                <numerusform>Take %n items off shelf</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::SkuGrid</name>
        <message>
            <source>Select an item to see its SKUs (colour × size).</source>
            <translation>Select an item to see its SKUs (colour × size).</translation>
        </message>
        <message>
            <source>SKU %1 / %2</source>
            <translation>SKU %1 / %2</translation>
        </message>
        <message>
            <source>the item's price</source>
            <translation>the item's price</translation>
        </message>
        <message>
            <source>the item's cost</source>
            <translation>the item's cost</translation>
        </message>
        <message>
            <source>&amp;Barcode</source>
            <translation>&amp;Barcode</translation>
        </message>
        <message>
            <source>&amp;Price (¥)</source>
            <translation>&amp;Price (¥)</translation>
        </message>
        <message>
            <source>&amp;Cost (¥)</source>
            <translation>&amp;Cost (¥)</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1” is not an amount in yuan.</translation>
        </message>
        <message>
            <source>%1 %2 — %3 SKUs, %4 on hand (from the stock ledger), %5 available (less paid orders not yet shipped). Double-click a SKU to change its barcode or prices.</source>
            <translation>%1 %2 — %3 SKUs, %4 on hand (from the stock ledger), %5 available (less paid orders not yet shipped). Double-click a SKU to change its barcode or prices.</translation>
        </message>
        <message>
            <source>%1
%2 / cost %3
on hand %4, available %5</source>
            <translation>%1
%2 / cost %3
on hand %4, available %5</translation>
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
    <context>
        <name>shopdesk::listings::TitlesView</name>
        <message>
            <source>Shop's own &amp;words…</source>
            <translation>Shop's own &amp;words…</translation>
        </message>
        <message>
            <source>Words this shop's titles must not carry, beyond the built-in list of absolute words</source>
            <translation>Words this shop's titles must not carry, beyond the built-in list of absolute words</translation>
        </message>
        <message>
            <source>Every title keeps the rules: at most 60 bytes, no absolute words, keywords separated by spaces, no duplicates.</source>
            <translation>Every title keeps the rules: at most 60 bytes, no absolute words, keywords separated by spaces, no duplicates.</translation>
        </message>
        <message numerus="yes">
            <source>%n title(s) break a rule.</source>
            <translation>
                <numerusform>%n title break a rule.</numerusform>
                <numerusform>%n titles break a rule.</numerusform>
            </translation>
        </message>
        <message>
            <source>Shop's own title words</source>
            <translation>Shop's own title words</translation>
        </message>
        <message>
            <source>One word a line, optionally followed by a tab or a comma and the reason shown when a title carries it. These words are added to the built-in list of absolute words (%1 words) and to %2 in your data folder.</source>
            <translation>One word a line, optionally followed by a tab or a comma and the reason shown when a title carries it. These words are added to the built-in list of absolute words (%1 words) and to %2 in your data folder.</translation>
        </message>
        <message>
            <source>Change the shop's title words</source>
            <translation>Change the shop's title words</translation>
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
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
    </context>
</TS>
