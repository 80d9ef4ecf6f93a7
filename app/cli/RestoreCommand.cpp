#include "RestoreCommand.h"

#include <shopdesk/core/AutoBackup.h>
#include <shopdesk/core/Database.h>

#include <QJsonObject>

namespace shopdesk::cli {

core::CliCommand RestoreCommand::command()
{
    return { QStringLiteral("restore"), QStringLiteral("restore COPY"),
        [] {
            return tr("Put a backup in place of the shop file; the current file is kept in the backup folder first.");
        },
        &RestoreCommand::restore };
}

core::CliOutcome RestoreCommand::restore(const core::CliInvocation &in)
{
    if (in.args.size() != 1)
        return core::CliOutcome::failure(tr("restore needs exactly one argument: the backup to put back."), 2);
    QString folder;
    {
        auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
        // A shop that no longer opens is restored all the same, its copy kept beside it.
        folder = db ? core::AutoBackup::folder(**db) : core::AutoBackup::defaultFolder(in.dbPath);
    }
    QString kept;
    if (core::Status s = core::AutoBackup::restore(in.args.first(), in.dbPath, folder, &kept); !s)
        return core::CliOutcome::failure(s.errorMessage());
    core::CliOutcome o;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("file"), core::cli::shownPath(in.dbPath));
    o.json.insert(QStringLiteral("restored_from"), core::cli::shownPath(in.args.first()));
    o.json.insert(QStringLiteral("previous_kept_as"), core::cli::shownPath(kept));
    o.text
        = tr("%1 was restored from %2; the file as it was is kept as %3.")
              .arg(core::cli::shownPath(in.dbPath), core::cli::shownPath(in.args.first()), core::cli::shownPath(kept));
    return o;
}

} // namespace shopdesk::cli
