#include "KpiPanel.h"

#include "commands/PromotionCommand.h"
#include "commands/SaveCampaignCommand.h"
#include "commands/SaveDaysCommand.h"
#include "commands/SetTargetsCommand.h"
#include "shopdesk/kpi/KpiCharts.h"
#include "shopdesk/kpi/KpiImport.h"
#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Records.h>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace shopdesk::kpi {

using core::ColumnKind;
using core::Money;

namespace {
Money moneyOf(const QDoubleSpinBox *box) { return Money::fromFen(qint64(std::llround(box->value() * 100.0))); }

QDoubleSpinBox *moneyBox(QWidget *parent, double max = 1e9)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setDecimals(2);
    b->setRange(0, max);
    b->setPrefix(QStringLiteral("¥"));
    b->setGroupSeparatorShown(true);
    return b;
}

QSpinBox *countBox(QWidget *parent)
{
    auto *b = new QSpinBox(parent);
    b->setRange(0, 100000000);
    b->setGroupSeparatorShown(true);
    return b;
}

QDoubleSpinBox *rateBox(QWidget *parent)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setDecimals(2);
    b->setRange(0, 100);
    b->setSuffix(QStringLiteral("%"));
    b->setSpecialValueText(QStringLiteral("—")); // 0 = not recorded
    return b;
}

QChartView *chartView(QWidget *parent)
{
    auto *v = new QChartView(parent);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(220);
    return v;
}

QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *t = core::newRecordView(model, name, parent, QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

std::optional<double> rateOf(const QDoubleSpinBox *box)
{
    return box->value() > 0 ? std::optional<double>(box->value() / 100.0) : std::nullopt;
}

QString bandName(DepthBand b)
{
    switch (b) {
    case DepthBand::Poor:
        return KpiPanel::tr("poor");
    case DepthBand::Good:
        return KpiPanel::tr("good");
    case DepthBand::Excellent:
        return KpiPanel::tr("excellent");
    }
    return {};
}

QString channelName(const QString &code)
{
    if (code == QLatin1String("ztc"))
        return KpiPanel::tr("Zhitongche (直通车)");
    if (code == QLatin1String("zuanzhan"))
        return KpiPanel::tr("Diamond booth (钻展)");
    if (code == QLatin1String("taobaoke"))
        return KpiPanel::tr("Taobaoke (淘宝客)");
    return code;
}
} // namespace

KpiPanel::KpiPanel(const core::PanelContext &context, QWidget *parent)
    : core::ModulePanel(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("KpiPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("tabs"));
    mTabs->addTab(buildDailyTab(), QString());
    mTabs->addTab(buildChartsTab(), QString());
    mTabs->addTab(buildWhyTab(), QString());
    mTabs->addTab(buildHealthTab(), QString());
    mTabs->addTab(buildTargetsTab(), QString());
    layout->addWidget(mTabs);
    retranslateUi();
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Kpi || topic == core::Topic::Orders || topic == core::Topic::Everything)
            reload();
        else if (topic == core::Topic::Promotions) // the calendar is on the targets tab
            loadTargets();
    });
    reload();
}

// ---------------------------------------------------------------------------------------------
// Building

QWidget *KpiPanel::buildDailyTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    mMonthLabel = new QLabel(page);
    mMonth = new QComboBox(page);
    mMonth->setObjectName(QStringLiteral("month"));
    mImport = new QPushButton(page);
    mImport->setObjectName(QStringLiteral("import"));
    mExport = new QPushButton(page);
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
    mTable = readOnlyTable(mModel, page, QStringLiteral("table"));

    mSummary = new QLabel(page);
    mSummary->setObjectName(QStringLiteral("summary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);

    mEntryBox = new QGroupBox(page);
    auto *grid = new QGridLayout(mEntryBox);
    mDay = new QDateEdit(mEntryBox);
    mDay->setObjectName(QStringLiteral("entryDay"));
    mDay->setCalendarPopup(true);
    mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDay->setDate(QDate::currentDate().addDays(-1));
    mPv = countBox(mEntryBox);
    mUv = countBox(mEntryBox);
    mSales = moneyBox(mEntryBox);
    mUnits = countBox(mEntryBox);
    mBuyers = countBox(mEntryBox);
    mPaidUv = countBox(mEntryBox);
    mDsr = new QDoubleSpinBox(mEntryBox);
    mDsr->setDecimals(2);
    mDsr->setRange(0, 5);
    mDsr->setSingleStep(0.01);
    mDsr->setSpecialValueText(QStringLiteral("—"));
    mBounce = rateBox(mEntryBox);
    mRefund = rateBox(mEntryBox);
    mGood = rateBox(mEntryBox);
    mPv->setObjectName(QStringLiteral("entryPv"));
    mUv->setObjectName(QStringLiteral("entryUv"));
    mSales->setObjectName(QStringLiteral("entrySales"));
    mBuyers->setObjectName(QStringLiteral("entryBuyers"));
    const QList<QWidget *> fields = { mDay, mPv, mUv, mSales, mUnits, mBuyers, mPaidUv, mDsr, mBounce, mRefund, mGood };
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(mEntryBox);
        label->setBuddy(fields.at(i));
        mEntryLabels << label;
        grid->addWidget(label, (i / 4) * 2, i % 4);
        grid->addWidget(fields.at(i), (i / 4) * 2 + 1, i % 4);
    }
    mSaveDay = new QPushButton(mEntryBox);
    mSaveDay->setObjectName(QStringLiteral("saveDay"));
    grid->addWidget(mSaveDay, 5, 3);

    mCampaignBox = new QGroupBox(page);
    auto *cv = new QVBoxLayout(mCampaignBox);
    mCampaignModel = new core::RecordTableModel(
        {
            { [] { return tr("Campaign"); }, ColumnKind::Text },
            { [] { return tr("Channel"); }, ColumnKind::Text },
            { [] { return tr("Ad spend"); }, ColumnKind::Money },
            { [] { return tr("Paid visitors"); }, ColumnKind::Integer },
            { [] { return tr("Attributed sales"); }, ColumnKind::Money },
            { [] { return tr("ROI"); }, ColumnKind::Decimal },
            { [] { return tr("Cost per visitor"); }, ColumnKind::Money },
            { [] { return tr("Traffic value"); }, ColumnKind::Money },
        },
        this);
    mCampaignTable = readOnlyTable(mCampaignModel, mCampaignBox, QStringLiteral("campaigns"));
    cv->addWidget(mCampaignTable);
    auto *crow = new QHBoxLayout;
    mCampaignDay = new QDateEdit(mCampaignBox);
    mCampaignDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mCampaignDay->setCalendarPopup(true);
    mCampaignDay->setDate(QDate::currentDate().addDays(-1));
    mCampaignName = new QLineEdit(mCampaignBox);
    mCampaignName->setObjectName(QStringLiteral("campaignName"));
    mCampaignName->setMinimumWidth(110);
    mChannel = new QComboBox(mCampaignBox);
    mChannel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mChannel->setMinimumContentsLength(5);
    for (const QString &code : { QStringLiteral("ztc"), QStringLiteral("zuanzhan"), QStringLiteral("taobaoke") })
        mChannel->addItem(QString(), code);
    mSpend = moneyBox(mCampaignBox);
    mCampaignUv = countBox(mCampaignBox);
    mCampaignSales = moneyBox(mCampaignBox);
    mSpend->setObjectName(QStringLiteral("campaignSpend"));
    mCampaignSales->setObjectName(QStringLiteral("campaignSales"));
    mAddCampaign = new QPushButton(mCampaignBox);
    mAddCampaign->setObjectName(QStringLiteral("addCampaign"));
    for (QWidget *w : std::initializer_list<QWidget *> {
             mCampaignDay, mCampaignName, mChannel, mSpend, mCampaignUv, mCampaignSales, mAddCampaign })
        crow->addWidget(w);
    crow->setStretch(1, 1);
    cv->addLayout(crow);

    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(mTable);
    auto *lower = new QWidget(split);
    auto *lv = new QVBoxLayout(lower);
    lv->setContentsMargins(0, 0, 0, 0);
    lv->addWidget(mSummary);
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(mEntryBox, 3);
    boxes->addWidget(mCampaignBox, 2);
    lv->addLayout(boxes);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split);

    connect(mMonth, &QComboBox::currentIndexChanged, this, [this] {
        if (!mLoading)
            loadDaily();
    });
    connect(mImport, &QPushButton::clicked, this, [this] {
        const QString path = core::FileDialog::getOpenFileName(
            this, tr("Import the platform's daily export"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(mExport, &QPushButton::clicked, this, [this] {
        const QString path = askSaveFile(tr("Export the monthly appraisal sheet"),
            tr("Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"), tr("appraisal-%1.xlsx").arg(mReport.label));
        if (!path.isEmpty())
            exportSheet(path);
    });
    connect(mSaveDay, &QPushButton::clicked, this, [this] { saveEnteredDay(); });
    connect(mAddCampaign, &QPushButton::clicked, this, [this] { saveCampaign(); });
    connect(mTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QDate day = core::fromDbDate(mModel->index(index.row(), 0).data(Qt::UserRole).toString());
        for (const DailyKpi &d : std::as_const(mMonthDays))
            if (d.day == day)
                editDay(d);
    });
    return page;
}

QWidget *KpiPanel::buildChartsTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    mChartKind = new QComboBox(page);
    mChartKind->setObjectName(QStringLiteral("chartKind"));
    mChartKind->addItem(QString(), QStringLiteral("trend"));
    mChartKind->addItem(QString(), QStringLiteral("pareto"));
    mMetric = new QComboBox(page);
    mMetric->setObjectName(QStringLiteral("metric"));
    for (TrendMetric m :
        { TrendMetric::Sales, TrendMetric::Uv, TrendMetric::Pv, TrendMetric::Conversion, TrendMetric::Aov })
        mMetric->addItem(QString(), int(m));
    mFrom = new QDateEdit(page);
    mTo = new QDateEdit(page);
    for (QDateEdit *d : { mFrom, mTo }) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    mLastWeek = new QCheckBox(page);
    mLastMonth = new QCheckBox(page);
    mLastWeek->setChecked(true);
    mLastMonth->setChecked(true);
    mChartPng = new QPushButton(page);
    mChartPdf = new QPushButton(page);
    for (int i = 0; i < 3; ++i)
        mChartLabels << new QLabel(page);
    row->addWidget(mChartLabels[0]);
    row->addWidget(mChartKind);
    row->addWidget(mMetric);
    row->addWidget(mChartLabels[1]);
    row->addWidget(mFrom);
    row->addWidget(mChartLabels[2]);
    row->addWidget(mTo);
    row->addWidget(mLastWeek);
    row->addWidget(mLastMonth);
    row->addStretch();
    row->addWidget(mChartPng);
    row->addWidget(mChartPdf);
    v->addLayout(row);
    mChartView = chartView(page);
    mChartView->setObjectName(QStringLiteral("chart"));
    v->addWidget(mChartView, 1);
    auto reloadCharts = [this] {
        if (!mLoading)
            loadCharts();
    };
    connect(mChartKind, &QComboBox::currentIndexChanged, this, reloadCharts);
    connect(mMetric, &QComboBox::currentIndexChanged, this, reloadCharts);
    connect(mFrom, &QDateEdit::dateChanged, this, reloadCharts);
    connect(mTo, &QDateEdit::dateChanged, this, reloadCharts);
    connect(mLastWeek, &QCheckBox::toggled, this, reloadCharts);
    connect(mLastMonth, &QCheckBox::toggled, this, reloadCharts);
    auto save = [this](const QString &filter, const QString &suffix) {
        const QString path = askSaveFile(
            tr("Save the chart"), filter, mChartKind->currentData().toString() + QLatin1Char('.') + suffix);
        if (!path.isEmpty())
            exportChart(path);
    };
    connect(mChartPng, &QPushButton::clicked, this, [save] { save(tr("PNG image (*.png)"), QStringLiteral("png")); });
    connect(mChartPdf, &QPushButton::clicked, this, [save] { save(tr("PDF (*.pdf)"), QStringLiteral("pdf")); });
    return page;
}

QWidget *KpiPanel::buildWhyTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    mCompare = new QComboBox(page);
    mCompare->setObjectName(QStringLiteral("compare"));
    for (int i = 0; i < 3; ++i)
        mCompare->addItem(QString(), i);
    mCompare->setCurrentIndex(2);
    mCompareLabel = new QLabel(page);
    mCompareDay = new QDateEdit(page);
    mCompareDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mCompareDay->setCalendarPopup(true);
    mWhyPng = new QPushButton(page);
    mWhyPdf = new QPushButton(page);
    row->addWidget(mCompare);
    row->addWidget(mCompareLabel);
    row->addWidget(mCompareDay);
    row->addStretch();
    row->addWidget(mWhyPng);
    row->addWidget(mWhyPdf);
    v->addLayout(row);
    mWhyText = new QLabel(page);
    mWhyText->setObjectName(QStringLiteral("whyText"));
    mWhyText->setWordWrap(true);
    v->addWidget(mWhyText);
    mWhyView = chartView(page);
    v->addWidget(mWhyView, 1);
    mWhyModel = new core::RecordTableModel(
        {
            { [] { return tr("Factor"); }, ColumnKind::Text },
            { [] { return tr("Before"); }, ColumnKind::Text },
            { [] { return tr("After"); }, ColumnKind::Text },
            { [] { return tr("Contribution"); }, ColumnKind::Money },
            { [] { return tr("Share of the change"); }, ColumnKind::Percent },
        },
        this);
    auto *parts = readOnlyTable(mWhyModel, page, QStringLiteral("parts"));
    parts->setMaximumHeight(170);
    v->addWidget(parts);
    auto reloadWhy = [this] {
        if (!mLoading)
            loadWhy();
    };
    connect(mCompare, &QComboBox::currentIndexChanged, this, reloadWhy);
    connect(mCompareDay, &QDateEdit::dateChanged, this, reloadWhy);
    auto save = [this](const QString &filter, const QString &suffix) {
        const QString path = askSaveFile(tr("Save the chart"), filter, QStringLiteral("decompose.") + suffix);
        if (!path.isEmpty())
            exportChart(path);
    };
    connect(mWhyPng, &QPushButton::clicked, this, [save] { save(tr("PNG image (*.png)"), QStringLiteral("png")); });
    connect(mWhyPdf, &QPushButton::clicked, this, [save] { save(tr("PDF (*.pdf)"), QStringLiteral("pdf")); });
    return page;
}

QWidget *KpiPanel::buildHealthTab()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    mHealthNote = new QLabel(page);
    mHealthNote->setWordWrap(true);
    grid->addWidget(mHealthNote, 0, 0, 1, 3);
    for (int i = 0; i < 3; ++i) {
        auto *light = new QLabel(page);
        light->setObjectName(QStringLiteral("light%1").arg(i));
        light->setWordWrap(true);
        light->setTextFormat(Qt::RichText);
        light->setMargin(6);
        mLights << light;
        grid->addWidget(light, 1, i);
        auto *view = chartView(page);
        mHealthViews << view;
        grid->addWidget(view, 2, i);
    }
    grid->setRowStretch(2, 1);
    return page;
}

QWidget *KpiPanel::buildTargetsTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *page = new QWidget;
    scroll->setWidget(page);
    auto *v = new QVBoxLayout(page);
    mTargetBox = new QGroupBox(page);
    auto *grid = new QGridLayout(mTargetBox);
    mYear = new QSpinBox(mTargetBox);
    mYear->setObjectName(QStringLiteral("year"));
    mYear->setRange(2000, 2100);
    mYear->setValue(QDate::currentDate().year());
    mYearTarget = moneyBox(mTargetBox, 1e11);
    mYearTarget->setObjectName(QStringLiteral("yearTarget"));
    for (int q = 0; q < 4; ++q) {
        auto *b = moneyBox(mTargetBox, 1e11);
        b->setObjectName(QStringLiteral("quarter%1").arg(q + 1));
        b->setSpecialValueText(QStringLiteral("—"));
        mQuarterTargets << b;
    }
    mPlanConversion = new QDoubleSpinBox(mTargetBox);
    mPlanConversion->setDecimals(2);
    mPlanConversion->setRange(0.01, 100);
    mPlanConversion->setSuffix(QStringLiteral("%"));
    mPlanAov = moneyBox(mTargetBox);
    mPlanDepth = new QDoubleSpinBox(mTargetBox);
    mPlanDepth->setDecimals(2);
    mPlanDepth->setRange(1, 50);
    const QList<QWidget *> fields = { mYear, mYearTarget, mQuarterTargets[0], mQuarterTargets[1], mQuarterTargets[2],
        mQuarterTargets[3], mPlanConversion, mPlanAov, mPlanDepth };
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(mTargetBox);
        label->setBuddy(fields.at(i));
        mTargetLabels << label;
        grid->addWidget(label, (i / 5) * 2, i % 5);
        grid->addWidget(fields.at(i), (i / 5) * 2 + 1, i % 5);
    }
    mCategories = new QTableWidget(0, 2, mTargetBox);
    mCategories->setObjectName(QStringLiteral("categoryTargets"));
    mCategories->setMaximumHeight(120);
    mCategories->horizontalHeader()->setStretchLastSection(true);
    grid->addWidget(mCategories, 4, 0, 1, 4);
    auto *buttons = new QVBoxLayout;
    mAddCategory = new QPushButton(mTargetBox);
    mSaveTargets = new QPushButton(mTargetBox);
    mSaveTargets->setObjectName(QStringLiteral("saveTargets"));
    buttons->addWidget(mAddCategory);
    buttons->addWidget(mSaveTargets);
    buttons->addStretch();
    grid->addLayout(buttons, 4, 4);
    v->addWidget(mTargetBox);

    mProgress = new QLabel(page);
    mProgress->setObjectName(QStringLiteral("progress"));
    mProgress->setWordWrap(true);
    v->addWidget(mProgress);
    mTargetModel = new core::RecordTableModel(
        {
            { [] { return tr("Quarter"); }, ColumnKind::Text },
            { [] { return tr("From"); }, ColumnKind::Text },
            { [] { return tr("To"); }, ColumnKind::Text },
            { [] { return tr("Sales target"); }, ColumnKind::Money },
            { [] { return tr("Paid buyers needed"); }, ColumnKind::Integer },
            { [] { return tr("Visitors needed"); }, ColumnKind::Integer },
            { [] { return tr("UV per day"); }, ColumnKind::Integer },
            { [] { return tr("PV per day"); }, ColumnKind::Integer },
            { [] { return tr("Sales so far"); }, ColumnKind::Money },
            { [] { return tr("Reached"); }, ColumnKind::Percent },
        },
        this);
    auto *targets = readOnlyTable(mTargetModel, page, QStringLiteral("targets"));
    targets->setMinimumHeight(150);
    v->addWidget(targets);

    mCalendarBox = new QGroupBox(page);
    auto *cv = new QVBoxLayout(mCalendarBox);
    mCalendarModel = new core::RecordTableModel(
        {
            { [] { return tr("Date"); }, ColumnKind::Text },
            { [] { return tr("Promotion"); }, ColumnKind::Text },
            { [] { return tr("Decide restocking by"); }, ColumnKind::Text },
            { [] { return tr("Days to go"); }, ColumnKind::Integer },
        },
        this);
    mCalendarTable = readOnlyTable(mCalendarModel, mCalendarBox, QStringLiteral("calendar"));
    mCalendarTable->setMinimumHeight(200);
    cv->addWidget(mCalendarTable);
    auto *prow = new QHBoxLayout;
    mPromoDay = new QDateEdit(mCalendarBox);
    mPromoDay->setObjectName(QStringLiteral("promotionDay"));
    mPromoDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mPromoDay->setCalendarPopup(true);
    mPromoDay->setDate(QDate::currentDate());
    mPromoName = new QLineEdit(mCalendarBox);
    mPromoName->setObjectName(QStringLiteral("promotionName"));
    mAddPromo = new QPushButton(mCalendarBox);
    mAddPromo->setObjectName(QStringLiteral("addPromotion"));
    mRemovePromo = new QPushButton(mCalendarBox);
    mRemovePromo->setObjectName(QStringLiteral("removePromotion"));
    prow->addWidget(mPromoDay);
    prow->addWidget(mPromoName, 1);
    prow->addWidget(mAddPromo);
    prow->addWidget(mRemovePromo);
    cv->addLayout(prow);
    v->addWidget(mCalendarBox);

    connect(mYear, &QSpinBox::valueChanged, this, [this] {
        if (!mLoading)
            loadTargets();
    });
    connect(mAddCategory, &QPushButton::clicked, this, [this] { mCategories->insertRow(mCategories->rowCount()); });
    connect(mSaveTargets, &QPushButton::clicked, this, [this] { saveTargets(); });
    connect(mAddPromo, &QPushButton::clicked, this, [this] { addPromotion(); });
    connect(mRemovePromo, &QPushButton::clicked, this, [this] { removePromotion(); });
    return scroll;
}

// ---------------------------------------------------------------------------------------------
// Loading

void KpiPanel::reload()
{
    mLoading = true;
    KpiRepository repo(mContext.db);
    auto span = repo.span();
    const QString current = mMonth->currentData().toString();
    mMonth->clear();
    mMonth->addItem(tr("Every day"), QString());
    if (span && span->first.isValid()) {
        for (QDate m(span->second.year(), span->second.month(), 1);
             m >= QDate(span->first.year(), span->first.month(), 1); m = m.addMonths(-1))
            mMonth->addItem(m.toString(QStringLiteral("yyyy-MM")), m.toString(QStringLiteral("yyyy-MM")));
        const int keep = current.isEmpty() ? -1 : mMonth->findData(current);
        mMonth->setCurrentIndex(keep >= 0 ? keep : 1);
        if (!mTo->date().isValid() || mTo->date() == QDate(2000, 1, 1) || mTo->date() > span->second
            || mTo->date() < span->first) {
            mTo->setDate(span->second);
            mFrom->setDate(std::max(span->first, span->second.addDays(-29)));
        }
        if (mCompareDay->date() == QDate(2000, 1, 1) || mCompareDay->date() > span->second
            || mCompareDay->date() < span->first)
            mCompareDay->setDate(span->second);
    } else if (!span) {
        mContext.events.reportError(span.errorMessage());
    }
    mLoading = false;
    loadDaily();
    loadCharts();
    loadWhy();
    loadHealth();
    loadTargets();
}

void KpiPanel::showMonth(const QString &month)
{
    const int i = mMonth->findData(month);
    if (i >= 0)
        mMonth->setCurrentIndex(i);
}

void KpiPanel::loadDaily()
{
    QDate from, to;
    const QString month = mMonth->currentData().toString();
    QString label = month;
    if (month.isEmpty() || !parseMonth(month, &from, &to)) {
        from = QDate(1900, 1, 1);
        to = QDate(9999, 12, 31);
        label = tr("every day");
    }
    auto r = buildReport(mContext.db, from, to, label);
    if (!r) {
        mContext.events.reportError(r.errorMessage());
        return;
    }
    mReport = *r;
    mMonthDays = mReport.days;
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
            d.averageOrderValue().fen(), d.visitDepth(), bandName(depthBand(d.visitDepth())),
            d.uv > 0 ? QVariant(double(d.paidUv) / double(d.uv)) : QVariant(), opt(d.dsr), opt(d.bounceRate),
            opt(d.refundDisputeRate), opt(d.goodRatingRate), fromOrders, diff, units, buyers });
    }
    mModel->setRows(rows);

    const PeriodTotals &t = mReport.totals;
    const QLocale l;
    QString html
        = tr("<b>%1</b>: %2 days · PV %3 · UV %4 · sales %5 · units %6 · paid buyers %7 · conversion %8% · "
             "AOV %9")
              .arg(mReport.label)
              .arg(t.days)
              .arg(l.toString(t.pv), l.toString(t.uv), t.sales.toDisplayString(), l.toString(t.units),
                  l.toString(t.paidBuyers), l.toString(t.conversion() * 100.0, 'f', 2), t.aov().toDisplayString());
    html += QStringLiteral("<br>")
        + tr("Visit depth %1 (%2) · traffic value %3 per visitor at %4% margin: the most a paid click may cost")
              .arg(l.toString(t.visitDepth(), 'f', 2), bandName(depthBand(t.visitDepth())),
                  QStringLiteral("¥") + l.toString(mReport.trafficValue, 'f', 2),
                  l.toString(mReport.margin * 100.0, 'f', 0));
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
                  .arg(mReport.orderTotals.sales.toDisplayString(), l.toString(mReport.orderTotals.units));
    mSummary->setText(html);

    QList<QVariantList> campaigns;
    for (const CampaignTotals &c : std::as_const(mReport.campaigns)) {
        const QVariant cpc
            = c.paidUv > 0 ? QVariant(qint64(std::llround(double(c.spend.fen()) / double(c.paidUv)))) : QVariant();
        campaigns.append({ c.campaign, channelName(c.channel), c.spend.fen(), c.paidUv, c.sales.fen(),
            roi(c.sales, c.spend), cpc, qint64(std::llround(mReport.trafficValue * 100.0)) });
    }
    mCampaignModel->setRows(campaigns);
}

void KpiPanel::loadCharts()
{
    const bool isTrend = mChartKind->currentData().toString() == QLatin1String("trend");
    mMetric->setEnabled(isTrend);
    mLastWeek->setEnabled(isTrend);
    mLastMonth->setEnabled(isTrend);
    auto chart = currentChart();
    if (!chart)
        return;
    QChart *old = mChartView->chart();
    mChartView->setChart(chart.release());
    delete old;
}

std::unique_ptr<QChart> KpiPanel::currentChart() const
{
    KpiRepository repo(mContext.db);
    const QDate from = mFrom->date(), to = std::max(mFrom->date(), mTo->date());
    switch (mTabs->currentIndex()) {
    case WhyTab:
        return KpiCharts::decomposition(mDecomposition);
    default:
        break;
    }
    if (mChartKind->currentData().toString() == QLatin1String("pareto")) {
        auto items = core::OrderRepository(mContext.db).itemSales(from, to);
        if (!items) {
            mContext.events.reportError(items.errorMessage());
            return nullptr;
        }
        return KpiCharts::pareto(pareto(*items));
    }
    auto rows = repo.range(from.addMonths(-1).addDays(-7), to);
    if (!rows) {
        mContext.events.reportError(rows.errorMessage());
        return nullptr;
    }
    const Trend t = trend(*rows, TrendMetric(mMetric->currentData().toInt()), from, to);
    return KpiCharts::trend(t, mLastWeek->isChecked(), mLastMonth->isChecked());
}

void KpiPanel::showComparison(int kind, QDate day)
{
    mLoading = true;
    mCompare->setCurrentIndex(kind);
    mCompareDay->setDate(day);
    mLoading = false;
    loadWhy();
}

void KpiPanel::loadWhy()
{
    const QDate day = mCompareDay->date();
    QDate f1, t1, f2, t2;
    QString l1, l2;
    switch (mCompare->currentIndex()) {
    case 0: // day on day
        f2 = t2 = day;
        f1 = t1 = day.addDays(-1);
        l1 = core::toDbDate(f1);
        l2 = core::toDbDate(f2);
        break;
    case 1: // week on week: the 7 days ending `day` against the 7 before
        t2 = day;
        f2 = day.addDays(-6);
        t1 = f2.addDays(-1);
        f1 = t1.addDays(-6);
        l1 = tr("%1 to %2").arg(core::toDbDate(f1), core::toDbDate(t1));
        l2 = tr("%1 to %2").arg(core::toDbDate(f2), core::toDbDate(t2));
        break;
    default: // month on month: the month of `day` against the one before
        f2 = QDate(day.year(), day.month(), 1);
        t2 = f2.addMonths(1).addDays(-1);
        f1 = f2.addMonths(-1);
        t1 = f2.addDays(-1);
        l1 = f1.toString(QStringLiteral("yyyy-MM"));
        l2 = f2.toString(QStringLiteral("yyyy-MM"));
        break;
    }
    KpiRepository repo(mContext.db);
    auto a = repo.range(f1, t1);
    auto b = repo.range(f2, t2);
    if (!a || !b) {
        mContext.events.reportError(!a ? a.errorMessage() : b.errorMessage());
        return;
    }
    mDecomposition = decompose(PeriodFigures::fromRows(l1, *a), PeriodFigures::fromRows(l2, *b));
    const Decomposition &d = mDecomposition;
    mWhyText->setText(d.summary());
    const QLocale l;
    auto share
        = [&](qint64 part) { return d.changeFen != 0 ? QVariant(double(part) / double(d.changeFen)) : QVariant(); };
    mWhyModel->setRows({
        { Decomposition::factorName(Factor::Visitors), l.toString(qint64(d.before.visitors)),
            l.toString(qint64(d.after.visitors)), d.visitorsFen, share(d.visitorsFen) },
        { Decomposition::factorName(Factor::Conversion),
            QString(l.toString(d.before.conversion * 100.0, 'f', 2) + QLatin1Char('%')),
            QString(l.toString(d.after.conversion * 100.0, 'f', 2) + QLatin1Char('%')), d.conversionFen,
            share(d.conversionFen) },
        { Decomposition::factorName(Factor::Aov), QString(QStringLiteral("¥") + l.toString(d.before.aov, 'f', 2)),
            QString(QStringLiteral("¥") + l.toString(d.after.aov, 'f', 2)), d.aovFen, share(d.aovFen) },
        { tr("Not explained (residual)"), QString(), QString(), d.residualFen, share(d.residualFen) },
        { tr("Change in sales"), d.before.sales.toDisplayString(), d.after.sales.toDisplayString(), d.changeFen,
            share(d.changeFen) },
    });
    QChart *old = mWhyView->chart();
    mWhyView->setChart(KpiCharts::decomposition(d).release());
    delete old;
}

void KpiPanel::loadHealth()
{
    KpiRepository repo(mContext.db);
    auto span = repo.span();
    if (!span || !span->second.isValid()) {
        mHealthRows.clear();
    } else {
        auto rows = repo.range(span->second.addDays(-89), span->second);
        if (!rows) {
            mContext.events.reportError(rows.errorMessage());
            return;
        }
        mHealthRows = *rows;
    }
    // The day a figure crossed is searched over the whole history, not just the 90 days shown.
    auto all = repo.range();
    const QList<HealthCheck> checks = healthChecks(all ? *all : mHealthRows);
    const QLocale l;
    for (int i = 0; i < 3 && i < checks.size(); ++i) {
        const HealthCheck &c = checks.at(i);
        const bool percent = c.metric != HealthMetric::Dsr;
        const QString value = !c.latest ? tr("not recorded")
            : percent                   ? l.toString(*c.latest * 100.0, 'f', 2) + QLatin1Char('%')
                                        : l.toString(*c.latest, 'f', 2);
        QString text = QStringLiteral("<b>%1</b>: %2 (%3)")
                           .arg(HealthCheck::metricName(c.metric), value, HealthCheck::ruleText(c.metric));
        if (c.red)
            text += QStringLiteral("<br>") + tr("Red since %1").arg(core::toDbDate(c.since));
        else if (c.lastCrossed.isValid())
            text += QStringLiteral("<br>") + tr("Last on the wrong side on %1").arg(core::toDbDate(c.lastCrossed));
        else if (c.latest)
            text += QStringLiteral("<br>") + tr("Green");
        mLights[i]->setText(text);
        mLights[i]->setStyleSheet(c.red
                ? QStringLiteral("background:#fde2e2; color:#a40000; border:1px solid #d62728;")
                : QStringLiteral("background:#e6f4e6; color:#1e5e1e; border:1px solid #2ca02c;"));
        QChart *old = mHealthViews[i]->chart();
        mHealthViews[i]->setChart(KpiCharts::health(mHealthRows, c.metric).release());
        delete old;
    }
}

void KpiPanel::loadTargets()
{
    mLoading = true;
    const int year = mYear->value();
    KpiRepository repo(mContext.db);
    auto stored = repo.targets(year);
    if (!stored) {
        mLoading = false;
        mContext.events.reportError(stored.errorMessage());
        return;
    }
    TargetInput in;
    in.year = year;
    for (QDoubleSpinBox *b : std::as_const(mQuarterTargets))
        b->setValue(0);
    mYearTarget->setValue(0);
    mCategories->setRowCount(0);
    for (const SalesTarget &t : std::as_const(*stored)) {
        if (!t.category.isEmpty()) {
            const int r = mCategories->rowCount();
            mCategories->insertRow(r);
            mCategories->setItem(r, 0, new QTableWidgetItem(t.category));
            mCategories->setItem(r, 1, new QTableWidgetItem(t.sales.toPlainString()));
            in.categorySales.insert(t.category, t.sales);
        } else if (t.quarter == 0) {
            in.yearSales = t.sales;
            mYearTarget->setValue(double(t.sales.fen()) / 100.0);
        } else {
            in.quarterSales[size_t(t.quarter - 1)] = t.sales;
            mQuarterTargets[t.quarter - 1]->setValue(double(t.sales.fen()) / 100.0);
        }
    }
    // Plan from the last 90 days unless the user has typed their own.
    auto span = repo.span();
    if (span && span->second.isValid() && mPlanAov->value() == 0) {
        auto recent = repo.totals(span->second.addDays(-89), span->second);
        if (recent && recent->uv > 0) {
            mPlanConversion->setValue(recent->conversion() * 100.0);
            mPlanAov->setValue(double(recent->aov().fen()) / 100.0);
            mPlanDepth->setValue(recent->visitDepth());
        }
    }
    // Last year's sales per quarter spread the unset quarters.
    for (int q = 0; q < 4; ++q) {
        auto last = repo.totals(QDate(year - 1, 3 * q + 1, 1), QDate(year - 1, 3 * q + 1, 1).addMonths(3).addDays(-1));
        in.quarterWeights[size_t(q)] = last ? last->sales.fen() : 0;
    }
    in.conversion = mPlanConversion->value() / 100.0;
    in.aov = moneyOf(mPlanAov);
    in.visitDepth = mPlanDepth->value();
    mLoading = false;

    const TargetPlan plan = planTargets(in);
    const QDate latest = span && span->second.isValid() ? span->second : QDate::currentDate();
    QList<QVariantList> rows;
    if (plan.valid) {
        auto actual = repo.range(QDate(year, 1, 1), QDate(year, 12, 31));
        for (const QuarterTarget &q : plan.quarters) {
            qint64 sold = 0;
            if (actual)
                for (const DailyKpi &d : std::as_const(*actual))
                    if (d.day >= q.first && d.day <= q.last)
                        sold += d.sales.fen();
            rows.append({ QString(tr("Q%1").arg(q.quarter) + (q.set ? QString() : tr(" (spread)"))),
                core::toDbDate(q.first), core::toDbDate(q.last), q.sales.fen(), q.buyers, q.uv, q.uvPerDay, q.pvPerDay,
                sold, q.sales.fen() > 0 ? QVariant(double(sold) / double(q.sales.fen())) : QVariant() });
        }
        // Categories: their sales so far from the shop's orders (items' categories).
        // (Read only when a category has a target: a year of order lines is the panel's costliest query.)
        auto byCategory = plan.categories.isEmpty() ? core::Result<QMap<QString, Money>>(QMap<QString, Money>())
                                                    : repo.categorySales(QDate(year, 1, 1), QDate(year, 12, 31));
        for (const CategoryTarget &c : plan.categories) {
            const qint64 sold = byCategory ? byCategory->value(c.category).fen() : 0;
            rows.append({ tr("Category %1").arg(c.category), core::toDbDate(QDate(year, 1, 1)),
                core::toDbDate(QDate(year, 12, 31)), c.sales.fen(), QVariant(), QVariant(), QVariant(), QVariant(),
                sold, c.sales.fen() > 0 ? QVariant(double(sold) / double(c.sales.fen())) : QVariant() });
        }
        const QList<ProgressPoint> progress = targetProgress(plan, actual ? *actual : QList<DailyKpi>(), latest);
        if (!progress.isEmpty()) {
            const ProgressPoint &p = progress.last();
            mProgress->setText(tr("Progress to %1: sales %2 against %3 due by that day (%4%); the year's target is %5.")
                                   .arg(core::toDbDate(p.day), p.actual.toDisplayString(), p.target.toDisplayString(),
                                       QLocale().toString(p.ratio * 100.0, 'f', 1), plan.yearSales.toDisplayString()));
        } else {
            mProgress->setText(tr("The year's target is %1.").arg(plan.yearSales.toDisplayString()));
        }
    } else {
        mProgress->setText(in.yearSales.fen() > 0 ? plan.problem : tr("No sales target is set for %1 yet.").arg(year));
    }
    mTargetModel->setRows(rows);

    auto calendar = core::PromotionRepository(mContext.db).calendar(year);
    if (!calendar)
        mContext.events.reportError(calendar.errorMessage());
    mCalendar = calendar ? *calendar : core::PromotionRepository::platformDates(year);
    QList<QVariantList> cal;
    for (const core::Promotion &p : std::as_const(mCalendar))
        cal.append({ core::toDbDate(p.day), p.own ? tr("%1 (store)").arg(p.name) : p.name, core::toDbDate(p.prepareBy),
            latest.daysTo(p.day) >= 0 ? QVariant(latest.daysTo(p.day)) : QVariant() });
    mCalendarModel->setRows(cal);
}

// ---------------------------------------------------------------------------------------------
// Actions (every write an undoable command)

void KpiPanel::done(const core::Status &status, core::Topic topic)
{
    mLastOk = status.ok();
    if (!status)
        mContext.events.reportError(status.errorMessage());
    mContext.events.notifyChanged(topic);
}

bool KpiPanel::importFile(const QString &path)
{
    auto csv = core::CsvFile::read(path, core::CsvFile::Shape::TitleLinesFirst);
    if (!csv) {
        mContext.events.reportError(csv.errorMessage());
        return false;
    }
    auto plan = KpiImport::plan(KpiRepository(mContext.db), *csv);
    if (!plan) {
        mContext.events.reportError(plan.errorMessage());
        return false;
    }
    undoStack()->push(new SaveDaysCommand(mContext, plan->rows, plan->previous,
        tr("Import %n day(s) from %1", nullptr, int(plan->rows.size())).arg(plan->fileName),
        [this](const core::Status &s) { done(s); }));
    const bool ok = mLastOk;
    if (ok && !plan->rows.isEmpty())
        showMonth(plan->rows.last().day.toString(QStringLiteral("yyyy-MM")));
    return ok;
}

void KpiPanel::editDay(const DailyKpi &d)
{
    mDay->setDate(d.day);
    mPv->setValue(int(d.pv));
    mUv->setValue(int(d.uv));
    mSales->setValue(double(d.sales.fen()) / 100.0);
    mUnits->setValue(int(d.units));
    mBuyers->setValue(int(d.paidBuyers));
    mPaidUv->setValue(int(d.paidUv));
    mDsr->setValue(d.dsr.value_or(0));
    mBounce->setValue(d.bounceRate.value_or(0) * 100.0);
    mRefund->setValue(d.refundDisputeRate.value_or(0) * 100.0);
    mGood->setValue(d.goodRatingRate.value_or(0) * 100.0);
}

bool KpiPanel::saveEnteredDay()
{
    DailyKpi d;
    d.day = mDay->date();
    d.pv = mPv->value();
    d.uv = mUv->value();
    d.sales = moneyOf(mSales);
    d.units = mUnits->value();
    d.paidBuyers = mBuyers->value();
    d.paidUv = mPaidUv->value();
    if (mDsr->value() > 0)
        d.dsr = mDsr->value();
    d.bounceRate = rateOf(mBounce);
    d.refundDisputeRate = rateOf(mRefund);
    d.goodRatingRate = rateOf(mGood);
    if (d.paidBuyers > d.uv) {
        mContext.events.reportError(tr("%1: %2 paid buyers are more than the %3 visitors.")
                                        .arg(core::toDbDate(d.day))
                                        .arg(d.paidBuyers)
                                        .arg(d.uv));
        return false;
    }
    auto previous = KpiRepository(mContext.db).dayRow(d.day);
    if (!previous) {
        mContext.events.reportError(previous.errorMessage());
        return false;
    }
    undoStack()->push(new SaveDaysCommand(mContext, { d }, { qMakePair(d.day, *previous) },
        tr("Daily report of %1").arg(core::toDbDate(d.day)), [this](const core::Status &s) { done(s); }));
    const bool ok = mLastOk;
    if (ok)
        showMonth(d.day.toString(QStringLiteral("yyyy-MM")));
    return ok;
}

void KpiPanel::saveCampaign()
{
    CampaignDay c;
    c.day = mCampaignDay->date();
    c.campaign = mCampaignName->text().trimmed();
    c.channel = mChannel->currentData().toString();
    c.spend = moneyOf(mSpend);
    c.paidUv = mCampaignUv->value();
    c.sales = moneyOf(mCampaignSales);
    if (c.campaign.isEmpty()) {
        mContext.events.reportError(tr("Give the campaign a name."));
        return;
    }
    std::optional<CampaignDay> previous;
    auto existing = KpiRepository(mContext.db).campaignDays(c.day, c.day);
    if (!existing) {
        mContext.events.reportError(existing.errorMessage());
        return;
    }
    for (const CampaignDay &e : std::as_const(*existing))
        if (e.campaign == c.campaign)
            previous = e;
    undoStack()->push(new SaveCampaignCommand(mContext, c, previous,
        tr("Campaign %1 on %2").arg(c.campaign, core::toDbDate(c.day)), [this](const core::Status &s) { done(s); }));
}

void KpiPanel::saveTargets()
{
    const int year = mYear->value();
    QList<SalesTarget> targets;
    if (mYearTarget->value() > 0)
        targets << SalesTarget { year, 0, {}, moneyOf(mYearTarget) };
    for (int q = 0; q < 4; ++q)
        if (mQuarterTargets[q]->value() > 0)
            targets << SalesTarget { year, q + 1, {}, moneyOf(mQuarterTargets[q]) };
    for (int r = 0; r < mCategories->rowCount(); ++r) {
        const QString category = mCategories->item(r, 0) ? mCategories->item(r, 0)->text().trimmed() : QString();
        const QString amount = mCategories->item(r, 1) ? mCategories->item(r, 1)->text() : QString();
        if (category.isEmpty())
            continue;
        auto money = Money::parse(amount);
        if (!money) {
            mContext.events.reportError(tr("Category target for %1: %2").arg(category, money.errorMessage()));
            return;
        }
        targets << SalesTarget { year, 0, category, *money };
    }
    auto previous = KpiRepository(mContext.db).targets(year);
    if (!previous) {
        mContext.events.reportError(previous.errorMessage());
        return;
    }
    undoStack()->push(new SetTargetsCommand(mContext, year, targets, *previous, tr("Sales targets for %1").arg(year),
        [this](const core::Status &s) { done(s); }));
}

void KpiPanel::addPromotion()
{
    const QString name = mPromoName->text().trimmed();
    if (name.isEmpty()) {
        mContext.events.reportError(tr("Give the promotion a name."));
        return;
    }
    undoStack()->push(new PromotionCommand(mContext, mPromoDay->date(), name, true,
        tr("Promotion %1 on %2").arg(name, core::toDbDate(mPromoDay->date())),
        [this](const core::Status &s) { done(s, core::Topic::Promotions); }));
    mPromoName->clear();
}

void KpiPanel::removePromotion()
{
    const QModelIndex index = mCalendarTable->currentIndex();
    if (!index.isValid() || index.row() >= mCalendar.size() || !mCalendar.at(index.row()).own) {
        mContext.events.reportError(tr("Select one of the store's own dates to remove; the platforms' dates stay."));
        return;
    }
    const core::Promotion p = mCalendar.at(index.row());
    undoStack()->push(new PromotionCommand(mContext, p.day, p.name, false,
        tr("Remove promotion %1 on %2").arg(p.name, core::toDbDate(p.day)),
        [this](const core::Status &s) { done(s, core::Topic::Promotions); }));
}

bool KpiPanel::exportSheet(const QString &path)
{
    if (core::Status s = kpi::exportSheet(mReport, path); !s) {
        mContext.events.reportError(s.errorMessage());
        return false;
    }
    return true;
}

bool KpiPanel::exportChart(const QString &path)
{
    std::vector<std::unique_ptr<QChart>> charts;
    QSize size(1200, 700);
    if (mTabs->currentIndex() == HealthTab) {
        charts = KpiCharts::healthPanel(mHealthRows);
        size = QSize(600, 600);
    } else if (auto chart = currentChart()) {
        charts.push_back(std::move(chart));
    } else {
        return false;
    }
    if (core::Status s = KpiCharts::exportCharts(std::move(charts), path, size); !s) {
        mContext.events.reportError(s.errorMessage());
        return false;
    }
    return true;
}

namespace {
constexpr quint32 kStateMagic = 0x4B504931; // "KPI1"
}

QByteArray KpiPanel::saveState() const
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds << kStateMagic << qint32(mTabs->currentIndex()) << mTable->horizontalHeader()->saveState();
    return out;
}

void KpiPanel::restoreState(const QByteArray &state)
{
    QDataStream ds(state);
    quint32 magic = 0;
    qint32 tab = 0;
    QByteArray header;
    ds >> magic >> tab >> header;
    if (ds.status() != QDataStream::Ok || magic != kStateMagic)
        return; // another version's state (e.g. the foundation's table): keep the defaults
    if (tab >= 0 && tab < mTabs->count())
        mTabs->setCurrentIndex(tab);
    if (!header.isEmpty())
        mTable->horizontalHeader()->restoreState(header);
}

QString KpiPanel::askSaveFile(const QString &title, const QString &filter, const QString &suggested)
{
    return core::FileDialog::getSaveFileName(this, title, suggested, filter);
}

// ---------------------------------------------------------------------------------------------

void KpiPanel::retranslateUi()
{
    mTabs->setTabText(DailyTab, tr("Daily report"));
    mTabs->setTabText(ChartsTab, tr("Charts"));
    mTabs->setTabText(WhyTab, tr("Why sales moved"));
    mTabs->setTabText(HealthTab, tr("Health"));
    mTabs->setTabText(TargetsTab, tr("Targets"));
    mMonthLabel->setText(tr("Month:"));
    if (mMonth->count() > 0)
        mMonth->setItemText(0, tr("Every day"));
    mImport->setText(tr("Import daily export…"));
    mExport->setText(tr("Export appraisal sheet…"));
    mModel->retranslate();
    mEntryBox->setTitle(tr("Enter a day"));
    const QStringList entry
        = { tr("Date"), tr("Page views (PV)"), tr("Visitors (UV)"), tr("Sales"), tr("Units sold"), tr("Paid buyers"),
              tr("Paid visitors"), tr("DSR"), tr("Bounce rate"), tr("Refund-dispute rate"), tr("Good-rating rate") };
    for (int i = 0; i < mEntryLabels.size(); ++i)
        mEntryLabels[i]->setText(entry.value(i));
    mSaveDay->setText(tr("Save day"));
    mCampaignBox->setTitle(tr("Paid traffic per campaign (ROI)"));
    mCampaignModel->retranslate();
    mCampaignName->setPlaceholderText(tr("Campaign name"));
    for (int i = 0; i < mChannel->count(); ++i)
        mChannel->setItemText(i, channelName(mChannel->itemData(i).toString()));
    mSpend->setToolTip(tr("Ad spend"));
    mCampaignUv->setToolTip(tr("Paid visitors"));
    mCampaignSales->setToolTip(tr("Attributed sales"));
    mAddCampaign->setText(tr("Add"));

    mChartKind->setItemText(0, tr("Trend"));
    mChartKind->setItemText(1, tr("Pareto of items (80/20)"));
    for (int i = 0; i < mMetric->count(); ++i)
        mMetric->setItemText(i, Trend::metricName(TrendMetric(mMetric->itemData(i).toInt())));
    mChartLabels[0]->setText(tr("Chart:"));
    mChartLabels[1]->setText(tr("From"));
    mChartLabels[2]->setText(tr("to"));
    mLastWeek->setText(tr("Last week"));
    mLastMonth->setText(tr("Last month"));
    for (QPushButton *b : { mChartPng, mWhyPng })
        b->setText(tr("Save PNG…"));
    for (QPushButton *b : { mChartPdf, mWhyPdf })
        b->setText(tr("Save PDF…"));

    mCompare->setItemText(0, tr("Day on day"));
    mCompare->setItemText(1, tr("Week on week"));
    mCompare->setItemText(2, tr("Month on month"));
    mCompareLabel->setText(tr("ending"));
    mWhyModel->retranslate();
    mHealthNote->setText(
        tr("Platform health (天猫考核): DSR below 4.2, refund-dispute rate above 3% or good-rating rate "
           "below 98.5% put the store at risk. Charts show the last 90 days."));

    mTargetBox->setTitle(tr("Sales target"));
    const QStringList target = { tr("Year"), tr("Year's sales target"), tr("Q1 (empty: spread)"),
        tr("Q2 (empty: spread)"), tr("Q3 (empty: spread)"), tr("Q4 (empty: spread)"), tr("Planned conversion"),
        tr("Planned AOV"), tr("Planned visit depth") };
    for (int i = 0; i < mTargetLabels.size(); ++i)
        mTargetLabels[i]->setText(target.value(i));
    mCategories->setHorizontalHeaderLabels({ tr("Category"), tr("Category target (¥)") });
    mAddCategory->setText(tr("Add category"));
    mSaveTargets->setText(tr("Save targets"));
    mTargetModel->retranslate();
    mCalendarBox->setTitle(tr("Promotion calendar"));
    mCalendarModel->retranslate();
    mPromoName->setPlaceholderText(tr("The store's own date, e.g. 店庆"));
    mAddPromo->setText(tr("Add date"));
    mRemovePromo->setText(tr("Remove selected"));
    // Texts computed from data (summaries, chart titles) follow the language on the next load.
    if (mModel->rowCount() > 0 || mMonth->count() > 0)
        reload();
}

} // namespace shopdesk::kpi
