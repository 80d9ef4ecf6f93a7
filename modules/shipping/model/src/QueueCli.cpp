// shopdesk-cli queue (with --json): the dispatch queue a window at a time, read through the same
// QueueRepository as the window (ShippingDesk::queueWindow), filtered and sorted in SQL over the
// queue's indexed keys; --after takes the cursor the previous window printed (keyset paging).
//   queue [--search TEXT] [--courier C] [--province P] [--flag F|none] [--due today|overdue]
//         [--printed yes|no] [--sort queue|deadline|courier|amount|paid|order|receiver|province]
//         [--desc] [--limit N] [--after CURSOR]

#include "CliParts.h"
#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/Format.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace shopdesk::shipping::cliparts {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class QueueCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::QueueCli)
};

const QString kSynopsis = QStringLiteral(
    "queue [--search TEXT] [--courier C] [--province P] [--flag F|none] [--due today|overdue] [--printed yes|no] "
    "[--sort queue|deadline|courier|amount|paid|order|receiver|province] [--desc] [--limit N] [--after CURSOR]");

CliOutcome usage() { return CliOutcome::failure(QueueCli::tr("Usage: %1").arg(kSynopsis), 2); }

const QList<std::pair<QString, QueueSort>> kSorts
    = { { QStringLiteral("queue"), QueueSort::Queue }, { QStringLiteral("deadline"), QueueSort::Deadline },
          { QStringLiteral("courier"), QueueSort::Courier }, { QStringLiteral("amount"), QueueSort::Amount },
          { QStringLiteral("paid"), QueueSort::PaidAt }, { QStringLiteral("order"), QueueSort::OrderNo },
          { QStringLiteral("receiver"), QueueSort::Receiver }, { QStringLiteral("province"), QueueSort::Province } };

// The cursor as one word a shell keeps whole: the id, a colon, the sort key percent-encoded
// ("17:2026-11-20%2023%3A59%3A59"), so a deadline or a receiver's name with a space needs no quotes.
QString cursorText(const QueueCursor &c)
{
    return c.atStart()
        ? QString()
        : QStringLiteral("%1:%2").arg(c.id).arg(QString::fromLatin1(QUrl::toPercentEncoding(c.key.toString())));
}

std::optional<QueueCursor> cursorOf(const QString &text, QueueSort sort)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 id = text.left(colon).toLongLong(&ok);
    if (colon < 0 || !ok || id <= 0)
        return std::nullopt;
    const QString key = QUrl::fromPercentEncoding(text.mid(colon + 1).toUtf8());
    if (sort == QueueSort::Amount) {
        const qint64 fen = key.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return QueueCursor { fen, id };
    }
    return QueueCursor { key, id };
}

CliOutcome queue(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false;
    const auto option = [&](const char *name, bool *given = nullptr) {
        bool m = false;
        const QString v = core::cli::takeOption(args, QLatin1String(name), given, &m);
        missing = missing || m;
        return v;
    };
    QueueFilter filter;
    filter.search = option("--search");
    filter.courier = option("--courier").toUpper();
    filter.province = option("--province");
    filter.flag = option("--flag");
    const QString due = option("--due"), printed = option("--printed"), sortName = option("--sort");
    const QString limitText = option("--limit"), afterText = option("--after");
    const bool descending = args.removeAll(QStringLiteral("--desc")) > 0;
    if (missing || !args.isEmpty())
        return usage();
    if (due == QLatin1String("today"))
        filter.due = QueueFilter::Due::Today;
    else if (due == QLatin1String("overdue"))
        filter.due = QueueFilter::Due::Overdue;
    else if (!due.isEmpty())
        return usage();
    if (printed == QLatin1String("yes"))
        filter.printed = QueueFilter::Printed::Yes;
    else if (printed == QLatin1String("no"))
        filter.printed = QueueFilter::Printed::No;
    else if (!printed.isEmpty())
        return usage();
    QueueSort sort = QueueSort::Queue;
    if (!sortName.isEmpty()) {
        const auto it
            = std::find_if(kSorts.cbegin(), kSorts.cend(), [&](const auto &s) { return s.first == sortName; });
        if (it == kSorts.cend())
            return usage();
        sort = it->second;
    }
    bool ok = true;
    const int limit = limitText.isEmpty() ? 200 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 10000)
        return CliOutcome::failure(QueueCli::tr("--limit takes a number of orders from 1 to 10000."), 2);
    QueueCursor after;
    if (!afterText.isEmpty()) {
        const auto cursor = cursorOf(afterText, sort);
        if (!cursor)
            return CliOutcome::failure(
                QueueCli::tr("“%1” is not a cursor this command printed for this sort.").arg(afterText), 2);
        after = *cursor;
    }

    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const ShippingDesk desk(**db);
    const QueueRepository repo = desk.queueWindow(QDateTime::currentDateTime());
    auto totals = repo.totals(filter);
    if (!totals)
        return CliOutcome::failure(totals.errorMessage());
    QueueCursor next;
    auto rows = repo.rows(filter, sort, descending ? Qt::DescendingOrder : Qt::AscendingOrder, after, limit, &next);
    if (!rows)
        return CliOutcome::failure(rows.errorMessage());
    QJsonArray list;
    QStringList text;
    text << QueueCli::tr("%n order(s) to ship, %1 (must leave today: %2, overdue: %3)", nullptr, totals->orders)
                .arg(core::format::money(totals->amount))
                .arg(totals->today)
                .arg(totals->overdue);
    for (const QueueRow &r : std::as_const(*rows)) {
        const core::Order &o = r.order.order;
        list.append(QJsonObject { { QStringLiteral("order"), o.orderNo }, { QStringLiteral("paid"), r.paidText },
            { QStringLiteral("deadline"), r.deadlineText }, { QStringLiteral("courier"), r.courier },
            { QStringLiteral("receiver"), o.receiverName }, { QStringLiteral("province"), o.province },
            { QStringLiteral("amount_fen"), o.total.fen() }, { QStringLiteral("printed"), r.order.printCount },
            { QStringLiteral("flag"), o.flag } });
        //: One queued order: its number, payment time, dispatch deadline, courier, receiver, amount
        text << QueueCli::tr("%1  paid %2  leaves by %3  %4  %5  %6")
                    .arg(o.orderNo, r.paidText, r.deadlineText, Couriers::displayName(r.courier), o.receiverName,
                        core::format::money(o.total));
    }
    const bool more = rows->size() >= limit;
    if (more)
        text << QueueCli::tr("More: --after %1").arg(cursorText(next));
    return CliOutcome::success(
        { { QStringLiteral("orders"), totals->orders }, { QStringLiteral("today"), totals->today },
            { QStringLiteral("overdue"), totals->overdue }, { QStringLiteral("amount_fen"), totals->amount.fen() },
            { QStringLiteral("rows"), list }, { QStringLiteral("next"), more ? cursorText(next) : QString() } },
        text.join(QLatin1Char('\n')));
}
} // namespace

core::CliCommand queueCommand()
{
    return { QStringLiteral("queue"), kSynopsis,
        [] {
            return QueueCli::tr("List the dispatch queue a window at a time: searched, filtered and sorted as the "
                                "window shows it; --after continues from the cursor the last window printed.");
        },
        &queue };
}

} // namespace shopdesk::shipping::cliparts
