#include "shopdesk/kpi/KpiReport.h"

#include "shopdesk/kpi/ProfitService.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/PrintFont.h>
#include <shopdesk/core/Records.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace shopdesk::kpi {

using core::Money;

double shopMargin(const core::Database &db)
{
    const double m = core::ShopSettings(db).get(kMarginSetting);
    return m > 0 && m < 1 ? m : kDefaultMargin;
}

bool parseMonth(const QString &text, QDate *first, QDate *last)
{
    const QDate d = QDate::fromString(text.trimmed() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return false;
    *first = d;
    *last = d.addMonths(1).addDays(-1);
    return true;
}

core::Result<PeriodReport> buildReport(
    const core::Database &db, QDate from, QDate to, const QString &label, ItemRanking ranking)
{
    KpiRepository repo(db);
    PeriodReport r;
    r.from = from;
    r.to = to;
    r.label = label.isEmpty() ? QStringLiteral("%1 – %2").arg(core::toDbDate(from), core::toDbDate(to)) : label;
    auto days = repo.range(from, to);
    if (!days)
        return days.error();
    r.days = *days;
    auto totals = repo.totals(from, to);
    if (!totals)
        return totals.error();
    r.totals = *totals;
    auto orders = repo.ordersByDay(from, to);
    if (!orders)
        return orders.error();
    r.orderDays = *orders;
    qint64 fen = 0;
    QHash<QDate, const OrderDay *> byDay;
    for (const OrderDay &o : std::as_const(r.orderDays)) {
        fen += o.sales.fen();
        r.orderTotals.units += o.units;
        r.orderTotals.buyers += o.buyers;
        r.orderTotals.orders += o.orders;
        byDay.insert(o.day, &o);
    }
    r.orderTotals.sales = Money::fromFen(fen);
    if (!r.orderDays.isEmpty()) {
        for (const DailyKpi &d : std::as_const(r.days)) {
            const OrderDay *o = byDay.value(d.day);
            OrderCheck c;
            c.day = d.day;
            c.reportedSales = d.sales;
            c.reportedUnits = d.units;
            c.reportedBuyers = d.paidBuyers;
            if (o) {
                c.orderSales = o->sales;
                c.orderUnits = o->units;
                c.orderBuyers = o->buyers;
            }
            r.checks << c;
        }
    }
    auto campaigns = repo.campaignTotals(from, to);
    if (!campaigns)
        return campaigns.error();
    r.campaigns = *campaigns;
    for (const CampaignTotals &c : std::as_const(r.campaigns)) {
        r.adSpend += c.spend;
        r.adSales += c.sales;
    }
    if (ranking == ItemRanking::Included) {
        auto items = core::OrderRepository(db).itemSales(from, to);
        if (!items)
            return items.error();
        r.items = pareto(*items);
    }
    r.health = healthChecks(r.days);
    r.paid = paidShare(r.totals.paidUv, r.totals.uv, r.totals.days);
    // The margin measured from the orders' costs; the setting only for a span without any.
    auto measured = ProfitService(db).measuredMargin(from, to);
    if (!measured)
        return measured.error();
    r.marginMeasured = measured->has_value() && **measured > 0.0;
    r.margin = r.marginMeasured ? **measured : shopMargin(db);
    r.trafficValue = trafficValue(r.totals.conversion(), r.totals.aov(), r.margin);
    return r;
}

// ---------------------------------------------------------------------------------------------

QStringList PeriodReport::sheetHeader() const
{
    return { tr("Date"), tr("Page views (PV)"), tr("Visitors (UV)"), tr("Sales"), tr("Units sold"), tr("Paid buyers"),
        tr("Conversion rate"), tr("Average order value"), tr("Visit depth"), tr("Paid traffic share"), tr("DSR"),
        tr("Bounce rate"), tr("Refund-dispute rate"), tr("Good-rating rate") };
}

namespace {
QVariant opt(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }
double yuan(Money m) { return double(m.fen()) / 100.0; }
} // namespace

QList<QVariantList> PeriodReport::sheetRows() const
{
    QList<QVariantList> rows;
    for (const DailyKpi &d : days)
        rows.append({ core::toDbDate(d.day), d.pv, d.uv, yuan(d.sales), d.units, d.paidBuyers, d.conversion(),
            yuan(d.averageOrderValue()), d.visitDepth(), d.uv > 0 ? double(d.paidUv) / double(d.uv) : 0.0, opt(d.dsr),
            opt(d.bounceRate), opt(d.refundDisputeRate), opt(d.goodRatingRate) });
    const PeriodTotals &t = totals;
    rows.append(
        { tr("Total"), t.pv, t.uv, yuan(t.sales), t.units, t.paidBuyers, t.conversion(), yuan(t.aov()), t.visitDepth(),
            t.paidShare(), opt(t.dsr), opt(t.bounceRate), opt(t.refundDisputeRate), opt(t.goodRatingRate) });
    const double n = t.days > 0 ? double(t.days) : 1.0;
    rows.append({ tr("Daily average"), std::round(double(t.pv) / n), std::round(double(t.uv) / n),
        yuan(t.salesPerDay()), std::round(double(t.units) / n), std::round(double(t.paidBuyers) / n), t.conversion(),
        yuan(t.aov()), t.visitDepth(), t.paidShare(), opt(t.dsr), opt(t.bounceRate), opt(t.refundDisputeRate),
        opt(t.goodRatingRate) });
    return rows;
}

QList<QStringList> PeriodReport::sheetText() const
{
    // Columns: 0 date, 1–2 counts, 3 money, 4–5 counts, 6 percent, 7 money, 8 decimal, 9 percent,
    // 10 DSR (2 decimals), 11–13 percent.
    QList<QStringList> out;
    const QLocale c = QLocale::c();
    for (const QVariantList &row : sheetRows()) {
        QStringList text;
        for (int i = 0; i < row.size(); ++i) {
            const QVariant &v = row.at(i);
            if (v.isNull()) {
                text << QString();
            } else if (i == 0) {
                text << v.toString();
            } else if (i == 3 || i == 7) {
                text << c.toString(v.toDouble(), 'f', 2);
            } else if (i == 6 || i == 9 || i >= 11) {
                text << c.toString(v.toDouble() * 100.0, 'f', 2) + QLatin1Char('%');
            } else if (i == 8 || i == 10) {
                text << c.toString(v.toDouble(), 'f', 2);
            } else {
                text << c.toString(qint64(std::llround(v.toDouble())));
            }
        }
        out << text;
    }
    return out;
}

core::Status exportSheet(const PeriodReport &report, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        using K = core::XlsxColumn;
        return core::writeXlsx(path,
            QCoreApplication::translate("shopdesk::kpi::PeriodReport", "Appraisal %1").arg(report.label),
            report.sheetHeader(), report.sheetRows(),
            { K::Date, K::Int, K::Int, K::Money, K::Int, K::Int, K::Percent, K::Money, K::Auto, K::Percent, K::Auto,
                K::Percent, K::Percent, K::Percent });
    }
    if (suffix == QLatin1String("csv"))
        return core::writeCsv(path, report.sheetHeader(), report.sheetText());
    if (suffix == QLatin1String("pdf"))
        return exportSheetPdf(report, path);
    return core::Error { QCoreApplication::translate(
        "shopdesk::kpi::PeriodReport", "“%1”: the appraisal sheet is written as .xlsx, .csv or .pdf.")
                             .arg(QDir::toNativeSeparators(path)) };
}

core::Status exportSheetPdf(const PeriodReport &report, const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    pdf.setResolution(150);
    pdf.setTitle(
        QCoreApplication::translate("shopdesk::kpi::PeriodReport", "Monthly appraisal sheet %1").arg(report.label));
    QPainter p;
    if (!p.begin(&pdf))
        return core::Error { QCoreApplication::translate("shopdesk::kpi::PeriodReport", "“%1” cannot be written.")
                                 .arg(QDir::toNativeSeparators(path)) };
    const QRect page = p.viewport();
    const QStringList header = report.sheetHeader();
    const QList<QStringList> rows = report.sheetText();
    QFont title = core::PrintFont::font(p.font());
    title.setPointSizeF(14);
    title.setBold(true);
    QFont body = core::PrintFont::font(p.font());
    body.setPointSizeF(7);
    QFont bold = body;
    bold.setBold(true);
    const int cols = int(header.size());
    const double firstWidth = page.width() * 0.10;
    const double colWidth = (page.width() - firstWidth) / double(cols - 1);
    const int rowHeight = int(QFontMetrics(body, &pdf).height() * 1.6);
    auto x = [&](int c) { return c == 0 ? 0.0 : firstWidth + colWidth * (c - 1); };
    auto w = [&](int c) { return c == 0 ? firstWidth : colWidth; };

    int y = 0;
    auto drawTitle = [&] {
        p.setFont(title);
        const int h = int(QFontMetrics(title, &pdf).height() * 1.5);
        p.drawText(QRect(0, 0, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("shopdesk::kpi::PeriodReport", "Monthly appraisal sheet %1").arg(report.label));
        y = h;
        p.setFont(bold);
        const int hh = rowHeight * 2;
        for (int c = 0; c < cols; ++c) {
            const QRectF cell(x(c), y, w(c), hh);
            p.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
            p.drawRect(cell);
            p.drawText(cell.adjusted(2, 0, -2, 0), Qt::AlignCenter | Qt::TextWordWrap, header.at(c));
        }
        y += hh;
    };
    drawTitle();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (y + rowHeight > page.height()) {
            pdf.newPage();
            drawTitle();
        }
        const bool summary = i >= rows.size() - 2;
        p.setFont(summary ? bold : body);
        for (int c = 0; c < cols; ++c) {
            const QRectF cell(x(c), y, w(c), rowHeight);
            if (summary)
                p.fillRect(cell, QColor(0xF6, 0xF6, 0xF6));
            p.drawRect(cell);
            p.drawText(cell.adjusted(4, 0, -4, 0), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                rows.at(i).value(c));
        }
        y += rowHeight;
    }
    if (!p.end())
        return core::Error { QCoreApplication::translate("shopdesk::kpi::PeriodReport", "“%1” cannot be written.")
                                 .arg(QDir::toNativeSeparators(path)) };
    core::Database::makeOwnerOnly(path);
    return {};
}

} // namespace shopdesk::kpi
