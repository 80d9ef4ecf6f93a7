#pragma once

#include "shopdesk/core/Result.h"

#include <QFuture>

namespace shopdesk::core {

class Database;

/// SQLite's quick check of a shop file (it reads every page once): what stands between a damaged
/// file and any write to it. Database::open runs it before anything else, unless the program
/// defers it (the window does: on a big shop the check is seconds in front of it, issue 18).
/// Deferred, the shop opens for reading at once; the check runs later on a worker thread with a
/// connection of its own (start(), once the window shows), and every write waits for its verdict
/// (verdict(), asked by Transaction before it begins): a damaged shop refuses every write with the
/// same message Database::open gives, so nothing is ever written to it. A shop that must first be
/// migrated is checked at open, as before (the migration writes). Server shops have no such check.
class ShopCheck {
public:
    /// Whether Database::open leaves the check for later (process-wide; the window says so).
    static void setDeferred(bool deferred);
    static bool deferred();

    /// Whether `db` has a deferred check that has not given its verdict yet.
    static bool pending(const Database &db);
    /// Starts the deferred check of `db` on a worker thread. The future gives the verdict (ok, or
    /// the refusal); it is ready at once when there is nothing to check or the check is done.
    static QFuture<Status> start(const Database &db);
    /// The verdict for writing to `db`: ok, or the refusal of a damaged shop. Waits for a running
    /// check, or runs it now on this thread's connection when nobody started it.
    static Status verdict(const Database &db);
    /// Asks a running deferred check of `db` to end now: the shop is closing (closing it asks this
    /// itself, so quitting never waits for the check of a big file). Its verdict is then a refusal
    /// saying the check was stopped.
    static void stop(const Database &db);
    /// Called on the check's worker every few thousand of SQLite's steps while it reads the file;
    /// none by default. Tests hold a running check there.
    static void setPace(void (*pace)());
};

} // namespace shopdesk::core
