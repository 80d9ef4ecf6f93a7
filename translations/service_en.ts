<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>shopdesk::service::Factory</name>
    <message>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
</context>
<context>
    <name>shopdesk::service::ReplyRepository</name>
    <message>
        <source>Every reply needs a short code.</source>
        <translation>Every reply needs a short code.</translation>
    </message>
    <message>
        <source>The reply %1 has no text.</source>
        <translation>The reply %1 has no text.</translation>
    </message>
    <message>
        <source>The short code %1 is already used by another reply.</source>
        <translation>The short code %1 is already used by another reply.</translation>
    </message>
    <message>
        <source>Pre-sale</source>
        <translation>Pre-sale</translation>
    </message>
    <message>
        <source>In-sale</source>
        <translation>In-sale</translation>
    </message>
    <message>
        <source>After-sale</source>
        <translation>After-sale</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>Returns and exchanges</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>Review request</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Back in stock</translation>
    </message>
</context>
<context>
    <name>shopdesk::service::ServicePanel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
</TS>
