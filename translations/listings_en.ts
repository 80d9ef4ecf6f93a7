<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>shopdesk::listings::Factory</name>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
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
</TS>
