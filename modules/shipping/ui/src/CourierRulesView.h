#pragma once

#include "ViewContext.h"

#include <shopdesk/core/PanelContract.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shopdesk::shipping {

/// The store's courier rules (快递设置): the default courier, the provinces it does not reach
/// (EMS), hiding the recipient's phone on waybills. Saving them is one undoable edit; the queue
/// shows the courier they choose at once.
class CourierRulesView : public core::View {
    Q_OBJECT
public:
    explicit CourierRulesView(const ViewContext &context, QWidget *parent = nullptr);

    /// Shows the rules in force.
    void reload() override;
    void saveRules();

protected:
    void retranslateUi() override;

private:
    ViewContext mContext;
    QLabel *mHint, *mDefaultCourierLabel, *mEmsLabel;
    QComboBox *mDefaultCourier;
    QLineEdit *mEmsProvinces;
    QCheckBox *mMaskPhone;
    QPushButton *mSaveRules;
};

} // namespace shopdesk::shipping
