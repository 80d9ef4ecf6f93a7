#pragma once

#include "shopdesk/aftersale/AftersaleRecords.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>

namespace shopdesk::core {
class Database;
class SqlQuery;
} // namespace shopdesk::core

namespace shopdesk::aftersale {

/// The after-sale cases' rows. Each method is one statement or a few, inside the caller's
/// Transaction (AftersaleService opens one per business action).
class AftersaleRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::aftersale::AftersaleRepository)
public:
    explicit AftersaleRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// The order by its number with its lines and their SKUs; none when there is no such order.
    core::Result<std::optional<OrderForCase>> order(const QString &orderNo) const;
    /// The next case number of the day: SH<yyyyMMdd>-<nnn>.
    core::Result<QString> nextCaseNo(QDate day) const;
    /// Adds the case with its lines; gives its id.
    core::Result<qint64> insertCase(const Case &c);
    core::Result<std::optional<Case>> byNo(const QString &caseNo) const;
    /// Newest first; `openOnly`: every case not closed.
    core::Result<QList<Case>> cases(bool openOnly) const;
    /// The case's state, refund, update time and closing time (set when it closes, cleared otherwise).
    core::Status setState(qint64 caseId, const QString &state, core::Money refund, const QDateTime &at);
    core::Status setClaim(qint64 caseId, std::optional<qint64> claimId);
    core::Status setParcel(qint64 caseId, std::optional<qint64> parcelId);
    /// Deletes a case with everything it holds (its first step undone).
    core::Status deleteCase(qint64 caseId);
    /// What the order's other cases refunded.
    core::Result<core::Money> refundedForOrder(qint64 orderId, qint64 exceptCaseId) const;

    core::Result<qint64> addEvent(const CaseEvent &event);
    core::Result<std::optional<CaseEvent>> lastEvent(qint64 caseId) const;
    core::Result<QList<CaseEvent>> events(qint64 caseId) const;
    core::Status dropEvent(qint64 eventId);

    core::Result<qint64> addReceipt(const Receipt &receipt, const QString &actor);
    core::Result<QList<Receipt>> receipts(qint64 caseId) const;
    core::Status dropReceipts(qint64 caseId);

    /// Every line of the cases opened from `from` to `to` (whole days).
    core::Result<QList<ReportLine>> reportLines(QDate from, QDate to) const;

private:
    core::Result<QList<Case>> readCases(core::SqlQuery &q) const;
    core::Status readLines(Case &c) const;
    const core::Database &mDb;
};

} // namespace shopdesk::aftersale
