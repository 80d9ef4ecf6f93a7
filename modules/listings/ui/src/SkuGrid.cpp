#include "SkuGrid.h"

#include "ListingsService.h"
#include "commands/FieldEdits.h"

#include <shopdesk/core/Colours.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::listings {

SkuGrid::SkuGrid(const ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , mContext(context)
    , mTitle(new QLabel(this))
    , mGrid(new QTableWidget(this))
{
    mTitle->setObjectName(QStringLiteral("skuTitle"));
    mTitle->setWordWrap(true);
    mGrid->setObjectName(QStringLiteral("skuGrid"));
    mGrid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mGrid->setWordWrap(true);
    mGrid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(mGrid, &QTableWidget::cellDoubleClicked, this, &SkuGrid::editAt);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTitle);
    layout->addWidget(mGrid, 1);
}

namespace {
/// The SKUs' colours (or sizes), each once, in the order they come.
QStringList distinct(const QList<SkuStock> &skus, QString core::Sku::*field)
{
    QStringList out;
    for (const SkuStock &s : skus)
        if (!out.contains(s.sku.*field))
            out << s.sku.*field;
    return out;
}
} // namespace

QStringList SkuGrid::colors() const { return distinct(mSkus, &core::Sku::color); }

QStringList SkuGrid::sizes() const { return distinct(mSkus, &core::Sku::size); }

void SkuGrid::showItem(const core::Item &item)
{
    mGrid->clear();
    mSkus.clear();
    if (item.id <= 0) {
        mTitle->setText(tr("Select an item to see its SKUs (colour × size)."));
        mGrid->setRowCount(0);
        mGrid->setColumnCount(0);
        return;
    }
    auto versions = mContext.service.skuVersions(item.id); // before the rows (see ItemsView::reload)
    auto skus = mContext.service.skuStock(item.id);
    if (!reportFailure(mContext.events, skus.status()) || !reportFailure(mContext.events, versions.status()))
        return;
    mVersions = *versions;
    mSkus = *skus;
    const QStringList colors = this->colors(), sizes = this->sizes();
    qint64 total = 0, available = 0;
    for (const SkuStock &s : mSkus) {
        total += s.onHand;
        available += s.available;
    }
    mTitle->setText(tr("%1 %2 — %3 SKUs, %4 on hand (from the stock ledger), %5 available (less paid orders not yet "
                       "shipped). Double-click a SKU to change its barcode or prices.")
                        .arg(item.code, item.title)
                        .arg(mSkus.size())
                        .arg(total)
                        .arg(available));
    mGrid->setRowCount(int(colors.size()));
    mGrid->setColumnCount(int(sizes.size()));
    mGrid->setVerticalHeaderLabels(colors);
    mGrid->setHorizontalHeaderLabels(sizes);
    for (qsizetype k = 0; k < mSkus.size(); ++k) {
        const SkuStock &s = mSkus[k];
        const core::Money price = s.sku.price.value_or(item.price), cost = s.sku.cost.value_or(item.cost);
        auto *c = new QTableWidgetItem(tr("%1\n%2 / cost %3\non hand %4, available %5")
                                           .arg(s.sku.barcode, price.toDisplayString(), cost.toDisplayString())
                                           .arg(s.onHand)
                                           .arg(s.available));
        c->setData(Qt::UserRole, qlonglong(k));
        c->setTextAlignment(Qt::AlignCenter);
        if (s.onHand <= 0 || s.available <= 0)
            c->setForeground(core::colours::pair(core::colours::Role::BadText).text);
        mGrid->setItem(int(colors.indexOf(s.sku.color)), int(sizes.indexOf(s.sku.size)), c);
    }
}

void SkuGrid::selectSku(qint64 skuId)
{
    for (int r = 0; r < mGrid->rowCount(); ++r)
        for (int c = 0; c < mGrid->columnCount(); ++c)
            if (QTableWidgetItem *i = mGrid->item(r, c);
                i && mSkus.value(i->data(Qt::UserRole).toLongLong()).sku.id == skuId)
                mGrid->setCurrentCell(r, c);
}

void SkuGrid::editAt(int row, int column)
{
    QTableWidgetItem *c = mGrid->item(row, column);
    if (!c)
        return;
    const core::Sku before = mSkus.value(c->data(Qt::UserRole).toLongLong()).sku;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("SKU %1 / %2").arg(before.color, before.size));
    auto *form = new QFormLayout(&dialog);
    auto *barcode = new QLineEdit(before.barcode, &dialog);
    auto *price = new QLineEdit(before.price ? before.price->toPlainString() : QString(), &dialog);
    price->setPlaceholderText(tr("the item's price"));
    auto *cost = new QLineEdit(before.cost ? before.cost->toPlainString() : QString(), &dialog);
    cost->setPlaceholderText(tr("the item's cost"));
    form->addRow(tr("&Barcode"), barcode);
    form->addRow(tr("&Price (¥)"), price);
    form->addRow(tr("&Cost (¥)"), cost);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::Sku after = before;
    after.barcode = barcode->text().trimmed();
    if (!reportFailure(mContext.events, ListingsService::checkBarcode(after.barcode)))
        return;
    for (auto [field, target] : { std::pair { price, &after.price }, std::pair { cost, &after.cost } }) {
        if (field->text().trimmed().isEmpty()) {
            *target = std::nullopt;
            continue;
        }
        auto m = core::Money::parse(field->text());
        if (!m || m->fen() < 0) {
            reportFailure(mContext.events, core::Error { tr("“%1” is not an amount in yuan.").arg(field->text()) });
            return;
        }
        *target = *m;
    }
    editSku(after);
}

void SkuGrid::editSku(const core::Sku &after)
{
    for (const SkuStock &s : std::as_const(mSkus))
        if (s.sku.id == after.id) {
            mContext.undoStack->push(FieldEdits::sku(mContext.service, mContext.events, s.sku, after,
                [grid = QPointer<SkuGrid>(this), id = after.id]() -> std::optional<qint64> {
                    if (!grid || !grid->mVersions.contains(id))
                        return std::nullopt;
                    return grid->mVersions.value(id);
                }));
            return;
        }
}

} // namespace shopdesk::listings
