#pragma once

#include "shopdesk/service/ReplyService.h"

#include <shopdesk/core/PanelContract.h>

#include <QHash>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QUndoStack;

namespace shopdesk::service {

class FactPrompt;
class ReplyEditor;
class ReplyTableModel;

/// The reply library bound to an order (快捷短语), open all day beside the platform's chat window.
/// Keyboard first: type to search over code, title and text; arrows move; Enter copies the
/// filled reply (with any stacked ones) to the clipboard; Ctrl+Enter (or Insert) stacks the
/// current reply; Esc clears. A buyer or order number binds the facts; a missing fact is asked
/// for below the preview, and nothing is copied until every placeholder has a value.
class RepliesView : public core::View {
    Q_OBJECT
public:
    RepliesView(const core::PanelContext &context, ReplyService &replies, QUndoStack *undo, QWidget *parent = nullptr);

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
    void focusSearch();
    void focusBind();
    /// Writes the editor's reply (a new one when it shows none) as one undoable step.
    void saveEditor();
    void newReply();
    void deleteCurrent();
    void importLibrary();
    void exportLibrary();
    /// Imports a library CSV as one undoable step; false (error reported) when refused.
    Q_INVOKABLE bool importLibraryFrom(const QString &path);

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadReplies();
    void onShopChanged(core::Topic topic);
    void onSearch(const QString &text);
    void onCurrentChanged();
    void updatePreview();
    void updateCount();
    Facts currentFacts() const;
    QStringList textsToCopy() const;
    void updateStatusTexts(const QList<Reply> &library);
    void selectRow(int row);
    void report(const QString &message);
    std::optional<qint64> versionOf(qint64 id) const;

    core::PanelContext mContext;
    ReplyService &mReplies;
    QUndoStack *mUndo;
    Facts mShopFacts; ///< read on reload, not on every keystroke
    Facts mBoundFacts;
    QList<Reply> mStack;

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
    FactPrompt *mPrompt;
    QLabel *mAutoReply;
    QLabel *mStatusLine;
    ReplyEditor *mEditor;
    QHash<qint64, qint64> mVersions; ///< the replies' versions, read with them (core::RowVersions)
    std::optional<qint64> mEditorSeen; ///< the version of the reply the editor was filled from
};

} // namespace shopdesk::service
