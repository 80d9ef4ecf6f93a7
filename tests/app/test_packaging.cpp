// What the package ships beside the programs: a man page per program that lists every option and
// command their --help does (and none they lost), AppStream data without a placeholder
// screenshot, the .desktop entry passing the file it is given; and `backup --auto` / `restore`.

#include "TestShop.h"

#include <shopdesk/core/AutoBackup.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
struct Output {
    int exitCode = -1;
    QString out;
};

Output runProgram(const QString &program, const QStringList &args)
{
    QTemporaryDir home; // no user settings: the same output for everyone
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/") + program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(120000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) };
}

QString source(const QString &relative)
{
    QFile f(QStringLiteral(SHOPDESK_SOURCE_DIR "/") + relative);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// The man page as a reader sees its words: roff's \- is a plain minus.
QString manText(const QString &page)
{
    return source(QStringLiteral("packaging/man/") + page).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

// The first word of each .TP entry in a section of a man page.
QSet<QString> entries(const QString &man, const QString &section)
{
    QSet<QString> out;
    const qsizetype from = man.indexOf(QStringLiteral(".SH ") + section);
    REQUIRE(from >= 0);
    qsizetype to = man.indexOf(QStringLiteral("\n.SH "), from + 1);
    const QStringList lines = man.mid(from, to < 0 ? -1 : to - from).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) != QLatin1String(".TP"))
            continue;
        QString next = lines.at(i + 1);
        next.remove(QRegularExpression(QStringLiteral("^\\.[A-Z]+ ")));
        next.remove(QRegularExpression(QStringLiteral("\\\\f[BIR]")));
        out.insert(next.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('"')));
    }
    return out;
}
} // namespace

TEST_CASE("the man page of shopdesk-cli lists exactly the commands of its --help")
{
    const Output help = runProgram(
        QStringLiteral("shopdesk-cli"), { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") });
    REQUIRE(help.exitCode == 0);
    QSet<QString> commands;
    static const QRegularExpression usage(QStringLiteral("^  ([a-z][a-z-]*)(\\s|$)"));
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = usage.match(line);
        if (m.hasMatch())
            commands.insert(m.captured(1));
    }
    REQUIRE(commands.contains(QStringLiteral("backup")));
    const QString man = manText(QStringLiteral("shopdesk-cli.1"));
    const QSet<QString> documented = entries(man, QStringLiteral("COMMANDS"));
    for (const QString &c : commands) {
        INFO("in --help, not in shopdesk-cli.1: " << c.toStdString());
        CHECK(documented.contains(c));
    }
    for (const QString &c : documented) {
        INFO("in shopdesk-cli.1, not in --help: " << c.toStdString());
        CHECK(commands.contains(c));
    }
    for (const char *option : { "--db", "--json", "--lang", "--help" })
        CHECK(man.contains(QString::fromLatin1(option)));
}

TEST_CASE("the man page of shopdesk lists every option of its --help")
{
    const Output help = runProgram(QStringLiteral("shopdesk"), { QStringLiteral("--help") });
    REQUIRE(help.exitCode == 0);
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(--[a-z][a-z-]*)"));
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("  -")))
            continue;
        auto it = option.globalMatch(line.section(QStringLiteral("  "), 1, 1));
        while (it.hasNext())
            options.insert(it.next().captured(1));
    }
    REQUIRE(options.contains(QStringLiteral("--db")));
    const QString man = manText(QStringLiteral("shopdesk.1"));
    QSet<QString> documented;
    for (const QString &e : entries(man, QStringLiteral("OPTIONS")))
        documented.insert(e.section(QLatin1Char(','), 0, 0));
    // ".BR \-h ", " \-\-help" puts both spellings on one line.
    if (man.contains(QStringLiteral(".BR -h \", \" --help")))
        documented.insert(QStringLiteral("--help"));
    if (man.contains(QStringLiteral(".BR -v \", \" --version")))
        documented.insert(QStringLiteral("--version"));
    for (const QString &o : options) {
        INFO("in shopdesk --help, not in shopdesk.1: " << o.toStdString());
        CHECK(documented.contains(o));
    }
}

TEST_CASE("the desktop entry passes the file it is given, and AppStream names no placeholder address")
{
    const QString desktop = source(QStringLiteral("packaging/shopdesk.desktop"));
    CHECK(desktop.contains(QStringLiteral("\nExec=shopdesk %f\n")));
    CHECK(desktop.contains(QStringLiteral("\nMimeType=application/x-shopdesk;\n")));
    const QString metainfo = source(QStringLiteral("packaging/io.shopdesk.ShopDesk.metainfo.xml"));
    CHECK_FALSE(metainfo.contains(QStringLiteral("<image>")));
    CHECK_FALSE(metainfo.contains(QStringLiteral("https://shopdesk.invalid")));
}

TEST_CASE("shopdesk-cli backup --auto writes today's checked copy once, and restore puts one back")
{
    SHOPDESK_FILES_ONLY(); // copies of a shop file (a server shop is backed up with pg_dump)
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    const Output first = runProgram(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--auto") });
    REQUIRE(first.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(first.out.toUtf8()).object();
    const QString copy
        = QDir(core::AutoBackup::defaultFolder(path)).filePath(core::AutoBackup::fileName(path, QDate::currentDate()));
    CHECK(json.value(QStringLiteral("backup")).toString() == copy);
    CHECK(json.value(QStringLiteral("kept")).toInt() == 1);
    CHECK(QFileInfo(copy).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const Output again = runProgram(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--auto") });
    CHECK(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("kept")).toInt() == 1);

    const Output restored = runProgram(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("restore"), copy });
    REQUIRE(restored.exitCode == 0);
    const QString kept
        = QJsonDocument::fromJson(restored.out.toUtf8()).object().value(QStringLiteral("previous_kept_as")).toString();
    CHECK(QFileInfo(kept).dir() == QDir(core::AutoBackup::defaultFolder(path)));
    CHECK(
        QFileInfo(kept).fileName().startsWith(QFileInfo(path).completeBaseName() + QStringLiteral("-before-restore-")));
    const Output check
        = runProgram(QStringLiteral("shopdesk-cli"), { QStringLiteral("--db"), path, QStringLiteral("check") });
    CHECK(check.exitCode == 0);
}
