#include "CourierRulesView.h"

#include "commands/ChangeCourierRulesCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUndoStack>

namespace shopdesk::shipping {

CourierRulesView::CourierRulesView(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("courierRulesView"));
    auto *form = new QGridLayout(this);
    mHint = new QLabel(this);
    mHint->setWordWrap(true);
    mDefaultCourierLabel = new QLabel(this);
    mDefaultCourier = new QComboBox(this);
    mDefaultCourier->setObjectName(QStringLiteral("defaultCourier"));
    mDefaultCourierLabel->setBuddy(mDefaultCourier);
    for (const QString &c : Couriers::codes())
        mDefaultCourier->addItem(QString(), c);
    mEmsLabel = new QLabel(this);
    mEmsProvinces = new QLineEdit(this);
    mEmsProvinces->setObjectName(QStringLiteral("emsProvinces"));
    mEmsLabel->setBuddy(mEmsProvinces);
    mMaskPhone = new QCheckBox(this);
    mMaskPhone->setObjectName(QStringLiteral("maskPhone"));
    mSaveRules = new QPushButton(this);
    mSaveRules->setObjectName(QStringLiteral("saveCourierRules"));
    connect(mSaveRules, &QPushButton::clicked, this, &CourierRulesView::saveRules);
    form->addWidget(mHint, 0, 0, 1, 3);
    form->addWidget(mDefaultCourierLabel, 1, 0);
    form->addWidget(mDefaultCourier, 1, 1);
    form->addWidget(mEmsLabel, 2, 0);
    form->addWidget(mEmsProvinces, 2, 1, 1, 2);
    form->addWidget(mMaskPhone, 3, 0, 1, 2);
    form->addWidget(mSaveRules, 4, 0);
    form->setColumnStretch(2, 1);
    form->setRowStretch(5, 1);
    reloadOnOrderChanges(this, mContext.events);
    retranslateUi();
    reload();
}

void CourierRulesView::retranslateUi()
{
    mHint->setText(tr("The store's courier rules: an order goes by the courier the buyer asked for, by EMS to a "
                      "province the default courier does not reach, else by the default courier."));
    mDefaultCourierLabel->setText(tr("&Default courier:"));
    mEmsLabel->setText(tr("By &EMS (provinces the default does not reach):"));
    mEmsProvinces->setPlaceholderText(tr("province names, separated by commas"));
    mMaskPhone->setText(tr("&Hide the middle digits of the recipient's phone on waybills"));
    mSaveRules->setText(tr("&Save rules"));
    for (int i = 0; i < mDefaultCourier->count(); ++i)
        mDefaultCourier->setItemText(i, Couriers::displayName(mDefaultCourier->itemData(i).toString()));
}

void CourierRulesView::reload()
{
    fillCourierBox(mDefaultCourier);
    const CourierRules rules = mContext.desk.courierRules();
    mDefaultCourier->setCurrentIndex(std::max(0, mDefaultCourier->findData(rules.defaultCourier)));
    mEmsProvinces->setText(rules.emsProvinces.join(QStringLiteral("，")));
    mMaskPhone->setChecked(rules.maskPhone);
}

void CourierRulesView::saveRules()
{
    const CourierRules before = mContext.desk.courierRules();
    CourierRules after;
    after.defaultCourier = mDefaultCourier->currentData().toString();
    after.emsProvinces
        = mEmsProvinces->text().split(QRegularExpression(QStringLiteral("[,，;；、\\s]+")), Qt::SkipEmptyParts);
    after.maskPhone = mMaskPhone->isChecked();
    if (after == before)
        return;
    mContext.undoStack->push(new ChangeCourierRulesCommand(mContext.desk, mContext.events, before, after));
}

} // namespace shopdesk::shipping
