// A program that keeps its shop in a function-local static, as the fuzz targets do, and has no
// QCoreApplication: the shop is opened before anything borrows a kept statement and closed by the
// static's destructor after main returns, when the statement cache's own statics may be gone.
// Used by test_statement_cache.cpp; under AddressSanitizer a use of the cache after its
// destruction fails this program's exit.
//
//   static_shop SHOP   opens SHOP, counts its suppliers through a kept statement, prints the count.

#include <shopdesk/core/Database.h>
#include <shopdesk/core/SqlQuery.h>

#include <cstdio>
#include <memory>

using namespace shopdesk;

namespace {

core::Database &shop(const QString &path)
{
    static std::unique_ptr<core::Database> db = [&] {
        auto opened = core::Database::open(path);
        if (!opened) {
            std::fprintf(stderr, "static_shop: %s\n", qPrintable(opened.error().message));
            std::exit(2);
        }
        return std::move(*opened);
    }();
    return *db;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    core::Database &db = shop(QString::fromLocal8Bit(argv[1]));
    core::SqlQuery q(db, QStringLiteral("SELECT count(*) FROM suppliers"));
    if (!q.run() || !q.next())
        return 3;
    std::printf("%lld\n", q.value(0).toLongLong());
    return 0;
}
