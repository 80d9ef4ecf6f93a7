#include "shopdesk/core/KeptSums.h"

#include "shopdesk/core/Database.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/Transaction.h"

namespace shopdesk::core {

namespace {
/// `names` joined by ", ", each written by `each` (its %1 the name).
QString listed(const QStringList &names, const QString &each)
{
    QStringList out;
    for (const QString &n : names)
        out << each.arg(n);
    return out.join(QStringLiteral(", "));
}
} // namespace

QString KeptSums::sql(QString statement) const
{
    // The names are the shop schema's own, fixed where the sums are declared, never a user's text;
    // every value is a bound parameter.
    const std::pair<QString, QString> names[] = {
        { QStringLiteral("{source}"), source },
        { QStringLiteral("{key}"), key },
        { QStringLiteral("{kept}"), kept },
        { QStringLiteral("{keptColumns}"), keptColumns.join(QStringLiteral(", ")) },
        { QStringLiteral("{sums}"), listed(sums, QStringLiteral("sum(%1)")) },
        { QStringLiteral("{added}"),
            listed(keptColumns, QStringLiteral("%1 = ") + kept + QStringLiteral(".%1 + excluded.%1")) },
        { QStringLiteral("{upto}"), upto },
        { QStringLiteral("{uptoColumn}"), uptoColumn },
    };
    for (const auto &[name, value] : names)
        statement.replace(name, value);
    return statement;
}

Result<qint64> KeptSums::bookmark(const Database &db) const
{
    SqlQuery q(db, sql(QStringLiteral("SELECT {uptoColumn} FROM {upto} WHERE id = 1")));
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status KeptSums::catchUp(const Database &db) const
{
    if (db.isReadOnly())
        return {}; // the figures are right all the same
    SqlQuery mark(db,
        sql(QStringLiteral("SELECT u.{uptoColumn}, coalesce((SELECT max(id) FROM {source}), 0) FROM {upto} u "
                           "WHERE u.id = 1")));
    if (Status s = mark.run(); !s)
        return s;
    if (!mark.next())
        return rebuild(db);
    const qint64 from = mark.value(0).toLongLong();
    qint64 last = mark.value(1).toLongLong();
    mark.finish();
    if (last <= from)
        return {};
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    // The bookmark moves on to the last row only while no other PC is writing the source (on a
    // server a row can commit after one with a higher id): read again under that hold.
    auto held = tx.tryIdBookmark({ source });
    if (!held)
        return held.error();
    if (!*held)
        return {};
    SqlQuery again(db, sql(QStringLiteral("SELECT coalesce(max(id), 0) FROM {source}")));
    if (Status s = again.run(); !s)
        return s;
    if (again.next())
        last = again.value(0).toLongLong();
    again.finish();
    SqlQuery add(db,
        sql(QStringLiteral(
            "INSERT INTO {kept} ({key}, {keptColumns}) SELECT {key}, {sums} FROM {source} "
            "WHERE id > :from AND id <= :last GROUP BY {key} ON CONFLICT ({key}) DO UPDATE SET {added}")));
    add.bind({ { QStringLiteral(":from"), from }, { QStringLiteral(":last"), last } });
    if (Status s = add.run(); !s)
        return s;
    SqlQuery moved(db, sql(QStringLiteral("UPDATE {upto} SET {uptoColumn} = :last WHERE id = 1")));
    moved.bind(QStringLiteral(":last"), last);
    if (Status s = moved.run(); !s)
        return s;
    return tx.commit();
}

Status KeptSums::rebuild(const Database &db) const
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = tx.holdIdBookmark({ source }); !s)
        return s;
    for (const QString &statement : {
             QStringLiteral("DELETE FROM {kept}"),
             QStringLiteral("DELETE FROM {upto}"),
             QStringLiteral(
                 "INSERT INTO {kept} ({key}, {keptColumns}) SELECT {key}, {sums} FROM {source} GROUP BY {key}"),
             QStringLiteral(
                 "INSERT INTO {upto} (id, {uptoColumn}) VALUES (1, coalesce((SELECT max(id) FROM {source}), 0))"),
         }) {
        SqlQuery q(db, sql(statement));
        if (Status s = q.run(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace shopdesk::core
