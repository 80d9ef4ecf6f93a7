// listings_screenshots: the listings workbench's five views with the demo shop, as PNGs.
//   QT_QPA_PLATFORM=offscreen build/bin/listings_screenshots OUT_DIR [--lang zh_CN|en]
// Writes OUT_DIR/listings-<lang>-<view>.png. The demo shop's last day is 2026-11-24.

#include "ItemDialog.h"
#include "ItemsView.h"
#include "ListingsWorkbench.h"
#include "TitleChecker.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/demo/DemoShop.h>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QTemporaryDir>

#include <cstdio>

using namespace shopdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString lang = QStringLiteral("zh_CN");
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size()) {
        lang = args.at(i + 1);
        args.remove(i, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: listings_screenshots OUT_DIR [--lang zh_CN|en]\n");
        return 2;
    }
    core::language::install(lang);
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("demo.shopdesk")));
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    if (!db || !demo::DemoShop::create(**db, options)) {
        std::fprintf(stderr, "demo shop failed\n");
        return 1;
    }
    core::ShopEvents events;
    QMainWindow window;
    listings::ListingsWorkbench workbench(core::PanelContext { **db, events, QStringLiteral("demo") }, &window);
    workbench.setNow(QDateTime(QDate(2026, 11, 25), QTime(8, 0)));
    QDockWidget *first = workbench.dockWidgets().first();
    window.addDockWidget(Qt::LeftDockWidgetArea, first);
    for (QDockWidget *d : workbench.dockWidgets().mid(1))
        window.tabifyDockWidget(first, d);
    window.resize(1100, 760);
    window.show();
    if (auto jeans = core::ItemRepository(**db).itemByCode(QStringLiteral("NZK-1001")); jeans && jeans->has_value())
        workbench.items()->selectItem((*jeans)->id);
    const QStringList names = { QStringLiteral("items"), QStringLiteral("titles"), QStringLiteral("relist"),
        QStringLiteral("advice"), QStringLiteral("pareto") };
    QDir out(args.first());
    out.mkpath(QStringLiteral("."));
    for (int i = 0; i < names.size(); ++i) {
        QDockWidget *dock = workbench.dock(names[i]);
        dock->raise();
        QApplication::processEvents();
        const QString file = out.filePath(QStringLiteral("listings-%1-%2.png").arg(lang, names[i]));
        dock->grab().save(file);
        std::printf("%s\n", qPrintable(file));
    }
    // The item editor checking a title as it is typed, and a label sheet.
    core::Item item;
    if (auto jeans = core::ItemRepository(**db).itemByCode(QStringLiteral("NZK-1001")); jeans && jeans->has_value()) {
        item = **jeans;
        workbench.items()->printLabelsTo(out.filePath(QStringLiteral("listings-labels.pdf")), { item.id });
        std::printf("%s\n", qPrintable(out.filePath(QStringLiteral("listings-labels.pdf"))));
    }
    item.title = QString::fromUtf8("最好的牛仔裤男直筒宽松春秋休闲长裤水洗浅蓝色国家级品质百分百纯棉");
    listings::ItemDialog dialog(listings::ItemDialog::Mode::Edit, item, listings::TitleChecker::forShop(**db), {},
        { QStringLiteral("jeans"), QStringLiteral("tshirt") });
    dialog.show();
    QApplication::processEvents();
    const QString file = out.filePath(QStringLiteral("listings-%1-editor.png").arg(lang));
    dialog.grab().save(file);
    std::printf("%s\n", qPrintable(file));
    return 0;
}
