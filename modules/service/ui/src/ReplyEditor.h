#pragma once

#include "shopdesk/service/HouseStyle.h"
#include "shopdesk/service/ReplyService.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace shopdesk::service {

/// The reply editor under the library, checked live against the house style. It keeps an edit
/// that is not saved: choosing another reply in the library does not replace it (the note says
/// so) until it is saved or reverted.
class ReplyEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit ReplyEditor(QWidget *parent = nullptr);

    void setStyle(HouseStyle style);
    /// Shows `reply` (none: an empty form for a new reply) unless an unsaved edit is open; false
    /// when the edit was kept.
    bool showReply(const std::optional<Reply> &reply);
    /// The form as a reply (id of the reply being edited, 0 for a new one).
    Reply edited() const;
    /// The form differs from the reply it shows.
    bool isModified() const;
    /// The form's content is now what the shop file holds (after a save), or is again (a failed one).
    void setBaseline(const std::optional<Reply> &reply);
    /// Puts the shown reply back into the form, dropping the edit.
    void revert();
    void focusCode();
    void retranslateUi();

Q_SIGNALS:
    void newRequested();
    void saveRequested();
    void deleteRequested();
    void importRequested();
    void exportRequested();

private:
    void load(const std::optional<Reply> &reply);
    void lint();
    void updateNote();

    HouseStyle mStyle;
    std::optional<Reply> mShown; ///< as the shop file held it when loaded
    QLineEdit *mCode, *mTitle;
    QComboBox *mGroup;
    QPlainTextEdit *mBody;
    QLabel *mLint, *mNote;
    QLabel *mCodeLabel, *mTitleLabel, *mGroupLabel;
    QPushButton *mNewButton, *mSaveButton, *mRevertButton, *mDeleteButton, *mImportButton, *mExportButton;
};

} // namespace shopdesk::service
