// shopdesk-cli mappings (all with --json):
//   mappings list
//   mappings add (--code CODE | --title TITLE) [--color C] [--size S] --barcode BARCODE
//   mappings remove (--code CODE | --title TITLE) [--color C] [--size S]

#include "CliParts.h"
#include "shopdesk/shipping/MappingRepository.h"

#include <shopdesk/core/ItemRepository.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace shopdesk::shipping::cliparts {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class MappingsCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::MappingsCli)
public:
    static CliOutcome list(const CliInvocation &in);
    static CliOutcome add(const CliInvocation &in);
    static CliOutcome remove(const CliInvocation &in);
};

const QString kSynopsis = QStringLiteral("mappings list | mappings add (--code CODE | --title TITLE) [--color C] "
                                         "[--size S] --barcode BARCODE | mappings remove (--code CODE | --title "
                                         "TITLE) [--color C] [--size S]");

CliOutcome usage() { return CliOutcome::failure(MappingsCli::tr("Usage: %1").arg(kSynopsis), 2); }

QJsonObject toJson(const SkuMapping &m)
{
    return { { QStringLiteral("kind"), m.key.kind }, { QStringLiteral("source"), m.key.source },
        { QStringLiteral("color"), m.key.color }, { QStringLiteral("size"), m.key.size },
        { QStringLiteral("barcode"), m.barcode }, { QStringLiteral("item_code"), m.itemCode },
        { QStringLiteral("sku_color"), m.skuColor }, { QStringLiteral("sku_size"), m.skuSize },
        { QStringLiteral("actor"), m.actor } };
}

/// The key from --code/--title, --color, --size; the rest of the arguments in `rest`.
std::optional<MappingKey> keyFrom(QStringList &args)
{
    bool missing = false, bad = false;
    const QString code = core::cli::takeOption(args, QStringLiteral("--code"), nullptr, &missing);
    bad = bad || missing;
    const QString title = core::cli::takeOption(args, QStringLiteral("--title"), nullptr, &missing);
    bad = bad || missing;
    const QString color = core::cli::takeOption(args, QStringLiteral("--color"), nullptr, &missing);
    bad = bad || missing;
    const QString size = core::cli::takeOption(args, QStringLiteral("--size"), nullptr, &missing);
    bad = bad || missing;
    if (bad || code.isEmpty() == title.isEmpty())
        return std::nullopt;
    return MappingKey { code.isEmpty() ? MappingKey::kTitle : MappingKey::kCode,
        code.isEmpty() ? title.trimmed() : code.trimmed(), color.trimmed(), size.trimmed() };
}
} // namespace

CliOutcome MappingsCli::list(const CliInvocation &in)
{
    if (!in.args.isEmpty())
        return usage();
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto list = MappingRepository(**db).list();
    if (!list)
        return CliOutcome::failure(list.errorMessage());
    QJsonArray rows;
    QStringList text;
    for (const SkuMapping &m : *list) {
        rows.append(toJson(m));
        text << tr("%1 %2 %3/%4 → %5 (%6)")
                    .arg(m.key.kind == MappingKey::kCode ? tr("outer code") : tr("title"), m.key.source, m.key.color,
                        m.key.size, m.itemCode + QLatin1Char('/') + m.skuColor + QLatin1Char('/') + m.skuSize,
                        m.barcode);
    }
    if (text.isEmpty())
        text << tr("The shop has no mappings yet.");
    return CliOutcome::success({ { QStringLiteral("mappings"), rows } }, text.join(QLatin1Char('\n')));
}

CliOutcome MappingsCli::add(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false;
    const QString barcode = core::cli::takeOption(args, QStringLiteral("--barcode"), nullptr, &missing);
    const auto key = keyFrom(args);
    if (!key || missing || barcode.isEmpty() || !args.isEmpty())
        return usage();
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto sku = core::ItemRepository(**db).skuByBarcode(barcode.trimmed());
    if (!sku)
        return CliOutcome::failure(sku.errorMessage());
    if (!sku->has_value())
        return CliOutcome::failure(tr("No SKU has the barcode %1.").arg(barcode));
    auto change = MappingRepository(**db).set(*key, (*sku)->sku.id, in.actor);
    if (!change)
        return CliOutcome::failure(change.errorMessage());
    return CliOutcome::success({ { QStringLiteral("source"), key->source }, { QStringLiteral("barcode"), barcode },
                                   { QStringLiteral("matched_lines"), int(change->matchedLines.size()) } },
        tr("%1 now maps to %2; %n waiting line(s) matched.", nullptr, int(change->matchedLines.size()))
            .arg(key->source, barcode));
}

CliOutcome MappingsCli::remove(const CliInvocation &in)
{
    QStringList args = in.args;
    const auto key = keyFrom(args);
    if (!key || !args.isEmpty())
        return usage();
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    MappingRepository mappings(**db);
    auto found = mappings.find(*key);
    if (!found)
        return CliOutcome::failure(found.errorMessage());
    if (!found->has_value())
        return CliOutcome::failure(
            tr("There is no mapping of %1 (colour “%2”, size “%3”).").arg(key->source, key->color, key->size));
    auto change = mappings.set(*key, std::nullopt, in.actor);
    if (!change)
        return CliOutcome::failure(change.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("source"), key->source } }, tr("The mapping of %1 was removed.").arg(key->source));
}

core::CliCommand mappings()
{
    return { QStringLiteral("mappings"), kSynopsis,
        [] {
            return MappingsCli::tr("List, add or remove the shop's mappings (商品对应关系) of the platform's outer "
                                   "codes or titles to SKUs.");
        },
        [](const CliInvocation &in) {
            return core::runVerb(in, QStringLiteral("mappings"),
                { { QStringLiteral("list"), &MappingsCli::list }, { QStringLiteral("add"), &MappingsCli::add },
                    { QStringLiteral("remove"), &MappingsCli::remove } });
        } };
}

} // namespace shopdesk::shipping::cliparts
