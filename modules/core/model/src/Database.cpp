#include "shopdesk/core/Database.h"

#include "StatementCache.h"
#include "shopdesk/core/Migrator.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>
#include <QtEndian>

namespace shopdesk::core {

namespace {

QAtomicInt gInstanceCounter;

/// SQLITE_NOTADB: the file's first page is not a SQLite header.
constexpr int kSqliteNotADatabase = 26;

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

QString sqlError(const QSqlError &e) { return e.text().trimmed(); }

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

Database::Database(QString path)
    : mPath(std::move(path))
    , mConnectionPrefix(QStringLiteral("shopdesk_%1").arg(gInstanceCounter.fetchAndAddOrdered(1)))
    , mConnections(std::make_shared<DatabaseConnections>())
{
}

Database::~Database()
{
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
    const QString name = QStringLiteral("shopdesk_inspect_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        qint64 appId = 0;
        int version = 0;
        int objects = 0;
        QString failure;
        bool notDatabase = false;
        if (!db.open()) {
            failure = sqlError(db.lastError());
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
                appId = q.value(0).toLongLong();
            } else {
                failure = sqlError(q.lastError());
                notDatabase = q.lastError().nativeErrorCode().toInt() == kSqliteNotADatabase;
            }
            if (failure.isEmpty() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            else if (failure.isEmpty())
                failure = sqlError(q.lastError());
            if (failure.isEmpty() && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
                objects = q.value(0).toInt();
            else if (failure.isEmpty())
                failure = sqlError(q.lastError());
        }
        db.close();
        if (notDatabase) {
            info.kind = ShopFileInfo::Kind::NotSqlite;
            info.message = tr("“%1” is not a ShopDesk shop file: it is not a database at all.").arg(shown);
        } else if (!failure.isEmpty()) {
            info.kind = ShopFileInfo::Kind::Damaged;
            info.message
                = tr("“%1” is damaged and cannot be read (%2). Open a backup copy instead.").arg(shown, failure);
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error { tr(
            "The SQLite driver for Qt is missing (package libqt6sql6-sqlite): ShopDesk cannot open shop files.") };
    const ShopFileInfo info = inspect(path);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    switch (info.kind) {
    case ShopFileInfo::Kind::Missing:
        if (mode == Mode::OpenExisting)
            return Error { tr("There is no shop file at “%1”.").arg(shown) };
        if (!QFileInfo(path).absoluteDir().exists())
            return Error { tr("The folder for “%1” does not exist.").arg(shown) };
        break;
    case ShopFileInfo::Kind::Shop:
        break;
    default:
        return Error { info.message };
    }

    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath()));
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
        return Error { tr("“%1” cannot be opened: %2").arg(QDir::toNativeSeparators(mPath), sqlError(db.lastError())) };

    const int current = Migrator::currentVersion(db);
    const int latest = latestSchemaVersion();
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

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(mPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
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
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
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
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return Error { tr("“%1” already exists; choose a new name for the backup.").arg(shown) };
    // VACUUM INTO reads one consistent snapshot (a read transaction), so writers in this or
    // another process may go on meanwhile; the copy is compact and complete.
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QDir::toNativeSeparators(target));
    if (!q.exec()) {
        QFile::remove(target);
        return Error { tr("The backup “%1” could not be written: %2").arg(shown, sqlError(q.lastError())) };
    }
    return {};
}

Result<QStringList> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error { tr("The integrity check of “%1” could not run: %2")
                           .arg(QDir::toNativeSeparators(mPath), sqlError(q.lastError())) };
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
    return problems;
}

} // namespace shopdesk::core
