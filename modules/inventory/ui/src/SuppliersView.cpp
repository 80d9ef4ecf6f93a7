#include "SuppliersView.h"

#include "ReportError.h"
#include "TableState.h"

#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

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
    mModel = new core::RecordTableModel(
        { { [] { return tr("Supplier"); }, ColumnKind::Text }, { [] { return tr("Contact"); }, ColumnKind::Text },
            { [] { return tr("Phone"); }, ColumnKind::Text }, { [] { return tr("City"); }, ColumnKind::Text },
            { [] { return tr("Note"); }, ColumnKind::Text },
            { [] { return tr("Items supplied"); }, ColumnKind::Text } },
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
    buttons->addStretch(1);
    buttons->addWidget(mAdd);
    buttons->addWidget(mSave);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mView, 1);
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
    retranslateUi();
}

void SuppliersView::retranslateUi()
{
    mTitle->setText(tr("Suppliers"));
    mNameLabel->setText(tr("Name:"));
    mContactLabel->setText(tr("Contact:"));
    mPhoneLabel->setText(tr("Phone:"));
    mCityLabel->setText(tr("City:"));
    mNoteLabel->setText(tr("Note:"));
    mAdd->setText(tr("Add supplier"));
    mSave->setText(tr("Save changes"));
    mModel->retranslate();
    reload();
}

void SuppliersView::reload()
{
    auto rows = mService.list();
    if (!rows) {
        reportError(mContext, rows.errorMessage());
        return;
    }
    mRows = *rows;
    QList<QVariantList> table;
    for (const SupplierRow &r : mRows)
        table.append({ r.supplier.name, r.supplier.contact, r.supplier.phone, r.supplier.city, r.supplier.note,
            r.items.join(QStringLiteral(", ")) });
    mModel->setRows(table);
    mSave->setEnabled(mView->currentIndex().isValid());
}

void SuppliersView::select(int row)
{
    if (row < 0 || row >= mRows.size()) {
        mSave->setEnabled(false);
        return;
    }
    mView->selectRow(row);
    const core::Supplier &s = mRows[row].supplier;
    mName->setText(s.name);
    mContact->setText(s.contact);
    mPhone->setText(s.phone);
    mCity->setText(s.city);
    mNote->setText(s.note);
    mSave->setEnabled(true);
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
    auto *command = new core::CallCommand(
        tr("Add supplier %1").arg(s.name), mContext.events, std::nullopt,
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
    auto *command = new core::CallCommand(
        tr("Change supplier %1").arg(old.name), mContext.events, std::nullopt,
        [this, changed] { return mService.update(changed); }, [this, old] { return mService.update(old); });
    command->setDone([this](const core::Status &st) { pushed(st); });
    mPushing = true;
    mUndo->push(command);
    mPushing = false;
    return mLast;
}

QByteArray SuppliersView::saveState() const { return saveTables({ mView }); }

void SuppliersView::restoreState(const QByteArray &state) { restoreTables(state, { mView }); }

} // namespace shopdesk::inventory
