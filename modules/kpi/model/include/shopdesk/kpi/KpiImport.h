#pragma once

#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::kpi {

/// What an import of the platform's daily export will write, worked out before anything is written.
struct KpiImportPlan {
    QString fileName;
    QString encoding; ///< "UTF-8" or "GB18030"
    QList<DailyKpi> rows; ///< the days as they will be stored (merged with what was there)
    QList<QPair<QDate, std::optional<DailyKpi>>> previous; ///< the days as they were (for undo)
    int added = 0, replaced = 0;
};

/// The platform's daily export (生意参谋 / 京东商智 …) as CSV in GBK or UTF-8, columns found by
/// header name: 统计日期, 浏览量, 访客数, 支付金额, 支付买家数, 支付件数, 跳失率, and where present
/// 付费访客数, DSR / 描述相符, 退款纠纷率, 好评率. Missing optional columns and empty cells keep what
/// the day already holds. All or nothing: the first bad field stops the import with its file,
/// line and field.
class KpiImport {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::KpiImport)
public:
    /// Reads the rows without looking at the shop (each row's optional fields only where given).
    struct ParsedDay {
        DailyKpi row;
        bool pv = false, units = false, paidUv = false, dsr = false, bounce = false, refund = false, good = false;
    };
    static core::Result<QList<ParsedDay>> parse(
        const core::CsvFile &csv, qint64 maxMoneyFen = core::Parse::kMaxLineMoneyFen);
    /// Merges the parsed days with the stored ones.
    static core::Result<KpiImportPlan> plan(
        const KpiRepository &repo, const core::CsvFile &csv, qint64 maxMoneyFen = core::Parse::kMaxLineMoneyFen);
    /// Reads, checks and writes the file in one transaction.
    static core::Result<KpiImportPlan> importFile(const core::Database &db, const QString &path);

    /// "45.2%", "0.452" → 0.452; "4.8" stays 4.8 for DSR.
    static std::optional<double> parseRate(const QString &text);
    /// 2026-10-01, 2026/10/1, 20261001.
    static QDate parseDay(const QString &text);
};

} // namespace shopdesk::kpi
