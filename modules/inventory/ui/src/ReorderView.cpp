#include "ReorderView.h"

#include "ReportError.h"
#include "TableState.h"
#include "commands/CreatePurchaseOrderCommand.h"

#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

ReorderView::ReorderView(
    const core::PanelContext &context, PurchaseService &service, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
    , mGate(new core::FrontGate(this, [this] { reload(); }))
    , mUndo(undoStack)
    , mToday(QDate::currentDate())
    , mSummary(new QLabel(this))
    , mSizesTitle(new QLabel(this))
    , mMinimumLabel(new QLabel(this))
    , mLeadLabel(new QLabel(this))
    , mOrder(new QPushButton(this))
    , mSetMinimum(new QPushButton(this))
    , mSetLead(new QPushButton(this))
    , mMinimum(new QSpinBox(this))
    , mLead(new QSpinBox(this))
{
    setObjectName(QStringLiteral("reorder"));
    mSummary->setObjectName(QStringLiteral("reorderSummary"));
    mSummary->setWordWrap(true);
    mOrder->setObjectName(QStringLiteral("createPurchaseOrder"));
    mModel = new core::RecordTableModel(
        { { [] { return tr("Supplier"); } }, { [] { return tr("Item code"); } }, { [] { return tr("Title"); } },
            { [] { return tr("Colour"); } }, { [] { return tr("Size"); } },
            { [] { return tr("On hand"); }, ColumnKind::Integer },
            { [] { return tr("Available"); }, ColumnKind::Integer },
            { [] { return tr("In transit"); }, ColumnKind::Integer },
            { [] { return tr("Minimum"); }, ColumnKind::Integer },
            { [] { return tr("Daily sales"); }, ColumnKind::Decimal }, { [] { return tr("Days of cover"); } },
            { [] { return tr("Reorder"); }, ColumnKind::Integer }, { [] { return tr("Decide by"); } } },
        this);
    mView = core::newRecordView(mModel, QStringLiteral("reorderTable"), this, QAbstractItemView::SingleSelection);
    mSizesModel
        = new core::RecordTableModel({ { [] { return tr("Item code"); } }, { [] { return tr("Title"); } },
                                         { [] { return tr("Sold out"); } }, { [] { return tr("Still available"); } } },
            this);
    mSizesView = core::newRecordView(mSizesModel, QStringLiteral("brokenSizesTable"), this);
    auto *head = new QHBoxLayout;
    head->addWidget(mSummary, 1);
    head->addWidget(mOrder);
    mMinimum->setObjectName(QStringLiteral("skuMinimum"));
    mMinimum->setRange(0, 100000);
    mLead->setObjectName(QStringLiteral("supplierLeadDays"));
    mLead->setRange(0, 365);
    mSetMinimum->setObjectName(QStringLiteral("setSkuMinimum"));
    mSetLead->setObjectName(QStringLiteral("setLeadDays"));
    mMinimumLabel->setBuddy(mMinimum);
    mLeadLabel->setBuddy(mLead);
    auto *edit = new QHBoxLayout;
    edit->addWidget(mMinimumLabel);
    edit->addWidget(mMinimum);
    edit->addWidget(mSetMinimum);
    edit->addSpacing(16);
    edit->addWidget(mLeadLabel);
    edit->addWidget(mLead);
    edit->addWidget(mSetLead);
    edit->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(mView, 3);
    layout->addLayout(edit);
    layout->addWidget(mSizesTitle);
    layout->addWidget(mSizesView, 1);
    connect(mOrder, &QPushButton::clicked, this, [this] {
        if (core::Status s = orderForRow(mView->currentIndex().row()); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const int row = current.row();
        if (row >= 0 && row < mRowSku.size()) {
            mMinimum->setValue(mRowMinimum.at(row));
            mLead->setValue(mRowLeadDays.at(row));
        }
    });
    connect(mSetMinimum, &QPushButton::clicked, this, [this] {
        if (core::Status s = setMinimumForRow(mView->currentIndex().row(), mMinimum->value()); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mSetLead, &QPushButton::clicked, this, [this] {
        if (core::Status s = setLeadDaysForRow(mView->currentIndex().row(), mLead->value()); !s)
            reportError(mContext, s.errorMessage());
    });
    retranslateUi();
}

void ReorderView::retranslateUi()
{
    mMinimumLabel->setText(tr("&Minimum of this SKU (安全库存):"));
    mSetMinimum->setText(tr("Set &minimum"));
    mLeadLabel->setText(tr("&Lead time of its supplier (days):"));
    mSetLead->setText(tr("Set &lead time"));
    mOrder->setText(tr("&Purchase order for this supplier (采购单)"));
    mSizesTitle->setText(tr("Items on shelf with sold-out sizes (断码)"));
    mModel->retranslate();
    mSizesModel->retranslate();
    reload();
}

void ReorderView::setToday(QDate day)
{
    mToday = day;
    mGate->open();
    reload();
}

bool ReorderView::computed() const { return mGate->isOpen(); }

void ReorderView::reload()
{
    if (!mGate->isOpen())
        return; // worked out when it first comes to the front
    auto overview = mService.reorderOverview(mToday);
    if (!overview) {
        reportError(mContext, overview.errorMessage());
        return;
    }
    const std::optional<PromotionLift> &promotion = overview->promotion;
    QList<QVariantList> rows;
    mRowSupplier.clear();
    mRowSupplierName.clear();
    mRowSku.clear();
    mRowSkuText.clear();
    mRowMinimum.clear();
    mRowLeadDays.clear();
    qint64 pieces = 0;
    for (const SupplierReorder &r : std::as_const(overview->list)) {
        const QString supplier = r.supplierId ? r.supplierName : tr("(no supplier)");
        for (const ReorderSuggestion &s : r.lines) {
            const auto cover = s.sku.daysOfCover();
            rows.append({ supplier, s.sku.itemCode, s.sku.itemTitle, s.sku.color, s.sku.size, s.sku.stock.onHand,
                s.sku.available(), s.sku.inTransit, s.sku.minimum, s.sku.dailySales(),
                cover ? QString::number(*cover, 'f', 1) : tr("not selling"), s.quantity,
                r.decideBy.isValid() ? r.decideBy.toString(Qt::ISODate) : QString() });
            mRowSupplier << r.supplierId;
            mRowSupplierName << r.supplierName;
            mRowSku << s.sku.skuId;
            mRowSkuText << QStringLiteral("%1 %2/%3").arg(s.sku.itemCode, s.sku.color, s.sku.size);
            mRowMinimum << s.sku.minimum;
            mRowLeadDays << r.leadDays;
            pieces += s.quantity;
        }
    }
    mModel->setRows(rows);
    QString summary = tr("%n SKU(s) to reorder, %1 piece(s), covering each supplier's lead time.", "", int(rows.size()))
                          .arg(pieces);
    if (promotion) {
        const PromotionLift &p = *promotion;
        summary += QLatin1Char(' ')
            + (p.factor ? tr("Next promotion: %1 on %2, which last year sold %3 × an ordinary day; decide a week "
                             "before it (%4).")
                              .arg(p.promotion.name, p.promotion.day.toString(Qt::ISODate),
                                  QString::number(*p.factor, 'f', 1), p.promotion.prepareBy.toString(Qt::ISODate))
                        : tr("Next promotion: %1 on %2 (no figures of it last year); decide a week before it (%3).")
                              .arg(p.promotion.name, p.promotion.day.toString(Qt::ISODate),
                                  p.promotion.prepareBy.toString(Qt::ISODate)));
    }
    mSummary->setText(summary);
    mOrder->setEnabled(!rows.isEmpty());

    QList<QVariantList> sizeRows;
    for (const BrokenSizes &b : std::as_const(overview->brokenSizes))
        sizeRows.append(
            { b.itemCode, b.itemTitle, b.soldOut.join(QStringLiteral(", ")), b.inStock.join(QStringLiteral(", ")) });
    mSizesModel->setRows(sizeRows);
}

core::Status ReorderView::orderForRow(int row)
{
    if (row < 0 || row >= mRowSupplier.size())
        return core::Error { tr("Select a line of the reorder list first.") };
    if (mRowSupplier.at(row) == 0)
        return core::Error { tr("This item has no supplier yet: link one under Suppliers, then order.") };
    auto order = mService.suggestedOrder(mRowSupplier.at(row), mToday, mContext.actor);
    if (!order)
        return order.status();
    return pushed(new CreatePurchaseOrderCommand(mContext, mService, *order, mRowSupplierName.at(row), {}));
}

core::Status ReorderView::pushed(core::UndoCommand *command)
{
    command->setDone([this](const core::Status &s) {
        mLast = s;
        if (!mPushing && !s && !s.errorMessage().isEmpty())
            reportError(mContext, s.errorMessage()); // an undo or redo from the Edit menu
        reload();
        Q_EMIT ordersChanged();
    });
    mLast = {};
    mPushing = true;
    mUndo->push(command);
    mPushing = false;
    return mLast;
}

core::Status ReorderView::setMinimumForRow(int row, int minimum)
{
    if (row < 0 || row >= mRowSku.size())
        return core::Error { tr("Select a line of the reorder list first.") };
    const qint64 sku = mRowSku.at(row);
    auto before = mService.skuMinimum(sku);
    if (!before)
        return before.status();
    // The field ids of this view's edits (core::ChangeValue merges consecutive edits of one).
    constexpr int kMinimumField = 1601;
    return pushed(new core::ChangeValue<std::optional<int>>(
        [sku = mRowSkuText.at(row)] { return tr("Set the minimum stock of %1").arg(sku); }, mContext.events,
        core::Topic::Stock, kMinimumField, sku, *before, std::optional<int>(minimum),
        [this, sku](const std::optional<int> &value) { return mService.setSkuMinimum(sku, value); }));
}

core::Status ReorderView::setLeadDaysForRow(int row, int days)
{
    if (row < 0 || row >= mRowSupplier.size())
        return core::Error { tr("Select a line of the reorder list first.") };
    const qint64 supplier = mRowSupplier.at(row);
    if (supplier == 0)
        return core::Error { tr("This item has no supplier yet: link one under Suppliers, then order.") };
    auto before = mService.leadDays(supplier);
    if (!before)
        return before.status();
    constexpr int kLeadField = 1602;
    return pushed(new core::ChangeValue<int>(
        [name = mRowSupplierName.at(row)] { return tr("Set the lead time of %1").arg(name); }, mContext.events,
        core::Topic::Stock, kLeadField, supplier, *before, days,
        [this, supplier](const int &value) { return mService.setLeadDays(supplier, value); }));
}

QByteArray ReorderView::saveState() const { return saveTables({ mView, mSizesView }); }

void ReorderView::restoreState(const QByteArray &state) { restoreTables(state, { mView, mSizesView }); }

} // namespace shopdesk::inventory
