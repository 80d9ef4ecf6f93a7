#pragma once

#include <QVariantList>
#include <Qt>

namespace shopdesk::core {

/// One window of rows a view asks a repository for (core::WindowedTableModel in core's UI):
/// LIMIT `limit` after the rows it holds, in the order of `sortColumn` (the repository's own order
/// for -1). Repositories page by key: `last` is the last row held, whose values (the shown ones
/// and the hidden key after them) the next window starts after.
struct RowWindow {
    qint64 offset = 0; ///< rows already held (0 for the first window)
    int limit = 0; ///< at most this many rows
    const QVariantList *last = nullptr; ///< the last row held, null for the first window
    int sortColumn = -1; ///< -1: the repository's own order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

} // namespace shopdesk::core
