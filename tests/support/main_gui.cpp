// Catch2 main for tests that paint or show widgets: a QApplication on the offscreen platform, settings in a
// throw-away folder so tests never touch the user's own layout or recent files.
#include <shopdesk/core/Language.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch_session.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDeskTests"));
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    shopdesk::core::language::install(QStringLiteral("en")); // tests that look at Chinese text install zh_CN themselves
    return Catch::Session().run(argc, argv);
}
