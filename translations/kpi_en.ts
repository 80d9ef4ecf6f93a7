<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>shopdesk::kpi::Factory</name>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
</context>
<context>
    <name>shopdesk::kpi::KpiPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Page views (PV)</source>
        <translation>Page views (PV)</translation>
    </message>
    <message>
        <source>Visitors (UV)</source>
        <translation>Visitors (UV)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Units sold</translation>
    </message>
    <message>
        <source>Paid buyers</source>
        <translation>Paid buyers</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Visit depth</source>
        <translation>Visit depth</translation>
    </message>
    <message>
        <source>DSR</source>
        <translation>DSR</translation>
    </message>
</context>
<context>
    <name>shopdesk::kpi::KpiRepository</name>
    <message>
        <source>A daily report row needs a date.</source>
        <translation>A daily report row needs a date.</translation>
    </message>
    <message>
        <source>The report for %1 has a negative figure.</source>
        <translation>The report for %1 has a negative figure.</translation>
    </message>
</context>
</TS>
