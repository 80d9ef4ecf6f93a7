#include "DailyView.h"

#include "DayForm.h"
#include "KpiCommands.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Records.h>

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace shopdesk::kpi {

using core::ColumnKind;
using core::Money;

DailyView::DailyView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
{
    setObjectName(QStringLiteral("dailyView"));
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    mMonthLabel = new QLabel(this);
    mMonth = new QComboBox(this);
    mMonth->setObjectName(QStringLiteral("month"));
    mMonthLabel->setBuddy(mMonth);
    mImport = new QPushButton(this);
    mImport->setObjectName(QStringLiteral("import"));
    mExport = new QPushButton(this);
    mExport->setObjectName(QStringLiteral("exportSheet"));
    top->addWidget(mMonthLabel);
    top->addWidget(mMonth);
    top->addStretch();
    top->addWidget(mImport);
    top->addWidget(mExport);
    v->addLayout(top);

    mModel = new core::RecordTableModel(
        {
            { [] { return tr("Date"); }, ColumnKind::Text },
            { [] { return tr("Page views (PV)"); }, ColumnKind::Integer },
            { [] { return tr("Visitors (UV)"); }, ColumnKind::Integer },
            { [] { return tr("Sales"); }, ColumnKind::Money },
            { [] { return tr("Units sold"); }, ColumnKind::Integer },
            { [] { return tr("Paid buyers"); }, ColumnKind::Integer },
            { [] { return tr("Conversion rate"); }, ColumnKind::Percent },
            { [] { return tr("Average order value"); }, ColumnKind::Money },
            { [] { return tr("Visit depth"); }, ColumnKind::Decimal },
            { [] { return tr("Depth band"); }, ColumnKind::Text },
            { [] { return tr("Paid traffic share"); }, ColumnKind::Percent },
            { [] { return tr("DSR"); }, ColumnKind::Decimal },
            { [] { return tr("Bounce rate"); }, ColumnKind::Percent },
            { [] { return tr("Refund-dispute rate"); }, ColumnKind::Percent },
            { [] { return tr("Good-rating rate"); }, ColumnKind::Percent },
            { [] { return tr("Sales from orders"); }, ColumnKind::Money },
            { [] { return tr("Difference from orders"); }, ColumnKind::Money },
            { [] { return tr("Units from orders"); }, ColumnKind::Integer },
            { [] { return tr("Paid buyers from orders"); }, ColumnKind::Integer },
        },
        this);
    mTable = KpiUi::readOnlyTable(mModel, this, QStringLiteral("table"));
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive); // widths kept per user
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("summary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);
    mForm = new DayForm(this);

    mSplit = new QSplitter(Qt::Vertical, this);
    mSplit->setObjectName(QStringLiteral("dailySplit"));
    mSplit->setChildrenCollapsible(false);
    mSplit->addWidget(mTable);
    auto *lower = new QWidget(mSplit);
    auto *lv = new QVBoxLayout(lower);
    lv->setContentsMargins(0, 0, 0, 0);
    lv->addWidget(mSummary);
    lv->addWidget(mForm);
    mSplit->addWidget(lower);
    mSplit->setStretchFactor(0, 3);
    mSplit->setStretchFactor(1, 2);
    v->addWidget(mSplit);

    connect(mMonth, &QComboBox::currentIndexChanged, this, [this] {
        if (!mLoading)
            loadDays();
    });
    connect(mImport, &QPushButton::clicked, this, &DailyView::askImport);
    connect(mExport, &QPushButton::clicked, this, &DailyView::askExport);
    connect(mForm->saveButton(), &QPushButton::clicked, this, [this] { saveEnteredDay(); });
    connect(mTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QDate day = core::fromDbDate(mModel->index(index.row(), 0).data(Qt::UserRole).toString());
        for (const DailyKpi &d : std::as_const(mReport.days))
            if (d.day == day)
                showInForm(d);
    });
    connect(mForm, &DayForm::dayPicked, this, &DailyView::dayPicked);
    retranslateUi();
    reload();
}

void DailyView::reload()
{
    loadMonths();
    loadDays();
}

void DailyView::loadMonths()
{
    mLoading = true;
    const QString current = mMonth->currentData().toString();
    mMonth->clear();
    mMonth->addItem(tr("Every day"), QString());
    auto span = mService.span();
    if (span && span->first.isValid()) {
        for (QDate m(span->second.year(), span->second.month(), 1);
             m >= QDate(span->first.year(), span->first.month(), 1); m = m.addMonths(-1))
            mMonth->addItem(m.toString(QStringLiteral("yyyy-MM")), m.toString(QStringLiteral("yyyy-MM")));
        const int keep = current.isEmpty() ? -1 : mMonth->findData(current);
        mMonth->setCurrentIndex(keep >= 0 ? keep : 1);
    }
    mLoading = false;
    check(span.status());
}

void DailyView::showMonth(const QString &month)
{
    const int i = mMonth->findData(month);
    if (i >= 0)
        mMonth->setCurrentIndex(i);
}

QString DailyView::month() const { return mMonth->currentData().toString(); }

void DailyView::loadDays()
{
    QDate from, to;
    const QString month = mMonth->currentData().toString();
    QString label = month;
    if (month.isEmpty() || !parseMonth(month, &from, &to)) {
        from = QDate(1900, 1, 1);
        to = QDate(9999, 12, 31);
        label = tr("every day");
    }
    auto r = mService.report(from, to, label, ItemRanking::Left); // the 80/20 view is the items' dock
    if (!check(r.status()))
        return;
    mReport = *r;
    QHash<QDate, const OrderDay *> orders;
    for (const OrderDay &o : std::as_const(mReport.orderDays))
        orders.insert(o.day, &o);
    QList<QVariantList> rows;
    for (auto it = mReport.days.crbegin(); it != mReport.days.crend(); ++it) {
        const DailyKpi &d = *it;
        auto opt = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
        const OrderDay *o = orders.value(d.day);
        QVariant fromOrders, diff, units, buyers;
        if (!mReport.orderDays.isEmpty()) {
            const Money sales = o ? o->sales : Money();
            fromOrders = sales.fen();
            diff = (d.sales - sales).fen();
            units = o ? o->units : 0;
            buyers = o ? o->buyers : 0;
        }
        rows.append({ core::toDbDate(d.day), d.pv, d.uv, d.sales.fen(), d.units, d.paidBuyers, d.conversion(),
            d.averageOrderValue().fen(), d.visitDepth(), KpiUi::bandName(depthBand(d.visitDepth())),
            d.uv > 0 ? QVariant(double(d.paidUv) / double(d.uv)) : QVariant(), opt(d.dsr), opt(d.bounceRate),
            opt(d.refundDisputeRate), opt(d.goodRatingRate), fromOrders, diff, units, buyers });
    }
    mModel->setRows(rows);
    if (!mColumnsSized && !rows.isEmpty()) {
        mTable->resizeColumnsToContents();
        mColumnsSized = true;
    }
    mSummary->setText(summaryHtml());
    Q_EMIT reportShown(mReport);
}

QString DailyView::summaryHtml() const
{
    const PeriodTotals &t = mReport.totals;
    const QLocale l;
    QString html = tr("<b>%1</b>: %2 days · PV %3 · UV %4 · sales %5 · units %6 · paid buyers %7 · conversion %8% · "
                      "AOV %9")
                       .arg(mReport.label)
                       .arg(t.days)
                       .arg(core::format::number(t.pv), core::format::number(t.uv), core::format::moneyKpi(t.sales),
                           core::format::number(t.units), core::format::number(t.paidBuyers),
                           l.toString(t.conversion() * 100.0, 'f', 2), core::format::money(t.aov()));
    html += QStringLiteral("<br>")
        + (mReport.marginMeasured
                ? tr("Visit depth %1 (%2) · traffic value %3 per visitor at the measured margin of %4%: the most a "
                     "paid click may cost")
                : tr("Visit depth %1 (%2) · traffic value %3 per visitor at %4% margin: the most a paid click may "
                     "cost"))
              .arg(l.toString(t.visitDepth(), 'f', 2), KpiUi::bandName(depthBand(t.visitDepth())),
                  core::format::money(core::Money::fromFen(std::llround(mReport.trafficValue * 100.0))),
                  l.toString(mReport.margin * 100.0, 'f', mReport.marginMeasured ? 1 : 0));
    const QString verdict = mReport.paid.verdict > 0 ? tr("above the guide")
        : mReport.paid.verdict < 0                   ? tr("below the guide")
                                                     : tr("near the guide");
    html += QStringLiteral("<br>")
        + tr("Paid traffic %1% of visitors; a store of %2 visitors a day usually buys about %3%: %4")
              .arg(l.toString(mReport.paid.actual * 100.0, 'f', 1),
                  l.toString(t.days > 0 ? qint64(std::llround(double(t.uv) / t.days)) : 0),
                  l.toString(mReport.paid.guide * 100.0, 'f', 0), verdict);
    int differing = 0;
    for (const OrderCheck &c : std::as_const(mReport.checks))
        if (c.differs())
            ++differing;
    if (!mReport.orderDays.isEmpty())
        html += QStringLiteral("<br>")
            + tr("From the shop's orders: sales %1, units %2 — %n day(s) differ from the imported figures.", nullptr,
                differing)
                  .arg(core::format::moneyKpi(mReport.orderTotals.sales),
                      core::format::number(mReport.orderTotals.units));
    return html;
}

void DailyView::askImport()
{
    const QString path = core::FileDialog::getOpenFileName(
        this, tr("Import the platform's daily export"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool DailyView::importFile(const QString &path)
{
    auto csv = core::CsvFile::read(path, core::CsvFile::Shape::TitleLinesFirst);
    if (!check(csv.status()))
        return false;
    auto plan = mService.planImport(*csv);
    if (!check(plan.status()))
        return false;
    const bool ok = push(commands::saveDays(
        mService, mEvents, plan->rows, plan->previous, [n = int(plan->rows.size()), file = plan->fileName] {
            return tr("Import %n day(s) from %1", nullptr, n).arg(file);
        }));
    if (ok && !plan->rows.isEmpty())
        showMonth(plan->rows.last().day.toString(QStringLiteral("yyyy-MM")));
    if (ok)
        mEvents.reportDone(tr("Imported %n day(s) from %1.", nullptr, int(plan->rows.size())).arg(plan->fileName));
    return ok;
}

void DailyView::showInForm(const DailyKpi &day)
{
    mForm->showDay(day);
    mLoaded = day;
    mForm->setNote(
        tr("The figures of %1 as stored: Save writes your corrections (undoable).").arg(core::toDbDate(day.day)));
}

void DailyView::dayPicked(QDate day)
{
    auto stored = mService.day(day);
    if (!check(stored.status()))
        return;
    if (*stored) {
        showInForm(**stored);
        mForm->setNote(tr("%1 already has figures in the daily report: they are loaded here, and Save replaces them.")
                           .arg(core::toDbDate(day)));
        return;
    }
    // Another stored day's figures are not this day's: start it blank. Figures typed by hand stay.
    if (mLoaded)
        mForm->clearFigures();
    mLoaded.reset();
    mForm->setNote(tr("%1 has no figures yet.").arg(core::toDbDate(day)));
}

bool DailyView::confirm(const QString &question)
{
    if (mConfirm)
        return mConfirm(question);
    return QMessageBox::question(this, tr("Replace the day's figures"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool DailyView::saveEnteredDay()
{
    const DailyKpi d = mForm->entered();
    if (!check(KpiService::checkDay(d)))
        return false;
    auto previous = mService.day(d.day);
    if (!check(previous.status()))
        return false;
    if (!check(KpiService::checkReplace(*previous, d)))
        return false;
    const QList<DayField> changed = *previous ? differingFields(**previous, d) : QList<DayField>();
    if (*previous && changed.isEmpty())
        return true; // nothing to write
    // The form was not filled from the day as it is stored (never loaded, or written meanwhile
    // by an import or another PC): say what would be replaced, and write only when told to.
    const bool fromStored
        = *previous && mLoaded && mLoaded->day == d.day && differingFields(*mLoaded, **previous).isEmpty();
    if (*previous && !fromStored) {
        QStringList fields;
        for (DayField f : changed)
            fields << commands::dayFieldName(f);
        const DailyKpi &old = **previous;
        if (!confirm(tr("%1 already has figures (visitors %2, sales %3). Replace them with the form's (visitors %4, "
                        "sales %5)? Changed: %6.")
                         .arg(core::toDbDate(d.day))
                         .arg(old.uv)
                         .arg(old.sales.toDisplayString())
                         .arg(d.uv)
                         .arg(d.sales.toDisplayString())
                         .arg(fields.join(tr(", "))))) {
            mForm->setNote(tr("Nothing was saved: %1 keeps its figures.").arg(core::toDbDate(d.day)));
            return false;
        }
    }
    core::UndoCommand *command = nullptr;
    if (changed.size() == 1) {
        const DayField f = changed.first();
        command = isRateField(f)
            ? commands::changeDayRate(mService, mEvents, d.day, f, rateOf(**previous, f), rateOf(d, f))
            : commands::changeDayCount(mService, mEvents, d.day, f, countOf(**previous, f), countOf(d, f));
    } else {
        command = commands::saveDays(mService, mEvents, { d }, { qMakePair(d.day, *previous) },
            [day = d.day] { return tr("Daily report of %1").arg(core::toDbDate(day)); });
    }
    const bool ok = push(command);
    if (ok) {
        showMonth(d.day.toString(QStringLiteral("yyyy-MM")));
        mLoaded = d; // the form now shows the day as stored
        mForm->setNote(tr("%1 saved.").arg(core::toDbDate(d.day)));
    }
    return ok;
}

void DailyView::askExport()
{
    const QString path = core::FileDialog::getSaveFileName(this, tr("Export the monthly appraisal sheet"),
        tr("appraisal-%1.xlsx").arg(mReport.label), tr("Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"));
    if (!path.isEmpty())
        exportSheet(path);
}

bool DailyView::exportSheet(const QString &path)
{
    if (!check(kpi::exportSheet(mReport, path)))
        return false;
    mEvents.reportDone(tr("Appraisal sheet of %1 exported to %2.").arg(mReport.label, QDir::toNativeSeparators(path)));
    return true;
}

QByteArray DailyView::saveState() const
{
    return KpiUi::packState(
        { { QStringLiteral("month"), month() }, { QStringLiteral("columns"), mTable->horizontalHeader()->saveState() },
            { QStringLiteral("split"), mSplit->saveState() } });
}

void DailyView::restoreState(const QByteArray &state)
{
    const QVariantMap s = KpiUi::unpackState(state);
    if (s.isEmpty())
        return;
    if (s.contains(QStringLiteral("month")))
        showMonth(s.value(QStringLiteral("month")).toString());
    if (const QByteArray h = s.value(QStringLiteral("columns")).toByteArray(); !h.isEmpty())
        mColumnsSized = mTable->horizontalHeader()->restoreState(h);
    if (const QByteArray split = s.value(QStringLiteral("split")).toByteArray(); !split.isEmpty())
        mSplit->restoreState(split);
}

void DailyView::retranslateUi()
{
    mMonthLabel->setText(tr("&Month:"));
    if (mMonth->count() > 0)
        mMonth->setItemText(0, tr("Every day"));
    mImport->setText(tr("&Import daily export…"));
    mExport->setText(tr("E&xport appraisal sheet…"));
    mModel->retranslate();
    // Texts computed from data (the summary, the depth bands) follow the language on the next load.
    if (mMonth->count() > 0)
        loadDays();
}

} // namespace shopdesk::kpi
