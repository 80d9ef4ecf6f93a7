#pragma once

#include "shopdesk/core/Result.h"
#include "shopdesk/core/SqlDialect.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

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

/// Where a shop server is: `postgresql://user[:password]@host[:port]/database[?sslmode=…&schema=…]`.
/// Without a password in it, libpq looks in PGPASSWORD and ~/.pgpass (or the server trusts the PC).
struct ServerAddress {
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; ///< libpq's sslmode (disable, prefer, require, verify-full…); empty: libpq's default
    QString schema; ///< the schema the shop lives in; empty: the database's default (public)

    /// The address in `text`, or nothing when it is not a server address.
    static std::optional<ServerAddress> parse(const QString &text);
    /// The address as a URL, never with the password.
    QString url() const;
    /// How the user reads it: "database shop on host:5432 (user clerk)".
    QString shown() const;
};

/// One shop file (SQLite through QtSql), or one shop on a PostgreSQL server (QPSQL) when opened
/// with a server address; SqlDialect says where the two differ. Each thread that uses it gets its own named connection,
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
    /// `path` may be a server address (isServerAddress): the shop on that server is opened (and
    /// created in an empty database, or migrated) instead; the file checks do not apply there.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenOrCreate);
    /// Opens the shop on a PostgreSQL server (QPSQL): refused, untouched, when the database holds
    /// another program's tables or a shop from a newer ShopDesk; an empty one gets a new shop
    /// (OpenOrCreate), an older shop is migrated (each step in one transaction).
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address, Mode mode = Mode::OpenOrCreate);
    /// Whether `text` names a shop server (postgresql:// or postgres://) rather than a file.
    static bool isServerAddress(const QString &text);

    /// Whether `path` is a shop file (or its -wal, -shm or -journal) that a Database in this
    /// process has open. Such a file must never be opened outside SQLite here: closing a second
    /// descriptor drops the process's POSIX locks on it, and another process would then delete
    /// the write-ahead log under this one (sqlite.org, "How To Corrupt An SQLite Database File" §2.2).
    static bool isOpenInThisProcess(const QString &path);
    /// An error naming the file when `path` is open in this process as a shop (see above): every
    /// reader and writer of import and export files asks this before it opens anything.
    static Status refuseOpenShop(const QString &path);

    /// The shop file's absolute path; on a server, its address without the password.
    QString path() const { return mPath; }
    /// How the user reads where the shop is: the file's path, or the server and database.
    QString displayName() const;
    /// Whether the shop is on a server rather than in a file.
    bool isServer() const { return mServer.has_value(); }
    /// The server's address, when the shop is on one.
    const std::optional<ServerAddress> &server() const { return mServer; }
    SqlDialect::Engine engine() const { return mServer ? SqlDialect::Engine::PostgreSql : SqlDialect::Engine::Sqlite; }
    /// The schema version of the open file (PRAGMA user_version).
    int schemaVersion() const;
    /// The newest schema this build knows (number of migrations).
    static int latestSchemaVersion();

    /// This thread's connection; created on first use in each thread, closed when the thread ends.
    QSqlDatabase connection() const;
    /// Closes and forgets this thread's connection now, before the thread ends (which would close it).
    void releaseThreadConnection() const;

    /// A consistent copy of the whole shop into `target` (which must not exist), safe while
    /// this or another program writes to the shop. For shop files; a server shop is refused with
    /// a message pointing to the server's own backup (pg_dump).
    Status backupTo(const QString &target) const;
    /// PRAGMA integrity_check, the foreign keys, and the schema (every table, column and index
    /// the shop's format version promises): an empty list when the file is sound.
    Result<QStringList> integrityCheck() const;
    /// On a server: the schema check only (the server checks its own pages).
    /// The tables, columns and indexes the file lacks against a fresh shop of its format version.
    Result<QStringList> schemaCheck() const;
    /// The tables, each table's columns and the named indexes, one per line ("table orders",
    /// "column orders.id", "index orders_queue"), sorted: what is the same on both engines.
    Result<QStringList> schemaNames() const;

    /// Whether the shop opened read-only (its file or folder cannot be written); every write is
    /// then refused with readOnlyReason().
    bool isReadOnly() const { return !mReadOnlyReason.isEmpty(); }
    /// Why the shop is read-only, as the user should read it; empty when it can be written.
    QString readOnlyReason() const { return mReadOnlyReason; }

    /// What a failed statement on this shop means for the user (the shop is busy, read-only, the
    /// disk is full, the file damaged...), never SQLite's own text. `target` names the file the
    /// statement wrote when it was not the shop (a backup copy); empty: the shop.
    QString failureMessage(const QSqlError &error, const QString &target = {}) const;
    /// Whether `error` is SQLite's "busy"/"locked" (another connection holds the write lock), or
    /// the server's "lock not available".
    static bool isBusy(const QSqlError &error);
    /// Whether `error` is the server's serialization failure or deadlock: the transaction was
    /// undone whole and may simply be run again.
    static bool isSerializationFailure(const QSqlError &error);

    /// Makes `path` readable and writable by its owner only (0600), whatever the umask: shop
    /// files, backups and exports hold buyers' names, phones and addresses.
    static void makeOwnerOnly(const QString &path);

    /// Copies taken automatically before a migration, next to the shop file.
    QString lastMigrationBackup() const { return mMigrationBackup; }

    static QString sqliteVersion();

private:
    explicit Database(QString path);
    Status initialise();
    Status initialiseServer();
    QString connectionNameForThisThread() const;

    QString mPath;
    QString mRegisteredPath; ///< canonical path in the open-shops registry, once open
    QString mConnectionPrefix;
    QString mMigrationBackup;
    QString mReadOnlyReason;
    Mode mMode = Mode::OpenOrCreate;
    std::optional<ServerAddress> mServer;
    /// The connections open on this file, shared with the threads that made them (which close
    /// theirs when they end, unless this Database closed them first).
    std::shared_ptr<DatabaseConnections> mConnections;
};

} // namespace shopdesk::core
