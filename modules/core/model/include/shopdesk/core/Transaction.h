#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace shopdesk::core {

class Database;

/// RAII write transaction on this thread's connection: rolls back unless commit() is called.
/// The outermost one is BEGIN IMMEDIATE on SQLite (so two writers queue on the busy timeout
/// instead of failing on a lock upgrade); nested ones become SAVEPOINTs, so a repository method
/// can open its own transaction and still run inside a caller's larger one.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Transaction)
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN itself failed (e.g. the file stayed locked past the busy timeout).
    bool isActive() const { return mActive; }
    const Status &beginStatus() const { return mBegin; }

    Status commit();
    /// The last step of a write that yields a value (typically an INSERT's new id): commits when
    /// `result` holds one and gives it back; gives the error otherwise (and the transaction then
    /// rolls back when it goes out of scope).
    template<typename T>
    Result<T> commitWith(Result<T> result)
    {
        if (!result)
            return result;
        if (Status s = commit(); !s)
            return s.error();
        return result;
    }
    void rollback();

    /// For a reader that marks rows read by an id bookmark (a stock-take's snapshot of the ledger,
    /// the buyers' totals), first thing in its transaction: waits until no other transaction is
    /// still writing `tables`, and keeps new writers waiting until this one ends, so that a max(id)
    /// read next is one no row will commit below (SqlDialect::idBookmarkLock). Nothing on SQLite.
    Status holdIdBookmark(const QStringList &tables);
    /// holdIdBookmark without waiting: true when held; false when another transaction is writing
    /// `tables` right now (on a server; this transaction can then do nothing more and is to end):
    /// for a reader whose bookmark may as well move on at its next read, such as a list on screen.
    Result<bool> tryIdBookmark(const QStringList &tables);

private:
    /// holdIdBookmark (`wait`) or tryIdBookmark.
    Result<bool> lockIdBookmark(const QStringList &tables, bool wait);
    /// The outermost COMMIT's first step: counts up the change feed's topics this transaction's
    /// writes touched (and on a server NOTIFYs them), in the transaction.
    Status announce();

    const Database &mDb;
    QString mConnection;
    QString mSavepoint; ///< empty for the outermost transaction
    Status mBegin;
    bool mActive = false;
};

} // namespace shopdesk::core
