// bench_listings: how the listings workbench copes with a big catalogue on this machine.
//   QT_QPA_PLATFORM=offscreen build/bin/bench_listings [--items N] [--runs R]
// 1. Generates a CSV of N items (default 10,000) × 6 SKUs (2 colours × 3 sizes; half the SKUs
//    with their own EAN-13, half left for in-store barcodes) and imports it into a new shop:
//    read + check + write, all or nothing. Target: under 2 s for 10,000 items / 60,000 SKUs.
// 2. Opens the listings workbench on that shop and types into its search field, one keystroke at a
//    time, measuring how long the table takes to filter after each; then the category, role,
//    shelf and main-push filters.

#include "ItemTransfer.h"
#include "ItemsView.h"
#include "ListingsWorkbench.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Ean13.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace shopdesk;

namespace {
double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

QByteArray makeCsv(int items)
{
    static const char *colors[] = { "黑色", "藏青" };
    static const char *sizes[] = { "M", "L", "XL" };
    static const char *categories[] = { "jeans", "tshirt", "hoodie", "shoes" };
    static const char *roles[] = { "引流款", "利润款", "形象款" };
    static const char *words[] = { "宽松", "修身", "纯棉", "加绒", "春秋", "韩版", "潮流", "百搭", "休闲", "复古" };
    QByteArray out = "\xEF\xBB\xBF货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码\r\n";
    out.reserve(items * 6 * 80);
    qint64 serial = 1;
    for (int i = 0; i < items; ++i) {
        const QByteArray code = "BK-" + QByteArray::number(100000 + i);
        const QByteArray title = QByteArray(words[i % 10]) + ' ' + words[(i / 10) % 10] + ' ' + words[(i / 100) % 10]
            + " 男装 " + QByteArray::number(i);
        const QByteArray head = code + ',' + title + ',' + categories[i % 4] + ',' + roles[i % 3] + ','
            + (i % 25 == 0 ? "是" : "否") + ',' + QByteArray::number(59 + i % 300) + ".00,"
            + QByteArray::number(20 + i % 100) + ".50,";
        for (int c = 0; c < 2; ++c)
            for (int s = 0; s < 3; ++s) {
                const QByteArray barcode = (c == 0) ? core::ean13::inStore(21, serial++).toLatin1() : QByteArray();
                out += head + colors[c] + ',' + sizes[s] + ',' + barcode + "\r\n";
            }
    }
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int items = 10000, runs = 3;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--items")); i > 0 && i + 1 < args.size())
        items = args.at(i + 1).toInt();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("items.csv"));
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(makeCsv(items));
    }
    std::printf("bench_listings: %d items × 6 SKUs = %d SKUs, CSV %.1f MB\n", items, items * 6,
        double(QFile(csv).size()) / 1e6);

    QString lastShop;
    QList<double> totals;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.shopdesk").arg(run));
        auto db = core::Database::open(path);
        if (!db)
            return 1;
        // The phases, for the report…
        QElapsedTimer t;
        t.start();
        auto parsed = core::CsvFile::read(csv);
        const double read = ms(t);
        t.restart();
        auto existing = listings::ListingsRepository(**db).existing();
        listings::ImportSummary summary;
        auto plan = listings::ItemTransfer::plan(*parsed, *existing, &summary);
        const double check = ms(t);
        db->reset();
        // …and the whole import as the user runs it, on a fresh shop.
        const QString fresh = dir.filePath(QStringLiteral("import-%1.shopdesk").arg(run));
        auto db2 = core::Database::open(fresh);
        t.restart();
        auto result = listings::ItemTransfer::importFile(**db2, csv);
        const double total = ms(t);
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.errorMessage()));
            return 1;
        }
        totals << total;
        std::printf("  import run %d: %.0f ms in all (read+decode %.0f ms, check %.0f ms, write ≈ %.0f ms); "
                    "%d items, %d SKUs, %d barcodes generated\n",
            run + 1, total, read, check, total - read - check, result->itemsAdded, result->skusAdded,
            result->barcodesGenerated);
        lastShop = fresh;
    }
    std::sort(totals.begin(), totals.end());
    std::printf(
        "IMPORT %d items / %d SKUs: median %.0f ms (target < 2000 ms)\n", items, items * 6, totals[totals.size() / 2]);

    // The same file again over the shop that holds it: every item and SKU is updated in place.
    {
        auto again = core::Database::open(lastShop);
        QElapsedTimer t;
        t.start();
        auto result = listings::ItemTransfer::importFile(**again, csv);
        if (!result)
            return 1;
        std::printf("RE-IMPORT (update in place) %d items / %d SKUs: %.0f ms\n", result->itemsUpdated,
            result->skusUpdated, ms(t));
    }

    // Filtering the items table.
    auto db = core::Database::open(lastShop);
    core::ShopEvents events;
    QElapsedTimer t;
    t.start();
    QMainWindow window;
    listings::ListingsWorkbench workbench(core::PanelContext { **db, events, QStringLiteral("bench") }, &window);
    window.addDockWidget(Qt::LeftDockWidgetArea, workbench.dock(QStringLiteral("items")));
    listings::ItemsView &panel = *workbench.items();
    window.resize(1200, 800);
    window.show();
    QApplication::processEvents();
    std::printf("PANEL open with %d items: %.0f ms\n", panel.visibleRowCount(), ms(t));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    QList<double> keys;
    for (const QString &text : { QStringLiteral("bk-10"), QStringLiteral("5"), QStringLiteral("7") }) {
        for (QChar ch : text) {
            t.restart();
            QTest::keyClick(search, ch.toLatin1());
            QApplication::processEvents(); // the table repaints
            keys << ms(t);
        }
    }
    const int matched = panel.visibleRowCount();
    for (int i = 0; i < 7; ++i) {
        t.restart();
        QTest::keyClick(search, Qt::Key_Backspace);
        QApplication::processEvents();
        keys << ms(t);
    }
    std::sort(keys.begin(), keys.end());
    double sum = 0;
    for (double k : keys)
        sum += k;
    std::printf("FILTER keystroke over %d items (%d keystrokes, last match %d rows): mean %.1f ms, median %.1f ms, max "
                "%.1f ms\n",
        items, int(keys.size()), matched, sum / keys.size(), keys[keys.size() / 2], keys.last());
    t.restart();
    search->insert(QString::fromUtf8("纯棉 春秋"));
    QApplication::processEvents();
    std::printf("FILTER two Chinese words: %.1f ms (%d rows)\n", ms(t), panel.visibleRowCount());
    search->clear();
    auto *main = window.findChild<QCheckBox *>(QStringLiteral("mainPushFilter"));
    t.restart();
    main->setChecked(true);
    QApplication::processEvents();
    std::printf("FILTER main push only: %.1f ms (%d rows)\n", ms(t), panel.visibleRowCount());
    main->setChecked(false);
    auto *category = window.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    t.restart();
    category->setCurrentIndex(1);
    QApplication::processEvents();
    std::printf("FILTER one category: %.1f ms (%d rows)\n", ms(t), panel.visibleRowCount());
    return 0;
}
