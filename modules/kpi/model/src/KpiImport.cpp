#include "shopdesk/kpi/KpiImport.h"

#include <shopdesk/core/Parse.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/ShopSettings.h>

#include <QRegularExpression>
#include <QSet>

namespace shopdesk::kpi {

using core::CsvFile;
using core::Error;

std::optional<double> KpiImport::parseRate(const QString &text)
{
    // NaN, infinity, exponents and twenty-digit figures are no rate: only plain decimals.
    QString t = core::Parse::normalized(CsvFile::clean(text));
    bool percent = false;
    if (t.endsWith(QLatin1Char('%'))) {
        percent = true;
        t.chop(1);
    }
    const std::optional<double> v = core::Parse::decimal(t, 1e9);
    if (!v)
        return std::nullopt;
    return percent ? *v / 100.0 : *v;
}

QDate KpiImport::parseDay(const QString &text) { return core::Parse::date(CsvFile::clean(text)).value_or(QDate()); }

namespace {
struct Columns {
    int day = -1, pv = -1, uv = -1, sales = -1, buyers = -1, units = -1, bounce = -1, paidUv = -1, dsr = -1,
        refund = -1, good = -1;
};

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromUtf8(n);
    return out;
}
} // namespace

core::Result<QList<KpiImport::ParsedDay>> KpiImport::parse(const CsvFile &file, qint64 maxMoneyFen)
{
    // Platform exports often open with a title and the time span (“生意参谋 … 统计时间 …”) before
    // the real header: the header is the first record that names the date column. Records keep
    // their own line numbers, so messages still point at the line a user sees.
    CsvFile csv = file;
    const QStringList dayNames = names({ "统计日期", "日期", "date", "day" });
    if (csv.column(dayNames) < 0) {
        for (qsizetype i = 0; i < std::min<qsizetype>(csv.records.size(), 20); ++i) {
            bool found = false;
            for (const QString &f : csv.records.at(i).fields)
                for (const QString &n : dayNames)
                    if (f.trimmed().compare(n, Qt::CaseInsensitive) == 0)
                        found = true;
            if (found) {
                csv.header = csv.records.at(i).fields;
                csv.records = csv.records.mid(i + 1);
                break;
            }
        }
    }
    if (core::Status s = csv.checkFieldCounts(); !s)
        return s.error();
    Columns c;
    c.day = csv.column(names({ "统计日期", "日期", "date", "day" }));
    c.pv = csv.column(names({ "浏览量", "pv", "page views" }));
    c.uv = csv.column(names({ "访客数", "uv", "visitors" }));
    c.sales = csv.column(names({ "支付金额", "销售额", "sales" }));
    c.buyers = csv.column(names({ "支付买家数", "paid buyers", "buyers" }));
    c.units = csv.column(names({ "支付件数", "成交件数", "units", "units sold" }));
    c.bounce = csv.column(names({ "跳失率", "bounce rate" }));
    c.paidUv = csv.column(names({ "付费访客数", "paid uv", "paid visitors" }));
    c.dsr = csv.column(names({ "DSR", "描述相符", "dsr" }));
    c.refund = csv.column(names({ "退款纠纷率", "refund dispute rate" }));
    c.good = csv.column(names({ "好评率", "good rating rate" }));
    if (c.day < 0)
        return csv.missingColumn(QString::fromUtf8("统计日期"));
    if (c.uv < 0)
        return csv.missingColumn(QString::fromUtf8("访客数"));
    if (c.sales < 0)
        return csv.missingColumn(QString::fromUtf8("支付金额"));
    if (c.buyers < 0)
        return csv.missingColumn(QString::fromUtf8("支付买家数"));

    QList<ParsedDay> out;
    QSet<QDate> seen;
    for (const core::CsvRecord &r : csv.records) {
        bool blank = true;
        for (const QString &f : r.fields)
            if (!f.trimmed().isEmpty())
                blank = false;
        if (blank)
            continue;
        ParsedDay p;
        const QString dayText = CsvFile::field(r, c.day);
        p.row.day = parseDay(dayText);
        if (!p.row.day.isValid())
            return csv.error(r.line, csv.header.value(c.day), tr("“%1” is not a date like 2026-10-01.").arg(dayText));
        if (seen.contains(p.row.day))
            return csv.error(
                r.line, csv.header.value(c.day), tr("%1 appears twice in the file.").arg(core::toDbDate(p.row.day)));
        seen.insert(p.row.day);

        // Whole counts; returns false (with the error set) on a bad field, true with `present`
        // false for an empty optional cell.
        std::optional<Error> failed;
        auto count = [&](int col, qint64 &target, bool required, bool *present) {
            if (col < 0 || failed)
                return;
            const QString t = CsvFile::field(r, col);
            if (t.isEmpty()) {
                if (required)
                    failed = csv.error(r.line, csv.header.value(col), tr("is empty."));
                return;
            }
            // A day's count above a thousand million is a damaged cell, not a day's traffic.
            const std::optional<qint64> v = core::Parse::whole(t, 999'999'999);
            if (!v) {
                failed = csv.error(
                    r.line, csv.header.value(col), tr("“%1” is not a whole number of zero or more.").arg(t));
                return;
            }
            target = *v;
            if (present)
                *present = true;
        };
        auto rate = [&](int col, std::optional<double> &target, bool *present, double max) {
            if (col < 0 || failed)
                return;
            const QString t = CsvFile::field(r, col);
            if (t.isEmpty())
                return;
            const std::optional<double> v = parseRate(t);
            if (!v || *v > max) {
                failed = csv.error(r.line, csv.header.value(col), tr("“%1” is not a rate like 45.2% or 0.452.").arg(t));
                return;
            }
            target = *v;
            *present = true;
        };
        count(c.uv, p.row.uv, true, nullptr);
        count(c.buyers, p.row.paidBuyers, true, nullptr);
        count(c.pv, p.row.pv, false, &p.pv);
        count(c.units, p.row.units, false, &p.units);
        count(c.paidUv, p.row.paidUv, false, &p.paidUv);
        rate(c.bounce, p.row.bounceRate, &p.bounce, 1.0);
        rate(c.refund, p.row.refundDisputeRate, &p.refund, 1.0);
        rate(c.good, p.row.goodRatingRate, &p.good, 1.0);
        if (!failed && c.dsr >= 0 && !CsvFile::field(r, c.dsr).isEmpty()) {
            const std::optional<double> v = core::Parse::decimal(CsvFile::field(r, c.dsr), 5.0);
            if (!v)
                failed = csv.error(r.line, csv.header.value(c.dsr),
                    tr("“%1” is not a DSR score from 0 to 5.").arg(CsvFile::field(r, c.dsr)));
            else {
                p.row.dsr = *v;
                p.dsr = true;
            }
        }
        if (!failed) {
            const QString salesText = CsvFile::field(r, c.sales);
            auto money = core::Money::parse(salesText);
            if (!money || money->fen() < 0)
                failed = csv.error(
                    r.line, csv.header.value(c.sales), tr("“%1” is not an amount like 1234.50.").arg(salesText));
            else if (money->fen() > maxMoneyFen)
                failed
                    = csv.error(r.line, csv.header.value(c.sales), core::Parse::tooMuchMoney(salesText, maxMoneyFen));
            else
                p.row.sales = *money;
        }
        if (failed)
            return *failed;
        if (p.row.paidBuyers > p.row.uv)
            return csv.error(r.line, csv.header.value(c.buyers),
                tr("%1 paid buyers are more than the %2 visitors.").arg(p.row.paidBuyers).arg(p.row.uv));
        out << p;
    }
    if (out.isEmpty())
        return Error { tr("%1 holds no daily rows.").arg(csv.fileName) };
    return out;
}

core::Result<KpiImportPlan> KpiImport::plan(const KpiRepository &repo, const CsvFile &csv, qint64 maxMoneyFen)
{
    auto parsed = parse(csv, maxMoneyFen);
    if (!parsed)
        return parsed.error();
    KpiImportPlan plan;
    plan.fileName = csv.fileName;
    plan.encoding = csv.encoding;
    for (const ParsedDay &p : std::as_const(*parsed)) {
        auto stored = repo.dayRow(p.row.day);
        if (!stored)
            return stored.error();
        plan.previous << qMakePair(p.row.day, *stored);
        DailyKpi merged = p.row;
        if (*stored) {
            const DailyKpi &old = **stored;
            if (!p.pv)
                merged.pv = old.pv;
            if (!p.units)
                merged.units = old.units;
            if (!p.paidUv)
                merged.paidUv = old.paidUv;
            if (!p.dsr)
                merged.dsr = old.dsr;
            if (!p.bounce)
                merged.bounceRate = old.bounceRate;
            if (!p.refund)
                merged.refundDisputeRate = old.refundDisputeRate;
            if (!p.good)
                merged.goodRatingRate = old.goodRatingRate;
            ++plan.replaced;
        } else {
            ++plan.added;
        }
        plan.rows << merged;
    }
    return plan;
}

core::Result<KpiImportPlan> KpiImport::importFile(const core::Database &db, const QString &path)
{
    auto csv = CsvFile::read(path, CsvFile::Shape::TitleLinesFirst);
    if (!csv)
        return csv.error();
    KpiRepository repo(db);
    auto p = plan(repo, *csv, core::ShopSettings(db).maxLineMoneyFen());
    if (!p)
        return p.error();
    if (core::Status s = repo.saveAll(p->rows); !s)
        return s.error();
    return p;
}

} // namespace shopdesk::kpi
