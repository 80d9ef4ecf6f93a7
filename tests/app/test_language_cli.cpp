// shopdesk-cli speaks the user's language: zh_CN when the locale for messages (LC_ALL, then
// LC_MESSAGES, then LANG) is zh_*, English otherwise; --lang overrides both. Its --help and each
// command's help follow. (The man pages document the English help, as `LANG=C shopdesk-cli --help`.)

#include <shopdesk/core/Database.h>

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
};

// The program with only the named locale variables set (the test runner's own LC_ALL removed).
Run cli(const QStringList &args, const QList<QPair<QString, QString>> &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE" })
        env.remove(QString::fromLatin1(name));
    for (const auto &[name, value] : locale)
        env.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"), args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(120000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) };
}

QStringList lines(const QString &text) { return text.split(QLatin1Char('\n')); }

const QString kZhUsage
    = QString::fromUtf8("用法：shopdesk-cli --db 文件 [--json] [--lang zh_CN|en] [--sheet 工作表] 命令 [参数…]");
const QString kEnUsage
    = QStringLiteral("Usage: shopdesk-cli --db FILE [--json] [--lang zh_CN|en] [--sheet NAME] COMMAND [ARGS…]");
} // namespace

TEST_CASE("shopdesk-cli --help is in Chinese under a Chinese locale and in English under LANG=C")
{
    const Run zh = cli({ QStringLiteral("--help") }, { { QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8") } });
    REQUIRE(zh.exitCode == 0);
    CHECK(lines(zh.out).first() == kZhUsage);
    CHECK(lines(zh.out).contains(QString::fromUtf8("命令：")));
    CHECK(lines(zh.out).contains(QString::fromUtf8("      新建一个空的店铺文件。")));

    const Run c = cli({ QStringLiteral("--help") }, { { QStringLiteral("LANG"), QStringLiteral("C") } });
    REQUIRE(c.exitCode == 0);
    CHECK(lines(c.out).first() == kEnUsage);
    CHECK(lines(c.out).contains(QStringLiteral("Commands:")));
    CHECK(lines(c.out).contains(QStringLiteral("      Create a new, empty shop file.")));

    // No locale at all: English.
    const Run none = cli({ QStringLiteral("--help") }, {});
    CHECK(lines(none.out).first() == kEnUsage);
}

TEST_CASE("shopdesk-cli reads the locale for messages as POSIX does, and --lang overrides it")
{
    // LC_MESSAGES decides over LANG, LC_ALL over both.
    CHECK(lines(cli({ QStringLiteral("--help") },
                    { { QStringLiteral("LANG"), QStringLiteral("C") },
                        { QStringLiteral("LC_MESSAGES"), QStringLiteral("zh_CN.UTF-8") } })
                    .out)
              .first()
        == kZhUsage);
    CHECK(lines(cli({ QStringLiteral("--help") },
                    { { QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8") },
                        { QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8") } })
                    .out)
              .first()
        == kEnUsage);
    CHECK(lines(cli({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") },
                    { { QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8") } })
                    .out)
              .first()
        == kEnUsage);
    CHECK(lines(cli({ QStringLiteral("--lang=zh_CN"), QStringLiteral("--help") },
                    { { QStringLiteral("LANG"), QStringLiteral("C") } })
                    .out)
              .first()
        == kZhUsage);
}

TEST_CASE("a command's own --help is in the user's language")
{
    const Run zh = cli({ QStringLiteral("init"), QStringLiteral("--help") },
        { { QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8") } });
    REQUIRE(zh.exitCode == 0);
    CHECK(lines(zh.out)
        == QStringList { QString::fromUtf8("用法：shopdesk-cli --db 文件 [--json] init"), QString(),
            QString::fromUtf8("新建一个空的店铺文件。"), QString() });
    const Run en = cli(
        { QStringLiteral("init"), QStringLiteral("--help") }, { { QStringLiteral("LANG"), QStringLiteral("C") } });
    REQUIRE(en.exitCode == 0);
    CHECK(lines(en.out)
        == QStringList { QStringLiteral("Usage: shopdesk-cli --db FILE [--json] init"), QString(),
            QStringLiteral("Create a new, empty shop file."), QString() });
}

TEST_CASE("init and check name the shop file's version as a user reads it, in both languages")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.shopdesk"));
    const QString latest = QString::number(shopdesk::core::Database::latestSchemaVersion());
    const QList<QPair<QString, QString>> zh { { QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8") } };
    const QList<QPair<QString, QString>> en { { QStringLiteral("LANG"), QStringLiteral("C") } };

    const Run created = cli({ QStringLiteral("--db"), db, QStringLiteral("init") }, zh);
    REQUIRE(created.exitCode == 0);
    CHECK(
        created.out == QString::fromUtf8("已新建店铺文件 %1：店铺文件版本 %2（本程序支持到 %2）。\n").arg(db, latest));
    const Run again = cli({ QStringLiteral("--db"), db, QStringLiteral("init") }, en);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out
        == QStringLiteral("%1 is already a shop file, version %2 (this program supports up to %2); nothing to do.\n")
               .arg(db, latest));
    const Run againZh = cli({ QStringLiteral("--db"), db, QStringLiteral("init") }, zh);
    CHECK(againZh.out
        == QString::fromUtf8("%1 已经是店铺文件，店铺文件版本 %2（本程序支持到 %2），无需操作。\n").arg(db, latest));

    const Run checkZh = cli({ QStringLiteral("--db"), db, QStringLiteral("check") }, zh);
    REQUIRE(checkZh.exitCode == 0);
    CHECK(checkZh.out
        == QString::fromUtf8("%1：正常，店铺文件版本 %2（本程序支持到 %2），0 个宝贝，0 笔订单。\n").arg(db, latest));
    const Run checkEn = cli({ QStringLiteral("--db"), db, QStringLiteral("check") }, en);
    REQUIRE(checkEn.exitCode == 0);
    CHECK(checkEn.out
        == QStringLiteral("%1: ok, shop file version %2 (this program supports up to %2), 0 items, 0 orders.\n")
               .arg(db, latest));
    for (const Run &r : { created, again, againZh, checkZh, checkEn })
        CHECK_FALSE(r.out.contains(QString::fromUtf8("格式")));
}
