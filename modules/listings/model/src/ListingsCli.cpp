#include "ListingsCli.h"

#include "ItemEditCli.h"
#include "ItemTransfer.h"
#include "LabelSheet.h"
#include "LabelsCli.h"
#include "ListingsReports.h"
#include "ListingsRepository.h"
#include "shopdesk/listings/ListingsCommands.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>

#include <QJsonArray>

namespace shopdesk::listings {

using core::CliInvocation;
using core::CliOutcome;

namespace {
/// --now "YYYY-MM-DD HH:MM" (for reproducible plans), else the clock.
bool parseNow(QStringList &args, QDateTime *now, CliOutcome *error)
{
    bool missing = false;
    const QString text = core::cli::takeOption(args, QStringLiteral("--now"), nullptr, &missing);
    *now = QDateTime::currentDateTime();
    if (missing
        || (!text.isEmpty() && !(*now = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"))).isValid())) {
        *error = CliOutcome::failure(ListingsCli::tr("--now needs a time like “2026-11-25 09:00”."), 2);
        return false;
    }
    return true;
}
} // namespace

QList<core::CliCommand> ListingsCli::commands()
{
    return {
        { QStringLiteral("import-items"), QStringLiteral("import-items FILE.csv"),
            [] {
                return tr("Import items and SKUs from a CSV file (UTF-8 or GBK, Chinese or English headers): all or "
                          "nothing.");
            },
            &ListingsCli::importItems },
        { QStringLiteral("export-items"), QStringLiteral("export-items FILE.csv|FILE.xlsx"),
            [] { return tr("Export every item and SKU as CSV (UTF-8 with BOM) or xlsx."); },
            &ListingsCli::exportItems },
        { QStringLiteral("titles-check"), QStringLiteral("titles-check [--all]"),
            [] {
                return tr("Check every title: 60 bytes, absolute words, spaces, duplicates (exit 1 when a title breaks "
                          "a rule).");
            },
            &ListingsCli::titlesCheck },
        { QStringLiteral("relist-plan"), QStringLiteral("relist-plan [--now \"YYYY-MM-DD HH:MM\"] [--csv OUT.csv]"),
            [] { return tr("Each on-shelf item's weekly relist time inside the peak hours."); },
            &ListingsCli::relistPlan },
        { QStringLiteral("advice"), QStringLiteral("advice [--now \"YYYY-MM-DD HH:MM\"]"),
            [] { return tr("What to take off shelf, put in the showcase and reorder, each with its reason."); },
            &ListingsCli::advice },
        { QStringLiteral("pareto"), QStringLiteral("pareto [--from YYYY-MM-DD] [--to YYYY-MM-DD]"),
            [] {
                return tr(
                    "Items ranked by sales over a period (default the last 30 days) and which carry 80% of them.");
            },
            &ListingsCli::pareto },
        { QStringLiteral("print-labels"), QStringLiteral("print-labels --out FILE.pdf [ITEMCODE …]"),
            [] {
                return tr("A sheet of SKU barcode labels as PDF (A4, 3 × 8): the given items, or every item on offer.");
            },
            &ListingsCli::printLabels },
    };
}

CliOutcome ListingsCli::importItems(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return CliOutcome::failure(tr("import-items needs exactly one argument: the CSV file."), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto s = ItemTransfer::importFile(**db, in.args.first());
    if (!s)
        return CliOutcome::failure(s.errorMessage());
    QJsonObject j { { QStringLiteral("file"), core::cli::shownPath(in.args.first()) },
        { QStringLiteral("items_added"), s->itemsAdded }, { QStringLiteral("items_updated"), s->itemsUpdated },
        { QStringLiteral("skus_added"), s->skusAdded }, { QStringLiteral("skus_updated"), s->skusUpdated },
        { QStringLiteral("barcodes_generated"), s->barcodesGenerated } };
    return CliOutcome::success(j,
        tr("Imported %1: %2 items added, %3 updated; %4 SKUs added, %5 updated; %6 barcodes generated.")
            .arg(core::cli::shownPath(in.args.first()))
            .arg(s->itemsAdded)
            .arg(s->itemsUpdated)
            .arg(s->skusAdded)
            .arg(s->skusUpdated)
            .arg(s->barcodesGenerated));
}

CliOutcome ListingsCli::exportItems(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return CliOutcome::failure(tr("export-items needs exactly one argument: the .csv or .xlsx file to write."), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto n = ItemTransfer::exportFile(**db, in.args.first());
    if (!n)
        return CliOutcome::failure(n.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("file"), core::cli::shownPath(in.args.first()) }, { QStringLiteral("items"), *n } },
        tr("%1 items written to %2.").arg(*n).arg(core::cli::shownPath(in.args.first())));
}

CliOutcome ListingsCli::titlesCheck(const CliInvocation &in)
{
    QStringList args = in.args;
    const bool all = args.removeAll(QStringLiteral("--all")) > 0;
    if (!args.isEmpty())
        return CliOutcome::failure(tr("titles-check does not know “%1”.").arg(args.first()), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto rows = ListingsReports::titles(**db, all);
    if (!rows)
        return CliOutcome::failure(rows.errorMessage());
    QJsonArray items;
    QStringList lines;
    int broken = 0;
    static const char *kinds[] = { "empty", "too_long", "absolute_word", "duplicate", "no_spaces" };
    for (const TitleReportRow &r : *rows) {
        QJsonArray issues;
        QStringList texts;
        for (const TitleIssue &i : r.issues) {
            issues.append(QJsonObject { { QStringLiteral("rule"), QString::fromLatin1(kinds[int(i.kind)]) },
                { QStringLiteral("word"), i.word }, { QStringLiteral("message"), i.message } });
            texts << i.message;
        }
        broken += r.issues.isEmpty() ? 0 : 1;
        items.append(QJsonObject { { QStringLiteral("code"), r.item.code }, { QStringLiteral("title"), r.item.title },
            { QStringLiteral("bytes"), r.bytes }, { QStringLiteral("issues"), issues } });
        lines << tr("%1  %2 (%3 bytes): %4")
                     .arg(r.item.code, r.item.title)
                     .arg(r.bytes)
                     .arg(texts.isEmpty() ? tr("ok") : texts.join(QLatin1Char(' ')));
    }
    CliOutcome o = CliOutcome::success({ { QStringLiteral("items"), items }, { QStringLiteral("broken"), broken } },
        lines.isEmpty() ? tr("Every title keeps the rules.") : lines.join(QLatin1Char('\n')));
    o.exitCode = broken > 0 ? 1 : 0;
    return o;
}

CliOutcome ListingsCli::relistPlan(const CliInvocation &in)
{
    QStringList args = in.args;
    QDateTime now;
    CliOutcome err;
    if (!parseNow(args, &now, &err))
        return err;
    bool missing = false;
    const QString csv = core::cli::takeOption(args, QStringLiteral("--csv"), nullptr, &missing);
    if (missing || !args.isEmpty())
        return CliOutcome::failure(tr("Usage: relist-plan [--now \"YYYY-MM-DD HH:MM\"] [--csv OUT.csv]"), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto plan = ListingsReports::relistPlan(**db, now);
    if (!plan)
        return CliOutcome::failure(plan.errorMessage());
    QStringList header;
    QList<QStringList> rows;
    ListingsReports::writeRelistCsvRows(*plan, &header, &rows);
    if (!csv.isEmpty())
        if (core::Status s = core::writeCsv(csv, header, rows); !s)
            return CliOutcome::failure(s.errorMessage());
    QJsonArray items;
    QStringList lines;
    for (const RelistSlot &s : *plan) {
        items.append(
            QJsonObject { { QStringLiteral("code"), s.item.code }, { QStringLiteral("main_push"), s.item.mainPush },
                { QStringLiteral("weekday"), s.day }, { QStringLiteral("time"), s.timeText() },
                { QStringLiteral("next"), s.next.toString(QStringLiteral("yyyy-MM-dd HH:mm")) } });
        lines << QStringLiteral("%1  %2 %3  %4  %5")
                     .arg(s.next.toString(QStringLiteral("yyyy-MM-dd HH:mm")), ListingsReports::dayName(s.day),
                         s.timeText(), s.item.code, s.item.mainPush ? tr("main push") : QString());
    }
    QJsonObject j { { QStringLiteral("items"), items },
        { QStringLiteral("peak_hours"), RelistPlanner::windowsText(ListingsSettings::load(**db).peakWindows) } };
    if (!csv.isEmpty())
        j.insert(QStringLiteral("csv"), core::cli::shownPath(csv));
    return CliOutcome::success(j, lines.join(QLatin1Char('\n')));
}

CliOutcome ListingsCli::advice(const CliInvocation &in)
{
    QStringList args = in.args;
    QDateTime now;
    CliOutcome err;
    if (!parseNow(args, &now, &err))
        return err;
    if (!args.isEmpty())
        return CliOutcome::failure(tr("Usage: advice [--now \"YYYY-MM-DD HH:MM\"]"), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto rows = ListingsReports::advice(**db, now);
    if (!rows)
        return CliOutcome::failure(rows.errorMessage());
    static const char *reasons[] = { "no_stock", "no_sale", "never_sold", "out_of_season", "near_cycle_end",
        "below_minimum", "off_shelf_in_stock", "broken_sizes" };
    QJsonArray items;
    QStringList lines;
    for (const AdviceRow &r : *rows) {
        items.append(QJsonObject { { QStringLiteral("advice"), AdviceRow::kindCode(r.kind) },
            { QStringLiteral("reason"), QString::fromLatin1(reasons[int(r.reason)]) },
            { QStringLiteral("code"), r.item.code }, { QStringLiteral("title"), r.item.title },
            { QStringLiteral("on_hand"), r.onHand }, { QStringLiteral("available"), r.available },
            { QStringLiteral("detail"), r.detail } });
        lines << QStringLiteral("%1  %2  %3").arg(AdviceRow::kindText(r.kind), r.item.code, r.detail);
    }
    return CliOutcome::success({ { QStringLiteral("items"), items } },
        lines.isEmpty() ? tr("Nothing to advise.") : lines.join(QLatin1Char('\n')));
}

CliOutcome ListingsCli::pareto(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false;
    const QString fromText = core::cli::takeOption(args, QStringLiteral("--from"), nullptr, &missing);
    const QString toText = core::cli::takeOption(args, QStringLiteral("--to"), nullptr, &missing);
    const QDate to = toText.isEmpty() ? QDate::currentDate() : QDate::fromString(toText, Qt::ISODate);
    const QDate from = fromText.isEmpty() ? to.addDays(-29) : QDate::fromString(fromText, Qt::ISODate);
    if (missing || !args.isEmpty() || !from.isValid() || !to.isValid() || from > to)
        return CliOutcome::failure(tr("Usage: pareto [--from YYYY-MM-DD] [--to YYYY-MM-DD], from not after to."), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto rows = ListingsReports::pareto(**db, from, to);
    if (!rows)
        return CliOutcome::failure(rows.errorMessage());
    QJsonArray items;
    QStringList lines;
    int carriers = 0;
    for (const ParetoRow &p : *rows) {
        carriers += p.head;
        items.append(QJsonObject { { QStringLiteral("rank"), p.rank }, { QStringLiteral("code"), p.item.code },
            { QStringLiteral("sales"), p.item.sales.toPlainString() }, { QStringLiteral("units"), p.item.units },
            { QStringLiteral("share"), p.share }, { QStringLiteral("cumulative"), p.cumulative },
            { QStringLiteral("carries_80"), p.head } });
        lines << QStringLiteral("%1. %2  %3  %4%  %5")
                     .arg(p.rank)
                     .arg(p.item.code, p.item.sales.toDisplayString())
                     .arg(p.cumulative * 100.0, 0, 'f', 1)
                     .arg(p.head ? QStringLiteral("*") : QString());
    }
    lines << tr("%1 of %2 items carry 80% of sales from %3 to %4.")
                 .arg(carriers)
                 .arg(rows->size())
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return CliOutcome::success(
        { { QStringLiteral("from"), from.toString(Qt::ISODate) }, { QStringLiteral("to"), to.toString(Qt::ISODate) },
            { QStringLiteral("carriers"), carriers }, { QStringLiteral("items"), items } },
        lines.join(QLatin1Char('\n')));
}

CliOutcome ListingsCli::printLabels(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false;
    const QString out = core::cli::takeOption(args, QStringLiteral("--out"), nullptr, &missing);
    if (missing || out.isEmpty())
        return CliOutcome::failure(tr("Usage: print-labels --out FILE.pdf [ITEMCODE …]"), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    QList<qint64> ids;
    for (const QString &code : std::as_const(args)) {
        auto item = core::ItemRepository(**db).itemByCode(code);
        if (!item)
            return CliOutcome::failure(item.errorMessage());
        if (!item->has_value())
            return CliOutcome::failure(tr("There is no item with the code %1.").arg(code));
        ids << (*item)->id;
    }
    auto labels = ListingsReports::labels(**db, ids);
    if (!labels)
        return CliOutcome::failure(labels.errorMessage());
    if (labels->isEmpty())
        return CliOutcome::failure(tr("There are no SKUs to print labels for."));
    if (core::Status s = LabelSheet::writePdf(out, *labels); !s)
        return CliOutcome::failure(s.errorMessage());
    const int pages = int(
        (labels->size() + LabelSheet::kColumns * LabelSheet::kRows - 1) / (LabelSheet::kColumns * LabelSheet::kRows));
    return CliOutcome::success(
        { { QStringLiteral("file"), core::cli::shownPath(out) }, { QStringLiteral("labels"), int(labels->size()) },
            { QStringLiteral("pages"), pages } },
        tr("%n label(s) written to %1.", nullptr, int(labels->size())).arg(core::cli::shownPath(out)));
}

QList<core::CliCommand> cliCommands()
{
    QList<core::CliCommand> commands = ListingsCli::commands();
    commands.append(labelsCommand());
    commands.append(editItemCommand());
    commands.prepend(
        { QStringLiteral("items"), QStringLiteral("items import FILE.csv | items export FILE.csv|FILE.xlsx"),
            [] {
                return ListingsCli::tr("Items and SKUs in and out: import a CSV file (UTF-8 or GBK, Chinese or English "
                                       "headers, all or nothing), export as CSV (UTF-8 with BOM) or xlsx.");
            },
            [](const core::CliInvocation &in) {
                return core::runVerb(in, QStringLiteral("items"),
                    { { QStringLiteral("import"), &ListingsCli::importItems },
                        { QStringLiteral("export"), &ListingsCli::exportItems } });
            } });
    core::setAliases(commands, { QStringLiteral("import-items"), QStringLiteral("export-items") });
    core::setNeeds(commands, QStringLiteral("print-labels"), &core::CliCommand::painting);
    return commands;
}

} // namespace shopdesk::listings
