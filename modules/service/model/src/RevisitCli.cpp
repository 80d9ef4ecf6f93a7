// shopdesk-cli revisits: the revisit list (回访) for agents, each with its reply filled in.

#include "shopdesk/service/Revisits.h"
#include "shopdesk/service/ServiceCommands.h"

#include <shopdesk/core/Database.h>

#include <QJsonArray>

namespace shopdesk::service {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class RevisitCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::RevisitCli)
public:
    static CliOutcome run(const CliInvocation &in)
    {
        QStringList args = in.args;
        bool hasDays = false, hasToday = false, noDays = false, noToday = false;
        const QString daysText = core::cli::takeOption(args, QStringLiteral("--days"), &hasDays, &noDays);
        const QString todayText = core::cli::takeOption(args, QStringLiteral("--today"), &hasToday, &noToday);
        if (noDays || noToday || !args.isEmpty())
            return CliOutcome::failure(tr("Usage: revisits [--days N] [--today YYYY-MM-DD]"), 2);
        int days = 0;
        if (hasDays) {
            bool ok = false;
            days = daysText.toInt(&ok);
            if (!ok || days <= 0)
                return CliOutcome::failure(tr("--days needs a number of days above 0, not “%1”.").arg(daysText), 2);
        }
        QDate today = QDate::currentDate();
        if (hasToday) {
            today = QDate::fromString(todayText, Qt::ISODate);
            if (!today.isValid())
                return CliOutcome::failure(tr("--today needs a date YYYY-MM-DD, not “%1”.").arg(todayText), 2);
        }
        auto db = in.openShop();
        if (!db)
            return CliOutcome::failure(db.errorMessage());
        auto due = Revisits::due(**db, today, days);
        if (!due)
            return CliOutcome::failure(due.errorMessage());
        QJsonArray list;
        QStringList lines;
        for (const RevisitDue &r : *due) {
            const QString message = r.message.complete() ? r.message.text : ReplyFiller::refusal(r.message);
            list.append(
                QJsonObject { { QStringLiteral("order_no"), r.orderNo }, { QStringLiteral("buyer"), r.buyerNick },
                    { QStringLiteral("shipped_on"), r.shippedOn.toString(Qt::ISODate) },
                    { QStringLiteral("due_on"), r.dueOn.toString(Qt::ISODate) },
                    { QStringLiteral("tier"), core::Members::code(r.tier) }, { QStringLiteral("message"), message },
                    { QStringLiteral("complete"), r.message.complete() } });
            lines << tr("%1  %2  %3 (%4)  %5")
                         .arg(r.dueOn.toString(Qt::ISODate), r.orderNo, r.buyerNick, core::Members::name(r.tier),
                             message);
        }
        return CliOutcome::success({ { QStringLiteral("revisits"), list } },
            lines.isEmpty() ? tr("No revisit is due.") : lines.join(QLatin1Char('\n')));
    }
};
} // namespace

core::CliCommand revisitCommand()
{
    return { QStringLiteral("revisits"), QStringLiteral("revisits [--days N] [--today YYYY-MM-DD]"),
        [] {
            return RevisitCli::tr("The revisit list (回访): buyers whose order shipped N days ago (the setting "
                                  "service.revisit_days, 7), each with the revisit reply filled in.");
        },
        &RevisitCli::run };
}

} // namespace shopdesk::service
