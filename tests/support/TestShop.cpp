#include "TestShop.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

TestShop::TestShop()
    : mPath(mDir.filePath(QStringLiteral("shop.shopdesk")))
{
    auto db = core::Database::open(mPath, core::Database::Mode::OpenOrCreate);
    if (!db)
        FAIL(db.errorMessage().toStdString());
    mDb = std::move(db).value();
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
