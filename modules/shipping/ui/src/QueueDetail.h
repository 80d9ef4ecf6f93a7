#pragma once

#include "shopdesk/shipping/QueueRepository.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace shopdesk::shipping {

/// The order chosen in the queue (or the shipped list), as customer service and the packer need
/// it: amount, phone (as the waybill prints it: masked under the shop's 隐私面单 setting), full
/// address, buyer's nickname, 买家留言, 卖家备注, and the flag's memo, edited here (Enter saves).
class QueueDetail : public QWidget {
    Q_OBJECT
public:
    explicit QueueDetail(QWidget *parent = nullptr);

    /// Shows an order, or nothing (nullptr); `maskPhone`: the shop prints privacy waybills.
    void show(const QueueRow *row, bool maskPhone);
    qint64 orderId() const { return mOrderId; }
    void retranslateUi();

Q_SIGNALS:
    /// The clerk changed the memo of the order's flag.
    void memoEdited(qint64 orderId, const QString &orderNo, const QString &before, const QString &memo);

private:
    QFormLayout *mForm;
    QLabel *mOrderNo, *mAmount, *mPhone, *mAddress, *mBuyer, *mMessage, *mNote, *mFlag;
    QLineEdit *mMemo;
    QList<QLabel *> mCaptions;
    qint64 mOrderId = 0;
    QString mShownOrderNo, mShownMemo;
};

} // namespace shopdesk::shipping
