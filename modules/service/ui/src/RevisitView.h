#pragma once

#include "shopdesk/service/Revisits.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace shopdesk::core {
class FrontGate;
class RecordTableModel;
} // namespace shopdesk::core

namespace shopdesk::service {

/// The revisit list (回访): buyers whose order shipped N days ago, each with its reply filled in
/// and their member tier; the chosen reply is copied for the platform's chat.
class RevisitView : public core::View {
    Q_OBJECT
public:
    explicit RevisitView(const core::PanelContext &context, QWidget *parent = nullptr);

    /// Reads nothing until the view first comes to the front (or a day is set).
    void reload() override;
    /// The list on `day`, worked out now.
    void setToday(QDate day);
    /// The list has been worked out (the view came to the front, or a day was set).
    bool computed() const;
    const QList<RevisitDue> &due() const { return mDue; }
    /// Copies the chosen row's reply; false when it could not be filled.
    bool copyCurrent();

protected:
    void retranslateUi() override;

private:
    core::PanelContext mContext;
    core::FrontGate *mGate;
    QDate mToday;
    QList<RevisitDue> mDue;
    QLabel *mDaysLabel;
    QSpinBox *mDays;
    QPushButton *mCopy;
    QLabel *mStatus;
    core::RecordTableModel *mModel;
    QTableView *mTable;
};

} // namespace shopdesk::service
