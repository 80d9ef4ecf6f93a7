#include "Processes.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

void startCli(QProcess &p, const QString &shop, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("clerk"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        QStringList {
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), shop, QStringLiteral("--json") }
            + args);
    REQUIRE(p.waitForStarted());
}

CliRun finish(QProcess &p)
{
    REQUIRE(p.waitForFinished(120000));
    return { p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError() };
}

CliRun runCli(const QString &shop, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    startCli(p, shop, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    return finish(p);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray itemsCsv(const QString &prefix, int items, int skus)
{
    QByteArray out = QString::fromUtf8("货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码\r\n").toUtf8();
    for (int i = 1; i <= items; ++i) {
        for (int s = 0; s < skus; ++s)
            out += QStringLiteral("%1-%2,牛仔裤 男 修身 直筒 %2,jeans,利润款,否,129.00,58.50,蓝色,%3,\r\n")
                       .arg(prefix)
                       .arg(i, 4, 10, QLatin1Char('0'))
                       .arg(28 + s)
                       .toUtf8();
    }
    return out;
}

} // namespace shopdesk::test
