// bench_docks: how long each dock takes to open (come to the front) in the main window, offscreen.
//   build/bin/bench_docks SHOP.shopdesk [--workspace NAME] [--geometry WxH] [--only DOCK]
// Opens the shop in the main window (as `shopdesk --db SHOP --screenshot` does: default layout, a
// fresh settings folder is up to the caller), shows it and lets it settle, then brings each dock to
// the front in turn: the dock is raised (its tab chosen), and the clock runs until the events that
// follow are handled (the first paint; a view that works its content out when it first comes to
// the front does it then, see core::FrontGate). Prints one line per dock, the slowest last:
//   open dock.inventory.reorder: 12.3 ms (CPU 11.8 ms)
//   slowest dock: dock.x.y 45.6 ms
// A dock's second opening is cheaper (worked out already); only the first counts. --only opens that
// dock alone (e.g. dock.kpi.profit, under perf record).

#include "MainWindow.h"
#include "Modules.h"

#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/Language.h>

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <ctime>

using namespace shopdesk;

namespace {

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

/// Handles the events a shown or raised dock sets off (layout, the deferred check of
/// core::FrontGate, the paint that opens a gate behind a tab, the work itself).
void settle()
{
    for (int i = 0; i < 6; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-')) || !QFileInfo::exists(args.at(1))) {
        std::fprintf(stderr, "usage: bench_docks SHOP.shopdesk [--workspace NAME] [--geometry WxH] [--only DOCK]\n");
        return 2;
    }
    auto option = [&](const char *name) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    QSize size(1920, 1080);
    if (const QStringList wh = option("--geometry").split(QLatin1Char('x')); wh.size() == 2)
        size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    core::language::install(core::language::kDefault);

    QElapsedTimer clock;
    clock.start();
    const double cpu0 = cpuMs();
    app::MainWindow window(app::panelFactories());
    window.setQuietErrors(true);
    window.setUseSavedLayouts(false);
    window.resize(size);
    QStringList errors;
    QObject::connect(&window, &app::MainWindow::errorShown, [&](const QString &m) { errors << m; });
    if (!window.openShop(args.at(1))) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    if (const QString ws = option("--workspace"); !ws.isEmpty() && !window.setWorkspace(ws)) {
        std::fprintf(stderr, "no workspace %s\n", qPrintable(ws));
        return 2;
    }
    window.show();
    settle();
    std::printf(
        "window shown and settled: %.1f ms (CPU %.1f ms)\n", double(clock.nsecsElapsed()) / 1e6, cpuMs() - cpu0);

    QString slowest;
    double slowestMs = -1;
    const QString only = option("--only");
    for (QDockWidget *dock : window.docks()) {
        if (!only.isEmpty() && dock->objectName() != only)
            continue;
        const QList<core::FrontGate *> gates = dock->findChildren<core::FrontGate *>();
        bool wasOpen = !gates.isEmpty();
        for (const core::FrontGate *g : gates)
            wasOpen = wasOpen && g->isOpen();
        clock.restart();
        const double c0 = cpuMs();
        dock->show();
        dock->raise();
        settle();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        bool open = true;
        for (const core::FrontGate *g : gates)
            open = open && g->isOpen();
        std::printf("open %s: %.1f ms (CPU %.1f ms)%s\n", qPrintable(dock->objectName()), ms, cpuMs() - c0,
            gates.isEmpty() ? ""
                : wasOpen   ? " [worked out before]"
                : open      ? " [worked out now]"
                            : " [NOT worked out]");
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = dock->objectName();
        }
    }
    std::printf("slowest dock: %s %.1f ms\n", qPrintable(slowest), slowestMs);
    for (const QString &e : std::as_const(errors))
        std::fprintf(stderr, "error shown: %s\n", qPrintable(e));
    return errors.isEmpty() ? 0 : 1;
}
