#pragma once

#include "ViewContext.h"

#include <shopdesk/core/PanelContract.h>

class QLabel;
class QLineEdit;
class QTableView;

namespace shopdesk::core {
class FrontGate;
}

namespace shopdesk::shipping {

class QueueDetail;
class ShippedModel;

/// Shipped orders (已发货订单) for customer service: newest shipment first, searched by order no.,
/// buyer, receiver, phone tail or tracking number, read from the shop a window at a time, with
/// the order's detail beside them.
class ShippedOrdersView : public core::View {
    Q_OBJECT
public:
    explicit ShippedOrdersView(const ViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    QTableView *table() const { return mView; }
    /// Whether the list was read: not before the dock first comes to the front (core::FrontGate).
    bool computed() const;

protected:
    void retranslateUi() override;

private:
    void showCurrent();
    ViewContext mContext;
    QLineEdit *mSearch;
    QLabel *mSearchLabel, *mCount;
    ShippedModel *mModel;
    QTableView *mView;
    QueueDetail *mDetail;
    core::FrontGate *mGate = nullptr;
};

} // namespace shopdesk::shipping
