// shopdesk-cli subcommands of the stock planning: purchase suggest|create|list|receive|sizes, and
// stock opening (期初库存).

#include "PlanningCli.h"

#include "shopdesk/inventory/PurchaseService.h"
#include "shopdesk/inventory/StocktakeRepository.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Parse.h>

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace shopdesk::inventory {

using core::CliInvocation;
using core::CliOutcome;

namespace {

class PlanningCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::PlanningCli)
public:
    static CliOutcome suggest(const CliInvocation &in);
    static CliOutcome create(const CliInvocation &in);
    static CliOutcome list(const CliInvocation &in);
    static CliOutcome receive(const CliInvocation &in);
    static CliOutcome sizes(const CliInvocation &in);
    static CliOutcome leadTime(const CliInvocation &in);
    static CliOutcome minimum(const CliInvocation &in);
    static CliOutcome supplier(const CliInvocation &in);
};

CliOutcome failure(const QString &message, int exitCode = 1) { return CliOutcome::failure(message, exitCode); }

/// --date YYYY-MM-DD (the day to plan on), else today. False when the date is not one.
bool takeDate(QStringList &args, const QString &option, QDate *out, QString *bad)
{
    bool has = false;
    const QString text = core::cli::takeOption(args, option, &has);
    if (!has)
        return true;
    const auto d = core::Parse::date(text);
    if (!d) {
        *bad = PlanningCli::tr("%1 needs a date like 2026-11-24, not “%2”.").arg(option, text);
        return false;
    }
    *out = *d;
    return true;
}

QJsonValue rounded(double v, int decimals = 2)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonObject suggestionJson(const ReorderSuggestion &s)
{
    const SkuPlan &p = s.sku;
    const auto cover = p.daysOfCover();
    return { { QStringLiteral("barcode"), p.barcode }, { QStringLiteral("item_code"), p.itemCode },
        { QStringLiteral("title"), p.itemTitle }, { QStringLiteral("color"), p.color },
        { QStringLiteral("size"), p.size }, { QStringLiteral("on_hand"), p.stock.onHand },
        { QStringLiteral("committed"), p.stock.committed }, { QStringLiteral("available"), p.available() },
        { QStringLiteral("in_transit"), p.inTransit }, { QStringLiteral("minimum"), p.minimum },
        { QStringLiteral("sold_7"), p.sold7 }, { QStringLiteral("sold_30"), p.sold30 },
        { QStringLiteral("daily_sales"), rounded(p.dailySales()) },
        { QStringLiteral("days_of_cover"), cover ? rounded(*cover, 1) : QJsonValue() },
        { QStringLiteral("lead_demand"), s.leadDemand }, { QStringLiteral("promotion_demand"), s.promotionDemand },
        { QStringLiteral("quantity"), s.quantity }, { QStringLiteral("unit_cost"), p.unitCost.toPlainString() },
        { QStringLiteral("other_suppliers"), QJsonArray::fromStringList(p.otherSuppliers) } };
}

QString coverText(const SkuPlan &p)
{
    const auto cover = p.daysOfCover();
    return cover ? QString::number(*cover, 'f', 1) : PlanningCli::tr("not selling");
}

CliOutcome PlanningCli::suggest(const CliInvocation &in)
{
    QStringList args = in.args;
    QDate today = QDate::currentDate();
    QString bad;
    if (!takeDate(args, QStringLiteral("--date"), &today, &bad))
        return failure(bad, 2);
    bool hasSupplier = false;
    const QString supplier = core::cli::takeOption(args, QStringLiteral("--supplier"), &hasSupplier);
    if (!args.isEmpty())
        return failure(tr("Usage: purchase suggest [--supplier NAME] [--date YYYY-MM-DD]"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    PurchaseService service(**db);
    auto promotion = service.nextPromotion(today);
    if (!promotion)
        return failure(promotion.errorMessage());
    auto plans = service.skuPlans(today);
    if (!plans)
        return failure(plans.errorMessage());
    const QList<SupplierReorder> list = ReorderRepository::suggest(*plans, *promotion);
    QJsonArray suppliers;
    QStringList text;
    if (*promotion) {
        const PromotionLift &p = **promotion;
        text << (p.factor ? tr("Next promotion: %1 on %2; last year (%3) it sold %4 × an ordinary day.")
                                .arg(p.promotion.name, p.promotion.day.toString(Qt::ISODate),
                                    p.lastYearDay.toString(Qt::ISODate), QString::number(*p.factor, 'f', 1))
                          : tr("Next promotion: %1 on %2; the shop file holds no figures of it last year (%3).")
                                .arg(p.promotion.name, p.promotion.day.toString(Qt::ISODate),
                                    p.lastYearDay.toString(Qt::ISODate)));
    }
    for (const SupplierReorder &r : list) {
        if (hasSupplier && r.supplierName != supplier.trimmed())
            continue;
        QJsonArray lines;
        for (const ReorderSuggestion &s : r.lines)
            lines.append(suggestionJson(s));
        suppliers.append(
            QJsonObject { { QStringLiteral("supplier"), r.supplierName }, { QStringLiteral("lead_days"), r.leadDays },
                { QStringLiteral("decide_by"), r.decideBy.isValid() ? r.decideBy.toString(Qt::ISODate) : QString() },
                { QStringLiteral("pieces"), r.pieces() }, { QStringLiteral("lines"), lines } });
        text << (r.supplierId == 0
                ? tr("No supplier known: %n piece(s)", "", int(r.pieces()))
                : tr("%1 (lead time %2 days): %n piece(s)", "", int(r.pieces())).arg(r.supplierName).arg(r.leadDays));
        if (r.decideBy.isValid())
            text << tr("  decide by %1").arg(r.decideBy.toString(Qt::ISODate));
        for (const ReorderSuggestion &s : r.lines)
            text << tr("  %1 %2/%3 (%4): available %5, in transit %6, minimum %7, %8 a day, %9 days of cover → "
                       "order %10")
                        .arg(s.sku.itemCode, s.sku.color, s.sku.size, s.sku.barcode)
                        .arg(s.sku.available())
                        .arg(s.sku.inTransit)
                        .arg(s.sku.minimum)
                        .arg(QString::number(s.sku.dailySales(), 'f', 2), coverText(s.sku))
                        .arg(s.quantity);
    }
    QJsonObject promotionJson;
    if (*promotion) {
        const PromotionLift &p = **promotion;
        promotionJson = { { QStringLiteral("name"), p.promotion.name },
            { QStringLiteral("day"), p.promotion.day.toString(Qt::ISODate) },
            { QStringLiteral("prepare_by"), p.promotion.prepareBy.toString(Qt::ISODate) },
            { QStringLiteral("last_year_day"), p.lastYearDay.toString(Qt::ISODate) },
            { QStringLiteral("lift"), p.factor ? rounded(*p.factor) : QJsonValue() } };
    }
    if (suppliers.isEmpty())
        text << tr("Nothing to reorder.");
    CliOutcome o = CliOutcome::success(
        { { QStringLiteral("date"), today.toString(Qt::ISODate) },
            { QStringLiteral("promotion"), *promotion ? QJsonValue(promotionJson) : QJsonValue() },
            { QStringLiteral("suppliers"), suppliers } },
        {});
    o.text = text.join(QLatin1Char('\n'));
    return o;
}

/// BARCODE=QTY or BARCODE=QTY@COST.
core::Result<PurchaseOrderLine> parseLine(const core::Database &db, const QString &arg)
{
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return core::Error {
            PlanningCli::tr("“%1” is not a line like BARCODE=QUANTITY or BARCODE=QUANTITY@COST.").arg(arg)
        };
    const QString code = arg.left(eq).trimmed();
    QString rest = arg.mid(eq + 1);
    PurchaseOrderLine line;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        auto cost = core::Money::parse(rest.mid(at + 1));
        if (!cost || cost->fen() < 0)
            return core::Error { PlanningCli::tr("“%1” is not an amount like 35.50.").arg(rest.mid(at + 1)) };
        line.unitCost = *cost;
        rest = rest.left(at);
    }
    const auto qty = core::Parse::whole(rest, core::Parse::kMaxLineQuantity);
    if (!qty || *qty < 1)
        return core::Error { core::Parse::notAQuantity(rest) };
    line.quantity = int(*qty);
    auto sku = core::ItemRepository(db).skuByBarcode(code);
    if (!sku)
        return sku.error();
    if (!*sku)
        return core::Error { PlanningCli::tr("No SKU has the barcode “%1”.").arg(code) };
    line.skuId = (*sku)->sku.id;
    if (line.unitCost.fen() == 0)
        line.unitCost = (*sku)->cost;
    return line;
}

QJsonObject orderJson(const PurchaseOrderState &s)
{
    QJsonArray lines;
    for (const PurchaseOrderLineState &l : s.lines)
        lines.append(QJsonObject { { QStringLiteral("barcode"), l.barcode },
            { QStringLiteral("item_code"), l.itemCode }, { QStringLiteral("color"), l.color },
            { QStringLiteral("size"), l.size }, { QStringLiteral("ordered"), l.line.quantity },
            { QStringLiteral("received"), l.received }, { QStringLiteral("owed"), l.owed() },
            { QStringLiteral("unit_cost"), l.line.unitCost.toPlainString() } });
    return { { QStringLiteral("po_no"), s.order.poNo }, { QStringLiteral("supplier"), s.supplierName },
        { QStringLiteral("ordered_on"), s.order.orderedOn.toString(Qt::ISODate) },
        { QStringLiteral("expected_on"),
            s.order.expectedOn.isValid() ? s.order.expectedOn.toString(Qt::ISODate) : QString() },
        { QStringLiteral("status"), s.status() }, { QStringLiteral("ordered"), s.ordered() },
        { QStringLiteral("received"), s.received() }, { QStringLiteral("owed"), s.owed() },
        { QStringLiteral("value"), s.value().toPlainString() },
        { QStringLiteral("receiving_notes"), QJsonArray::fromStringList(s.receivingNotes) },
        { QStringLiteral("lines"), lines } };
}

QString orderText(const PurchaseOrderState &s)
{
    return PlanningCli::tr("%1  %2  %3  ordered %4, received %5, still owed %6")
        .arg(s.order.poNo, s.supplierName, PurchaseOrderState::statusText(s.status()))
        .arg(s.ordered())
        .arg(s.received())
        .arg(s.owed());
}

CliOutcome PlanningCli::create(const CliInvocation &in)
{
    QStringList args = in.args;
    QDate today = QDate::currentDate(), expected;
    QString bad;
    if (!takeDate(args, QStringLiteral("--date"), &today, &bad)
        || !takeDate(args, QStringLiteral("--expected"), &expected, &bad))
        return failure(bad, 2);
    const QString supplierName = core::cli::takeOption(args, QStringLiteral("--supplier"));
    const QString note = core::cli::takeOption(args, QStringLiteral("--note"));
    if (supplierName.isEmpty())
        return failure(tr("Usage: purchase create --supplier NAME [--date D] [--expected D] [--note TEXT] "
                          "[BARCODE=QTY[@COST] …]"),
            2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    PurchaseService service(**db);
    auto supplier = service.supplierByName(supplierName);
    if (!supplier)
        return failure(supplier.errorMessage());
    if (!*supplier)
        return failure(tr("There is no supplier called “%1” to order from.").arg(supplierName.trimmed()));
    PurchaseOrder po;
    if (args.isEmpty()) {
        auto suggested = service.suggestedOrder((*supplier)->id, today, in.actor);
        if (!suggested)
            return failure(suggested.errorMessage());
        po = *suggested;
    } else {
        po.supplierId = (*supplier)->id;
        po.orderedOn = today;
        po.actor = in.actor;
        auto lead = service.leadDays(po.supplierId);
        if (!lead)
            return failure(lead.errorMessage());
        po.expectedOn = today.addDays(*lead);
        for (const QString &a : std::as_const(args)) {
            auto line = parseLine(**db, a);
            if (!line)
                return failure(line.errorMessage());
            po.lines << *line;
        }
    }
    if (expected.isValid())
        po.expectedOn = expected;
    po.note = note;
    auto id = service.create(po);
    if (!id)
        return failure(id.errorMessage());
    auto state = service.order(*id);
    if (!state)
        return failure(state.errorMessage());
    return CliOutcome::success({ { QStringLiteral("order"), orderJson(*state) } },
        tr("Purchase order %1 to %2: %n piece(s) ordered.", "", int(state->ordered()))
            .arg(state->order.poNo, state->supplierName));
}

CliOutcome PlanningCli::list(const CliInvocation &in)
{
    QStringList args = in.args;
    const bool open = args.removeAll(QStringLiteral("--open")) > 0;
    if (!args.isEmpty())
        return failure(tr("Usage: purchase list [--open]"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto orders = PurchaseService(**db).orders(open);
    if (!orders)
        return failure(orders.errorMessage());
    QJsonArray out;
    QStringList text;
    for (const PurchaseOrderState &s : *orders) {
        out.append(orderJson(s));
        text << orderText(s);
    }
    CliOutcome o = CliOutcome::success({ { QStringLiteral("orders"), out } }, {});
    o.text = text.isEmpty() ? tr("No purchase orders.") : text.join(QLatin1Char('\n'));
    return o;
}

CliOutcome PlanningCli::receive(const CliInvocation &in)
{
    QStringList args = in.args;
    QDate on = QDate::currentDate();
    QString bad;
    if (!takeDate(args, QStringLiteral("--date"), &on, &bad))
        return failure(bad, 2);
    const QString noteNo = core::cli::takeOption(args, QStringLiteral("--note-no"));
    core::Money freight, paid;
    for (auto [option, target] :
        { std::pair { QStringLiteral("--freight"), &freight }, std::pair { QStringLiteral("--paid"), &paid } }) {
        bool has = false;
        const QString text = core::cli::takeOption(args, option, &has);
        if (!has)
            continue;
        auto m = core::Money::parse(text);
        if (!m || m->fen() < 0)
            return failure(tr("%1 needs an amount like 35.50, not “%2”.").arg(option, text), 2);
        *target = *m;
    }
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return failure(tr("Usage: purchase receive PO_NUMBER [BARCODE=QTY …] [--note-no N] [--date D] [--freight X] "
                          "[--paid X]"),
            2);
    const QString poNo = args.takeFirst();
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    PurchaseService service(**db);
    auto po = service.orderByNumber(poNo);
    if (!po)
        return failure(po.errorMessage());
    ReceivingNote note;
    if (args.isEmpty()) {
        auto owed = service.owedNote(po->order.id, on);
        if (!owed)
            return failure(owed.errorMessage());
        note = *owed;
    } else {
        note.supplierId = po->order.supplierId;
        note.receivedOn = on;
        for (const QString &a : std::as_const(args)) {
            auto line = parseLine(**db, a);
            if (!line)
                return failure(line.errorMessage());
            note.lines.append(
                { line->skuId, line->quantity, a.contains(QLatin1Char('@')) ? line->unitCost : core::Money() });
        }
    }
    note.noteNo = noteNo;
    note.freight = freight;
    note.paid = paid;
    auto id = service.receive(po->order.id, note, in.actor);
    if (!id)
        return failure(id.errorMessage());
    auto after = service.order(po->order.id);
    if (!after)
        return failure(after.errorMessage());
    const QString number = after->receivingNotes.isEmpty() ? QString() : after->receivingNotes.last();
    qint64 pieces = 0;
    for (const ReceivingLine &l : note.lines)
        pieces += l.quantity;
    return CliOutcome::success(
        { { QStringLiteral("note_no"), number }, { QStringLiteral("note_id"), *id },
            { QStringLiteral("pieces"), pieces }, { QStringLiteral("order"), orderJson(*after) } },
        tr("Receiving note %1 posted against %2: %n piece(s) in; still owed by the supplier: %3.", "", int(pieces))
            .arg(number, after->order.poNo)
            .arg(after->owed()));
}

CliOutcome PlanningCli::sizes(const CliInvocation &in)
{
    if (!in.args.isEmpty())
        return failure(tr("Usage: purchase sizes"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto rows = PurchaseService(**db).brokenSizes();
    if (!rows)
        return failure(rows.errorMessage());
    QJsonArray out;
    QStringList text;
    for (const BrokenSizes &b : *rows) {
        out.append(QJsonObject { { QStringLiteral("item_code"), b.itemCode }, { QStringLiteral("title"), b.itemTitle },
            { QStringLiteral("sold_out"), QJsonArray::fromStringList(b.soldOut) },
            { QStringLiteral("in_stock"), QJsonArray::fromStringList(b.inStock) } });
        text << tr("%1 %2: sold out %3; available %4")
                    .arg(b.itemCode, b.itemTitle, b.soldOut.join(QStringLiteral(", ")),
                        b.inStock.join(QStringLiteral(", ")));
    }
    CliOutcome o = CliOutcome::success({ { QStringLiteral("items"), out } }, {});
    o.text = text.isEmpty() ? tr("No item on shelf has a sold-out size.") : text.join(QLatin1Char('\n'));
    return o;
}

CliOutcome PlanningCli::leadTime(const CliInvocation &in)
{
    bool ok = false;
    const int days = in.args.value(1).toInt(&ok);
    if (in.args.size() != 2 || !ok)
        return failure(tr("Usage: purchase lead-time SUPPLIER DAYS"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    PurchaseService service(**db);
    auto supplier = service.supplierByName(in.args.first());
    if (!supplier)
        return failure(supplier.errorMessage());
    if (!*supplier)
        return failure(tr("There is no supplier called “%1”.").arg(in.args.first().trimmed()));
    if (core::Status s = service.setLeadDays((*supplier)->id, days); !s)
        return failure(s.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("supplier"), (*supplier)->name }, { QStringLiteral("lead_days"), days } },
        tr("%1 delivers %2 days after an order.").arg((*supplier)->name).arg(days));
}

CliOutcome PlanningCli::minimum(const CliInvocation &in)
{
    const QString value = in.args.value(1);
    bool ok = false;
    const int n = value.toInt(&ok);
    const bool none = value == QLatin1String("none");
    if (in.args.size() != 2 || (!ok && !none))
        return failure(tr("Usage: purchase minimum BARCODE N|none"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto sku = core::ItemRepository(**db).skuByBarcode(in.args.first());
    if (!sku)
        return failure(sku.errorMessage());
    if (!*sku)
        return failure(tr("No SKU has the barcode “%1”.").arg(in.args.first()));
    if (core::Status s
        = PurchaseService(**db).setSkuMinimum((*sku)->sku.id, none ? std::nullopt : std::optional<int>(n));
        !s)
        return failure(s.errorMessage());
    return CliOutcome::success({ { QStringLiteral("barcode"), in.args.first() },
                                   { QStringLiteral("minimum"), none ? QJsonValue() : QJsonValue(n) } },
        none ? tr("%1 keeps its item's minimum again.").arg(in.args.first())
             : tr("%1 keeps at least %2 in stock.").arg(in.args.first()).arg(n));
}

CliOutcome PlanningCli::supplier(const CliInvocation &in)
{
    QStringList args = in.args;
    const bool remove = args.removeAll(QStringLiteral("--remove")) > 0;
    if (args.size() != 2)
        return failure(tr("Usage: purchase supplier ITEM_CODE SUPPLIER [--remove]"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    auto item = core::ItemRepository(**db).itemByCode(args.first());
    if (!item)
        return failure(item.errorMessage());
    if (!*item)
        return failure(tr("There is no item with the code “%1”.").arg(args.first()));
    PurchaseService service(**db);
    auto supplier = service.supplierByName(args.at(1));
    if (!supplier)
        return failure(supplier.errorMessage());
    if (!*supplier)
        return failure(tr("There is no supplier called “%1”.").arg(args.at(1).trimmed()));
    const core::Status s = remove ? service.unlinkSupplier((*item)->id, (*supplier)->id)
                                  : service.linkSupplier((*item)->id, (*supplier)->id);
    if (!s)
        return failure(s.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("item_code"), (*item)->code }, { QStringLiteral("supplier"), (*supplier)->name },
            { QStringLiteral("linked"), !remove } },
        remove ? tr("%1 no longer comes from %2.").arg((*item)->code, (*supplier)->name)
               : tr("%1 also comes from %2.").arg((*item)->code, (*supplier)->name));
}

} // namespace

CliOutcome stockOpening(const CliInvocation &in)
{
    QStringList args = in.args;
    const bool alongside = args.removeAll(QStringLiteral("--alongside-moves")) > 0;
    bool fromCount = false;
    const QString countId = core::cli::takeOption(args, QStringLiteral("--stocktake"), &fromCount);
    if (fromCount) {
        if (!args.isEmpty())
            return failure(PlanningCli::tr("Usage: stock opening FILE.csv | --stocktake [ID] [--alongside-moves]"), 2);
    } else if (args.size() != 1 || args.first().startsWith(QLatin1String("--"))) {
        return failure(PlanningCli::tr("Usage: stock opening FILE.csv | --stocktake [ID] [--alongside-moves]"), 2);
    }
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    PurchaseService service(**db);
    core::Result<OpeningResult> booked = core::Error {};
    if (fromCount) {
        qint64 id = 0;
        if (countId.isEmpty()) {
            auto open = StocktakeRepository(**db).openCount();
            if (!open)
                return failure(open.errorMessage());
            if (!*open)
                return failure(PlanningCli::tr("No count is open: start one with “stocktake start”."));
            id = (*open)->id;
        } else {
            bool ok = false;
            id = QString(countId).remove(QStringLiteral("PD")).toLongLong(&ok);
            if (!ok)
                return failure(PlanningCli::tr("--stocktake needs a count number, not “%1”.").arg(countId), 2);
        }
        booked = service.openingFromStocktake(id, in.actor, alongside);
    } else {
        booked = service.openingFromFile(args.first(), in.actor, alongside);
    }
    if (!booked)
        return failure(booked.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("reference"), booked->reference }, { QStringLiteral("skus"), booked->skus },
            { QStringLiteral("pieces"), booked->pieces } },
        PlanningCli::tr("Opening stock booked (%1): %n piece(s) over %2 SKU(s).", "", int(booked->pieces))
            .arg(booked->reference)
            .arg(booked->skus));
}

QList<core::CliCommand> planningCliCommands()
{
    return {
        { QStringLiteral("purchase"),
            QStringLiteral("purchase suggest [--supplier S] [--date D] | create --supplier S [BARCODE=QTY[@COST] …] | "
                           "list [--open] | receive PO_NUMBER [BARCODE=QTY …] [--note-no N] | sizes | lead-time "
                           "SUPPLIER DAYS | minimum BARCODE N|none | supplier ITEM_CODE SUPPLIER [--remove]"),
            [] {
                return PlanningCli::tr(
                    "Stock planning: the reorder list per supplier (补货: available stock, in transit, minimum, "
                    "daily sales, days of cover, lead time and the next promotion), purchase orders (采购单) made "
                    "from it or line by line, received by receiving notes (by default what is still owed), and the "
                    "items on shelf with sold-out sizes (断码); a supplier's lead time, a SKU's own minimum "
                    "(安全库存) and an item's further suppliers.");
            },
            [](const CliInvocation &in) {
                return core::runVerb(in, QStringLiteral("purchase"),
                    { { QStringLiteral("suggest"), &PlanningCli::suggest },
                        { QStringLiteral("create"), &PlanningCli::create },
                        { QStringLiteral("list"), &PlanningCli::list },
                        { QStringLiteral("receive"), &PlanningCli::receive },
                        { QStringLiteral("sizes"), &PlanningCli::sizes },
                        { QStringLiteral("lead-time"), &PlanningCli::leadTime },
                        { QStringLiteral("minimum"), &PlanningCli::minimum },
                        { QStringLiteral("supplier"), &PlanningCli::supplier } });
            } },
    };
}

} // namespace shopdesk::inventory
