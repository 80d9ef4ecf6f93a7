<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::demo::DemoShop</name>
        <message numerus="yes">
            <source>This shop already holds %n item(s); the demo is only added to a new, empty shop.</source>
            <translation>
                <numerusform>This shop already holds %n item; the demo is only added to a new, empty shop.</numerusform>
                <numerusform>This shop already holds %n items; the demo is only added to a new, empty shop.</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo needs a valid last day and at least one day of orders.</source>
            <translation>The demo needs a valid last day and at least one day of orders.</translation>
        </message>
    </context>
</TS>
