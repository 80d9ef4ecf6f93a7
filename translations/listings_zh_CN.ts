<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>shopdesk::listings::Factory</name>
    <message>
        <source>Listings</source>
        <translation>宝贝管理</translation>
    </message>
</context>
<context>
    <name>shopdesk::listings::ListingsPanel</name>
    <message>
        <source>Item code</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Main push</source>
        <translation>主推款</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU数</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>On shelf</source>
        <translation>在架</translation>
    </message>
</context>
</TS>
