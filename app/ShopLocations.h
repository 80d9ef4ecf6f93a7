#pragma once

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace shopdesk::app {

/// Where shops live and how the demo shop is made.
class ShopLocations {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::app::ShopLocations)
public:
    /// The user's data folder for ShopDesk (created when missing).
    static QString dataFolder();
    /// demo.shopdesk in the data folder.
    static QString demoShopPath();
    /// Opens `path`, creating the demo shop in it when it is new or empty. `lastDay` invalid = yesterday.
    static core::Result<std::unique_ptr<core::Database>> openDemo(const QString &path, QDate lastDay = {});
};

} // namespace shopdesk::app
