#include "shopdesk/kpi/KpiService.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::kpi {

Q_LOGGING_CATEGORY(lcKpi, "shopdesk.kpi")

using core::Error;
using core::Money;
using core::Result;
using core::Status;

bool isRateField(DayField field)
{
    return field == DayField::Dsr || field == DayField::BounceRate || field == DayField::RefundDisputeRate
        || field == DayField::GoodRatingRate;
}

qint64 countOf(const DailyKpi &d, DayField field)
{
    switch (field) {
    case DayField::Pv:
        return d.pv;
    case DayField::Uv:
        return d.uv;
    case DayField::Sales:
        return d.sales.fen();
    case DayField::Units:
        return d.units;
    case DayField::PaidBuyers:
        return d.paidBuyers;
    case DayField::PaidUv:
        return d.paidUv;
    default:
        return 0;
    }
}

std::optional<double> rateOf(const DailyKpi &d, DayField field)
{
    switch (field) {
    case DayField::Dsr:
        return d.dsr;
    case DayField::BounceRate:
        return d.bounceRate;
    case DayField::RefundDisputeRate:
        return d.refundDisputeRate;
    case DayField::GoodRatingRate:
        return d.goodRatingRate;
    default:
        return std::nullopt;
    }
}

void setCount(DailyKpi &d, DayField field, qint64 value)
{
    switch (field) {
    case DayField::Pv:
        d.pv = value;
        break;
    case DayField::Uv:
        d.uv = value;
        break;
    case DayField::Sales:
        d.sales = Money::fromFen(value);
        break;
    case DayField::Units:
        d.units = value;
        break;
    case DayField::PaidBuyers:
        d.paidBuyers = value;
        break;
    case DayField::PaidUv:
        d.paidUv = value;
        break;
    default:
        break;
    }
}

void setRate(DailyKpi &d, DayField field, std::optional<double> value)
{
    switch (field) {
    case DayField::Dsr:
        d.dsr = value;
        break;
    case DayField::BounceRate:
        d.bounceRate = value;
        break;
    case DayField::RefundDisputeRate:
        d.refundDisputeRate = value;
        break;
    case DayField::GoodRatingRate:
        d.goodRatingRate = value;
        break;
    default:
        break;
    }
}

QList<DayField> differingFields(const DailyKpi &a, const DailyKpi &b)
{
    QList<DayField> out;
    for (int i = int(DayField::Pv); i <= int(DayField::GoodRatingRate); ++i) {
        const auto f = DayField(i);
        if (isRateField(f) ? rateOf(a, f) != rateOf(b, f) : countOf(a, f) != countOf(b, f))
            out << f;
    }
    return out;
}

Comparison Comparison::ending(Kind kind, QDate day)
{
    Comparison c;
    switch (kind) {
    case DayOnDay:
        c.afterFrom = c.afterTo = day;
        c.beforeFrom = c.beforeTo = day.addDays(-1);
        c.beforeLabel = core::toDbDate(c.beforeFrom);
        c.afterLabel = core::toDbDate(c.afterFrom);
        break;
    case WeekOnWeek:
        c.afterTo = day;
        c.afterFrom = day.addDays(-6);
        c.beforeTo = c.afterFrom.addDays(-1);
        c.beforeFrom = c.beforeTo.addDays(-6);
        c.beforeLabel = KpiService::tr("%1 to %2").arg(core::toDbDate(c.beforeFrom), core::toDbDate(c.beforeTo));
        c.afterLabel = KpiService::tr("%1 to %2").arg(core::toDbDate(c.afterFrom), core::toDbDate(c.afterTo));
        break;
    case MonthOnMonth:
        c.afterFrom = QDate(day.year(), day.month(), 1);
        c.afterTo = c.afterFrom.addMonths(1).addDays(-1);
        c.beforeFrom = c.afterFrom.addMonths(-1);
        c.beforeTo = c.afterFrom.addDays(-1);
        c.beforeLabel = c.beforeFrom.toString(QStringLiteral("yyyy-MM"));
        c.afterLabel = c.afterFrom.toString(QStringLiteral("yyyy-MM"));
        break;
    }
    return c;
}

Result<QPair<QDate, QDate>> KpiService::span() const { return KpiRepository(mDb).span(); }

Result<QList<DailyKpi>> KpiService::days(QDate from, QDate to) const { return KpiRepository(mDb).range(from, to); }

Result<std::optional<DailyKpi>> KpiService::day(QDate day) const { return KpiRepository(mDb).dayRow(day); }

Result<ProfitReport> KpiService::profit(int year, int month, ProfitGrouping by) const
{
    return ProfitService(mDb).monthReport(year, month, by);
}

Result<PeriodReport> KpiService::report(QDate from, QDate to, const QString &label, ItemRanking ranking) const
{
    return buildReport(mDb, from, to, label, ranking);
}

Result<std::optional<CampaignDay>> KpiService::campaign(QDate day, const QString &campaign) const
{
    auto existing = KpiRepository(mDb).campaignDays(day, day);
    if (!existing)
        return existing.error();
    for (const CampaignDay &e : std::as_const(*existing))
        if (e.campaign == campaign)
            return std::optional<CampaignDay>(e);
    return std::optional<CampaignDay>();
}

Result<Trend> KpiService::trend(TrendMetric metric, QDate from, QDate to) const
{
    // A month and a week before `from`: the same days last week and last month are drawn too.
    auto rows = KpiRepository(mDb).range(from.addMonths(-1).addDays(-7), to);
    if (!rows)
        return rows.error();
    return kpi::trend(*rows, metric, from, to);
}

Result<Pareto> KpiService::itemPareto(QDate from, QDate to) const
{
    auto items = core::OrderRepository(mDb).itemSales(from, to);
    if (!items)
        return items.error();
    return pareto(*items);
}

Result<Decomposition> KpiService::decompose(const Comparison &c) const
{
    KpiRepository repo(mDb);
    auto a = repo.range(c.beforeFrom, c.beforeTo);
    if (!a)
        return a.error();
    auto b = repo.range(c.afterFrom, c.afterTo);
    if (!b)
        return b.error();
    return kpi::decompose(PeriodFigures::fromRows(c.beforeLabel, *a), PeriodFigures::fromRows(c.afterLabel, *b));
}

Result<HealthReview> KpiService::health() const
{
    KpiRepository repo(mDb);
    // The day a figure crossed is searched over the whole history, not just the 90 days shown.
    auto all = repo.range();
    if (!all)
        return all.error();
    HealthReview out;
    out.checks = healthChecks(*all);
    if (!all->isEmpty()) {
        const QDate last = all->last().day, first = last.addDays(-89);
        for (const DailyKpi &d : std::as_const(*all))
            if (d.day >= first)
                out.recent << d;
    }
    return out;
}

Result<QList<SalesTarget>> KpiService::targets(int year) const { return KpiRepository(mDb).targets(year); }

Result<std::optional<PlanFigures>> KpiService::recentPlan() const
{
    KpiRepository repo(mDb);
    auto span = repo.span();
    if (!span)
        return span.error();
    if (!span->second.isValid())
        return std::optional<PlanFigures>();
    auto recent = repo.totals(span->second.addDays(-89), span->second);
    if (!recent)
        return recent.error();
    if (recent->uv <= 0)
        return std::optional<PlanFigures>();
    return std::optional<PlanFigures>(PlanFigures { recent->conversion(), recent->aov(), recent->visitDepth() });
}

Result<TargetReview> KpiService::reviewTargets(int year, double conversion, Money aov, double visitDepth) const
{
    KpiRepository repo(mDb);
    auto stored = repo.targets(year);
    if (!stored)
        return stored.error();
    TargetReview r;
    r.stored = *stored;
    TargetInput &in = r.input;
    in.year = year;
    for (const SalesTarget &t : std::as_const(r.stored)) {
        if (!t.category.isEmpty())
            in.categorySales.insert(t.category, t.sales);
        else if (t.quarter == 0)
            in.yearSales = t.sales;
        else if (t.quarter >= 1 && t.quarter <= 4)
            in.quarterSales[size_t(t.quarter - 1)] = t.sales;
    }
    // Last year's sales per quarter spread the unset quarters.
    for (int q = 0; q < 4; ++q) {
        const QDate first(year - 1, 3 * q + 1, 1);
        auto last = repo.totals(first, first.addMonths(3).addDays(-1));
        if (!last)
            return last.error();
        in.quarterWeights[size_t(q)] = last->sales.fen();
    }
    in.conversion = conversion;
    in.aov = aov;
    in.visitDepth = visitDepth;
    r.plan = planTargets(in);
    if (!r.plan.valid)
        return r;
    auto span = repo.span();
    if (!span)
        return span.error();
    const QDate latest = span->second.isValid() ? span->second : QDate::currentDate();
    auto actual = repo.range(QDate(year, 1, 1), QDate(year, 12, 31));
    if (!actual)
        return actual.error();
    for (const QuarterTarget &q : r.plan.quarters)
        for (const DailyKpi &d : std::as_const(*actual))
            if (d.day >= q.first && d.day <= q.last)
                r.quarterSoldFen[size_t(q.quarter - 1)] += d.sales.fen();
    // A year of order lines is the workbench's costliest query: read only when a category has a target.
    if (!r.plan.categories.isEmpty()) {
        auto byCategory = repo.categorySales(QDate(year, 1, 1), QDate(year, 12, 31));
        if (!byCategory)
            return byCategory.error();
        r.categorySold = *byCategory;
    }
    const QList<ProgressPoint> progress = targetProgress(r.plan, *actual, latest);
    if (!progress.isEmpty())
        r.progress = progress.last();
    return r;
}

Result<QList<core::Promotion>> KpiService::calendar(int year) const
{
    return core::PromotionRepository(mDb).calendar(year);
}

QList<core::Promotion> KpiService::platformDates(int year) { return core::PromotionRepository::platformDates(year); }

Result<KpiImportPlan> KpiService::planImport(const core::CsvFile &csv) const
{
    return KpiImport::plan(KpiRepository(mDb), csv, core::ShopSettings(mDb).maxLineMoneyFen());
}

Status KpiService::checkDay(const DailyKpi &d)
{
    if (d.paidBuyers > d.uv)
        return Error { tr("%1: %2 paid buyers are more than the %3 visitors.")
                           .arg(core::toDbDate(d.day))
                           .arg(d.paidBuyers)
                           .arg(d.uv) };
    return {};
}

bool KpiService::isEmptyDay(const DailyKpi &d)
{
    return d.pv == 0 && d.uv == 0 && d.sales.fen() == 0 && d.units == 0 && d.paidBuyers == 0 && d.paidUv == 0 && !d.dsr
        && !d.bounceRate && !d.refundDisputeRate && !d.goodRatingRate;
}

Status KpiService::checkReplace(const std::optional<DailyKpi> &stored, const DailyKpi &entered)
{
    if (stored && !isEmptyDay(*stored) && isEmptyDay(entered))
        return Error { tr("The form for %1 is empty: saving it would wipe that day's figures (visitors %2, sales %3), "
                          "so nothing was saved.")
                           .arg(core::toDbDate(entered.day))
                           .arg(stored->uv)
                           .arg(stored->sales.toDisplayString()) };
    return {};
}

Status KpiService::saveDays(const QList<DailyKpi> &rows) { return KpiRepository(mDb).saveAll(rows); }

Status KpiService::restoreDays(const QList<QPair<QDate, std::optional<DailyKpi>>> &days)
{
    return KpiRepository(mDb).restore(days);
}

Status KpiService::changeDay(QDate day, const std::function<void(DailyKpi &)> &change)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    KpiRepository repo(mDb);
    auto stored = repo.dayRow(day);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error { tr("The daily report has no figures for %1.").arg(core::toDbDate(day)) };
    DailyKpi d = **stored;
    change(d);
    if (Status s = checkDay(d); !s)
        return s;
    if (Status s = repo.save(d); !s)
        return s;
    return tx.commit();
}

Status KpiService::setDayCount(QDate day, DayField field, qint64 value)
{
    return changeDay(day, [&](DailyKpi &d) { setCount(d, field, value); });
}

Status KpiService::setDayRate(QDate day, DayField field, std::optional<double> value)
{
    return changeDay(day, [&](DailyKpi &d) { setRate(d, field, value); });
}

Status KpiService::saveCampaign(const CampaignDay &c) { return KpiRepository(mDb).saveCampaign(c); }

Status KpiService::removeCampaign(QDate day, const QString &campaign)
{
    return KpiRepository(mDb).removeCampaign(day, campaign);
}

Status KpiService::replaceTargets(int year, const QList<SalesTarget> &targets)
{
    return KpiRepository(mDb).replaceTargets(year, targets);
}

Status KpiService::setTarget(int year, int quarter, Money sales)
{
    return KpiRepository(mDb).setTarget(SalesTarget { year, quarter, {}, sales });
}

Status KpiService::addPromotion(QDate day, const QString &name)
{
    return core::PromotionRepository(mDb).add(day, name);
}

Status KpiService::removePromotion(QDate day, const QString &name)
{
    return core::PromotionRepository(mDb).remove(day, name);
}

} // namespace shopdesk::kpi
