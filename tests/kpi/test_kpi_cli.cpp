// shopdesk-cli kpi …, run as a user runs it.

#include "CliRun.h"
#include "TestShop.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using Catch::Approx;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList &args)
{
    const shopdesk::test::CliRun r = shopdesk::test::runCli(args, shopdesk::test::plainEnvironment());
    return { r.exitCode, r.out, r.err };
}

QString demoShop(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("s.db"));
    const Run demo = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--last-day"),
        QStringLiteral("2026-11-24") });
    REQUIRE(demo.exitCode == 0);
    return db;
}
} // namespace

TEST_CASE("kpi import, report, decompose and chart from shopdesk-cli, with --json")
{
    QTemporaryDir dir;
    const QString db = demoShop(dir);

    // A GBK export for two days after the demo's last day.
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QStringEncoder gbk("GB18030");
        f.write(gbk.encode(QString::fromUtf8("统计日期,浏览量,访客数,支付金额,支付买家数,支付件数,跳失率\n"
                                             "2026-11-25,3100,1000,4256.00,38,45,45%\n"
                                             "2026-11-26,2900,950,3800.00,35,41,47%\n")));
    }
    Run imported = cli(
        { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("import"), csv });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(QStringLiteral("days")).toInt() == 2);
    CHECK(imported.json().value(QStringLiteral("encoding")).toString() == QStringLiteral("GB18030"));

    const QString sheet = dir.filePath(QStringLiteral("2026-10.xlsx"));
    Run report
        = cli({ QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("report"), QStringLiteral("--month"),
            QStringLiteral("2026-10"), QStringLiteral("--out"), sheet, QStringLiteral("--json") });
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QJsonObject r = report.json();
    CHECK(r.value(QStringLiteral("days")).toInt() == 31);
    CHECK(r.value(QStringLiteral("sales")).toDouble() > 0);
    CHECK(r.value(QStringLiteral("conversion")).toDouble()
        == Approx(r.value(QStringLiteral("paid_buyers")).toDouble() / r.value(QStringLiteral("uv")).toDouble()));
    // The demo's daily rows are drawn from its orders: the sales agree.
    CHECK(r.value(QStringLiteral("orders_sales")).toDouble() == Approx(r.value(QStringLiteral("sales")).toDouble()));
    CHECK(r.value(QStringLiteral("health")).toArray().size() == 3);
    const QJsonArray head = r.value(QStringLiteral("items_making_80_percent")).toArray();
    REQUIRE_FALSE(head.isEmpty());
    CHECK(head.size() < r.value(QStringLiteral("item_count")).toInt());
    CHECK(head.last().toObject().value(QStringLiteral("cumulative")).toDouble() >= 0.8);
    CHECK(shopdesk::test::fileBytes(sheet).startsWith("PK"));

    Run decompose = cli(
        { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("decompose"),
            QStringLiteral("--from"), QStringLiteral("2026-09"), QStringLiteral("--to"), QStringLiteral("2026-10") });
    REQUIRE(decompose.exitCode == 0);
    const QJsonObject d = decompose.json();
    CHECK(d.value(QStringLiteral("visitors")).toDouble() + d.value(QStringLiteral("conversion")).toDouble()
            + d.value(QStringLiteral("aov")).toDouble() + d.value(QStringLiteral("residual")).toDouble()
        == Approx(d.value(QStringLiteral("change")).toDouble()));
    Run days = cli({ QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("decompose"),
        QStringLiteral("--from"), QStringLiteral("2026-11-25"), QStringLiteral("--to"), QStringLiteral("2026-11-26"),
        QStringLiteral("--json") });
    REQUIRE(days.exitCode == 0);
    CHECK(days.json().value(QStringLiteral("change")).toDouble() == Approx(-456.0));

    // Week on week: ISO weeks (Monday to Sunday); 2026-W47 is 16–22 November.
    Run weeks = cli(
        { QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("decompose"), QStringLiteral("--from"),
            QStringLiteral("2026-W46"), QStringLiteral("--to"), QStringLiteral("2026-W47"), QStringLiteral("--json") });
    REQUIRE(weeks.exitCode == 0);
    const QJsonObject w = weeks.json();
    CHECK(w.value(QStringLiteral("residual")).toDouble() == Approx(0.0).margin(0.01));
    Run weekSales = cli({ QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("report"),
        QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-22"),
        QStringLiteral("--json") });
    CHECK(w.value(QStringLiteral("after")).toObject().value(QStringLiteral("sales")).toDouble()
        == Approx(weekSales.json().value(QStringLiteral("sales")).toDouble()));
    CHECK(
        cli({ QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("decompose"), QStringLiteral("--from"),
                QStringLiteral("2026-W60"), QStringLiteral("--to"), QStringLiteral("2026-W47") })
            .exitCode
        == 2);

    for (const QString &kind :
        { QStringLiteral("trend"), QStringLiteral("decompose"), QStringLiteral("pareto"), QStringLiteral("health") }) {
        const QString png = dir.filePath(kind + QStringLiteral(".png"));
        Run chart = cli({ QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
            QStringLiteral("kpi"), QStringLiteral("chart"), kind, QStringLiteral("--month"), QStringLiteral("2026-10"),
            QStringLiteral("--out"), png });
        INFO(chart.err.toStdString());
        REQUIRE(chart.exitCode == 0);
        CHECK_FALSE(QImage(png).isNull());
    }
    const QString pdf = dir.filePath(QStringLiteral("trend.pdf"));
    Run chartPdf = cli({ QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("chart"),
        QStringLiteral("trend"), QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--metric"),
        QStringLiteral("uv"), QStringLiteral("--out"), pdf, QStringLiteral("--json") });
    REQUIRE(chartPdf.exitCode == 0);
    CHECK(chartPdf.json().value(QStringLiteral("days")).toInt() == 31);
    CHECK(shopdesk::test::fileBytes(pdf).startsWith("%PDF"));
}

TEST_CASE("kpi on the command line refuses wrong usage with exit code 2 and a bad file with 1, naming the line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.db"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    CHECK(cli({ QStringLiteral("--db"), db, QStringLiteral("kpi") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("report"), QStringLiteral("--month"),
                  QStringLiteral("October") })
              .exitCode
        == 2);
    CHECK(cli({ QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("chart"), QStringLiteral("pie"),
                  QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("x.png")) })
              .exitCode
        == 2);
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("统计日期,访客数,支付金额,支付买家数\n2026-11-25,1000,abc,38\n");
    }
    Run bad = cli(
        { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("kpi"), QStringLiteral("import"), csv });
    CHECK(bad.exitCode == 1);
    const QString message = bad.json().value(QStringLiteral("error")).toString();
    CHECK(message.contains(QStringLiteral("bad.csv")));
    CHECK(message.contains(QString::fromUtf8("支付金额")));
}
