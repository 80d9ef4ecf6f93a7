#include "shopdesk/core/SqlQuery.h"

#include "PgCopy.h"
#include "StatementCache.h"
#include "WriteState.h"
#include "shopdesk/core/ShopCheck.h"
#include "shopdesk/core/WriteRetry.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace shopdesk::core {

// The driver's own words for a failed statement, for developers only (never shown to a user, off
// unless asked for): QT_LOGGING_RULES="shopdesk.sql.debug=true". The statement is logged without
// its bound values, so no buyer's data reaches a log.
Q_LOGGING_CATEGORY(lcSql, "shopdesk.sql", QtInfoMsg)

SqlQuery::SqlQuery(const Database &db, const QString &statement)
    : SqlQuery(detail::lendStatement(db.connection(), statement))
{
    mDb = &db; // to name what went wrong (Database::failureMessage)
}

SqlQuery::SqlQuery(detail::LentStatement &&lent)
    : QSqlQuery(std::move(lent.query))
    , mSlot(std::move(lent.slot))
    , mPrepared(lent.prepared)
{
}

SqlQuery::~SqlQuery()
{
    // A moved-from SqlQuery has no slot (and no statement) left.
    if (mSlot)
        detail::giveBack(mSlot, std::move(static_cast<QSqlQuery &>(*this)));
}

int SqlQuery::keptStatements(const Database &db) { return detail::keptStatements(db.connection().connectionName()); }

QVariant storedValue(const QVariant &value)
{
    static const QVariant emptyText(QStringLiteral(""));
    if (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())
        return emptyText;
    // Flags are INTEGER 0/1 on both engines (SqlDialect): SQLite stores a bool so already, the
    // server would be sent TRUE/FALSE, which an integer column refuses.
    if (value.typeId() == QMetaType::Bool)
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    bindValue(placeholder, storedValue(value));
    return *this;
}

SqlQuery &SqlQuery::bind(std::initializer_list<std::pair<QString, QVariant>> values)
{
    for (const auto &[name, value] : values)
        bind(name, value);
    return *this;
}

namespace {
/// The change feed's topic of the table `text` writes ("" for a read), worked out once per statement.
const QString &topicOfStatement(const QString &text)
{
    thread_local QHash<QString, QString> topics; // statement text → topic ("" for reads)
    auto it = topics.constFind(text);
    if (it == topics.cend()) {
        const QString table = detail::writtenTable(text);
        it = topics.insert(text, table.isEmpty() ? QString() : detail::topicOfTable(table));
    }
    return *it;
}

bool isInsert(const QString &text) { return text.trimmed().startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive); }
} // namespace

Status SqlQuery::run()
{
    // Work sent ahead on a server (LateIndexes::buildAhead) first; its failure is this one's.
    if (auto e = detail::PgCopy::settle(mDb->connection())) {
        finish();
        return Error { Retry::failureMessage(*mDb, *e) };
    }
    if (mPrepared && detail::writeState(mDb->connection().connectionName()).depth == 0
        && !topicOfStatement(lastQuery()).isEmpty()) {
        // A write of its own, outside any transaction: no more allowed than inside one before the
        // shop's deferred check has passed (ShopCheck).
        if (Status s = ShopCheck::verdict(*mDb); !s)
            return s;
    }
    if (mPrepared && exec()) {
        // What the open transaction touched, for the change feed (announced at its COMMIT).
        detail::WriteState &state = detail::writeState(mDb->connection().connectionName());
        if (state.depth > 0) {
            // An UPDATE or DELETE that changed no row is no news for the other PCs (and no write:
            // ShopCheck). An INSERT counts always (with RETURNING, SQLite counts its row only
            // once the statement is finished).
            if (const QString &topic = topicOfStatement(lastQuery());
                !topic.isEmpty() && (numRowsAffected() != 0 || isInsert(lastQuery())))
                state.topics.insert(topic);
        }
        return {};
    }
    const QSqlError error = lastError();
    qCDebug(lcSql).noquote() << error.nativeErrorCode() << error.databaseText() << "in:" << lastQuery();
    finish();
    const QString driver = mDb->connection().driverName();
    if (Retry::isRetryable(error, driver))
        detail::noteRetryable(mDb->connection().connectionName());
    return Error { Retry::failureMessage(*mDb, error) };
}

Result<qint64> SqlQuery::insert()
{
    if (Status s = run(); !s)
        return s.error();
    if (!next())
        return Error { tr("The shop file did not confirm the new record.") };
    const qint64 id = value(0).toLongLong();
    finish(); // an unfinished INSERT … RETURNING would block COMMIT / RELEASE
    return id;
}

Status forIdsInChunks(const Database &db, const QString &statement, const QList<qint64> &ids,
    const std::function<void(const SqlQuery &)> &row)
{
    constexpr qsizetype kChunk = 500; // well under SQLite's and PostgreSQL's bound values a statement
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - from);
        QStringList names;
        names.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            names << QStringLiteral(":id%1").arg(i);
        // Placeholders only go into the text; the ids are bound.
        SqlQuery q(db, statement.arg(names.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < n; ++i)
            q.bind(names.at(i), ids.at(from + i));
        if (Status s = q.run(); !s)
            return s;
        while (q.next())
            row(q);
    }
    return {};
}

} // namespace shopdesk::core
