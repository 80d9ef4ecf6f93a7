#include "ServiceCli.h"

#include "shopdesk/service/BuyerLists.h"
#include "shopdesk/service/Facts.h"
#include "shopdesk/service/HouseStyle.h"
#include "shopdesk/service/ReplyLibrary.h"
#include "shopdesk/service/ServiceCommands.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/OrderRepository.h>

#include <QFile>
#include <QJsonArray>

namespace shopdesk::service {

using core::CliInvocation;
using core::CliOutcome;

namespace {
QJsonObject replyJson(const Reply &r)
{
    return { { QStringLiteral("code"), r.code }, { QStringLiteral("group"), r.group },
        { QStringLiteral("group_name"), ReplyRepository::groupName(r.group) }, { QStringLiteral("title"), r.title },
        { QStringLiteral("text"), r.body } };
}

CliOutcome list(const core::Database &db, QStringList args)
{
    const QString group = ReplyRepository::groupCode(core::cli::takeOption(args, QStringLiteral("--group")));
    auto all = ReplyRepository(db).all();
    if (!all)
        return CliOutcome::failure(all.errorMessage());
    QJsonArray arr;
    QStringList lines;
    for (const Reply &r : *all) {
        if (!group.isEmpty() && r.group != group)
            continue;
        arr.append(replyJson(r));
        lines.append(
            ServiceCli::tr("%1\t[%2] %3: %4").arg(r.code, ReplyRepository::groupName(r.group), r.title, r.body));
    }
    return CliOutcome::success({ { QStringLiteral("replies"), arr } }, lines.join(QLatin1Char('\n')));
}

CliOutcome render(const core::Database &db, QStringList args)
{
    const QString order = core::cli::takeOption(args, QStringLiteral("--order"));
    const QString buyer = core::cli::takeOption(args, QStringLiteral("--buyer"));
    if (args.isEmpty())
        return CliOutcome::failure(
            ServiceCli::tr("replies render needs the reply's code, e.g. replies render wl --order 123."), 2);
    FactsRepository factsRepo(db);
    Facts facts = factsRepo.shopFacts();
    if (!order.isEmpty()) {
        auto f = factsRepo.forOrder(order);
        if (!f)
            return CliOutcome::failure(f.errorMessage());
        facts = *f;
    } else if (!buyer.isEmpty()) {
        auto f = factsRepo.forBuyer(buyer);
        if (!f)
            return CliOutcome::failure(f.errorMessage());
        facts = *f;
    }
    QStringList texts;
    for (const QString &code : std::as_const(args)) { // several codes stack into one message
        auto r = ReplyRepository(db).byCode(code);
        if (!r)
            return CliOutcome::failure(r.errorMessage());
        if (!*r)
            return CliOutcome::failure(ServiceCli::tr("The library has no reply with the code %1.").arg(code));
        texts.append((*r)->body);
    }
    const FillResult result = ReplyFiller::stack(texts, facts);
    if (!result.complete()) {
        CliOutcome o = CliOutcome::failure(ReplyFiller::refusal(result));
        QJsonArray missing;
        for (const QString &k : result.missing)
            missing.append(QJsonObject { { QStringLiteral("placeholder"), ReplyFiller::braced(k) },
                { QStringLiteral("key"), k }, { QStringLiteral("fact"), ReplyFiller::label(k) } });
        o.json.insert(QStringLiteral("missing"), missing);
        o.json.insert(QStringLiteral("unknown"), QJsonArray::fromStringList(result.unknown));
        return o;
    }
    return CliOutcome::success(
        { { QStringLiteral("codes"), QJsonArray::fromStringList(args) }, { QStringLiteral("text"), result.text } },
        result.text);
}

CliOutcome lint(const core::Database &db, QStringList args)
{
    HouseStyle style = HouseStyle::forShop(db);
    const QString patterns = core::cli::takeOption(args, QStringLiteral("--patterns"));
    if (!patterns.isEmpty()) {
        auto bytes = core::readImportFile(patterns);
        if (!bytes)
            return CliOutcome::failure(bytes.errorMessage());
        const QStringList bad = style.addPatterns(QString::fromUtf8(*bytes));
        if (!bad.isEmpty())
            return CliOutcome::failure(
                ServiceCli::tr("%1: %2").arg(core::cli::shownPath(patterns), bad.join(QStringLiteral("; "))), 2);
    }
    auto all = ReplyRepository(db).all();
    if (!all)
        return CliOutcome::failure(all.errorMessage());
    QJsonArray arr;
    QStringList lines;
    for (const Reply &r : *all) {
        const auto violations = style.check(r.body);
        if (violations.isEmpty())
            continue;
        QJsonArray vs;
        for (const StyleViolation &v : violations) {
            vs.append(QJsonObject { { QStringLiteral("rule"), v.rule }, { QStringLiteral("reason"), v.reason },
                { QStringLiteral("excerpt"), v.excerpt } });
            lines.append(ServiceCli::tr("%1 (%2): %3").arg(r.code, r.title, v.reason));
        }
        QJsonObject o = replyJson(r);
        o.insert(QStringLiteral("violations"), vs);
        arr.append(o);
    }
    CliOutcome o;
    o.exitCode = arr.isEmpty() ? 0 : 1;
    o.json = { { QStringLiteral("ok"), arr.isEmpty() }, { QStringLiteral("checked"), int(all->size()) },
        { QStringLiteral("replies"), arr } };
    o.text = arr.isEmpty() ? ServiceCli::tr("All %n replies keep the house style.", nullptr, int(all->size()))
                           : lines.join(QLatin1Char('\n'));
    return o;
}

CliOutcome patterns(const core::Database &db, const QStringList &args)
{
    if (args.size() > 1)
        return CliOutcome::failure(
            ServiceCli::tr("replies patterns takes at most one file: replies patterns [FILE]."), 2);
    if (args.size() == 1) {
        auto bytes = core::readImportFile(args.first());
        if (!bytes)
            return CliOutcome::failure(bytes.errorMessage());
        const QString text = QString::fromUtf8(*bytes);
        HouseStyle check;
        if (const QStringList bad = check.addPatterns(text); !bad.isEmpty())
            return CliOutcome::failure(
                ServiceCli::tr("%1: %2").arg(core::cli::shownPath(args.first()), bad.join(QStringLiteral("; "))));
        if (core::Status s = core::ShopSettings(db).setValue(HouseStyle::kExtraPatternsSetting, text); !s)
            return CliOutcome::failure(s.errorMessage());
    }
    const QStringList builtIn = HouseStyle().patterns();
    const QStringList all = HouseStyle::forShop(db).patterns();
    const QStringList shop = all.mid(builtIn.size());
    return CliOutcome::success({ { QStringLiteral("built_in"), QJsonArray::fromStringList(builtIn) },
                                   { QStringLiteral("shop"), QJsonArray::fromStringList(shop) } },
        ServiceCli::tr("Delivery-promise patterns, built in:\n%1\nThis shop's own:\n%2")
            .arg(builtIn.join(QLatin1Char('\n')), shop.join(QLatin1Char('\n'))));
}

CliOutcome importFile(const core::Database &db, const QStringList &args)
{
    if (args.size() != 1)
        return CliOutcome::failure(
            ServiceCli::tr("replies import needs exactly one file: replies import FILE.csv."), 2);
    auto r = ReplyTransfer::importCsv(db, args.first());
    if (!r)
        return CliOutcome::failure(r.errorMessage());
    return CliOutcome::success({ { QStringLiteral("file"), core::cli::shownPath(args.first()) },
                                   { QStringLiteral("added"), r->added }, { QStringLiteral("updated"), r->updated } },
        ServiceCli::tr("%1: %2 replies added, %3 updated.")
            .arg(core::cli::shownPath(args.first()))
            .arg(r->added)
            .arg(r->updated));
}

CliOutcome exportFile(const core::Database &db, const QStringList &args)
{
    if (args.size() != 1)
        return CliOutcome::failure(
            ServiceCli::tr("replies export needs exactly one file: replies export FILE.csv or FILE.xlsx."), 2);
    auto n = ReplyTransfer::exportFile(db, args.first());
    if (!n)
        return CliOutcome::failure(n.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("file"), core::cli::shownPath(args.first()) }, { QStringLiteral("replies"), *n } },
        ServiceCli::tr("%n replies written to %1.", nullptr, *n).arg(core::cli::shownPath(args.first())));
}
} // namespace

CliOutcome ServiceCli::replies(const CliInvocation &in)
{
    if (in.args.isEmpty())
        return CliOutcome::failure(tr("replies needs one of: list, render, lint, patterns, import, export."), 2);
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const QString sub = in.args.first();
    const QStringList rest = in.args.mid(1);
    if (sub == QLatin1String("list"))
        return list(**db, rest);
    if (sub == QLatin1String("render"))
        return render(**db, rest);
    if (sub == QLatin1String("lint"))
        return lint(**db, rest);
    if (sub == QLatin1String("patterns"))
        return patterns(**db, rest);
    if (sub == QLatin1String("import"))
        return importFile(**db, rest);
    if (sub == QLatin1String("export"))
        return exportFile(**db, rest);
    return CliOutcome::failure(
        tr("replies does not know “%1”; use list, render, lint, patterns, import or export.").arg(sub), 2);
}

CliOutcome ServiceCli::waitlist(const CliInvocation &in)
{
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    if (in.args.value(0) == QLatin1String("add")) {
        if (in.args.size() != 3)
            return CliOutcome::failure(
                tr("waitlist add needs the buyer and the SKU's barcode: waitlist add BUYER BARCODE."), 2);
        auto id = BuyerListsRepository(**db).addWaiting(
            in.args.at(1), in.args.at(2), QDateTime::currentDateTime(), in.actor);
        if (!id)
            return CliOutcome::failure(id.errorMessage());
        return CliOutcome::success({ { QStringLiteral("id"), *id } },
            tr("%1 is waiting for %2; they will be listed when it is booked in.").arg(in.args.at(1), in.args.at(2)));
    }
    if (!in.args.isEmpty())
        return CliOutcome::failure(tr("waitlist takes no argument, or: waitlist add BUYER BARCODE."), 2);
    auto notices = BuyerLists::restockNotices(**db);
    if (!notices)
        return CliOutcome::failure(notices.errorMessage());
    QJsonArray arr;
    QStringList lines;
    for (const RestockNotice &n : *notices) {
        QJsonObject o { { QStringLiteral("buyer"), n.entry.buyerNick },
            { QStringLiteral("item_code"), n.entry.itemCode }, { QStringLiteral("item"), n.entry.itemTitle },
            { QStringLiteral("color"), n.entry.color }, { QStringLiteral("size"), n.entry.size },
            { QStringLiteral("barcode"), n.entry.barcode },
            { QStringLiteral("registered_at"), core::toDbTime(n.entry.registeredAt) },
            { QStringLiteral("arrived_at"), core::toDbTime(n.entry.arrivedAt) } };
        if (n.message.complete())
            o.insert(QStringLiteral("message"), n.message.text);
        else
            o.insert(QStringLiteral("problem"), ReplyFiller::refusal(n.message));
        arr.append(o);
        lines.append(tr("%1 — %2 %3/%4 (arrived %5): %6")
                         .arg(n.entry.buyerNick, n.entry.itemTitle, n.entry.color, n.entry.size,
                             n.entry.arrivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             n.message.complete() ? n.message.text : ReplyFiller::refusal(n.message)));
    }
    return CliOutcome::success({ { QStringLiteral("to_contact"), arr } },
        arr.isEmpty() ? tr("Nobody to call: no waited-for SKU has been booked in.") : lines.join(QLatin1Char('\n')));
}

QList<core::CliCommand> cliCommands()
{
    return {
        { QStringLiteral("replies"),
            QStringLiteral(
                "replies list [--group G] | render CODE… [--order ORDERNO | --buyer NICK] | lint [--patterns FILE] | "
                "patterns [FILE] | import FILE.csv | export FILE.csv|FILE.xlsx"),
            [] {
                return ServiceCli::tr(
                    "The reply library: list, fill a reply from an order, check the house style, import, export.");
            },
            &ServiceCli::replies },
        { QStringLiteral("waitlist"), QStringLiteral("waitlist [add BUYER BARCODE]"),
            [] {
                return ServiceCli::tr(
                    "Buyers to call now: their out-of-stock SKU was booked in (with the filled 到货通知).");
            },
            &ServiceCli::waitlist },
        revisitCommand(),
    };
}

} // namespace shopdesk::service
