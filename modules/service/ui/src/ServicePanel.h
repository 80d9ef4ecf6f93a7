#pragma once

#include "shopdesk/service/HouseStyle.h"
#include "shopdesk/service/ReplyFiller.h"
#include "shopdesk/service/ReplyRepository.h"

#include <shopdesk/core/PanelContract.h>

#include <QHash>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace shopdesk::service {

class AgentKpiWidget;
class BuyerListsWidget;
class ReplyTableModel;

/// The customer-service workbench (客服), open all day beside the platform's chat window.
/// Keyboard first: type to search over code, title and text; arrows move; Enter copies the
/// filled reply (with any stacked ones) to the clipboard; Ctrl+Enter (or Insert) stacks the
/// current reply; Esc clears; Ctrl+L jumps to the buyer/order field, Ctrl+F back to the search;
/// Ctrl+1/2/3 switch between replies, buyer lists and agent KPIs. A buyer or order number binds the facts; a missing
/// fact is asked for below the preview, and nothing is copied until every placeholder has a value.
class ServicePanel : public core::ModulePanel {
    Q_OBJECT
public:
    ServicePanel(const core::PanelContext &context, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    /// The reply under the cursor, or null.
    const Reply *currentReply() const;
    /// Copies the stacked replies and the current one, filled; false (and the prompt shown) when a
    /// fact is missing.
    bool copyCurrent();
    void stackCurrent();
    /// Binds the facts of an order number or a buyer's member name.
    bool bind(const QString &orderOrBuyer);
    /// Imports a library CSV as one undoable step; false (error reported) when refused.
    Q_INVOKABLE bool importLibraryFrom(const QString &path);

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildLibraryTab();
    void reloadReplies();
    void onSearch(const QString &text);
    void onCurrentChanged();
    void updatePreview();
    Facts currentFacts() const;
    void showMissing(const QStringList &keys);
    void updateStatusTexts();
    void loadEditor(const Reply *reply);
    void saveEditor();
    void deleteCurrent();
    void newReply();
    void lintEditor();
    void importLibrary();
    void exportLibrary();
    void selectRow(int row);

    core::PanelContext mContext;
    HouseStyle mStyle;
    Facts mShopFacts; ///< read on reload, not on every keystroke
    Facts mBoundFacts;
    Facts mTypedFacts;
    QList<Reply> mStack;

    QTabWidget *mTabs;
    QLineEdit *mBind;
    QLabel *mBindLabel;
    QLabel *mBound;
    QLabel *mSearchLabel;
    QLineEdit *mSearch;
    QTableView *mView;
    ReplyTableModel *mModel;
    QLabel *mCount;
    QPlainTextEdit *mPreview;
    QLabel *mStackLabel;
    QLabel *mHint;
    QGroupBox *mMissingBox;
    QFormLayout *mMissingForm;
    QHash<QString, QLineEdit *> mMissingFields;
    QStringList mMissingOrder;
    QLabel *mAutoReply;
    QLabel *mStatusLine;
    QGroupBox *mEditorBox;
    QLineEdit *mEditCode;
    QLineEdit *mEditTitle;
    QComboBox *mEditGroup;
    QPlainTextEdit *mEditBody;
    QLabel *mLint;
    QPushButton *mNewButton, *mSaveButton, *mDeleteButton, *mImportButton, *mExportButton;
    QLabel *mEditCodeLabel, *mEditTitleLabel, *mEditGroupLabel;
    qint64 mEditingId = 0;
    BuyerListsWidget *mLists;
    AgentKpiWidget *mKpi;
};

} // namespace shopdesk::service
