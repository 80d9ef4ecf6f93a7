#include "ShopLocations.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/demo/DemoShop.h>

#include <QDir>
#include <QStandardPaths>

namespace shopdesk::app {

QString ShopLocations::dataFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString ShopLocations::demoShopPath() { return QDir(dataFolder()).filePath(QStringLiteral("demo.shopdesk")); }

core::Result<std::unique_ptr<core::Database>> ShopLocations::openDemo(const QString &path, QDate lastDay)
{
    auto db = core::Database::open(path, core::Database::Mode::OpenOrCreate);
    if (!db)
        return db;
    auto count = core::ItemRepository(**db).itemCount();
    if (!count)
        return count.error();
    if (*count == 0) {
        demo::DemoOptions options;
        if (lastDay.isValid())
            options.lastDay = lastDay;
        if (auto made = demo::DemoShop::create(**db, options); !made)
            return made.error();
    }
    return db;
}

} // namespace shopdesk::app
