#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;
class QSqlError;

namespace shopdesk::core {

struct DatabaseConnections;

/// What a look at a file, without changing it, found.
struct ShopFileInfo {
    enum class Kind {
        Missing, ///< no file (or an empty one): a new shop can be created there
        Shop, ///< a ShopDesk file this version can open (maybe after migrating)
        NotSqlite, ///< not a SQLite database at all
        Foreign, ///< a SQLite database of another program
        Newer, ///< a ShopDesk file from a newer ShopDesk
        Damaged, ///< a SQLite file that cannot be read
        NetworkShare, ///< on a network file system, where SQLite locking is not safe
        Unavailable, ///< a file that cannot be read now (no permission, locked by another program)
    };
    Kind kind = Kind::Missing;
    int schemaVersion = 0;
    QString message; ///< translated explanation for every kind but Missing and Shop
};

/// One shop file (SQLite through QtSql). Each thread that uses it gets its own named connection,
/// opened with foreign keys on, WAL, a busy timeout and synchronous=NORMAL. A thread's connection
/// is closed when the thread ends (a QThread, a std::thread or any other), and its name is that
/// thread's alone: a later thread never inherits it, even when the system reuses the thread id.
/// Opening a file that is not a ShopDesk shop, or one from a newer ShopDesk, refuses and leaves the
/// file byte-identical. Opening an older shop copies it aside, then migrates it.
class Database {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Database)
public:
    /// "SDK1" in the file header (PRAGMA application_id): marks a file as a ShopDesk shop.
    static constexpr int kApplicationId = 0x53444B31;
    /// Milliseconds a connection waits for another writer before giving up.
    static constexpr int kBusyTimeoutMs = 10000;

    enum class Mode {
        OpenOrCreate, ///< create a new shop when the file is missing or empty
        OpenExisting, ///< the file must already be a shop
        /// An existing shop opened to examine it (`check`): a damaged one is opened all the same,
        /// so that its damage can be reported, instead of being refused as it is for every other use.
        Examine,
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Looks at a file without changing it.
    static ShopFileInfo inspect(const QString &path);

    /// Opens (and creates or migrates as needed) the shop file. Unless `mode` is Examine, a shop
    /// that fails SQLite's quick check is refused, untouched, with a message pointing to the
    /// backups. A shop that cannot be written (the file or its folder read-only) opens read-only.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenOrCreate);

    /// Whether `path` is a shop file (or its -wal, -shm or -journal) that a Database in this
    /// process has open. Such a file must never be opened outside SQLite here: closing a second
    /// descriptor drops the process's POSIX locks on it, and another process would then delete
    /// the write-ahead log under this one (sqlite.org, "How To Corrupt An SQLite Database File" §2.2).
    static bool isOpenInThisProcess(const QString &path);
    /// An error naming the file when `path` is open in this process as a shop (see above): every
    /// reader and writer of import and export files asks this before it opens anything.
    static Status refuseOpenShop(const QString &path);

    QString path() const { return mPath; }
    /// The schema version of the open file (PRAGMA user_version).
    int schemaVersion() const;
    /// The newest schema this build knows (number of migrations).
    static int latestSchemaVersion();

    /// This thread's connection; created on first use in each thread, closed when the thread ends.
    QSqlDatabase connection() const;
    /// Closes and forgets this thread's connection now, before the thread ends (which would close it).
    void releaseThreadConnection() const;

    /// A consistent copy of the whole shop into `target` (which must not exist), safe while
    /// this or another program writes to the shop.
    Status backupTo(const QString &target) const;
    /// PRAGMA integrity_check, the foreign keys, and the schema (every table, column and index
    /// the shop's format version promises): an empty list when the file is sound.
    Result<QStringList> integrityCheck() const;
    /// The tables, columns and indexes the file lacks against a fresh shop of its format version.
    Result<QStringList> schemaCheck() const;

    /// Whether the shop opened read-only (its file or folder cannot be written); every write is
    /// then refused with readOnlyReason().
    bool isReadOnly() const { return !mReadOnlyReason.isEmpty(); }
    /// Why the shop is read-only, as the user should read it; empty when it can be written.
    QString readOnlyReason() const { return mReadOnlyReason; }

    /// What a failed statement on this shop means for the user (the shop is busy, read-only, the
    /// disk is full, the file damaged...), never SQLite's own text. `target` names the file the
    /// statement wrote when it was not the shop (a backup copy); empty: the shop.
    QString failureMessage(const QSqlError &error, const QString &target = {}) const;
    /// Whether `error` is SQLite's "busy"/"locked": another connection holds the write lock.
    static bool isBusy(const QSqlError &error);

    /// Makes `path` readable and writable by its owner only (0600), whatever the umask: shop
    /// files, backups and exports hold buyers' names, phones and addresses.
    static void makeOwnerOnly(const QString &path);

    /// Copies taken automatically before a migration, next to the shop file.
    QString lastMigrationBackup() const { return mMigrationBackup; }

    static QString sqliteVersion();

private:
    explicit Database(QString path);
    Status initialise();
    QString connectionNameForThisThread() const;

    QString mPath;
    QString mRegisteredPath; ///< canonical path in the open-shops registry, once open
    QString mConnectionPrefix;
    QString mMigrationBackup;
    QString mReadOnlyReason;
    Mode mMode = Mode::OpenOrCreate;
    /// The connections open on this file, shared with the threads that made them (which close
    /// theirs when they end, unless this Database closed them first).
    std::shared_ptr<DatabaseConnections> mConnections;
};

} // namespace shopdesk::core
