#include "shopdesk/core/CliCommand.h"

#include <QDir>
#include <QFileInfo>

namespace shopdesk::core {

CliOutcome CliOutcome::failure(const QString &message, int exitCode)
{
    CliOutcome o;
    o.exitCode = exitCode;
    o.json.insert(QStringLiteral("ok"), false);
    o.json.insert(QStringLiteral("error"), message);
    o.text = message;
    return o;
}

CliOutcome CliOutcome::success(QJsonObject fields, const QString &text)
{
    CliOutcome o;
    fields.insert(QStringLiteral("ok"), true);
    o.json = std::move(fields);
    o.text = text;
    return o;
}

Result<std::unique_ptr<Database>> CliInvocation::openShop() const
{
    return Database::open(dbPath, Database::Mode::OpenExisting);
}

namespace cli {

QString shownPath(const QString &path)
{
    if (Database::isServerAddress(path)) // a shop server's address, shown as given (without a password)
        if (const auto address = ServerAddress::parse(path))
            return address->url();
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString takeOption(QStringList &args, const QString &name, bool *present, bool *missingValue)
{
    const qsizetype i = args.indexOf(name);
    if (present)
        *present = i >= 0;
    if (i < 0)
        return {};
    const bool hasValue = i + 1 < args.size();
    if (missingValue && !hasValue)
        *missingValue = true;
    const QString value = hasValue ? args.at(i + 1) : QString();
    args.remove(i, hasValue ? 2 : 1);
    return value;
}

} // namespace cli
CliNeeds CliCommand::paintingWhenPdf(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--pdf") || a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
            || a.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            return CliNeeds::Painting;
    }
    return CliNeeds::Core;
}

CliOutcome runVerb(const CliInvocation &in, const QString &noun,
    const QList<std::pair<QString, std::function<CliOutcome(const CliInvocation &)>>> &verbs)
{
    const QString verb = in.args.value(0);
    QStringList names;
    for (const auto &[name, run] : verbs) {
        names << name;
        if (name == verb) {
            CliInvocation rest = in;
            rest.args = in.args.mid(1);
            return run(rest);
        }
    }
    return CliOutcome::failure(CliCommand::tr("%1 needs one of: %2.").arg(noun, names.join(QStringLiteral(", "))), 2);
}

void setAliases(QList<CliCommand> &commands, const QStringList &names)
{
    for (CliCommand &c : commands) {
        if (names.contains(c.name))
            c.listed = false;
    }
}

void setNeeds(QList<CliCommand> &commands, const QString &name, std::function<CliNeeds(const QStringList &)> needs)
{
    for (CliCommand &c : commands) {
        if (c.name == name)
            c.needs = needs;
    }
}

} // namespace shopdesk::core
