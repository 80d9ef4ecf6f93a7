#pragma once

#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

struct ReceivingLine {
    qint64 skuId = 0;
    int quantity = 0;
    core::Money unitCost;
};

/// A receiving note (入库单): goods from a supplier, booked into stock when posted.
struct ReceivingNote {
    qint64 id = 0;
    QString noteNo;
    qint64 supplierId = 0;
    QDate receivedOn;
    core::Money freight, paid;
    QString status = QStringLiteral("draft"); ///< draft | posted
    QString actor, note;
    QList<ReceivingLine> lines;
    std::optional<qint64> purchaseOrderId; ///< the purchase order (采购单) it receives, if any
};

/// A note as the notes list shows it.
struct ReceivingNoteOverview {
    ReceivingNote note; ///< without lines
    QString supplierName;
    qint64 pieces = 0;
    core::Money goods; ///< Σ quantity × unit cost
    core::Money owed() const { return goods + note.freight - note.paid; }
};

/// A note's lines added up.
struct ReceivingNoteTotals {
    qint64 pieces = 0;
    core::Money goods; ///< Σ quantity × unit cost
};

/// A line with its SKU in words (for printing).
struct ReceivingLineDetail {
    ReceivingLine line;
    QString itemCode, itemTitle, color, size, barcode;
};

/// Receiving notes and their posting into the stock ledger.
class ReceivingRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::ReceivingRepository)
public:
    explicit ReceivingRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Saves a draft note with its lines (one transaction).
    core::Result<qint64> addDraft(const ReceivingNote &note);
    /// Posts a draft: books every line into the ledger as 'receive' with the note number, all in
    /// one transaction, and marks the note posted.
    core::Status post(qint64 noteId, const QString &actor, const QDateTime &at = {});

    core::Result<QList<ReceivingNote>> notes() const;
    core::Result<QList<ReceivingNoteOverview>> overview() const;
    /// Each note's lines added up, for every note with lines: the kept totals (shop format 27)
    /// plus the lines past their bookmark, so right whoever wrote the lines.
    core::Result<QHash<qint64, ReceivingNoteTotals>> totals() const;
    /// The kept totals take in the lines written since the last time (one transaction, nested in
    /// the caller's if there is one; on a server it lets the bookmark be while another PC writes
    /// notes). Costs two index look-ups when nothing is new.
    core::Status catchUpTotals() const;
    core::Result<QList<ReceivingLineDetail>> lineDetails(qint64 noteId) const;

    /// Saves and posts a note in one transaction. Gives the note's id.
    core::Result<qint64> addAndPost(const ReceivingNote &note, const QString &actor);
    /// Takes a posted note back out of stock by compensating entries (the note stays, marked
    /// reversed).
    core::Status reverse(qint64 noteId, const QString &actor);
    /// A free note number for a day: RK-yyyyMMdd-N.
    core::Result<QString> nextNoteNo(QDate day) const;

    /// Reads a receiving note from CSV (入库单号/note_no, 供应商/supplier, 日期/date, 条码/barcode,
    /// 数量/quantity, 单价/unit_cost, 运费/freight, 已付/paid; one line per SKU, the note's own
    /// fields taken from its first line), saves it and posts it, all in one transaction.
    /// Any bad line names file, line and field, and nothing is written.
    core::Result<ReceivingNote> importAndPost(const QString &path, const QString &actor);

private:
    /// A note's number and status (draft | posted).
    core::Result<std::pair<QString, QString>> noteHead(qint64 noteId) const;
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
