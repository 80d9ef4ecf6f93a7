#pragma once

// A day of the daily report for tests: PV three times the UV, one unit a buyer, DSR 4.8.

#include <shopdesk/kpi/KpiRepository.h>

namespace shopdesk::test {

inline kpi::DailyKpi kpiDay(QDate d, qint64 uv, qint64 buyers, qint64 salesYuan)
{
    kpi::DailyKpi k;
    k.day = d;
    k.uv = uv;
    k.pv = uv * 3;
    k.paidBuyers = buyers;
    k.units = buyers;
    k.sales = core::Money::fromYuan(salesYuan);
    k.dsr = 4.8;
    return k;
}

} // namespace shopdesk::test
