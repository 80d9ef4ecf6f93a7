// shopdesk: the main window on a shop file.
//   shopdesk [FILE] [--db FILE] [--demo] [--lang zh_CN|en] [--workspace NAME]
//            [--screenshot OUT.png [--geometry WxH]]

#include "AppSettings.h"
#include "MainWindow.h"
#include "Modules.h"
#include "ShopLocations.h"
#include "SingleInstance.h"
#include "Workspace.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/LocalTime.h>
#include <shopdesk/core/ShopCheck.h>
#include <shopdesk/core/Version.h>

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <memory>

using namespace shopdesk;

namespace {
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));
}

// --help and --version print and exit; they need no display, so no QApplication is made for them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" || a == "-?")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    core::readTimeZoneOnce(); // before any thread: a stat() of /etc/localtime per shop-file time otherwise
    std::unique_ptr<QCoreApplication> owner;
    if (onlyPrints(argc, argv)) {
        owner = std::make_unique<QCoreApplication>(argc, argv);
        nameApplication();
        const QString lang = QSettings().value(app::settings::kLanguage, core::language::kDefault).toString();
        core::language::install(lang.isEmpty() ? core::language::kDefault : lang);
    } else {
        owner = std::make_unique<QApplication>(argc, argv);
        nameApplication();
        QGuiApplication::setDesktopFileName(QStringLiteral("shopdesk"));
    }
    QCoreApplication &app = *owner;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ShopDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Open the shop file FILE."), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Open the demo shop (made on first use)."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to the PNG file OUT and exit."), QStringLiteral("OUT"));
    const QCommandLineOption geometryOption(QStringLiteral("geometry"),
        QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1366x768 (default 1920x1080)."),
        QStringLiteral("WxH"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QCoreApplication::translate("main", "Open the workspace NAME: manager, service, warehouse, stocktake or all."),
        QStringLiteral("NAME"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QCoreApplication::translate("main", "Open the shop on a server: postgresql://USER@HOST[:PORT]/DATABASE."),
        QStringLiteral("URL"));
    parser.addOptions({ dbOption, serverOption, demoOption, langOption, shotOption, geometryOption, workspaceOption });
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("main", "A shop file to open (as from the file manager)."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    QSize shotSize(1920, 1080); // a common desktop
    if (parser.isSet(geometryOption)) {
        static const QRegularExpression size(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
        const QRegularExpressionMatch m = size.match(parser.value(geometryOption));
        shotSize = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (!shotSize.isValid() || shotSize.width() < 640 || shotSize.height() < 480 || shotSize.width() > 7680
            || shotSize.height() > 4320) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                    "main", "--geometry needs a size like 1366x768, between 640x480 and 7680x4320, not “%1”.")
                               .arg(parser.value(geometryOption))));
            return 2;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Open one shop file at a time, not %1.").arg(files.size())));
        return 2;
    }

    QSettings settings;
    QString lang = parser.isSet(langOption)
        ? core::language::normalise(parser.value(langOption))
        : settings.value(app::settings::kLanguage, core::language::kDefault).toString();
    if (lang.isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown language “%1”; use zh_CN or en.")
                           .arg(parser.value(langOption))));
        return 2;
    }
    core::language::install(lang);
    const QString workspace = parser.value(workspaceOption).trimmed().toLower();
    if (parser.isSet(workspaceOption) && !app::workspaces::find(workspace)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown workspace “%1”; use one of: %2.")
                           .arg(parser.value(workspaceOption), app::workspaces::ids().join(QStringLiteral(", ")))));
        return 2;
    }

    const bool screenshot = parser.isSet(shotOption);
    // One window per shop file: when this user's ShopDesk has the shop open already, that window
    // comes forward and this launch ends (the CLI and other programs go on using the file).
    QString wanted;
    if (!files.isEmpty())
        wanted = files.first();
    else if (parser.isSet(dbOption))
        wanted = parser.value(dbOption);
    else if (parser.isSet(serverOption))
        wanted = parser.value(serverOption);
    else if (!parser.isSet(demoOption))
        wanted = settings.value(app::settings::kLastFile).toString();
    else
        wanted = app::ShopLocations::demoShopPath();
    if (!screenshot && !wanted.isEmpty() && (QFileInfo::exists(wanted) || core::Database::isServerAddress(wanted))
        && app::SingleInstance::handOver(wanted)) {
        std::fprintf(stdout, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main", "“%1” is open in ShopDesk already: that window was brought forward.")
                           .arg(QDir::toNativeSeparators(wanted))));
        return 0;
    }

    // The shop file's quick check runs after the window shows; no write happens before it passes.
    core::ShopCheck::setDeferred(true);
    app::MainWindow window(app::panelFactories());
    window.setQuietErrors(screenshot);
    window.setUseSavedLayouts(!screenshot); // a screenshot shows the defaults and changes no one's layout
    QString firstError;
    QObject::connect(&window, &app::MainWindow::errorShown, [&](const QString &m) {
        if (firstError.isEmpty())
            firstError = m;
    });
    if (screenshot) {
        window.resize(shotSize);
    } else {
        window.restoreSettings();
    }

    if (!files.isEmpty()) {
        window.openShop(files.first()); // an existing shop: a file manager never means "make one here"
    } else if (parser.isSet(dbOption)) {
        window.openShop(parser.value(dbOption), core::Database::Mode::OpenOrCreate);
    } else if (parser.isSet(serverOption)) {
        window.openShop(parser.value(serverOption), core::Database::Mode::OpenOrCreate);
    } else if (parser.isSet(demoOption)) {
        auto db = app::ShopLocations::openDemo(app::ShopLocations::demoShopPath());
        if (db)
            window.setShop(std::move(db).value());
        else
            window.showError(db.errorMessage());
    } else {
        const QString last = settings.value(app::settings::kLastFile).toString();
        if (!last.isEmpty() && (QFileInfo::exists(last) || core::Database::isServerAddress(last)))
            window.openShop(last);
    }

    if (!workspace.isEmpty())
        window.setWorkspace(workspace);
    window.show();
    if (screenshot) {
        // The grab waits for a settled window: at least 200 ms after it shows, and only once the
        // window has been exposed (a widget window paints as it is exposed) and the event loop then
        // waits with nothing left to do (the docks' first-paint work done). That moment is the
        // start-up bench/run times: with SHOPDESK_READY_FILE set, it is written there in milliseconds
        // since the epoch (the grab, its PNG and the exit are not start-up).
        struct Settle : QObject {
            bool exposed = false, timeUp = false, ready = false, grabbing = false;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Expose)
                    exposed = true;
                return false;
            }
        };
        auto *settle = new Settle;
        settle->setParent(&window);
        QWindow *handle = window.windowHandle();
        if (handle)
            handle->installEventFilter(settle);
        const QString out = parser.value(shotOption), readyFile = qEnvironmentVariable("SHOPDESK_READY_FILE");
        const auto shoot = [&window, &firstError, out] {
            const bool saved = window.grab().save(out, "PNG");
            if (!firstError.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(firstError));
            if (!saved)
                std::fprintf(stderr, "%s\n",
                    qPrintable(
                        QCoreApplication::translate("main", "Cannot write “%1”.").arg(QDir::toNativeSeparators(out))));
            QCoreApplication::exit(saved && firstError.isEmpty() ? 0 : 1);
        };
        QTimer::singleShot(200, settle, [settle] { settle->timeUp = true; });
        // Never waiting for ever: a window that is never exposed (a display that shows nothing)
        // is grabbed as it is after a minute.
        QTimer::singleShot(60000, settle, [settle, shoot] {
            if (!settle->grabbing) {
                settle->grabbing = true;
                shoot();
            }
        });
        QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, settle,
            [settle, handle, readyFile, shoot] {
                if (!settle->ready && (settle->exposed || (handle && handle->isExposed()))) {
                    settle->ready = true;
                    if (QFile f(readyFile); !readyFile.isEmpty() && f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                        f.write(QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '\n');
                }
                if (settle->ready && settle->timeUp && !settle->grabbing) {
                    settle->grabbing = true;
                    QTimer::singleShot(0, settle, shoot);
                }
            });
    }
    return app.exec();
}
