#include "NativeSqlite.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#ifdef SHOPDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace shopdesk::core::detail {

#ifdef SHOPDESK_NATIVE_SQLITE
sqlite3 *nativeHandle(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || connection.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static std::atomic<int> sameLibrary { -1 }; // one plugin per process: checked once
    if (sameLibrary.load() < 0) {
        QSqlQuery q(connection);
        const bool same = q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
            && q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
        sameLibrary.store(same ? 1 : 0);
    }
    return sameLibrary.load() == 1 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

namespace {
struct Watch {
    const std::atomic<bool> *stop = nullptr;
    void (*pace)() = nullptr;
};

int asked(void *data)
{
    const auto *watch = static_cast<const Watch *>(data);
    if (watch->pace)
        watch->pace();
    return watch->stop->load(std::memory_order_acquire) ? 1 : 0;
}

thread_local Watch tWatch; // one watched connection per thread: the shop check's worker
} // namespace

sqlite3 *stopWhen(const QSqlDatabase &connection, const std::atomic<bool> *stop, void (*pace)())
{
    sqlite3 *db = nativeHandle(connection);
    if (!db)
        return nullptr;
    tWatch = { stop, pace };
    sqlite3_progress_handler(db, 4000, &asked, &tWatch);
    return db;
}

void interrupt(sqlite3 *handle)
{
    if (handle)
        sqlite3_interrupt(handle);
}

void stopWatching(const QSqlDatabase &connection)
{
    if (sqlite3 *db = nativeHandle(connection))
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
    tWatch = {};
}
#else
sqlite3 *nativeHandle(const QSqlDatabase &) { return nullptr; }
sqlite3 *stopWhen(const QSqlDatabase &, const std::atomic<bool> *, void (*)()) { return nullptr; }
void interrupt(sqlite3 *) { }
void stopWatching(const QSqlDatabase &) { }
#endif

} // namespace shopdesk::core::detail
