<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Text</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Campaign %1 on %2</source>
            <translation>Campaign %1 on %2</translation>
        </message>
        <message>
            <source>Sales targets for %1</source>
            <translation>Sales targets for %1</translation>
        </message>
        <message>
            <source>Sales target for %1</source>
            <translation>Sales target for %1</translation>
        </message>
        <message>
            <source>Sales target for Q%1 %2</source>
            <translation>Sales target for Q%1 %2</translation>
        </message>
        <message>
            <source>Promotion %1 on %2</source>
            <translation>Promotion %1 on %2</translation>
        </message>
        <message>
            <source>Remove promotion %1 on %2</source>
            <translation>Remove promotion %1 on %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::CalendarView</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Decide restocking by</source>
            <translation>Decide restocking by</translation>
        </message>
        <message>
            <source>Days to go</source>
            <translation>Days to go</translation>
        </message>
        <message>
            <source>%1 (store)</source>
            <translation>%1 (store)</translation>
        </message>
        <message>
            <source>Give the promotion a name.</source>
            <translation>Give the promotion a name.</translation>
        </message>
        <message>
            <source>Select one of the store's own dates to remove; the platforms' dates stay.</source>
            <translation>Select one of the store's own dates to remove; the platforms' dates stay.</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>The store's own date, e.g. 店庆</source>
            <translation>The store's own date, e.g. the store's anniversary</translation>
        </message>
        <message>
            <source>Add &amp;date</source>
            <translation>Add &amp;date</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>&amp;Remove selected</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::CampaignsView</name>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Ad spend</source>
            <translation>Ad spend</translation>
        </message>
        <message>
            <source>Paid visitors</source>
            <translation>Paid visitors</translation>
        </message>
        <message>
            <source>Attributed sales</source>
            <translation>Attributed sales</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <source>Cost per visitor</source>
            <translation>Cost per visitor</translation>
        </message>
        <message>
            <source>Traffic value</source>
            <translation>Traffic value</translation>
        </message>
        <message>
            <source>Period (as in the daily report): %1</source>
            <translation>Period (as in the daily report): %1</translation>
        </message>
        <message>
            <source>Give the campaign a name.</source>
            <translation>Give the campaign a name.</translation>
        </message>
        <message>
            <source>Campaign name</source>
            <translation>Campaign name</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::ChartsView</name>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Pareto of items (80/20)</source>
            <translation>Pareto of items (80/20)</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation>C&amp;hart:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Last &amp;week</source>
            <translation>Last &amp;week</translation>
        </message>
        <message>
            <source>Last mo&amp;nth</source>
            <translation>Last mo&amp;nth</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::DailyView</name>
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
            <source>Depth band</source>
            <translation>Depth band</translation>
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
            <source>Sales from orders</source>
            <translation>Sales from orders</translation>
        </message>
        <message>
            <source>Difference from orders</source>
            <translation>Difference from orders</translation>
        </message>
        <message>
            <source>Units from orders</source>
            <translation>Units from orders</translation>
        </message>
        <message>
            <source>Paid buyers from orders</source>
            <translation>Paid buyers from orders</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>every day</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 days · PV %3 · UV %4 · sales %5 · units %6 · paid buyers %7 · conversion %8% · AOV %9</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: %2 days · PV %3 · UV %4 · sales %5 · units %6 · paid buyers %7 · conversion %8% · AOV %9</translation>
        </message>
        <message>
            <source>Visit depth %1 (%2) · traffic value %3 per visitor at %4% margin: the most a paid click may cost</source>
            <translation>Visit depth %1 (%2) · traffic value %3 per visitor at %4% margin: the most a paid click may cost</translation>
        </message>
        <message>
            <source>above the guide</source>
            <translation>above the guide</translation>
        </message>
        <message>
            <source>below the guide</source>
            <translation>below the guide</translation>
        </message>
        <message>
            <source>near the guide</source>
            <translation>near the guide</translation>
        </message>
        <message>
            <source>Paid traffic %1% of visitors; a store of %2 visitors a day usually buys about %3%: %4</source>
            <translation>Paid traffic %1% of visitors; a store of %2 visitors a day usually buys about %3%: %4</translation>
        </message>
        <message numerus="yes">
            <source>From the shop's orders: sales %1, units %2 — %n day(s) differ from the imported figures.</source>
            <translation>
                <numerusform>From the shop's orders: sales %1, units %2 — %n day differ from the imported figures.</numerusform>
                <numerusform>From the shop's orders: sales %1, units %2 — %n days differ from the imported figures.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import the platform's daily export</source>
            <translation>Import the platform's daily export</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>Import %n day(s) from %1</source>
            <translation>
                <numerusform>Import %n day from %1</numerusform>
                <numerusform>Import %n days from %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Daily report of %1</source>
            <translation>Daily report of %1</translation>
        </message>
        <message>
            <source>Export the monthly appraisal sheet</source>
            <translation>Export the monthly appraisal sheet</translation>
        </message>
        <message>
            <source>appraisal-%1.xlsx</source>
            <translation>appraisal-%1.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Month:</translation>
        </message>
        <message>
            <source>&amp;Import daily export…</source>
            <translation>&amp;Import daily export…</translation>
        </message>
        <message>
            <source>E&amp;xport appraisal sheet…</source>
            <translation>E&amp;xport appraisal sheet…</translation>
        </message>
        <message>
            <source>Visit depth %1 (%2) · traffic value %3 per visitor at the measured margin of %4%: the most a paid click may cost</source>
            <translation>Visit depth %1 (%2) · traffic value %3 per visitor at the measured margin of %4%: the most a paid click may cost</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n day(s) from %1.</source>
            <translation>
                <numerusform>Imported %n day from %1.</numerusform>
                <numerusform>Imported %n days from %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The figures of %1 as stored: Save writes your corrections (undoable).</source>
            <translation>The figures of %1 as stored: Save writes your corrections (undoable).</translation>
        </message>
        <message>
            <source>%1 already has figures in the daily report: they are loaded here, and Save replaces them.</source>
            <translation>%1 already has figures in the daily report: they are loaded here, and Save replaces them.</translation>
        </message>
        <message>
            <source>%1 has no figures yet.</source>
            <translation>%1 has no figures yet.</translation>
        </message>
        <message>
            <source>Replace the day's figures</source>
            <translation>Replace the day's figures</translation>
        </message>
        <message>
            <source>%1 already has figures (visitors %2, sales %3). Replace them with the form's (visitors %4, sales %5)? Changed: %6.</source>
            <translation>%1 already has figures (visitors %2, sales %3). Replace them with the form's (visitors %4, sales %5)? Changed: %6.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Nothing was saved: %1 keeps its figures.</source>
            <translation>Nothing was saved: %1 keeps its figures.</translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 saved.</translation>
        </message>
        <message>
            <source>Appraisal sheet of %1 exported to %2.</source>
            <translation>Appraisal sheet of %1 exported to %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::DayForm</name>
        <message>
            <source>Enter a day</source>
            <translation>Enter a day</translation>
        </message>
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
            <source>Paid visitors</source>
            <translation>Paid visitors</translation>
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
            <source>&amp;Save day</source>
            <translation>&amp;Save day</translation>
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
        <name>shopdesk::kpi::HealthView</name>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>Red since %1</source>
            <translation>Red since %1</translation>
        </message>
        <message>
            <source>Last on the wrong side on %1</source>
            <translation>Last on the wrong side on %1</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Green</translation>
        </message>
        <message>
            <source>Platform health (天猫考核): DSR below 4.2, refund-dispute rate above 3% or good-rating rate below 98.5% put the store at risk. Charts show the last 90 days.</source>
            <translation>Platform health: DSR below 4.2, refund-dispute rate above 3% or good-rating rate below 98.5% put the store at risk. Charts show the last 90 days.</translation>
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
        <message>
            <source>“%1”: there is no chart to write.</source>
            <translation>“%1”: there is no chart to write.</translation>
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
        <message>
            <source>kpi chart needs a kind (trend, decompose, pareto or health), --month 2026-10 (or --from and --to) and --out FILE.png or FILE.pdf.</source>
            <translation>kpi chart needs a kind (trend, decompose, pareto or health), --month 2026-10 (or --from and --to) and --out FILE.png or FILE.pdf.</translation>
        </message>
        <message>
            <source>kpi decompose needs --from and --to: two months (2026-11, 2026-12), two weeks (2026-W46, 2026-W47) or two dates.</source>
            <translation>kpi decompose needs --from and --to: two months (2026-11, 2026-12), two weeks (2026-W46, 2026-W47) or two dates.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiCommands</name>
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
            <source>Paid visitors</source>
            <translation>Paid visitors</translation>
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
    </context>
    <context>
        <name>shopdesk::kpi::KpiService</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>%1: %2 paid buyers are more than the %3 visitors.</source>
            <translation>%1: %2 paid buyers are more than the %3 visitors.</translation>
        </message>
        <message>
            <source>The daily report has no figures for %1.</source>
            <translation>The daily report has no figures for %1.</translation>
        </message>
        <message>
            <source>The form for %1 is empty: saving it would wipe that day's figures (visitors %2, sales %3), so nothing was saved.</source>
            <translation>The form for %1 is empty: saving it would wipe that day's figures (visitors %2, sales %3), so nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiUi</name>
        <message>
            <source>poor</source>
            <translation>poor</translation>
        </message>
        <message>
            <source>good</source>
            <translation>good</translation>
        </message>
        <message>
            <source>excellent</source>
            <translation>excellent</translation>
        </message>
        <message>
            <source>Zhitongche (直通车)</source>
            <translation>Zhitongche</translation>
        </message>
        <message>
            <source>Diamond booth (钻展)</source>
            <translation>Diamond booth</translation>
        </message>
        <message>
            <source>Taobaoke (淘宝客)</source>
            <translation>Taobaoke</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Save the chart</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save &amp;PNG…</source>
            <translation>Save &amp;PNG…</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Save P&amp;DF…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::KpiWorkbench</name>
        <message>
            <source>Daily report</source>
            <translation>Daily report</translation>
        </message>
        <message>
            <source>Campaigns (ROI)</source>
            <translation>Campaigns (ROI)</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Why sales moved</source>
            <translation>Why sales moved</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Promotion calendar</source>
            <translation>Promotion calendar</translation>
        </message>
        <message>
            <source>&amp;Reload KPIs</source>
            <translation>&amp;Reload KPIs</translation>
        </message>
        <message>
            <source>&amp;Import daily export…</source>
            <translation>&amp;Import daily export…</translation>
        </message>
        <message>
            <source>E&amp;xport appraisal sheet…</source>
            <translation>E&amp;xport appraisal sheet…</translation>
        </message>
        <message>
            <source>&amp;Save the entered day</source>
            <translation>&amp;Save the entered day</translation>
        </message>
        <message>
            <source>Remove the selected &amp;promotion date</source>
            <translation>Remove the selected &amp;promotion date</translation>
        </message>
        <message>
            <source>Repeat buyers</source>
            <translation>Repeat buyers</translation>
        </message>
        <message>
            <source>Profit</source>
            <translation>Profit</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Save day</source>
            <translation>Save day</translation>
        </message>
        <message>
            <source>Remove date</source>
            <translation>Remove date</translation>
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
        <name>shopdesk::kpi::ProfitCli</name>
        <message>
            <source>Profit of a month's orders (price paid − cost at the time of sale − freight − platform fee − refunds) by item, category or day, beside the month before, with the stock value at cost.</source>
            <translation>Profit of a month's orders (price paid − cost at the time of sale − freight − platform fee − refunds) by item, category or day, beside the month before, with the stock value at cost.</translation>
        </message>
        <message>
            <source>%1: sales %2, refunds %3, cost %4, gross profit %5, freight %6, platform fee %7, profit %8 (profit rate %9; %10: %11).</source>
            <translation>%1: sales %2, refunds %3, cost %4, gross profit %5, freight %6, platform fee %7, profit %8 (profit rate %9; %10: %11).</translation>
        </message>
        <message>
            <source>%1 units sold have no cost (no SKU, or a cost of 0): their profit counts their full price.</source>
            <translation>%1 units sold have no cost (no SKU, or a cost of 0): their profit counts their full price.</translation>
        </message>
        <message>
            <source>(no SKU)</source>
            <translation>(no SKU)</translation>
        </message>
        <message>
            <source>%1: sales %2, profit %3 (%4)</source>
            <translation>%1: sales %2, profit %3 (%4)</translation>
        </message>
        <message>
            <source>Stock at cost: %1 at the start of the month, %2 at its end (%3).</source>
            <translation>Stock at cost: %1 at the start of the month, %2 at its end (%3).</translation>
        </message>
        <message>
            <source>profit needs --month 2026-11, and --by item, category, day or month; --out names an .xlsx file.</source>
            <translation>profit needs --month 2026-11, and --by item, category, day or month; --out names an .xlsx file.</translation>
        </message>
        <message>
            <source>The profit table is written to %1.</source>
            <translation>The profit table is written to %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::ProfitReport</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Units sold</source>
            <translation>Units sold</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>Gross profit</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>Freight</translation>
        </message>
        <message>
            <source>Platform fee</source>
            <translation>Platform fee</translation>
        </message>
        <message>
            <source>Profit</source>
            <translation>Profit</translation>
        </message>
        <message>
            <source>Profit rate</source>
            <translation>Profit rate</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>(lines without a SKU)</source>
            <translation>(lines without a SKU)</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(no category)</translation>
        </message>
        <message>
            <source>Profit %1</source>
            <translation>Profit %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::ProfitView</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Units sold</source>
            <translation>Units sold</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>Gross profit</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>Freight</translation>
        </message>
        <message>
            <source>Platform fee</source>
            <translation>Platform fee</translation>
        </message>
        <message>
            <source>Profit</source>
            <translation>Profit</translation>
        </message>
        <message>
            <source>Profit rate</source>
            <translation>Profit rate</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Pieces at the start</source>
            <translation>Pieces at the start</translation>
        </message>
        <message>
            <source>Stock value at the start</source>
            <translation>Stock value at the start</translation>
        </message>
        <message>
            <source>Pieces at the end</source>
            <translation>Pieces at the end</translation>
        </message>
        <message>
            <source>Stock value at the end</source>
            <translation>Stock value at the end</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>(lines without a SKU)</source>
            <translation>(lines without a SKU)</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(no category)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: sales %2 · refunds %3 · gross profit %4 · profit %5 · profit rate &lt;b&gt;%6&lt;/b&gt; (%7: %8)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: sales %2 · refunds %3 · gross profit %4 · profit %5 · profit rate &lt;b&gt;%6&lt;/b&gt; (%7: %8)</translation>
        </message>
        <message>
            <source>Platform fee %1 of what the buyers kept · freight from the courier's bill where it was checked, else the estimate</source>
            <translation>Platform fee %1 of what the buyers kept · freight from the courier's bill where it was checked, else the estimate</translation>
        </message>
        <message>
            <source>%1 units sold have no cost (no SKU, or a cost of 0): their profit counts their full price.</source>
            <translation>%1 units sold have no cost (no SKU, or a cost of 0): their profit counts their full price.</translation>
        </message>
        <message>
            <source>Stock at cost: %1 at the start of the month, %2 at its end (%3)</source>
            <translation>Stock at cost: %1 at the start of the month, %2 at its end (%3)</translation>
        </message>
        <message>
            <source>By %1</source>
            <translation>By %1</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Stock value at cost per category (moving-average cost)</source>
            <translation>Stock value at cost per category (moving-average cost)</translation>
        </message>
        <message>
            <source>The profit table of %1 is written to %2.</source>
            <translation>The profit table of %1 is written to %2.</translation>
        </message>
        <message>
            <source>Export the profit table</source>
            <translation>Export the profit table</translation>
        </message>
        <message>
            <source>profit-%1.xlsx</source>
            <translation>profit-%1.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Export to Excel…</translation>
        </message>
        <message>
            <source>The table shown, as an .xlsx workbook</source>
            <translation>The table shown, as an .xlsx workbook</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::kpi::RepeatView</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Buyers</source>
            <translation>Buyers</translation>
        </message>
        <message>
            <source>Repeat buyers (回头客)</source>
            <translation>Repeat buyers</translation>
        </message>
        <message>
            <source>Repeat rate (回头率)</source>
            <translation>Repeat rate</translation>
        </message>
        <message>
            <source>On the month before</source>
            <translation>On the month before</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 points</translation>
        </message>
        <message>
            <source>Repeat rate (回头率) in %1: %2 (%3 of %4 buyers); %5 the month before.</source>
            <translation>Repeat rate in %1: %2 (%3 of %4 buyers); %5 the month before.</translation>
        </message>
        <message>
            <source>A repeat buyer (回头客) paid in the month and had paid at least two orders by its end; 回头率 = repeat buyers / buyers who paid in the month.</source>
            <translation>A repeat buyer paid in the month and had paid at least two orders by its end; repeat rate = repeat buyers / buyers who paid in the month.</translation>
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
        <name>shopdesk::kpi::TargetsView</name>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Sales target</source>
            <translation>Sales target</translation>
        </message>
        <message>
            <source>Paid buyers needed</source>
            <translation>Paid buyers needed</translation>
        </message>
        <message>
            <source>Visitors needed</source>
            <translation>Visitors needed</translation>
        </message>
        <message>
            <source>UV per day</source>
            <translation>UV per day</translation>
        </message>
        <message>
            <source>PV per day</source>
            <translation>PV per day</translation>
        </message>
        <message>
            <source>Sales so far</source>
            <translation>Sales so far</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>Q%1</translation>
        </message>
        <message>
            <source> (spread)</source>
            <translation> (spread)</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>Category %1</translation>
        </message>
        <message>
            <source>Progress to %1: sales %2 against %3 due by that day (%4%); the year's target is %5.</source>
            <translation>Progress to %1: sales %2 against %3 due by that day (%4%); the year's target is %5.</translation>
        </message>
        <message>
            <source>The year's target is %1.</source>
            <translation>The year's target is %1.</translation>
        </message>
        <message>
            <source>No sales target is set for %1 yet.</source>
            <translation>No sales target is set for %1 yet.</translation>
        </message>
        <message>
            <source>Category target for %1: %2</source>
            <translation>Category target for %1: %2</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>Year's sales target</source>
            <translation>Year's sales target</translation>
        </message>
        <message>
            <source>Q1 (empty: spread)</source>
            <translation>Q1 (empty: spread)</translation>
        </message>
        <message>
            <source>Q2 (empty: spread)</source>
            <translation>Q2 (empty: spread)</translation>
        </message>
        <message>
            <source>Q3 (empty: spread)</source>
            <translation>Q3 (empty: spread)</translation>
        </message>
        <message>
            <source>Q4 (empty: spread)</source>
            <translation>Q4 (empty: spread)</translation>
        </message>
        <message>
            <source>Planned conversion</source>
            <translation>Planned conversion</translation>
        </message>
        <message>
            <source>Planned AOV</source>
            <translation>Planned AOV</translation>
        </message>
        <message>
            <source>Planned visit depth</source>
            <translation>Planned visit depth</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Category target (¥)</source>
            <translation>Category target (¥)</translation>
        </message>
        <message>
            <source>Add &amp;category</source>
            <translation>Add &amp;category</translation>
        </message>
        <message>
            <source>&amp;Save targets</source>
            <translation>&amp;Save targets</translation>
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
    <context>
        <name>shopdesk::kpi::WhyView</name>
        <message>
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Contribution</source>
            <translation>Contribution</translation>
        </message>
        <message>
            <source>Share of the change</source>
            <translation>Share of the change</translation>
        </message>
        <message>
            <source>Not explained (residual)</source>
            <translation>Not explained (residual)</translation>
        </message>
        <message>
            <source>Change in sales</source>
            <translation>Change in sales</translation>
        </message>
        <message>
            <source>Day on day</source>
            <translation>Day on day</translation>
        </message>
        <message>
            <source>Week on week</source>
            <translation>Week on week</translation>
        </message>
        <message>
            <source>Month on month</source>
            <translation>Month on month</translation>
        </message>
        <message>
            <source>&amp;ending</source>
            <translation>&amp;ending</translation>
        </message>
        <message>
            <source>Repeat rate (回头率)</source>
            <translation>Repeat rate</translation>
        </message>
        <message>
            <source>Repeat rate (回头率) %1 → %2 (%3 of %4 buyers came back), shown beside the three factors.</source>
            <translation>Repeat rate %1 → %2 (%3 of %4 buyers came back), shown beside the three factors.</translation>
        </message>
    </context>
</TS>
