#include "ShippedOrdersView.h"

#include "QueueDetail.h"
#include "QueueModel.h"
#include "commands/SetFlagMemoCommand.h"

#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/RecordTable.h>

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace shopdesk::shipping {

/// The shipped list's table: order no., shipped at, receiver, courier, tracking no., buyer.
class ShippedModel : public OrderWindowModel {
public:
    using OrderWindowModel::OrderWindowModel;
    enum Column { OrderNo, ShippedAt, Recipient, Courier, Tracking, Buyer, ColumnCount };
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return OrderWindowModel::headerData(section, orientation, role);
        switch (section) {
        case OrderNo:
            return ShippedOrdersView::tr("Order no.");
        case ShippedAt:
            return ShippedOrdersView::tr("Shipped at");
        case Recipient:
            return ShippedOrdersView::tr("Recipient");
        case Courier:
            return ShippedOrdersView::tr("Courier");
        case Tracking:
            return ShippedOrdersView::tr("Tracking no.");
        case Buyer:
            return ShippedOrdersView::tr("Buyer");
        default:
            return {};
        }
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QueueRow *r = rowAt(index.row());
        if (!r || role != Qt::DisplayRole)
            return {};
        const core::Order &o = r->order.order;
        switch (index.column()) {
        case OrderNo:
            return o.orderNo;
        case ShippedAt:
            return core::toDbTime(o.shippedAt);
        case Recipient:
            return o.receiverName;
        case Courier:
            return Couriers::displayName(o.courier);
        case Tracking:
            return o.trackingNo;
        case Buyer:
            return r->buyerNick;
        default:
            return {};
        }
    }
};

ShippedOrdersView::ShippedOrdersView(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mSearch(new QLineEdit(this))
    , mSearchLabel(new QLabel(this))
    , mCount(new QLabel(this))
    , mModel(new ShippedModel(this))
{
    setObjectName(QStringLiteral("shippedView"));
    mSearch->setObjectName(QStringLiteral("shippedSearch"));
    mSearch->setClearButtonEnabled(true);
    mSearchLabel->setBuddy(mSearch);
    mCount->setObjectName(QStringLiteral("shippedCount"));
    connect(mSearch, &QLineEdit::returnPressed, this, &ShippedOrdersView::reload);
    mView = core::newRecordView(mModel, QStringLiteral("shippedTable"), this);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ShippedOrdersView::showCurrent);
    mDetail = new QueueDetail(this);
    connect(mDetail, &QueueDetail::memoEdited, this,
        [this](qint64 id, const QString &orderNo, const QString &before, const QString &memo) {
            mContext.undoStack->push(new SetFlagMemoCommand(mContext.desk, mContext.events, id, orderNo, before, memo));
        });
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(mSearchLabel);
    bar->addWidget(mSearch, 1);
    bar->addWidget(mCount);
    v->addLayout(bar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(mView);
    split->addWidget(mDetail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    v->addWidget(split, 1);
    reloadOnOrderChanges(this, mContext.events);
    // A year of shipped orders is read when the dock first comes to the front, not at start-up.
    mGate = new core::FrontGate(this, [this] { reload(); });
    retranslateUi();
}

bool ShippedOrdersView::computed() const { return mGate->isOpen(); }

void ShippedOrdersView::retranslateUi()
{
    mSearchLabel->setText(tr("Sea&rch:"));
    mSearch->setPlaceholderText(tr("order no., buyer, receiver, the phone's last digits or tracking no., Enter"));
    mSearch->setAccessibleName(tr("Search the shipped orders"));
    mView->setAccessibleName(tr("Shipped orders"));
    mDetail->retranslateUi();
    reload();
}

void ShippedOrdersView::reload()
{
    if (!mGate || !mGate->isOpen())
        return;
    const QueueRepository repo = mContext.desk.queueWindow(QDateTime());
    const QString search = mSearch->text().trimmed();
    auto count = repo.shippedCount(search);
    if (!count) {
        mContext.events.reportError(count.errorMessage());
        return;
    }
    mModel->reset(
        *count,
        [repo, search, cursor = std::make_shared<QueueCursor>()](int offset, int limit) {
            if (offset == 0)
                *cursor = {}; // keyset paging: each window starts after the last one's row
            return repo.shipped(search, *cursor, limit, cursor.get());
        },
        [this](const QString &error) { mContext.events.reportError(error); });
    mCount->setText(tr("%n shipped order(s)", nullptr, *count));
    showCurrent();
}

void ShippedOrdersView::showCurrent()
{
    mDetail->show(mModel->rowAt(mView->currentIndex().row()), mContext.desk.courierRules().maskPhone);
}

QByteArray ShippedOrdersView::saveState() const { return saveColumns(mView); }

void ShippedOrdersView::restoreState(const QByteArray &state) { restoreColumns(mView, state); }

} // namespace shopdesk::shipping
