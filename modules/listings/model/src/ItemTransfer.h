#pragma once

#include "ListingsRepository.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::listings {

/// What an import did.
struct ImportSummary {
    int itemsAdded = 0, itemsUpdated = 0, skusAdded = 0, skusUpdated = 0, barcodesGenerated = 0;
};

/// Items and SKUs to and from CSV (one row per SKU, the item's fields repeated) and xlsx.
/// Columns are found by their header in Chinese or English. An import is checked completely
/// before anything is written and then written in one transaction: all of it or nothing, and a
/// problem names file, line and field. SKUs without a barcode get an in-store EAN-13 (prefix 20).
class ItemTransfer {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::ItemTransfer)
public:
    static constexpr int kInStorePrefix = 20;
    /// The longest short name (简称) an item may have, in characters.
    static constexpr int kShortNameMax = 20;

    /// The export header in the current UI language.
    static QStringList header();
    static QList<QStringList> rows(const QList<ItemWithSkus> &items);

    /// Writes every item that is not archived; .xlsx by the file's suffix, CSV (UTF-8 with BOM) otherwise.
    static core::Result<int> exportFile(const core::Database &db, const QString &path);

    /// Checks `csv` against what the shop holds and gives what to write.
    static core::Result<QList<ItemWithSkus>> plan(const core::CsvFile &csv, ExistingCatalogue existing,
        ImportSummary *summary = nullptr, qint64 maxMoneyFen = core::Parse::kMaxLineMoneyFen);
    static core::Result<ImportSummary> importFile(const core::Database &db, const QString &path);

    /// Role from a code or its name in Chinese or English; empty when unknown.
    static QString roleFromText(const QString &text);
};

} // namespace shopdesk::listings
