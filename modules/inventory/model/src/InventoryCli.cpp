// shopdesk-cli subcommands of the inventory workbench: receive, stock, ledger, stocktake.

#include "PlanningCli.h"
#include "ScanInput.h"
#include "StockReportCli.h"
#include "StocktakeReport.h"
#include "shopdesk/inventory/InventoryCommands.h"
#include "shopdesk/inventory/ReceivingRepository.h"
#include "shopdesk/inventory/StocktakeRepository.h"
#include "shopdesk/inventory/StocktakeService.h"
#include "shopdesk/inventory/SupplierService.h"

#include <shopdesk/core/AvailableStockRepository.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Vocabulary.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <climits>

namespace shopdesk::inventory {

using core::CliInvocation;
using core::CliOutcome;

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::Cli)
public:
    static CliOutcome receive(const CliInvocation &in);
    static CliOutcome stock(const CliInvocation &in);
    static CliOutcome ledger(const CliInvocation &in);
    static CliOutcome stocktake(const CliInvocation &in);
    static CliOutcome suppliersList(const CliInvocation &in);
    static CliOutcome suppliersAdd(const CliInvocation &in);
    static CliOutcome suppliersImport(const CliInvocation &in);
    static CliOutcome suppliersArchive(const CliInvocation &in);
    static CliOutcome suppliersUnarchive(const CliInvocation &in);
    static CliOutcome suppliersSetArchived(const CliInvocation &in, bool archived);

private:
    static CliOutcome start(const core::Database &db, const CliInvocation &in, const QStringList &args);
    static CliOutcome scan(const core::Database &db, const CliInvocation &in, const QStringList &args);
    static CliOutcome import(const core::Database &db, const CliInvocation &in, const QStringList &args);
    static CliOutcome report(const core::Database &db, const QStringList &args);
    static CliOutcome post(const core::Database &db, const CliInvocation &in, const QStringList &args);
    static CliOutcome reverse(const core::Database &db, const CliInvocation &in, const QStringList &args);
};

CliOutcome failure(const QString &message, int exitCode = 1) { return CliOutcome::failure(message, exitCode); }

/// The count to act on: --id N, else the open one.
core::Result<Stocktake> chosenCount(const StocktakeRepository &repo, QStringList &args)
{
    bool has = false;
    const QString idText = core::cli::takeOption(args, QStringLiteral("--id"), &has);
    if (has) {
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        if (!ok)
            return core::Error { Cli::tr("--id needs a count number, not “%1”.").arg(idText) };
        return repo.stocktake(id);
    }
    auto open = repo.openCount();
    if (!open)
        return open.error();
    if (!*open)
        return core::Error { Cli::tr("No count is open: start one with “stocktake start”.") };
    return **open;
}

QJsonObject countJson(const Stocktake &t)
{
    return { { QStringLiteral("id"), t.id }, { QStringLiteral("number"), t.number() },
        { QStringLiteral("scope"), t.scope }, { QStringLiteral("status"), t.status },
        { QStringLiteral("skus"), t.skuCount }, { QStringLiteral("started_at"), t.startedAt.toString(Qt::ISODate) },
        { QStringLiteral("started_by"), t.startedBy },
        { QStringLiteral("posted_at"), t.postedAt.isValid() ? t.postedAt.toString(Qt::ISODate) : QString() },
        { QStringLiteral("posted_by"), t.postedBy }, { QStringLiteral("blind"), t.blind } };
}

QJsonObject totalsJson(const VarianceTotals &t)
{
    return { { QStringLiteral("skus"), t.skus }, { QStringLiteral("skus_counted"), t.skusCounted },
        { QStringLiteral("skus_off"), t.skusOff }, { QStringLiteral("expected"), t.expected },
        { QStringLiteral("counted"), t.counted }, { QStringLiteral("surplus"), t.surplus },
        { QStringLiteral("shortage"), t.shortage }, { QStringLiteral("surplus_value"), t.surplusValue.toPlainString() },
        { QStringLiteral("shortage_value"), t.shortageValue.toPlainString() } };
}

CliOutcome Cli::receive(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return failure(tr("Usage: receive NOTE.csv"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto note = ReceivingRepository(**db).importAndPost(in.args.first(), in.actor);
    if (!note)
        return failure(note.errorMessage());
    qint64 pieces = 0; // summed in 64 bits: never a negative count of pieces
    core::Money cost;
    for (const ReceivingLine &l : note->lines) {
        pieces += l.quantity;
        cost += l.unitCost * l.quantity;
    }
    return CliOutcome::success(
        { { QStringLiteral("note_no"), note->noteNo }, { QStringLiteral("id"), note->id },
            { QStringLiteral("lines"), int(note->lines.size()) }, { QStringLiteral("pieces"), pieces },
            { QStringLiteral("goods_value"), cost.toPlainString() },
            { QStringLiteral("freight"), note->freight.toPlainString() },
            { QStringLiteral("paid"), note->paid.toPlainString() },
            { QStringLiteral("owed"), (cost + note->freight - note->paid).toPlainString() } },
        tr("Receiving note %1 posted: %n piece(s) booked in.", "", int(std::min<qint64>(pieces, INT_MAX)))
            .arg(note->noteNo));
}

CliOutcome Cli::stock(const CliInvocation &in)
{
    if (in.args.value(0) == QLatin1String("opening")) {
        CliInvocation rest = in;
        rest.args = in.args.mid(1);
        return stockOpening(rest);
    }
    QStringList args = in.args;
    bool has = false;
    const QString code = core::cli::takeOption(args, QStringLiteral("--sku"), &has);
    if (!args.isEmpty() || (has && code.isEmpty()))
        return failure(tr("Usage: stock [--sku BARCODE|ITEM_CODE]"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto rows = core::StockLedger(**db).stock();
    if (!rows)
        return failure(rows.errorMessage());
    auto available = core::AvailableStockRepository(**db).bySku();
    if (!available)
        return failure(available.errorMessage());
    QJsonArray out;
    QStringList text;
    qint64 total = 0;
    for (const core::StockRow &r : *rows) {
        if (has && r.barcode != code && r.itemCode != code)
            continue;
        total += r.onHand;
        out.append(QJsonObject { { QStringLiteral("item_code"), r.itemCode }, { QStringLiteral("title"), r.itemTitle },
            { QStringLiteral("color"), r.color }, { QStringLiteral("size"), r.size },
            { QStringLiteral("barcode"), r.barcode }, { QStringLiteral("on_hand"), r.onHand },
            { QStringLiteral("committed"), available->value(r.skuId).committed },
            { QStringLiteral("available"), r.onHand - available->value(r.skuId).committed } });
        text << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                    .arg(r.itemCode, r.color, r.size, r.barcode)
                    .arg(r.onHand)
                    .arg(r.onHand - available->value(r.skuId).committed);
    }
    if (has && out.isEmpty())
        return failure(tr("No SKU has the barcode or item code “%1”.").arg(code));
    CliOutcome o = CliOutcome::success({ { QStringLiteral("skus"), out }, { QStringLiteral("on_hand"), total } }, {});
    o.text = text.join(QLatin1Char('\n'));
    return o;
}

CliOutcome Cli::ledger(const CliInvocation &in)
{
    QStringList args = in.args;
    const QString code = core::cli::takeOption(args, QStringLiteral("--sku"));
    if (code.isEmpty() || !args.isEmpty())
        return failure(tr("Usage: ledger --sku BARCODE"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto sku = core::ItemRepository(**db).skuByBarcode(code);
    if (!sku)
        return failure(sku.errorMessage());
    if (!*sku)
        return failure(tr("No SKU has the barcode “%1”.").arg(code));
    auto moves = core::StockLedger(**db).history((*sku)->sku.id);
    if (!moves)
        return failure(moves.errorMessage());
    QJsonArray out;
    QStringList text;
    qint64 balance = 0;
    for (const core::StockMove &m : *moves) {
        balance += m.quantity;
        out.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("at"), m.at.toString(Qt::ISODate) },
            { QStringLiteral("kind"), m.kind }, { QStringLiteral("quantity"), m.quantity },
            { QStringLiteral("balance"), balance }, { QStringLiteral("reference"), m.reference },
            { QStringLiteral("actor"), m.actor },
            { QStringLiteral("reverses"), m.reverses ? QJsonValue(*m.reverses) : QJsonValue() } });
        text << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(m.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), core::Vocabulary::moveKind(m.kind))
                    .arg(m.quantity)
                    .arg(balance)
                    .arg(m.reference);
    }
    CliOutcome o
        = CliOutcome::success({ { QStringLiteral("barcode"), code }, { QStringLiteral("item_code"), (*sku)->itemCode },
                                  { QStringLiteral("moves"), out }, { QStringLiteral("on_hand"), balance } },
            {});
    o.text = text.join(QLatin1Char('\n'));
    return o;
}

CliOutcome Cli::stocktake(const CliInvocation &in)
{
    QStringList args = in.args;
    if (args.isEmpty())
        return failure(tr("Usage: stocktake start|scan|import|report|post|reverse …"), 2);
    const QString verb = args.takeFirst();
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    if (verb == QLatin1String("start"))
        return start(**db, in, args);
    if (verb == QLatin1String("scan"))
        return scan(**db, in, args);
    if (verb == QLatin1String("import"))
        return import(**db, in, args);
    if (verb == QLatin1String("report"))
        return report(**db, args);
    if (verb == QLatin1String("post"))
        return post(**db, in, args);
    if (verb == QLatin1String("reverse"))
        return reverse(**db, in, args);
    return failure(tr("stocktake does not know “%1”: use start, scan, import, report, post or reverse.").arg(verb), 2);
}

CliOutcome Cli::start(const core::Database &db, const CliInvocation &in, QStringList const &argsIn)
{
    QStringList args = argsIn;
    const QString scope = core::cli::takeOption(args, QStringLiteral("--scope"));
    const bool blind = args.removeAll(QStringLiteral("--blind")) > 0;
    if (!args.isEmpty())
        return failure(tr("Usage: stocktake start [--scope CATEGORY] [--blind]"), 2);
    // The service the 盘点 panel starts a count with: a blind one (盲盘) hides 应有数 while open.
    StocktakeService counts(db);
    auto id = counts.start(scope == QLatin1String("all") ? QString() : scope, in.actor, blind);
    if (!id)
        return failure(id.errorMessage());
    auto t = counts.stocktake(*id);
    if (!t)
        return failure(t.errorMessage());
    return CliOutcome::success({ { QStringLiteral("count"), countJson(*t) } },
        t->blind ? tr("Blind count %1 started over %n SKU(s): the expected quantities stay hidden until it is posted.",
            "", t->skuCount)
                       .arg(t->number())
                 : tr("Count %1 started over %n SKU(s).", "", t->skuCount).arg(t->number()));
}

CliOutcome Cli::scan(const core::Database &db, const CliInvocation &in, const QStringList &argsIn)
{
    QStringList args = argsIn;
    StocktakeRepository repo(db);
    if (const qsizetype i = args.indexOf(QStringLiteral("--synced")); i >= 0) {
        args.removeAt(i);
        repo.setSyncEachScan(true);
    }
    auto count = chosenCount(repo, args);
    if (!count)
        return failure(count.errorMessage());
    int scans = 0, unknown = 0;
    qint64 pieces = 0;
    int multiplier = 1;
    auto one = [&](const QString &line) -> core::Status {
        const ScanInput input = ScanInput::parse(line);
        if (input.kind == ScanInput::Kind::Empty)
            return {};
        if (input.kind == ScanInput::Kind::Multiplier) {
            multiplier = input.quantity;
            return {};
        }
        const int qty = input.quantity == 1 ? multiplier : input.quantity;
        multiplier = 1;
        auto r = repo.scan(count->id, input.code, qty, in.actor);
        if (!r)
            return r.status();
        ++scans;
        pieces += r->quantity;
        if (!r->known)
            ++unknown;
        // The acknowledgement is printed only after the scan is committed.
        if (in.printLine) {
            if (in.json)
                in.printLine(QString::fromUtf8(QJsonDocument(
                    QJsonObject { { QStringLiteral("scan"), r->countId }, { QStringLiteral("barcode"), r->barcode },
                        { QStringLiteral("known"), r->known }, { QStringLiteral("quantity"), r->quantity },
                        { QStringLiteral("counted"),
                            r->counted } }).toJson(QJsonDocument::Compact)));
            else if (r->known)
                in.printLine(tr("OK %1 %2 %3/%4 +%5 → %6")
                                 .arg(r->barcode, r->itemCode, r->color, r->size)
                                 .arg(r->quantity)
                                 .arg(r->counted));
            else
                in.printLine(tr("UNKNOWN %1 +%2 (queued to resolve)").arg(r->barcode).arg(r->quantity));
        }
        return {};
    };
    if (!args.isEmpty()) {
        for (const QString &a : args)
            if (core::Status s = one(a); !s)
                return failure(s.errorMessage());
    } else if (in.input) {
        while (true) {
            const QString line = in.input->readLine();
            if (line.isNull())
                break;
            if (core::Status s = one(line); !s)
                return failure(s.errorMessage());
        }
    }
    return CliOutcome::success({ { QStringLiteral("count"), count->number() }, { QStringLiteral("scans"), scans },
                                   { QStringLiteral("pieces"), pieces }, { QStringLiteral("unknown"), unknown } },
        tr("%n scan(s) committed to count %1.", "", scans).arg(count->number()));
}

CliOutcome Cli::import(const core::Database &db, const CliInvocation &in, const QStringList &argsIn)
{
    QStringList args = argsIn;
    StocktakeRepository repo(db);
    auto count = chosenCount(repo, args);
    if (!count)
        return failure(count.errorMessage());
    if (args.size() != 1)
        return failure(tr("Usage: stocktake import [--id N] COUNTS.csv"), 2);
    auto pieces = repo.importCounts(count->id, args.first(), in.actor);
    if (!pieces)
        return failure(pieces.errorMessage());
    return CliOutcome::success({ { QStringLiteral("count"), count->number() }, { QStringLiteral("pieces"), *pieces } },
        tr("%n piece(s) imported into count %1.", "", *pieces).arg(count->number()));
}

CliOutcome Cli::report(const core::Database &db, const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString csvPath = core::cli::takeOption(args, QStringLiteral("--csv"));
    const QString xlsxPath = core::cli::takeOption(args, QStringLiteral("--xlsx"));
    const QString pdfPath = core::cli::takeOption(args, QStringLiteral("--pdf"));
    StocktakeRepository repo(db);
    auto count = chosenCount(repo, args);
    if (!count)
        return failure(count.errorMessage());
    if (!args.isEmpty())
        return failure(tr("Usage: stocktake report [--id N] [--csv FILE] [--xlsx FILE] [--pdf FILE]"), 2);
    // An open blind count shows what was counted, never what should be there (as the 盘点 panel does).
    const bool blind = count->blind && count->status == stocktake::kOpen;
    if (blind && !(csvPath.isEmpty() && xlsxPath.isEmpty() && pdfPath.isEmpty()))
        return failure(tr("Count %1 is a blind count: its variance report can be written once it is posted.")
                           .arg(count->number()));
    auto rows = repo.variance(count->id);
    if (!rows)
        return failure(rows.errorMessage());
    auto unknown = repo.unknownScans(count->id);
    if (!unknown)
        return failure(unknown.errorMessage());
    if (!csvPath.isEmpty())
        if (core::Status s = StocktakeReport::writeCsv(csvPath, *rows); !s)
            return failure(s.errorMessage());
    if (!xlsxPath.isEmpty())
        if (core::Status s = StocktakeReport::writeXlsx(xlsxPath, *rows); !s)
            return failure(s.errorMessage());
    if (!pdfPath.isEmpty())
        if (core::Status s = StocktakeReport::writePdf(
                pdfPath, *count, *rows, core::ShopSettings(db).value(core::ShopSettings::kShopName));
            !s)
            return failure(s.errorMessage());
    QJsonArray lines;
    QStringList text;
    for (const VarianceRow &r : *rows) {
        if (r.counted == 0 && r.expected() == 0)
            continue;
        if (blind) {
            if (r.scanned)
                lines.append(QJsonObject { { QStringLiteral("barcode"), r.barcode },
                    { QStringLiteral("item_code"), r.itemCode }, { QStringLiteral("color"), r.color },
                    { QStringLiteral("size"), r.size }, { QStringLiteral("counted"), r.counted } });
            continue;
        }
        lines.append(QJsonObject { { QStringLiteral("barcode"), r.barcode },
            { QStringLiteral("item_code"), r.itemCode }, { QStringLiteral("color"), r.color },
            { QStringLiteral("size"), r.size }, { QStringLiteral("system"), r.systemQty },
            { QStringLiteral("moved"), r.moved }, { QStringLiteral("expected"), r.expected() },
            { QStringLiteral("counted"), r.counted }, { QStringLiteral("variance"), r.variance() },
            { QStringLiteral("variance_value"), r.varianceValue().toPlainString() } });
        if (r.variance() != 0)
            text << QStringLiteral("%1\t%2 %3/%4\t%5\t%6\t%7")
                        .arg(r.barcode, r.itemCode, r.color, r.size)
                        .arg(r.expected())
                        .arg(r.counted)
                        .arg(r.variance());
    }
    QJsonArray unknownJson;
    for (const UnknownScan &u : *unknown)
        unknownJson.append(QJsonObject { { QStringLiteral("id"), u.id }, { QStringLiteral("barcode"), u.barcode },
            { QStringLiteral("quantity"), u.quantity } });
    const VarianceTotals totals = VarianceTotals::of(*rows);
    if (blind) {
        CliOutcome o
            = CliOutcome::success({ { QStringLiteral("count"), countJson(*count) },
                                      { QStringLiteral("totals"),
                                          QJsonObject { { QStringLiteral("skus"), totals.skus },
                                              { QStringLiteral("skus_counted"), totals.skus - totals.skusUncounted },
                                              { QStringLiteral("counted"), totals.counted } } },
                                      { QStringLiteral("lines"), lines }, { QStringLiteral("unknown"), unknownJson } },
                tr("Blind count %1: %2 pieces counted · %3 of %4 SKUs counted · %5 unknown")
                    .arg(count->number())
                    .arg(totals.counted)
                    .arg(totals.skus - totals.skusUncounted)
                    .arg(totals.skus)
                    .arg(unknown->size()));
        return o;
    }
    CliOutcome o = CliOutcome::success(
        { { QStringLiteral("count"), countJson(*count) }, { QStringLiteral("totals"), totalsJson(totals) },
            { QStringLiteral("lines"), lines }, { QStringLiteral("unknown"), unknownJson } },
        {});
    text.prepend(tr(
        "Count %1 (%2): expected %3, counted %4; surplus %5 pieces (%6), shortage %7 pieces (%8); %9 unknown scan(s).")
                     .arg(count->number(), count->status)
                     .arg(totals.expected)
                     .arg(totals.counted)
                     .arg(totals.surplus)
                     .arg(totals.surplusValue.toDisplayString())
                     .arg(totals.shortage)
                     .arg(totals.shortageValue.toDisplayString())
                     .arg(unknown->size()));
    o.text = text.join(QLatin1Char('\n'));
    return o;
}

CliOutcome Cli::post(const core::Database &db, const CliInvocation &in, const QStringList &argsIn)
{
    QStringList args = argsIn;
    StocktakeRepository repo(db);
    auto count = chosenCount(repo, args);
    if (!count)
        return failure(count.errorMessage());
    if (!args.isEmpty())
        return failure(tr("Usage: stocktake post [--id N]"), 2);
    auto booked = repo.post(count->id, in.actor);
    if (!booked)
        return failure(booked.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("count"), count->number() }, { QStringLiteral("adjustments"), *booked } },
        tr("Count %1 posted: %n adjustment(s) booked.", "", *booked).arg(count->number()));
}

CliOutcome Cli::reverse(const core::Database &db, const CliInvocation &in, const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? QString(args.first()).remove(QStringLiteral("PD")).toLongLong(&ok) : 0;
    if (!ok)
        return failure(tr("Usage: stocktake reverse ID"), 2);
    auto reversed = StocktakeRepository(db).reverse(id, in.actor);
    if (!reversed)
        return failure(reversed.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("count"), Stocktake::number(id) }, { QStringLiteral("reversed"), *reversed } },
        tr("Count %1 reversed: %n compensating row(s) booked.", "", *reversed).arg(Stocktake::number(id)));
}

QJsonObject supplierJson(const SupplierRow &r)
{
    return { { QStringLiteral("id"), r.supplier.id }, { QStringLiteral("name"), r.supplier.name },
        { QStringLiteral("contact"), r.supplier.contact }, { QStringLiteral("phone"), r.supplier.phone },
        { QStringLiteral("city"), r.supplier.city }, { QStringLiteral("note"), r.supplier.note },
        { QStringLiteral("items"), QJsonArray::fromStringList(r.items) }, { QStringLiteral("archived"), r.archived } };
}

CliOutcome Cli::suppliersList(const CliInvocation &in)
{
    if (!in.args.isEmpty())
        return failure(tr("Usage: suppliers list"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto rows = SupplierService(**db).list();
    if (!rows)
        return failure(rows.errorMessage());
    QJsonArray list;
    QStringList lines;
    for (const SupplierRow &r : *rows) {
        list.append(supplierJson(r));
        lines << tr("%1  %2 %3 %4  %5  items: %6  archived: %7")
                     .arg(r.supplier.name, r.supplier.contact, r.supplier.phone, r.supplier.city, r.supplier.note,
                         r.items.isEmpty() ? tr("none") : r.items.join(QStringLiteral(", ")),
                         r.archived ? tr("yes") : tr("no"));
    }
    return CliOutcome::success({ { QStringLiteral("suppliers"), list } },
        lines.isEmpty() ? tr("No suppliers yet.") : lines.join(QLatin1Char('\n')));
}

CliOutcome Cli::suppliersAdd(const CliInvocation &in)
{
    QStringList args = in.args;
    core::Supplier s;
    bool missing = false;
    for (auto [option, field] :
        { std::pair { QStringLiteral("--contact"), &s.contact }, std::pair { QStringLiteral("--phone"), &s.phone },
            std::pair { QStringLiteral("--city"), &s.city }, std::pair { QStringLiteral("--note"), &s.note } }) {
        bool noValue = false;
        *field = core::cli::takeOption(args, option, nullptr, &noValue);
        missing = missing || noValue;
    }
    if (missing || args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return failure(tr("Usage: suppliers add NAME [--contact C] [--phone P] [--city C] [--note N]"), 2);
    s.name = args.first();
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto id = SupplierService(**db).add(s);
    if (!id)
        return failure(id.errorMessage());
    return CliOutcome::success({ { QStringLiteral("id"), *id }, { QStringLiteral("name"), s.name.trimmed() } },
        tr("Supplier “%1” added.").arg(s.name.trimmed()));
}

CliOutcome Cli::suppliersImport(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return failure(tr("Usage: suppliers import FILE.csv"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto n = SupplierService(**db).importCsv(in.args.first());
    if (!n)
        return failure(n.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("file"), core::cli::shownPath(in.args.first()) }, { QStringLiteral("added"), *n } },
        tr("%n supplier(s) imported from %1.", "", *n).arg(core::cli::shownPath(in.args.first())));
}

CliOutcome Cli::suppliersArchive(const CliInvocation &in) { return suppliersSetArchived(in, true); }

CliOutcome Cli::suppliersUnarchive(const CliInvocation &in) { return suppliersSetArchived(in, false); }

CliOutcome Cli::suppliersSetArchived(const CliInvocation &in, bool archived)
{
    if (in.args.size() != 1 || in.args.first().trimmed().isEmpty() || in.args.first().startsWith(QLatin1String("--")))
        return failure(archived ? tr("Usage: suppliers archive NAME") : tr("Usage: suppliers unarchive NAME"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    SupplierService service(**db);
    auto row = service.byName(in.args.first());
    if (!row)
        return failure(row.errorMessage());
    if (core::Status s = service.setArchived(row->supplier.id, archived); !s)
        return failure(s.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("name"), row->supplier.name }, { QStringLiteral("archived"), archived } },
        archived ? tr("Supplier “%1” archived.").arg(row->supplier.name)
                 : tr("Supplier “%1” unarchived.").arg(row->supplier.name));
}

} // namespace

QList<core::CliCommand> cliCommands()
{
    QList<core::CliCommand> commands = {
        { QStringLiteral("receive"), QStringLiteral("receive NOTE.csv"),
            [] { return Cli::tr("Post a receiving note (入库单) from a CSV file into stock."); }, &Cli::receive },
        { QStringLiteral("stock"),
            QStringLiteral("stock [--sku CODE] | opening FILE.csv | opening --stocktake [ID] [--alongside-moves]"),
            [] {
                return Cli::tr("Stock on hand and available (可用库存: on hand less paid orders not yet shipped) per "
                               "SKU (all, or one barcode or item code); or book opening stock (期初库存) from a count "
                               "file or a first stock-take.");
            },
            &Cli::stock },
        { QStringLiteral("ledger"), QStringLiteral("ledger --sku CODE"),
            [] { return Cli::tr("Every stock movement of one SKU with the running balance."); }, &Cli::ledger },
        { QStringLiteral("stocktake"),
            QStringLiteral(
                "stocktake start [--scope CATEGORY] [--blind] | scan [--synced] [CODE …] | import COUNTS.csv | report "
                "[--csv F] [--xlsx F] [--pdf F] | post | reverse ID"),
            [] {
                return Cli::tr(
                    "The stock-take (盘点): scans are read from the arguments or one per line from standard input, "
                    "each committed and acknowledged as it is read.");
            },
            &Cli::stocktake },
        { QStringLiteral("suppliers"),
            QStringLiteral(
                "suppliers list | add NAME [--contact C] [--phone P] [--city C] [--note N] | import FILE.csv | "
                "archive NAME | unarchive NAME"),
            [] {
                return Cli::tr("The suppliers (供应商): list them with the items each supplies, add one, import a "
                               "CSV file (name, contact, phone, city, note; Chinese or English headers; all or "
                               "nothing), or archive one the shop no longer buys from (and unarchive it).");
            },
            [](const CliInvocation &in) {
                return core::runVerb(in, QStringLiteral("suppliers"),
                    { { QStringLiteral("list"), &Cli::suppliersList }, { QStringLiteral("add"), &Cli::suppliersAdd },
                        { QStringLiteral("import"), &Cli::suppliersImport },
                        { QStringLiteral("archive"), &Cli::suppliersArchive },
                        { QStringLiteral("unarchive"), &Cli::suppliersUnarchive } });
            } },
        StockReportCli::command(),
    };
    core::setNeeds(commands, QStringLiteral("stocktake"), &core::CliCommand::paintingWhenPdf);
    commands << planningCliCommands();
    return commands;
}

} // namespace shopdesk::inventory
