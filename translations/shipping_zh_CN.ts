<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>shopdesk::shipping::Factory</name>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
</context>
<context>
    <name>shopdesk::shipping::ShippingPanel</name>
    <message>
        <source>Order no.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家会员名</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>宝贝</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
</context>
</TS>
