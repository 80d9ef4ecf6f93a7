#include "KpiCommands.h"

#include <shopdesk/core/Records.h>

#include <QCoreApplication>

namespace shopdesk::kpi::commands {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::KpiCommands)
};
} // namespace

using core::Status;
using core::Topic;

core::UndoCommand *saveDays(KpiService &service, core::ShopEvents &events, QList<DailyKpi> rows,
    QList<QPair<QDate, std::optional<DailyKpi>>> previous, core::UndoText text)
{
    return new core::CallCommand(
        std::move(text), events, Topic::Kpi, [&service, rows] { return service.saveDays(rows); },
        [&service, previous] { return service.restoreDays(previous); });
}

namespace {
template<typename Value, typename Write>
core::UndoCommand *changeDayField(
    core::ShopEvents &events, QDate day, DayField field, Value from, Value to, Write write)
{
    return new core::ChangeValue<Value>(
        [field, day] { return Text::tr("%1 of %2").arg(dayFieldName(field), core::toDbDate(day)); }, events, Topic::Kpi,
        kDayFieldBase + int(field), day.toJulianDay(), std::move(from), std::move(to), std::move(write));
}
} // namespace

core::UndoCommand *changeDayCount(
    KpiService &service, core::ShopEvents &events, QDate day, DayField field, qint64 from, qint64 to)
{
    return changeDayField(events, day, field, from, to,
        [&service, day, field](const qint64 &v) { return service.setDayCount(day, field, v); });
}

core::UndoCommand *changeDayRate(KpiService &service, core::ShopEvents &events, QDate day, DayField field,
    std::optional<double> from, std::optional<double> to)
{
    return changeDayField(events, day, field, from, to,
        [&service, day, field](const std::optional<double> &v) { return service.setDayRate(day, field, v); });
}

core::UndoCommand *saveCampaign(
    KpiService &service, core::ShopEvents &events, CampaignDay row, std::optional<CampaignDay> previous)
{
    return new core::CallCommand(
        [campaign = row.campaign, day = row.day] {
            return Text::tr("Campaign %1 on %2").arg(campaign, core::toDbDate(day));
        },
        events, Topic::Kpi, [&service, row] { return service.saveCampaign(row); },
        [&service, row, previous] {
            return previous ? service.saveCampaign(*previous) : service.removeCampaign(row.day, row.campaign);
        });
}

core::UndoCommand *replaceTargets(
    KpiService &service, core::ShopEvents &events, int year, QList<SalesTarget> targets, QList<SalesTarget> previous)
{
    return new core::CallCommand([year] { return Text::tr("Sales targets for %1").arg(year); }, events, Topic::Kpi,
        [&service, year, targets] { return service.replaceTargets(year, targets); },
        [&service, year, previous] { return service.replaceTargets(year, previous); });
}

core::UndoCommand *changeTarget(
    KpiService &service, core::ShopEvents &events, int year, int quarter, core::Money from, core::Money to)
{
    auto text = [year, quarter] {
        return quarter == 0 ? Text::tr("Sales target for %1").arg(year)
                            : Text::tr("Sales target for Q%1 %2").arg(quarter).arg(year);
    };
    return new core::ChangeValue<qint64>(text, events, Topic::Kpi, kTargetBase + quarter, year, from.fen(), to.fen(),
        [&service, year, quarter](
            const qint64 &fen) { return service.setTarget(year, quarter, core::Money::fromFen(fen)); });
}

core::UndoCommand *changePromotion(KpiService &service, core::ShopEvents &events, QDate day, QString name, bool add)
{
    auto text = [add, name, day] {
        return add ? Text::tr("Promotion %1 on %2").arg(name, core::toDbDate(day))
                   : Text::tr("Remove promotion %1 on %2").arg(name, core::toDbDate(day));
    };
    auto change = [&service, day, name](bool adding) {
        return adding ? service.addPromotion(day, name) : service.removePromotion(day, name);
    };
    return new core::CallCommand(
        text, events, Topic::Promotions, [change, add] { return change(add); }, [change, add] { return change(!add); });
}

QString dayFieldName(DayField field)
{
    switch (field) {
    case DayField::Pv:
        return Text::tr("Page views (PV)");
    case DayField::Uv:
        return Text::tr("Visitors (UV)");
    case DayField::Sales:
        return Text::tr("Sales");
    case DayField::Units:
        return Text::tr("Units sold");
    case DayField::PaidBuyers:
        return Text::tr("Paid buyers");
    case DayField::PaidUv:
        return Text::tr("Paid visitors");
    case DayField::Dsr:
        return Text::tr("DSR");
    case DayField::BounceRate:
        return Text::tr("Bounce rate");
    case DayField::RefundDisputeRate:
        return Text::tr("Refund-dispute rate");
    case DayField::GoodRatingRate:
        return Text::tr("Good-rating rate");
    }
    return {};
}

} // namespace shopdesk::kpi::commands
