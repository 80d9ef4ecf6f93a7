// shopdesk-cli and shopdesk --screenshot, run as a user would run them.

#include "TestShop.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/") + program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(timeoutMs));
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

Run cli(const QStringList &args) { return run(QStringLiteral("shopdesk-cli"), args); }
} // namespace

TEST_CASE("shopdesk-cli demo then check --json reports the schema version and ok")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.db"));
    const Run demo = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--last-day"),
        QStringLiteral("2026-11-24") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains("Demo shop written"));

    const Run check = cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json") });
    INFO(check.out.toStdString());
    REQUIRE(check.exitCode == 0);
    const QJsonObject j = check.json();
    CHECK(j.value(QStringLiteral("ok")).toBool());
    CHECK(j.value(QStringLiteral("schema_version")).toInt() == core::Database::latestSchemaVersion());
    CHECK(j.value(QStringLiteral("items")).toInt() >= 40);
    CHECK(j.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_CASE("shopdesk-cli init is idempotent and backup writes a sound copy")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.shopdesk"));
    Run first = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("init") });
    REQUIRE(first.exitCode == 0);
    CHECK(first.json().value(QStringLiteral("created")).toBool());
    Run second = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("init") });
    REQUIRE(second.exitCode == 0);
    CHECK_FALSE(second.json().value(QStringLiteral("created")).toBool());

    const QString copy = dir.filePath(QStringLiteral("copy.shopdesk"));
    Run backup = cli({ QStringLiteral("--db"), db, QStringLiteral("backup"), copy });
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    Run check = cli({ QStringLiteral("--db"), copy, QStringLiteral("--json"), QStringLiteral("check") });
    CHECK(check.exitCode == 0);
    CHECK(check.json().value(QStringLiteral("ok")).toBool());
}

TEST_CASE("shopdesk-cli refuses a file that is not a shop, naming it, and leaves it alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    Run check = cli({ QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("check") });
    CHECK(check.exitCode == 1);
    CHECK_FALSE(check.json().value(QStringLiteral("ok")).toBool());
    CHECK(check.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("notes.txt")));
    CHECK(test::fileBytes(path) == QByteArray("hello"));

    Run demo = cli({ QStringLiteral("--db"), path, QStringLiteral("demo") });
    CHECK(demo.exitCode == 1);
    CHECK(test::fileBytes(path) == QByteArray("hello"));
}

TEST_CASE("shopdesk-cli explains its usage")
{
    CHECK(cli({}).exitCode == 2);
    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("backup OUT.db"));
    CHECK(cli({ QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("fly") }).exitCode == 2);
}

TEST_CASE("shopdesk --screenshot renders the window with its docks to a PNG")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.db"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--last-day"),
                    QStringLiteral("2026-11-24") })
                .exitCode
        == 0);
    const QString png = dir.filePath(QStringLiteral("w.png"));
    const Run shot
        = run(QStringLiteral("shopdesk"), { QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png });
    INFO(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1200);
    CHECK(image.height() >= 800);
}
