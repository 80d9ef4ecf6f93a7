#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace shopdesk::core {

/// Brings a shop file's schema up to date. Migrations are the numbered SQL scripts embedded at
/// :/shopdesk/migrations/NNNN_<what>.sql; script N takes the schema from version N-1 to N.
/// Each runs, with the new PRAGMA user_version, in one transaction: it applies whole or not at all.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Migrator)
public:
    /// The scripts in order; their count is the latest schema version.
    static QStringList scripts();
    static int latestVersion() { return int(scripts().size()); }

    static int currentVersion(QSqlDatabase db);
    /// Applies scripts current+1 … target. `target` defaults to the latest.
    static Status migrate(QSqlDatabase db, int target = -1);

    /// Splits a script into statements (semicolons outside quotes and comments end a statement).
    static QStringList splitStatements(const QString &script);
};

} // namespace shopdesk::core
