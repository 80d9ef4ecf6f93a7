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
} // namespace shopdesk::core

namespace shopdesk::service {

class RevisitTableModel;

/// The revisit list (回访): buyers whose order shipped N days ago, each with its reply filled in
/// and their member tier; the chosen reply is copied for the platform's chat. It counts the list
/// in SQL and reads the rows a page at a time as they are shown (RevisitTableModel): a 双11 week
/// of orders opens as fast as a quiet one.
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
    /// The list as shown (its rows read as they are asked for).
    const RevisitTableModel *model() const { return mModel; }
    /// Copies the chosen row's reply; false when it could not be filled.
    bool copyCurrent();

protected:
    void retranslateUi() override;

private:
    core::PanelContext mContext;
    core::FrontGate *mGate;
    QDate mToday;
    QLabel *mDaysLabel;
    QSpinBox *mDays;
    QPushButton *mCopy;
    QLabel *mStatus;
    RevisitTableModel *mModel;
    QTableView *mTable;
};

} // namespace shopdesk::service
