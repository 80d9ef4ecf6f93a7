#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace shopdesk::cli {

/// What a subcommand gives back: an exit code, a JSON object for --json, and text for people.
struct Outcome {
    int exitCode = 0;
    QJsonObject json;
    QString text;
};

struct Invocation {
    QString db;           ///< --db FILE
    QStringList args;     ///< the subcommand's own arguments
    QString actor;        ///< who (for the ledger)
};

/// The subcommands of shopdesk-cli. Each workbench adds its own here.
class Commands {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::cli::Commands)
public:
    struct Entry {
        QString name;
        QString synopsis;    ///< e.g. "backup OUT.db"
        QString description; ///< translated
        Outcome (*run)(const Invocation &);
    };
    static QList<Entry> all();

    static Outcome init(const Invocation &in);
    static Outcome demo(const Invocation &in);
    static Outcome check(const Invocation &in);
    static Outcome backup(const Invocation &in);

    static Outcome failure(const QString &message, int exitCode = 1);
};

} // namespace shopdesk::cli
