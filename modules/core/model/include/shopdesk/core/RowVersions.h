#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace shopdesk::core {

class Database;

/// Who last changed a row people edit by hand, and its version then.
struct RowStamp {
    qint64 version = 0;
    QString changedBy; ///< the seat name; empty before the first versioned edit
    QDateTime changedAt; ///< local time; invalid before the first versioned edit
};

/// Optimistic locking of hand edits (shop format's row_version / changed_by / changed_at). A view
/// reads the versions with its rows; an edit passes the version it read to claim(), in the edit's
/// transaction, before it writes. When another seat changed the row since, claim() refuses with a
/// message naming who and when, and the edit writes nothing. Counts, scans, ledger rows and
/// imports add rows and take no claim; an import or a CLI edit without a version read still
/// bump()s the row, so that a view holding the old version is refused in its turn.
class RowVersions {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::RowVersions)
public:
    /// The tables with versioned rows (a fixed list: never a name from outside).
    enum class Table { Items, Skus, Replies, Buyers, Suppliers };

    explicit RowVersions(const Database &db)
        : mDb(db)
    {
    }

    Result<RowStamp> stamp(Table table, qint64 id) const;
    /// Every row's version, by id: what a view keeps beside the rows it shows. Read it before the
    /// rows: a change between the two reads then refuses an edit, never lets one through unseen.
    Result<QHash<qint64, qint64>> versions(Table table) const;
    /// The versions of one item's SKUs (what the SKU grid of that item keeps), read the same way.
    Result<QHash<qint64, qint64>> skuVersionsOf(qint64 itemId) const;

    /// Takes the row from version `seen` to the next, recorded as changed by this seat now, in the
    /// caller's transaction. Refused when the row is no longer at `seen`: "`what` was changed by
    /// <seat> at <time>: open it again and redo the change." (`what` names the field and the
    /// record: “the price of WY-3001”). Gives the new version.
    Result<qint64> claim(Table table, qint64 id, qint64 seen, const QString &what) const;
    /// The next version without a check (an import, a CLI edit that read no version). Gives it.
    Result<qint64> bump(Table table, qint64 id) const;
    /// claim() with a version, bump() without one.
    Result<qint64> touch(Table table, qint64 id, std::optional<qint64> seen, const QString &what) const;

    /// A stored changed_at (UTC, "YYYY-MM-DD HH:MM:SS…" from CURRENT_TIMESTAMP) as local time.
    static QDateTime fromStored(const QString &text);

private:
    const Database &mDb;
};

} // namespace shopdesk::core
