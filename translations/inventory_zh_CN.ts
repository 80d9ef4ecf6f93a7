<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>shopdesk::inventory::Factory</name>
    <message>
        <source>Inventory</source>
        <translation>进销存</translation>
    </message>
</context>
<context>
    <name>shopdesk::inventory::InventoryPanel</name>
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
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>shopdesk::inventory::ReceivingRepository</name>
    <message>
        <source>A receiving note needs a number.</source>
        <translation>入库单必须有单号。</translation>
    </message>
    <message>
        <source>Receiving note %1 has no lines.</source>
        <translation>入库单 %1 没有明细。</translation>
    </message>
    <message>
        <source>Receiving note %1, line %2: the quantity must be at least 1 (it is %3).</source>
        <translation>入库单 %1 第 %2 行：数量至少为 1（现为 %3）。</translation>
    </message>
    <message>
        <source>There is no receiving note number %1.</source>
        <translation>没有编号为 %1 的入库单。</translation>
    </message>
    <message>
        <source>Receiving note %1 is already posted.</source>
        <translation>入库单 %1 已经过账。</translation>
    </message>
</context>
</TS>
