#pragma once

#include "LabelSheet.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::listings {

/// What SKU labels print, read from the shop: a SKU by its barcode (or every SKU of an item by
/// its item code), and the SKUs a receiving note (入库单) took in with their quantities.
class LabelRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::LabelRepository)
public:
    explicit LabelRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// The labels of `code`: the SKU with this barcode, else every SKU of the item with this code
    /// (by colour and size as stored). An unknown code is an error naming it.
    core::Result<QList<Label>> byCode(const QString &code) const;
    /// Each SKU of a receiving note with the quantity received, in the note's order. An unknown
    /// note is an error naming it.
    core::Result<QList<std::pair<Label, int>>> received(const QString &noteNo) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::listings
