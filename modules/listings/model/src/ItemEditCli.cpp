#include "ItemEditCli.h"

#include "ListingsService.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/RowVersions.h>

namespace shopdesk::listings {

namespace {
class EditItemCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::EditItemCli)
public:
    static core::CliOutcome run(const core::CliInvocation &in);
};

core::CliOutcome EditItemCli::run(const core::CliInvocation &in)
{
    using core::CliOutcome;
    QStringList args = in.args;
    bool missing = false, hasPrice = false, hasTitle = false, hasSeen = false;
    const QString priceText = core::cli::takeOption(args, QStringLiteral("--price"), &hasPrice, &missing);
    const QString title = core::cli::takeOption(args, QStringLiteral("--title"), &hasTitle, &missing);
    const QString seenText = core::cli::takeOption(args, QStringLiteral("--seen"), &hasSeen, &missing);
    if (missing || args.size() != 1)
        return CliOutcome::failure(tr("Usage: edit-item CODE [--price YUAN] [--title TEXT] [--seen VERSION]"), 2);
    std::optional<qint64> seen;
    if (hasSeen) {
        bool ok = false;
        seen = seenText.toLongLong(&ok);
        if (!ok || *seen < 0)
            return CliOutcome::failure(tr("--seen needs the version a reading run printed, e.g. 3."), 2);
    }
    std::optional<core::Money> price;
    if (hasPrice) {
        auto parsed = core::Money::parse(priceText);
        if (!parsed || parsed->fen() < 0)
            return CliOutcome::failure(tr("“%1” is not an amount in yuan.").arg(priceText), 2);
        price = *parsed;
    }
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto item = core::ItemRepository(**db).itemByCode(args.first());
    if (!item)
        return CliOutcome::failure(item.errorMessage());
    if (!*item)
        return CliOutcome::failure(tr("No item has the code “%1”.").arg(args.first()));
    const qint64 id = (*item)->id;
    ListingsService service(**db);
    if (hasPrice)
        if (core::Status s = service.setPrice(id, *price, seen); !s)
            return CliOutcome::failure(s.errorMessage());
    if (hasTitle)
        if (core::Status s = service.setTitle(id, title, hasPrice ? std::nullopt : seen); !s)
            return CliOutcome::failure(s.errorMessage());
    auto stamp = core::RowVersions(**db).stamp(core::RowVersions::Table::Items, id);
    auto now = service.item(id);
    if (!stamp || !now)
        return CliOutcome::failure(!stamp ? stamp.errorMessage() : now.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("code"), now->code }, { QStringLiteral("version"), stamp->version },
            { QStringLiteral("price"), now->price.toDisplayString() }, { QStringLiteral("title"), now->title } },
        tr("%1 at version %2: %3, %4")
            .arg(now->code)
            .arg(stamp->version)
            .arg(now->price.toDisplayString(), now->title));
}
} // namespace

core::CliCommand editItemCommand()
{
    return { QStringLiteral("edit-item"),
        QStringLiteral("edit-item CODE [--price YUAN] [--title TEXT] [--seen VERSION]"),
        [] {
            return EditItemCli::tr("Change an item's price or title; with --seen, refused when another PC changed the "
                                   "item since that version was read. Without a change, prints the version.");
        },
        &EditItemCli::run };
}

} // namespace shopdesk::listings
