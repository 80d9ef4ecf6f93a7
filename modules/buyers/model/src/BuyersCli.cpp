// shopdesk-cli subcommands of the buyers workbench: buyers list|show|profile, members [set].

#include "shopdesk/buyers/BuyersCommands.h"
#include "shopdesk/buyers/BuyersService.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Members.h>
#include <shopdesk/core/Vocabulary.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace shopdesk::buyers {

using core::CliInvocation;
using core::CliOutcome;
using core::Members;

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::buyers::Cli)
public:
    static CliOutcome list(const CliInvocation &in);
    static CliOutcome show(const CliInvocation &in);
    static CliOutcome profile(const CliInvocation &in);
    static CliOutcome members(const CliInvocation &in);
};

CliOutcome failure(const QString &message, int exitCode = 1) { return CliOutcome::failure(message, exitCode); }

QString shownPhone(const QString &phone, bool full) { return full ? phone : Members::maskPhone(phone); }

QJsonObject rowJson(const BuyerRow &r, const core::MemberThresholds &t, bool fullPhones)
{
    const core::MemberTier tier = Members::tierFor(core::Money::fromFen(r.spendFen), t);
    return { { QStringLiteral("nick"), r.nick }, { QStringLiteral("name"), r.name },
        { QStringLiteral("phone"), shownPhone(r.phone, fullPhones) }, { QStringLiteral("tier"), Members::code(tier) },
        { QStringLiteral("spend"), core::Money::fromFen(r.spendFen).toPlainString() },
        { QStringLiteral("orders"), r.orders }, { QStringLiteral("returns"), r.returns },
        { QStringLiteral("first_order"), r.firstDay ? r.firstOrder().toString(Qt::ISODate) : QString() },
        { QStringLiteral("last_order"), r.lastDay ? r.lastOrder().toString(Qt::ISODate) : QString() },
        { QStringLiteral("loyal"), r.loyal } };
}

/// --today YYYY-MM-DD (tests and reruns), else today.
core::Result<QDate> takeToday(QStringList &args)
{
    bool has = false;
    const QString text = core::cli::takeOption(args, QStringLiteral("--today"), &has);
    if (!has)
        return QDate::currentDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return core::Error { Cli::tr("--today needs a date YYYY-MM-DD, not “%1”.").arg(text) };
    return d;
}

CliOutcome Cli::list(const CliInvocation &in)
{
    QStringList args = in.args;
    BuyerFilter filter;
    bool noValue = false, missing = false;
    filter.search = core::cli::takeOption(args, QStringLiteral("--search"), nullptr, &noValue);
    missing = missing || noValue;
    bool hasTier = false;
    const QString tierText = core::cli::takeOption(args, QStringLiteral("--tier"), &hasTier, &noValue);
    missing = missing || noValue;
    bool hasSegment = false;
    const QString segmentText = core::cli::takeOption(args, QStringLiteral("--segment"), &hasSegment, &noValue);
    missing = missing || noValue;
    const QString out = core::cli::takeOption(args, QStringLiteral("--out"), nullptr, &noValue);
    missing = missing || noValue;
    bool hasLimit = false;
    const QString limitText = core::cli::takeOption(args, QStringLiteral("--limit"), &hasLimit, &noValue);
    missing = missing || noValue;
    const bool full = args.removeAll(QStringLiteral("--full-phones")) > 0;
    auto today = takeToday(args);
    if (!today)
        return failure(today.errorMessage(), 2);
    if (missing || !args.isEmpty())
        return failure(tr("Usage: buyers list [--search TEXT] [--tier gift|discount|care|none] "
                          "[--segment category:C|tier:T|inactive:N|waiting|loyal] [--limit N] [--out F.csv|F.xlsx] "
                          "[--full-phones] [--today YYYY-MM-DD]"),
            2);
    if (hasTier) {
        filter.tier = Members::fromCode(tierText);
        if (!filter.tier)
            return failure(tr("--tier needs gift, discount, care or none, not “%1”.").arg(tierText), 2);
    }
    if (hasSegment) {
        auto segment = Segment::parse(segmentText, *today);
        if (!segment)
            return failure(segment.errorMessage(), 2);
        filter.segment = *segment;
    }
    int limit = 0;
    if (hasLimit) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit <= 0)
            return failure(tr("--limit needs a number above 0, not “%1”.").arg(limitText), 2);
    }
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    BuyersService service(**db);
    const core::MemberThresholds t = service.thresholds();
    const bool fullPhones = full || !service.maskPhones();

    // The rows are printed as they are read, a few hundred at a time, never all held: 200,000
    // buyers in flat memory. With --json the document is written by hand in the shape (and key
    // order) QJsonDocument gives it: {"buyers": [...], "count", "file", "ok", "segment"}.
    QString pending;
    bool any = false;
    auto flush = [&] { // every piece printed ends its line: a chunk is whole lines
        if (pending.isEmpty() || !in.printLine)
            return;
        if (pending.endsWith(QLatin1Char('\n')))
            pending.chop(1); // printLine ends the line
        in.printLine(pending);
        pending.clear();
    };
    auto print = [&](const QString &text) {
        pending += text;
        if (pending.size() >= 32 * 1024)
            flush();
    };
    qint64 listed = 0;
    QString held; // the last object of the JSON array: the comma after it waits for the next
    auto take = [&](const BuyerRow &r) -> core::Status {
        if (limit > 0 && listed >= limit)
            return {};
        ++listed;
        if (in.json) {
            QByteArray object = QJsonDocument(rowJson(r, t, fullPhones)).toJson(QJsonDocument::Indented);
            object.chop(1); // the final line break
            object.replace("\n", "\n        ");
            if (any)
                print(held + QStringLiteral(",\n"));
            held = QStringLiteral("        ") + QString::fromUtf8(object);
        } else if (out.isEmpty()) {
            print(tr("%1  %2  %3  %4  %5  orders: %6  returns: %7  last: %8%9")
                      .arg(r.nick, r.name, shownPhone(r.phone, fullPhones),
                          Members::name(Members::tierFor(core::Money::fromFen(r.spendFen), t)),
                          core::Money::fromFen(r.spendFen).toDisplayString())
                      .arg(r.orders)
                      .arg(r.returns)
                      .arg(r.lastDay ? r.lastOrder().toString(Qt::ISODate) : tr("never"),
                          r.loyal ? tr("  钢丝客户") : QString())
                + QLatin1Char('\n'));
        }
        any = true;
        return {};
    };
    if (in.json)
        print(QStringLiteral("{\n    \"buyers\": [\n"));
    auto rows = out.isEmpty() ? service.eachRow(filter, take) : service.exportEach(filter, out, fullPhones, take);
    QJsonObject fields { { QStringLiteral("segment"), filter.segment.describe() } };
    QStringList lines;
    if (rows) {
        fields.insert(QStringLiteral("count"), *rows);
        if (!out.isEmpty()) {
            fields.insert(QStringLiteral("file"), core::cli::shownPath(out));
            lines << tr("%1: %n buyer(s) written to %2.", nullptr, int(*rows))
                         .arg(filter.segment.describe(), core::cli::shownPath(out));
        } else if (!any) {
            lines << tr("No buyer matches.");
        }
    }
    CliOutcome done = rows ? CliOutcome::success(fields, lines.join(QLatin1Char('\n'))) : failure(rows.errorMessage());
    if (!in.json) {
        if (!rows && !any) // nothing printed yet: the failure as every command gives it
            return done;
        for (const QString &line : std::as_const(lines))
            print(line + QLatin1Char('\n'));
        flush();
        if (!rows) // part of the list was printed: the message after it, on the error stream
            return done;
        done.printed = true;
        return done;
    }
    // The rest of the document: the array closed, then the other fields in their order.
    QByteArray rest = QJsonDocument(done.json).toJson(QJsonDocument::Indented);
    rest.remove(0, rest.indexOf('\n') + 1); // "{" and its line break: the object is open already
    if (any)
        print(held + QLatin1Char('\n'));
    print(QStringLiteral("    ],\n") + QString::fromUtf8(rest));
    flush();
    done.printed = true;
    return done;
}

CliOutcome Cli::show(const CliInvocation &in)
{
    QStringList args = in.args;
    const bool full = args.removeAll(QStringLiteral("--full-phones")) > 0;
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return failure(tr("Usage: buyers show NICK [--full-phones]"), 2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    BuyersService service(**db);
    auto detail = service.detail(args.first());
    if (!detail)
        return failure(detail.errorMessage());
    if (!*detail)
        return failure(tr("There is no buyer %1 in this shop.").arg(args.first().trimmed()));
    const BuyerDetail &d = **detail;
    const core::MemberThresholds t = service.thresholds();
    const bool fullPhones = full || !service.maskPhones();
    const core::MemberTier tier = Members::tierFor(core::Money::fromFen(d.row.spendFen), t);
    QJsonObject buyer = rowJson(d.row, t, fullPhones);
    buyer.insert(QStringLiteral("entitles"), Members::entitlement(tier));
    buyer.insert(QStringLiteral("note"), d.profile.note);
    buyer.insert(QStringLiteral("height_cm"), d.profile.heightCm ? QJsonValue(*d.profile.heightCm) : QJsonValue());
    buyer.insert(QStringLiteral("weight_kg"), d.profile.weightKg ? QJsonValue(*d.profile.weightKg) : QJsonValue());
    buyer.insert(QStringLiteral("usual_size"), d.profile.usualSize);
    QJsonArray orders;
    QStringList lines;
    lines << tr("%1 (%2, %3): %4, %5 in %n paid order(s); entitled to %6.", nullptr, d.row.orders)
                 .arg(d.row.nick, d.row.name, shownPhone(d.row.phone, fullPhones), Members::name(tier),
                     core::Money::fromFen(d.row.spendFen).toDisplayString(), Members::entitlement(tier));
    if (d.profile.heightCm || d.profile.weightKg || !d.profile.usualSize.isEmpty())
        lines << tr("Size profile: %1 cm, %2 kg, usual size %3")
                     .arg(d.profile.heightCm ? QString::number(*d.profile.heightCm) : tr("?"),
                         d.profile.weightKg ? QLocale::c().toString(*d.profile.weightKg) : tr("?"),
                         d.profile.usualSize.isEmpty() ? tr("?") : d.profile.usualSize);
    if (d.profile.loyal)
        lines << tr("Loyal buyer (钢丝客户): gets new items first.");
    if (!d.profile.note.isEmpty())
        lines << tr("Note: %1").arg(d.profile.note);
    for (const BuyerOrder &o : d.orders) {
        orders.append(QJsonObject { { QStringLiteral("order_no"), o.orderNo }, { QStringLiteral("status"), o.status },
            { QStringLiteral("paid_at"), o.paidAt.isValid() ? o.paidAt.toString(Qt::ISODate) : QString() },
            { QStringLiteral("total"), o.total.toPlainString() }, { QStringLiteral("goods"), o.goods },
            { QStringLiteral("returned"), o.returned } });
        lines << tr("  %1  %2  %3  %4  %5%6")
                     .arg(o.orderNo, BuyersService::statusName(o.status),
                         o.paidAt.isValid() ? o.paidAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("not paid"),
                         o.total.toDisplayString(), o.goods, o.returned ? tr("  (returned)") : QString());
    }
    buyer.insert(QStringLiteral("orders"), orders);
    return CliOutcome::success({ { QStringLiteral("buyer"), buyer } }, lines.join(QLatin1Char('\n')));
}

CliOutcome Cli::profile(const CliInvocation &in)
{
    QStringList args = in.args;
    QString height, weight, size, note, loyal;
    bool hasHeight = false, hasWeight = false, hasSize = false, hasNote = false, hasLoyal = false, noValue = false,
         missing = false;
    height = core::cli::takeOption(args, QStringLiteral("--height"), &hasHeight, &noValue);
    missing = missing || noValue;
    weight = core::cli::takeOption(args, QStringLiteral("--weight"), &hasWeight, &noValue);
    missing = missing || noValue;
    size = core::cli::takeOption(args, QStringLiteral("--size"), &hasSize, &noValue);
    missing = missing || noValue;
    note = core::cli::takeOption(args, QStringLiteral("--note"), &hasNote, &noValue);
    missing = missing || noValue;
    loyal = core::cli::takeOption(args, QStringLiteral("--loyal"), &hasLoyal, &noValue);
    missing = missing || noValue;
    if (missing || args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return failure(tr("Usage: buyers profile NICK [--height CM] [--weight KG] [--size S] [--note N] "
                          "[--loyal yes|no]"),
            2);
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    BuyersService service(**db);
    auto detail = service.detail(args.first());
    if (!detail)
        return failure(detail.errorMessage());
    if (!*detail)
        return failure(tr("There is no buyer %1 in this shop.").arg(args.first().trimmed()));
    BuyerProfile p = (*detail)->profile;
    bool ok = true;
    if (hasHeight) {
        p.heightCm = height.isEmpty() ? std::optional<int>() : std::optional<int>(height.toInt(&ok));
        if (!ok)
            return failure(tr("--height needs centimetres, not “%1”.").arg(height), 2);
    }
    if (hasWeight) {
        p.weightKg = weight.isEmpty() ? std::optional<double>() : std::optional<double>(weight.toDouble(&ok));
        if (!ok)
            return failure(tr("--weight needs kilograms, not “%1”.").arg(weight), 2);
    }
    if (hasSize)
        p.usualSize = size;
    if (hasNote)
        p.note = note;
    if (hasLoyal) {
        if (loyal != QLatin1String("yes") && loyal != QLatin1String("no"))
            return failure(tr("--loyal needs yes or no, not “%1”.").arg(loyal), 2);
        p.loyal = loyal == QLatin1String("yes");
    }
    // The fields not given are the ones just read: the edit names the version they were read at.
    if (auto saved = service.saveProfile(args.first(), p, (*detail)->version); !saved)
        return failure(saved.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("nick"), (*detail)->row.nick } }, tr("Profile of %1 saved.").arg((*detail)->row.nick));
}

CliOutcome Cli::members(const CliInvocation &in)
{
    QStringList args = in.args;
    const bool set = !args.isEmpty() && args.first() == QLatin1String("set");
    if (set)
        args.removeFirst();
    auto db = in.openShop();
    if (!db)
        return failure(db.errorMessage());
    BuyersService service(**db);
    core::MemberThresholds t = service.thresholds();
    if (set) {
        bool any = false;
        for (auto [option, field] :
            { std::pair { QStringLiteral("--care"), &t.care }, std::pair { QStringLiteral("--discount"), &t.discount },
                std::pair { QStringLiteral("--gift"), &t.gift } }) {
            bool has = false, noValue = false;
            const QString text = core::cli::takeOption(args, option, &has, &noValue);
            if (noValue)
                return failure(tr("%1 needs an amount in yuan.").arg(option), 2);
            if (!has)
                continue;
            auto m = core::Money::parse(text);
            if (!m)
                return failure(tr("%1 needs an amount in yuan, not “%2”.").arg(option, text), 2);
            *field = *m;
            any = true;
        }
        if (!any || !args.isEmpty())
            return failure(tr("Usage: members set [--care YUAN] [--discount YUAN] [--gift YUAN]"), 2);
        if (core::Status s = service.setThresholds(t); !s)
            return failure(s.errorMessage());
    } else if (!args.isEmpty()) {
        return failure(tr("Usage: members | members set [--care YUAN] [--discount YUAN] [--gift YUAN]"), 2);
    }
    auto counts = service.tierTotals({});
    if (!counts)
        return failure(counts.errorMessage());
    QJsonArray tiers;
    QStringList lines;
    for (const TierCount &c : std::as_const(*counts)) {
        tiers.append(QJsonObject { { QStringLiteral("tier"), Members::code(c.tier) },
            { QStringLiteral("name"), Members::name(c.tier) },
            { QStringLiteral("from"), t.lowest(c.tier).toPlainString() },
            { QStringLiteral("entitles"), Members::entitlement(c.tier) }, { QStringLiteral("buyers"), c.buyers },
            { QStringLiteral("spend"), core::Money::fromFen(c.spendFen).toPlainString() } });
        lines << tr("%1 (from %2): %3 buyer(s), %4 spent; %5")
                     .arg(Members::name(c.tier), t.lowest(c.tier).toDisplayString())
                     .arg(c.buyers)
                     .arg(core::Money::fromFen(c.spendFen).toDisplayString(), Members::entitlement(c.tier));
    }
    return CliOutcome::success({ { QStringLiteral("tiers"), tiers } }, lines.join(QLatin1Char('\n')));
}

} // namespace

QList<core::CliCommand> cliCommands()
{
    return {
        { QStringLiteral("buyers"),
            QStringLiteral("buyers list [--search TEXT] [--tier T] [--segment S] [--limit N] [--out F.csv|F.xlsx] "
                           "[--full-phones] | show NICK | profile NICK [--height CM] [--weight KG] [--size S] "
                           "[--note N] [--loyal yes|no]"),
            [] {
                return Cli::tr("The buyers (买家): every buyer with spend, orders, returns and member tier (会员), "
                               "highest spend first; a segment for mass messages written as CSV or xlsx; one "
                               "buyer's orders and size profile; the profile agents record.");
            },
            [](const CliInvocation &in) {
                return core::runVerb(in, QStringLiteral("buyers"),
                    { { QStringLiteral("list"), &Cli::list }, { QStringLiteral("show"), &Cli::show },
                        { QStringLiteral("profile"), &Cli::profile } });
            } },
        { QStringLiteral("members"),
            QStringLiteral("members | members set [--care YUAN] [--discount YUAN] [--gift YUAN]"),
            [] {
                return Cli::tr("The member tiers (会员等级): their thresholds, what each entitles and how many buyers "
                               "each has; set the store's own thresholds.");
            },
            &Cli::members },
    };
}

} // namespace shopdesk::buyers
