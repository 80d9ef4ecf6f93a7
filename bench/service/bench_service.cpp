// Search as you type over a 5,000-reply library: the time each keystroke takes to match
// (ReplySearch::match, what the panel runs on every textChanged), and to fill the top reply.
//   build/bin/bench_service

#include <shopdesk/core/Database.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/service/ReplyFiller.h>
#include <shopdesk/service/ReplyLibrary.h>
#include <shopdesk/service/ReplyRepository.h>
#include <shopdesk/service/ServiceModule.h>

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {
/// CPU time of this thread, ms: on a shared machine, wall time also counts the time other
/// programs held the core.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
} // namespace

using namespace shopdesk;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList words = { QString::fromUtf8("亲"), QString::fromUtf8("宝贝"), QString::fromUtf8("发货"),
        QString::fromUtf8("快递"), QString::fromUtf8("尺码"), QString::fromUtf8("退换货"), QString::fromUtf8("好评"),
        QString::fromUtf8("面料"), QString::fromUtf8("颜色"), QString::fromUtf8("优惠券"), QString::fromUtf8("包邮"),
        QString::fromUtf8("库存"), QString::fromUtf8("付款后24小时内发货"), QString::fromUtf8("{订单号}"),
        QString::fromUtf8("{运单号}"), QString::fromUtf8("{买家}"), QString::fromUtf8("哦～") };
    QRandomGenerator rng(42);
    QList<service::Reply> replies;
    for (int i = 0; i < 5000; ++i) {
        QString body = QString::fromUtf8("亲，");
        const int n = 12 + int(rng.bounded(20));
        for (int w = 0; w < n; ++w)
            body += words.at(int(rng.bounded(qsizetype(words.size()))));
        replies.append({ i + 1, QStringLiteral("presale"), QStringLiteral("r%1").arg(i),
            QStringLiteral("title %1 %2").arg(i).arg(words.at(i % words.size())), body, i });
    }
    service::ReplySearch search;
    QElapsedTimer t;
    t.start();
    search.setReplies(replies);
    const double indexMs = double(t.nsecsElapsed()) / 1e6;

    // What an agent types, one keystroke at a time.
    const QStringList typed = { QStringLiteral("r"), QStringLiteral("r1"), QStringLiteral("r12"),
        QStringLiteral("r123"), QString::fromUtf8("发"), QString::fromUtf8("发货"), QString::fromUtf8("发货 快"),
        QString::fromUtf8("发货 快递"), QStringLiteral("t"), QStringLiteral("ti"), QStringLiteral("tit"),
        QStringLiteral("zzz") };
    QList<double> perKey, perKeyCpu;
    const service::Facts facts { { QStringLiteral("order"), QStringLiteral("3261124000002408928") },
        { QStringLiteral("tracking"), QStringLiteral("773012345678") },
        { QStringLiteral("buyer"), QString::fromUtf8("小鱼") } };
    for (int round = 0; round < 50; ++round) {
        for (const QString &q : typed) {
            t.restart();
            const double cpu0 = threadCpuMs();
            const QList<int> rows = search.match(q);
            if (!rows.isEmpty())
                (void)service::ReplyFiller::fill(search.replies().at(rows.first()).body, facts);
            perKeyCpu.append(threadCpuMs() - cpu0);
            perKey.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    QTextStream err(stderr);
    if (qEnvironmentVariableIsSet("BENCH_DETAIL")) {
        for (int i = 0; i < typed.size(); ++i) {
            QList<double> mine;
            for (int r = 0; r < 50; ++r)
                mine.append(perKey.at(r * typed.size() + i));
            std::sort(mine.begin(), mine.end());
            err << typed.at(i) << ": median " << mine.at(25) << " ms, worst " << mine.last() << " ms, "
                << search.match(typed.at(i)).size() << " rows\n";
        }
    }
    std::sort(perKey.begin(), perKey.end());
    std::sort(perKeyCpu.begin(), perKeyCpu.end());
    const auto pct = [&](double p) { return perKey.at(qMin(qsizetype(p * perKey.size()), perKey.size() - 1)); };
    double sum = 0;
    for (double v : perKey)
        sum += v;
    QTextStream out(stdout);
    out << "bench_service: " << replies.size() << " replies, index built in " << QString::number(indexMs, 'f', 2)
        << " ms\n";
    out << "  per keystroke (match + fill the top reply), " << perKey.size() << " keystrokes: mean "
        << QString::number(sum / perKey.size(), 'f', 3) << " ms, median " << QString::number(pct(0.5), 'f', 3)
        << " ms, p95 " << QString::number(pct(0.95), 'f', 3) << " ms, max " << QString::number(perKey.last(), 'f', 3)
        << " ms wall (target < 5 ms)\n";
    out << "  same, CPU time of the thread: median " << QString::number(perKeyCpu.at(perKeyCpu.size() / 2), 'f', 3)
        << " ms, p95 " << QString::number(perKeyCpu.at(qsizetype(0.95 * perKeyCpu.size())), 'f', 3) << " ms, max "
        << QString::number(perKeyCpu.last(), 'f', 3) << " ms\n";

    // The same in the panel: a keystroke in the search field (filter, re-select, preview, editor
    // and live house-style check), then the repaint.
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("bench.shopdesk")));
    if (!db) {
        out << db.errorMessage() << "\n";
        return 2;
    }
    if (auto added = service::ReplyRepository(**db).upsertAll(replies); !added) {
        out << added.errorMessage() << "\n";
        return 2;
    }
    core::ShopEvents events;
    const core::PanelContext context { **db, events, QStringLiteral("bench") };
    // The service workbench in a window, as the app docks it (the module has had several docks
    // since the model/UI split: there is no single panel to make).
    auto factory = service::makePanelFactory();
    QMainWindow window;
    const std::unique_ptr<core::Workbench> workbench = factory->createWorkbench(context, &window);
    QLineEdit *field = nullptr;
    for (QDockWidget *d : workbench->dockWidgets()) {
        window.addDockWidget(Qt::RightDockWidgetArea, d);
        if (!field)
            field = d->findChild<QLineEdit *>(QStringLiteral("search"));
    }
    window.resize(900, 900);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    if (!field) {
        out << "no reply search field in the service docks\n";
        return 2;
    }
    QList<double> handler, painted;
    const QStringList asciiTyped = { QStringLiteral("r123"), QStringLiteral("title"), QStringLiteral("zzz") };
    for (int round = 0; round < 10; ++round) {
        for (const QString &word : asciiTyped) {
            field->clear();
            QCoreApplication::processEvents();
            for (QChar c : word) {
                t.restart();
                QTest::keyClick(field, c.toLatin1());
                handler.append(double(t.nsecsElapsed()) / 1e6);
                QCoreApplication::processEvents();
                painted.append(double(t.nsecsElapsed()) / 1e6);
            }
        }
    }
    std::sort(handler.begin(), handler.end());
    std::sort(painted.begin(), painted.end());
    const auto at = [](const QList<double> &v, double p) { return v.at(qMin(qsizetype(p * v.size()), v.size() - 1)); };
    out << "  panel keystroke, " << handler.size() << " keystrokes: handled median "
        << QString::number(at(handler, 0.5), 'f', 3) << " ms, p95 " << QString::number(at(handler, 0.95), 'f', 3)
        << " ms; with repaint median " << QString::number(at(painted, 0.5), 'f', 3) << " ms, p95 "
        << QString::number(at(painted, 0.95), 'f', 3) << " ms\n";

    // The reply-library import stays linear: 100,000 rows whose last is bad are refused in
    // seconds (it took over 120 s while duplicate codes were looked up in a list), and the same
    // library without the bad row is imported.
    for (const bool badLast : { true, false }) {
        const QString csvPath = dir.filePath(QStringLiteral("library-%1.csv").arg(badLast ? 1 : 0));
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        QByteArray text = QByteArray("\xEF\xBB\xBF") + QString::fromUtf8("分组,代码,标题,内容\r\n").toUtf8();
        for (int i = 0; i < 100000; ++i) {
            const bool bad = badLast && i == 99999;
            text += QStringLiteral("presale,lib%1,title %1,%2\r\n")
                        .arg(i)
                        .arg(bad ? QString::fromUtf8("亲，{不存在}哦") : QString::fromUtf8("亲，{订单号} 已发货哦"))
                        .toUtf8();
        }
        f.write(text);
        f.close();
        t.restart();
        auto imported = service::ReplyTransfer::importCsv(**db, csvPath);
        out << "  reply import, 100,000 rows" << (badLast ? ", the last one bad: refused" : ": imported") << " in "
            << QString::number(double(t.nsecsElapsed()) / 1e9, 'f', 2) << " s"
            << (imported.ok() == !badLast ? "" : " (UNEXPECTED RESULT)") << "\n";
    }
    // Judged on CPU time: wall time on a shared machine also measures the neighbours.
    return perKeyCpu.at(qsizetype(0.95 * perKeyCpu.size())) < 5.0 ? 0 : 1;
}
