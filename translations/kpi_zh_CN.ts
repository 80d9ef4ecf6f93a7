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
        <name>shopdesk::kpi::KpiCharts</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Trend: %1, %2</source>
            <translation>趋势：%1，%2</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>每日</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>7日均值</translation>
        </message>
        <message>
            <source>Same day last week</source>
            <translation>上周同期</translation>
        </message>
        <message>
            <source>Same day last month</source>
            <translation>上月同期</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Why sales moved: %1 → %2, change %3</source>
            <translation>销售额变动原因：%1 → %2，变动 %3</translation>
        </message>
        <message>
            <source>Not explained</source>
            <translation>未解释（残差）</translation>
        </message>
        <message>
            <source>Contribution (¥)</source>
            <translation>贡献（¥）</translation>
        </message>
        <message>
            <source>%1; driver: %2 (%3)</source>
            <translation>%1；主要因素：%2（%3）</translation>
        </message>
        <message numerus="yes">
            <source>Pareto of items: %n item(s) make 80% of sales</source>
            <translation>
                <numerusform>宝贝二八分析：%n 个宝贝贡献 80% 的销售额</numerusform>
            </translation>
        </message>
        <message>
            <source>Items making 80% of sales</source>
            <translation>贡献 80% 销售额的宝贝</translation>
        </message>
        <message>
            <source>Other items</source>
            <translation>其他宝贝</translation>
        </message>
        <message>
            <source>Cumulative share (%)</source>
            <translation>累计占比（%）</translation>
        </message>
        <message>
            <source>80%</source>
            <translation>80%</translation>
        </message>
        <message>
            <source>Sales (¥)</source>
            <translation>销售额（¥）</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Red days</source>
            <translation>亮红灯的日子</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>红线</translation>
        </message>
        <message>
            <source>“%1”: charts are written as .png or .pdf.</source>
            <translation>“%1”：图表可导出为 .png 或 .pdf。</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiCli</name>
        <message>
            <source>kpi import needs exactly one file: kpi import FILE.csv</source>
            <translation>kpi import 需要且只需要一个文件：kpi import 文件.csv</translation>
        </message>
        <message>
            <source>Imported %1 days from %2 (%3): %4 new, %5 replaced.</source>
            <translation>已从 %2（%3）导入 %1 天：新增 %4 天，替换 %5 天。</translation>
        </message>
        <message>
            <source>kpi report needs --month 2026-10, or --from and --to dates.</source>
            <translation>kpi report 需要 --month 2026-10，或 --from 和 --to 日期。</translation>
        </message>
        <message>
            <source>%1 red since %2</source>
            <translation>%1 自 %2 起亮红灯</translation>
        </message>
        <message>
            <source>%1: %2 days, PV %3, UV %4, sales %5, units %6, conversion %7%, AOV %8, visit depth %9.</source>
            <translation>%1：%2 天，浏览量 %3，访客数 %4，销售额 %5，成交件数 %6，转化率 %7%，客单价 %8，访问深度 %9。</translation>
        </message>
        <message>
            <source>Appraisal sheet written to %1.</source>
            <translation>考核表已写入 %1。</translation>
        </message>
        <message>
            <source>kpi decompose needs --from and --to: two months (2026-11, 2026-12) or two dates.</source>
            <translation>kpi decompose 需要 --from 和 --to：两个月份（2026-11、2026-12）或两个日期。</translation>
        </message>
        <message>
            <source>kpi chart needs a kind (trend, decompose or pareto), --month 2026-10 (or --from and --to) and --out FILE.png or FILE.pdf.</source>
            <translation>kpi chart 需要图表类型（trend、decompose 或 pareto）、--month 2026-10（或 --from 和 --to）以及 --out 文件.png 或 文件.pdf。</translation>
        </message>
        <message>
            <source>Charts need the graphical libraries; this program was started without them.</source>
            <translation>图表需要图形库，本程序启动时未加载图形库。</translation>
        </message>
        <message>
            <source>--metric is one of pv, uv, sales, conversion, aov.</source>
            <translation>--metric 可以是 pv、uv、sales、conversion、aov 之一。</translation>
        </message>
        <message>
            <source>Chart written to %1.</source>
            <translation>图表已写入 %1。</translation>
        </message>
        <message>
            <source>kpi needs one of: import, report, decompose, chart.</source>
            <translation>kpi 需要以下之一：import、report、decompose、chart。</translation>
        </message>
        <message>
            <source>KPIs: import the platform's daily export, the month report and appraisal sheet, why sales moved between two periods, charts as PNG or PDF.</source>
            <translation>数据报表：导入平台日报导出文件、月报和月度考核表、两个周期间销售额变动原因、导出 PNG 或 PDF 图表。</translation>
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
