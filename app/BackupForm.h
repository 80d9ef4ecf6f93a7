#pragma once

#include "ShopForms.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shopdesk::app {

/// File → Shop settings…, Backups: where the automatic daily copies go (beside the shop file
/// unless a folder is chosen). Not asked by the new-shop wizard: the default suits a new shop.
class BackupForm final : public ShopForm {
    Q_OBJECT
public:
    explicit BackupForm(QWidget *parent = nullptr);
    QString title() const override;
    void load(const core::ShopSettings &settings) override;
    void write(core::ShopSettings::Batch &batch) const override;

private:
    void retranslateUi() override;
    void browse();

    QLineEdit *mFolder;
    QPushButton *mBrowse;
    QLabel *mFolderLabel, *mHint;
};

} // namespace shopdesk::app
