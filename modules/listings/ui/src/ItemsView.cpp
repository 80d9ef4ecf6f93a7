#include "ItemsView.h"

#include "ItemDialog.h"
#include "ItemsFilterBar.h"
#include "ItemsModel.h"
#include "LabelRoll.h"
#include "ListingsService.h"
#include "SkuGrid.h"
#include "ThermalPrinter.h"
#include "commands/AddItemCommand.h"
#include "commands/DeleteItemCommand.h"
#include "commands/EditItemCommand.h"
#include "commands/FieldEdits.h"
#include "commands/SetShelfCommand.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>

#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QHeaderView>
#include <QIODevice>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace shopdesk::listings {

ItemsView::ItemsView(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mModel(new ItemsModel(this))
    , mProxy(new ItemsFilterModel(this))
    , mFilters(new ItemsFilterBar(this))
    , mStatus(new QLabel(this))
    , mSkus(new SkuGrid(context, this))
    , mSplitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("itemsView"));
    mModel->setEditHandler([this](const core::Item &item, ItemsModel::Column column, const QVariant &value) {
        return editInPlace(item, column, value);
    });
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(ItemsModel::kRawRole);
    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->setWordWrap(true);
    mTable = core::newRecordView(mProxy, QStringLiteral("table"), this);
    // Title and price: F2 or a double-click edits in place; elsewhere a double-click opens the form.
    mTable->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder);
    mTable->setColumnWidth(ItemsModel::Title, 260);
    connect(mTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            openItemDialog(int(ItemDialog::Mode::Edit));
    });
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSkus(); });
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ItemsView::updateActions);

    mSplitter->setObjectName(QStringLiteral("itemsSplitter"));
    mSplitter->addWidget(mTable);
    mSplitter->addWidget(mSkus);
    mSplitter->setStretchFactor(0, 3);
    mSplitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mFilters);
    layout->addWidget(mSplitter, 1);
    layout->addWidget(mStatus);

    connect(mFilters, &ItemsFilterBar::filterChanged, this, &ItemsView::applyFilter);
    connect(mFilters, &ItemsFilterBar::returnPressed, this, &ItemsView::scanned);
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Items || topic == core::Topic::Stock || topic == core::Topic::Orders
            || topic == core::Topic::Everything)
            reload();
    });
    buildActions();
    retranslateUi();
    reload();
}

void ItemsView::buildActions()
{
    auto make = [this](const QString &name, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    mAdd = make(QStringLiteral("listings.newItem"), QKeySequence(Qt::Key_Insert),
        [this] { openItemDialog(int(ItemDialog::Mode::Add)); });
    mEdit = make(QStringLiteral("listings.editItem"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        [this] { openItemDialog(int(ItemDialog::Mode::Edit)); });
    mCopy = make(QStringLiteral("listings.copyItem"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { openItemDialog(int(ItemDialog::Mode::Copy)); });
    mOnShelf = make(QStringLiteral("listings.onShelf"), QKeySequence(Qt::CTRL | Qt::Key_Up),
        [this] { setShelf(selectedItemIds(), true); });
    mOffShelf = make(QStringLiteral("listings.offShelf"), QKeySequence(Qt::CTRL | Qt::Key_Down),
        [this] { setShelf(selectedItemIds(), false); });
    mDelete = make(QStringLiteral("listings.delete"), QKeySequence::Delete, [this] { deleteItem(currentItemId()); });
    mImport = make(QStringLiteral("listings.import"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { askImport(); });
    mExport = make(QStringLiteral("listings.export"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { askExport(); });
    mLabels = make(
        QStringLiteral("listings.labelsPdf"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { askLabels(); });
    mPrint = make(QStringLiteral("listings.printLabels"), QKeySequence::Print, [this] { printLabels(); });
    mThermal = make(QStringLiteral("listings.thermalLabels"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
        [this] { printThermalLabels(); });
}

QList<QAction *> ItemsView::itemActions() const
{
    return { mAdd, mEdit, mCopy, mOnShelf, mOffShelf, mDelete, mImport, mExport, mLabels, mPrint, mThermal };
}

void ItemsView::retranslateUi()
{
    // Menu texts with mnemonics; the toolbar shows the short words (a laptop's width holds them all).
    auto set = [](QAction *a, const QString &text, const QString &short_) {
        a->setText(text);
        a->setIconText(short_);
    };
    set(mAdd, tr("&New item…"), tr("New"));
    set(mEdit, tr("&Edit item…"), tr("Edit"));
    set(mCopy, tr("&Copy item…"), tr("Copy"));
    set(mOnShelf, tr("Put &on shelf"), tr("On shelf"));
    set(mOffShelf, tr("Take o&ff shelf"), tr("Off shelf"));
    set(mDelete, tr("&Delete item"), tr("Delete"));
    mDelete->setToolTip(
        tr("Deletes an item that never moved stock; an item with stock movements or orders is archived."));
    set(mImport, tr("&Import items (CSV)…"), tr("Import"));
    set(mExport, tr("E&xport items…"), tr("Export"));
    set(mLabels, tr("&Labels to PDF…"), tr("Labels PDF"));
    set(mPrint, tr("&Print labels…"), tr("Print labels"));
    set(mThermal, tr("&Thermal labels…"), tr("Thermal labels"));
    mThermal->setToolTip(tr("The selected items' SKU labels for a thermal label printer (40x30, 50x30 or 60x40 mm, "
                            "one label a page), to the printer or a PDF."));
    mModel->retranslate();
    applyFilter();
    showSkus();
}

void ItemsView::reload()
{
    const qint64 current = currentItemId();
    const int scrolled = mTable->verticalScrollBar()->value();
    // The versions first: a change landing between the two reads refuses an edit, never lets
    // one through unseen.
    auto versions = mContext.service.itemVersions();
    auto items = mContext.service.overview();
    mModel->setVersions(versions ? std::move(versions).value() : QHash<qint64, qint64> {});
    mModel->setItems(report(items.status()) ? std::move(items).value() : QList<core::ItemOverview> {});
    mFilters->setCategories(*mModel);
    applyFilter();
    if (current > 0)
        selectItem(current);
    if (currentItemId() <= 0 && mProxy->rowCount() > 0)
        mTable->selectionModel()->setCurrentIndex(
            mProxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (current > 0 && currentItemId() == current)
        mTable->verticalScrollBar()->setValue(scrolled); // a refresh from another PC keeps the place
    showSkus();
    updateActions();
}

void ItemsView::applyFilter()
{
    mProxy->setFilter(mFilters->filter());
    mFilters->showCount(mProxy->rowCount(), mModel->rowCount());
}

QLineEdit *ItemsView::searchField() const { return mFilters->searchField(); }

int ItemsView::visibleRowCount() const { return mProxy->rowCount(); }

void ItemsView::focusSearch()
{
    searchField()->setFocus(Qt::ShortcutFocusReason);
    searchField()->selectAll();
}

qint64 ItemsView::currentItemId() const
{
    const QModelIndex i = mTable->currentIndex();
    if (!i.isValid())
        return 0;
    const QModelIndex s = mProxy->mapToSource(i);
    return s.isValid() ? mModel->at(s.row()).item.id : 0;
}

QList<qint64> ItemsView::selectedItemIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : mTable->selectionModel()->selectedRows())
        ids << mModel->at(mProxy->mapToSource(i).row()).item.id;
    if (ids.isEmpty() && currentItemId() > 0)
        ids << currentItemId();
    return ids;
}

void ItemsView::selectItem(qint64 itemId)
{
    const int row = mModel->rowOf(itemId);
    if (row < 0)
        return;
    const QModelIndex i = mProxy->mapFromSource(mModel->index(row, 0));
    if (!i.isValid())
        return;
    mTable->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mTable->scrollTo(i);
}

void ItemsView::updateActions()
{
    const bool one = currentItemId() > 0;
    for (QAction *a : { mEdit, mCopy, mDelete, mOnShelf, mOffShelf, mLabels, mPrint, mThermal })
        a->setEnabled(one);
}

void ItemsView::showSkus()
{
    const qint64 id = currentItemId();
    mSkus->showItem(id > 0 ? mModel->at(mModel->rowOf(id)).item : core::Item {});
}

bool ItemsView::editInPlace(const core::Item &item, int column, const QVariant &value)
{
    core::UndoCommand *command = nullptr;
    const FieldEdits::Seen seen = [model = QPointer<ItemsModel>(mModel), id = item.id]() -> std::optional<qint64> {
        return model ? model->version(id) : std::nullopt;
    };
    if (column == ItemsModel::Title) {
        if (value.toString().trimmed() == item.title)
            return false;
        command = FieldEdits::title(mContext.service, mContext.events, item, value.toString().trimmed(), seen);
    } else if (column == ItemsModel::Price) {
        auto price = core::Money::parse(value.toString());
        if (!price || price->fen() < 0)
            return report(core::Error { tr("“%1” is not an amount in yuan.").arg(value.toString()) });
        if (*price == item.price)
            return false;
        command = FieldEdits::price(mContext.service, mContext.events, item, *price, seen);
    } else if (column == ItemsModel::OnShelf) {
        if (value.toBool() == item.onShelf)
            return false;
        if (value.toBool() && !report(mContext.service.checkCanGoOnShelf({ item.id })))
            return false;
        command
            = FieldEdits::shelf(mContext.service, mContext.events, item, value.toBool(), QDateTime::currentDateTime());
    }
    if (!command)
        return false;
    mContext.undoStack->push(command); // a refused edit is dropped by the stack (obsolete)
    return true;
}

void ItemsView::openItemDialog(int modeValue)
{
    const auto mode = ItemDialog::Mode(modeValue);
    const qint64 id = currentItemId();
    if (mode != ItemDialog::Mode::Add && id <= 0)
        return;
    core::Item base;
    QStringList colors, sizes;
    if (mode != ItemDialog::Mode::Add) {
        base = mModel->at(mModel->rowOf(id)).item;
        colors = mSkus->colors();
        sizes = mSkus->sizes();
        if (mode == ItemDialog::Mode::Copy) {
            auto code = mContext.service.copyCode(base.code);
            if (!report(code.status()))
                return;
            base.code = *code;
            base.id = 0;
        }
    }
    QList<ItemTitle> others;
    QStringList categories;
    for (int r = 0; r < mModel->rowCount(); ++r) {
        const core::Item &i = mModel->at(r).item;
        if (mode != ItemDialog::Mode::Edit || i.id != id)
            others.append({ i.id, i.code, i.title });
        if (!categories.contains(i.category))
            categories << i.category;
    }
    ItemDialog dialog(mode, base, mContext.service.titleChecker(), others, categories, this);
    dialog.setColorsAndSizes(colors, sizes);
    QString shortName;
    if (mode != ItemDialog::Mode::Add) {
        auto stored = mContext.service.shortName(id);
        if (!report(stored.status()))
            return;
        shortName = *stored;
        dialog.setShortName(shortName);
    }
    if (mode == ItemDialog::Mode::Edit) {
        // The form saves itself (OK): a refused save stays in it, and when another seat saved the
        // item since the form was filled, Revert shows the item as that seat left it.
        std::optional<qint64> seen = mModel->version(id);
        dialog.setSaving({ [&](const ItemDialog &d) {
                              const core::Status s = saveEdit(d.item(), d.colors(), d.sizes(), seen);
                              if (s && d.shortName() != shortName)
                                  mContext.undoStack->push(FieldEdits::shortName(
                                      mContext.service, mContext.events, d.item(), shortName, d.shortName()));
                              return s;
                          },
            [&] {
                auto now = mContext.service.itemVersion(id);
                return now.ok() && *now != seen.value_or(-1);
            },
            [&]() -> core::Result<ItemDialog::Stored> {
                // The version first: a change landing between the two reads refuses the next save.
                auto version = mContext.service.itemVersion(id);
                auto item = mContext.service.item(id);
                auto stored = mContext.service.shortName(id);
                auto skus = mContext.service.skuStock(id);
                for (const core::Status &s : { version.status(), item.status(), stored.status(), skus.status() })
                    if (!s)
                        return s.error();
                seen = *version;
                shortName = *stored;
                ItemDialog::Stored out { *item, *stored, {}, {} };
                for (const SkuStock &k : *skus) {
                    if (!out.colors.contains(k.sku.color))
                        out.colors << k.sku.color;
                    if (!out.sizes.contains(k.sku.size))
                        out.sizes << k.sku.size;
                }
                return out;
            } });
        dialog.exec();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    ItemWithSkus created { dialog.item(), {} };
    created.item.id = 0;
    for (const QString &c : dialog.colors().isEmpty() ? QStringList { QString() } : dialog.colors())
        for (const QString &s : dialog.sizes().isEmpty() ? QStringList { QString() } : dialog.sizes())
            created.skus.append({ 0, 0, c, s, QString(), std::nullopt, std::nullopt });
    core::Item added = created.item;
    added.id = addItem(created);
    if (added.id > 0 && !dialog.shortName().isEmpty())
        mContext.undoStack->push(
            FieldEdits::shortName(mContext.service, mContext.events, added, QString(), dialog.shortName()));
}

qint64 ItemsView::addItem(ItemWithSkus item)
{
    QUndoStack *undo = mContext.undoStack;
    auto *cmd = new AddItemCommand(mContext.service, mContext.events, std::move(item));
    undo->push(cmd); // a failed add is dropped by the stack (obsolete)
    const qint64 id = undo->command(undo->index() - 1) == cmd ? cmd->itemId() : 0;
    if (id > 0)
        selectItem(id);
    return id;
}

void ItemsView::editItem(const core::Item &after, const QStringList &colors, const QStringList &sizes)
{
    if (const core::Status s = saveEdit(after, colors, sizes, mModel->version(after.id)); !s)
        report(s);
}

core::Status ItemsView::saveEdit(
    const core::Item &after, const QStringList &colors, const QStringList &sizes, std::optional<qint64> seen)
{
    auto before = mContext.service.item(after.id);
    if (!before)
        return before.status();
    auto added = mContext.service.newSkus(after.id, colors, sizes);
    if (!added)
        return added.status();
    auto *command = new EditItemCommand(mContext.service, mContext.events, *before, after, *added, seen);
    // The first save's result is the caller's to show (the form shows a refusal); an undo or redo
    // later fails as any command does, in the shop's error dialog.
    auto first = std::make_shared<std::optional<core::Status>>();
    command->setDone([first, &events = mContext.events](const core::Status &s) {
        if (!first->has_value())
            *first = s;
        else if (!s)
            events.reportError(s.errorMessage());
    });
    mContext.undoStack->push(command); // a refused edit is dropped by the stack (obsolete)
    return first->value_or(core::Status {});
}

void ItemsView::setShelf(const QList<qint64> &itemIds, bool onShelf)
{
    QList<core::Item> items;
    for (qint64 id : itemIds) {
        const int row = mModel->rowOf(id);
        if (row >= 0 && mModel->at(row).item.onShelf != onShelf)
            items << mModel->at(row).item;
    }
    if (!items.isEmpty())
        mContext.undoStack->push(new SetShelfCommand(mContext.service, mContext.events, items, onShelf));
}

void ItemsView::setConfirm(std::function<bool(const QString &)> confirm) { mConfirm = std::move(confirm); }

bool ItemsView::confirm(const QString &title, const QString &question)
{
    if (mConfirm)
        return mConfirm(question);
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void ItemsView::deleteItem(qint64 itemId)
{
    if (mModel->rowOf(itemId) < 0)
        return;
    auto history = mContext.service.hasHistory(itemId);
    auto snapshot = mContext.service.snapshot(itemId);
    auto impact = mContext.service.deleteImpact(itemId);
    if (!report(history.status()) || !report(snapshot.status()) || !report(impact.status()))
        return;
    const QString code = snapshot->item.code;
    // Stock, open orders or movements: say what the delete touches, and do nothing unless told to.
    if (const QString question = ListingsService::deleteQuestion(code, *impact);
        !question.isEmpty() && !confirm(tr("Delete item"), question)) {
        mStatus->setText(tr("%1 was kept.").arg(code));
        return;
    }
    mStatus->setText(*history ? tr("%1 has stock movements or orders: it was archived, not deleted.").arg(code)
                              : tr("%1 was deleted.").arg(code));
    mContext.undoStack->push(
        new DeleteItemCommand(mContext.service, mContext.events, std::move(snapshot).value(), *history));
}

bool ItemsView::importFrom(const QString &path)
{
    auto s = mContext.service.importFile(path);
    if (!report(s.status()))
        return false;
    // An import is a file operation, not an edit: earlier edits can no longer be undone safely.
    mContext.undoStack->clear();
    mStatus->setText(tr("Imported: %1 items added, %2 updated; %3 SKUs added, %4 updated; %5 barcodes generated.")
                         .arg(s->itemsAdded)
                         .arg(s->itemsUpdated)
                         .arg(s->skusAdded)
                         .arg(s->skusUpdated)
                         .arg(s->barcodesGenerated));
    mContext.events.reportDone(
        tr("Imported %1 items from %2.").arg(s->itemsAdded + s->itemsUpdated).arg(QDir::toNativeSeparators(path)));
    mContext.events.notifyChanged(core::Topic::Items);
    return true;
}

bool ItemsView::exportTo(const QString &path)
{
    auto n = mContext.service.exportFile(path);
    if (!report(n.status()))
        return false;
    mStatus->setText(tr("%1 items written to %2.").arg(*n).arg(path));
    mContext.events.reportDone(tr("Exported %1 items to %2.").arg(*n).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ItemsView::printLabelsTo(const QString &pdfPath, const QList<qint64> &itemIds)
{
    if (itemIds.isEmpty())
        return false;
    auto n = mContext.service.writeLabels(pdfPath, itemIds);
    if (!report(n.status()))
        return false;
    mStatus->setText(tr("%n label(s) written to %1.", nullptr, *n).arg(pdfPath));
    mContext.events.reportDone(tr("%n label(s) written to %1.", nullptr, *n).arg(QDir::toNativeSeparators(pdfPath)));
    return true;
}

bool ItemsView::printThermalTo(const QString &pdfPath, const QList<qint64> &itemIds, const QString &stock, int dpi)
{
    if (itemIds.isEmpty())
        return false;
    auto n = mContext.service.writeThermalLabels(pdfPath, itemIds, stock, dpi);
    if (!report(n.status()))
        return false;
    const QString done = tr("%n thermal label(s) (%1 mm, %2 dpi) written to %3.", nullptr, *n)
                             .arg(stock)
                             .arg(dpi)
                             .arg(QDir::toNativeSeparators(pdfPath));
    mStatus->setText(done);
    mContext.events.reportDone(done);
    return true;
}

bool ItemsView::printThermalOn(QPrinter &printer, const QList<qint64> &itemIds)
{
    if (itemIds.isEmpty())
        return false;
    auto labels = mContext.service.labels(itemIds);
    if (!report(labels.status()))
        return false;
    if (labels->isEmpty())
        return report(core::Error { tr("The selected items have no SKUs, so there are no labels to print.") });
    if (!report(ThermalPrinter::print(printer, *labels)))
        return false;
    const QSizeF mm = printer.pageLayout().pageSize().size(QPageSize::Millimeter);
    const QString to = printer.outputFormat() == QPrinter::PdfFormat
        ? QDir::toNativeSeparators(printer.outputFileName())
        : printer.printerName();
    const QString done = tr("%n thermal label(s) (%1 × %2 mm) sent to %3.", nullptr, int(labels->size()))
                             .arg(mm.width())
                             .arg(mm.height())
                             .arg(to);
    mStatus->setText(done);
    mContext.events.reportDone(done);
    return true;
}

void ItemsView::printThermalLabels()
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString stock
        = QInputDialog::getItem(this, tr("Thermal labels"), tr("Label size (mm):"), LabelStock::names(), 0, false, &ok);
    if (!ok)
        return;
    // To the label printer at the roll's size (the print dialog may choose another), or to a PDF.
    const QString toPrinter = tr("The label printer…");
    const QString where = QInputDialog::getItem(
        this, tr("Thermal labels"), tr("Print to:"), { toPrinter, tr("A PDF file…") }, 0, false, &ok);
    if (!ok)
        return;
    if (where == toPrinter) {
        auto roll = LabelStock::byName(stock);
        if (!report(roll.status()))
            return;
        QPrinter printer(QPrinter::HighResolution);
        ThermalPrinter::setUp(printer, *roll);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print thermal labels"));
        if (dialog.exec() == QDialog::Accepted)
            printThermalOn(printer, ids);
        return;
    }
    const QString dpi = QInputDialog::getItem(this, tr("Thermal labels"), tr("The label printer's resolution (dpi):"),
        { QStringLiteral("203"), QStringLiteral("300") }, 0, false, &ok);
    if (!ok)
        return;
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Thermal labels to PDF"), tr("labels-%1.pdf").arg(stock), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        printThermalTo(path, ids, stock, dpi.toInt());
}

void ItemsView::askImport()
{
    const QString path = core::FileDialog::getOpenFileName(
        this, tr("Import items"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ItemsView::askExport()
{
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Export items"), tr("items.csv"), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ItemsView::askLabels()
{
    const QString path
        = core::FileDialog::getSaveFileName(this, tr("Labels to PDF"), tr("labels.pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        printLabelsTo(path, selectedItemIds());
}

void ItemsView::printLabels()
{
    auto labels = mContext.service.labels(selectedItemIds());
    if (!report(labels.status()) || labels->isEmpty())
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        report(LabelSheet::paint(printer, *labels));
}

void ItemsView::scanned()
{
    // A scanner types a barcode and Enter: show that SKU's item and its cell in the grid, and
    // keep the focus here with the text selected, so the next scan replaces it.
    const QString code = searchField()->text().trimmed();
    if (code.isEmpty())
        return;
    auto ref = mContext.service.skuByBarcode(code);
    if (!report(ref.status()))
        return;
    if (!ref->has_value()) {
        if (mProxy->rowCount() > 0)
            mTable->selectionModel()->setCurrentIndex(
                mProxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    const core::SkuRef &sku = **ref;
    searchField()->setText(sku.itemCode);
    selectItem(sku.sku.itemId);
    mSkus->selectSku(sku.sku.id);
    mStatus->setText(tr("Scanned %1: %2 %3 / %4.").arg(code, sku.itemCode, sku.sku.color, sku.sku.size));
    focusSearch();
}

QByteArray ItemsView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << mTable->horizontalHeader()->saveState() << mSplitter->saveState();
    mFilters->saveTo(out);
    return state;
}

void ItemsView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray header, splitter;
    in >> version >> header >> splitter;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    mTable->horizontalHeader()->restoreState(header);
    mSplitter->restoreState(splitter);
    mFilters->restoreFrom(in);
}

} // namespace shopdesk::listings
