#include "KpiPanel.h"

#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/Records.h>

#include <algorithm>

namespace shopdesk::kpi {

using core::ColumnKind;

KpiPanel::KpiPanel(const core::PanelContext &context, QWidget *parent)
    : core::RecordTablePanel(context,
                             {
                                 {[] { return tr("Date"); }, ColumnKind::Text},
                                 {[] { return tr("Page views (PV)"); }, ColumnKind::Integer},
                                 {[] { return tr("Visitors (UV)"); }, ColumnKind::Integer},
                                 {[] { return tr("Sales"); }, ColumnKind::Money},
                                 {[] { return tr("Units sold"); }, ColumnKind::Integer},
                                 {[] { return tr("Paid buyers"); }, ColumnKind::Integer},
                                 {[] { return tr("Conversion rate"); }, ColumnKind::Percent},
                                 {[] { return tr("Average order value"); }, ColumnKind::Money},
                                 {[] { return tr("Visit depth"); }, ColumnKind::Decimal},
                                 {[] { return tr("DSR"); }, ColumnKind::Decimal},
                             },
                             parent)
{
    setObjectName(QStringLiteral("KpiPanel"));
    reload();
}

core::Result<QList<QVariantList>> KpiPanel::loadRows()
{
    auto days = KpiRepository(context().db).range();
    if (!days)
        return days.error();
    QList<QVariantList> rows;
    rows.reserve(days->size());
    for (auto it = days->crbegin(); it != days->crend(); ++it) {
        const DailyKpi &d = *it;
        rows.append({core::toDbDate(d.day), d.pv, d.uv, d.sales.fen(), d.units, d.paidBuyers, d.conversion(),
                     d.averageOrderValue().fen(), d.visitDepth(), d.dsr ? QVariant(*d.dsr) : QVariant()});
    }
    return rows;
}

} // namespace shopdesk::kpi
