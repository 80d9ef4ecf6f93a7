#include "shopdesk/kpi/ProfitService.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/Vocabulary.h>

#include <algorithm>
#include <cmath>

namespace shopdesk::kpi {

using core::Money;

namespace {
Money rounded(double fen) { return Money::fromFen(std::llround(fen)); }

ProfitRow rowOf(const ProfitSums &s, double feeRate)
{
    ProfitRow r;
    r.key = s.key;
    r.title = s.title;
    r.lines = s.lines;
    r.units = s.units;
    r.uncostedUnits = s.uncostedUnits;
    r.sales = Money::fromFen(s.salesFen);
    r.refunds = Money::fromFen(s.refundFen);
    r.cost = Money::fromFen(s.costFen);
    r.freight = rounded(s.freightFen);
    r.fee = rounded(double(s.salesFen - s.refundFen) * feeRate);
    return r;
}

/// The sums of several groups (every figure adds up).
ProfitSums added(const QList<ProfitSums> &all)
{
    ProfitSums t;
    for (const ProfitSums &s : all) {
        t.lines += s.lines;
        t.units += s.units;
        t.salesFen += s.salesFen;
        t.refundFen += s.refundFen;
        t.costFen += s.costFen;
        t.freightFen += s.freightFen;
        t.uncostedUnits += s.uncostedUnits;
        t.costedSalesFen += s.costedSalesFen;
        t.costedRefundFen += s.costedRefundFen;
        t.costedCostFen += s.costedCostFen;
        t.costedFreightFen += s.costedFreightFen;
    }
    return t;
}

std::optional<double> marginOf(const ProfitSums &t, double feeRate)
{
    const double net = double(t.costedSalesFen - t.costedRefundFen);
    if (t.costedSalesFen <= 0 || net <= 0)
        return std::nullopt;
    const double profit = net - double(t.costedCostFen) - t.costedFreightFen - net * feeRate;
    return profit / net;
}
} // namespace

double ProfitRow::profitRate() const
{
    const qint64 net = netSales().fen();
    return net > 0 ? double(profit().fen()) / double(net) : 0.0;
}

double ProfitRow::grossRate() const
{
    const qint64 net = netSales().fen();
    return net > 0 ? double(grossProfit().fen()) / double(net) : 0.0;
}

Money ProfitReport::stockOpening() const
{
    Money m;
    for (const CategoryValue &v : stockValue)
        m += v.opening;
    return m;
}

Money ProfitReport::stockClosing() const
{
    Money m;
    for (const CategoryValue &v : stockValue)
        m += v.closing;
    return m;
}

QString ProfitReport::groupingName(ProfitGrouping by)
{
    switch (by) {
    case ProfitGrouping::Month:
        return tr("Month");
    case ProfitGrouping::Item:
        return tr("Item");
    case ProfitGrouping::Category:
        return tr("Category");
    case ProfitGrouping::Day:
        return tr("Day");
    }
    return {};
}

QStringList ProfitReport::sheetHeader() const
{
    QStringList h { groupingName(by) };
    if (by == ProfitGrouping::Item)
        h << tr("Title");
    h << tr("Units sold") << tr("Sales") << tr("Refunds") << tr("Cost") << tr("Gross profit") << tr("Freight")
      << tr("Platform fee") << tr("Profit") << tr("Profit rate");
    return h;
}

QList<QVariantList> ProfitReport::sheetRows() const
{
    auto yuan = [](Money m) { return double(m.fen()) / 100.0; };
    QList<QVariantList> out;
    auto add = [&](const ProfitRow &r, const QString &key) {
        QVariantList v { key };
        if (by == ProfitGrouping::Item)
            v << r.title;
        v << r.units << yuan(r.sales) << yuan(r.refunds) << yuan(r.cost) << yuan(r.grossProfit()) << yuan(r.freight)
          << yuan(r.fee) << yuan(r.profit()) << r.profitRate();
        out << v;
    };
    for (const ProfitRow &r : rows) {
        if (r.key.isEmpty() && by != ProfitGrouping::Day)
            add(r, by == ProfitGrouping::Item ? tr("(lines without a SKU)") : tr("(no category)"));
        else
            add(r, by == ProfitGrouping::Category ? core::Vocabulary::category(r.key) : r.key);
    }
    add(total, tr("Total"));
    return out;
}

core::Status ProfitReport::writeXlsx(const QString &path) const
{
    using K = core::XlsxColumn;
    QList<K> kinds { K::Text };
    if (by == ProfitGrouping::Item)
        kinds << K::Text;
    kinds << K::Int << K::Money << K::Money << K::Money << K::Money << K::Money << K::Money << K::Money << K::Percent;
    // Money goes in as yuan (sheetRows), as XlsxColumn::Money takes it.
    return core::writeXlsx(path, tr("Profit %1").arg(label), sheetHeader(), sheetRows(), kinds);
}

double ProfitService::feeRate() const
{
    const double f = core::ShopSettings(mDb).get(kPlatformFeeSetting);
    return f >= 0.0 && f <= 0.5 ? f : 0.0;
}

bool ProfitService::parseGrouping(const QString &text, ProfitGrouping *by)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("item"))
        *by = ProfitGrouping::Item;
    else if (t == QLatin1String("category"))
        *by = ProfitGrouping::Category;
    else if (t == QLatin1String("day"))
        *by = ProfitGrouping::Day;
    else if (t == QLatin1String("month"))
        *by = ProfitGrouping::Month;
    else
        return false;
    return true;
}

core::Result<ProfitReport> ProfitService::report(QDate from, QDate to, ProfitGrouping by, const QString &label) const
{
    ProfitRepository repo(mDb);
    ProfitReport r;
    r.from = from;
    r.to = to;
    r.by = by;
    r.feeRate = feeRate();
    r.label = label.isEmpty() ? QStringLiteral("%1 – %2").arg(core::toDbDate(from), core::toDbDate(to)) : label;
    auto sums = repo.sums(from, to, by);
    if (!sums)
        return sums.error();
    for (const ProfitSums &s : std::as_const(*sums))
        r.rows << rowOf(s, r.feeRate);
    const ProfitSums all = added(*sums);
    r.total = rowOf(all, r.feeRate);
    r.total.key = r.label;
    r.measuredMargin = marginOf(all, r.feeRate);
    if (by != ProfitGrouping::Day)
        std::stable_sort(r.rows.begin(), r.rows.end(),
            [](const ProfitRow &a, const ProfitRow &b) { return a.profit().fen() > b.profit().fen(); });

    // The month before for a whole month, else the span of the same length just before.
    QDate pf, pt;
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1)) {
        pf = from.addMonths(-1);
        pt = from.addDays(-1);
        r.previousLabel = pf.toString(QStringLiteral("yyyy-MM"));
    } else {
        pt = from.addDays(-1);
        pf = pt.addDays(-from.daysTo(to));
        r.previousLabel = QStringLiteral("%1 – %2").arg(core::toDbDate(pf), core::toDbDate(pt));
    }
    auto before = repo.sums(pf, pt, ProfitGrouping::Month);
    if (!before)
        return before.error();
    r.previous = rowOf(added(*before), r.feeRate);
    r.previous.key = r.previousLabel;

    auto value = repo.valueByCategory(from.addDays(-1), to);
    if (!value)
        return value.error();
    r.stockValue = *value;
    return r;
}

core::Result<ProfitReport> ProfitService::monthReport(int year, int month, ProfitGrouping by) const
{
    const QDate first(year, month, 1);
    return report(first, first.addMonths(1).addDays(-1), by, first.toString(QStringLiteral("yyyy-MM")));
}

core::Result<std::optional<double>> ProfitService::measuredMargin(QDate from, QDate to) const
{
    auto sums = ProfitRepository(mDb).sums(from, to, ProfitGrouping::Month);
    if (!sums)
        return sums.error();
    return marginOf(added(*sums), feeRate());
}

} // namespace shopdesk::kpi
