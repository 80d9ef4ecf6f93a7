// shopdesk-cli labels: SKU labels on a thermal roll (40x30, 50x30, 60x40 mm, one label a page, bars
// on whole printer dots) or an A4 sheet, N per SKU or a receiving note's quantities (with --json).

#include "LabelsCli.h"

#include "LabelRepository.h"
#include "LabelRoll.h"
#include "LabelSheet.h"

#include <shopdesk/core/Parse.h>

#include <QJsonArray>

namespace shopdesk::listings {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class LabelsCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::LabelsCli)
public:
    static CliOutcome run(const CliInvocation &in);
};

const QString kSynopsis = QStringLiteral(
    "labels --out FILE.pdf [--size 40x30|50x30|60x40|a4] [--dpi 203|300] [--sku CODE … --count N] [--receiving NOTE]");
/// The most labels of one run (a roll of 40x30 labels holds about 2,000).
constexpr qint64 kMaxLabels = 20000;
} // namespace

CliOutcome LabelsCli::run(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false;
    const QString out = core::cli::takeOption(args, QStringLiteral("--out"), nullptr, &missing);
    const QString size = core::cli::takeOption(args, QStringLiteral("--size"), nullptr, &missing);
    const QString dpiText = core::cli::takeOption(args, QStringLiteral("--dpi"), nullptr, &missing);
    const QString countText = core::cli::takeOption(args, QStringLiteral("--count"), nullptr, &missing);
    const QString note = core::cli::takeOption(args, QStringLiteral("--receiving"), nullptr, &missing);
    QStringList skus;
    for (;;) {
        bool present = false;
        const QString v = core::cli::takeOption(args, QStringLiteral("--sku"), &present, &missing);
        if (!present || missing)
            break;
        skus << v;
    }
    if (missing || out.isEmpty() || !args.isEmpty() || (skus.isEmpty() && note.isEmpty()))
        return CliOutcome::failure(tr("Usage: %1").arg(kSynopsis), 2);
    const bool sheet = size.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0;
    auto stock = LabelStock::byName(size.isEmpty() ? QStringLiteral("40x30") : size);
    if (!sheet && !stock)
        return CliOutcome::failure(stock.errorMessage(), 2);
    const int dpi = dpiText.isEmpty() ? 203 : dpiText.toInt();
    if (dpi != 203 && dpi != 300)
        return CliOutcome::failure(
            tr("--dpi takes the label printer's resolution, 203 or 300, not “%1”.").arg(dpiText), 2);
    const auto count = countText.isEmpty() ? std::optional<qint64>(1) : core::Parse::whole(countText, kMaxLabels);
    if (!count || *count < 1)
        return CliOutcome::failure(
            tr("--count takes 1 to %1 labels per SKU, not “%2”.").arg(kMaxLabels).arg(countText), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    LabelRepository repo(**db);
    QList<std::pair<Label, int>> wanted;
    for (const QString &code : std::as_const(skus)) {
        auto labels = repo.byCode(code);
        if (!labels)
            return CliOutcome::failure(labels.errorMessage());
        for (const Label &l : std::as_const(*labels))
            wanted.append({ l, int(*count) });
    }
    if (!note.isEmpty()) {
        auto received = repo.received(note);
        if (!received)
            return CliOutcome::failure(received.errorMessage());
        wanted += *received;
    }
    QList<Label> labels;
    QJsonArray rows;
    qint64 total = 0;
    for (const auto &[label, n] : std::as_const(wanted))
        total += n;
    if (total > kMaxLabels)
        return CliOutcome::failure(
            tr("%1 labels are more than %2 in one run; print fewer at a time.").arg(total).arg(kMaxLabels));
    for (const auto &[label, n] : std::as_const(wanted)) {
        for (int i = 0; i < n; ++i)
            labels << label;
        rows.append(QJsonObject { { QStringLiteral("item"), label.itemCode }, { QStringLiteral("color"), label.color },
            { QStringLiteral("size"), label.size }, { QStringLiteral("barcode"), label.barcode },
            { QStringLiteral("count"), n } });
    }
    if (labels.isEmpty())
        return CliOutcome::failure(tr("There are no SKUs to print labels for."));
    const core::Status s = sheet ? LabelSheet::writePdf(out, labels) : LabelRoll::writePdf(out, labels, *stock, dpi);
    if (!s)
        return CliOutcome::failure(s.errorMessage());
    const QString shownSize = sheet ? QStringLiteral("a4") : stock->name;
    return CliOutcome::success({ { QStringLiteral("file"), core::cli::shownPath(out) },
                                   { QStringLiteral("size"), shownSize }, { QStringLiteral("dpi"), dpi },
                                   { QStringLiteral("labels"), int(labels.size()) }, { QStringLiteral("skus"), rows } },
        tr("%1 labels (%2) written to %3.").arg(labels.size()).arg(shownSize, core::cli::shownPath(out)));
}

core::CliCommand labelsCommand()
{
    core::CliCommand c { QStringLiteral("labels"), kSynopsis,
        [] {
            return LabelsCli::tr("SKU labels as PDF on a thermal roll (40x30, 50x30, 60x40 mm) or an A4 sheet: N per "
                                 "SKU, or a receiving note's quantities.");
        },
        &LabelsCli::run };
    c.needs = &core::CliCommand::painting;
    return c;
}

} // namespace shopdesk::listings
