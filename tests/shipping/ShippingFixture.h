#pragma once

#include "TestShop.h"

#include <QString>

namespace shopdesk::test {

/// The fixtures' folder (tests/shipping/data).
QString shippingData(const QString &name);

/// Adds the small catalogue the fixtures' order lines refer to, with 10 of each SKU in stock:
/// NZK001 男士直筒牛仔裤 修身弹力 深蓝/30 (6901234500011), 深蓝/32 (6901234500028);
/// TX002 纯棉圆领T恤 白色/M (6901234500035), 白色/L (6901234500042), 黑色/M (6901234500059).
void addFixtureCatalog(const core::Database &db);

/// Imports the GBK fixtures into the shop (REQUIRE-s success).
void importFixtures(const core::Database &db);

/// Runs a program, returns its standard output (REQUIRE-s exit code 0).
QByteArray runTool(const QString &program, const QStringList &args);

} // namespace shopdesk::test
