<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Text</name>
        <message>
            <source>%1 of %2</source>
            <translation>%2 的%1</translation>
        </message>
        <message>
            <source>Campaign %1 on %2</source>
            <translation>推广计划 %1（%2）</translation>
        </message>
        <message>
            <source>Sales targets for %1</source>
            <translation>%1 年销售目标</translation>
        </message>
        <message>
            <source>Sales target for %1</source>
            <translation>%1 年销售目标</translation>
        </message>
        <message>
            <source>Sales target for Q%1 %2</source>
            <translation>%2 年第 %1 季度销售目标</translation>
        </message>
        <message>
            <source>Promotion %1 on %2</source>
            <translation>促销活动 %1（%2）</translation>
        </message>
        <message>
            <source>Remove promotion %1 on %2</source>
            <translation>删除促销活动 %1（%2）</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::CalendarView</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>促销活动</translation>
        </message>
        <message>
            <source>Decide restocking by</source>
            <translation>备货决定截止</translation>
        </message>
        <message>
            <source>Days to go</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>%1 (store)</source>
            <translation>%1（店铺自定）</translation>
        </message>
        <message>
            <source>Give the promotion a name.</source>
            <translation>请填写促销活动名称。</translation>
        </message>
        <message>
            <source>Select one of the store's own dates to remove; the platforms' dates stay.</source>
            <translation>请选择一个店铺自定的日期删除；平台活动日期不能删除。</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>The store's own date, e.g. 店庆</source>
            <translation>店铺自定日期，例如 店庆</translation>
        </message>
        <message>
            <source>Add &amp;date</source>
            <translation>添加日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>删除所选(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::CampaignsView</name>
        <message>
            <source>Campaign</source>
            <translation>推广计划</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Ad spend</source>
            <translation>推广花费</translation>
        </message>
        <message>
            <source>Paid visitors</source>
            <translation>付费访客数</translation>
        </message>
        <message>
            <source>Attributed sales</source>
            <translation>推广成交额</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>投入产出比（ROI）</translation>
        </message>
        <message>
            <source>Cost per visitor</source>
            <translation>每访客花费</translation>
        </message>
        <message>
            <source>Traffic value</source>
            <translation>流量价值</translation>
        </message>
        <message>
            <source>Period (as in the daily report): %1</source>
            <translation>统计期间（与日报表相同）：%1</translation>
        </message>
        <message>
            <source>Give the campaign a name.</source>
            <translation>请填写推广计划名称。</translation>
        </message>
        <message>
            <source>Campaign name</source>
            <translation>推广计划名称</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::ChartsView</name>
        <message>
            <source>Trend</source>
            <translation>趋势</translation>
        </message>
        <message>
            <source>Pareto of items (80/20)</source>
            <translation>宝贝二八分析</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation>图表(&amp;H)：</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Last &amp;week</source>
            <translation>上周同期(&amp;W)</translation>
        </message>
        <message>
            <source>Last mo&amp;nth</source>
            <translation>上月同期(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::DailyView</name>
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
            <source>Depth band</source>
            <translation>访问深度评价</translation>
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
            <source>Sales from orders</source>
            <translation>订单销售额</translation>
        </message>
        <message>
            <source>Difference from orders</source>
            <translation>与订单差额</translation>
        </message>
        <message>
            <source>Units from orders</source>
            <translation>订单成交件数</translation>
        </message>
        <message>
            <source>Paid buyers from orders</source>
            <translation>订单支付买家数</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>全部日期</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>全部日期</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 days · PV %3 · UV %4 · sales %5 · units %6 · paid buyers %7 · conversion %8% · AOV %9</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;：%2 天 · 浏览量 %3 · 访客数 %4 · 销售额 %5 · 成交件数 %6 · 支付买家数 %7 · 转化率 %8% · 客单价 %9</translation>
        </message>
        <message>
            <source>Visit depth %1 (%2) · traffic value %3 per visitor at %4% margin: the most a paid click may cost</source>
            <translation>访问深度 %1（%2）· 按 %4% 利润率计算，流量价值为每访客 %3：付费点击单价的上限</translation>
        </message>
        <message>
            <source>above the guide</source>
            <translation>高于参考值</translation>
        </message>
        <message>
            <source>below the guide</source>
            <translation>低于参考值</translation>
        </message>
        <message>
            <source>near the guide</source>
            <translation>接近参考值</translation>
        </message>
        <message>
            <source>Paid traffic %1% of visitors; a store of %2 visitors a day usually buys about %3%: %4</source>
            <translation>付费流量占访客的 %1%；日均 %2 访客的店铺通常约为 %3%：%4</translation>
        </message>
        <message numerus="yes">
            <source>From the shop's orders: sales %1, units %2 — %n day(s) differ from the imported figures.</source>
            <translation>
                <numerusform>按店铺订单计算：销售额 %1，成交件数 %2 —— 有 %n 天与导入数据不一致。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import the platform's daily export</source>
            <translation>导入平台日报导出文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <source>Import %n day(s) from %1</source>
            <translation>
                <numerusform>从 %1 导入 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Daily report of %1</source>
            <translation>%1 的日报</translation>
        </message>
        <message>
            <source>Export the monthly appraisal sheet</source>
            <translation>导出月度考核表</translation>
        </message>
        <message>
            <source>appraisal-%1.xlsx</source>
            <translation>月度考核表-%1.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Import daily export…</source>
            <translation>导入日报导出文件(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport appraisal sheet…</source>
            <translation>导出月度考核表(&amp;X)…</translation>
        </message>
        <message>
            <source>Visit depth %1 (%2) · traffic value %3 per visitor at the measured margin of %4%: the most a paid click may cost</source>
            <translation>访问深度 %1（%2）· 流量价值 %3/访客（按实测利润率 %4%）：付费点击的最高出价</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n day(s) from %1.</source>
            <translation>
                <numerusform>已从 %1 导入 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>The figures of %1 as stored: Save writes your corrections (undoable).</source>
            <translation>%1 已存的数据：保存即写入您的修改（可撤销）。</translation>
        </message>
        <message>
            <source>%1 already has figures in the daily report: they are loaded here, and Save replaces them.</source>
            <translation>日报表中 %1 已有数据：已载入表单，保存将替换它们。</translation>
        </message>
        <message>
            <source>%1 has no figures yet.</source>
            <translation>%1 还没有数据。</translation>
        </message>
        <message>
            <source>Replace the day's figures</source>
            <translation>替换当天数据</translation>
        </message>
        <message>
            <source>%1 already has figures (visitors %2, sales %3). Replace them with the form's (visitors %4, sales %5)? Changed: %6.</source>
            <translation>%1 已有数据（访客数 %2，销售额 %3）。要用表单中的数据（访客数 %4，销售额 %5）替换吗？改动：%6。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Nothing was saved: %1 keeps its figures.</source>
            <translation>未保存：%1 保留原有数据。</translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 已保存。</translation>
        </message>
        <message>
            <source>Appraisal sheet of %1 exported to %2.</source>
            <translation>%1 的月度考核表已导出到 %2。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::DayForm</name>
        <message>
            <source>Enter a day</source>
            <translation>录入日报</translation>
        </message>
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
            <source>Paid visitors</source>
            <translation>付费访客数</translation>
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
            <source>&amp;Save day</source>
            <translation>保存当日(&amp;S)</translation>
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
        <name>shopdesk::kpi::HealthView</name>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Red since %1</source>
            <translation>自 %1 起亮红灯</translation>
        </message>
        <message>
            <source>Last on the wrong side on %1</source>
            <translation>最近一次越线：%1</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Platform health (天猫考核): DSR below 4.2, refund-dispute rate above 3% or good-rating rate below 98.5% put the store at risk. Charts show the last 90 days.</source>
            <translation>平台考核（天猫考核）：DSR 低于 4.2、退款纠纷率高于 3% 或好评率低于 98.5% 会使店铺面临风险。图表显示最近 90 天。</translation>
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
        <message>
            <source>“%1”: there is no chart to write.</source>
            <translation>“%1”：没有可写入的图表。</translation>
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
        <message>
            <source>kpi chart needs a kind (trend, decompose, pareto or health), --month 2026-10 (or --from and --to) and --out FILE.png or FILE.pdf.</source>
            <translation>kpi chart 需要图表类型（trend、decompose、pareto 或 health）、--month 2026-10（或 --from 和 --to）以及 --out 文件.png 或 文件.pdf。</translation>
        </message>
        <message>
            <source>kpi decompose needs --from and --to: two months (2026-11, 2026-12), two weeks (2026-W46, 2026-W47) or two dates.</source>
            <translation>kpi decompose 需要 --from 和 --to：两个月份（2026-11、2026-12）、两个周（2026-W46、2026-W47）或两个日期。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiCommands</name>
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
            <source>Paid visitors</source>
            <translation>付费访客数</translation>
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
    </context>
    <context>
        <name>shopdesk::kpi::KpiService</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>%1: %2 paid buyers are more than the %3 visitors.</source>
            <translation>%1：支付买家数 %2 多于访客数 %3。</translation>
        </message>
        <message>
            <source>The daily report has no figures for %1.</source>
            <translation>日报表中没有 %1 的数据。</translation>
        </message>
        <message>
            <source>The form for %1 is empty: saving it would wipe that day's figures (visitors %2, sales %3), so nothing was saved.</source>
            <translation>%1 的表单是空的：保存会清空当天的数据（访客数 %2，销售额 %3），因此未保存。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiUi</name>
        <message>
            <source>poor</source>
            <translation>差</translation>
        </message>
        <message>
            <source>good</source>
            <translation>良好</translation>
        </message>
        <message>
            <source>excellent</source>
            <translation>优秀</translation>
        </message>
        <message>
            <source>Zhitongche (直通车)</source>
            <translation>直通车</translation>
        </message>
        <message>
            <source>Diamond booth (钻展)</source>
            <translation>钻展</translation>
        </message>
        <message>
            <source>Taobaoke (淘宝客)</source>
            <translation>淘宝客</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save &amp;PNG…</source>
            <translation>保存 PNG(&amp;P)…</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>保存 PDF(&amp;D)…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiWorkbench</name>
        <message>
            <source>Daily report</source>
            <translation>日报表</translation>
        </message>
        <message>
            <source>Campaigns (ROI)</source>
            <translation>推广计划（ROI）</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Why sales moved</source>
            <translation>销售额变动原因</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>店铺健康</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Promotion calendar</source>
            <translation>促销日历</translation>
        </message>
        <message>
            <source>&amp;Reload KPIs</source>
            <translation>重新载入数据(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import daily export…</source>
            <translation>导入日报导出文件(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport appraisal sheet…</source>
            <translation>导出月度考核表(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Save the entered day</source>
            <translation>保存填写的当日数据(&amp;S)</translation>
        </message>
        <message>
            <source>Remove the selected &amp;promotion date</source>
            <translation>删除所选促销日期(&amp;P)</translation>
        </message>
        <message>
            <source>Repeat buyers</source>
            <translation>回头客</translation>
        </message>
        <message>
            <source>Profit</source>
            <translation>利润</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Save day</source>
            <translation>保存当日数据</translation>
        </message>
        <message>
            <source>Remove date</source>
            <translation>删除日期</translation>
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
        <name>shopdesk::kpi::ProfitCli</name>
        <message>
            <source>Profit of a month's orders (price paid − cost at the time of sale − freight − platform fee − refunds) by item, category or day, beside the month before, with the stock value at cost.</source>
            <translation>一个月订单的利润（实付 − 售出时成本 − 运费 − 平台费 − 退款），按宝贝、类目或日期，与上月对比，并列出库存金额。</translation>
        </message>
        <message>
            <source>%1: sales %2, refunds %3, cost %4, gross profit %5, freight %6, platform fee %7, profit %8 (profit rate %9; %10: %11).</source>
            <translation>%1：销售额 %2，退款 %3，成本 %4，毛利 %5，运费 %6，平台费 %7，利润 %8（利润率 %9；%10：%11）。</translation>
        </message>
        <message>
            <source>%1 units sold have no cost (no SKU, or a cost of 0): their profit counts their full price.</source>
            <translation>有 %1 件售出商品没有成本（未匹配 SKU 或成本为 0）：其利润按全价计算。</translation>
        </message>
        <message>
            <source>(no SKU)</source>
            <translation>（无 SKU）</translation>
        </message>
        <message>
            <source>%1: sales %2, profit %3 (%4)</source>
            <translation>%1：销售额 %2，利润 %3（%4）</translation>
        </message>
        <message>
            <source>Stock at cost: %1 at the start of the month, %2 at its end (%3).</source>
            <translation>库存金额：月初 %1，月末 %2（%3）。</translation>
        </message>
        <message>
            <source>profit needs --month 2026-11, and --by item, category, day or month; --out names an .xlsx file.</source>
            <translation>profit 需要 --month 2026-11，以及 --by item、category、day 或 month；--out 须为 .xlsx 文件。</translation>
        </message>
        <message>
            <source>The profit table is written to %1.</source>
            <translation>利润表已写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::ProfitReport</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Units sold</source>
            <translation>成交件数</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>运费</translation>
        </message>
        <message>
            <source>Platform fee</source>
            <translation>平台费</translation>
        </message>
        <message>
            <source>Profit</source>
            <translation>利润</translation>
        </message>
        <message>
            <source>Profit rate</source>
            <translation>利润率</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>(lines without a SKU)</source>
            <translation>（未匹配 SKU 的订单行）</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>（无类目）</translation>
        </message>
        <message>
            <source>Profit %1</source>
            <translation>利润 %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::ProfitView</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Units sold</source>
            <translation>成交件数</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>运费</translation>
        </message>
        <message>
            <source>Platform fee</source>
            <translation>平台费</translation>
        </message>
        <message>
            <source>Profit</source>
            <translation>利润</translation>
        </message>
        <message>
            <source>Profit rate</source>
            <translation>利润率</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Pieces at the start</source>
            <translation>月初件数</translation>
        </message>
        <message>
            <source>Stock value at the start</source>
            <translation>月初库存金额</translation>
        </message>
        <message>
            <source>Pieces at the end</source>
            <translation>月末件数</translation>
        </message>
        <message>
            <source>Stock value at the end</source>
            <translation>月末库存金额</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变动</translation>
        </message>
        <message>
            <source>(lines without a SKU)</source>
            <translation>（未匹配 SKU 的订单行）</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>（无类目）</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: sales %2 · refunds %3 · gross profit %4 · profit %5 · profit rate &lt;b&gt;%6&lt;/b&gt; (%7: %8)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;：销售额 %2 · 退款 %3 · 毛利 %4 · 利润 %5 · 利润率 &lt;b&gt;%6&lt;/b&gt;（%7：%8）</translation>
        </message>
        <message>
            <source>Platform fee %1 of what the buyers kept · freight from the courier's bill where it was checked, else the estimate</source>
            <translation>平台费为成交（扣除退款）的 %1 · 运费取已核对的快递账单，否则取估算运费</translation>
        </message>
        <message>
            <source>%1 units sold have no cost (no SKU, or a cost of 0): their profit counts their full price.</source>
            <translation>有 %1 件售出商品没有成本（未匹配 SKU 或成本为 0）：其利润按全价计算。</translation>
        </message>
        <message>
            <source>Stock at cost: %1 at the start of the month, %2 at its end (%3)</source>
            <translation>库存金额：月初 %1，月末 %2（%3）</translation>
        </message>
        <message>
            <source>By %1</source>
            <translation>按%1</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Stock value at cost per category (moving-average cost)</source>
            <translation>各类目库存金额（移动加权平均成本）</translation>
        </message>
        <message>
            <source>The profit table of %1 is written to %2.</source>
            <translation>%1 的利润表已写入 %2。</translation>
        </message>
        <message>
            <source>Export the profit table</source>
            <translation>导出利润表</translation>
        </message>
        <message>
            <source>profit-%1.xlsx</source>
            <translation>利润-%1.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>导出到 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>The table shown, as an .xlsx workbook</source>
            <translation>把显示的表格导出为 .xlsx 工作簿</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::RepeatView</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Buyers</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Repeat buyers (回头客)</source>
            <translation>回头客</translation>
        </message>
        <message>
            <source>Repeat rate (回头率)</source>
            <translation>回头率</translation>
        </message>
        <message>
            <source>On the month before</source>
            <translation>较上月</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 个百分点</translation>
        </message>
        <message>
            <source>Repeat rate (回头率) in %1: %2 (%3 of %4 buyers); %5 the month before.</source>
            <translation>%1 回头率：%2（%4 位买家中 %3 位回头）；上月 %5。</translation>
        </message>
        <message>
            <source>A repeat buyer (回头客) paid in the month and had paid at least two orders by its end; 回头率 = repeat buyers / buyers who paid in the month.</source>
            <translation>回头客：当月付款、且到月底累计至少付款两笔订单的买家；回头率 = 回头客数 / 当月付款买家数。</translation>
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
        <name>shopdesk::kpi::TargetsView</name>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Sales target</source>
            <translation>销售目标</translation>
        </message>
        <message>
            <source>Paid buyers needed</source>
            <translation>所需支付买家数</translation>
        </message>
        <message>
            <source>Visitors needed</source>
            <translation>所需访客数</translation>
        </message>
        <message>
            <source>UV per day</source>
            <translation>日均访客数</translation>
        </message>
        <message>
            <source>PV per day</source>
            <translation>日均浏览量</translation>
        </message>
        <message>
            <source>Sales so far</source>
            <translation>已完成销售额</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>第%1季度</translation>
        </message>
        <message>
            <source> (spread)</source>
            <translation>（分摊）</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>类目 %1</translation>
        </message>
        <message>
            <source>Progress to %1: sales %2 against %3 due by that day (%4%); the year's target is %5.</source>
            <translation>截至 %1 的进度：销售额 %2，当日应完成 %3（%4%）；全年目标为 %5。</translation>
        </message>
        <message>
            <source>The year's target is %1.</source>
            <translation>全年目标为 %1。</translation>
        </message>
        <message>
            <source>No sales target is set for %1 yet.</source>
            <translation>%1 年尚未设置销售目标。</translation>
        </message>
        <message>
            <source>Category target for %1: %2</source>
            <translation>类目 %1 的目标：%2</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>年份(&amp;Y)</translation>
        </message>
        <message>
            <source>Year's sales target</source>
            <translation>全年销售目标</translation>
        </message>
        <message>
            <source>Q1 (empty: spread)</source>
            <translation>第1季度（留空则分摊）</translation>
        </message>
        <message>
            <source>Q2 (empty: spread)</source>
            <translation>第2季度（留空则分摊）</translation>
        </message>
        <message>
            <source>Q3 (empty: spread)</source>
            <translation>第3季度（留空则分摊）</translation>
        </message>
        <message>
            <source>Q4 (empty: spread)</source>
            <translation>第4季度（留空则分摊）</translation>
        </message>
        <message>
            <source>Planned conversion</source>
            <translation>计划转化率</translation>
        </message>
        <message>
            <source>Planned AOV</source>
            <translation>计划客单价</translation>
        </message>
        <message>
            <source>Planned visit depth</source>
            <translation>计划访问深度</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Category target (¥)</source>
            <translation>类目目标（¥）</translation>
        </message>
        <message>
            <source>Add &amp;category</source>
            <translation>添加类目(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Save targets</source>
            <translation>保存目标(&amp;S)</translation>
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
    <context>
        <name>shopdesk::kpi::WhyView</name>
        <message>
            <source>Factor</source>
            <translation>因素</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>前期</translation>
        </message>
        <message>
            <source>After</source>
            <translation>本期</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>贡献</translation>
        </message>
        <message>
            <source>Share of the change</source>
            <translation>占变动比例</translation>
        </message>
        <message>
            <source>Not explained (residual)</source>
            <translation>未解释部分（残差）</translation>
        </message>
        <message>
            <source>Change in sales</source>
            <translation>销售额变动</translation>
        </message>
        <message>
            <source>Day on day</source>
            <translation>日环比</translation>
        </message>
        <message>
            <source>Week on week</source>
            <translation>周环比</translation>
        </message>
        <message>
            <source>Month on month</source>
            <translation>月环比</translation>
        </message>
        <message>
            <source>&amp;ending</source>
            <translation>截至(&amp;E)</translation>
        </message>
        <message>
            <source>Repeat rate (回头率)</source>
            <translation>回头率</translation>
        </message>
        <message>
            <source>Repeat rate (回头率) %1 → %2 (%3 of %4 buyers came back), shown beside the three factors.</source>
            <translation>回头率 %1 → %2（%4 位买家中 %3 位回头），与三个因素并列显示。</translation>
        </message>
    </context>
</TS>
