#include "shopdesk/core/RowVersions.h"

#include "shopdesk/core/Seat.h"
#include "shopdesk/core/SqlQuery.h"

namespace shopdesk::core {

namespace {
QString tableName(RowVersions::Table t)
{
    switch (t) {
    case RowVersions::Table::Items:
        return QStringLiteral("items");
    case RowVersions::Table::Skus:
        return QStringLiteral("skus");
    case RowVersions::Table::Replies:
        return QStringLiteral("replies");
    case RowVersions::Table::Buyers:
        return QStringLiteral("buyers");
    case RowVersions::Table::Suppliers:
        return QStringLiteral("suppliers");
    }
    return {};
}
} // namespace

QDateTime RowVersions::fromStored(const QString &text)
{
    // SQLite: "2026-12-01 06:02:00"; PostgreSQL (timestamptz as text): "2026-12-01 06:02:00.123+00".
    QDateTime utc = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!utc.isValid())
        return {};
    utc.setTimeSpec(Qt::UTC);
    return utc.toLocalTime();
}

Result<RowStamp> RowVersions::stamp(Table table, qint64 id) const
{
    SqlQuery q(
        mDb, QStringLiteral("SELECT row_version, changed_by, changed_at FROM %1 WHERE id = :id").arg(tableName(table)));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("The record was deleted on another PC meanwhile: open it again.") };
    return RowStamp { q.value(0).toLongLong(), q.value(1).toString(), fromStored(q.value(2).toString()) };
}

namespace {
/// The rows' versions by id, from a query of (id, row_version) with its values bound.
Result<QHash<qint64, qint64>> versionsFrom(SqlQuery &q)
{
    if (Status s = q.run(); !s)
        return s.error();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}
} // namespace

Result<QHash<qint64, qint64>> RowVersions::versions(Table table) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id, row_version FROM %1").arg(tableName(table)));
    return versionsFrom(q);
}

Result<QHash<qint64, qint64>> RowVersions::skuVersionsOf(qint64 itemId) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id, row_version FROM skus WHERE item_id = :item"));
    q.bind(QStringLiteral(":item"), itemId);
    return versionsFrom(q);
}

Result<qint64> RowVersions::claim(Table table, qint64 id, qint64 seen, const QString &what) const
{
    // One conditional UPDATE: on a server it waits for a concurrent editor's row lock and then
    // sees that editor's version, so two seats can never both pass.
    SqlQuery q(mDb,
        QStringLiteral("UPDATE %1 SET row_version = row_version + 1, changed_by = :seat, changed_at = "
                       "CURRENT_TIMESTAMP WHERE id = :id AND row_version = :seen")
            .arg(tableName(table)));
    q.bind({ { QStringLiteral(":seat"), Seat::current() }, { QStringLiteral(":id"), id },
        { QStringLiteral(":seen"), seen } });
    if (Status s = q.run(); !s)
        return s.error();
    if (q.numRowsAffected() == 1)
        return seen + 1;
    auto now = stamp(table, id);
    if (!now)
        return now.error();
    const QString who = now->changedBy.isEmpty() ? tr("another PC") : now->changedBy;
    const QDateTime at = now->changedAt;
    const QString when = !at.isValid()      ? tr("an earlier moment")
        : at.date() == QDate::currentDate() ? at.toString(QStringLiteral("HH:mm"))
                                            : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return Error { tr("%1 was changed by %2 at %3: open it again and redo the change.").arg(what, who, when) };
}

Result<qint64> RowVersions::bump(Table table, qint64 id) const
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE %1 SET row_version = row_version + 1, changed_by = :seat, changed_at = "
                       "CURRENT_TIMESTAMP WHERE id = :id")
            .arg(tableName(table)));
    q.bind({ { QStringLiteral(":seat"), Seat::current() }, { QStringLiteral(":id"), id } });
    if (Status s = q.run(); !s)
        return s.error();
    auto now = stamp(table, id);
    if (!now)
        return now.error();
    return now->version;
}

Result<qint64> RowVersions::touch(Table table, qint64 id, std::optional<qint64> seen, const QString &what) const
{
    return seen ? claim(table, id, *seen, what) : bump(table, id);
}

} // namespace shopdesk::core
