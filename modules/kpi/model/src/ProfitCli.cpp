// shopdesk-cli profit --month 2026-11 [--by item|category|day|month] [--out F.xlsx] [--json]

#include "ProfitCli.h"

#include "shopdesk/kpi/KpiReport.h"
#include "shopdesk/kpi/ProfitService.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Vocabulary.h>

#include <QJsonArray>
#include <QLocale>

namespace shopdesk::kpi {

using core::CliInvocation;
using core::CliOutcome;

namespace {
double yuan(core::Money m) { return double(m.fen()) / 100.0; }

QJsonObject rowJson(const ProfitRow &r)
{
    return { { QStringLiteral("key"), r.key }, { QStringLiteral("title"), r.title },
        { QStringLiteral("lines"), r.lines }, { QStringLiteral("units"), r.units },
        { QStringLiteral("sales"), yuan(r.sales) }, { QStringLiteral("refunds"), yuan(r.refunds) },
        { QStringLiteral("net_sales"), yuan(r.netSales()) }, { QStringLiteral("cost"), yuan(r.cost) },
        { QStringLiteral("gross_profit"), yuan(r.grossProfit()) }, { QStringLiteral("freight"), yuan(r.freight) },
        { QStringLiteral("platform_fee"), yuan(r.fee) }, { QStringLiteral("profit"), yuan(r.profit()) },
        { QStringLiteral("profit_rate"), r.profitRate() }, { QStringLiteral("uncosted_units"), r.uncostedUnits } };
}

QString percent(double v) { return QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%'); }
} // namespace

core::CliCommand ProfitCli::command()
{
    return { QStringLiteral("profit"),
        QStringLiteral("profit --month YYYY-MM [--by item|category|day|month] [--out F.xlsx]"),
        [] {
            return tr("Profit of a month's orders (price paid − cost at the time of sale − freight − platform fee − "
                      "refunds) by item, category or day, beside the month before, with the stock value at cost.");
        },
        &ProfitCli::run };
}

CliOutcome ProfitCli::run(const CliInvocation &in)
{
    QStringList args = in.args;
    bool monthGiven = false, monthEmpty = false, byGiven = false, byEmpty = false;
    const QString month = core::cli::takeOption(args, QStringLiteral("--month"), &monthGiven, &monthEmpty);
    const QString byText = core::cli::takeOption(args, QStringLiteral("--by"), &byGiven, &byEmpty);
    bool outGiven = false, outEmpty = false;
    const QString out = core::cli::takeOption(args, QStringLiteral("--out"), &outGiven, &outEmpty);
    QDate from, to;
    ProfitGrouping by = ProfitGrouping::Item;
    if (!args.isEmpty() || !monthGiven || monthEmpty || !parseMonth(month, &from, &to) || byEmpty
        || (byGiven && !ProfitService::parseGrouping(byText, &by)) || outEmpty
        || (outGiven && !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)))
        return CliOutcome::failure(
            tr("profit needs --month 2026-11, and --by item, category, day or month; --out names an .xlsx file."), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto r = ProfitService(**db).monthReport(from.year(), from.month(), by);
    if (!r)
        return CliOutcome::failure(r.errorMessage());
    static const char *names[] = { "month", "item", "category", "day" };
    QJsonArray rows;
    for (const ProfitRow &row : std::as_const(r->rows))
        rows << rowJson(row);
    QJsonArray stock;
    for (const CategoryValue &v : std::as_const(r->stockValue))
        stock << QJsonObject { { QStringLiteral("category"), v.category },
            { QStringLiteral("opening_units"), v.openingUnits }, { QStringLiteral("opening"), yuan(v.opening) },
            { QStringLiteral("closing_units"), v.closingUnits }, { QStringLiteral("closing"), yuan(v.closing) },
            { QStringLiteral("change"), yuan(v.change()) } };
    QJsonObject j { { QStringLiteral("month"), r->label },
        { QStringLiteral("by"), QString::fromLatin1(names[int(by)]) },
        { QStringLiteral("platform_fee_rate"), r->feeRate }, { QStringLiteral("rows"), rows },
        { QStringLiteral("total"), rowJson(r->total) }, { QStringLiteral("previous"), rowJson(r->previous) },
        { QStringLiteral("stock_value"), stock }, { QStringLiteral("stock_opening"), yuan(r->stockOpening()) },
        { QStringLiteral("stock_closing"), yuan(r->stockClosing()) } };
    if (r->measuredMargin)
        j.insert(QStringLiteral("measured_margin"), *r->measuredMargin);
    if (outGiven) {
        if (core::Status s = r->writeXlsx(out); !s)
            return CliOutcome::failure(s.errorMessage());
        j.insert(QStringLiteral("file"), core::cli::shownPath(out));
    }

    QStringList text;
    text << tr("%1: sales %2, refunds %3, cost %4, gross profit %5, freight %6, platform fee %7, profit %8 (profit "
               "rate %9; %10: %11).")
                .arg(r->label, core::format::moneyKpi(r->total.sales), core::format::moneyKpi(r->total.refunds),
                    core::format::moneyKpi(r->total.cost), core::format::moneyKpi(r->total.grossProfit()),
                    core::format::moneyKpi(r->total.freight), core::format::moneyKpi(r->total.fee),
                    core::format::moneyKpi(r->total.profit()), percent(r->total.profitRate()))
                .arg(r->previousLabel, percent(r->previous.profitRate()));
    if (r->total.uncostedUnits > 0)
        text << tr("%1 units sold have no cost (no SKU, or a cost of 0): their profit counts their full price.")
                    .arg(core::format::number(r->total.uncostedUnits));
    for (const ProfitRow &row : std::as_const(r->rows)) {
        const QString key = row.key.isEmpty() ? tr("(no SKU)")
            : by == ProfitGrouping::Category  ? core::Vocabulary::category(row.key)
                                              : row.key;
        text << tr("%1: sales %2, profit %3 (%4)")
                    .arg(row.title.isEmpty() ? key : QStringLiteral("%1 %2").arg(key, row.title),
                        core::format::money(row.netSales()), core::format::money(row.profit()),
                        percent(row.profitRate()));
    }
    text << tr("Stock at cost: %1 at the start of the month, %2 at its end (%3).")
                .arg(core::format::moneyKpi(r->stockOpening()), core::format::moneyKpi(r->stockClosing()),
                    core::format::moneyKpi(r->stockClosing() - r->stockOpening()));
    if (outGiven)
        text << tr("The profit table is written to %1.").arg(core::cli::shownPath(out));
    return CliOutcome::success(j, text.join(QLatin1Char('\n')));
}

} // namespace shopdesk::kpi
