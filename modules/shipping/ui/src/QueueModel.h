#pragma once

#include "shopdesk/shipping/DispatchDeadline.h"

#include <shopdesk/core/RecordTable.h>

namespace shopdesk::shipping {

/// The queue's table: rows in the flag's platform colour; the dispatch deadline (发货期限) of an
/// overdue order, or one that must leave today, stands out in the palette's own colours, so it
/// reads as well in a dark theme as in a light one.
class QueueModel : public core::RecordTableModel {
public:
    using core::RecordTableModel::RecordTableModel;
    static constexpr int kDeadlineColumn = 2;
    QStringList flags;
    QList<DispatchDeadline::Urgency> urgency;
    const QWidget *view = nullptr; ///< whose palette colours the deadlines (it follows a theme change)
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace shopdesk::shipping
