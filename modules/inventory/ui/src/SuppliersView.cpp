#include "SuppliersView.h"

#include "ReportError.h"
#include "TableState.h"
#include "shopdesk/inventory/PurchaseService.h"
#include "shopdesk/inventory/ReorderRepository.h"

#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

SuppliersView::SuppliersView(
    const core::PanelContext &context, SupplierService &service, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
    , mGate(new core::FrontGate(this, [this] { reload(); }))
    , mUndo(undoStack)
{
    setObjectName(QStringLiteral("suppliers"));
    for (QLabel **l : { &mTitle, &mNameLabel, &mContactLabel, &mPhoneLabel, &mCityLabel, &mNoteLabel })
        *l = new QLabel(this);
    QFont bold = mTitle->font();
    bold.setBold(true);
    mTitle->setFont(bold);
    for (auto [field, name] : { std::pair { &mName, "supplierName" }, std::pair { &mContact, "supplierContact" },
             std::pair { &mPhone, "supplierPhone" }, std::pair { &mCity, "supplierCity" },
             std::pair { &mNote, "supplierNote" } }) {
        *field = new QLineEdit(this);
        (*field)->setObjectName(QString::fromLatin1(name));
    }
    mAdd = new QPushButton(this);
    mAdd->setObjectName(QStringLiteral("addSupplier"));
    mSave = new QPushButton(this);
    mSave->setObjectName(QStringLiteral("saveSupplier"));
    mArchive = new QPushButton(this);
    mArchive->setObjectName(QStringLiteral("archiveSupplier"));
    mUnarchive = new QPushButton(this);
    mUnarchive->setObjectName(QStringLiteral("unarchiveSupplier"));
    mShowArchived = new QCheckBox(this);
    mShowArchived->setObjectName(QStringLiteral("showArchivedSuppliers"));
    // Archiving asks first, inline above the form: what it leaves as it is and what it stops.
    mArchiveBar = new QWidget(this);
    mArchiveBar->setObjectName(QStringLiteral("archiveSupplierBar"));
    mArchiveAsk = new QLabel(mArchiveBar);
    mArchiveAsk->setObjectName(QStringLiteral("archiveSupplierQuestion"));
    mArchiveAsk->setWordWrap(true);
    mConfirmArchive = new QPushButton(mArchiveBar);
    mConfirmArchive->setObjectName(QStringLiteral("confirmArchiveSupplier"));
    mCancelArchive = new QPushButton(mArchiveBar);
    mCancelArchive->setObjectName(QStringLiteral("cancelArchiveSupplier"));
    auto *askRow = new QHBoxLayout(mArchiveBar);
    askRow->setContentsMargins(0, 0, 0, 0);
    askRow->addWidget(mArchiveAsk, 1);
    askRow->addWidget(mConfirmArchive);
    askRow->addWidget(mCancelArchive);
    mArchiveBar->hide();
    mModel = new core::RecordTableModel(
        { { [] { return tr("Supplier"); }, ColumnKind::Text }, { [] { return tr("Contact"); }, ColumnKind::Text },
            { [] { return tr("Phone"); }, ColumnKind::Text }, { [] { return tr("City"); }, ColumnKind::Text },
            { [] { return tr("Note"); }, ColumnKind::Text }, { [] { return tr("Items supplied"); }, ColumnKind::Text },
            { [] { return tr("Archived"); }, ColumnKind::Text } },
        this);
    mView = core::newRecordView(mModel, QStringLiteral("suppliersTable"), this, QAbstractItemView::SingleSelection);

    auto *form = new QGridLayout;
    form->addWidget(mNameLabel, 0, 0);
    form->addWidget(mName, 0, 1);
    form->addWidget(mContactLabel, 0, 2);
    form->addWidget(mContact, 0, 3);
    form->addWidget(mPhoneLabel, 0, 4);
    form->addWidget(mPhone, 0, 5);
    form->addWidget(mCityLabel, 1, 0);
    form->addWidget(mCity, 1, 1);
    form->addWidget(mNoteLabel, 1, 2);
    form->addWidget(mNote, 1, 3, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mShowArchived);
    buttons->addStretch(1);
    buttons->addWidget(mArchive);
    buttons->addWidget(mUnarchive);
    buttons->addWidget(mAdd);
    buttons->addWidget(mSave);
    // An item's further suppliers (an item may come from two or more).
    mItemLabel = new QLabel(this);
    mItemCode = new QLineEdit(this);
    mItemCode->setObjectName(QStringLiteral("supplierItemCode"));
    mItemLabel->setBuddy(mItemCode);
    mLinkItem = new QPushButton(this);
    mLinkItem->setObjectName(QStringLiteral("linkSupplierItem"));
    mUnlinkItem = new QPushButton(this);
    mUnlinkItem->setObjectName(QStringLiteral("unlinkSupplierItem"));
    auto *itemRow = new QHBoxLayout;
    itemRow->addWidget(mItemLabel);
    itemRow->addWidget(mItemCode, 1);
    itemRow->addWidget(mLinkItem);
    itemRow->addWidget(mUnlinkItem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mView, 1);
    layout->addLayout(itemRow);
    layout->addWidget(mArchiveBar);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { select(current.row()); });
    connect(mAdd, &QPushButton::clicked, this, [this] {
        if (core::Status s = addSupplier(); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mSave, &QPushButton::clicked, this, [this] {
        if (core::Status s = saveSupplier(); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mArchive, &QPushButton::clicked, this, [this] {
        if (core::Status s = askArchive(); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mConfirmArchive, &QPushButton::clicked, this, [this] {
        if (core::Status s = confirmArchive(); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mCancelArchive, &QPushButton::clicked, this, &SuppliersView::hideArchiveQuestion);
    connect(mUnarchive, &QPushButton::clicked, this, [this] {
        if (core::Status s = unarchiveSupplier(); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mShowArchived, &QCheckBox::toggled, this, [this] { reload(); });
    connect(mLinkItem, &QPushButton::clicked, this, [this] {
        if (core::Status s = linkItem(); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mUnlinkItem, &QPushButton::clicked, this, [this] {
        if (core::Status s = unlinkItem(); !s)
            reportError(mContext, s.errorMessage());
    });
    retranslateUi();
}

void SuppliersView::retranslateUi()
{
    mTitle->setText(tr("Suppliers"));
    mItemLabel->setText(tr("&Item code:"));
    mItemCode->setPlaceholderText(tr("an item that also comes from the selected supplier"));
    mLinkItem->setText(tr("A&lso supplies it"));
    mLinkItem->setToolTip(tr("The item also comes from the selected supplier (its own supplier stays)"));
    mUnlinkItem->setText(tr("&No longer supplies it"));
    mNameLabel->setText(tr("Name:"));
    mContactLabel->setText(tr("Contact:"));
    mPhoneLabel->setText(tr("Phone:"));
    mCityLabel->setText(tr("City:"));
    mNoteLabel->setText(tr("Note:"));
    mAdd->setText(tr("&Add supplier"));
    mSave->setText(tr("&Save changes"));
    mArchive->setText(tr("A&rchive"));
    mUnarchive->setText(tr("&Unarchive"));
    mShowArchived->setText(tr("Show archived"));
    mConfirmArchive->setText(tr("Archive no&w"));
    mCancelArchive->setText(tr("&Cancel"));
    mModel->retranslate();
    reload();
}

bool SuppliersView::computed() const { return mGate->isOpen(); }

void SuppliersView::reload()
{
    if (!mGate->isOpen())
        return; // read when it first comes to the front
    // The versions first: a change landing between the two reads refuses an edit, never lets one
    // through unseen.
    auto versions = mService.versions();
    auto rows = mService.list();
    if (!rows || !versions) {
        reportError(mContext, !rows ? rows.errorMessage() : versions.errorMessage());
        return;
    }
    mVersions = *versions;
    mRows.clear();
    for (const SupplierRow &r : *rows)
        if (!r.archived || mShowArchived->isChecked())
            mRows.append(r);
    QList<QVariantList> table;
    for (const SupplierRow &r : mRows)
        table.append({ r.supplier.name, r.supplier.contact, r.supplier.phone, r.supplier.city, r.supplier.note,
            itemsText(r.items), r.archived ? tr("Archived") : QString() });
    mModel->setRows(table);
    updateButtons();
}

QString SuppliersView::itemsText(const QStringList &codes)
{
    // A supplier of thousands of items would make a cell too long to lay out on every paint.
    if (codes.size() <= kItemsShown)
        return codes.join(QStringLiteral(", "));
    return tr("%1 … (%n item(s) in all)", "", int(codes.size()))
        .arg(QStringList(codes.mid(0, kItemsShown)).join(QStringLiteral(", ")));
}

std::optional<qint64> SuppliersView::versionOf(qint64 id) const
{
    const auto it = mVersions.constFind(id);
    return it == mVersions.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void SuppliersView::updateButtons()
{
    const int row = mView->currentIndex().row();
    const bool valid = row >= 0 && row < mRows.size();
    mSave->setEnabled(valid);
    mArchive->setEnabled(valid && !mRows[row].archived);
    mUnarchive->setEnabled(valid && mRows[row].archived);
    mLinkItem->setEnabled(valid && !mRows[row].archived);
    mUnlinkItem->setEnabled(valid);
}

void SuppliersView::setShowArchived(bool show) { mShowArchived->setChecked(show); }

core::Status SuppliersView::askArchive()
{
    const int row = mView->currentIndex().row();
    if (row < 0 || row >= mRows.size())
        return core::Error { tr("Choose the supplier to archive.") };
    const core::Supplier &s = mRows[row].supplier;
    if (mRows[row].archived)
        return core::Error { tr("Supplier “%1” is archived already.").arg(s.name) };
    auto use = mService.usage(s.id);
    if (!use)
        return use.status();
    mPendingArchive = s.id;
    mArchiveAsk->setText(tr("Archive supplier “%1”: the %2 item(s) it supplies and its %3 receiving note(s) stay as "
                            "they are, but a new receiving note can no longer choose it.")
                             .arg(s.name)
                             .arg(use->items)
                             .arg(use->receivingNotes));
    mArchiveBar->show();
    mConfirmArchive->setFocus();
    return {};
}

void SuppliersView::hideArchiveQuestion()
{
    mPendingArchive = 0;
    mArchiveBar->hide();
}

core::Status SuppliersView::confirmArchive()
{
    const qint64 id = mPendingArchive;
    hideArchiveQuestion();
    for (const SupplierRow &r : mRows)
        if (r.supplier.id == id && id != 0)
            return pushArchived(r.supplier, true);
    return core::Error { tr("Choose the supplier to archive.") };
}

core::Status SuppliersView::unarchiveSupplier()
{
    const int row = mView->currentIndex().row();
    if (row < 0 || row >= mRows.size() || !mRows[row].archived)
        return core::Error { tr("Choose the archived supplier to unarchive.") };
    return pushArchived(mRows[row].supplier, false);
}

core::Status SuppliersView::pushArchived(const core::Supplier &supplier, bool archived)
{
    const qint64 id = supplier.id;
    mLast = {};
    auto *command = new core::CallCommand(
        [archived, name = supplier.name] {
            return archived ? tr("Archive supplier %1").arg(name) : tr("Unarchive supplier %1").arg(name);
        },
        mContext.events, std::nullopt, [this, id, archived] { return mService.setArchived(id, archived); },
        [this, id, archived] { return mService.setArchived(id, !archived); });
    command->setDone([this](const core::Status &st) { pushed(st); });
    mPushing = true;
    mUndo->push(command);
    mPushing = false;
    return mLast;
}

void SuppliersView::select(int row)
{
    if (row < 0 || row >= mRows.size()) {
        updateButtons();
        return;
    }
    mView->selectRow(row);
    const core::Supplier &s = mRows[row].supplier;
    mName->setText(s.name);
    mContact->setText(s.contact);
    mPhone->setText(s.phone);
    mCity->setText(s.city);
    mNote->setText(s.note);
    updateButtons();
    if (mPendingArchive != 0 && mPendingArchive != s.id)
        hideArchiveQuestion();
}

core::Supplier SuppliersView::fromForm() const
{
    core::Supplier s;
    s.name = mName->text().trimmed();
    s.contact = mContact->text().trimmed();
    s.phone = mPhone->text().trimmed();
    s.city = mCity->text().trimmed();
    s.note = mNote->text().trimmed();
    return s;
}

void SuppliersView::pushed(const core::Status &s)
{
    mLast = s;
    if (!s && !mPushing)
        reportError(mContext, s.errorMessage());
    reload();
    Q_EMIT suppliersChanged();
}

core::Status SuppliersView::addSupplier()
{
    const core::Supplier s = fromForm();
    auto id = std::make_shared<qint64>(0);
    mLast = {};
    auto *command = new core::CallCommand([name = s.name] { return tr("Add supplier %1").arg(name); }, mContext.events,
        std::nullopt,
        [this, s, id]() -> core::Status {
            auto added = mService.add(s);
            if (added)
                *id = *added;
            return added.status();
        },
        [this, id] { return mService.remove(*id); });
    command->setDone([this](const core::Status &st) { pushed(st); });
    mPushing = true;
    mUndo->push(command);
    mPushing = false;
    if (mLast)
        for (QLineEdit *f : { mName, mContact, mPhone, mCity, mNote })
            f->clear();
    return mLast;
}

core::Status SuppliersView::saveSupplier()
{
    const int row = mView->currentIndex().row();
    if (row < 0 || row >= mRows.size())
        return core::Error { tr("Choose the supplier to change.") };
    const core::Supplier old = mRows[row].supplier;
    core::Supplier changed = fromForm();
    changed.id = old.id;
    mLast = {};
    auto *command = new core::CallCommand([name = old.name] { return tr("Change supplier %1").arg(name); },
        mContext.events, std::nullopt, [this, changed] { return mService.update(changed, versionOf(changed.id)); },
        [this, old] { return mService.update(old, versionOf(old.id)); });
    command->setDone([this](const core::Status &st) { pushed(st); });
    mPushing = true;
    mUndo->push(command);
    mPushing = false;
    return mLast;
}

core::Status SuppliersView::linkItem() { return pushLink(true); }

core::Status SuppliersView::unlinkItem() { return pushLink(false); }

core::Status SuppliersView::pushLink(bool link)
{
    const int row = mView->currentIndex().row();
    if (row < 0 || row >= mRows.size())
        return core::Error { tr("Choose the supplier first.") };
    const core::Supplier supplier = mRows[row].supplier;
    const QString code = mItemCode->text().trimmed();
    auto item = core::ItemRepository(mContext.db).itemByCode(code);
    if (!item)
        return item.status();
    if (!*item)
        return core::Error { tr("There is no item with the code “%1”.").arg(code) };
    const qint64 itemId = (*item)->id, supplierId = supplier.id;
    auto from = ReorderRepository(mContext.db).suppliersOf(itemId);
    if (!from)
        return from.status();
    if ((*item)->supplierId == supplierId)
        return core::Error {
            tr("%1 is the item's own supplier of %2; change that in the item's details.").arg(supplier.name, code)
        };
    if (link && from->contains(supplierId))
        return core::Error { tr("%1 comes from %2 already.").arg(code, supplier.name) };
    if (!link && !from->contains(supplierId))
        return core::Error { tr("%1 does not come from %2.").arg(code, supplier.name) };
    const core::Database &db = mContext.db;
    auto linkCall = [&db, itemId, supplierId] { return PurchaseService(db).linkSupplier(itemId, supplierId); };
    auto unlinkCall = [&db, itemId, supplierId] { return PurchaseService(db).unlinkSupplier(itemId, supplierId); };
    mLast = {};
    auto *command = new core::CallCommand(
        [link, code, name = supplier.name] {
            return link ? tr("%1 also from %2").arg(code, name) : tr("%1 no longer from %2").arg(code, name);
        },
        mContext.events, std::nullopt, link ? core::CallCommand::Call(linkCall) : core::CallCommand::Call(unlinkCall),
        link ? core::CallCommand::Call(unlinkCall) : core::CallCommand::Call(linkCall));
    command->setDone([this](const core::Status &st) { pushed(st); });
    mPushing = true;
    mUndo->push(command);
    mPushing = false;
    if (mLast)
        mItemCode->clear();
    return mLast;
}

QByteArray SuppliersView::saveState() const { return saveTables({ mView }); }

void SuppliersView::restoreState(const QByteArray &state) { restoreTables(state, { mView }); }

} // namespace shopdesk::inventory
