#pragma once

// For repositories only: widgets and dialogs never include this (tests/architecture checks it).

#include "shopdesk/core/Database.h"
#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>

namespace shopdesk::core {

namespace detail {
struct LentStatement;
struct StatementSlot;
} // namespace detail

/// A prepared statement on this thread's shop connection, with named binds and errors as Status.
/// Statements are prepared once per connection and kept: the next SqlQuery of the same text on
/// the same connection reuses the prepared statement (binds are set again, the cursor is reset
/// when the SqlQuery goes). The same text asked for while its statement is still in use (a query
/// run again inside the loop over its own rows) is prepared anew for that use. Do not prepare()
/// another text on a SqlQuery: it is one statement for its whole life.
class SqlQuery : public QSqlQuery {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::SqlQuery)
public:
    SqlQuery(const Database &db, const QString &statement);
    ~SqlQuery();
    SqlQuery(SqlQuery &&) = default;
    SqlQuery &operator=(SqlQuery &&) = delete;

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &bind(std::initializer_list<std::pair<QString, QVariant>> values);

    /// Runs the statement; on failure the message says what is wrong for the user (Database::failureMessage).
    Status run();
    /// Runs an INSERT … RETURNING id and gives the new id.
    Result<qint64> insert();

    bool prepared() const { return mPrepared; }

    /// How many prepared statements this thread's connection to `db` keeps (for tests).
    static int keptStatements(const Database &db);

private:
    explicit SqlQuery(detail::LentStatement &&lent);

    /// The connection's cache slot this statement goes back to (none when it is not kept).
    std::shared_ptr<detail::StatementSlot> mSlot;
    const Database *mDb = nullptr;
    bool mPrepared = false;
};

/// Runs `statement`, SQL with one %1 where a list of ids goes ("… WHERE s.id IN (%1)"), for `ids`
/// five hundred at a time, each id a bound parameter, and hands each row to `row`: chunk after
/// chunk in the order of `ids` (rows within a chunk in the statement's own order).
Status forIdsInChunks(const Database &db, const QString &statement, const QList<qint64> &ids,
    const std::function<void(const SqlQuery &)> &row);

/// A value as the shop file stores it: a null QString is '' (our records' "no text"); SQL NULL is
/// asked for with QVariant(). SqlQuery::bind and BulkInsert both bind through it.
QVariant storedValue(const QVariant &value);

/// NULL for an empty optional.
template<typename T>
QVariant nullable(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace shopdesk::core
