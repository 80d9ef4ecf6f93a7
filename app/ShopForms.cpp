#include "ShopForms.h"

#include <shopdesk/core/Vocabulary.h>
#include <shopdesk/kpi/KpiReport.h>
#include <shopdesk/kpi/ProfitService.h>
#include <shopdesk/shipping/Couriers.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace shopdesk::app {

namespace {
/// A phone a courier can call: a mobile number (11 digits) or a landline with its area code.
bool plausiblePhone(const QString &phone)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(1\\d{10}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|400-?\\d{3}-?\\d{4})$"));
    return pattern.match(phone.trimmed()).hasMatch();
}
QString text(const QLineEdit *e) { return e->text().trimmed(); }
/// A row whose label (text set on retranslation) is the field's buddy, for its mnemonic.
void addLabelledRow(QFormLayout *layout, QWidget *field)
{
    auto *label = new QLabel(layout->parentWidget());
    label->setBuddy(field);
    layout->addRow(label, field);
}
} // namespace

void ShopForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QLineEdit *ShopForm::lineEdit(const QString &objectName)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(objectName);
    connect(e, &QLineEdit::textEdited, this, &ShopForm::edited);
    return e;
}

// ---- 店铺

ShopNameForm::ShopNameForm(QWidget *parent)
    : ShopForm(parent)
    , mName(lineEdit(QStringLiteral("shopName")))
    , mPlatform(new QComboBox(this))
    , mLayout(new QFormLayout(this))
{
    mPlatform->setObjectName(QStringLiteral("platform"));
    for (const QString &code : core::ShopSettings::platforms())
        mPlatform->addItem(QString(), code);
    addLabelledRow(mLayout, mName);
    addLabelledRow(mLayout, mPlatform);
    retranslateUi();
}

QString ShopNameForm::title() const { return tr("Shop"); }

void ShopNameForm::retranslateUi()
{
    mLayout->labelForField(mName)->setProperty("text", tr("Shop &name:"));
    mLayout->labelForField(mPlatform)->setProperty("text", tr("Sells on:"));
    mName->setPlaceholderText(tr("as on the platform, e.g. 小林服饰旗舰店"));
    mName->setAccessibleName(tr("Shop name"));
    mPlatform->setAccessibleName(tr("Platform"));
    for (int i = 0; i < mPlatform->count(); ++i)
        mPlatform->setItemText(i, core::Vocabulary::platform(mPlatform->itemData(i).toString()));
}

void ShopNameForm::load(const core::ShopSettings &settings)
{
    mName->setText(settings.get(core::ShopSettings::kShopName));
    const int i = mPlatform->findData(settings.get(core::ShopSettings::kPlatform));
    mPlatform->setCurrentIndex(i < 0 ? 0 : i);
}

void ShopNameForm::write(core::ShopSettings::Batch &batch) const
{
    batch.set(core::ShopSettings::kShopName, text(mName));
    batch.set(core::ShopSettings::kPlatform, mPlatform->currentData().toString());
}

QString ShopNameForm::problem() const
{
    return text(mName).isEmpty() ? tr("Enter the shop's name: waybills and replies print it.") : QString();
}

// ---- 寄件人 / 退货地址

AddressForm::AddressForm(QWidget *parent)
    : ShopForm(parent)
    , mSenderName(lineEdit(QStringLiteral("senderName")))
    , mSenderPhone(lineEdit(QStringLiteral("senderPhone")))
    , mSenderAddress(lineEdit(QStringLiteral("senderAddress")))
    , mReturnSame(new QCheckBox(this))
    , mReturnRecipient(lineEdit(QStringLiteral("returnRecipient")))
    , mReturnPhone(lineEdit(QStringLiteral("returnPhone")))
    , mReturnAddress(lineEdit(QStringLiteral("returnAddress")))
    , mSender(new QGroupBox(this))
    , mReturn(new QGroupBox(this))
    , mSenderLayout(new QFormLayout(mSender))
    , mReturnLayout(new QFormLayout(mReturn))
{
    addLabelledRow(mSenderLayout, mSenderName);
    addLabelledRow(mSenderLayout, mSenderPhone);
    addLabelledRow(mSenderLayout, mSenderAddress);
    mReturnSame->setObjectName(QStringLiteral("returnSame"));
    mReturnSame->setChecked(true); // most small shops take returns where they ship from
    mReturnLayout->addRow(mReturnSame);
    addLabelledRow(mReturnLayout, mReturnRecipient);
    addLabelledRow(mReturnLayout, mReturnPhone);
    addLabelledRow(mReturnLayout, mReturnAddress);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSender);
    layout->addWidget(mReturn);
    layout->addStretch(1);
    const auto follow = [this] {
        const bool same = mReturnSame->isChecked();
        for (QLineEdit *e : { mReturnRecipient, mReturnPhone, mReturnAddress })
            e->setEnabled(!same);
        if (same) {
            mReturnRecipient->setText(mSenderName->text());
            mReturnPhone->setText(mSenderPhone->text());
            mReturnAddress->setText(mSenderAddress->text());
        }
    };
    connect(mReturnSame, &QCheckBox::toggled, this, follow);
    connect(mReturnSame, &QCheckBox::toggled, this, &ShopForm::edited);
    for (QLineEdit *e : { mSenderName, mSenderPhone, mSenderAddress })
        connect(e, &QLineEdit::textChanged, this, follow);
    retranslateUi();
}

QString AddressForm::title() const { return tr("Sender and returns"); }

void AddressForm::retranslateUi()
{
    mSender->setTitle(tr("Sender (printed on every waybill)"));
    mReturn->setTitle(tr("Return address (for buyers' returns and exchanges)"));
    mSenderLayout->labelForField(mSenderName)->setProperty("text", tr("&Sender:"));
    mSenderLayout->labelForField(mSenderPhone)->setProperty("text", tr("&Phone:"));
    mSenderLayout->labelForField(mSenderAddress)->setProperty("text", tr("&Address:"));
    mReturnSame->setText(tr("Returns go to the sender's address"));
    mReturnLayout->labelForField(mReturnRecipient)->setProperty("text", tr("Recipient:"));
    mReturnLayout->labelForField(mReturnPhone)->setProperty("text", tr("Phone:"));
    mReturnLayout->labelForField(mReturnAddress)->setProperty("text", tr("Address:"));
    mSenderAddress->setPlaceholderText(tr("province, city, district, street and number"));
    mSenderName->setAccessibleName(tr("Sender"));
    mSenderPhone->setAccessibleName(tr("Sender phone"));
    mSenderAddress->setAccessibleName(tr("Sender address"));
    mReturnRecipient->setAccessibleName(tr("Return recipient"));
    mReturnPhone->setAccessibleName(tr("Return phone"));
    mReturnAddress->setAccessibleName(tr("Return address"));
}

void AddressForm::load(const core::ShopSettings &settings)
{
    mSenderName->setText(settings.get(core::ShopSettings::kSenderName));
    mSenderPhone->setText(settings.get(core::ShopSettings::kSenderPhone));
    mSenderAddress->setText(settings.get(core::ShopSettings::kSenderAddress));
    const QString recipient = settings.get(core::ShopSettings::kReturnRecipient);
    const QString phone = settings.get(core::ShopSettings::kReturnPhone);
    const QString address = settings.get(core::ShopSettings::kReturnAddress);
    const bool same = (address.isEmpty() && recipient.isEmpty())
        || (address == mSenderAddress->text() && recipient == mSenderName->text() && phone == mSenderPhone->text());
    mReturnSame->setChecked(same);
    if (!same) {
        mReturnRecipient->setText(recipient);
        mReturnPhone->setText(phone);
        mReturnAddress->setText(address);
    }
}

void AddressForm::write(core::ShopSettings::Batch &batch) const
{
    batch.set(core::ShopSettings::kSenderName, text(mSenderName));
    batch.set(core::ShopSettings::kSenderPhone, text(mSenderPhone));
    batch.set(core::ShopSettings::kSenderAddress, text(mSenderAddress));
    const bool same = mReturnSame->isChecked();
    batch.set(core::ShopSettings::kReturnRecipient, same ? text(mSenderName) : text(mReturnRecipient));
    batch.set(core::ShopSettings::kReturnPhone, same ? text(mSenderPhone) : text(mReturnPhone));
    batch.set(core::ShopSettings::kReturnAddress, same ? text(mSenderAddress) : text(mReturnAddress));
}

QString AddressForm::problem() const
{
    if (text(mSenderName).isEmpty() || text(mSenderAddress).isEmpty())
        return tr("Enter the sender's name and address: every waybill prints them.");
    if (!plausiblePhone(mSenderPhone->text()))
        return tr("Enter the sender's phone: an 11-digit mobile number or a landline with its area code.");
    if (!mReturnSame->isChecked()) {
        if (text(mReturnRecipient).isEmpty() || text(mReturnAddress).isEmpty())
            return tr("Enter who receives returns and where, or tick “Returns go to the sender's address”.");
        if (!plausiblePhone(mReturnPhone->text()))
            return tr("Enter the return phone: an 11-digit mobile number or a landline with its area code.");
    }
    return {};
}

// ---- 快递与收款

CourierForm::CourierForm(QWidget *parent)
    : ShopForm(parent)
    , mCourier(new QComboBox(this))
    , mMaskPhone(new QCheckBox(this))
    , mBank(lineEdit(QStringLiteral("bankAccount")))
    , mLayout(new QFormLayout(this))
{
    mCourier->setObjectName(QStringLiteral("defaultCourier"));
    mMaskPhone->setObjectName(QStringLiteral("maskPhone"));
    for (const QString &code : shipping::Couriers::codes())
        mCourier->addItem(QString(), code);
    addLabelledRow(mLayout, mCourier);
    mLayout->addRow(mMaskPhone);
    addLabelledRow(mLayout, mBank);
    // A new shop starts from the declared defaults; load() shows a shop's own values.
    mCourier->setCurrentIndex(std::max(0, mCourier->findData(shipping::CourierRules::kDefaultCourierSetting.fallback)));
    connect(mCourier, &QComboBox::activated, this, &ShopForm::edited);
    connect(mMaskPhone, &QCheckBox::toggled, this, &ShopForm::edited);
    retranslateUi();
}

QString CourierForm::title() const { return tr("Couriers and payment"); }

void CourierForm::retranslateUi()
{
    mLayout->labelForField(mCourier)->setProperty("text", tr("Default &courier:"));
    mLayout->labelForField(mBank)->setProperty("text", tr("&Bank account:"));
    mMaskPhone->setText(tr("Privacy waybills: print buyers' phones with the middle digits hidden"));
    mBank->setPlaceholderText(tr("bank, account name and number, as given to buyers who pay by transfer"));
    mCourier->setAccessibleName(tr("Default courier"));
    mBank->setAccessibleName(tr("Bank account"));
    for (int i = 0; i < mCourier->count(); ++i)
        mCourier->setItemText(i, core::Vocabulary::courier(mCourier->itemData(i).toString()));
}

void CourierForm::load(const core::ShopSettings &settings)
{
    const int i = mCourier->findData(settings.get(shipping::CourierRules::kDefaultCourierSetting));
    mCourier->setCurrentIndex(i < 0 ? 0 : i);
    mMaskPhone->setChecked(settings.get(shipping::CourierRules::kMaskPhoneSetting));
    mBank->setText(settings.get(core::ShopSettings::kBankAccount));
}

void CourierForm::write(core::ShopSettings::Batch &batch) const
{
    batch.set(shipping::CourierRules::kDefaultCourierSetting, mCourier->currentData().toString());
    batch.set(shipping::CourierRules::kMaskPhoneSetting, mMaskPhone->isChecked());
    batch.set(core::ShopSettings::kBankAccount, text(mBank));
}

// ---- 员工与经营

StaffForm::StaffForm(QWidget *parent)
    : ShopForm(parent)
    , mStaff(new QPlainTextEdit(this))
    , mMargin(new QDoubleSpinBox(this))
    , mFee(new QDoubleSpinBox(this))
    , mMaxLineMoney(new QSpinBox(this))
    , mPromotion(lineEdit(QStringLiteral("promotion")))
    , mLayout(new QFormLayout(this))
{
    mStaff->setObjectName(QStringLiteral("staff"));
    mStaff->setTabChangesFocus(true);
    mMargin->setObjectName(QStringLiteral("margin"));
    mMargin->setRange(0, 95);
    mMargin->setDecimals(1);
    mMargin->setSuffix(QStringLiteral(" %"));
    mMargin->setValue(kpi::kMarginSetting.fallback * 100.0);
    mFee->setObjectName(QStringLiteral("platformFee"));
    mFee->setRange(0, 50);
    mFee->setDecimals(1);
    mFee->setSuffix(QStringLiteral(" %"));
    mFee->setValue(kpi::kPlatformFeeSetting.fallback * 100.0);
    mMaxLineMoney->setObjectName(QStringLiteral("maxLineMoney"));
    mMaxLineMoney->setRange(1, core::ShopSettings::kMaxLineMoneyCeiling);
    mMaxLineMoney->setPrefix(QStringLiteral("¥"));
    mMaxLineMoney->setGroupSeparatorShown(true);
    mMaxLineMoney->setValue(core::ShopSettings::kMaxLineMoney.fallback);
    addLabelledRow(mLayout, mStaff);
    addLabelledRow(mLayout, mMargin);
    addLabelledRow(mLayout, mFee);
    addLabelledRow(mLayout, mMaxLineMoney);
    addLabelledRow(mLayout, mPromotion);
    connect(mStaff, &QPlainTextEdit::textChanged, this, &ShopForm::edited);
    connect(mMargin, &QDoubleSpinBox::valueChanged, this, &ShopForm::edited);
    connect(mFee, &QDoubleSpinBox::valueChanged, this, &ShopForm::edited);
    connect(mMaxLineMoney, &QSpinBox::valueChanged, this, &ShopForm::edited);
    retranslateUi();
}

QString StaffForm::title() const { return tr("Staff and business"); }

void StaffForm::retranslateUi()
{
    mLayout->labelForField(mStaff)->setProperty("text", tr("S&taff (one per line):"));
    mLayout->labelForField(mMargin)->setProperty("text", tr("Gross &margin:"));
    mLayout->labelForField(mFee)->setProperty("text", tr("Platform &fee:"));
    mLayout->labelForField(mPromotion)->setProperty("text", tr("Current &promotion:"));
    mFee->setToolTip(tr("The platform's commission as a share of what the buyers kept, taken off profit."));
    mFee->setAccessibleName(tr("Platform fee"));
    mLayout->labelForField(mMaxLineMoney)->setProperty("text", tr("Largest imported &line:"));
    mMaxLineMoney->setToolTip(tr("An imported order, item, receiving or KPI line above this amount is refused as a "
                                 "typing or export error."));
    mMaxLineMoney->setAccessibleName(tr("Largest imported line"));
    mMargin->setToolTip(tr("Used for traffic value (conversion × order value × margin) until costs are known."));
    mPromotion->setPlaceholderText(tr("announced in customer-service replies, e.g. 满199减20"));
    mStaff->setAccessibleName(tr("Staff"));
    mMargin->setAccessibleName(tr("Gross margin"));
    mPromotion->setAccessibleName(tr("Current promotion"));
}

void StaffForm::load(const core::ShopSettings &settings)
{
    mStaff->setPlainText(settings.get(core::ShopSettings::kStaff).join(QLatin1Char('\n')));
    mMargin->setValue(settings.get(kpi::kMarginSetting) * 100.0);
    mFee->setValue(settings.get(kpi::kPlatformFeeSetting) * 100.0);
    mMaxLineMoney->setValue(int(settings.maxLineMoneyFen() / 100));
    mPromotion->setText(settings.get(core::ShopSettings::kPromotion));
}

QStringList StaffForm::staff() const
{
    QStringList names;
    for (const QString &line : mStaff->toPlainText().split(QLatin1Char('\n'))) {
        // Names are kept as a list joined by commas: a comma inside a name would split it.
        const QString name = line.trimmed().remove(QLatin1Char(',')).remove(QChar(0xFF0C));
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

void StaffForm::write(core::ShopSettings::Batch &batch) const
{
    batch.set(core::ShopSettings::kStaff, staff());
    batch.set(kpi::kMarginSetting, mMargin->value() / 100.0);
    batch.set(kpi::kPlatformFeeSetting, mFee->value() / 100.0);
    batch.set(core::ShopSettings::kMaxLineMoney, mMaxLineMoney->value());
    batch.set(core::ShopSettings::kPromotion, text(mPromotion));
}

core::ShopSettings::Batch settingsOf(const QList<ShopForm *> &forms)
{
    core::ShopSettings::Batch batch;
    for (const ShopForm *form : forms)
        form->write(batch);
    return batch;
}

QList<ShopForm *> makeShopForms(QWidget *parent)
{
    return { new ShopNameForm(parent), new AddressForm(parent), new CourierForm(parent), new StaffForm(parent) };
}

} // namespace shopdesk::app
