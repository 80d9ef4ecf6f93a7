<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>shopdesk::service::Factory</name>
    <message>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
</context>
<context>
    <name>shopdesk::service::ReplyRepository</name>
    <message>
        <source>Every reply needs a short code.</source>
        <translation>每条快捷短语都必须有快捷编码。</translation>
    </message>
    <message>
        <source>The reply %1 has no text.</source>
        <translation>快捷短语 %1 没有内容。</translation>
    </message>
    <message>
        <source>The short code %1 is already used by another reply.</source>
        <translation>快捷编码 %1 已被其他短语使用。</translation>
    </message>
    <message>
        <source>Pre-sale</source>
        <translation>售前</translation>
    </message>
    <message>
        <source>In-sale</source>
        <translation>售中</translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>催付</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>到货通知</translation>
    </message>
</context>
<context>
    <name>shopdesk::service::ServicePanel</name>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
</context>
</TS>
