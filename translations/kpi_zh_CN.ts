<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>shopdesk::kpi::Factory</name>
    <message>
        <source>KPIs</source>
        <translation>数据报表</translation>
    </message>
</context>
<context>
    <name>shopdesk::kpi::KpiPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page views (PV)</source>
        <translation>浏览量（PV）</translation>
    </message>
    <message>
        <source>Visitors (UV)</source>
        <translation>访客数（UV）</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>成交件数</translation>
    </message>
    <message>
        <source>Paid buyers</source>
        <translation>支付买家数</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Visit depth</source>
        <translation>访问深度</translation>
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
        <translation>日报表的每一行都必须有日期。</translation>
    </message>
    <message>
        <source>The report for %1 has a negative figure.</source>
        <translation>%1 的报表中有负数。</translation>
    </message>
</context>
</TS>
