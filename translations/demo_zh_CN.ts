<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::demo::DemoShop</name>
        <message numerus="yes">
            <source>This shop already holds %n item(s); the demo is only added to a new, empty shop.</source>
            <translation>
                <numerusform>该店铺已有 %n 个宝贝；演示数据只能加入新建的空店铺。</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo needs a valid last day and at least one day of orders.</source>
            <translation>演示数据需要有效的截止日期和至少一天的订单。</translation>
        </message>
    </context>
</TS>
