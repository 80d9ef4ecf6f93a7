#pragma once

#include "ViewContext.h"

#include <shopdesk/core/PanelContract.h>

class QLabel;
class QPushButton;
class QTableView;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::shipping {

/// Claims for lost or damaged parcels (索赔): each holds the parcel's order and the day its stub
/// was handed over, kept apart for the claim.
class ClaimsView : public core::View {
    Q_OBJECT
public:
    explicit ClaimsView(const ViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    void openClaim();

protected:
    void retranslateUi() override;

private:
    ViewContext mContext;
    QLabel *mLabel;
    QPushButton *mOpen;
    core::RecordTableModel *mModel;
    QTableView *mView;
    bool mColumnsRestored = false;
};

} // namespace shopdesk::shipping
