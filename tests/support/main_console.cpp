// Catch2 main for tests that need no widgets: a QCoreApplication (QtSql plugins, translations).
#include <shopdesk/core/Language.h>

#include <QCoreApplication>
#include <QStandardPaths>

#include <catch2/catch_session.hpp>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDeskTests"));
    shopdesk::core::language::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
