#include "FieldEdits.h"

namespace shopdesk::listings {

namespace {
int fieldId(ListingsField f) { return int(f); }
std::optional<qint64> versionOf(const FieldEdits::Seen &seen) { return seen ? seen() : std::nullopt; }
} // namespace

core::UndoCommand *FieldEdits::title(
    ListingsService &service, core::ShopEvents &events, const core::Item &item, const QString &title, Seen seen)
{
    const qint64 id = item.id;
    return new core::ChangeValue<QString>([code = item.code] { return tr("Change the title of %1").arg(code); }, events,
        core::Topic::Items, fieldId(ListingsField::Title), id, item.title, title,
        [&service, id, seen](const QString &v) { return service.setTitle(id, v, versionOf(seen)); });
}

core::UndoCommand *FieldEdits::price(
    ListingsService &service, core::ShopEvents &events, const core::Item &item, core::Money price, Seen seen)
{
    const qint64 id = item.id;
    return new core::ChangeValue<core::Money>([code = item.code] { return tr("Change the price of %1").arg(code); },
        events, core::Topic::Items, fieldId(ListingsField::Price), id, item.price, price,
        [&service, id, seen](const core::Money &v) { return service.setPrice(id, v, versionOf(seen)); });
}

core::UndoCommand *FieldEdits::shelf(
    ListingsService &service, core::ShopEvents &events, const core::Item &item, bool onShelf, const QDateTime &at)
{
    const qint64 id = item.id;
    return new core::ChangeValue<ShelfState>(
        [onShelf, code = item.code] {
            return onShelf ? tr("Put %1 on shelf").arg(code) : tr("Take %1 off shelf").arg(code);
        },
        events, core::Topic::Items, fieldId(ListingsField::Shelf), id, ShelfState { item.onShelf, item.listedAt },
        ShelfState { onShelf, onShelf ? at : QDateTime() },
        [&service, id](const ShelfState &v) { return service.setShelfState(id, v); });
}

core::UndoCommand *FieldEdits::shortName(ListingsService &service, core::ShopEvents &events, const core::Item &item,
    const QString &before, const QString &after)
{
    const qint64 id = item.id;
    return new core::ChangeValue<QString>([code = item.code] { return tr("Change the short name of %1").arg(code); },
        events, core::Topic::Items, fieldId(ListingsField::ShortName), id, before, after,
        [&service, id](const QString &v) { return service.setShortName(id, v); });
}

core::UndoCommand *FieldEdits::sku(
    ListingsService &service, core::ShopEvents &events, const core::Sku &before, const core::Sku &after, Seen seen)
{
    return new core::ChangeValue<core::Sku>(
        [color = after.color, size = after.size] { return tr("Edit SKU %1/%2").arg(color, size); }, events,
        core::Topic::Items, fieldId(ListingsField::Sku), after.id, before, after,
        [&service, seen](const core::Sku &v) { return service.updateSku(v, versionOf(seen)); });
}

} // namespace shopdesk::listings
