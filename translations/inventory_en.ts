<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>shopdesk::inventory::Factory</name>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
</context>
<context>
    <name>shopdesk::inventory::InventoryPanel</name>
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
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
</context>
<context>
    <name>shopdesk::inventory::ReceivingRepository</name>
    <message>
        <source>A receiving note needs a number.</source>
        <translation>A receiving note needs a number.</translation>
    </message>
    <message>
        <source>Receiving note %1 has no lines.</source>
        <translation>Receiving note %1 has no lines.</translation>
    </message>
    <message>
        <source>Receiving note %1, line %2: the quantity must be at least 1 (it is %3).</source>
        <translation>Receiving note %1, line %2: the quantity must be at least 1 (it is %3).</translation>
    </message>
    <message>
        <source>There is no receiving note number %1.</source>
        <translation>There is no receiving note number %1.</translation>
    </message>
    <message>
        <source>Receiving note %1 is already posted.</source>
        <translation>Receiving note %1 is already posted.</translation>
    </message>
</context>
</TS>
