#include "ExportShippedDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace shopdesk::shipping {

ExportShippedDialog::ExportShippedDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportShippedDialog"));
    setWindowTitle(tr("Shipped orders for the platform"));
    auto *v = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Writes the platform's bulk-shipping file (批量发货: order number, courier, tracking "
                               "number) for upload in the seller centre."),
        this);
    hint->setWordWrap(true);
    v->addWidget(hint);
    mUnexported = new QRadioButton(tr("Everything &not exported yet"), this);
    mUnexported->setObjectName(QStringLiteral("allUnexported"));
    mUnexported->setChecked(true);
    mOnDay = new QRadioButton(tr("Shipped &on:"), this);
    mOnDay->setObjectName(QStringLiteral("onDay"));
    mDay = new QDateEdit(QDate::currentDate(), this);
    mDay->setObjectName(QStringLiteral("day"));
    mDay->setCalendarPopup(true);
    mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDay->setEnabled(false);
    connect(mOnDay, &QRadioButton::toggled, mDay, &QDateEdit::setEnabled);
    v->addWidget(mUnexported);
    auto *row = new QHBoxLayout;
    row->addWidget(mOnDay);
    row->addWidget(mDay, 1);
    v->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

std::optional<QDate> ExportShippedDialog::day() const
{
    return mOnDay->isChecked() ? std::optional<QDate>(mDay->date()) : std::nullopt;
}

void ExportShippedDialog::chooseDay(QDate day)
{
    mOnDay->setChecked(true);
    mDay->setDate(day);
}

} // namespace shopdesk::shipping
