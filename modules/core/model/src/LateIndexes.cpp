#include "shopdesk/core/LateIndexes.h"

#include "PgCopy.h"
#include "shopdesk/core/SqlDialect.h"
#include "shopdesk/core/WriteRetry.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace shopdesk::core {

LateIndexes::LateIndexes(const Database &db, QStringList tables)
    : mDb(db)
    , mTables(std::move(tables))
{
}

int LateIndexes::dropped() const
{
    int n = 0;
    for (const auto &[table, statements] : mDropped)
        n += int(statements.size());
    return n;
}

Status LateIndexes::drop(qint64 newRows, qint64 heldRows)
{
    if (newRows < kLateIndexRows || newRows < heldRows)
        return {};
    QSqlDatabase connection = mDb.connection();
    const bool server = mDb.engine() == SqlDialect::Engine::PostgreSql;
    // DDL is not prepared (the server prepares only queries): plain statements, the table bound.
    // The plain indexes: on a server those no constraint owns; on a shop file those the shop's own
    // CREATE INDEX made (origin 'c'), not the unique ones nor the primary key.
    QSqlQuery indexes(connection), keys(connection);
    indexes.prepare(server
            ? QStringLiteral(
                "SELECT ci.relname, pg_get_indexdef(ci.oid) FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid "
                "JOIN pg_class ct ON ct.oid = i.indrelid JOIN pg_namespace n ON n.oid = ct.relnamespace "
                "WHERE n.nspname = current_schema() AND ct.relname = :table AND NOT i.indisunique AND NOT "
                "i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ci.oid) "
                "ORDER BY ci.relname")
            : QStringLiteral("SELECT m.name, m.sql FROM pragma_index_list(:table) il JOIN sqlite_master m "
                             "ON m.type = 'index' AND m.name = il.name "
                             "WHERE il.\"unique\" = 0 AND il.origin = 'c' AND m.sql IS NOT NULL ORDER BY m.name"));
    // The foreign keys a server's tables hold: checked once, when they are added back, not per row.
    // SQLite checks them through the parent's primary key and cannot drop one without making the
    // table again: on a shop file they stay.
    if (server)
        keys.prepare(QStringLiteral(
            "SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_class ct ON ct.oid = c.conrelid JOIN pg_namespace n ON n.oid = ct.relnamespace "
            "WHERE n.nspname = current_schema() AND ct.relname = :table AND c.contype = 'f' ORDER BY c.conname"));
    const auto quoted
        = [&](const QString &name) { return connection.driver()->escapeIdentifier(name, QSqlDriver::TableName); };
    QSqlQuery ddl(connection);
    for (const QString &table : std::as_const(mTables)) {
        QStringList drops, makes;
        // Names and definitions are the database's own, read here (never input), names quoted.
        indexes.bindValue(QStringLiteral(":table"), table);
        if (!indexes.exec())
            return Error { Retry::failureMessage(mDb, indexes.lastError()) };
        while (indexes.next()) {
            const QString name = indexes.value(0).toString();
            drops << QStringLiteral("DROP INDEX %1").arg(quoted(name));
            makes << indexes.value(1).toString();
        }
        indexes.finish(); // SQLite changes no schema while its catalogue is being read
        if (server) {
            keys.bindValue(QStringLiteral(":table"), table);
            if (!keys.exec())
                return Error { Retry::failureMessage(mDb, keys.lastError()) };
            while (keys.next()) {
                const QString name = keys.value(0).toString(), definition = keys.value(1).toString();
                drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(quoted(table), quoted(name));
                makes << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                             .arg(quoted(table), quoted(name), definition);
            }
        }
        for (const QString &sql : std::as_const(drops))
            if (!ddl.exec(sql))
                return Error { Retry::failureMessage(mDb, ddl.lastError()) };
        if (!makes.isEmpty())
            mDropped.append({ table, makes });
    }
    return {};
}

Status LateIndexes::buildAhead(const QString &table)
{
    for (qsizetype i = 0; i < mDropped.size(); ++i) {
        if (mDropped.at(i).first != table)
            continue;
        pg_conn *conn = detail::PgCopy::handleOf(mDb.connection());
        if (!conn)
            break; // no libpq of its own: built at build(), as they are
        const QStringList statements = mDropped.takeAt(i).second;
        if (auto e = detail::PgCopy::sendAhead(conn, statements.join(QStringLiteral(";\n")).toUtf8()))
            return Error { Retry::failureMessage(mDb, *e) };
        break;
    }
    return {};
}

Status LateIndexes::build()
{
    if (auto e = detail::PgCopy::settle(mDb.connection()))
        return Error { Retry::failureMessage(mDb, *e) };
    QSqlQuery ddl(mDb.connection());
    while (!mDropped.isEmpty()) {
        for (const QString &sql : std::as_const(mDropped.constFirst().second))
            if (!ddl.exec(sql))
                return Error { Retry::failureMessage(mDb, ddl.lastError()) };
        mDropped.removeFirst();
    }
    return {};
}

} // namespace shopdesk::core
