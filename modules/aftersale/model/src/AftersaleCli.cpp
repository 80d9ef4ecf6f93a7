// shopdesk-cli aftersale …: the after-sale cases (售后), each verb one AftersaleService call.
//   aftersale open ORDERNO --kind KIND --reason REASON [--sku BARCODE[:N] …] [--note TEXT] [--claim ¥]
//   aftersale receive CASE [--intact BARCODE[:N] …] [--damaged BARCODE[:N] …]
//   aftersale refund CASE AMOUNT
//   aftersale resend CASE [--tracking NO] [--courier C] [--sku BARCODE[:N] …]
//   aftersale close CASE
//   aftersale list [--open]
//   aftersale report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--xlsx FILE]

#include "shopdesk/aftersale/AftersaleCommands.h"
#include "shopdesk/aftersale/AftersaleService.h"
#include "shopdesk/aftersale/AftersaleTerms.h"

#include <shopdesk/core/Database.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace shopdesk::aftersale {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class Cli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::aftersale::Cli)
public:
    static CliOutcome open(const CliInvocation &in);
    static CliOutcome receive(const CliInvocation &in);
    static CliOutcome refund(const CliInvocation &in);
    static CliOutcome resend(const CliInvocation &in);
    static CliOutcome close(const CliInvocation &in);
    static CliOutcome list(const CliInvocation &in);
    static CliOutcome report(const CliInvocation &in);
};

const QString kOpen = QStringLiteral(
    "aftersale open ORDERNO --kind KIND --reason REASON [--sku BARCODE[:N] …] [--note TEXT] [--claim AMOUNT]");
const QString kReceive = QStringLiteral("aftersale receive CASE [--intact BARCODE[:N] …] [--damaged BARCODE[:N] …]");
const QString kRefund = QStringLiteral("aftersale refund CASE AMOUNT");
const QString kResend = QStringLiteral("aftersale resend CASE [--tracking NO] [--courier C] [--sku BARCODE[:N] …]");
const QString kClose = QStringLiteral("aftersale close CASE");
const QString kList = QStringLiteral("aftersale list [--open]");
const QString kReport = QStringLiteral("aftersale report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--xlsx FILE]");

CliOutcome usage(const QString &synopsis) { return CliOutcome::failure(Cli::tr("Usage: %1").arg(synopsis), 2); }

/// Options "--name value" (repeatable) and switches; the rest positional.
struct Args {
    QStringList positional;
    QList<std::pair<QString, QString>> options;
    QStringList flags;
    QString bad;
    Args(const QStringList &args, const QStringList &withValue, const QStringList &switches = {})
    {
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString a = args[i];
            if (withValue.contains(a)) {
                if (i + 1 >= args.size()) {
                    bad = a;
                    return;
                }
                options.append({ a, args[++i] });
            } else if (switches.contains(a)) {
                flags << a;
            } else if (a.startsWith(QLatin1String("--"))) {
                bad = a;
                return;
            } else {
                positional << a;
            }
        }
    }
    QString value(const QString &name) const
    {
        for (const auto &[n, v] : options)
            if (n == name)
                return v;
        return {};
    }
    QStringList values(const QString &name) const
    {
        QStringList out;
        for (const auto &[n, v] : options)
            if (n == name)
                out << v;
        return out;
    }
};

/// "6901234500011" or "6901234500011:2".
core::Result<AftersaleService::Pieces> pieces(const QString &option, const QString &text)
{
    const QString barcode = text.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString count = text.section(QLatin1Char(':'), 1);
    AftersaleService::Pieces p { barcode, 1 };
    if (!count.isEmpty()) {
        bool ok = false;
        p.quantity = count.toInt(&ok);
        if (!ok || p.quantity < 1 || p.quantity > 9999)
            return core::Error { Cli::tr("%1 “%2”: the count after the colon must be 1 to 9999.").arg(option, text) };
    }
    if (barcode.isEmpty())
        return core::Error { Cli::tr("%1 “%2” names no barcode.").arg(option, text) };
    return p;
}

QJsonObject caseJson(const Case &c)
{
    QJsonArray lines;
    for (const CaseLine &l : c.lines)
        lines.append(QJsonObject { { QStringLiteral("item"), l.itemCode }, { QStringLiteral("color"), l.color },
            { QStringLiteral("size"), l.size }, { QStringLiteral("barcode"), l.barcode },
            { QStringLiteral("quantity"), l.quantity }, { QStringLiteral("received"), l.received } });
    return { { QStringLiteral("case"), c.caseNo }, { QStringLiteral("order"), c.orderNo },
        { QStringLiteral("buyer"), c.buyerNick }, { QStringLiteral("kind"), c.kind },
        { QStringLiteral("kind_name"), AftersaleTerms::kind(c.kind) }, { QStringLiteral("reason"), c.reason },
        { QStringLiteral("state"), c.state }, { QStringLiteral("state_name"), AftersaleTerms::state(c.state) },
        { QStringLiteral("refund"), c.refund.toPlainString() }, { QStringLiteral("note"), c.note },
        { QStringLiteral("opened_by"), c.openedBy }, { QStringLiteral("opened_at"), core::toDbTime(c.openedAt) },
        { QStringLiteral("replacement_tracking"), c.parcelTracking }, { QStringLiteral("lines"), lines } };
}

/// The case as it is now, after a step.
CliOutcome afterStep(const core::Database &db, const QString &caseNo, const QString &text)
{
    auto c = AftersaleService(db).caseByNo(caseNo);
    if (!c || !*c)
        return CliOutcome::failure(c ? Cli::tr("There is no after-sale case %1.").arg(caseNo) : c.errorMessage());
    return CliOutcome::success(caseJson(**c), text);
}
} // namespace

CliOutcome Cli::open(const CliInvocation &in)
{
    const Args a(in.args,
        { QStringLiteral("--kind"), QStringLiteral("--reason"), QStringLiteral("--sku"), QStringLiteral("--note"),
            QStringLiteral("--claim") });
    if (!a.bad.isEmpty() || a.positional.size() != 1 || a.value(QStringLiteral("--kind")).isEmpty()
        || a.value(QStringLiteral("--reason")).isEmpty())
        return usage(kOpen);
    AftersaleService::OpenRequest r;
    r.orderNo = a.positional[0];
    r.kind = AftersaleTerms::kindCode(a.value(QStringLiteral("--kind")));
    if (r.kind.isEmpty())
        return CliOutcome::failure(tr("--kind “%1” is not a kind of case; use return, exchange, refund_only, lost, "
                                      "damaged, undeliverable or refused.")
                                       .arg(a.value(QStringLiteral("--kind"))),
            2);
    r.reason = a.value(QStringLiteral("--reason")).trimmed();
    r.note = a.value(QStringLiteral("--note"));
    for (const QString &s : a.values(QStringLiteral("--sku"))) {
        auto p = pieces(QStringLiteral("--sku"), s);
        if (!p)
            return CliOutcome::failure(p.errorMessage(), 2);
        r.lines.append(*p);
    }
    if (const QString claim = a.value(QStringLiteral("--claim")); !claim.isEmpty()) {
        auto m = core::Money::parse(claim);
        if (!m)
            return CliOutcome::failure(tr("--claim “%1”: %2").arg(claim, m.errorMessage()), 2);
        r.claim = *m;
    }
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto no = AftersaleService(**db).open(r, in.actor);
    if (!no)
        return CliOutcome::failure(no.errorMessage());
    return afterStep(**db, *no, tr("Opened after-sale case %1 for order %2.").arg(*no, r.orderNo));
}

CliOutcome Cli::receive(const CliInvocation &in)
{
    const Args a(in.args, { QStringLiteral("--intact"), QStringLiteral("--damaged") });
    if (!a.bad.isEmpty() || a.positional.size() != 1)
        return usage(kReceive);
    QList<AftersaleService::Inspected> inspected;
    for (const QString &option : { QStringLiteral("--intact"), QStringLiteral("--damaged") })
        for (const QString &s : a.values(option)) {
            auto p = pieces(option, s);
            if (!p)
                return CliOutcome::failure(p.errorMessage(), 2);
            inspected.append({ p->barcode, p->quantity, option == QLatin1String("--intact") });
        }
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    if (auto s = AftersaleService(**db).receive(a.positional[0], inspected, in.actor); !s)
        return CliOutcome::failure(s.errorMessage());
    return afterStep(**db, a.positional[0], tr("Case %1: goods received and booked.").arg(a.positional[0]));
}

CliOutcome Cli::refund(const CliInvocation &in)
{
    const Args a(in.args, {});
    if (!a.bad.isEmpty() || a.positional.size() != 2)
        return usage(kRefund);
    auto amount = core::Money::parse(a.positional[1]);
    if (!amount)
        return CliOutcome::failure(tr("“%1”: %2").arg(a.positional[1], amount.errorMessage()), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    if (auto s = AftersaleService(**db).refund(a.positional[0], *amount, in.actor); !s)
        return CliOutcome::failure(s.errorMessage());
    return afterStep(
        **db, a.positional[0], tr("Case %1: refunded %2.").arg(a.positional[0], amount->toDisplayString()));
}

CliOutcome Cli::resend(const CliInvocation &in)
{
    const Args a(in.args, { QStringLiteral("--tracking"), QStringLiteral("--courier"), QStringLiteral("--sku") });
    if (!a.bad.isEmpty() || a.positional.size() != 1)
        return usage(kResend);
    AftersaleService::ResendRequest r; // no --tracking: the next number of the courier's range
    r.trackingNo = a.value(QStringLiteral("--tracking"));
    r.courier = a.value(QStringLiteral("--courier"));
    for (const QString &s : a.values(QStringLiteral("--sku"))) {
        auto p = pieces(QStringLiteral("--sku"), s);
        if (!p)
            return CliOutcome::failure(p.errorMessage(), 2);
        r.lines.append(*p);
    }
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    if (auto s = AftersaleService(**db).resend(a.positional[0], r, in.actor); !s)
        return CliOutcome::failure(s.errorMessage());
    if (r.trackingNo.isEmpty())
        return afterStep(**db, a.positional[0],
            tr("Case %1: the replacement parcel, numbered from the courier's range, waits at the packing station.")
                .arg(a.positional[0]));
    return afterStep(**db, a.positional[0],
        tr("Case %1: replacement parcel %2 waits at the packing station.").arg(a.positional[0], r.trackingNo));
}

CliOutcome Cli::close(const CliInvocation &in)
{
    const Args a(in.args, {});
    if (!a.bad.isEmpty() || a.positional.size() != 1)
        return usage(kClose);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    if (auto s = AftersaleService(**db).close(a.positional[0], in.actor); !s)
        return CliOutcome::failure(s.errorMessage());
    return afterStep(**db, a.positional[0], tr("Case %1 closed.").arg(a.positional[0]));
}

CliOutcome Cli::list(const CliInvocation &in)
{
    const Args a(in.args, {}, { QStringLiteral("--open") });
    if (!a.bad.isEmpty() || !a.positional.isEmpty())
        return usage(kList);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto cases = AftersaleService(**db).cases(a.flags.contains(QStringLiteral("--open")));
    if (!cases)
        return CliOutcome::failure(cases.errorMessage());
    QJsonArray rows;
    QStringList text;
    for (const Case &c : *cases) {
        rows.append(caseJson(c));
        text << tr("%1  order %2  %3  %4  %5  refund %6")
                    .arg(c.caseNo, c.orderNo, AftersaleTerms::kind(c.kind), c.reason, AftersaleTerms::state(c.state),
                        c.refund.toDisplayString());
    }
    if (text.isEmpty())
        text << tr("No after-sale cases.");
    return CliOutcome::success({ { QStringLiteral("cases"), rows } }, text.join(QLatin1Char('\n')));
}

CliOutcome Cli::report(const CliInvocation &in)
{
    const Args a(in.args, { QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--xlsx") });
    if (!a.bad.isEmpty() || !a.positional.isEmpty())
        return usage(kReport);
    QDate from, to;
    for (const auto &[option, day] :
        { std::pair { QStringLiteral("--from"), &from }, { QStringLiteral("--to"), &to } }) {
        const QString text = a.value(option);
        if (text.isEmpty())
            continue;
        *day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!day->isValid())
            return CliOutcome::failure(tr("%1 “%2” is not a day (YYYY-MM-DD).").arg(option, text), 2);
    }
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto r = AftersaleService(**db).report(from, to);
    if (!r)
        return CliOutcome::failure(r.errorMessage());
    QStringList text;
    auto rows = [&](const QList<AftersaleReport::Row> &list, bool rate) {
        QJsonArray out;
        for (const AftersaleReport::Row &row : list) {
            QJsonObject o { { QStringLiteral("key"), row.key }, { QStringLiteral("title"), row.title },
                { QStringLiteral("cases"), row.cases }, { QStringLiteral("pieces"), row.units },
                { QStringLiteral("refund"), row.refund.toPlainString() } };
            if (rate) {
                o.insert(QStringLiteral("sold"), row.sold);
                o.insert(QStringLiteral("returned"), row.returned);
                o.insert(QStringLiteral("return_rate"), row.returnRate());
            }
            out.append(o);
        }
        return out;
    };
    text << tr("%n case(s), refunds %1.", nullptr, r->cases).arg(r->refund.toDisplayString());
    for (const AftersaleReport::Row &row : r->byReason)
        text << tr("  %1: %n case(s), refunds %2", nullptr, row.cases).arg(row.key, row.refund.toDisplayString());
    for (const AftersaleReport::Row &row : r->byItem)
        text << tr("  %1 %2: %3 of %4 sold returned or exchanged (%5%)")
                    .arg(row.key, row.title)
                    .arg(row.returned)
                    .arg(row.sold)
                    .arg(row.returnRate() * 100, 0, 'f', 1);
    QJsonObject json { { QStringLiteral("cases"), r->cases }, { QStringLiteral("refund"), r->refund.toPlainString() },
        { QStringLiteral("by_reason"), rows(r->byReason, false) }, { QStringLiteral("by_item"), rows(r->byItem, true) },
        { QStringLiteral("by_sku"), rows(r->bySku, false) } };
    if (const QString xlsx = a.value(QStringLiteral("--xlsx")); !xlsx.isEmpty()) {
        if (auto s = AftersaleService::writeReportXlsx(*r, xlsx); !s)
            return CliOutcome::failure(s.errorMessage());
        json.insert(QStringLiteral("xlsx"), core::cli::shownPath(xlsx));
        text << tr("Written to %1.").arg(core::cli::shownPath(xlsx));
    }
    return CliOutcome::success(json, text.join(QLatin1Char('\n')));
}

QList<core::CliCommand> cliCommands()
{
    return {
        { QStringLiteral("aftersale"), QStringLiteral("aftersale open|receive|refund|resend|close|list|report …"),
            [] {
                return Cli::tr("After-sale cases (returns, exchanges, refunds, lost, damaged, undeliverable and "
                               "refused parcels): open one, receive its goods, refund, send a replacement, close, "
                               "list, report.");
            },
            [](const CliInvocation &in) {
                return core::runVerb(in, QStringLiteral("aftersale"),
                    { { QStringLiteral("open"), &Cli::open }, { QStringLiteral("receive"), &Cli::receive },
                        { QStringLiteral("refund"), &Cli::refund }, { QStringLiteral("resend"), &Cli::resend },
                        { QStringLiteral("close"), &Cli::close }, { QStringLiteral("list"), &Cli::list },
                        { QStringLiteral("report"), &Cli::report } });
            } },
    };
}

} // namespace shopdesk::aftersale
