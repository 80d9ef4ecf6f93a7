#include "shopdesk/core/ShopCopy.h"

#include "ServerFunctions.h"
#include "shopdesk/core/BulkInsert.h"
#include "shopdesk/core/ChangeFeed.h"
#include "shopdesk/core/Format.h"
#include "shopdesk/core/Money.h"
#include "shopdesk/core/Transaction.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace shopdesk::core {

Q_LOGGING_CATEGORY(lcCopy, "shopdesk.copy", QtInfoMsg)

qint64 ShopFigures::rowsOf(const QString &table) const
{
    for (const auto &[name, rows] : rows)
        if (name == table)
            return rows;
    return 0;
}

QString ShopCopy::recordsOf(const QString &table)
{
    // One phrase per table, in the shop's words: a refusal or a mismatch never shows a table's name.
    static const QHash<QString, const char *> words = [] {
        static const std::pair<const char *, const char *> list[] = {
            { "aftersale_cases", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "after-sale cases") },
            { "aftersale_events", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "after-sale case history entries") },
            { "aftersale_lines", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "after-sale case lines") },
            { "aftersale_receipts", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "returned parcels received") },
            { "buyer_summary", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "buyers' totals") },
            { "buyer_summary_upto", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "buyers' totals progress marks") },
            { "buyers", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "buyers") },
            { "faulty_goods", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "faulty goods entries") },
            { "item_suppliers", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "items' suppliers") },
            { "items", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "items") },
            { "kpi_campaign_daily", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "promotion days' figures") },
            { "kpi_daily", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "daily shop figures") },
            { "kpi_promotions", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "promotions") },
            { "kpi_targets", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "targets") },
            { "order_lines", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "order lines") },
            { "orders", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "orders") },
            { "parcel_lines", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "parcel lines") },
            { "parcels", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "parcels") },
            { "purchase_order_lines", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "purchase order lines") },
            { "purchase_orders", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "purchase orders") },
            { "receiving_lines", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "receiving note lines") },
            { "receiving_notes", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "receiving notes") },
            { "repeat_months", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "repeat buyers' month figures") },
            { "repeat_months_upto", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "repeat figures progress marks") },
            { "receiving_note_totals", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "receiving notes' totals") },
            { "receiving_note_totals_upto",
                QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "receiving totals progress marks") },
            { "replies", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "standard replies") },
            { "service_agent_days", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "agents' daily figures") },
            { "service_agents", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "agents") },
            { "service_bonuses", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "agents' bonuses") },
            { "service_failed_deals", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "failed deals") },
            { "service_followups", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "follow-ups") },
            { "service_waitlist", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "buyers waiting for stock") },
            { "shipping_bill_fees", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "courier bill lines") },
            { "shipping_claims", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "courier claims") },
            { "shipping_couriers", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "couriers") },
            { "shipping_exports", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "tracking number uploads") },
            { "shipping_extra_parcel_lines", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "extra parcel lines") },
            { "shipping_extra_parcels", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "extra parcels") },
            { "shipping_flag_overrides", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "order marks set by hand") },
            { "shipping_mappings", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "item mappings") },
            { "shipping_packs", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "packing checks") },
            { "shipping_pickup_scans", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "pickup scans") },
            { "shipping_pickups", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "courier pickups") },
            { "shipping_prices", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "courier prices") },
            { "shipping_prints", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "waybill prints") },
            { "shipping_tracking_ranges", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "tracking number ranges") },
            { "shop_changes", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "change marks") },
            { "shop_settings", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "shop settings") },
            { "shopdesk_format", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "shop format marks") },
            { "sku_costs", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "SKU cost history entries") },
            { "skus", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "SKUs") },
            { "stock_moves", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "stock ledger entries") },
            { "stock_on_hand", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "SKUs' stock totals") },
            { "stock_on_hand_upto", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "stock totals progress marks") },
            { "stocktake_counts", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "stock-take scans") },
            { "stocktake_lines", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "stock-take lines") },
            { "stocktakes", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "stock-takes") },
            { "supplier_exchange_lines", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "supplier exchange lines") },
            { "supplier_exchanges", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "supplier exchanges") },
            { "supplier_items_received",
                QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "items received from suppliers") },
            { "supplier_payments", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "supplier payments") },
            { "suppliers", QT_TRANSLATE_NOOP("shopdesk::core::ShopCopy", "suppliers") },
        };
        QHash<QString, const char *> out;
        for (const auto &[name, phrase] : list)
            out.insert(QString::fromLatin1(name), phrase);
        return out;
    }();
    if (const char *phrase = words.value(table))
        return QCoreApplication::translate("shopdesk::core::ShopCopy", phrase);
    return QString();
}

namespace {
/// The tables of a shop and each one's columns, as Database::schemaNames lists them (the same
/// names on both engines; the server's format marker is not among them).
Result<QList<std::pair<QString, QStringList>>> tablesOf(const Database &db)
{
    auto names = db.schemaNames();
    if (!names)
        return names.error();
    QList<std::pair<QString, QStringList>> out;
    QHash<QString, qsizetype> at;
    for (const QString &line : std::as_const(*names)) {
        if (line.startsWith(QLatin1String("table "))) {
            const QString table = line.mid(6);
            if (table.startsWith(QLatin1String("sqlite_")))
                continue;
            at.insert(table, out.size());
            out.append({ table, {} });
        }
    }
    for (const QString &line : std::as_const(*names)) {
        if (!line.startsWith(QLatin1String("column ")))
            continue;
        const QString rest = line.mid(7);
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        auto it = at.constFind(rest.left(dot));
        if (it != at.cend())
            out[*it].second << rest.mid(dot + 1);
    }
    return out;
}

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    qCDebug(lcCopy).noquote() << q.lastError().nativeErrorCode() << q.lastError().databaseText() << "in:" << sql;
    return false;
}

/// The figures of the shop on `db`, on its connection as it stands (inside a snapshot or a
/// transaction the caller opened).
Result<ShopFigures> readFigures(const Database &db, const QList<std::pair<QString, QStringList>> &tables)
{
    ShopFigures f;
    QSqlQuery q(db.connection());
    for (const auto &[schemaTable, columns] : tables) { // names from the shop's own schema
        if (!exec(q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(schemaTable)) || !q.next())
            return Error { db.failureMessage(q.lastError()) };
        f.rows.append({ schemaTable, q.value(0).toLongLong() });
    }
    std::sort(f.rows.begin(), f.rows.end());
    if (!exec(q,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(m.quantity), 0), COALESCE(SUM(m.quantity * "
                           "COALESCE(s.cost_fen, i.cost_fen)), 0) FROM stock_moves m JOIN skus s ON s.id = m.sku_id "
                           "JOIN items i ON i.id = s.item_id"))
        || !q.next())
        return Error { db.failureMessage(q.lastError()) };
    f.ledgerRows = q.value(0).toLongLong();
    f.ledgerPieces = q.value(1).toLongLong();
    f.ledgerCostFen = q.value(2).toLongLong();
    return f;
}

/// A read-only snapshot of `db` for the guard's life.
class Snapshot {
public:
    explicit Snapshot(const Database &db)
        : mDb(db)
    {
        QSqlQuery q(db.connection());
        mOpen = exec(q, detail::beginSnapshot(db.engine()));
        if (!mOpen)
            mError = db.failureMessage(q.lastError());
    }
    ~Snapshot()
    {
        if (mOpen) {
            QSqlQuery q(mDb.connection());
            exec(q, QStringLiteral("ROLLBACK"));
        }
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;
    bool isOpen() const { return mOpen; }
    QString error() const { return mError; }

private:
    const Database &mDb;
    bool mOpen = false;
    QString mError;
};

/// The tables in an order that writes every row after the rows it refers to: by the foreign keys
/// the shop file declares (SQLite lists them; a table referring to itself is written by id).
Result<QStringList> writingOrder(const Database &file, const QList<std::pair<QString, QStringList>> &tables)
{
    QHash<QString, QSet<QString>> needs;
    QSqlQuery q(file.connection());
    for (const auto &[table, columns] : tables) {
        q.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
        q.addBindValue(table);
        if (!q.exec())
            return Error { file.failureMessage(q.lastError()) };
        QSet<QString> &set = needs[table];
        while (q.next())
            if (q.value(0).toString() != table)
                set.insert(q.value(0).toString());
    }
    QStringList order;
    QSet<QString> placed;
    while (order.size() < tables.size()) {
        bool moved = false;
        for (const auto &[table, columns] : tables) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const QString &n : std::as_const(needs[table]))
                ready = ready && (placed.contains(n) || !needs.contains(n));
            if (ready) {
                order << table;
                placed.insert(table);
                moved = true;
            }
        }
        if (!moved)
            return Error { ShopCopy::tr("The shop's tables refer to each other in a circle; it cannot be copied.") };
    }
    return order;
}

/// Rows per statement when writing into `db` a table of `columns` columns (BulkInsert makes a
/// server's batch larger by itself).
int batchFor(int columns) { return std::max(1, std::min(64, 900 / std::max(1, columns))); }
} // namespace

Result<ShopFigures> ShopCopy::figures(const Database &db)
{
    auto tables = tablesOf(db);
    if (!tables)
        return tables.error();
    Snapshot snapshot(db);
    if (!snapshot.isOpen())
        return Error { snapshot.error() };
    return readFigures(db, *tables);
}

namespace {
/// What a new shop of this format holds by itself (the change feed's topics, the summaries'
/// bookkeeping): a new, empty shop file made for the comparison and thrown away.
Result<ShopFigures> newShopFigures()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error { ShopCopy::tr("A temporary folder could not be made to compare the shops.") };
    auto fresh = Database::open(dir.filePath(QStringLiteral("new.shopdesk")), Database::Mode::OpenOrCreate);
    if (!fresh)
        return fresh.error();
    return ShopCopy::figures(**fresh);
}

/// The tables of `held` with more rows than a new shop's (`empty`), as the user reads them.
QStringList beyond(const ShopFigures &held, const ShopFigures &empty)
{
    QStringList out;
    qint64 others = 0;
    for (const auto &[table, rows] : held.rows) {
        if (rows <= empty.rowsOf(table))
            continue;
        if (const QString words = ShopCopy::recordsOf(table); !words.isEmpty())
            out << ShopCopy::tr("%1: %2").arg(words, format::number(rows));
        else
            others += rows;
    }
    if (others > 0)
        out << ShopCopy::tr("other records: %1").arg(format::number(others));
    return out;
}
} // namespace

Result<QStringList> ShopCopy::heldRows(const Database &target)
{
    auto empty = newShopFigures();
    if (!empty)
        return empty.error();
    auto held = figures(target);
    if (!held)
        return held.error();
    return beyond(*held, *empty);
}

Result<ShopFigures> ShopCopy::copy(const Database &from, const Database &to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error { tr("The two shops are of different formats (%1 and %2); open both with this ShopDesk first.")
                           .arg(from.schemaVersion())
                           .arg(to.schemaVersion()) };
    const Database &file = from.isServer() ? to : from;
    if (file.isServer())
        return Error { tr("One of the two shops must be a shop file.") };
    auto tables = tablesOf(from);
    if (!tables)
        return tables.error();
    auto order = writingOrder(file, *tables);
    if (!order)
        return order.error();
    QHash<QString, QStringList> columnsOf;
    for (const auto &[table, columns] : std::as_const(*tables))
        columnsOf.insert(table, columns);
    auto empty = newShopFigures();
    if (!empty)
        return empty.error();

    Snapshot snapshot(from);
    if (!snapshot.isOpen())
        return Error { snapshot.error() };
    auto before = readFigures(from, *tables);
    if (!before)
        return before.error();

    // A large import's scratch memory on a shop file (statement journals in memory, a larger page
    // cache), set back after; outside the transaction.
    const SqlDialect::BulkWriteSession session(to);
    Transaction tx(to);
    if (!tx.isActive())
        return tx.beginStatus().error();
    // A target holding more than a new shop is refused as it is, in the transaction that would write it.
    auto held = readFigures(to, *tables);
    if (!held)
        return held.error();
    if (const QStringList more = beyond(*held, *empty); !more.isEmpty())
        return Error { tr("Nothing was copied: the %1 is not empty, it already holds a shop's records. Copy into an "
                          "empty database (or schema). It holds:\n%2")
                           .arg(to.displayName(), more.join(QLatin1Char('\n'))) };
    QSqlQuery clear(to.connection());
    for (auto it = order->crbegin(); it != order->crend(); ++it) {
        const QString &schemaTable = *it;
        if (empty->rowsOf(schemaTable) > 0 && !exec(clear, QStringLiteral("DELETE FROM %1").arg(schemaTable)))
            return Error { to.failureMessage(clear.lastError()) };
    }
    for (const QString &table : std::as_const(*order)) {
        const QStringList columns = columnsOf.value(table);
        if (columns.isEmpty())
            continue;
        ChangeFeed::noteWrite(to, table); // BulkInsert may write around SqlQuery
        const QString schemaColumns = columns.join(QStringLiteral(", "));
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        const bool hasId = columns.contains(QStringLiteral("id"));
        const QString orderById = hasId ? QStringLiteral(" ORDER BY id") : QString();
        const QString &schemaTable = table;
        if (!exec(read, QStringLiteral("SELECT %1 FROM %2%3").arg(schemaColumns, schemaTable, orderById)))
            return Error { from.failureMessage(read.lastError()) };
        const int n = int(columns.size());
        BulkInsert rows(to, QStringLiteral("%1 (%2)").arg(table, schemaColumns), n, batchFor(n));
        while (read.next()) {
            QList<QVariant> values;
            values.reserve(n);
            for (int c = 0; c < n; ++c)
                values.append(read.isNull(c) ? QVariant() : read.value(c)); // NULL stays NULL, '' stays ''
            if (rows.add(values)) {
                if (Status s = rows.flush(); !s)
                    return s.error();
            }
        }
        if (read.lastError().isValid())
            return Error { from.failureMessage(read.lastError()) };
        if (Status s = rows.flush(); !s)
            return s.error();
        // Ids came with the rows: the server's counter moves on past them (nothing on SQLite).
        if (hasId) {
            const QString reset = detail::resetIdentity(to.engine(), table);
            if (!reset.isEmpty() && !exec(clear, reset))
                return Error { to.failureMessage(clear.lastError()) };
        }
    }
    auto after = readFigures(to, *tables);
    if (!after)
        return after.error();
    if (!(*after == *before)) {
        QStringList differ;
        for (const auto &[table, rows] : std::as_const(before->rows)) {
            const qint64 copied = after->rowsOf(table);
            if (copied == rows)
                continue;
            const QString words = recordsOf(table);
            differ << tr("%1: %2 in the shop, %3 copied")
                          .arg(words.isEmpty() ? tr("other records") : words, format::number(rows),
                              format::number(copied));
        }
        if (after->ledgerPieces != before->ledgerPieces || after->ledgerCostFen != before->ledgerCostFen)
            differ << tr("stock ledger: %1 pieces at %2, %3 pieces at %4 copied")
                          .arg(before->ledgerPieces)
                          .arg(format::money(Money::fromFen(before->ledgerCostFen)))
                          .arg(after->ledgerPieces)
                          .arg(format::money(Money::fromFen(after->ledgerCostFen)));
        return Error { tr("The copy in %1 does not match the shop it was copied from; nothing was kept:\n%2")
                           .arg(to.displayName(), differ.join(QLatin1Char('\n'))) };
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return *after;
}

} // namespace shopdesk::core
