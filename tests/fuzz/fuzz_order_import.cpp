// The order import, whole: the seller-center export (and, after a form feed, its item report)
// read and written into a shop in one transaction. Any input either imports or is refused with a
// message; a refused import leaves the shop's order count as it was.

#include "FuzzTarget.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

using namespace shopdesk;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(bytes);
    return path;
}

qint64 orderCount(const core::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM orders")) || !q.next())
        std::abort();
    return q.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static std::unique_ptr<core::Database> db = [] {
        auto opened = core::Database::open(dir.filePath(QStringLiteral("fuzz.shopdesk")));
        if (!opened)
            std::abort();
        return std::move(*opened);
    }();

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\f');
    const QString orders = writeFile(dir, QStringLiteral("ExportOrderList.csv"), split < 0 ? bytes : bytes.left(split));
    const QString items
        = split < 0 ? QString() : writeFile(dir, QStringLiteral("ExportOrderDetailList.csv"), bytes.mid(split + 1));

    const qint64 before = orderCount(*db);
    auto summary = shipping::ShippingService(*db).importFiles(orders, items);
    if (!summary) {
        if (summary.error().message.isEmpty())
            std::abort(); // a refusal says why
        if (orderCount(*db) != before)
            std::abort(); // and writes nothing
    }
    return 0;
}
