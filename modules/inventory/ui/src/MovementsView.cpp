#include "MovementsView.h"

#include "ReportError.h"
#include "TableState.h"
#include "commands/ReverseMoveCommand.h"

#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Vocabulary.h>

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

MovementsView::MovementsView(
    const core::PanelContext &context, StockService &stock, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mStock(stock)
    , mUndo(undoStack)
    , mSkuLabel(new QLabel(this))
    , mKindLabel(new QLabel(this))
    , mFromLabel(new QLabel(this))
    , mToLabel(new QLabel(this))
    , mSummary(new QLabel(this))
    , mSku(new QLineEdit(this))
    , mKind(new QComboBox(this))
    , mFrom(new QDateEdit(this))
    , mTo(new QDateEdit(this))
    , mReverse(new QPushButton(this))
    , mModel(new core::RecordTableModel(
          { { [] { return tr("Time"); }, ColumnKind::Text }, { [] { return tr("Kind"); }, ColumnKind::Text },
              { [] { return tr("Quantity"); }, ColumnKind::Integer },
              { [] { return tr("Balance"); }, ColumnKind::Integer },
              { [] { return tr("Reference"); }, ColumnKind::Text }, { [] { return tr("By"); }, ColumnKind::Text },
              { [] { return tr("Note"); }, ColumnKind::Text } },
          this))
    , mTable(new QTableView(this))
{
    setObjectName(QStringLiteral("movements"));
    mSku->setObjectName(QStringLiteral("movementSku"));
    mKind->setObjectName(QStringLiteral("movementKind"));
    mFrom->setObjectName(QStringLiteral("movementFrom"));
    mTo->setObjectName(QStringLiteral("movementTo"));
    mReverse->setObjectName(QStringLiteral("reverseMove"));
    mTable->setObjectName(QStringLiteral("movementTable"));
    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    for (QDateEdit *d : { mFrom, mTo }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    mFrom->setDate(QDate(2000, 1, 1));
    mTo->setDate(QDate::currentDate().addYears(1));

    auto *filters = new QHBoxLayout;
    filters->addWidget(mSkuLabel);
    filters->addWidget(mSku, 2);
    filters->addWidget(mKindLabel);
    filters->addWidget(mKind, 1);
    filters->addWidget(mFromLabel);
    filters->addWidget(mFrom);
    filters->addWidget(mToLabel);
    filters->addWidget(mTo);
    filters->addWidget(mReverse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(mTable, 1);
    layout->addWidget(mSummary);

    connect(mSku, &QLineEdit::returnPressed, this, &MovementsView::reload);
    connect(mKind, &QComboBox::currentIndexChanged, this, &MovementsView::reload);
    connect(mFrom, &QDateEdit::dateChanged, this, &MovementsView::reload);
    connect(mTo, &QDateEdit::dateChanged, this, &MovementsView::reload);
    connect(mReverse, &QPushButton::clicked, this, &MovementsView::reverseSelected);
    retranslateUi();
}

void MovementsView::retranslateUi()
{
    mSkuLabel->setText(tr("SKU barcode:"));
    mSku->setPlaceholderText(tr("Scan or type, then Enter"));
    mKindLabel->setText(tr("Kind:"));
    mFromLabel->setText(tr("From:"));
    mToLabel->setText(tr("To:"));
    mReverse->setText(tr("&Reverse movement"));
    const QString kind = mKind->currentData().toString();
    const QSignalBlocker block(mKind);
    mKind->clear();
    mKind->addItem(tr("All kinds"), QString());
    for (const QString &k : core::codes::moveKinds())
        mKind->addItem(core::Vocabulary::moveKind(k), k);
    mKind->setCurrentIndex(qMax(0, mKind->findData(kind)));
    mModel->retranslate();
    reload();
}

void MovementsView::showSku(const QString &barcode)
{
    mSku->setText(barcode);
    reload();
}

void MovementsView::reload()
{
    mShownMoves.clear();
    const QString code = mSku->text().trimmed();
    if (code.isEmpty()) {
        mModel->setRows({});
        mSummary->setText(tr("Choose a SKU in the stock list, or scan its barcode."));
        return;
    }
    auto history = mStock.history(code);
    if (!history) {
        mModel->setRows({});
        mSummary->setText(history.errorMessage());
        reportError(mContext, history.errorMessage());
        return;
    }
    if (!*history) {
        mModel->setRows({});
        mSummary->setText(tr("No SKU has the barcode “%1”.").arg(code));
        return;
    }
    const QList<core::StockMove> &moves = (*history)->moves;
    const core::SkuRef &sku = (*history)->sku;
    const QString kind = mKind->currentData().toString();
    const QDate from = mFrom->date(), to = mTo->date();
    qint64 balance = 0;
    QList<QVariantList> rows;
    for (const core::StockMove &m : moves) {
        balance += m.quantity; // the running balance counts every row, shown or not
        if ((!kind.isEmpty() && m.kind != kind) || m.at.date() < from || m.at.date() > to)
            continue;
        mShownMoves << m;
        rows.append({ m.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), core::Vocabulary::moveKind(m.kind), m.quantity,
            balance, m.reference, m.actor, m.note });
    }
    mModel->setRows(rows);
    mTable->resizeColumnsToContents();
    mSummary->setText(tr("%1 %2 %3/%4: %5 on hand; %n movement(s) shown.", "", int(rows.size()))
                          .arg(sku.itemCode, sku.itemTitle, sku.sku.color, sku.sku.size)
                          .arg(balance));
}

void MovementsView::reverseSelected()
{
    const int row = mTable->currentIndex().row();
    if (row < 0 || row >= mShownMoves.size())
        return;
    mUndo->push(new ReverseMoveCommand(mContext, mShownMoves.at(row).id, mContext.actor, [this](const core::Status &s) {
        if (!s && !s.errorMessage().isEmpty())
            reportError(mContext, s.errorMessage());
        reload();
        mContext.events.notifyChanged(core::Topic::Stock);
        Q_EMIT stockChanged();
    }));
}

void MovementsView::focusSku()
{
    mSku->setFocus();
    mSku->selectAll();
}

QByteArray MovementsView::saveState() const { return saveTables({ mTable }, qint32(mKind->currentIndex())); }

void MovementsView::restoreState(const QByteArray &state)
{
    qint32 kind = 0;
    if (restoreTables(state, { mTable }, &kind) && kind >= 0 && kind < mKind->count())
        mKind->setCurrentIndex(kind);
}

} // namespace shopdesk::inventory
