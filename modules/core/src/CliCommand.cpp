#include "shopdesk/core/CliCommand.h"

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

} // namespace shopdesk::core
