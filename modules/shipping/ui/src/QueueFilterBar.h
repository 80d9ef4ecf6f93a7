#pragma once

#include "shopdesk/shipping/QueueRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace shopdesk::shipping {

/// The queue's search and filters: order no., buyer, receiver or phone tail; courier, flag,
/// printed, province, unmatched lines, paid date and deadline. Every change is applied in SQL.
class QueueFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit QueueFilterBar(QWidget *parent = nullptr);

    QueueFilter filter() const;
    /// The deadline part (all, must leave today, overdue).
    void setDue(QueueFilter::Due due);
    /// The provinces offered (the queue's own), keeping the one chosen.
    void setProvinces(const QStringList &provinces);
    void retranslateUi();

Q_SIGNALS:
    void changed();

private:
    QLineEdit *mSearch;
    QComboBox *mCourier, *mFlag, *mPrinted, *mProvince, *mDue;
    QCheckBox *mUnmatched, *mPaid;
    QDateEdit *mPaidFrom, *mPaidTo;
    QLabel *mSearchLabel, *mDueLabel;
};

} // namespace shopdesk::shipping
