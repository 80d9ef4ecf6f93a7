<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>PeriodReport</name>
        <message>
            <source>Appraisal %1</source>
            <translation>Appraisal %1</translation>
        </message>
        <message>
            <source>“%1”: the appraisal sheet is written as .xlsx, .csv or .pdf.</source>
            <translation>“%1”: the appraisal sheet is written as .xlsx, .csv or .pdf.</translation>
        </message>
        <message>
            <source>Monthly appraisal sheet %1</source>
            <translation>Monthly appraisal sheet %1</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::Decomposition</name>
        <message>
            <source>Visitors</source>
            <translation>Visitors</translation>
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
            <source>%1 drove the change: sales moved by %2, of which %1 contributed %3. Not explained by visitors × conversion × AOV: %4.</source>
            <translation>%1 drove the change: sales moved by %2, of which %1 contributed %3. Not explained by visitors × conversion × AOV: %4.</translation>
        </message>
        <message>
            <source>%1 pulled sales down most: sales moved by %2, of which %1 contributed %3. Not explained by visitors × conversion × AOV: %4.</source>
            <translation>%1 pulled sales down most: sales moved by %2, of which %1 contributed %3. Not explained by visitors × conversion × AOV: %4.</translation>
        </message>
        <message>
            <source>Visitors, conversion and AOV must all be above zero in both periods to split the change; the whole change is shown as not explained.</source>
            <translation>Visitors, conversion and AOV must all be above zero in both periods to split the change; the whole change is shown as not explained.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::Factory</name>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
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
            <translation>Refund-dispute rate</translation>
        </message>
        <message>
            <source>Good-rating rate</source>
            <translation>Good-rating rate</translation>
        </message>
        <message>
            <source>red below %1</source>
            <translation>red below %1</translation>
        </message>
        <message>
            <source>red above %1%</source>
            <translation>red above %1%</translation>
        </message>
        <message>
            <source>red below %1%</source>
            <translation>red below %1%</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiCharts</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Trend: %1, %2</source>
            <translation>Trend: %1, %2</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>By day</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>7-day average</translation>
        </message>
        <message>
            <source>Same day last week</source>
            <translation>Same day last week</translation>
        </message>
        <message>
            <source>Same day last month</source>
            <translation>Same day last month</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Why sales moved: %1 → %2, change %3</source>
            <translation>Why sales moved: %1 → %2, change %3</translation>
        </message>
        <message>
            <source>Not explained</source>
            <translation>Not explained</translation>
        </message>
        <message>
            <source>Contribution (¥)</source>
            <translation>Contribution (¥)</translation>
        </message>
        <message>
            <source>%1; driver: %2 (%3)</source>
            <translation>%1; driver: %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>Pareto of items: %n item(s) make 80% of sales</source>
            <translation>
                <numerusform>Pareto of items: %n item makes 80% of sales</numerusform>
                <numerusform>Pareto of items: %n items make 80% of sales</numerusform>
            </translation>
        </message>
        <message>
            <source>Items making 80% of sales</source>
            <translation>Items making 80% of sales</translation>
        </message>
        <message>
            <source>Other items</source>
            <translation>Other items</translation>
        </message>
        <message>
            <source>Cumulative share (%)</source>
            <translation>Cumulative share (%)</translation>
        </message>
        <message>
            <source>80%</source>
            <translation>80%</translation>
        </message>
        <message>
            <source>Sales (¥)</source>
            <translation>Sales (¥)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Red days</source>
            <translation>Red days</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Red line</translation>
        </message>
        <message>
            <source>“%1”: charts are written as .png or .pdf.</source>
            <translation>“%1”: charts are written as .png or .pdf.</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiCli</name>
        <message>
            <source>kpi import needs exactly one file: kpi import FILE.csv</source>
            <translation>kpi import needs exactly one file: kpi import FILE.csv</translation>
        </message>
        <message>
            <source>Imported %1 days from %2 (%3): %4 new, %5 replaced.</source>
            <translation>Imported %1 days from %2 (%3): %4 new, %5 replaced.</translation>
        </message>
        <message>
            <source>kpi report needs --month 2026-10, or --from and --to dates.</source>
            <translation>kpi report needs --month 2026-10, or --from and --to dates.</translation>
        </message>
        <message>
            <source>%1 red since %2</source>
            <translation>%1 red since %2</translation>
        </message>
        <message>
            <source>%1: %2 days, PV %3, UV %4, sales %5, units %6, conversion %7%, AOV %8, visit depth %9.</source>
            <translation>%1: %2 days, PV %3, UV %4, sales %5, units %6, conversion %7%, AOV %8, visit depth %9.</translation>
        </message>
        <message>
            <source>Appraisal sheet written to %1.</source>
            <translation>Appraisal sheet written to %1.</translation>
        </message>
        <message>
            <source>kpi decompose needs --from and --to: two months (2026-11, 2026-12) or two dates.</source>
            <translation>kpi decompose needs --from and --to: two months (2026-11, 2026-12) or two dates.</translation>
        </message>
        <message>
            <source>kpi chart needs a kind (trend, decompose or pareto), --month 2026-10 (or --from and --to) and --out FILE.png or FILE.pdf.</source>
            <translation>kpi chart needs a kind (trend, decompose or pareto), --month 2026-10 (or --from and --to) and --out FILE.png or FILE.pdf.</translation>
        </message>
        <message>
            <source>Charts need the graphical libraries; this program was started without them.</source>
            <translation>Charts need the graphical libraries; this program was started without them.</translation>
        </message>
        <message>
            <source>--metric is one of pv, uv, sales, conversion, aov.</source>
            <translation>--metric is one of pv, uv, sales, conversion, aov.</translation>
        </message>
        <message>
            <source>Chart written to %1.</source>
            <translation>Chart written to %1.</translation>
        </message>
        <message>
            <source>kpi needs one of: import, report, decompose, chart.</source>
            <translation>kpi needs one of: import, report, decompose, chart.</translation>
        </message>
        <message>
            <source>KPIs: import the platform's daily export, the month report and appraisal sheet, why sales moved between two periods, charts as PNG or PDF.</source>
            <translation>KPIs: import the platform's daily export, the month report and appraisal sheet, why sales moved between two periods, charts as PNG or PDF.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiImport</name>
        <message>
            <source>“%1” is not a date like 2026-10-01.</source>
            <translation>“%1” is not a date like 2026-10-01.</translation>
        </message>
        <message>
            <source>%1 appears twice in the file.</source>
            <translation>%1 appears twice in the file.</translation>
        </message>
        <message>
            <source>is empty.</source>
            <translation>is empty.</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of zero or more.</source>
            <translation>“%1” is not a whole number of zero or more.</translation>
        </message>
        <message>
            <source>“%1” is not a rate like 45.2% or 0.452.</source>
            <translation>“%1” is not a rate like 45.2% or 0.452.</translation>
        </message>
        <message>
            <source>“%1” is not a DSR score from 0 to 5.</source>
            <translation>“%1” is not a DSR score from 0 to 5.</translation>
        </message>
        <message>
            <source>“%1” is not an amount like 1234.50.</source>
            <translation>“%1” is not an amount like 1234.50.</translation>
        </message>
        <message>
            <source>%1 paid buyers are more than the %2 visitors.</source>
            <translation>%1 paid buyers are more than the %2 visitors.</translation>
        </message>
        <message>
            <source>%1 holds no daily rows.</source>
            <translation>%1 holds no daily rows.</translation>
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
        <message>
            <source>A campaign row needs a date and a campaign name.</source>
            <translation>A campaign row needs a date and a campaign name.</translation>
        </message>
        <message>
            <source>The campaign %1 on %2 has a negative figure.</source>
            <translation>The campaign %1 on %2 has a negative figure.</translation>
        </message>
        <message>
            <source>A target needs a year and a quarter from 1 to 4 (0 for the whole year).</source>
            <translation>A target needs a year and a quarter from 1 to 4 (0 for the whole year).</translation>
        </message>
        <message>
            <source>A target cannot be negative.</source>
            <translation>A target cannot be negative.</translation>
        </message>
        <message>
            <source>A promotion needs a date and a name.</source>
            <translation>A promotion needs a date and a name.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::PeriodReport</name>
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
            <source>Paid traffic share</source>
            <translation>Paid traffic share</translation>
        </message>
        <message>
            <source>DSR</source>
            <translation>DSR</translation>
        </message>
        <message>
            <source>Bounce rate</source>
            <translation>Bounce rate</translation>
        </message>
        <message>
            <source>Refund-dispute rate</source>
            <translation>Refund-dispute rate</translation>
        </message>
        <message>
            <source>Good-rating rate</source>
            <translation>Good-rating rate</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Daily average</source>
            <translation>Daily average</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::Promotion</name>
        <message>
            <source>New Year's Day</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>Valentine's Day</source>
            <translation>Valentine's Day</translation>
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
            <translation>Double 11</translation>
        </message>
        <message>
            <source>Double 12</source>
            <translation>Double 12</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::TargetPlan</name>
        <message>
            <source>Set the year and a sales target above zero.</source>
            <translation>Set the year and a sales target above zero.</translation>
        </message>
        <message>
            <source>The plan needs a conversion rate and an average order value above zero.</source>
            <translation>The plan needs a conversion rate and an average order value above zero.</translation>
        </message>
        <message>
            <source>The quarter targets add up to %1, more than the year's %2.</source>
            <translation>The quarter targets add up to %1, more than the year's %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::Trend</name>
        <message>
            <source>Page views (PV)</source>
            <translation>Page views (PV)</translation>
        </message>
        <message>
            <source>Visitors (UV)</source>
            <translation>Visitors (UV)</translation>
        </message>
        <message>
            <source>Sales (¥)</source>
            <translation>Sales (¥)</translation>
        </message>
        <message>
            <source>Conversion rate (%)</source>
            <translation>Conversion rate (%)</translation>
        </message>
        <message>
            <source>Average order value (¥)</source>
            <translation>Average order value (¥)</translation>
        </message>
    </context>
</TS>
