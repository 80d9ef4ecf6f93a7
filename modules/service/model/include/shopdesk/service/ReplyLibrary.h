#pragma once

#include "shopdesk/service/ReplyRepository.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shopdesk::service {

/// Search as you type over code, title and text. Kept in memory: every keystroke is a scan of
/// prepared lower-case text, no database round trip.
class ReplySearch {
public:
    void setReplies(const QList<Reply> &replies);
    const QList<Reply> &replies() const { return mReplies; }
    /// Indexes into replies() matching every word of `query`: the exact code first, then codes
    /// starting with it, then titles, then texts; library order within each. A query that extends
    /// the previous one (the agent typed one more character) only looks at the previous matches.
    QList<int> match(const QString &query) const;

private:
    struct Entry {
        QString code, title, body;
    };
    QList<Reply> mReplies;
    QList<Entry> mEntries;
    mutable QString mLastQuery; ///< case-folded
    mutable QList<int> mLastHits; ///< its matches in library order
    mutable bool mHaveLast = false;
};

/// The library a new shop starts with: the house tone of the demo's replies without its facts
/// (no shop name, address, courier or price written in), so the codes the buyer lists use
/// (dh, cf, wl4) exist from the first day. The store edits or replaces it like any library.
class ReplyLibrary {
public:
    /// The starter replies, in library order (ids 0).
    static QList<Reply> starter();
    /// Writes starter() into a shop whose library is empty, in one transaction. Gives how many
    /// replies it wrote: 0 when the shop already has replies (nothing is changed then).
    static core::Result<int> installStarter(const core::Database &db);
};

/// The library as a file: CSV (UTF-8 with BOM on export; UTF-8 or GBK on import) or xlsx export.
/// Columns: 分组 group, 代码 code, 标题 title, 内容 text.
class ReplyTransfer {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::ReplyTransfer)
public:
    struct ImportSummary {
        int added = 0, updated = 0;
    };
    /// Reads the whole file first; any bad row refuses the import (naming file, line and field)
    /// and nothing is written. Existing codes are updated, new ones added, in one transaction.
    static core::Result<ImportSummary> importCsv(const core::Database &db, const QString &path);
    /// .csv or .xlsx by the file's ending.
    static core::Result<int> exportFile(const core::Database &db, const QString &path);
};

} // namespace shopdesk::service
