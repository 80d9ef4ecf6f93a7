#include "TestShop.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

QString testServer() { return qEnvironmentVariable("SHOPDESK_TEST_SERVER"); }

bool onServer() { return !testServer().isEmpty(); }

bool serverExec(const QString &sql)
{
    const auto address = core::ServerAddress::parse(testServer());
    if (!address)
        return false;
    const QString name = QStringLiteral("shopdesk_test_admin_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setDatabaseName(address->database);
        db.setUserName(address->user);
        db.setPassword(address->password);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SET client_min_messages = warning")) && q.exec(sql);
            if (!ok)
                UNSCOPED_INFO(q.lastError().text().toStdString());
        } else {
            UNSCOPED_INFO(db.lastError().text().toStdString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

TestShop::TestShop()
    : mPath(mDir.filePath(QStringLiteral("shop.shopdesk")))
{
    if (onServer()) {
        // A schema per test (cheaper than a database): named by the process and a counter.
        static QAtomicInt counter;
        mSchema
            = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddOrdered(1) + 1);
        if (!serverExec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1").arg(mSchema)))
            FAIL("the test server cannot be reached: " << testServer().toStdString());
        const QString server = testServer();
        mPath = server + (server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("schema=") + mSchema;
    }
    auto db = core::Database::open(mPath, core::Database::Mode::OpenOrCreate);
    if (!db)
        FAIL(db.errorMessage().toStdString());
    mDb = std::move(db).value();
}

std::unique_ptr<core::Database> TestShop::openAgain() const
{
    auto db = core::Database::open(mPath, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    return std::move(*db);
}

TestShop::~TestShop()
{
    mDb.reset();
    if (!mSchema.isEmpty())
        serverExec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(mSchema));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QVariant scalar(const core::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace shopdesk::test
