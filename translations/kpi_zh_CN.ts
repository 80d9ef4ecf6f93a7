<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>PeriodReport</name>
        <message>
            <source>Appraisal %1</source>
            <translation>考核表 %1</translation>
        </message>
        <message>
            <source>“%1”: the appraisal sheet is written as .xlsx, .csv or .pdf.</source>
            <translation>“%1”：考核表可导出为 .xlsx、.csv 或 .pdf。</translation>
        </message>
        <message>
            <source>Monthly appraisal sheet %1</source>
            <translation>月度考核表 %1</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::Decomposition</name>
        <message>
            <source>Visitors</source>
            <translation>访客数</translation>
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
            <source>%1 drove the change: sales moved by %2, of which %1 contributed %3. Not explained by visitors × conversion × AOV: %4.</source>
            <translation>%1是主要推动因素：销售额变动 %2，其中%1贡献 %3。访客数 × 转化率 × 客单价未能解释的部分（残差）：%4。</translation>
        </message>
        <message>
            <source>%1 pulled sales down most: sales moved by %2, of which %1 contributed %3. Not explained by visitors × conversion × AOV: %4.</source>
            <translation>%1是拉低销售额最多的因素：销售额变动 %2，其中%1贡献 %3。访客数 × 转化率 × 客单价未能解释的部分（残差）：%4。</translation>
        </message>
        <message>
            <source>Visitors, conversion and AOV must all be above zero in both periods to split the change; the whole change is shown as not explained.</source>
            <translation>两个周期的访客数、转化率和客单价都必须大于零才能分解变动；整个变动按未解释部分显示。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::Factory</name>
        <message>
            <source>KPIs</source>
            <translation>数据报表</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::HealthCheck</name>
        <message>
            <source>DSR</source>
            <translation>DSR</translation>
        </message>
        <message>
            <source>Refund-dispute rate</source>
            <translation>退款纠纷率</translation>
        </message>
        <message>
            <source>Good-rating rate</source>
            <translation>好评率</translation>
        </message>
        <message>
            <source>red below %1</source>
            <translation>低于 %1 亮红灯</translation>
        </message>
        <message>
            <source>red above %1%</source>
            <translation>高于 %1% 亮红灯</translation>
        </message>
        <message>
            <source>red below %1%</source>
            <translation>低于 %1% 亮红灯</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiImport</name>
        <message>
            <source>“%1” is not a date like 2026-10-01.</source>
            <translation>“%1”不是 2026-10-01 这样的日期。</translation>
        </message>
        <message>
            <source>%1 appears twice in the file.</source>
            <translation>%1 在文件中出现了两次。</translation>
        </message>
        <message>
            <source>is empty.</source>
            <translation>为空。</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of zero or more.</source>
            <translation>“%1”不是大于等于零的整数。</translation>
        </message>
        <message>
            <source>“%1” is not a rate like 45.2% or 0.452.</source>
            <translation>“%1”不是 45.2% 或 0.452 这样的比率。</translation>
        </message>
        <message>
            <source>“%1” is not a DSR score from 0 to 5.</source>
            <translation>“%1”不是 0 到 5 之间的 DSR 评分。</translation>
        </message>
        <message>
            <source>“%1” is not an amount like 1234.50.</source>
            <translation>“%1”不是 1234.50 这样的金额。</translation>
        </message>
        <message>
            <source>%1 paid buyers are more than the %2 visitors.</source>
            <translation>支付买家数 %1 多于访客数 %2。</translation>
        </message>
        <message>
            <source>%1 holds no daily rows.</source>
            <translation>%1 中没有日报数据行。</translation>
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
        <message>
            <source>A campaign row needs a date and a campaign name.</source>
            <translation>推广记录需要日期和推广计划名称。</translation>
        </message>
        <message>
            <source>The campaign %1 on %2 has a negative figure.</source>
            <translation>推广计划 %1 在 %2 的数据有负数。</translation>
        </message>
        <message>
            <source>A target needs a year and a quarter from 1 to 4 (0 for the whole year).</source>
            <translation>目标需要年份和 1 到 4 的季度（0 表示全年）。</translation>
        </message>
        <message>
            <source>A target cannot be negative.</source>
            <translation>目标不能为负数。</translation>
        </message>
        <message>
            <source>A promotion needs a date and a name.</source>
            <translation>促销活动需要日期和名称。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::PeriodReport</name>
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
            <source>Paid traffic share</source>
            <translation>付费流量占比</translation>
        </message>
        <message>
            <source>DSR</source>
            <translation>DSR</translation>
        </message>
        <message>
            <source>Bounce rate</source>
            <translation>跳失率</translation>
        </message>
        <message>
            <source>Refund-dispute rate</source>
            <translation>退款纠纷率</translation>
        </message>
        <message>
            <source>Good-rating rate</source>
            <translation>好评率</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Daily average</source>
            <translation>日均</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::Promotion</name>
        <message>
            <source>New Year's Day</source>
            <translation>元旦</translation>
        </message>
        <message>
            <source>Valentine's Day</source>
            <translation>情人节</translation>
        </message>
        <message>
            <source>520</source>
            <translation>520</translation>
        </message>
        <message>
            <source>618</source>
            <translation>618</translation>
        </message>
        <message>
            <source>Double 11</source>
            <translation>双11</translation>
        </message>
        <message>
            <source>Double 12</source>
            <translation>双12</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::TargetPlan</name>
        <message>
            <source>Set the year and a sales target above zero.</source>
            <translation>请设置年份和大于零的销售目标。</translation>
        </message>
        <message>
            <source>The plan needs a conversion rate and an average order value above zero.</source>
            <translation>计划需要大于零的转化率和客单价。</translation>
        </message>
        <message>
            <source>The quarter targets add up to %1, more than the year's %2.</source>
            <translation>各季度目标合计 %1，超过了全年目标 %2。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::Trend</name>
        <message>
            <source>Page views (PV)</source>
            <translation>浏览量（PV）</translation>
        </message>
        <message>
            <source>Visitors (UV)</source>
            <translation>访客数（UV）</translation>
        </message>
        <message>
            <source>Sales (¥)</source>
            <translation>销售额（¥）</translation>
        </message>
        <message>
            <source>Conversion rate (%)</source>
            <translation>转化率（%）</translation>
        </message>
        <message>
            <source>Average order value (¥)</source>
            <translation>客单价（¥）</translation>
        </message>
    </context>
</TS>
