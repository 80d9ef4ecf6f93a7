#include "shopdesk/kpi/KpiAnalysis.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace shopdesk::kpi {

using core::Money;

double conversionRate(qint64 paidBuyers, qint64 uv) { return uv > 0 ? double(paidBuyers) / double(uv) : 0.0; }

Money averageOrderValue(Money sales, qint64 paidBuyers)
{
    if (paidBuyers <= 0)
        return {};
    return Money::fromFen(qint64(std::llround(double(sales.fen()) / double(paidBuyers))));
}

double visitDepth(qint64 pv, qint64 uv) { return uv > 0 ? double(pv) / double(uv) : 0.0; }

DepthBand depthBand(double depth)
{
    if (depth < 2.0)
        return DepthBand::Poor;
    if (depth > 4.0)
        return DepthBand::Excellent;
    return DepthBand::Good;
}

double trafficValue(double conversion, Money aov, double margin)
{
    return conversion * (double(aov.fen()) / 100.0) * margin;
}

double paidShareGuide(double dailyUv)
{
    if (dailyUv < 1000.0)
        return 0.60;
    if (dailyUv < 3000.0)
        return 0.40;
    return 0.20;
}

PaidShare paidShare(qint64 paidUv, qint64 uv, int days)
{
    PaidShare p;
    p.actual = uv > 0 ? double(paidUv) / double(uv) : 0.0;
    p.guide = paidShareGuide(days > 0 ? double(uv) / double(days) : 0.0);
    const double diff = p.actual - p.guide;
    p.verdict = diff > 0.10 ? 1 : (diff < -0.10 ? -1 : 0);
    return p;
}

double roi(Money sales, Money spend) { return spend.fen() > 0 ? double(sales.fen()) / double(spend.fen()) : 0.0; }

// ---------------------------------------------------------------------------------------------

PeriodFigures PeriodFigures::fromRows(const QString &label, const QList<DailyKpi> &rows)
{
    PeriodFigures p;
    p.label = label;
    qint64 uv = 0, buyers = 0, fen = 0;
    for (const DailyKpi &r : rows) {
        uv += r.uv;
        buyers += r.paidBuyers;
        fen += r.sales.fen();
    }
    p.sales = Money::fromFen(fen);
    p.visitors = double(uv);
    p.conversion = conversionRate(buyers, uv);
    p.aov = buyers > 0 ? double(fen) / 100.0 / double(buyers) : 0.0;
    return p;
}

qint64 Decomposition::contribution(Factor f) const
{
    switch (f) {
    case Factor::Visitors:
        return visitorsFen;
    case Factor::Conversion:
        return conversionFen;
    case Factor::Aov:
        return aovFen;
    }
    return 0;
}

QString Decomposition::factorName(Factor f)
{
    switch (f) {
    case Factor::Visitors:
        return tr("Visitors");
    case Factor::Conversion:
        return tr("Conversion rate");
    case Factor::Aov:
        return tr("Average order value");
    }
    return {};
}

QString Decomposition::summary() const
{
    if (!valid)
        return problem;
    const QString change = Money::fromFen(changeFen).toDisplayString();
    const QString part = Money::fromFen(contribution(driver)).toDisplayString();
    const QString residual = Money::fromFen(residualFen).toDisplayString();
    const QString text = contribution(driver) >= 0
        ? tr("%1 drove the change: sales moved by %2, of which %1 contributed %3. "
             "Not explained by visitors × conversion × AOV: %4.")
        : tr("%1 pulled sales down most: sales moved by %2, of which %1 contributed %3. "
             "Not explained by visitors × conversion × AOV: %4.");
    return text.arg(factorName(driver), change, part, residual);
}

namespace {
double logMean(double a, double b)
{
    if (std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)))
        return a;
    return (a - b) / (std::log(a) - std::log(b));
}
} // namespace

Decomposition decompose(const PeriodFigures &before, const PeriodFigures &after)
{
    Decomposition d;
    d.before = before;
    d.after = after;
    d.changeFen = after.sales.fen() - before.sales.fen();
    const bool positive = before.visitors > 0 && before.conversion > 0 && before.aov > 0 && after.visitors > 0
        && after.conversion > 0 && after.aov > 0;
    if (!positive) {
        d.residualFen = d.changeFen;
        d.problem = Decomposition::tr("Visitors, conversion and AOV must all be above zero in both periods to split "
                                      "the change; the whole change is shown as not explained.");
        return d;
    }
    // Work in fen so the parts and the residual add up to the reported change exactly.
    const double s0 = before.visitors * before.conversion * before.aov * 100.0;
    const double s1 = after.visitors * after.conversion * after.aov * 100.0;
    const double l = logMean(s1, s0);
    const double pv = l * std::log(after.visitors / before.visitors);
    const double pc = l * std::log(after.conversion / before.conversion);
    d.explainedFen = qint64(std::llround(s1)) - qint64(std::llround(s0));
    d.visitorsFen = qint64(std::llround(pv));
    d.conversionFen = qint64(std::llround(pc));
    // AOV's part, L·ln(A₁/A₀), is what is left of the explained change: it absorbs the other two parts'
    // rounding to the fen, so the three add up exactly.
    d.aovFen = d.explainedFen - d.visitorsFen - d.conversionFen;
    d.residualFen = d.changeFen - d.explainedFen;
    d.driver = Factor::Visitors;
    for (Factor f : { Factor::Conversion, Factor::Aov })
        if (std::abs(d.contribution(f)) > std::abs(d.contribution(d.driver)))
            d.driver = f;
    d.valid = true;
    return d;
}

// ---------------------------------------------------------------------------------------------

QString HealthCheck::metricName(HealthMetric m)
{
    switch (m) {
    case HealthMetric::Dsr:
        return tr("DSR");
    case HealthMetric::RefundDispute:
        return tr("Refund-dispute rate");
    case HealthMetric::GoodRating:
        return tr("Good-rating rate");
    }
    return {};
}

QString HealthCheck::ruleText(HealthMetric m)
{
    switch (m) {
    case HealthMetric::Dsr:
        return tr("red below %1").arg(QLocale().toString(4.2, 'f', 1));
    case HealthMetric::RefundDispute:
        return tr("red above %1%").arg(3);
    case HealthMetric::GoodRating:
        return tr("red below %1%").arg(QLocale().toString(98.5, 'f', 1));
    }
    return {};
}

double HealthCheck::thresholdOf(HealthMetric m)
{
    switch (m) {
    case HealthMetric::Dsr:
        return 4.2;
    case HealthMetric::RefundDispute:
        return 0.03;
    case HealthMetric::GoodRating:
        return 0.985;
    }
    return 0.0;
}

bool HealthCheck::isRed(HealthMetric m, double v)
{
    switch (m) {
    case HealthMetric::Dsr:
        return v < 4.2 - 1e-12;
    case HealthMetric::RefundDispute:
        return v > 0.03 + 1e-12;
    case HealthMetric::GoodRating:
        return v < 0.985 - 1e-12;
    }
    return false;
}

QList<HealthCheck> healthChecks(const QList<DailyKpi> &rows)
{
    QList<HealthCheck> out;
    for (HealthMetric m : { HealthMetric::Dsr, HealthMetric::RefundDispute, HealthMetric::GoodRating }) {
        HealthCheck c;
        c.metric = m;
        c.threshold = HealthCheck::thresholdOf(m);
        QDate runStart;
        for (const DailyKpi &r : rows) {
            const std::optional<double> &v = m == HealthMetric::Dsr ? r.dsr
                : m == HealthMetric::RefundDispute                  ? r.refundDisputeRate
                                                                    : r.goodRatingRate;
            if (!v)
                continue; // a day without the figure neither starts nor ends a red run
            c.latest = *v;
            c.latestDay = r.day;
            if (HealthCheck::isRed(m, *v)) {
                if (!runStart.isValid())
                    runStart = r.day;
                c.lastCrossed = r.day;
            } else {
                runStart = {};
            }
        }
        c.red = c.latest && HealthCheck::isRed(m, *c.latest);
        c.since = c.red ? runStart : QDate();
        out << c;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

namespace {
QDate quarterStart(int year, int q) { return QDate(year, 3 * (q - 1) + 1, 1); }
QDate quarterEnd(int year, int q) { return quarterStart(year, q).addMonths(3).addDays(-1); }
qint64 ceilDiv(double a, double b) { return b > 0 ? qint64(std::ceil(a / b - 1e-9)) : 0; }
} // namespace

TargetPlan planTargets(const TargetInput &in)
{
    TargetPlan p;
    p.year = in.year;
    p.yearSales = in.yearSales;
    p.conversion = in.conversion;
    p.aov = in.aov;
    p.visitDepth = in.visitDepth;
    if (in.year < 2000 || in.year > 2100 || in.yearSales.fen() <= 0) {
        p.problem = TargetPlan::tr("Set the year and a sales target above zero.");
        return p;
    }
    if (in.conversion <= 0.0 || in.aov.fen() <= 0) {
        p.problem = TargetPlan::tr("The plan needs a conversion rate and an average order value above zero.");
        return p;
    }
    qint64 setFen = 0;
    qint64 weightSum = 0;
    std::array<qint64, 4> weights {};
    for (int q = 0; q < 4; ++q) {
        if (in.quarterSales[size_t(q)]) {
            setFen += in.quarterSales[size_t(q)]->fen();
            continue;
        }
        weights[size_t(q)] = in.quarterWeights[size_t(q)];
        weightSum += weights[size_t(q)];
    }
    if (weightSum <= 0)
        for (int q = 0; q < 4; ++q)
            if (!in.quarterSales[size_t(q)]) {
                weights[size_t(q)] = quarterStart(in.year, q + 1).daysTo(quarterEnd(in.year, q + 1)) + 1;
                weightSum += weights[size_t(q)];
            }
    const qint64 rest = in.yearSales.fen() - setFen;
    if (rest < 0 || (rest > 0 && weightSum <= 0)) {
        p.problem = TargetPlan::tr("The quarter targets add up to %1, more than the year's %2.")
                        .arg(Money::fromFen(setFen).toDisplayString(), in.yearSales.toDisplayString());
        return p;
    }
    // Spread the rest by weight; the last unset quarter takes the rounding so the year adds up.
    qint64 spread = 0;
    int lastUnset = -1;
    for (int q = 0; q < 4; ++q)
        if (!in.quarterSales[size_t(q)])
            lastUnset = q;
    for (int q = 0; q < 4; ++q) {
        QuarterTarget &t = p.quarters[size_t(q)];
        t.quarter = q + 1;
        t.first = quarterStart(in.year, q + 1);
        t.last = quarterEnd(in.year, q + 1);
        if (in.quarterSales[size_t(q)]) {
            t.sales = *in.quarterSales[size_t(q)];
            t.set = true;
        } else if (q == lastUnset) {
            t.sales = Money::fromFen(rest - spread);
        } else {
            const qint64 part = weightSum > 0
                ? qint64(std::llround(double(rest) * double(weights[size_t(q)]) / double(weightSum)))
                : 0;
            t.sales = Money::fromFen(part);
            spread += part;
        }
        const qint64 days = t.first.daysTo(t.last) + 1;
        t.buyers = ceilDiv(double(t.sales.fen()), double(in.aov.fen()));
        t.uv = ceilDiv(double(t.buyers), in.conversion);
        t.uvPerDay = ceilDiv(double(t.uv), double(days));
        t.pvPerDay = qint64(std::ceil(double(t.uvPerDay) * in.visitDepth - 1e-9));
    }
    qint64 assigned = 0;
    for (auto it = in.categorySales.cbegin(); it != in.categorySales.cend(); ++it) {
        p.categories << CategoryTarget { it.key(), it.value(), double(it.value().fen()) / double(in.yearSales.fen()) };
        assigned += it.value().fen();
    }
    p.categoriesUnassigned = Money::fromFen(in.yearSales.fen() - assigned);
    p.valid = true;
    return p;
}

Money TargetPlan::targetTo(QDate day) const
{
    if (!valid || !day.isValid())
        return {};
    qint64 fen = 0;
    for (const QuarterTarget &q : quarters) {
        if (day >= q.last) {
            fen += q.sales.fen();
        } else if (day >= q.first) {
            const double days = double(q.first.daysTo(q.last) + 1);
            const double passed = double(q.first.daysTo(day) + 1);
            fen += qint64(std::llround(double(q.sales.fen()) * passed / days));
        }
    }
    return Money::fromFen(fen);
}

QList<ProgressPoint> targetProgress(const TargetPlan &plan, const QList<DailyKpi> &rows, QDate upTo)
{
    QList<ProgressPoint> out;
    if (!plan.valid)
        return out;
    QHash<QDate, qint64> byDay;
    for (const DailyKpi &r : rows)
        if (r.day.year() == plan.year)
            byDay[r.day] += r.sales.fen();
    const QDate last = std::min(upTo, QDate(plan.year, 12, 31));
    qint64 actual = 0;
    for (QDate d(plan.year, 1, 1); d <= last; d = d.addDays(1)) {
        actual += byDay.value(d);
        ProgressPoint p;
        p.day = d;
        p.actual = Money::fromFen(actual);
        p.target = plan.targetTo(d);
        p.ratio = p.target.fen() > 0 ? double(actual) / double(p.target.fen()) : 0.0;
        out << p;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

QString Trend::metricName(TrendMetric m)
{
    switch (m) {
    case TrendMetric::Pv:
        return tr("Page views (PV)");
    case TrendMetric::Uv:
        return tr("Visitors (UV)");
    case TrendMetric::Sales:
        return tr("Sales (¥)");
    case TrendMetric::Conversion:
        return tr("Conversion rate (%)");
    case TrendMetric::Aov:
        return tr("Average order value (¥)");
    }
    return {};
}

std::optional<TrendMetric> Trend::metricFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("pv"))
        return TrendMetric::Pv;
    if (c == QLatin1String("uv"))
        return TrendMetric::Uv;
    if (c == QLatin1String("sales"))
        return TrendMetric::Sales;
    if (c == QLatin1String("conversion"))
        return TrendMetric::Conversion;
    if (c == QLatin1String("aov"))
        return TrendMetric::Aov;
    return std::nullopt;
}

namespace {
struct Sums {
    qint64 pv = 0, uv = 0, buyers = 0, fen = 0;
    int days = 0;
    void add(const DailyKpi &r)
    {
        pv += r.pv;
        uv += r.uv;
        buyers += r.paidBuyers;
        fen += r.sales.fen();
        ++days;
    }
    // Counts are averaged per day; the two ratios are ratios of the sums.
    double value(TrendMetric m) const
    {
        const double n = days > 0 ? double(days) : 1.0;
        switch (m) {
        case TrendMetric::Pv:
            return double(pv) / n;
        case TrendMetric::Uv:
            return double(uv) / n;
        case TrendMetric::Sales:
            return double(fen) / 100.0 / n;
        case TrendMetric::Conversion:
            return conversionRate(buyers, uv) * 100.0;
        case TrendMetric::Aov:
            return buyers > 0 ? double(fen) / 100.0 / double(buyers) : 0.0;
        }
        return 0.0;
    }
};
} // namespace

Trend trend(const QList<DailyKpi> &rows, TrendMetric metric, QDate from, QDate to)
{
    Trend t;
    t.metric = metric;
    QHash<QDate, const DailyKpi *> byDay;
    QDate lastWithData;
    for (const DailyKpi &r : rows) {
        byDay.insert(r.day, &r);
        if (r.day <= to && (!lastWithData.isValid() || r.day > lastWithData))
            lastWithData = r.day;
    }
    // A range reaching past the last reported day (the current month) ends on that day.
    if (lastWithData.isValid() && lastWithData >= from)
        to = std::min(to, lastWithData);
    auto valueOn = [&](QDate d) -> std::optional<double> {
        const DailyKpi *r = byDay.value(d);
        if (!r)
            return std::nullopt;
        Sums s;
        s.add(*r);
        return s.value(metric);
    };
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        if (auto v = valueOn(d))
            t.daily << TrendPoint { d, *v };
        Sums window;
        for (int back = 0; back < 7; ++back)
            if (const DailyKpi *r = byDay.value(d.addDays(-back)))
                window.add(*r);
        if (window.days > 0)
            t.average7 << TrendPoint { d, window.value(metric) };
        if (auto v = valueOn(d.addDays(-7)))
            t.lastWeek << TrendPoint { d, *v };
        if (auto v = valueOn(d.addMonths(-1)))
            t.lastMonth << TrendPoint { d, *v };
    }
    return t;
}

PeriodTotals totalsOf(const QList<DailyKpi> &rows)
{
    PeriodTotals t;
    double dsr = 0, bounce = 0, refund = 0, good = 0;
    int nd = 0, nb = 0, nr = 0, ng = 0;
    qint64 fen = 0;
    for (const DailyKpi &r : rows) {
        if (!t.from.isValid() || r.day < t.from)
            t.from = r.day;
        if (!t.to.isValid() || r.day > t.to)
            t.to = r.day;
        ++t.days;
        t.pv += r.pv;
        t.uv += r.uv;
        t.units += r.units;
        t.paidBuyers += r.paidBuyers;
        t.paidUv += r.paidUv;
        fen += r.sales.fen();
        if (r.dsr) {
            dsr += *r.dsr;
            ++nd;
        }
        if (r.bounceRate) {
            bounce += *r.bounceRate;
            ++nb;
        }
        if (r.refundDisputeRate) {
            refund += *r.refundDisputeRate;
            ++nr;
        }
        if (r.goodRatingRate) {
            good += *r.goodRatingRate;
            ++ng;
        }
    }
    t.sales = Money::fromFen(fen);
    if (nd)
        t.dsr = dsr / nd;
    if (nb)
        t.bounceRate = bounce / nb;
    if (nr)
        t.refundDisputeRate = refund / nr;
    if (ng)
        t.goodRatingRate = good / ng;
    return t;
}

} // namespace shopdesk::kpi
