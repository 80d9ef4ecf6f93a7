#include "QueueModel.h"

#include "QueueView.h"
#include "shopdesk/shipping/OrderFlags.h"

#include <QFont>
#include <QWidget>

namespace shopdesk::shipping {

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    const int row = index.row();
    if (index.column() == kDeadlineColumn && row < urgency.size() && urgency[row] != DispatchDeadline::Urgency::Later) {
        const bool overdue = urgency[row] == DispatchDeadline::Urgency::Overdue;
        const QPalette palette = view ? view->palette() : QPalette();
        if (role == Qt::BackgroundRole)
            return overdue ? palette.color(QPalette::Highlight) : QVariant();
        if (role == Qt::ForegroundRole)
            return palette.color(overdue ? QPalette::HighlightedText : QPalette::Link);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return overdue ? QueueView::tr("Overdue: this order should have left already")
                           : QueueView::tr("Must leave today");
    }
    if (role == Qt::BackgroundRole && row < flags.size()) {
        const QColor c = OrderFlags::colour(flags[row]);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    return core::RecordTableModel::data(index, role);
}

} // namespace shopdesk::shipping
