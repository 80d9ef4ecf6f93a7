#include "ReplyTableModel.h"

namespace shopdesk::service {

void ReplyTableModel::setReplies(const QList<Reply> &replies)
{
    beginResetModel();
    mSearch.setReplies(replies);
    mRows = mSearch.match(mQuery);
    endResetModel();
}

void ReplyTableModel::setQuery(const QString &query)
{
    beginResetModel();
    mQuery = query;
    mRows = mSearch.match(mQuery);
    endResetModel();
}

const Reply *ReplyTableModel::replyAt(int row) const
{
    if (row < 0 || row >= mRows.size())
        return nullptr;
    return &mSearch.replies().at(mRows.at(row));
}

int ReplyTableModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < mRows.size(); ++r)
        if (mSearch.replies().at(mRows.at(r)).id == id)
            return r;
    return -1;
}

int ReplyTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mRows.size()); }

int ReplyTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 4; }

QVariant ReplyTableModel::data(const QModelIndex &index, int role) const
{
    const Reply *r = replyAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case 0:
            return r->code;
        case 1:
            return r->title;
        case 2:
            return ReplyService::groupName(r->group);
        case 3:
            return QString(r->body).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == 3)
        return r->body;
    return {};
}

QVariant ReplyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("Code");
    case 1:
        return tr("Title");
    case 2:
        return tr("Group");
    case 3:
        return tr("Reply");
    }
    return {};
}

void ReplyTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 3);
    if (!mRows.isEmpty())
        Q_EMIT dataChanged(index(0, 2), index(int(mRows.size()) - 1, 2));
}

} // namespace shopdesk::service
