#include "StockReportView.h"

#include "ReportError.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Vocabulary.h>

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

namespace {
// Columns: 0 item code, 1 title, 2 colour, 3 size, 4 barcode, 5 category, 6 opening, then the in
// kinds, in, the out kinds, out, closing, and the five values at cost.
constexpr int kIn = int(StockIn::Count), kOut = int(StockOut::Count);
} // namespace

StockReportView::StockReportView(const core::PanelContext &context, StockService &stock, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mStock(stock)
{
    setObjectName(QStringLiteral("stockReportView"));
    auto *v = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    mFrom = new QDateEdit(this);
    mTo = new QDateEdit(this);
    mFrom->setObjectName(QStringLiteral("stockReportFrom"));
    mTo->setObjectName(QStringLiteral("stockReportTo"));
    for (QDateEdit *d : { mFrom, mTo }) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    const QDate today = QDate::currentDate();
    mFrom->setDate(QDate(today.year(), today.month(), 1));
    mTo->setDate(today);
    mBy = new QComboBox(this);
    mBy->setObjectName(QStringLiteral("stockReportBy"));
    for (StockReportGrouping g : { StockReportGrouping::Sku, StockReportGrouping::Item, StockReportGrouping::Category })
        mBy->addItem(QString(), int(g));
    mExport = new QPushButton(this);
    mExport->setObjectName(QStringLiteral("stockReportExport"));
    row->addWidget(mFrom);
    row->addWidget(mTo);
    row->addWidget(mBy);
    row->addStretch(1);
    row->addWidget(mExport);
    v->addLayout(row);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("stockReportSummary"));
    mSummary->setWordWrap(true);
    v->addWidget(mSummary);

    QList<core::ColumnSpec> columns {
        { [] { return tr("Item code"); }, ColumnKind::Text },
        { [] { return tr("Title"); }, ColumnKind::Text },
        { [] { return tr("Colour"); }, ColumnKind::Text },
        { [] { return tr("Size"); }, ColumnKind::Text },
        { [] { return tr("Barcode"); }, ColumnKind::Text },
        { [] { return tr("Category"); }, ColumnKind::Text },
        { [] { return tr("Opening"); }, ColumnKind::Integer },
    };
    for (int i = 0; i < kIn; ++i)
        columns.append({ [i] { return StockReport::inName(StockIn(i)); }, ColumnKind::Integer });
    columns.append({ [] { return tr("In"); }, ColumnKind::Integer });
    for (int i = 0; i < kOut; ++i)
        columns.append({ [i] { return StockReport::outName(StockOut(i)); }, ColumnKind::Integer });
    columns.append({ [] { return tr("Out"); }, ColumnKind::Integer });
    columns.append({ [] { return tr("Closing"); }, ColumnKind::Integer });
    columns.append({ [] { return tr("Opening value"); }, ColumnKind::Money });
    columns.append({ [] { return tr("In at cost"); }, ColumnKind::Money });
    columns.append({ [] { return tr("Out at cost"); }, ColumnKind::Money });
    columns.append({ [] { return tr("Cost change"); }, ColumnKind::Money });
    columns.append({ [] { return tr("Closing value"); }, ColumnKind::Money });
    mModel = new core::RecordTableModel(columns, this);
    mTable = core::newRecordView(mModel, QStringLiteral("stockReport"), this);
    v->addWidget(mTable, 1);

    connect(mFrom, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(mTo, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(mBy, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(mExport, &QPushButton::clicked, this, &StockReportView::askExport);
    retranslateUi();
    mLoaded = true;
    reload();
}

void StockReportView::showEvent(QShowEvent *event)
{
    core::View::showEvent(event);
    // Once the window has laid its docks out: a dock tabbed behind another is shown for a moment
    // when the window first opens, and hidden again before this runs.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible() || mWanted)
            return;
        if (visibleRegion().isEmpty()) { // behind another tab: when it comes to the front
            mLoadOnPaint = true;
            return;
        }
        mWanted = true;
        if (mStale)
            reload();
    });
}

void StockReportView::paintEvent(QPaintEvent *event)
{
    core::View::paintEvent(event);
    if (mLoadOnPaint) {
        mLoadOnPaint = false;
        QTimer::singleShot(0, this, [this] {
            mWanted = true;
            if (mStale)
                reload();
        });
    }
}

void StockReportView::setPeriod(QDate from, QDate to, StockReportGrouping by)
{
    mWanted = true;
    mLoaded = false;
    mFrom->setDate(from);
    mTo->setDate(to);
    mBy->setCurrentIndex(std::max(0, mBy->findData(int(by))));
    mLoaded = true;
    reload();
}

void StockReportView::reload()
{
    if (!mLoaded)
        return;
    if (!mWanted) {
        mStale = true;
        return;
    }
    mStale = false;
    if (mTo->date() < mFrom->date()) {
        mSummary->setText(tr("The first day comes after the last day."));
        mModel->setRows({});
        return;
    }
    auto r = mStock.report(mFrom->date(), mTo->date(), StockReportGrouping(mBy->currentData().toInt()));
    if (!r) {
        reportError(mContext, r.errorMessage());
        return;
    }
    mReport = *r;
    // The rows are read from the report as the table shows them (a big shop's SKUs are a hundred
    // thousand rows: a QVariant copy of each of their 25 values for the table was a tenth of the
    // dock's opening); the total, without texts, comes last.
    StockReportRow totalRow = mReport.total;
    totalRow.title.clear();
    totalRow.color.clear();
    totalRow.size.clear();
    totalRow.barcode.clear();
    totalRow.category.clear();
    const int rows = int(mReport.rows.size());
    mModel->setCells(rows == 0 ? 0 : rows + 1, [this, rows, totalRow](int row, int column) -> QVariant {
        const bool total = row == rows;
        const StockReportRow &s = total ? totalRow : mReport.rows.at(row);
        switch (column) {
        case 0:
            return total ? tr("Total") : s.itemCode;
        case 1:
            return s.title;
        case 2:
            return s.color;
        case 3:
            return s.size;
        case 4:
            return s.barcode;
        case 5:
            if (total && mReport.by == StockReportGrouping::Category)
                return tr("Total");
            return s.category.isEmpty() ? s.category : core::Vocabulary::category(s.category);
        case 6:
            return s.opening;
        default:
            break;
        }
        int c = column - 7;
        if (c < kIn)
            return s.in[c];
        if ((c -= kIn) == 0)
            return s.inTotal();
        if (--c < kOut)
            return s.out[c];
        switch (c - kOut) {
        case 0:
            return s.outTotal();
        case 1:
            return s.closing;
        case 2:
            return s.openingValue.fen();
        case 3:
            return s.inValue.fen();
        case 4:
            return s.outValue.fen();
        case 5:
            return s.costChange().fen();
        case 6:
            return s.closingValue.fen();
        default:
            return {};
        }
    });
    rebuildColumns();
    // Twenty-odd columns at the default width: in English several titles ("Supplier replacements",
    // "Opening stock booked") and every barcode would be cut off.
    core::widenColumnsToFit(mTable);
    const QLocale l;
    const StockReportRow &t = mReport.total;
    mSummary->setText(tr("%1 to %2: opening %3, in %4, out %5, closing %6 pieces; stock value %7 → %8")
                          .arg(core::toDbDate(mReport.from), core::toDbDate(mReport.to), l.toString(t.opening),
                              l.toString(t.inTotal()), l.toString(t.outTotal()), l.toString(t.closing),
                              t.openingValue.toDisplayString(), t.closingValue.toDisplayString()));
}

void StockReportView::rebuildColumns()
{
    const StockReportGrouping by = StockReportGrouping(mBy->currentData().toInt());
    const bool sku = by == StockReportGrouping::Sku, category = by == StockReportGrouping::Category;
    mTable->setColumnHidden(0, category);
    mTable->setColumnHidden(1, category);
    for (int c = 2; c <= 4; ++c)
        mTable->setColumnHidden(c, !sku);
    mTable->setColumnHidden(5, sku);
}

bool StockReportView::exportTo(const QString &path)
{
    if (mStale) { // exported before it was ever shown
        mWanted = true;
        reload();
    }
    if (core::Status s = mReport.write(path); !s) {
        reportError(mContext, s.errorMessage());
        return false;
    }
    return true;
}

void StockReportView::askExport()
{
    const QString suggested
        = QStringLiteral("stock-%1-%2.xlsx")
              .arg(mReport.from.toString(QStringLiteral("yyyyMMdd")), mReport.to.toString(QStringLiteral("yyyyMMdd")));
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Export the stock report"), suggested, tr("Excel workbook (*.xlsx);;PDF (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

QByteArray StockReportView::saveState() const { return mTable->horizontalHeader()->saveState(); }

void StockReportView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        mTable->horizontalHeader()->restoreState(state);
    rebuildColumns();
}

void StockReportView::retranslateUi()
{
    for (int i = 0; i < mBy->count(); ++i)
        mBy->setItemText(i, tr("Per %1").arg(StockReport::groupingName(StockReportGrouping(mBy->itemData(i).toInt()))));
    mFrom->setToolTip(tr("First day"));
    mTo->setToolTip(tr("Last day"));
    mExport->setText(tr("E&xport…"));
    mModel->retranslate();
    core::widenColumnsToFit(mTable);
    if (mLoaded)
        reload();
}

} // namespace shopdesk::inventory
