#pragma once

#include "shopdesk/aftersale/AftersaleRecords.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::aftersale {

/// The figures of the after-sale report over a period.
struct AftersaleReport {
    QDate from, to;
    struct Row {
        QString key; ///< a reason; an item code; a barcode
        QString title; ///< the item's title; for a SKU "code colour/size"
        int cases = 0;
        int units = 0; ///< pieces in those cases
        core::Money refund;
        qint64 sold = 0; ///< per item: units sold in the period
        int returned = 0; ///< per item: pieces of returns and exchanges (退换货)
        /// returned ÷ sold (0 when nothing sold).
        double returnRate() const { return sold > 0 ? double(returned) / double(sold) : 0.0; }
    };
    QList<Row> byReason, byItem, bySku;
    int cases = 0;
    core::Money refund;
};

/// Open cases with the reply an agent sends the buyer, filled from the order (退换货 group).
struct CaseReply {
    Case kase;
    QString replyCode, replyTitle;
    QString text; ///< filled; empty when a fact is missing (see problem)
    QString problem; ///< why it could not be filled (translated), or empty
};

/// The after-sale cases (售后): each action is one call and one transaction, as the workbench and
/// shopdesk-cli make it. Goods that come back go through the inventory's returns (intact → stock,
/// damaged → the faulty-goods account), a replacement through shipping's extra parcels and the
/// packing station, a courier's part through shipping's claims (deducted in the monthly bill).
class AftersaleService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::aftersale::AftersaleService)
public:
    explicit AftersaleService(const core::Database &db)
        : mDb(db)
    {
    }

    struct Pieces {
        QString barcode;
        int quantity = 1;
    };
    struct OpenRequest {
        QString orderNo, kind, reason, note;
        QList<Pieces> lines; ///< empty: every line of the order, whole
        core::Money claim; ///< lost or damaged: what is claimed from the courier for the goods
    };
    /// Opens a case on a shipped order (any order for a refund only); a lost, damaged, undeliverable
    /// or refused parcel also opens the courier's claim. Gives the case number.
    core::Result<QString> open(const OpenRequest &request, const QString &actor);
    /// The order a case would be opened on, with its lines (to choose the case's lines from);
    /// none when there is no such order.
    core::Result<std::optional<OrderForCase>> orderForCase(const QString &orderNo) const;

    struct Inspected {
        QString barcode;
        int quantity = 1;
        bool intact = true;
    };
    /// The goods came back: each inspected piece booked (intact → stock, damaged → faulty goods),
    /// referencing the order and the case. `pieces` empty: every piece of the case, intact.
    core::Status receive(const QString &caseNo, const QList<Inspected> &pieces, const QString &actor);
    /// Refunds the buyer `amount` (more than 0, at most what the order paid less other cases' refunds).
    core::Status refund(const QString &caseNo, core::Money amount, const QString &actor);

    struct ResendRequest {
        QList<Pieces> lines; ///< the replacement SKUs; empty: the case's own SKUs again
        QString courier; ///< empty: the order's courier
        QString trackingNo;
    };
    /// Sends a replacement parcel (to be checked at the packing station, where it is booked out).
    core::Status resend(const QString &caseNo, const ResendRequest &request, const QString &actor);
    core::Status close(const QString &caseNo, const QString &actor);
    /// Takes back the case's last step, which must be `action` (the one an undo is for): its
    /// bookings reversed, its parcel or claim withdrawn; undoing the opening removes the case.
    core::Status undo(const QString &caseNo, const QString &action, const QString &actor);

    core::Result<std::optional<Case>> caseByNo(const QString &caseNo) const;
    core::Result<QList<Case>> cases(bool openOnly = false) const;
    core::Result<QList<CaseEvent>> history(const QString &caseNo) const;

    /// The store's reasons, and changing them (none empty, none twice, no comma).
    QStringList reasons() const;
    core::Status setReasons(const QStringList &reasons);

    /// Whether `action` may be taken on a case of `kind` in `state`; the message says why not.
    static core::Status allowed(const QString &kind, const QString &state, const QString &action);

    /// Cases per reason, item and SKU opened from `from` to `to`, refunds, return rate per item.
    core::Result<AftersaleReport> report(QDate from, QDate to) const;
    static core::Status writeReportXlsx(const AftersaleReport &report, const QString &path);

    /// Every open case with the reply of the returns group (退换货) that fits it, filled in.
    core::Result<QList<CaseReply>> openCaseReplies() const;

private:
    core::Result<Case> load(const QString &caseNo) const;
    const core::Database &mDb;
};

} // namespace shopdesk::aftersale
