// shopdesk-cli orders export-shipped --out FILE.csv [--day YYYY-MM-DD | --all-unexported] (--json):
// the platform's bulk-shipping file (批量发货) of the orders shipped here.

#include "CliParts.h"
#include "shopdesk/shipping/BulkShipping.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shopdesk::shipping::cliparts {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class ExportShippedCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ExportShippedCli)
};
} // namespace

const QString kExportShippedSynopsis
    = QStringLiteral("orders export-shipped --out FILE.csv [--day YYYY-MM-DD | --all-unexported]");

CliOutcome exportShipped(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missingOut = false, missingDay = false, hasDay = false;
    const QString out = core::cli::takeOption(args, QStringLiteral("--out"), nullptr, &missingOut);
    const QString dayText = core::cli::takeOption(args, QStringLiteral("--day"), &hasDay, &missingDay);
    const bool all = args.removeAll(QStringLiteral("--all-unexported")) > 0;
    if (missingOut || missingDay || out.isEmpty() || !args.isEmpty() || (hasDay && all))
        return CliOutcome::failure(ExportShippedCli::tr("Usage: %1").arg(kExportShippedSynopsis), 2);
    std::optional<QDate> day;
    if (hasDay) {
        day = QDate::fromString(dayText, Qt::ISODate);
        if (!day->isValid())
            return CliOutcome::failure(ExportShippedCli::tr("“%1” is not a day (use YYYY-MM-DD).").arg(dayText), 2);
    }
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto written = BulkShipping(**db).exportShipped(out, day, in.actor);
    if (!written)
        return CliOutcome::failure(written.errorMessage());
    return CliOutcome::success({ { QStringLiteral("file"), core::cli::shownPath(out) },
                                   { QStringLiteral("orders"), QJsonArray::fromStringList(written->orderNos) } },
        ExportShippedCli::tr("%n shipped order(s) written to %1 for the platform's bulk shipping.", nullptr,
            int(written->orderNos.size()))
            .arg(core::cli::shownPath(out)));
}

} // namespace shopdesk::shipping::cliparts
