#pragma once

#include "shopdesk/aftersale/AftersaleService.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/RecordTable.h>

class QLabel;
class QPushButton;
class QTableView;

namespace shopdesk::aftersale {

/// For customer service (客服): every open case with the reply of the returns group (退换货) that
/// fits it, filled in from the order through the service module's reply filler, ready to copy.
class RepliesView : public core::View {
    Q_OBJECT
public:
    RepliesView(const core::PanelContext &context, AftersaleService &service, QWidget *parent = nullptr);

    void reload() override;
    const QList<CaseReply> &replies() const { return mReplies; }
    QTableView *table() const { return mTable; }
    /// Copies the chosen case's reply to the clipboard.
    void copyCurrent();

protected:
    void retranslateUi() override;

private:
    core::PanelContext mContext;
    AftersaleService &mService;
    QList<CaseReply> mReplies;
    core::RecordTableModel *mModel;
    QTableView *mTable;
    QLabel *mLabel;
    QPushButton *mCopy;
};

} // namespace shopdesk::aftersale
