#include "UnknownScansBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk::inventory {

UnknownScansBox::UnknownScansBox(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mList(new QListWidget(this))
    , mField(new QLineEdit(this))
    , mResolve(new QPushButton(this))
    , mDismiss(new QPushButton(this))
{
    mList->setObjectName(QStringLiteral("unknownList"));
    mList->setFocusPolicy(Qt::NoFocus);
    mField->setObjectName(QStringLiteral("resolveField"));
    mResolve->setObjectName(QStringLiteral("resolve"));
    mDismiss->setObjectName(QStringLiteral("dismiss"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTitle);
    layout->addWidget(mList, 1);
    layout->addWidget(mField);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mResolve);
    buttons->addWidget(mDismiss);
    layout->addLayout(buttons);
    connect(mField, &QLineEdit::returnPressed, this, [this] { Q_EMIT resolveRequested(mField->text()); });
    connect(mResolve, &QPushButton::clicked, this, [this] { Q_EMIT resolveRequested(mField->text()); });
    connect(mDismiss, &QPushButton::clicked, this, &UnknownScansBox::dismissRequested);
    retranslateUi();
}

void UnknownScansBox::retranslateUi()
{
    mTitle->setText(tr("Unknown barcodes to resolve"));
    mField->setPlaceholderText(tr("The right barcode for the selected code"));
    mResolve->setText(tr("C&ount as this SKU"));
    mDismiss->setText(tr("Set &aside"));
}

void UnknownScansBox::setScans(const QList<UnknownScan> &scans)
{
    const qint64 shown = selectedId();
    mList->clear();
    for (const UnknownScan &u : scans) {
        auto *item = new QListWidgetItem(tr("%1 × %2  (%3, %4)")
                                             .arg(u.barcode)
                                             .arg(u.quantity)
                                             .arg(u.actor, u.at.toString(QStringLiteral("HH:mm:ss"))),
            mList);
        item->setData(Qt::UserRole, u.id);
    }
    mList->setCurrentRow(mList->count() > 0 ? 0 : -1);
    for (int i = 0; i < mList->count(); ++i)
        if (mList->item(i)->data(Qt::UserRole).toLongLong() == shown)
            mList->setCurrentRow(i);
}

int UnknownScansBox::count() const { return mList->count(); }

qint64 UnknownScansBox::selectedId() const
{
    return mList->currentItem() ? mList->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void UnknownScansBox::setOpen(bool open)
{
    mResolve->setEnabled(open && count() > 0);
    mDismiss->setEnabled(open && count() > 0);
}

void UnknownScansBox::clearField() { mField->clear(); }

} // namespace shopdesk::inventory
