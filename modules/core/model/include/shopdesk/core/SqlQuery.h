#pragma once

// For repositories only: widgets and dialogs never include this (tests/architecture checks it).

#include "shopdesk/core/Database.h"
#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace shopdesk::core {

/// A prepared statement on this thread's shop connection, with named binds and errors as Status.
class SqlQuery : public QSqlQuery {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::SqlQuery)
public:
    SqlQuery(const Database &db, const QString &statement);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &bind(std::initializer_list<std::pair<QString, QVariant>> values);

    /// Runs the statement; on failure the message says what is wrong for the user (Database::failureMessage).
    Status run();
    /// Runs an INSERT … RETURNING id and gives the new id.
    Result<qint64> insert();

    bool prepared() const { return mPrepared; }

private:
    const Database *mDb;
    bool mPrepared = false;
};

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
