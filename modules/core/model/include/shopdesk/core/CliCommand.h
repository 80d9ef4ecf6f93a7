#pragma once

#include "shopdesk/core/Database.h"
#include "shopdesk/core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace shopdesk::core {

/// What a shopdesk-cli subcommand gives back: an exit code (0 ok, 1 a problem, 2 wrong usage),
/// a JSON object printed with --json, and text for people otherwise.
struct CliOutcome {
    int exitCode = 0;
    QJsonObject json;
    QString text;
    /// The command printed its whole output itself, line by line through CliInvocation::printLine
    /// (a list too long to hold): nothing more is printed.
    bool printed = false;

    /// {"ok": false, "error": message}, the message also as text.
    static CliOutcome failure(const QString &message, int exitCode = 1);
    /// {"ok": true, …fields}, with `text` for people.
    static CliOutcome success(QJsonObject fields, const QString &text);
};

/// One run of a subcommand.
struct CliInvocation {
    QString dbPath; ///< --db FILE
    QStringList args; ///< the words after the command name
    bool json = false;
    QString actor; ///< who (recorded with every write)
    QTextStream *input = nullptr; ///< standard input, for commands that read codes line by line
    /// Prints one line at once (e.g. to acknowledge each scan as it is committed).
    std::function<void(const QString &line)> printLine;

    /// The shop named by --db, which must already exist.
    Result<std::unique_ptr<Database>> openShop() const;
};

/// Helpers every subcommand uses.
namespace cli {
/// A path as the user should see it in messages: absolute, with the platform's separators.
QString shownPath(const QString &path);
/// The value after `--name` in `args`, removing both; empty when absent. `present` tells whether
/// the option was there at all, `missingValue` whether it came without a value.
QString takeOption(QStringList &args, const QString &name, bool *present = nullptr, bool *missingValue = nullptr);
} // namespace cli

/// What a run of a subcommand needs of Qt's GUI side. shopdesk-cli makes the least application
/// that serves: a QCoreApplication (no display, no platform plugin) for commands that only read
/// and write the shop; a QGuiApplication (offscreen) for those that paint text into a PDF or PNG;
/// a QApplication (offscreen) only where Qt Charts draws, which needs widgets.
enum class CliNeeds { Core, Painting, Widgets };

/// A subcommand of shopdesk-cli. Each module lists its own (cliCommands() in its model library's
/// <Name>Commands.h); app/cli gathers them explicitly.
struct CliCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::CliCommand)
public:
    QString name; ///< first word, e.g. "import-items" or "replies"
    QString synopsis; ///< e.g. "import-items FILE.csv"
    std::function<QString()> description; ///< translated at call time
    std::function<CliOutcome(const CliInvocation &)> run;
    bool needsShop = true; ///< refuses to run without --db
    bool listed = true; ///< false for an old spelling kept as an alias (not in --help)
    /// What a run with these arguments (the words after the command name) needs; none: Core.
    std::function<CliNeeds(const QStringList &args)> needs;

    /// For `needs`: always painting.
    static CliNeeds painting(const QStringList &) { return CliNeeds::Painting; }
    /// For `needs`: painting when the arguments name a PDF or PNG to write (an option `--pdf`, or
    /// any argument ending in .pdf or .png).
    static CliNeeds paintingWhenPdf(const QStringList &args);
};

/// A NOUN VERB command (`items import FILE`) over commands that take the verb's arguments: the
/// one grammar of shopdesk-cli. `verbs` maps each verb to the command it runs.
CliOutcome runVerb(const CliInvocation &in, const QString &noun,
    const QList<std::pair<QString, std::function<CliOutcome(const CliInvocation &)>>> &verbs);
/// Marks the commands called `names` as old spellings: they still run, and --help lists them no more.
void setAliases(QList<CliCommand> &commands, const QStringList &names);

/// Sets `needs` of the command called `name` in `commands`.
void setNeeds(QList<CliCommand> &commands, const QString &name, std::function<CliNeeds(const QStringList &)> needs);

} // namespace shopdesk::core
