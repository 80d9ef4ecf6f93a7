// shopdesk-cli stock-report --from 2026-11-01 --to 2026-11-30 [--by sku|item|category] [--out F.xlsx|F.pdf]

#include "StockReportCli.h"

#include "shopdesk/inventory/StockService.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Records.h>

#include <QJsonArray>
#include <QLocale>

namespace shopdesk::inventory {

using core::CliInvocation;
using core::CliOutcome;

namespace {
double yuan(core::Money m) { return double(m.fen()) / 100.0; }

QJsonObject rowJson(const StockReportRow &r, StockReportGrouping by)
{
    QJsonObject in, out;
    for (int i = 0; i < int(StockIn::Count); ++i)
        in.insert(StockReport::inCode(StockIn(i)), r.in[i]);
    for (int i = 0; i < int(StockOut::Count); ++i)
        out.insert(StockReport::outCode(StockOut(i)), r.out[i]);
    QJsonObject o { { QStringLiteral("key"), r.key }, { QStringLiteral("opening"), r.opening },
        { QStringLiteral("in"), r.inTotal() }, { QStringLiteral("out"), r.outTotal() },
        { QStringLiteral("closing"), r.closing }, { QStringLiteral("in_by_kind"), in },
        { QStringLiteral("out_by_kind"), out }, { QStringLiteral("opening_value"), yuan(r.openingValue) },
        { QStringLiteral("in_value"), yuan(r.inValue) }, { QStringLiteral("out_value"), yuan(r.outValue) },
        { QStringLiteral("cost_change"), yuan(r.costChange()) },
        { QStringLiteral("closing_value"), yuan(r.closingValue) } };
    if (by != StockReportGrouping::Category) {
        o.insert(QStringLiteral("item_code"), r.itemCode);
        o.insert(QStringLiteral("title"), r.title);
    }
    if (by == StockReportGrouping::Sku) {
        o.insert(QStringLiteral("color"), r.color);
        o.insert(QStringLiteral("size"), r.size);
        o.insert(QStringLiteral("barcode"), r.barcode);
    }
    if (by != StockReportGrouping::Sku || !r.category.isEmpty())
        o.insert(QStringLiteral("category"), r.category);
    return o;
}
} // namespace

core::CliCommand StockReportCli::command()
{
    return { QStringLiteral("stock-report"),
        QStringLiteral("stock-report --from YYYY-MM-DD --to YYYY-MM-DD [--by sku|item|category] [--out F.xlsx|F.pdf]"),
        [] {
            return tr("The period stock report (进销存报表): opening, in and out by kind, closing, per SKU, item or "
                      "category, in pieces and at cost.");
        },
        &StockReportCli::run, true, true, &core::CliCommand::paintingWhenPdf };
}

CliOutcome StockReportCli::run(const CliInvocation &in)
{
    QStringList args = in.args;
    bool fromGiven = false, toGiven = false, byGiven = false, outGiven = false, empty1 = false, empty2 = false,
         empty3 = false, empty4 = false;
    const QString fromText = core::cli::takeOption(args, QStringLiteral("--from"), &fromGiven, &empty1);
    const QString toText = core::cli::takeOption(args, QStringLiteral("--to"), &toGiven, &empty2);
    const QString byText = core::cli::takeOption(args, QStringLiteral("--by"), &byGiven, &empty3);
    const QString outPath = core::cli::takeOption(args, QStringLiteral("--out"), &outGiven, &empty4);
    const QDate from = QDate::fromString(fromText.trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(toText.trimmed(), Qt::ISODate);
    StockReportGrouping by = StockReportGrouping::Sku;
    if (!args.isEmpty() || !fromGiven || !toGiven || empty1 || empty2 || empty3 || empty4 || !from.isValid()
        || !to.isValid() || (byGiven && !StockReport::parseGrouping(byText, &by)))
        return CliOutcome::failure(tr("stock-report needs --from and --to dates like 2026-11-01, and takes --by sku, "
                                      "item or category and --out FILE.xlsx or FILE.pdf."),
            2);
    if (to < from)
        return CliOutcome::failure(tr("stock-report: --from %1 comes after --to %2.").arg(fromText, toText), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto report = StockService(**db).report(from, to, by);
    if (!report)
        return CliOutcome::failure(report.errorMessage());
    if (outGiven)
        if (core::Status s = report->write(outPath); !s)
            return CliOutcome::failure(s.errorMessage());
    static const char *names[] = { "sku", "item", "category" };
    QJsonArray rows;
    for (const StockReportRow &r : std::as_const(report->rows))
        rows << rowJson(r, by);
    QJsonObject j { { QStringLiteral("from"), core::toDbDate(from) }, { QStringLiteral("to"), core::toDbDate(to) },
        { QStringLiteral("by"), QString::fromLatin1(names[int(by)]) }, { QStringLiteral("rows"), rows },
        { QStringLiteral("total"), rowJson(report->total, StockReportGrouping::Category) } };
    if (outGiven)
        j.insert(QStringLiteral("file"), core::cli::shownPath(outPath));
    const QLocale l;
    const StockReportRow &t = report->total;
    QString text = tr("%1 to %2, %3 rows: opening %4, in %5, out %6, closing %7 pieces; at cost %8 → %9.")
                       .arg(core::toDbDate(from), core::toDbDate(to), l.toString(report->rows.size()),
                           l.toString(t.opening), l.toString(t.inTotal()), l.toString(t.outTotal()),
                           l.toString(t.closing), t.openingValue.toDisplayString(), t.closingValue.toDisplayString());
    if (outGiven)
        text += QLatin1Char('\n') + tr("Written to %1.").arg(core::cli::shownPath(outPath));
    return CliOutcome::success(j, text);
}

} // namespace shopdesk::inventory
