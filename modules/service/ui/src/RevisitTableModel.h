#pragma once

#include "shopdesk/service/Revisits.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace shopdesk::service {

/// The revisit list a page at a time: rowCount() is the list's count (an aggregate), and a page
/// of rows (its orders' facts, tiers and filled replies) is read when the view first asks for one
/// of its rows. At most kPagesHeld pages are held; a page next to one held is read by keyset.
class RevisitTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// At most `limit` rows from `offset`, or after the row `after` when it is given.
    using ReadPage = std::function<core::Result<QList<RevisitDue>>(qint64 offset, int limit, const RevisitDue *after)>;
    enum Column { Due, Order, Buyer, Tier, Message, ColumnCount };
    static constexpr int kPage = 50;
    static constexpr int kPagesHeld = 40;

    explicit RevisitTableModel(QObject *parent = nullptr);

    /// A new list of `count` rows, read through `read` as they are shown.
    void setSource(qint64 count, ReadPage read);
    void clear();
    void retranslate();
    /// The row (read now if its page is not held); null when it cannot be read (see lastError()).
    const RevisitDue *rowAt(int row) const;
    /// The last read's error, fit for the user; empty when it went well.
    const QString &lastError() const { return mError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A page could not be read (the message is fit for the user).
    void failed(const QString &message) const;

private:
    const QList<RevisitDue> *page(qint64 number) const;

    qint64 mCount = 0;
    ReadPage mRead;
    mutable QHash<qint64, QList<RevisitDue>> mPages;
    mutable QList<qint64> mRecent; ///< the pages held, the most recently read last
    mutable QString mError;
};

} // namespace shopdesk::service
