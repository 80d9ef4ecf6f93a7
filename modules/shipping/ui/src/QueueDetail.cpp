#include "QueueDetail.h"

#include "shopdesk/shipping/Waybill.h"

#include <shopdesk/core/Vocabulary.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace shopdesk::shipping {

QueueDetail::QueueDetail(QWidget *parent)
    : QWidget(parent)
    , mForm(new QFormLayout(this))
    , mMemo(new QLineEdit(this))
{
    setObjectName(QStringLiteral("orderDetail"));
    const auto label = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    mOrderNo = label("detailOrderNo");
    mAmount = label("detailAmount");
    mPhone = label("detailPhone");
    mAddress = label("detailAddress");
    mBuyer = label("detailBuyer");
    mMessage = label("detailMessage");
    mNote = label("detailNote");
    mFlag = label("detailFlag");
    mMemo->setObjectName(QStringLiteral("flagMemo"));
    for (QWidget *w : std::initializer_list<QWidget *> {
             mOrderNo, mAmount, mPhone, mAddress, mBuyer, mMessage, mNote, mFlag, mMemo }) {
        auto *caption = new QLabel(this);
        caption->setBuddy(w);
        mCaptions << caption;
        mForm->addRow(caption, w);
    }
    connect(mMemo, &QLineEdit::returnPressed, this, [this] {
        const QString memo = mMemo->text().trimmed();
        if (mOrderId && memo != mShownMemo)
            Q_EMIT memoEdited(mOrderId, mShownOrderNo, mShownMemo, memo);
    });
    show(nullptr, true);
}

void QueueDetail::retranslateUi()
{
    const QStringList labels { tr("Order no.:"), tr("Amount:"), tr("Phone:"), tr("Address:"), tr("Buyer:"),
        tr("Buyer's message:"), tr("Seller's note:"), tr("Flag:"), tr("Flag &memo:") };
    for (qsizetype i = 0; i < labels.size() && i < mCaptions.size(); ++i)
        mCaptions[i]->setText(labels[i]);
    mMemo->setPlaceholderText(tr("what the flag is about, Enter"));
    mMemo->setAccessibleName(tr("Flag memo"));
}

void QueueDetail::show(const QueueRow *row, bool maskPhone)
{
    mOrderId = row ? row->order.order.id : 0;
    mMemo->setEnabled(row != nullptr);
    if (!row) {
        for (QLabel *l : { mOrderNo, mAmount, mPhone, mAddress, mBuyer, mMessage, mNote, mFlag })
            l->clear();
        mMemo->clear();
        mShownOrderNo.clear();
        mShownMemo.clear();
        return;
    }
    const core::Order &o = row->order.order;
    mOrderNo->setText(o.orderNo);
    mAmount->setText(o.total.toDisplayString());
    mPhone->setText(maskPhone ? WaybillData::maskPhone(o.receiverPhone) : o.receiverPhone);
    QStringList parts;
    for (const QString &p : { o.receiverName, o.province, o.city, o.district, o.address, o.postcode })
        if (!p.isEmpty())
            parts << p;
    mAddress->setText(parts.join(QLatin1Char(' ')));
    mBuyer->setText(row->buyerNick);
    mMessage->setText(o.buyerMessage);
    mNote->setText(o.sellerNote);
    mFlag->setText(o.flag.isEmpty() ? tr("no flag") : core::Vocabulary::flag(o.flag));
    mShownOrderNo = o.orderNo;
    mShownMemo = row->flagMemo;
    mMemo->setText(row->flagMemo);
}

} // namespace shopdesk::shipping
