#include "BuyerListsView.h"

#include "shopdesk/service/ServiceLog.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::service {

namespace {
QString when(const QDateTime &t) { return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(); }
QStandardItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text); // long messages are cut in the table
    if (data.isValid())
        item->setData(data, Qt::UserRole);
    return item;
}
} // namespace

BuyerListsView::BuyerListsView(
    const core::PanelContext &context, BuyerListService &lists, QUndoStack *undo, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mLists(lists)
    , mUndo(undo)
{
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("listTabs"));
    mMessage = new QLabel;
    mMessage->setObjectName(QStringLiteral("listMessage"));
    mMessage->setWordWrap(true);

    // 缺货登记 / 到货通知
    mWaitModel = new QStandardItemModel(this);
    mWaitView
        = core::newRecordView(mWaitModel, QStringLiteral("waitTable"), nullptr, QAbstractItemView::SingleSelection);
    mWaitBuyer = new QLineEdit;
    mWaitBuyer->setObjectName(QStringLiteral("waitBuyer"));
    mWaitBarcode = new QLineEdit;
    mWaitBarcode->setObjectName(QStringLiteral("waitBarcode"));
    mWaitAdd = new QPushButton;
    mWaitCopy = new QPushButton;
    mWaitCopy->setObjectName(QStringLiteral("waitCopy"));
    auto *waitTab = new QWidget;
    auto *waitForm = new QHBoxLayout;
    waitForm->addWidget(mWaitBuyer, 1);
    waitForm->addWidget(mWaitBarcode, 1);
    waitForm->addWidget(mWaitAdd);
    waitForm->addWidget(mWaitCopy);
    auto *waitLayout = new QVBoxLayout(waitTab);
    waitLayout->addWidget(mWaitView);
    waitLayout->addLayout(waitForm);
    mTabs->addTab(waitTab, QString());

    // 催付
    mUnpaidModel = new QStandardItemModel(this);
    mUnpaidView
        = core::newRecordView(mUnpaidModel, QStringLiteral("unpaidTable"), nullptr, QAbstractItemView::SingleSelection);
    mHours = new QSpinBox;
    mHours->setObjectName(QStringLiteral("unpaidHours"));
    mHours->setRange(0, 72);
    mHours->setValue(BuyerLists::kDefaultUnpaidHours);
    mHoursLabel = new QLabel;
    mHoursLabel->setBuddy(mHours);
    mUnpaidCopy = new QPushButton;
    auto *unpaidTab = new QWidget;
    auto *unpaidRow = new QHBoxLayout;
    unpaidRow->addWidget(mHoursLabel);
    unpaidRow->addWidget(mHours);
    unpaidRow->addStretch();
    unpaidRow->addWidget(mUnpaidCopy);
    auto *unpaidLayout = new QVBoxLayout(unpaidTab);
    unpaidLayout->addWidget(mUnpaidView);
    unpaidLayout->addLayout(unpaidRow);
    mTabs->addTab(unpaidTab, QString());

    // 跟进
    mFollowModel = new QStandardItemModel(this);
    mFollowView
        = core::newRecordView(mFollowModel, QStringLiteral("followTable"), nullptr, QAbstractItemView::SingleSelection);
    mFollowOrder = new QLineEdit;
    mFollowOrder->setObjectName(QStringLiteral("followOrder"));
    mFollowReason = new QComboBox;
    mFollowReason->setObjectName(QStringLiteral("followReason"));
    mFollowNote = new QLineEdit;
    mFollowAdd = new QPushButton;
    mFollowDone = new QPushButton;
    mFollowDone->setObjectName(QStringLiteral("followDone"));
    auto *followTab = new QWidget;
    auto *followForm = new QHBoxLayout;
    followForm->addWidget(mFollowOrder, 1);
    followForm->addWidget(mFollowReason);
    followForm->addWidget(mFollowNote, 2);
    followForm->addWidget(mFollowAdd);
    followForm->addWidget(mFollowDone);
    auto *followLayout = new QVBoxLayout(followTab);
    followLayout->addWidget(mFollowView);
    followLayout->addLayout(followForm);
    mTabs->addTab(followTab, QString());

    // 流失客户
    mFailedModel = new QStandardItemModel(this);
    mFailedView
        = core::newRecordView(mFailedModel, QStringLiteral("failedTable"), nullptr, QAbstractItemView::SingleSelection);
    mFailedBuyer = new QLineEdit;
    mFailedBuyer->setObjectName(QStringLiteral("failedBuyer"));
    mFailedItem = new QLineEdit;
    mFailedReason = new QLineEdit;
    mFailedNext = new QLineEdit;
    mFailedAdd = new QPushButton;
    mFailedAdd->setObjectName(QStringLiteral("failedAdd"));
    auto *failedTab = new QWidget;
    auto *failedForm = new QHBoxLayout;
    for (QLineEdit *e : { mFailedBuyer, mFailedItem, mFailedReason, mFailedNext })
        failedForm->addWidget(e, 1);
    failedForm->addWidget(mFailedAdd);
    auto *failedLayout = new QVBoxLayout(failedTab);
    failedLayout->addWidget(mFailedView);
    failedLayout->addLayout(failedForm);
    mTabs->addTab(failedTab, QString());

    // 无法发货: the warehouse flagged the order yellow (cannot ship yet / out of stock).
    mHeldModel = new QStandardItemModel(this);
    mHeldView
        = core::newRecordView(mHeldModel, QStringLiteral("heldTable"), nullptr, QAbstractItemView::SingleSelection);
    mHeldHint = new QLabel;
    mHeldHint->setWordWrap(true);
    mHeldCopy = new QPushButton;
    mHeldCopy->setObjectName(QStringLiteral("heldCopy"));
    auto *heldTab = new QWidget;
    auto *heldRow = new QHBoxLayout;
    heldRow->addWidget(mHeldHint, 1);
    heldRow->addWidget(mHeldCopy);
    auto *heldLayout = new QVBoxLayout(heldTab);
    heldLayout->addWidget(mHeldView);
    heldLayout->addLayout(heldRow);
    mTabs->addTab(heldTab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mTabs);
    layout->addWidget(mMessage);

    connect(mWaitAdd, &QPushButton::clicked, this, &BuyerListsView::addWaiting);
    connect(mWaitBarcode, &QLineEdit::returnPressed, this, &BuyerListsView::addWaiting);
    connect(mWaitCopy, &QPushButton::clicked, this, &BuyerListsView::copyWaiting);
    connect(mWaitView, &QTableView::activated, this, &BuyerListsView::copyWaiting);
    connect(mUnpaidCopy, &QPushButton::clicked, this, &BuyerListsView::copyUnpaid);
    connect(mUnpaidView, &QTableView::activated, this, &BuyerListsView::copyUnpaid);
    connect(mHours, &QSpinBox::valueChanged, this, &BuyerListsView::reload);
    connect(mHeldCopy, &QPushButton::clicked, this, &BuyerListsView::copyHeld);
    connect(mHeldView, &QTableView::activated, this, &BuyerListsView::copyHeld);
    connect(mFollowAdd, &QPushButton::clicked, this, &BuyerListsView::addFollowUp);
    connect(mFollowOrder, &QLineEdit::returnPressed, this, &BuyerListsView::addFollowUp);
    connect(mFollowDone, &QPushButton::clicked, this, &BuyerListsView::toggleFollowUpDone);
    connect(mFailedAdd, &QPushButton::clicked, this, &BuyerListsView::addFailedDeal);
    mGate = new core::FrontGate(this, [this] { reload(); });
    retranslateUi();
}

void BuyerListsView::retranslateUi()
{
    mTabs->setTabText(0, tr("Waiting for stock"));
    mTabs->setTabText(1, tr("Unpaid orders"));
    mTabs->setTabText(2, tr("Follow-ups"));
    mTabs->setTabText(3, tr("Failed deals"));
    mTabs->setTabText(4, tr("Cannot ship"));
    mWaitModel->setHorizontalHeaderLabels(
        { tr("Buyer"), tr("Item"), tr("Colour"), tr("Size"), tr("Registered"), tr("Arrived"), tr("Message") });
    mUnpaidModel->setHorizontalHeaderLabels({ tr("Order"), tr("Buyer"), tr("Created"), tr("Amount"), tr("Reminder") });
    mFollowModel->setHorizontalHeaderLabels({ tr("Order"), tr("Reason"), tr("Note"), tr("Created"), tr("Done") });
    mFailedModel->setHorizontalHeaderLabels({ tr("Buyer"), tr("Item"), tr("Reason"), tr("Next time"), tr("Recorded") });
    mHeldModel->setHorizontalHeaderLabels({ tr("Order"), tr("Buyer"), tr("Paid"), tr("Followed up"), tr("Message") });
    mHeldHint->setText(
        tr("Orders the warehouse flagged yellow: they cannot ship yet. Tell the buyer and agree on another "
           "colour or size, waiting, or a refund."));
    mHeldCopy->setText(tr("Copy message and &follow up"));
    mWaitBuyer->setPlaceholderText(tr("Buyer's member name"));
    mWaitBarcode->setPlaceholderText(tr("Scan or type the SKU barcode, Enter"));
    mWaitAdd->setText(tr("&Register"));
    mWaitCopy->setText(tr("Copy notice and mark &told"));
    mHoursLabel->setText(tr("Not paid after (hours):"));
    mUnpaidCopy->setText(tr("Copy re&minder"));
    mFollowOrder->setPlaceholderText(tr("Order number"));
    mFollowNote->setPlaceholderText(tr("Note"));
    const QString reason = mFollowReason->currentData().toString();
    mFollowReason->clear();
    for (const QString &code : BuyerListService::followUpReasons())
        mFollowReason->addItem(BuyerListService::followUpReasonName(code), code);
    mFollowReason->setCurrentIndex(qMax(0, mFollowReason->findData(reason)));
    mFollowAdd->setText(tr("&Add"));
    mFollowDone->setText(tr("&Done / not done"));
    mFailedBuyer->setPlaceholderText(tr("Buyer"));
    mFailedItem->setPlaceholderText(tr("Item"));
    mFailedReason->setPlaceholderText(tr("Reason"));
    mFailedNext->setPlaceholderText(tr("How to reach them next time"));
    mFailedAdd->setText(tr("Add d&eal"));
    reload();
}

void BuyerListsView::reload()
{
    if (!mGate || !mGate->isOpen())
        return;
    // Waiting: those to tell first, with the notice filled in.
    mWaitModel->removeRows(0, mWaitModel->rowCount());
    auto notices = mLists.restockNotices();
    auto waiting = mLists.waiting(true);
    if (waiting) {
        QHash<qint64, FillResult> ready;
        if (notices)
            for (const RestockNotice &n : *notices)
                ready.insert(n.entry.id, n.message);
        QList<WaitEntry> sorted = *waiting;
        std::stable_sort(sorted.begin(), sorted.end(),
            [](const WaitEntry &a, const WaitEntry &b) { return a.toContact() && !b.toContact(); });
        for (const WaitEntry &e : sorted) {
            QString message;
            if (e.toContact()) {
                const FillResult m = ready.value(e.id);
                message = m.complete() ? m.text : (notices ? ReplyFiller::refusal(m) : notices.errorMessage());
            } else {
                message = tr("Still waiting for stock");
            }
            QList<QStandardItem *> row = { cell(e.buyerNick, e.id), cell(e.itemTitle), cell(e.color), cell(e.size),
                cell(when(e.registeredAt)), cell(when(e.arrivedAt)), cell(message, e.toContact()) };
            if (e.toContact()) {
                const core::colours::Pair p = core::colours::pair(core::colours::Role::Surplus);
                for (QStandardItem *c : row) {
                    c->setBackground(p.background);
                    c->setForeground(p.text);
                }
            }
            mWaitModel->appendRow(row);
        }
    } else {
        report(waiting.errorMessage());
    }
    // Unpaid.
    mUnpaidModel->removeRows(0, mUnpaidModel->rowCount());
    auto unpaid = mLists.paymentReminders(mNow.isValid() ? mNow : QDateTime::currentDateTime(), mHours->value());
    if (unpaid) {
        for (const PaymentReminder &p : *unpaid)
            mUnpaidModel->appendRow({ cell(p.order.orderNo), cell(p.order.buyerNick), cell(when(p.order.createdAt)),
                cell(core::Money::fromFen(p.order.totalFen).toDisplayString()),
                cell(p.message.complete() ? p.message.text : ReplyFiller::refusal(p.message), p.message.complete()) });
    } else {
        report(unpaid.errorMessage());
    }
    // Follow-ups.
    mFollowModel->removeRows(0, mFollowModel->rowCount());
    auto f = mLists.followUps();
    if (!f)
        report(f.errorMessage());
    else {
        for (const FollowUp &x : *f)
            mFollowModel->appendRow({ cell(x.orderNo, x.id), cell(BuyerListService::followUpReasonName(x.reason)),
                cell(x.note), cell(when(x.createdAt)),
                cell(x.doneAt.isValid() ? tr("✓ %1").arg(when(x.doneAt)) : QString(), x.doneAt) });
    }
    // Failed deals.
    mFailedModel->removeRows(0, mFailedModel->rowCount());
    auto d = mLists.failedDeals();
    if (!d)
        report(d.errorMessage());
    else {
        for (const FailedDeal &x : *d)
            mFailedModel->appendRow(
                { cell(x.buyerNick, x.id), cell(x.item), cell(x.reason), cell(x.nextTime), cell(when(x.recordedAt)) });
    }
    // Cannot ship (yellow flag).
    mHeldModel->removeRows(0, mHeldModel->rowCount());
    auto held = mLists.cannotShipNotices();
    if (held) {
        for (const CannotShipNotice &h : *held)
            mHeldModel->appendRow({ cell(h.order.orderNo), cell(h.order.buyerNick), cell(when(h.order.paidAt)),
                cell(h.order.followedUp ? tr("✓") : QString(), h.order.followedUp),
                cell(h.message.complete() ? h.message.text : ReplyFiller::refusal(h.message), h.message.complete()) });
    } else {
        report(held.errorMessage());
    }
    for (QTableView *v : { mWaitView, mUnpaidView, mFollowView, mFailedView, mHeldView })
        v->resizeColumnsToContents();
    int toTell = 0;
    for (int r = 0; r < mWaitModel->rowCount(); ++r)
        toTell += mWaitModel->item(r, 6)->data(Qt::UserRole).toBool() ? 1 : 0;
    mTabs->setTabText(0, toTell ? tr("Waiting for stock (%1 to tell)").arg(toTell) : tr("Waiting for stock"));
    mTabs->setTabText(
        1, mUnpaidModel->rowCount() ? tr("Unpaid orders (%1)").arg(mUnpaidModel->rowCount()) : tr("Unpaid orders"));
    mTabs->setTabText(
        4, mHeldModel->rowCount() ? tr("Cannot ship (%1)").arg(mHeldModel->rowCount()) : tr("Cannot ship"));
    if (!notices && waiting && !waiting->isEmpty())
        report(notices.errorMessage());
}

void BuyerListsView::copyWaiting()
{
    const int row = mWaitView->currentIndex().row();
    if (row < 0)
        return;
    if (!mWaitModel->item(row, 6)->data(Qt::UserRole).toBool()) {
        mMessage->setText(tr("This buyer's SKU has not arrived yet."));
        return;
    }
    const QString text = mWaitModel->item(row, 6)->text();
    const qint64 id = mWaitModel->item(row, 0)->data(Qt::UserRole).toLongLong();
    QGuiApplication::clipboard()->setText(text);
    BuyerListService &lists = mLists;
    const QDateTime at = QDateTime::currentDateTime();
    mUndo->push(new core::CallCommand(
        [buyer = mWaitModel->item(row, 0)->text()] { return tr("Tell %1 the stock arrived").arg(buyer); },
        mContext.events, core::Topic::Replies, [&lists, id, at] { return lists.setContacted(id, at); },
        [&lists, id] { return lists.setContacted(id, {}); }));
    mMessage->setText(tr("Copied to the clipboard and marked as told."));
}

void BuyerListsView::copyUnpaid()
{
    const int row = mUnpaidView->currentIndex().row();
    if (row < 0)
        return;
    if (!mUnpaidModel->item(row, 4)->data(Qt::UserRole).toBool()) {
        mMessage->setText(mUnpaidModel->item(row, 4)->text());
        return;
    }
    QGuiApplication::clipboard()->setText(mUnpaidModel->item(row, 4)->text());
    mMessage->setText(tr("Copied to the clipboard."));
}

void BuyerListsView::copyHeld()
{
    const int row = mHeldView->currentIndex().row();
    if (row < 0)
        return;
    if (!mHeldModel->item(row, 4)->data(Qt::UserRole).toBool()) {
        mMessage->setText(mHeldModel->item(row, 4)->text());
        return;
    }
    QGuiApplication::clipboard()->setText(mHeldModel->item(row, 4)->text());
    if (mHeldModel->item(row, 3)->data(Qt::UserRole).toBool()) {
        mMessage->setText(tr("Copied to the clipboard."));
        return;
    }
    // The conversation is kept on the follow-up list until the buyer's choice is done.
    FollowUp f;
    f.orderNo = mHeldModel->item(row, 0)->text();
    f.reason = QStringLiteral("cannot_ship");
    f.note = tr("Flagged yellow by the warehouse; buyer told");
    f.createdAt = QDateTime::currentDateTime();
    pushFollowUp(f);
    mMessage->setText(tr("Copied to the clipboard; the order is on the follow-up list."));
}

void BuyerListsView::addWaiting()
{
    const QString buyer = mWaitBuyer->text().trimmed();
    const QString barcode = mWaitBarcode->text().trimmed();
    if (buyer.isEmpty()) {
        mMessage->setText(tr("Name the buyer who is waiting."));
        mWaitBuyer->setFocus();
        return;
    }
    BuyerListService &lists = mLists;
    const QString actor = mContext.actor;
    auto id = std::make_shared<qint64>(0);
    auto entry = std::make_shared<WaitEntry>();
    auto *cmd = new core::CallCommand([buyer] { return tr("Register %1 as waiting").arg(buyer); }, mContext.events,
        core::Topic::Replies,
        [&lists, buyer, barcode, actor, id, entry]() -> core::Status {
            if (*id) {
                auto again = lists.restoreWaiting(*entry, actor);
                if (again)
                    *id = *again;
                return again.status();
            }
            auto added = lists.addWaiting(buyer, barcode, QDateTime::currentDateTime(), actor);
            if (!added)
                return added.status();
            *entry = *added;
            *id = added->id;
            return {};
        },
        [&lists, id] { return lists.removeWaiting(*id); });
    // A refusal (an unknown barcode, a SKU in stock) is said here, beside the fields, and the
    // barcode stays to be corrected.
    auto ok = std::make_shared<bool>(true);
    cmd->setDone([this, ok](const core::Status &s) {
        *ok = s.ok();
        if (!s)
            mMessage->setText(s.errorMessage());
    });
    mUndo->push(cmd);
    mWaitBarcode->setFocus();
    if (*ok) {
        mWaitBarcode->clear();
        mMessage->setText(tr("%1 is on the waiting list.").arg(buyer));
    } else {
        mWaitBarcode->selectAll();
    }
}

void BuyerListsView::addFollowUp()
{
    FollowUp f;
    f.orderNo = mFollowOrder->text().trimmed();
    f.reason = mFollowReason->currentData().toString();
    f.note = mFollowNote->text().trimmed();
    f.createdAt = QDateTime::currentDateTime();
    pushFollowUp(f);
    mFollowOrder->clear();
    mFollowNote->clear();
}

void BuyerListsView::pushFollowUp(const FollowUp &f)
{
    BuyerListService &lists = mLists;
    const QString actor = mContext.actor;
    auto id = std::make_shared<qint64>(0);
    mUndo->push(new core::CallCommand([orderNo = f.orderNo] { return tr("Follow up order %1").arg(orderNo); },
        mContext.events, core::Topic::Replies,
        [&lists, f, actor, id]() -> core::Status {
            auto added = lists.addFollowUp(f, actor);
            if (added)
                *id = *added;
            return added.status();
        },
        [&lists, id] { return lists.removeFollowUp(*id); }));
}

void BuyerListsView::toggleFollowUpDone()
{
    const int row = mFollowView->currentIndex().row();
    if (row < 0)
        return;
    const qint64 id = mFollowModel->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QDateTime was = mFollowModel->item(row, 4)->data(Qt::UserRole).toDateTime();
    const QDateTime now = was.isValid() ? QDateTime() : QDateTime::currentDateTime();
    BuyerListService &lists = mLists;
    mUndo->push(new core::CallCommand(
        [order = mFollowModel->item(row, 0)->text()] { return tr("Mark follow-up of %1").arg(order); }, mContext.events,
        core::Topic::Replies, [&lists, id, now] { return lists.setFollowUpDone(id, now); },
        [&lists, id, was] { return lists.setFollowUpDone(id, was); }));
}

void BuyerListsView::addFailedDeal()
{
    FailedDeal d { 0, mFailedBuyer->text().trimmed(), mFailedItem->text().trimmed(), mFailedReason->text().trimmed(),
        mFailedNext->text().trimmed(), QDateTime::currentDateTime() };
    BuyerListService &lists = mLists;
    const QString actor = mContext.actor;
    auto id = std::make_shared<qint64>(0);
    mUndo->push(new core::CallCommand([buyer = d.buyerNick] { return tr("Record failed deal with %1").arg(buyer); },
        mContext.events, core::Topic::Replies,
        [&lists, d, actor, id]() -> core::Status {
            auto added = lists.addFailedDeal(d, actor);
            if (added)
                *id = *added;
            return added.status();
        },
        [&lists, id] { return lists.removeFailedDeal(*id); }));
    for (QLineEdit *e : { mFailedBuyer, mFailedItem, mFailedReason, mFailedNext })
        e->clear();
}

void BuyerListsView::report(const QString &message)
{
    qCWarning(lcService) << message;
    mMessage->setText(message);
}

QByteArray BuyerListsView::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(1) << qint32(mTabs->currentIndex()) << qint32(mHours->value());
    return out;
}

void BuyerListsView::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    qint32 version = 0, tab = 0, hours = 0;
    s >> version >> tab >> hours;
    if (version != 1 || s.status() != QDataStream::Ok)
        return;
    mTabs->setCurrentIndex(tab);
    mHours->setValue(hours);
}

} // namespace shopdesk::service
