#pragma once

#include "ListingsCommand.h"

#include <functional>
#include <optional>

namespace shopdesk::listings {

/// In-place edits of one field (a cell of the items table, the SKU form) as core::ChangeValue
/// commands over the service: consecutive edits of the same field of the same record merge into
/// one undo step, keeping the first old value.
///
/// `seen` gives, at each redo and undo, the record's version as the view last read it with the
/// rows it shows (core::RowVersions): an edit of a row another seat changed since is refused,
/// naming who, and the refused command leaves the stack. Empty: no check.
class FieldEdits {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::FieldEdits)
public:
    using Seen = std::function<std::optional<qint64>()>;
    static core::UndoCommand *title(ListingsService &service, core::ShopEvents &events, const core::Item &item,
        const QString &title, Seen seen = {});
    static core::UndoCommand *price(
        ListingsService &service, core::ShopEvents &events, const core::Item &item, core::Money price, Seen seen = {});
    /// On shelf starts a new 7-day cycle at `at`; undo restores the cycle the item had.
    static core::UndoCommand *shelf(
        ListingsService &service, core::ShopEvents &events, const core::Item &item, bool onShelf, const QDateTime &at);
    /// The short name messages to buyers call the item by.
    static core::UndoCommand *shortName(ListingsService &service, core::ShopEvents &events, const core::Item &item,
        const QString &before, const QString &after);
    /// A SKU's barcode, price and cost together (on-hand is the ledger's, never edited here).
    static core::UndoCommand *sku(ListingsService &service, core::ShopEvents &events, const core::Sku &before,
        const core::Sku &after, Seen seen = {});
};

} // namespace shopdesk::listings
