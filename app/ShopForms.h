#pragma once

#include <shopdesk/core/ShopSettings.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace shopdesk::app {

/// One part of the shop's own data, as a form: the new-shop wizard shows each on a page of its
/// own, File → Shop settings… all of them on tabs. A form reads the shop's settings, says what is
/// missing, and adds what it holds to one batch that is written in one transaction.
class ShopForm : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void load(const core::ShopSettings &settings) = 0;
    virtual void write(core::ShopSettings::Batch &batch) const = 0;
    /// What the user must still fill in (translated), or empty.
    virtual QString problem() const { return {}; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    /// A line edit that reports edits, named for tests and accessibility.
    QLineEdit *lineEdit(const QString &objectName);
};

/// 店铺: the shop's name and platform.
class ShopNameForm final : public ShopForm {
    Q_OBJECT
public:
    explicit ShopNameForm(QWidget *parent = nullptr);
    QString title() const override;
    void load(const core::ShopSettings &settings) override;
    void write(core::ShopSettings::Batch &batch) const override;
    QString problem() const override;

private:
    void retranslateUi() override;
    QLineEdit *mName;
    QComboBox *mPlatform;
    QFormLayout *mLayout;
};

/// 寄件人 and 退货地址: what the waybill's sender block and the replies' {退货地址} print.
class AddressForm final : public ShopForm {
    Q_OBJECT
public:
    explicit AddressForm(QWidget *parent = nullptr);
    QString title() const override;
    void load(const core::ShopSettings &settings) override;
    void write(core::ShopSettings::Batch &batch) const override;
    QString problem() const override;

private:
    void retranslateUi() override;
    QLineEdit *mSenderName, *mSenderPhone, *mSenderAddress;
    QCheckBox *mReturnSame;
    QLineEdit *mReturnRecipient, *mReturnPhone, *mReturnAddress;
    QGroupBox *mSender, *mReturn;
    QFormLayout *mSenderLayout, *mReturnLayout;
};

/// 快递与收款: the default courier, privacy waybills, the bank account text.
class CourierForm final : public ShopForm {
    Q_OBJECT
public:
    explicit CourierForm(QWidget *parent = nullptr);
    QString title() const override;
    void load(const core::ShopSettings &settings) override;
    void write(core::ShopSettings::Batch &batch) const override;

private:
    void retranslateUi() override;
    QComboBox *mCourier;
    QCheckBox *mMaskPhone;
    QLineEdit *mBank;
    QFormLayout *mLayout;
};

/// 员工与经营: the staff, the KPI margin and the promotion announced in replies.
class StaffForm final : public ShopForm {
    Q_OBJECT
public:
    explicit StaffForm(QWidget *parent = nullptr);
    QString title() const override;
    void load(const core::ShopSettings &settings) override;
    void write(core::ShopSettings::Batch &batch) const override;
    /// The names entered, one per line, trimmed, without repeats.
    QStringList staff() const;

private:
    void retranslateUi() override;
    QPlainTextEdit *mStaff;
    QDoubleSpinBox *mMargin;
    QDoubleSpinBox *mFee;
    QSpinBox *mMaxLineMoney;
    QLineEdit *mPromotion;
    QFormLayout *mLayout;
};

/// Every form, in the order the wizard asks for them.
QList<ShopForm *> makeShopForms(QWidget *parent);
/// What all `forms` hold, as one batch.
core::ShopSettings::Batch settingsOf(const QList<ShopForm *> &forms);

} // namespace shopdesk::app
