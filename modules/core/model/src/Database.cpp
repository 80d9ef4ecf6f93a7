#include "shopdesk/core/Database.h"

#include "NativeSqlite.h"
#include "StatementCache.h"
#include "shopdesk/core/Migrator.h"
#include "shopdesk/core/ShopCheck.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QtEndian>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace shopdesk::core {

namespace {

QAtomicInt gInstanceCounter;

// SQLite's primary result codes (the low byte of an extended code, as QSqlError gives it).
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteAuth = 23;
/// SQLITE_NOTADB: the file's first page is not a SQLite header.
constexpr int kSqliteNotADatabase = 26;

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

QString shownPath(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }

/// Why a shop at `path` cannot be written, as the user should read it; empty when it can. (A
/// look at the permissions only: nothing here opens the file.)
QString whyReadOnly(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.exists() && !fi.isWritable())
        return Database::tr("“%1” is read-only: ShopDesk shows it but changes nothing in it. To work in this shop, "
                            "make the file writable or copy it to a folder of your own.")
            .arg(shownPath(path));
    if (!QFileInfo(fi.absolutePath()).isWritable())
        return Database::tr("The folder of “%1” cannot be written: ShopDesk shows the shop but changes nothing in "
                            "it. To work in this shop, copy it to a folder of your own.")
            .arg(shownPath(path));
    return {};
}

/// The shop files open in this process (canonical path → open Database objects). Nothing in this
/// process may open one of them outside SQLite: closing that second descriptor would drop every
/// POSIX lock the process holds on the file.
struct OpenShops {
    QMutex mutex;
    QHash<QString, int> count;
};

OpenShops &openShops()
{
    static OpenShops shops;
    return shops;
}

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}

bool isNetworkFileSystem(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
#ifdef Q_OS_WIN
    if (dir.startsWith(QStringLiteral("//")) || dir.startsWith(QStringLiteral("\\\\")))
        return true;
#endif
    const QByteArray type = QStorageInfo(dir).fileSystemType().toLower();
    static const QByteArrayList network = { "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "fuse.sshfs", "9p", "afs",
        "ncpfs", "fuse.gvfsd-fuse", "davfs" };
    return network.contains(type);
}

} // namespace

/// The connections of one Database, by name. Shared with the threads that made them: whichever
/// ends first, the thread or the Database, closes them.
struct DatabaseConnections {
    QMutex mutex;
    QStringList names;

    /// Closes and removes `name` if it is still open here (call with `mutex` held); false if it was not.
    bool close(const QString &name)
    {
        if (!names.removeOne(name))
            return false;
        detail::dropStatements(name); // the kept statements die before their connection
        {
            // From the thread that made it (Qt hands a connection to that thread only); from another
            // one (a Database closed while its threads run) the handle is invalid, and removing it is
            // what is left to do.
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid() && db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return true;
    }
};

namespace {

/// A serial number for each thread that opens a connection, never handed out twice: a connection's
/// name says which thread made it. (The thread id would not do: the system reuses it for the next
/// thread as soon as one ends, and that thread would be handed a connection Qt refuses to it.)
const QString &threadTag()
{
    static QAtomicInteger<quint64> lastSerial;
    thread_local const QString tag = QString::number(lastSerial.fetchAndAddRelaxed(1) + 1);
    return tag;
}

/// The connections this thread made, closed when it ends: QThreadStorage deletes a thread's data as
/// the thread finishes (before QThread::wait() returns), for QThreads and for threads Qt did not start.
struct ThreadConnections {
    QList<std::pair<std::weak_ptr<DatabaseConnections>, QString>> made;

    ~ThreadConnections()
    {
        for (const auto &[owner, name] : std::as_const(made)) {
            if (const auto connections = owner.lock()) {
                QMutexLocker lock(&connections->mutex);
                connections->close(name);
            }
        }
    }

    void add(const std::shared_ptr<DatabaseConnections> &owner, const QString &name)
    {
        // Forget the connections of Databases that are gone (a thread may open many shops in turn).
        made.removeIf([](const auto &entry) { return entry.first.expired(); });
        made.append({ owner, name });
    }
};

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

} // namespace

namespace {

/// The refusal of a damaged shop, at open or (the check deferred) at its first write.
QString damagedMessage(const QString &path)
{
    return Database::tr("“%1” is damaged: SQLite's check of the file failed. ShopDesk changes nothing in it, so "
                        "that nothing more is lost. Open a backup copy instead (one you made, or a .bak copy "
                        "beside the shop); shopdesk-cli check lists the damage.")
        .arg(shownPath(path));
}

enum class Soundness { Sound, Damaged, Failed };

/// PRAGMA quick_check(1) on `db`: sound, damaged, or the check itself failed (`error` says why).
Soundness quickCheck(const QSqlDatabase &db, QSqlError *error)
{
    // Every page is read once: through SQLite's own small page cache, not the connection's larger
    // one (SqlDialect::connectionSetup), which would stay filled with pages no panel asked for.
    QSqlQuery cache(db);
    QVariant pages;
    if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next())
        pages = cache.value(0);
    cache.finish();
    cache.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    const auto restore = qScopeGuard([&] {
        if (pages.isValid())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(pages.toLongLong()));
    });
    QSqlQuery q(db);
    const bool ran = q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next();
    if (!ran && primaryCode(q.lastError()) != kSqliteCorrupt && primaryCode(q.lastError()) != kSqliteNotADatabase) {
        *error = q.lastError();
        return Soundness::Failed;
    }
    const bool sound = ran && q.value(0).toString() == QLatin1String("ok");
    q.finish();
    return sound ? Soundness::Sound : Soundness::Damaged;
}

/// A deferred check of one open shop (ShopCheck).
struct DeferredCheck {
    enum class State { Waiting, Running, Done };
    std::mutex mutex;
    std::condition_variable done;
    State state = State::Waiting;
    Status verdict;
    std::vector<std::shared_ptr<QPromise<Status>>> watchers; ///< start()'s futures, told when done
    std::thread worker;
    std::atomic<bool> stop { false }; ///< the shop closes: the worker's check ends at SQLite's next ask
    sqlite3 *running = nullptr; ///< the worker's connection while its check runs (under `mutex`)
};

struct DeferredChecks {
    QMutex mutex;
    QHash<const Database *, std::shared_ptr<DeferredCheck>> checks;
};

DeferredChecks &deferredChecks()
{
    static DeferredChecks registry;
    return registry;
}

QAtomicInt gDeferredCount; ///< shops with a deferred check: none, and a write asks nothing
QAtomicInt gDeferOnOpen;

std::shared_ptr<DeferredCheck> checkOf(const Database *db)
{
    if (gDeferredCount.loadAcquire() == 0)
        return {};
    DeferredChecks &registry = deferredChecks();
    QMutexLocker lock(&registry.mutex);
    return registry.checks.value(db);
}

std::atomic<void (*)()> gPace { nullptr }; ///< ShopCheck::setPace

/// Runs the check of `db` on this thread's connection (the caller set the state to Running); as
/// the worker of `check`, it ends early once check->stop turns true (the shop closes), with a
/// refusal that says so.
Status runCheck(const Database &db, DeferredCheck *check = nullptr)
{
    QSqlError error;
    const QSqlDatabase connection = db.connection();
    if (check) {
        sqlite3 *handle = detail::stopWhen(connection, &check->stop, gPace.load());
        std::lock_guard lock(check->mutex);
        check->running = handle;
    }
    const Soundness soundness = quickCheck(connection, &error);
    if (check) {
        {
            std::lock_guard lock(check->mutex);
            check->running = nullptr;
        }
        detail::stopWatching(connection);
    }
    if (check && check->stop.load())
        return Error { Database::tr("The check of “%1” was stopped: the shop was closed before it ended.")
                           .arg(shownPath(db.path())) };
    switch (soundness) {
    case Soundness::Sound:
        return {};
    case Soundness::Damaged:
        return Error { damagedMessage(db.path()) };
    case Soundness::Failed:
        break;
    }
    return Error { db.failureMessage(error) };
}

void finishCheck(DeferredCheck &check, const Status &verdict)
{
    std::vector<std::shared_ptr<QPromise<Status>>> watchers;
    {
        std::lock_guard lock(check.mutex);
        check.verdict = verdict;
        check.state = DeferredCheck::State::Done;
        watchers.swap(check.watchers);
    }
    check.done.notify_all();
    for (const auto &promise : watchers) {
        promise->addResult(verdict);
        promise->finish();
    }
}

/// Asks the check's worker to end: at SQLite's next ask between steps, or inside the page walk.
void stopCheck(DeferredCheck &check)
{
    check.stop.store(true, std::memory_order_release);
    std::lock_guard lock(check.mutex);
    detail::interrupt(check.running);
}

/// Forgets the deferred check of a Database that closes, after its worker (if any) ends.
void forgetCheck(const Database *db)
{
    std::shared_ptr<DeferredCheck> check;
    {
        DeferredChecks &registry = deferredChecks();
        QMutexLocker lock(&registry.mutex);
        check = registry.checks.take(db);
    }
    if (!check)
        return;
    gDeferredCount.deref();
    // A check still reading a big file stops now instead of holding the quit up.
    stopCheck(*check);
    if (check->worker.joinable())
        check->worker.join();
}

} // namespace

void ShopCheck::setDeferred(bool deferred) { gDeferOnOpen.storeRelease(deferred ? 1 : 0); }

bool ShopCheck::deferred() { return gDeferOnOpen.loadAcquire() != 0; }

bool ShopCheck::pending(const Database &db)
{
    const std::shared_ptr<DeferredCheck> check = checkOf(&db);
    if (!check)
        return false;
    std::lock_guard lock(check->mutex);
    return check->state != DeferredCheck::State::Done;
}

QFuture<Status> ShopCheck::start(const Database &db)
{
    const std::shared_ptr<DeferredCheck> check = checkOf(&db);
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    if (!check) {
        promise->addResult(Status {});
        promise->finish();
        return future;
    }
    std::unique_lock held(check->mutex);
    if (check->state == DeferredCheck::State::Done) {
        promise->addResult(check->verdict);
        promise->finish();
        return future;
    }
    check->watchers.push_back(promise);
    if (check->state == DeferredCheck::State::Waiting) {
        check->state = DeferredCheck::State::Running;
        // A connection of the worker's own, closed when the check is done.
        check->worker = std::thread([&db, raw = check.get()] {
            const Status verdict = runCheck(db, raw);
            db.releaseThreadConnection();
            finishCheck(*raw, verdict);
        });
    }
    return future;
}

void ShopCheck::stop(const Database &db)
{
    if (const std::shared_ptr<DeferredCheck> check = checkOf(&db))
        stopCheck(*check);
}

void ShopCheck::setPace(void (*pace)()) { gPace.store(pace); }

Status ShopCheck::verdict(const Database &db)
{
    const std::shared_ptr<DeferredCheck> check = checkOf(&db);
    if (!check)
        return {};
    std::unique_lock lock(check->mutex);
    if (check->state == DeferredCheck::State::Done)
        return check->verdict;
    if (check->state == DeferredCheck::State::Running) {
        check->done.wait(lock, [&] { return check->state == DeferredCheck::State::Done; });
        return check->verdict;
    }
    check->state = DeferredCheck::State::Running;
    lock.unlock();
    const Status verdict = runCheck(db);
    finishCheck(*check, verdict);
    return verdict;
}

Database::Database(QString path)
    : mPath(std::move(path))
    , mConnectionPrefix(QStringLiteral("shopdesk_%1").arg(gInstanceCounter.fetchAndAddOrdered(1)))
    , mConnections(std::make_shared<DatabaseConnections>())
{
}

Database::~Database()
{
    forgetCheck(this); // its worker, if one runs, ends first: it reads through this shop's connections
    if (!mRegisteredPath.isEmpty()) {
        OpenShops &shops = openShops();
        QMutexLocker registry(&shops.mutex);
        if (--shops.count[mRegisteredPath] <= 0)
            shops.count.remove(mRegisteredPath);
    }
    QMutexLocker lock(&mConnections->mutex);
    const QStringList names = mConnections->names;
    for (const QString &name : names)
        mConnections->close(name);
}

QString Database::sqliteVersion()
{
    const QString name = QStringLiteral("shopdesk_version_probe");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

ShopFileInfo Database::inspect(const QString &path)
{
    ShopFileInfo info;
    const QFileInfo fi(path);
    const QString shown = QDir::toNativeSeparators(fi.absoluteFilePath());
    if (!fi.exists() || (fi.isFile() && fi.size() == 0)) {
        if (isNetworkFileSystem(path)) {
            info.kind = ShopFileInfo::Kind::NetworkShare;
            info.message = tr("“%1” is on a network share. SQLite shop files are not safe there: keep the shop on "
                              "this computer's own disk.")
                               .arg(shown);
        }
        return info;
    }
    if (!fi.isFile()) {
        info.kind = ShopFileInfo::Kind::NotSqlite;
        info.message = tr("“%1” is a folder, not a shop file.").arg(shown);
        return info;
    }
    if (isNetworkFileSystem(path)) {
        info.kind = ShopFileInfo::Kind::NetworkShare;
        info.message = tr("“%1” is on a network share. SQLite shop files are not safe there: keep the shop on "
                          "this computer's own disk.")
                           .arg(shown);
        return info;
    }

    // A read-only look through SQLite: whether it is a database at all, its application_id,
    // user_version and whether it holds tables. Never through a QFile: the file may be a shop this
    // process has open, and SQLite alone knows to keep a second descriptor of it open until the
    // process's locks are gone (closing it would release them).
    //
    // Without a write-ahead log beside it, the file alone holds the whole database: it is read as
    // immutable, so SQLite creates no -wal or -shm file next to a file it may then refuse (another
    // program's database, a newer shop). With a log there, the log is read too (it may hold the
    // newest header), and the -wal and -shm files were there already.
    const bool hasLog = QFileInfo::exists(path + QStringLiteral("-wal"));
    const QString name = QStringLiteral("shopdesk_inspect_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (hasLog) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(fi.absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        qint64 appId = 0;
        int version = 0;
        int objects = 0;
        QSqlError failure;
        bool failed = false;
        if (!db.open()) {
            failure = db.lastError();
            failed = true;
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toLongLong();
            else
                failed = true;
            if (!failed && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            else
                failed = true;
            if (!failed && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
                objects = q.value(0).toInt();
            else
                failed = true;
            if (failed)
                failure = q.lastError();
        }
        db.close();
        const int code = primaryCode(failure);
        if (failed && code == kSqliteNotADatabase) {
            info.kind = ShopFileInfo::Kind::NotSqlite;
            info.message = tr("“%1” is not a ShopDesk shop file: it is not a database at all.").arg(shown);
        } else if (failed && (code == kSqliteBusy || code == kSqliteLocked)) {
            info.kind = ShopFileInfo::Kind::Unavailable;
            info.message = tr("“%1” is locked by another program that is writing to it. Close that program (or "
                              "wait for it to finish) and try again; the shop file is not damaged.")
                               .arg(shown);
        } else if (failed && !fi.isReadable()) {
            info.kind = ShopFileInfo::Kind::Unavailable;
            info.message = tr("“%1” cannot be read: this user has no permission to read it.").arg(shown);
        } else if (failed && (code == kSqliteCantOpen || code == kSqlitePerm || code == kSqliteAuth)) {
            info.kind = ShopFileInfo::Kind::Unavailable;
            info.message = tr("“%1” cannot be opened: check that its folder can be read and written, or copy the "
                              "shop to a folder of your own.")
                               .arg(shown);
        } else if (failed && code == kSqliteIoError) {
            info.kind = ShopFileInfo::Kind::Unavailable;
            info.message = tr("“%1” could not be read from the disk (an input/output error): the disk may be "
                              "failing or was unplugged.")
                               .arg(shown);
        } else if (failed) {
            info.kind = ShopFileInfo::Kind::Damaged;
            info.message = tr("“%1” is damaged and cannot be read. Open a backup copy instead.").arg(shown);
        } else if (appId == kApplicationId) {
            info.schemaVersion = version;
            if (version > latestSchemaVersion()) {
                info.kind = ShopFileInfo::Kind::Newer;
                info.message = tr("“%1” was saved by a newer ShopDesk (shop format %2; this ShopDesk knows up to %3). "
                                  "Update ShopDesk to open it.")
                                   .arg(shown)
                                   .arg(version)
                                   .arg(latestSchemaVersion());
            } else {
                info.kind = ShopFileInfo::Kind::Shop;
            }
        } else if (appId == 0 && version == 0 && objects == 0) {
            info.kind = ShopFileInfo::Kind::Missing; // an empty SQLite file: a shop can be made in it
        } else {
            info.kind = ShopFileInfo::Kind::Foreign;
            info.message
                = tr("“%1” is another program's database, not a ShopDesk shop file. ShopDesk leaves it untouched.")
                      .arg(shown);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return info;
}

bool Database::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text)
{
    if (!Database::isServerAddress(text))
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    ServerAddress a;
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(5432);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return std::nullopt;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode"))
            a.sslMode = value;
        else if (key == QLatin1String("schema"))
            a.schema = value;
        else
            return std::nullopt; // an option ShopDesk does not know: better refused than ignored
    }
    static const QStringList sslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    if (!a.sslMode.isEmpty() && !sslModes.contains(a.sslMode))
        return std::nullopt;
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!a.schema.isEmpty() && !identifier.match(a.schema).hasMatch())
        return std::nullopt;
    return a;
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!schema.isEmpty())
        query.addQueryItem(QStringLiteral("schema"), schema);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::shown() const
{
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    const QString db = schema.isEmpty() ? database : QStringLiteral("%1.%2").arg(database, schema);
    return user.isEmpty() ? Database::tr("database “%1” on %2").arg(db, where)
                          : Database::tr("database “%1” on %2 (user %3)").arg(db, where, user);
}

QString Database::displayName() const { return mServer ? mServer->shown() : shownPath(mPath); }

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress &address, Mode mode)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error { tr("The PostgreSQL driver for Qt is missing (package libqt6sql6-psql): ShopDesk cannot reach "
                          "shop servers.") };
    std::unique_ptr<Database> db(new Database(address.url()));
    db->mMode = mode;
    db->mServer = address;
    if (Status s = db->initialiseServer(); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (isServerAddress(path)) {
        const auto address = ServerAddress::parse(path);
        if (!address)
            return Error { tr("“%1” is not a shop server address: write it as "
                              "postgresql://user@host:port/database (optionally ?sslmode=require).")
                               .arg(path) };
        return openServer(*address, mode);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error { tr(
            "The SQLite driver for Qt is missing (package libqt6sql6-sqlite): ShopDesk cannot open shop files.") };
    const ShopFileInfo info = inspect(path);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    switch (info.kind) {
    case ShopFileInfo::Kind::Missing:
        if (mode != Mode::OpenOrCreate)
            return Error { tr("There is no shop file at “%1”.").arg(shown) };
        if (!QFileInfo(path).absoluteDir().exists())
            return Error { tr("The folder for “%1” does not exist.").arg(shown) };
        if (!QFileInfo::exists(path)) {
            // Created owner-only before SQLite writes a byte: the -wal and -shm files SQLite makes
            // beside it take the shop file's permissions.
            QFile created(path);
            if (!created.open(
                    QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return Error { QFileInfo(QFileInfo(path).absolutePath()).isWritable()
                        ? tr("“%1” cannot be created: %2").arg(shown, created.errorString())
                        : tr("The folder of “%1” cannot be written: ShopDesk cannot create the shop there. "
                             "Choose a folder of your own.")
                              .arg(shown) };
        }
        makeOwnerOnly(path);
        break;
    case ShopFileInfo::Kind::Shop:
        break;
    default:
        return Error { info.message };
    }

    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath()));
    db->mMode = mode;
    db->mReadOnlyReason = whyReadOnly(path);
    if (Status s = db->initialise(); !s)
        return s.error();
    db->mRegisteredPath = canonical(db->mPath); // the file exists now
    {
        OpenShops &shops = openShops();
        QMutexLocker registry(&shops.mutex);
        ++shops.count[db->mRegisteredPath];
    }
    return db;
}

bool Database::isOpenInThisProcess(const QString &path)
{
    if (path.isEmpty())
        return false;
    QStringList candidates { path };
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal") }) {
        if (path.endsWith(suffix))
            candidates << path.chopped(suffix.size());
    }
    OpenShops &shops = openShops();
    QMutexLocker registry(&shops.mutex);
    for (const QString &candidate : std::as_const(candidates)) {
        if (shops.count.contains(canonical(candidate)))
            return true;
    }
    return false;
}

Status Database::refuseOpenShop(const QString &path)
{
    if (!isOpenInThisProcess(path))
        return {};
    return Error { tr("“%1” is the shop file ShopDesk has open, not a file to import or export. Choose another file.")
                       .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())) };
}

Status Database::initialise()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error { failureMessage(db.lastError()) };

    // A damaged shop is refused before anything writes to it (a migration, a copy aside, the
    // user's work): quick_check reads every page once, which costs a few milliseconds per
    // megabyte. `check` opens it all the same, to report the damage. The window defers the
    // check of a shop that needs no migration (ShopCheck): it runs after the window shows, and
    // every write waits for it.
    const int latest = latestSchemaVersion();
    if (mMode != Mode::Examine && ShopCheck::deferred() && Migrator::currentVersion(db) == latest) {
        DeferredChecks &registry = deferredChecks();
        QMutexLocker lock(&registry.mutex);
        registry.checks.insert(this, std::make_shared<DeferredCheck>());
        gDeferredCount.ref();
        return {};
    }
    bool damaged = false;
    {
        QSqlError error;
        const Soundness soundness = quickCheck(db, &error);
        if (soundness == Soundness::Failed)
            return Error { failureMessage(error) };
        damaged = soundness == Soundness::Damaged;
        if (damaged && mMode != Mode::Examine)
            return Error { damagedMessage(mPath) };
    }

    const int current = Migrator::currentVersion(db);
    if (damaged)
        return {}; // examined as it is: a damaged shop is never migrated
    if (current < latest && isReadOnly())
        return Error { tr("“%1” must be updated to a newer shop format before this ShopDesk can open it, but it "
                          "cannot be written. %2")
                           .arg(shownPath(mPath), mReadOnlyReason) };
    if (current > 0 && current < latest) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target = QStringLiteral("%1.v%2-%3.bak").arg(mPath).arg(current).arg(stamp);
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = QStringLiteral("%1.v%2-%3-%4.bak").arg(mPath).arg(current).arg(stamp).arg(n);
        if (Status s = backupTo(target); !s)
            return Error { tr("ShopDesk must update “%1” to a newer format, but could not first copy it aside: %2")
                               .arg(QDir::toNativeSeparators(mPath), s.errorMessage()) };
        mMigrationBackup = target;
    }
    if (current < latest) {
        if (Status s = Migrator::migrate(db); !s)
            return s;
    }
    return {};
}

Status Database::initialiseServer()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error { failureMessage(db.lastError()) };
    const qint64 appId = SqlDialect::applicationId(db);
    const int current = Migrator::currentVersion(db);
    const int objects = SqlDialect::objectCount(db);
    if (appId < 0 || current < 0 || objects < 0)
        return Error { tr("The shop on %1 could not be read: check that the user may read and write that database.")
                           .arg(displayName()) };
    const int latest = latestSchemaVersion();
    if (appId == 0 && objects > 0)
        return Error { tr("The %1 holds another program's tables, not a ShopDesk shop. ShopDesk leaves it "
                          "untouched: give the shop a database of its own.")
                           .arg(displayName()) };
    if (appId != 0 && appId != kApplicationId)
        return Error { tr("The %1 is marked as another program's, not a ShopDesk shop. ShopDesk leaves it untouched.")
                           .arg(displayName()) };
    if (current > latest)
        return Error { tr("The shop in the %1 was saved by a newer ShopDesk (shop format %2; this ShopDesk knows up "
                          "to %3). Update ShopDesk on this PC to open it.")
                           .arg(displayName())
                           .arg(current)
                           .arg(latest) };
    if (current == 0 && mMode != Mode::OpenOrCreate)
        return Error { tr("There is no shop in the %1 yet.").arg(displayName()) };
    if (current < latest) {
        // No copy aside: the server's own backups (pg_dump) keep the shop; each step of the
        // migration is one transaction, and a second PC waits for it (SqlDialect::migrationLock).
        if (Status s = Migrator::migrate(db); !s)
            return s;
    }
    return {};
}

int Database::latestSchemaVersion() { return Migrator::latestVersion(); }

int Database::schemaVersion() const { return Migrator::currentVersion(connection()); }

QString Database::connectionNameForThisThread() const
{
    return mConnectionPrefix + QStringLiteral("_thread_") + threadTag();
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(SqlDialect::driverName(engine()), name);
    if (mServer) {
        db.setHostName(mServer->host);
        db.setPort(mServer->port);
        db.setDatabaseName(mServer->database);
        db.setUserName(mServer->user);
        db.setPassword(mServer->password);
        QString options = QStringLiteral("connect_timeout=10;application_name=ShopDesk");
        if (!mServer->sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + mServer->sslMode;
        db.setConnectOptions(options);
    } else {
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (isReadOnly() && !QFileInfo::exists(mPath + QStringLiteral("-wal"))) {
            // Nobody can write it, and no write-ahead log is beside it: the file alone is the shop,
            // read as immutable (SQLite could not create the -shm file it needs otherwise).
            db.setDatabaseName(
                QUrl::fromLocalFile(mPath).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(mPath);
            if (isReadOnly())
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(options);
    }
    {
        QMutexLocker lock(&mConnections->mutex);
        mConnections->names << name;
    }
    // Closed when this thread ends.
    QThreadStorage<ThreadConnections *> &storage = threadConnections();
    if (!storage.hasLocalData())
        storage.setLocalData(new ThreadConnections);
    storage.localData()->add(mConnections, name);
    if (db.open()) {
        QSqlQuery q(db);
        if (mServer && !mServer->schema.isEmpty())
            q.exec(QStringLiteral("SET search_path TO %1").arg(mServer->schema)); // checked: [a-z_][a-z0-9_]*
        for (const QString &statement : SqlDialect::connectionSetup(engine(), isReadOnly()))
            q.exec(statement);
    }
    return db;
}

void Database::releaseThreadConnection() const
{
    QMutexLocker lock(&mConnections->mutex);
    mConnections->close(connectionNameForThisThread());
}

Status Database::backupTo(const QString &target) const
{
    if (mServer)
        return Error { tr("The shop is on a server (%1): it is backed up there, with pg_dump (see “Several PCs” in "
                          "the README), not copied to a file from this PC.")
                           .arg(displayName()) };
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return Error { tr("“%1” already exists; choose a new name for the backup.").arg(shown) };
    if (!QFileInfo(QFileInfo(target).absolutePath()).isWritable())
        return Error {
            tr("The backup “%1” could not be written: its folder cannot be written. Choose another folder.").arg(shown)
        };
    // VACUUM INTO reads one consistent snapshot (a read transaction), so writers in this or
    // another process may go on meanwhile; the copy is compact and complete.
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QDir::toNativeSeparators(target));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        q.finish();
        QFile::remove(target);
        return Error { tr("The backup “%1” could not be written: %2").arg(shown, failureMessage(error, target)) };
    }
    makeOwnerOnly(target);
    return {};
}

Result<QStringList> Database::integrityCheck() const
{
    if (mServer) // the server checks its own pages and foreign keys; what is left is the schema
        return schemaCheck();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error { tr("The integrity check of “%1” could not run: %2")
                           .arg(QDir::toNativeSeparators(mPath), failureMessage(q.lastError())) };
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery fk(connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            problems << tr("Table %1 row %2 refers to a missing row in %3.")
                            .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    }
    auto schema = schemaCheck();
    if (schema)
        problems += *schema;
    else if (problems.isEmpty())
        return schema.error();
    return problems;
}

namespace {
/// The schema objects (type and name) and each table's columns, as sqlite_master lists them.
struct SchemaObjects {
    QList<std::pair<QString, QString>> objects; ///< (type, name), in sqlite_master's order
    QHash<QString, QStringList> columns; ///< table → its columns
};

bool readSchema(const QSqlDatabase &db, SchemaObjects *out)
{
    QSqlQuery q(db);
    if (SqlDialect::of(db) == SqlDialect::Engine::PostgreSql) {
        // Tables, then the indexes the migrations name (not those behind a primary key or UNIQUE).
        if (!q.exec(QStringLiteral("SELECT 'table', table_name FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_type = 'BASE TABLE' AND table_name <> "
                                   "'shopdesk_format' ORDER BY table_name")))
            return false;
        while (q.next())
            out->objects.append({ q.value(0).toString(), q.value(1).toString() });
        if (!q.exec(QStringLiteral(
                "SELECT 'index', c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN "
                "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT EXISTS "
                "(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY c.relname")))
            return false;
        while (q.next())
            out->objects.append({ q.value(0).toString(), q.value(1).toString() });
        if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                   "table_schema = current_schema() ORDER BY table_name, ordinal_position")))
            return false;
        while (q.next())
            out->columns[q.value(0).toString()] << q.value(1).toString();
        return true;
    }
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                               "AND type IN ('table', 'index', 'view', 'trigger') ORDER BY rowid")))
        return false;
    while (q.next())
        out->objects.append({ q.value(0).toString(), q.value(1).toString() });
    for (const auto &[type, name] : std::as_const(out->objects)) {
        if (type != QLatin1String("table"))
            continue;
        QSqlQuery c(db);
        c.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        c.addBindValue(name);
        if (!c.exec())
            return false;
        QStringList &cols = out->columns[name];
        while (c.next())
            cols << c.value(0).toString();
    }
    return true;
}

/// One line per table, column and named index, sorted (see Database::schemaNames).
QStringList namesOf(const SchemaObjects &schema)
{
    QStringList out;
    for (const auto &[type, name] : schema.objects) {
        out << type + QLatin1Char(' ') + name;
        if (type == QLatin1String("table")) {
            for (const QString &column : schema.columns.value(name))
                out << QStringLiteral("column %1.%2").arg(name, column);
        }
    }
    out.sort();
    return out;
}
} // namespace

Result<QStringList> Database::schemaCheck() const
{
    const int version = schemaVersion();
    if (version <= 0)
        return QStringList {};
    SchemaObjects expected;
    SchemaObjects actual;
    const QString name = QStringLiteral("shopdesk_schema_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool built = false;
    {
        // What this format version promises: a fresh shop migrated to it, in memory.
        QSqlDatabase fresh = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        fresh.setDatabaseName(QStringLiteral(":memory:"));
        built = fresh.open() && Migrator::migrate(fresh, version).ok() && readSchema(fresh, &expected);
        fresh.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!built)
        return Error {
            tr("ShopDesk could not build the shop format %1 to compare “%2” with.").arg(version).arg(displayName())
        };
    if (!readSchema(connection(), &actual))
        return Error { tr("The tables of “%1” could not be listed.").arg(displayName()) };

    QStringList problems;
    for (const auto &[type, object] : std::as_const(expected.objects)) {
        if (mServer && type != QLatin1String("table") && type != QLatin1String("index"))
            continue; // the migrations make no views or triggers
        if (actual.objects.contains(std::pair { type, object })) {
            if (type != QLatin1String("table"))
                continue;
            const QStringList have = actual.columns.value(object);
            for (const QString &column : expected.columns.value(object)) {
                if (!have.contains(column))
                    problems << tr("The table %1 has lost its column %2.").arg(object, column);
            }
            continue;
        }
        if (type == QLatin1String("table"))
            problems << tr("The table %1 is missing.").arg(object);
        else if (type == QLatin1String("index"))
            problems << tr("The index %1 is missing.").arg(object);
        else if (type == QLatin1String("view"))
            problems << tr("The view %1 is missing.").arg(object);
        else
            problems << tr("The trigger %1 is missing.").arg(object);
    }
    return problems;
}

Result<QStringList> Database::schemaNames() const
{
    SchemaObjects schema;
    if (!readSchema(connection(), &schema))
        return Error { tr("The tables of “%1” could not be listed.").arg(displayName()) };
    return namesOf(schema);
}

namespace {
/// What a failure on the server means for the user, from its SQLSTATE or (for a connection that
/// could not be made, which has none) libpq's words, which are matched here and never shown.
QString serverFailure(const QSqlError &error, const ServerAddress &server)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString where = QStringLiteral("%1:%2").arg(server.host).arg(server.port);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Database::tr("Another PC was changing the same records at the same moment: nothing was saved. Try "
                            "again.");
    if (state.startsWith(QLatin1String("23")))
        return Database::tr("The change conflicts with what the shop already holds (a record that must be unique "
                            "exists, or other records refer to this one).");
    if (state == QLatin1String("28P01") || state == QLatin1String("28000")
        || text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("no pg_hba.conf entry")))
        return Database::tr("The shop server at %1 refused the user “%2”: check the user name and password (and "
                            "that the server lets this PC in).")
            .arg(where, server.user);
    // (Only the connection's own refusal: a statement's "relation … does not exist" or "function
    // … does not exist" has a SQLSTATE of its own and is not about the database.)
    if (state == QLatin1String("3D000") || (state.isEmpty() && text.contains(QLatin1String("does not exist"))))
        return Database::tr("The shop server at %1 has no database “%2”: check its name, or create it on the server.")
            .arg(where, server.database);
    if (state == QLatin1String("42501"))
        return Database::tr("The user “%1” may not change this shop on the server: ask whoever set up the server to "
                            "grant it.")
            .arg(server.user);
    if (state == QLatin1String("25006"))
        return Database::tr("The shop on the server is read-only for this PC.");
    if (state == QLatin1String("53100"))
        return Database::tr("The shop server's disk is full: free some space on the server and try again.");
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || error.type() == QSqlError::ConnectionError || text.contains(QLatin1String("Connection refused"))
        || text.contains(QLatin1String("could not connect")) || text.contains(QLatin1String("timeout expired"))
        || text.contains(QLatin1String("could not translate host name")))
        return Database::tr("The shop server at %1 cannot be reached: check that the server PC is on, PostgreSQL "
                            "runs there, and this PC is on the shop's network.")
            .arg(where);
    return Database::tr("The shop on the server could not be read or written.");
}
} // namespace

QString Database::failureMessage(const QSqlError &error, const QString &target) const
{
    if (mServer && target.isEmpty())
        return serverFailure(error, *mServer);
    const QString shown = shownPath(target.isEmpty() ? mPath : target);
    switch (primaryCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return tr("“%1” is in use by another program (or another ShopDesk) that is writing to it, and stayed busy: "
                  "try again in a moment.")
            .arg(shownPath(mPath));
    case kSqliteReadOnly:
        if (isReadOnly())
            return mReadOnlyReason;
        return tr("“%1” cannot be written: the file or its folder is read-only.").arg(shown);
    case kSqliteFull:
        return tr("The disk holding “%1” is full: free some space and try again (the shop file itself is "
                  "sound).")
            .arg(shown);
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return tr("“%1” is damaged and cannot be read. Open a backup copy instead.").arg(shownPath(mPath));
    case kSqliteCantOpen:
    case kSqlitePerm:
    case kSqliteAuth:
        return tr("“%1” cannot be opened: check that it and its folder can be read and written.").arg(shown);
    case kSqliteIoError:
        return tr("“%1” could not be read or written on the disk (an input/output error): the disk may be full, "
                  "failing or unplugged.")
            .arg(shown);
    case kSqliteConstraint:
        return tr("The change conflicts with what the shop already holds (a record that must be unique exists, or "
                  "other records refer to this one).");
    default:
        return tr("The shop file could not be read or written.");
    }
}

bool Database::isSerializationFailure(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("40001") || state == QLatin1String("40P01");
}

bool Database::isBusy(const QSqlError &error)
{
    if (error.nativeErrorCode() == QLatin1String("55P03"))
        return true;
    const int code = primaryCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

void Database::makeOwnerOnly(const QString &path)
{
    // chmod: no descriptor is opened, so a shop open in this process keeps its locks.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace shopdesk::core
