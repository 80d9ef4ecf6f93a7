#pragma once

// One runner for the tests that drive shopdesk-cli as a user would: a process of its own, its
// exit code and both streams kept for the test to read. Each test file keeps its own few words
// (which shop, --json, --lang) in a thin wrapper over this.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace shopdesk::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
    QString outText() const { return QString::fromUtf8(out).trimmed(); }
    QString errText() const { return QString::fromUtf8(err).trimmed(); }
    /// The command's own JSON document on stdout (after any lines it printed as it went, such as
    /// a scan's acknowledgements).
    QJsonObject json() const;
};

/// Runs build/bin/shopdesk-cli with `args` (its stdin closed), with `env` added to this process's
/// environment; waits up to `timeoutMs` (a limit for a hung build, not a measure).
CliRun runCli(const QStringList &args, const QList<std::pair<QString, QString>> &env = {}, int timeoutMs = 120000);

/// The environment most CLI tests give it: no display, UTF-8 text.
inline QList<std::pair<QString, QString>> plainEnvironment()
{
    return { { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen") },
        { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") } };
}

} // namespace shopdesk::test
