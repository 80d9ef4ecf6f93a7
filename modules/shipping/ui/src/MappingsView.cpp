#include "MappingsView.h"

#include "commands/ChangeMappingCommand.h"

#include <shopdesk/core/RecordTable.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace shopdesk::shipping {

using core::ColumnKind;

MappingsView::MappingsView(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("mappingsView"));
    auto *v = new QVBoxLayout(this);
    mHint = new QLabel(this);
    mHint->setWordWrap(true);
    v->addWidget(mHint);
    mModel = new core::RecordTableModel(
        { { [] { return tr("Matched by"); }, ColumnKind::Text },
            { [] { return tr("Outer code or title"); }, ColumnKind::Text },
            { [] { return tr("Colour"); }, ColumnKind::Text }, { [] { return tr("Size"); }, ColumnKind::Text },
            { [] { return tr("SKU"); }, ColumnKind::Text }, { [] { return tr("Barcode"); }, ColumnKind::Text },
            { [] { return tr("Made by"); }, ColumnKind::Text } },
        this);
    mView = core::newRecordView(mModel, QStringLiteral("mappings"), this);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->addWidget(mView, 1);
    auto *bar = new QHBoxLayout;
    mBarcodeLabel = new QLabel(this);
    mBarcode = new QLineEdit(this);
    mBarcode->setObjectName(QStringLiteral("mappingBarcode"));
    mBarcodeLabel->setBuddy(mBarcode);
    mChange = new QPushButton(this);
    mChange->setObjectName(QStringLiteral("changeMapping"));
    mDelete = new QPushButton(this);
    mDelete->setObjectName(QStringLiteral("deleteMapping"));
    connect(mBarcode, &QLineEdit::returnPressed, this, [this] { changeSelected(mBarcode->text().trimmed()); });
    connect(mChange, &QPushButton::clicked, this, [this] { changeSelected(mBarcode->text().trimmed()); });
    connect(mDelete, &QPushButton::clicked, this, &MappingsView::deleteSelected);
    bar->addWidget(mBarcodeLabel);
    bar->addWidget(mBarcode, 1);
    bar->addWidget(mChange);
    bar->addWidget(mDelete);
    v->addLayout(bar);
    reloadOnOrderChanges(this, mContext.events);
    retranslateUi();
    reload();
}

void MappingsView::retranslateUi()
{
    mHint->setText(tr("Every line the clerk matched to a SKU by hand is remembered here: each later import "
                      "matches the lines like it (the same outer code, or the same title, with the same colour "
                      "and size) to the same SKU."));
    mBarcodeLabel->setText(tr("SKU &barcode:"));
    mBarcode->setPlaceholderText(tr("select a mapping, then scan or type the barcode of its SKU, Enter"));
    mChange->setText(tr("&Change SKU"));
    mDelete->setText(tr("&Delete"));
    mModel->retranslate();
    reload();
}

void MappingsView::reload()
{
    auto list = mContext.desk.mappings().list();
    if (!list) {
        mContext.events.reportError(list.errorMessage());
        return;
    }
    mMappings = *list;
    QList<QVariantList> rows;
    for (const SkuMapping &m : std::as_const(mMappings)) {
        QStringList sku { m.itemCode };
        for (const QString &part : { m.skuColor, m.skuSize })
            if (!part.isEmpty())
                sku << part;
        rows.append({ m.key.kind == MappingKey::kCode ? tr("Outer code (商家编码)") : tr("Title"), m.key.source,
            m.key.color, m.key.size, sku.join(QLatin1Char('/')), m.barcode, m.actor });
    }
    mModel->setRows(rows);
}

QByteArray MappingsView::saveState() const { return saveColumns(mView); }

void MappingsView::restoreState(const QByteArray &state) { restoreColumns(mView, state); }

void MappingsView::changeSelected(const QString &barcode)
{
    const auto rows = mView->selectionModel()->selectedRows();
    if (rows.size() != 1 || rows.first().row() >= mMappings.size() || barcode.isEmpty()) {
        mContext.events.reportError(tr("Select one mapping, then scan or type the barcode of its SKU."));
        return;
    }
    auto sku = mContext.desk.skuByBarcode(barcode);
    if (!sku) {
        mContext.events.reportError(sku.errorMessage());
        return;
    }
    if (!sku->has_value()) {
        mContext.events.reportError(tr("No SKU has the barcode %1.").arg(barcode));
        return;
    }
    const SkuMapping m = mMappings.at(rows.first().row());
    mBarcode->clear();
    mContext.undoStack->push(
        new ChangeMappingCommand(mContext.desk, mContext.events, m.key, (*sku)->sku.id, mContext.actor));
}

void MappingsView::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : mView->selectionModel()->selectedRows())
        if (i.row() < mMappings.size())
            rows << i.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const QList<SkuMapping> chosen = mMappings;
    if (rows.size() > 1)
        mContext.undoStack->beginMacro(tr("Delete %n mapping(s)", nullptr, int(rows.size())));
    for (int r : std::as_const(rows))
        mContext.undoStack->push(
            new ChangeMappingCommand(mContext.desk, mContext.events, chosen.at(r).key, std::nullopt, mContext.actor));
    if (rows.size() > 1)
        mContext.undoStack->endMacro();
}

} // namespace shopdesk::shipping
