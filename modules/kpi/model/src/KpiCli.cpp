// shopdesk-cli kpi …: the KPI workbench from the command line.
//   kpi import FILE.csv
//   kpi report --month 2026-10 [--out SHEET.xlsx|csv|pdf]     (or --from DATE --to DATE)
//   kpi decompose --from 2026-11 --to 2026-12                 (two months, two ISO weeks 2026-W46, or two dates)
//   kpi chart trend|decompose|pareto|health --month 2026-10 --out FILE.png|FILE.pdf [--metric sales]

#include "KpiCli.h"

#include "ProfitCli.h"
#include "shopdesk/kpi/KpiChartRequest.h"
#include "shopdesk/kpi/KpiCommands.h"
#include "shopdesk/kpi/KpiImport.h"
#include "shopdesk/kpi/KpiReport.h"
#include "shopdesk/kpi/KpiService.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/Records.h>

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace shopdesk::kpi {

using core::CliInvocation;
using core::CliOutcome;

namespace {
double yuan(core::Money m) { return double(m.fen()) / 100.0; }

/// --name value pairs after the sub-word; anything else is a positional word.
struct Args {
    QMap<QString, QString> options;
    QStringList words;
    QString bad;
};

Args parseArgs(const QStringList &in, const QStringList &known)
{
    Args a;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QString &w = in.at(i);
        if (w.startsWith(QLatin1String("--"))) {
            const QString name = w.mid(2);
            if (!known.contains(name) || i + 1 >= in.size()) {
                a.bad = w;
                return a;
            }
            a.options.insert(name, in.at(++i));
        } else {
            a.words << w;
        }
    }
    return a;
}

/// A period from "2026-10" (a month), "2026-W46" (an ISO week, Monday to Sunday) or "2026-10-05" (a day).
bool parsePeriod(const QString &text, QDate *from, QDate *to)
{
    if (parseMonth(text, from, to))
        return true;
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-[Ww](\\d{1,2})$"));
    if (const auto m = week.match(text.trimmed()); m.hasMatch()) {
        const int year = m.captured(1).toInt(), number = m.captured(2).toInt();
        // ISO week 1 holds 4 January; weeks start on Monday.
        const QDate jan4(year, 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (number - 1));
        int isoYear = 0;
        if (number < 1 || number > 53 || monday.weekNumber(&isoYear) != number || isoYear != year)
            return false;
        *from = monday;
        *to = monday.addDays(6);
        return true;
    }
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return false;
    *from = *to = d;
    return true;
}

/// The span of --month, or --from/--to dates.
bool parseSpan(const Args &a, QDate *from, QDate *to, QString *label)
{
    if (a.options.contains(QStringLiteral("month"))) {
        *label = a.options.value(QStringLiteral("month"));
        return parseMonth(*label, from, to);
    }
    if (a.options.contains(QStringLiteral("from")) && a.options.contains(QStringLiteral("to"))) {
        QDate f1, t1, f2, t2;
        if (!parsePeriod(a.options.value(QStringLiteral("from")), &f1, &t1)
            || !parsePeriod(a.options.value(QStringLiteral("to")), &f2, &t2) || t2 < f1)
            return false;
        *from = f1;
        *to = t2;
        *label = QStringLiteral("%1 – %2").arg(core::toDbDate(f1), core::toDbDate(t2));
        return true;
    }
    return false;
}

QJsonObject decompositionJson(const Decomposition &d)
{
    QJsonObject o;
    auto period = [](const PeriodFigures &p) {
        return QJsonObject { { QStringLiteral("label"), p.label }, { QStringLiteral("sales"), yuan(p.sales) },
            { QStringLiteral("visitors"), p.visitors }, { QStringLiteral("conversion"), p.conversion },
            { QStringLiteral("aov"), p.aov } };
    };
    static const char *codes[] = { "visitors", "conversion", "aov" };
    o.insert(QStringLiteral("valid"), d.valid);
    o.insert(QStringLiteral("before"), period(d.before));
    o.insert(QStringLiteral("after"), period(d.after));
    o.insert(QStringLiteral("change"), double(d.changeFen) / 100.0);
    o.insert(QStringLiteral("explained"), double(d.explainedFen) / 100.0);
    o.insert(QStringLiteral("visitors"), double(d.visitorsFen) / 100.0);
    o.insert(QStringLiteral("conversion"), double(d.conversionFen) / 100.0);
    o.insert(QStringLiteral("aov"), double(d.aovFen) / 100.0);
    o.insert(QStringLiteral("residual"), double(d.residualFen) / 100.0);
    o.insert(QStringLiteral("driver"), QString::fromLatin1(codes[int(d.driver)]));
    o.insert(QStringLiteral("summary"), d.summary());
    return o;
}

CliOutcome openFailed(const QString &message) { return CliOutcome::failure(message); }

CliOutcome runImport(const CliInvocation &in, const QStringList &rest)
{
    if (rest.size() != 1)
        return CliOutcome::failure(KpiCli::tr("kpi import needs exactly one file: kpi import FILE.csv"), 2);
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!db)
        return openFailed(db.errorMessage());
    auto plan = KpiImport::importFile(**db, rest.first());
    if (!plan)
        return CliOutcome::failure(plan.errorMessage());
    QJsonObject j { { QStringLiteral("file"), core::cli::shownPath(rest.first()) },
        { QStringLiteral("encoding"), plan->encoding }, { QStringLiteral("days"), int(plan->rows.size()) },
        { QStringLiteral("added"), plan->added }, { QStringLiteral("replaced"), plan->replaced },
        { QStringLiteral("first_day"), core::toDbDate(plan->rows.first().day) },
        { QStringLiteral("last_day"), core::toDbDate(plan->rows.last().day) } };
    return CliOutcome::success(j,
        KpiCli::tr("Imported %1 days from %2 (%3): %4 new, %5 replaced.")
            .arg(plan->rows.size())
            .arg(core::cli::shownPath(rest.first()), plan->encoding)
            .arg(plan->added)
            .arg(plan->replaced));
}

CliOutcome runReport(const CliInvocation &in, const QStringList &rest)
{
    const Args a = parseArgs(
        rest, { QStringLiteral("month"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out") });
    QDate from, to;
    QString label;
    if (!a.bad.isEmpty() || !a.words.isEmpty() || !parseSpan(a, &from, &to, &label))
        return CliOutcome::failure(KpiCli::tr("kpi report needs --month 2026-10, or --from and --to dates."), 2);
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!db)
        return openFailed(db.errorMessage());
    auto r = buildReport(**db, from, to, label);
    if (!r)
        return CliOutcome::failure(r.errorMessage());
    const QString out = a.options.value(QStringLiteral("out"));
    if (!out.isEmpty())
        if (core::Status s = exportSheet(*r, out); !s)
            return CliOutcome::failure(s.errorMessage());
    const PeriodTotals &t = r->totals;
    QJsonObject j { { QStringLiteral("period"), label }, { QStringLiteral("from"), core::toDbDate(from) },
        { QStringLiteral("to"), core::toDbDate(to) }, { QStringLiteral("days"), t.days },
        { QStringLiteral("pv"), t.pv }, { QStringLiteral("uv"), t.uv }, { QStringLiteral("sales"), yuan(t.sales) },
        { QStringLiteral("units"), t.units }, { QStringLiteral("paid_buyers"), t.paidBuyers },
        { QStringLiteral("conversion"), t.conversion() }, { QStringLiteral("aov"), yuan(t.aov()) },
        { QStringLiteral("visit_depth"), t.visitDepth() }, { QStringLiteral("paid_share"), r->paid.actual },
        { QStringLiteral("paid_share_guide"), r->paid.guide }, { QStringLiteral("traffic_value"), r->trafficValue },
        { QStringLiteral("margin"), r->margin }, { QStringLiteral("orders_sales"), yuan(r->orderTotals.sales) },
        { QStringLiteral("orders_units"), r->orderTotals.units }, { QStringLiteral("ad_spend"), yuan(r->adSpend) },
        { QStringLiteral("ad_sales"), yuan(r->adSales) } };
    if (t.dsr)
        j.insert(QStringLiteral("dsr"), *t.dsr);
    QJsonArray health;
    QStringList red;
    for (const HealthCheck &h : std::as_const(r->health)) {
        static const char *codes[] = { "dsr", "refund_dispute_rate", "good_rating_rate" };
        QJsonObject o { { QStringLiteral("metric"), QString::fromLatin1(codes[int(h.metric)]) },
            { QStringLiteral("red"), h.red } };
        if (h.latest)
            o.insert(QStringLiteral("latest"), *h.latest);
        if (h.red) {
            o.insert(QStringLiteral("since"), core::toDbDate(h.since));
            red << KpiCli::tr("%1 red since %2").arg(HealthCheck::metricName(h.metric), core::toDbDate(h.since));
        }
        health << o;
    }
    j.insert(QStringLiteral("health"), health);
    QJsonArray campaigns;
    for (const CampaignTotals &c : std::as_const(r->campaigns))
        campaigns << QJsonObject { { QStringLiteral("campaign"), c.campaign }, { QStringLiteral("channel"), c.channel },
            { QStringLiteral("spend"), yuan(c.spend) }, { QStringLiteral("sales"), yuan(c.sales) },
            { QStringLiteral("roi"), roi(c.sales, c.spend) } };
    j.insert(QStringLiteral("campaigns"), campaigns);
    QJsonArray differences;
    for (const OrderCheck &c : std::as_const(r->checks))
        if (c.differs())
            differences << QJsonObject { { QStringLiteral("day"), core::toDbDate(c.day) },
                { QStringLiteral("reported_sales"), yuan(c.reportedSales) },
                { QStringLiteral("order_sales"), yuan(c.orderSales) },
                { QStringLiteral("reported_units"), c.reportedUnits }, { QStringLiteral("order_units"), c.orderUnits },
                { QStringLiteral("reported_buyers"), c.reportedBuyers },
                { QStringLiteral("order_buyers"), c.orderBuyers } };
    j.insert(QStringLiteral("differences_from_orders"), differences);
    QJsonArray head; // the items that make 80% of sales (Pareto)
    for (const ParetoRow &p : std::as_const(r->items.rows))
        if (p.head)
            head << QJsonObject { { QStringLiteral("code"), p.item.code }, { QStringLiteral("title"), p.item.title },
                { QStringLiteral("sales"), yuan(p.item.sales) }, { QStringLiteral("units"), p.item.units },
                { QStringLiteral("share"), p.share }, { QStringLiteral("cumulative"), p.cumulative } };
    j.insert(QStringLiteral("items_making_80_percent"), head);
    j.insert(QStringLiteral("item_count"), int(r->items.rows.size()));
    if (!out.isEmpty())
        j.insert(QStringLiteral("sheet"), core::cli::shownPath(out));
    const QLocale l;
    QString text = KpiCli::tr("%1: %2 days, PV %3, UV %4, sales %5, units %6, conversion %7%, AOV %8, visit depth %9.")
                       .arg(label)
                       .arg(t.days)
                       .arg(core::format::number(t.pv), core::format::number(t.uv), core::format::moneyKpi(t.sales),
                           core::format::number(t.units), l.toString(t.conversion() * 100.0, 'f', 2),
                           core::format::money(t.aov()), l.toString(t.visitDepth(), 'f', 2));
    if (!red.isEmpty())
        text += QLatin1Char('\n') + red.join(QStringLiteral("; "));
    if (!out.isEmpty())
        text += QLatin1Char('\n') + KpiCli::tr("Appraisal sheet written to %1.").arg(core::cli::shownPath(out));
    return CliOutcome::success(j, text);
}

/// The two periods to compare from --from/--to (months or days).
bool parseComparison(const Args &a, QDate *f1, QDate *t1, QDate *f2, QDate *t2)
{
    return a.options.contains(QStringLiteral("from")) && a.options.contains(QStringLiteral("to"))
        && parsePeriod(a.options.value(QStringLiteral("from")), f1, t1)
        && parsePeriod(a.options.value(QStringLiteral("to")), f2, t2);
}

core::Result<Decomposition> decomposeSpans(
    const core::Database &db, QDate f1, QDate t1, const QString &l1, QDate f2, QDate t2, const QString &l2)
{
    return KpiService(db).decompose(Comparison { f1, t1, f2, t2, l1, l2 });
}

CliOutcome runDecompose(const CliInvocation &in, const QStringList &rest)
{
    const Args a = parseArgs(rest, { QStringLiteral("from"), QStringLiteral("to") });
    QDate f1, t1, f2, t2;
    if (!a.bad.isEmpty() || !a.words.isEmpty() || !parseComparison(a, &f1, &t1, &f2, &t2))
        return CliOutcome::failure(KpiCli::tr("kpi decompose needs --from and --to: two months (2026-11, 2026-12), two "
                                              "weeks (2026-W46, 2026-W47) or two dates."),
            2);
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!db)
        return openFailed(db.errorMessage());
    auto d = decomposeSpans(
        **db, f1, t1, a.options.value(QStringLiteral("from")), f2, t2, a.options.value(QStringLiteral("to")));
    if (!d)
        return CliOutcome::failure(d.errorMessage());
    return CliOutcome::success(decompositionJson(*d), d->summary());
}

CliOutcome runChart(const CliInvocation &in, const QStringList &rest)
{
    const QString usage
        = KpiCli::tr("kpi chart needs a kind (trend, decompose, pareto or health), --month 2026-10 (or --from "
                     "and --to) and --out FILE.png or FILE.pdf.");
    const Args a = parseArgs(rest,
        { QStringLiteral("month"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out"),
            QStringLiteral("metric") });
    if (!a.bad.isEmpty() || a.words.size() != 1 || !a.options.contains(QStringLiteral("out")))
        return CliOutcome::failure(usage, 2);
    if (!chartExporter())
        return CliOutcome::failure(
            KpiCli::tr("Charts need the graphical libraries; this program was started without them."));
    const QString kind = a.words.first();
    const QString out = a.options.value(QStringLiteral("out"));
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!db)
        return openFailed(db.errorMessage());
    KpiRepository repo(**db);
    ChartRequest request;
    QJsonObject j { { QStringLiteral("chart"), kind }, { QStringLiteral("file"), core::cli::shownPath(out) } };
    if (kind == QLatin1String("decompose")) {
        QDate f1, t1, f2, t2;
        QString l1, l2;
        if (a.options.contains(QStringLiteral("month"))) {
            l2 = a.options.value(QStringLiteral("month"));
            if (!parseMonth(l2, &f2, &t2))
                return CliOutcome::failure(usage, 2);
            const Comparison c = Comparison::ending(Comparison::MonthOnMonth, f2);
            f1 = c.beforeFrom;
            t1 = c.beforeTo;
            l1 = c.beforeLabel;
        } else if (parseComparison(a, &f1, &t1, &f2, &t2)) {
            l1 = a.options.value(QStringLiteral("from"));
            l2 = a.options.value(QStringLiteral("to"));
        } else {
            return CliOutcome::failure(usage, 2);
        }
        auto d = decomposeSpans(**db, f1, t1, l1, f2, t2, l2);
        if (!d)
            return CliOutcome::failure(d.errorMessage());
        request.kind = ChartRequest::Kind::Decomposition;
        request.decomposition = *d;
        j.insert(QStringLiteral("decomposition"), decompositionJson(*d));
    } else {
        QDate from, to;
        QString label;
        if (!parseSpan(a, &from, &to, &label))
            return CliOutcome::failure(usage, 2);
        if (kind == QLatin1String("trend")) {
            const auto metric
                = Trend::metricFromCode(a.options.value(QStringLiteral("metric"), QStringLiteral("sales")));
            if (!metric)
                return CliOutcome::failure(KpiCli::tr("--metric is one of pv, uv, sales, conversion, aov."), 2);
            auto t = KpiService(**db).trend(*metric, from, to);
            if (!t)
                return CliOutcome::failure(t.errorMessage());
            request.kind = ChartRequest::Kind::Trend;
            request.trend = *t;
            j.insert(QStringLiteral("days"), int(t->daily.size()));
        } else if (kind == QLatin1String("pareto")) {
            auto ranked = KpiService(**db).itemPareto(from, to);
            if (!ranked)
                return CliOutcome::failure(ranked.errorMessage());
            const Pareto &p = *ranked;
            request.kind = ChartRequest::Kind::Pareto;
            request.pareto = p;
            j.insert(QStringLiteral("items"), int(p.rows.size()));
            j.insert(QStringLiteral("head_items"), p.headCount);
        } else if (kind == QLatin1String("health")) {
            auto rows = repo.range(from, to);
            if (!rows)
                return CliOutcome::failure(rows.errorMessage());
            request.kind = ChartRequest::Kind::Health;
            request.healthRows = *rows;
            request.size = QSize(600, 600);
            QJsonArray red;
            for (const HealthCheck &h : healthChecks(*rows))
                if (h.red)
                    red << QJsonObject { { QStringLiteral("metric"), HealthCheck::metricName(h.metric) },
                        { QStringLiteral("since"), core::toDbDate(h.since) } };
            j.insert(QStringLiteral("red"), red);
        } else {
            return CliOutcome::failure(usage, 2);
        }
    }
    if (core::Status s = chartExporter()(request, out); !s)
        return CliOutcome::failure(s.errorMessage());
    return CliOutcome::success(j, KpiCli::tr("Chart written to %1.").arg(core::cli::shownPath(out)));
}
} // namespace

namespace {
ChartExporter &installedExporter()
{
    static ChartExporter exporter;
    return exporter;
}
} // namespace

void setChartExporter(ChartExporter exporter) { installedExporter() = std::move(exporter); }

const ChartExporter &chartExporter() { return installedExporter(); }

CliOutcome KpiCli::run(const CliInvocation &in)
{
    const QString sub = in.args.value(0);
    const QStringList rest = in.args.mid(1);
    if (sub == QLatin1String("import"))
        return runImport(in, rest);
    if (sub == QLatin1String("report"))
        return runReport(in, rest);
    if (sub == QLatin1String("decompose"))
        return runDecompose(in, rest);
    if (sub == QLatin1String("chart"))
        return runChart(in, rest);
    return CliOutcome::failure(tr("kpi needs one of: import, report, decompose, chart."), 2);
}

QList<core::CliCommand> cliCommands()
{
    QList<core::CliCommand> commands = {
        { QStringLiteral("kpi"),
            QStringLiteral(
                "kpi import FILE.csv | report --month YYYY-MM [--out SHEET.xlsx|csv|pdf] | "
                "decompose --from A --to B | chart trend|decompose|pareto|health --month YYYY-MM --out FILE.png|pdf"),
            [] {
                return KpiCli::tr("KPIs: import the platform's daily export, the month report and appraisal sheet, "
                                  "why sales moved between two periods, charts as PNG or PDF.");
            },
            &KpiCli::run },
        ProfitCli::command()
    };
    core::setNeeds(commands, QStringLiteral("kpi"), [](const QStringList &args) {
        return args.value(0) == QLatin1String("chart") ? core::CliNeeds::Widgets
                                                       : core::CliCommand::paintingWhenPdf(args);
    });
    return commands;
}

} // namespace shopdesk::kpi
