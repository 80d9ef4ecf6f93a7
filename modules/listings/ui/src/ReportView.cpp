#include "ReportView.h"

#include "ListingsLog.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace shopdesk::listings {

bool reportFailure(core::ShopEvents &events, const core::Status &s)
{
    if (s)
        return true;
    qCWarning(lcListings) << s.errorMessage();
    events.reportError(s.errorMessage());
    return false;
}

ReportView::ReportView(
    const ViewContext &context, core::RecordTableModel *model, const QString &tableName, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mModel(model)
    , mProxy(new QSortFilterProxyModel(this))
{
    mModel->setParent(this);
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(Qt::UserRole);
    mTable = core::newRecordView(mProxy, tableName, this);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder);
    // Columns fitted to the rows in sight and the 200 after them (the best sellers, the items with
    // most problems), not to a thousand of a big shop's 10,000 items: 40 ms a report otherwise.
    mTable->horizontalHeader()->setResizeContentsPrecision(200);
    mSummary = new QLabel(this);
    mSummary->setObjectName(tableName + QStringLiteral("Summary"));
    mSummary->setWordWrap(true);
    connect(&mContext.events, &core::ShopEvents::changed, this, &ReportView::shopChanged);
}

void ReportView::shopChanged(core::Topic topic)
{
    if (topic != core::Topic::Items && topic != core::Topic::Stock && topic != core::Topic::Orders
        && topic != core::Topic::Everything)
        return;
    mStale = true;
    if (isVisible())
        reload();
}

void ReportView::reload()
{
    mStale = false;
    refresh();
}

void ReportView::showEvent(QShowEvent *event)
{
    core::View::showEvent(event);
    // Worked out once the window has laid its docks out: a dock tabbed behind another is shown for
    // a moment when the window first opens and hidden again before this runs (an advice report
    // over a year of orders is not worth working out for a tab nobody looks at).
    if (mStale)
        QTimer::singleShot(0, this, [this] {
            if (!mStale || !isVisible())
                return;
            if (visibleRegion().isEmpty())
                mLoadOnPaint = true; // behind another tab: when it comes to the front
            else
                reload();
        });
}

void ReportView::paintEvent(QPaintEvent *event)
{
    core::View::paintEvent(event);
    if (mLoadOnPaint) {
        mLoadOnPaint = false;
        QTimer::singleShot(0, this, [this] {
            if (mStale)
                reload();
        });
    }
}

void ReportView::setNow(const QDateTime &now)
{
    mNow = now;
    mStale = true;
    if (isVisible())
        reload();
}

void ReportView::retranslateUi()
{
    mModel->retranslate();
    mStale = true; // the rows hold translated words too
    if (isVisible())
        reload();
}

void ReportView::fitColumns()
{
    if (!mUserWidths)
        mTable->resizeColumnsToContents();
}

QByteArray ReportView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << mTable->horizontalHeader()->saveState();
    return state;
}

void ReportView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray header;
    in >> version >> header;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    mUserWidths = mTable->horizontalHeader()->restoreState(header);
}

} // namespace shopdesk::listings
