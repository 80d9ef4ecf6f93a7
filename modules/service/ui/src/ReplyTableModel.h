#pragma once

#include "shopdesk/service/ReplyService.h"

#include <QAbstractTableModel>

namespace shopdesk::service {

/// The replies matching the search, best first (code, title, group, text).
class ReplyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ReplyTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setReplies(const QList<Reply> &replies);
    void setQuery(const QString &query);
    const Reply *replyAt(int row) const;
    int rowOfId(qint64 id) const;
    int totalCount() const { return int(mSearch.replies().size()); }
    /// The whole library, as last set.
    const QList<Reply> &replies() const { return mSearch.replies(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    ReplySearch mSearch;
    QString mQuery;
    QList<int> mRows;
};

} // namespace shopdesk::service
