#include "CliRun.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

QJsonObject CliRun::json() const
{
    const qsizetype start = out.indexOf("{\n");
    return QJsonDocument::fromJson(start > 0 ? out.mid(start) : out).object();
}

CliRun runCli(const QStringList &args, const QList<std::pair<QString, QString>> &env, int timeoutMs)
{
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : env)
            e.insert(name, value);
        p.setProcessEnvironment(e);
    }
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"), args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(timeoutMs));
    CliRun r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace shopdesk::test
