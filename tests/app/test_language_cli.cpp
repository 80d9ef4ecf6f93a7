// shopdesk-cli speaks the user's language: zh_CN when the locale for messages (LC_ALL, then
// LC_MESSAGES, then LANG) is zh_*, English otherwise; --lang overrides both. Its --help and each
// command's help follow. (The man pages document the English help, as `LANG=C shopdesk-cli --help`.)

#include <QProcess>
#include <QStringList>

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
