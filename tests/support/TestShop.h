#pragma once

#include <shopdesk/core/Database.h>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace shopdesk::test {

/// The shop server the suite runs against (SHOPDESK_TEST_SERVER, e.g.
/// postgresql://shopdesk@127.0.0.1:54329/shopdesk_test); empty: shop files (SQLite).
QString testServer();
/// Whether the suite runs against a server (testServer() is set).
bool onServer();

/// A new empty shop, removed after the test: a shop file in its own temporary folder, or, when
/// the suite runs against a server, a fresh schema of its own in the server's test database.
class TestShop {
public:
    TestShop();
    ~TestShop();
    TestShop(const TestShop &) = delete;
    TestShop &operator=(const TestShop &) = delete;
    const core::Database &db() const { return *mDb; }
    core::Database &db() { return *mDb; }
    /// The shop file's path, or the server shop's address (Database::open takes both).
    QString path() const { return mPath; }
    QString dir() const { return mDir.path(); }
    QString file(const QString &name) const { return mDir.filePath(name); }
    /// Closes the shop (every connection), e.g. before looking at the file's bytes.
    void close() { mDb.reset(); }
    /// The same shop opened once more, as another PC (or program) has it: its own connections.
    std::unique_ptr<core::Database> openAgain() const;

private:
    QTemporaryDir mDir;
    QString mPath;
    QString mSchema; ///< on a server: this shop's schema, dropped after the test
    std::unique_ptr<core::Database> mDb;
};

/// Runs `sql` on a connection of its own to the test server's database (outside any shop).
bool serverExec(const QString &sql);

/// The whole content of a file (to prove a refused file was left byte-identical).
QByteArray fileBytes(const QString &path);

/// Runs one SQL statement on this thread's connection and returns the first column of the first row.
QVariant scalar(const core::Database &db, const QString &sql);

} // namespace shopdesk::test

/// In a test about shop files by nature (their bytes, backups, network shares, SQLite's own
/// checks): skipped, with the reason, when the suite runs against a server.
#define SHOPDESK_FILES_ONLY()                                                                                          \
    do {                                                                                                               \
        if (::shopdesk::test::onServer())                                                                              \
            SKIP("about shop files (SQLite); the server run skips it");                                                \
    } while (false)

#include <ostream>

// Readable QString values in Catch2 failure messages and INFO().
inline std::ostream &operator<<(std::ostream &os, const QString &s) { return os << s.toStdString(); }
