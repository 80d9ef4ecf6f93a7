#include "shopdesk/kpi/KpiCharts.h"

#include <shopdesk/core/Format.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace shopdesk::kpi {

namespace {
qreal msecs(QDate d) { return qreal(d.startOfDay().toMSecsSinceEpoch()); }

std::unique_ptr<QChart> newChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setPointSizeF(13);
    f.setBold(true);
    chart->setTitleFont(f);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    return chart;
}

QLineSeries *line(
    const QList<TrendPoint> &points, const QString &name, const QColor &color, qreal width, Qt::PenStyle style)
{
    auto *s = new QLineSeries;
    s->setName(name);
    for (const TrendPoint &p : points)
        s->append(msecs(p.day), p.value);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    s->setPen(pen);
    return s;
}

// A day axis whose ticks fall on whole days: the most ticks, up to 11, that divide the span evenly,
// widening the span by a day or two when it has no such divisor.
void setDayAxis(QDateTimeAxis *x, QDate first, QDate last, int maxTicks = 11)
{
    int span = int(first.daysTo(last));
    if (span < maxTicks) {
        x->setRange(first.startOfDay(), last.startOfDay());
        x->setTickCount(std::max(2, span + 1));
        return;
    }
    for (;; ++span)
        for (int ticks = maxTicks; ticks > std::min(4, maxTicks - 1); --ticks)
            if (span % (ticks - 1) == 0) {
                x->setRange(first.startOfDay(), first.addDays(span).startOfDay());
                x->setTickCount(ticks);
                return;
            }
}

void niceRange(QValueAxis *axis, double lo, double hi)
{
    if (hi <= lo)
        hi = lo + 1;
    const double pad = (hi - lo) * 0.08;
    axis->setRange(lo - pad, hi + pad);
    axis->applyNiceNumbers();
}
} // namespace

std::unique_ptr<QChart> KpiCharts::trend(const Trend &t, bool lastWeek, bool lastMonth)
{
    QString range;
    if (!t.daily.isEmpty())
        range = tr("%1 to %2").arg(t.daily.first().day.toString(Qt::ISODate), t.daily.last().day.toString(Qt::ISODate));
    auto chart = newChart(tr("Trend: %1, %2").arg(Trend::metricName(t.metric), range));
    QList<QLineSeries *> series;
    series << line(t.daily, tr("By day"), QColor(0x1F, 0x77, 0xB4), 1.5, Qt::SolidLine);
    series << line(t.average7, tr("7-day average"), QColor(0xD6, 0x27, 0x28), 3.0, Qt::SolidLine);
    if (lastWeek)
        series << line(t.lastWeek, tr("Same day last week"), QColor(0x7F, 0x7F, 0x7F), 1.2, Qt::DashLine);
    if (lastMonth)
        series << line(t.lastMonth, tr("Same day last month"), QColor(0x2C, 0xA0, 0x2C), 1.2, Qt::DotLine);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTitleText(tr("Day"));
    auto *y = new QValueAxis;
    y->setTitleText(Trend::metricName(t.metric));
    y->setLabelFormat(t.metric == TrendMetric::Conversion ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double lo = 1e300, hi = -1e300;
    for (QLineSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        for (const QPointF &p : s->points()) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    if (!t.daily.isEmpty()) {
        setDayAxis(x, t.daily.first().day, t.daily.last().day);
        niceRange(y, std::max(0.0, lo), hi);
    }
    return chart;
}

std::unique_ptr<QChart> KpiCharts::decomposition(const Decomposition &d)
{
    const QString change = core::format::money(core::Money::fromFen(d.changeFen));
    auto chart = newChart(tr("Why sales moved: %1 → %2, change %3").arg(d.before.label, d.after.label, change));
    const QStringList categories = { Decomposition::factorName(Factor::Visitors),
        Decomposition::factorName(Factor::Conversion), Decomposition::factorName(Factor::Aov), tr("Not explained") };
    const QList<double> values = { double(d.visitorsFen) / 100.0, double(d.conversionFen) / 100.0,
        double(d.aovFen) / 100.0, double(d.residualFen) / 100.0 };
    const QList<QColor> colors
        = { QColor(0x1F, 0x77, 0xB4), QColor(0xD6, 0x27, 0x28), QColor(0x2C, 0xA0, 0x2C), QColor(0x9E, 0x9E, 0x9E) };
    auto *series = new QStackedBarSeries;
    for (int i = 0; i < 4; ++i) {
        auto *set = new QBarSet(categories.at(i));
        for (int j = 0; j < 4; ++j)
            *set << (i == j ? values.at(i) : 0.0);
        set->setColor(colors.at(i));
        set->setBorderColor(colors.at(i).darker(130));
        series->append(set);
    }
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Contribution (¥)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    double lo = 0, hi = 0;
    for (double v : values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    niceRange(y, lo, hi);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    // The driver, said in words under the bars.
    if (d.valid)
        chart->setTitle(tr("%1; driver: %2 (%3)")
                            .arg(chart->title())
                            .arg(Decomposition::factorName(d.driver),
                                core::format::money(core::Money::fromFen(d.contribution(d.driver)))));
    return chart;
}

std::unique_ptr<QChart> KpiCharts::pareto(const Pareto &p, int maxItems)
{
    auto chart = newChart(tr("Pareto of items: %n item(s) make 80% of sales", nullptr, p.headCount)
        + QStringLiteral(" (%1%)").arg(QLocale().toString(p.headItemShare * 100.0, 'f', 0)));
    auto *head = new QBarSet(tr("Items making 80% of sales"));
    auto *tail = new QBarSet(tr("Other items"));
    head->setColor(QColor(0xD6, 0x27, 0x28));
    tail->setColor(QColor(0x9E, 0x9E, 0x9E));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share (%)"));
    cumulative->setPen(QPen(QColor(0x1F, 0x77, 0xB4), 2.5));
    auto *cut = new QLineSeries;
    cut->setName(tr("80%"));
    QPen cutPen(QColor(0x33, 0x33, 0x33), 1.2);
    cutPen.setStyle(Qt::DashLine);
    cut->setPen(cutPen);
    QStringList codes;
    double hi = 0;
    const int n = int(std::min<qsizetype>(p.rows.size(), maxItems));
    for (int i = 0; i < n; ++i) {
        const ParetoRow &r = p.rows.at(i);
        const double v = double(r.item.sales.fen()) / 100.0;
        *head << (r.head ? v : 0.0);
        *tail << (r.head ? 0.0 : v);
        codes << r.item.code;
        cumulative->append(i, r.cumulative * 100.0);
        hi = std::max(hi, v);
    }
    cut->append(-0.5, 80.0);
    cut->append(n - 0.5, 80.0);
    auto *bars = new QStackedBarSeries;
    bars->append(head);
    bars->append(tail);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    chart->addSeries(cut);
    auto *x = new QBarCategoryAxis;
    x->append(codes);
    x->setLabelsAngle(-90);
    QFont small = x->labelsFont();
    small.setPointSizeF(7.5);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Sales (¥)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    niceRange(y, 0, hi);
    y->setMin(0);
    auto *share = new QValueAxis;
    share->setRange(0, 100);
    share->setTitleText(tr("Cumulative share (%)"));
    share->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    cumulative->attachAxis(x);
    cumulative->attachAxis(share);
    cut->attachAxis(x);
    cut->attachAxis(share);
    return chart;
}

std::unique_ptr<QChart> KpiCharts::health(const QList<DailyKpi> &rows, HealthMetric metric)
{
    const bool percent = metric != HealthMetric::Dsr;
    const double scale = percent ? 100.0 : 1.0;
    auto chart = newChart(tr("%1 (%2)").arg(HealthCheck::metricName(metric), HealthCheck::ruleText(metric)));
    auto *values = new QLineSeries;
    values->setName(HealthCheck::metricName(metric));
    values->setPen(QPen(QColor(0x1F, 0x77, 0xB4), 2.0));
    auto *red = new QScatterSeries;
    red->setName(tr("Red days"));
    red->setColor(QColor(0xD6, 0x27, 0x28));
    red->setBorderColor(QColor(0xD6, 0x27, 0x28));
    red->setMarkerSize(9);
    auto *line = new QLineSeries;
    line->setName(tr("Red line"));
    QPen pen(QColor(0xD6, 0x27, 0x28), 1.5);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    double lo = HealthCheck::thresholdOf(metric) * scale, hi = lo;
    QDate first, last;
    for (const DailyKpi &r : rows) {
        const std::optional<double> &v = metric == HealthMetric::Dsr ? r.dsr
            : metric == HealthMetric::RefundDispute                  ? r.refundDisputeRate
                                                                     : r.goodRatingRate;
        if (!v)
            continue;
        if (!first.isValid())
            first = r.day;
        last = r.day;
        values->append(msecs(r.day), *v * scale);
        if (HealthCheck::isRed(metric, *v))
            red->append(msecs(r.day), *v * scale);
        lo = std::min(lo, *v * scale);
        hi = std::max(hi, *v * scale);
    }
    if (first.isValid()) {
        line->append(msecs(first), HealthCheck::thresholdOf(metric) * scale);
        line->append(msecs(last), HealthCheck::thresholdOf(metric) * scale);
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    auto *y = new QValueAxis;
    y->setLabelFormat(percent ? QStringLiteral("%.1f%%") : QStringLiteral("%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries *s : std::initializer_list<QXYSeries *> { values, line, red }) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (first.isValid()) {
        setDayAxis(x, first, last, 6); // health charts sit three abreast: few labels
    }
    const double pad = std::max((hi - lo) * 0.15, percent ? 0.2 : 0.05);
    y->setRange(std::max(0.0, lo - pad), hi + pad);
    return chart;
}

std::vector<std::unique_ptr<QChart>> KpiCharts::healthPanel(const QList<DailyKpi> &rows)
{
    std::vector<std::unique_ptr<QChart>> out;
    for (HealthMetric m : { HealthMetric::Dsr, HealthMetric::RefundDispute, HealthMetric::GoodRating })
        out.push_back(health(rows, m));
    return out;
}

core::Status KpiCharts::exportChart(std::unique_ptr<QChart> chart, const QString &path, QSize size)
{
    std::vector<std::unique_ptr<QChart>> one;
    one.push_back(std::move(chart));
    return exportCharts(std::move(one), path, size);
}

core::Status KpiCharts::exportCharts(std::vector<std::unique_ptr<QChart>> charts, const QString &path, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
        return core::Error { tr("“%1”: charts are written as .png or .pdf.").arg(QDir::toNativeSeparators(path)) };
    if (charts.empty())
        return core::Error { tr("“%1”: there is no chart to write.").arg(QDir::toNativeSeparators(path)) };
    QGraphicsScene scene; // owns the charts once added
    QString title;
    for (size_t i = 0; i < charts.size(); ++i) {
        QChart *c = charts[i].release();
        scene.addItem(c);
        c->setGeometry(QRectF(QPointF(double(i) * size.width(), 0), QSizeF(size)));
        if (title.isEmpty())
            title = c->title();
    }
    const QSizeF total(double(size.width()) * double(charts.size()), size.height());
    scene.setSceneRect(QRectF(QPointF(0, 0), total));
    if (suffix == QLatin1String("png")) {
        QImage image((total * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&p, QRectF(QPointF(0, 0), total), scene.sceneRect());
        p.end();
        if (!image.save(path, "PNG"))
            return core::Error { tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)) };
        return {};
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    pdf.setTitle(title);
    QPainter p;
    if (!p.begin(&pdf))
        return core::Error { tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)) };
    p.setRenderHint(QPainter::Antialiasing);
    const QRect page = p.viewport();
    // Keep the charts' proportions on the page.
    const QSizeF target = total.scaled(QSizeF(page.size()), Qt::KeepAspectRatio);
    scene.render(&p, QRectF(QPointF(0, 0), target), scene.sceneRect());
    if (!p.end())
        return core::Error { tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)) };
    return {};
}

core::Status KpiCharts::exportRequest(const ChartRequest &request, const QString &path)
{
    std::vector<std::unique_ptr<QChart>> charts;
    switch (request.kind) {
    case ChartRequest::Kind::Trend:
        if (request.trend)
            charts.push_back(trend(*request.trend));
        break;
    case ChartRequest::Kind::Decomposition:
        if (request.decomposition)
            charts.push_back(decomposition(*request.decomposition));
        break;
    case ChartRequest::Kind::Pareto:
        if (request.pareto)
            charts.push_back(pareto(*request.pareto));
        break;
    case ChartRequest::Kind::Health:
        charts = healthPanel(request.healthRows);
        break;
    }
    return exportCharts(std::move(charts), path, request.size);
}

} // namespace shopdesk::kpi
