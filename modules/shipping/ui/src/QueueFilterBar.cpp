#include "QueueFilterBar.h"

#include "shopdesk/shipping/OrderFlags.h"

#include <shopdesk/core/Vocabulary.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace shopdesk::shipping {

QueueFilterBar::QueueFilterBar(QWidget *parent)
    : QWidget(parent)
    , mSearch(new QLineEdit(this))
    , mCourier(new QComboBox(this))
    , mFlag(new QComboBox(this))
    , mPrinted(new QComboBox(this))
    , mProvince(new QComboBox(this))
    , mDue(new QComboBox(this))
    , mUnmatched(new QCheckBox(this))
    , mPaid(new QCheckBox(this))
    , mPaidFrom(new QDateEdit(this))
    , mPaidTo(new QDateEdit(this))
    , mSearchLabel(new QLabel(this))
    , mDueLabel(new QLabel(this))
{
    mSearch->setObjectName(QStringLiteral("queueSearch"));
    mSearch->setClearButtonEnabled(true);
    mSearchLabel->setBuddy(mSearch);
    mCourier->setObjectName(QStringLiteral("filterCourier"));
    mCourier->addItem(QString());
    for (const QString &c : Couriers::codes())
        mCourier->addItem(QString(), c);
    mFlag->setObjectName(QStringLiteral("filterFlag"));
    mFlag->addItem(QString());
    for (const QString &f : OrderFlags::codes())
        mFlag->addItem(QString(), f);
    mFlag->addItem(QString(), QueueFilter::kNoFlag);
    mPrinted->setObjectName(QStringLiteral("filterPrinted"));
    for (int i = 0; i < 3; ++i)
        mPrinted->addItem(QString());
    mProvince->setObjectName(QStringLiteral("filterProvince"));
    mProvince->addItem(QString());
    mDue->setObjectName(QStringLiteral("showing"));
    for (int i = 0; i < 3; ++i)
        mDue->addItem(QString());
    mDueLabel->setBuddy(mDue);
    mUnmatched->setObjectName(QStringLiteral("filterUnmatched"));
    mPaid->setObjectName(QStringLiteral("filterPaid"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *d : { mPaidFrom, mPaidTo }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(today);
        d->setEnabled(false);
    }
    mPaidFrom->setObjectName(QStringLiteral("filterPaidFrom"));
    mPaidTo->setObjectName(QStringLiteral("filterPaidTo"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(mSearchLabel, 0, 0);
    grid->addWidget(mSearch, 0, 1, 1, 3);
    grid->addWidget(mDueLabel, 0, 4);
    grid->addWidget(mDue, 0, 5);
    auto *row = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {
             mCourier, mFlag, mPrinted, mProvince, mUnmatched, mPaid, mPaidFrom, mPaidTo })
        row->addWidget(w);
    row->addStretch();
    grid->addLayout(row, 1, 0, 1, 6);
    grid->setColumnStretch(1, 1);

    // Typing waits for a pause (a scanner's burst, a word), the other filters apply at once.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(mSearch, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &QueueFilterBar::changed);
    connect(mSearch, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        Q_EMIT changed();
    });
    for (QComboBox *c : { mCourier, mFlag, mPrinted, mProvince, mDue })
        connect(c, &QComboBox::currentIndexChanged, this, &QueueFilterBar::changed);
    connect(mUnmatched, &QCheckBox::toggled, this, &QueueFilterBar::changed);
    connect(mPaid, &QCheckBox::toggled, this, [this](bool on) {
        mPaidFrom->setEnabled(on);
        mPaidTo->setEnabled(on);
        Q_EMIT changed();
    });
    for (QDateEdit *d : { mPaidFrom, mPaidTo })
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (mPaid->isChecked())
                Q_EMIT changed();
        });
}

void QueueFilterBar::retranslateUi()
{
    mSearchLabel->setText(tr("Sea&rch:"));
    mSearch->setPlaceholderText(tr("order no., buyer, receiver or the phone's last digits"));
    mCourier->setItemText(0, tr("All couriers"));
    for (int i = 1; i < mCourier->count(); ++i)
        mCourier->setItemText(i, Couriers::displayName(mCourier->itemData(i).toString()));
    mFlag->setItemText(0, tr("Any flag"));
    for (int i = 1; i < mFlag->count() - 1; ++i)
        mFlag->setItemText(i, core::Vocabulary::flag(mFlag->itemData(i).toString()));
    mFlag->setItemText(mFlag->count() - 1, tr("No flag"));
    mPrinted->setItemText(0, tr("Printed or not"));
    mPrinted->setItemText(1, tr("Printed"));
    mPrinted->setItemText(2, tr("Not printed"));
    mProvince->setItemText(0, tr("All provinces"));
    mDueLabel->setText(tr("S&how:"));
    mDue->setItemText(0, tr("All orders"));
    mDue->setItemText(1, tr("Must leave today"));
    mDue->setItemText(2, tr("Overdue"));
    mUnmatched->setText(tr("Unmatched lines"));
    mUnmatched->setToolTip(tr("Only orders with a line not matched to a SKU"));
    mPaid->setText(tr("Paid from"));
    mPaidTo->setToolTip(tr("Paid until (that day included)"));
    for (QWidget *w : std::initializer_list<QWidget *> { mSearch, mCourier, mFlag, mPrinted, mProvince })
        w->setAccessibleName(w == mSearch ? tr("Search the queue") : tr("Filter the queue"));
}

void QueueFilterBar::setDue(QueueFilter::Due due) { mDue->setCurrentIndex(int(due)); }

void QueueFilterBar::setProvinces(const QStringList &provinces)
{
    const QString chosen = mProvince->currentData().toString();
    const QSignalBlocker quiet(mProvince);
    while (mProvince->count() > 1)
        mProvince->removeItem(1);
    for (const QString &p : provinces)
        mProvince->addItem(p, p);
    const int at = chosen.isEmpty() ? 0 : mProvince->findData(chosen);
    if (at < 0) { // the province left the queue: keep it chosen (it shows nothing)
        mProvince->addItem(chosen, chosen);
        mProvince->setCurrentIndex(mProvince->count() - 1);
    } else {
        mProvince->setCurrentIndex(at);
    }
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter f;
    f.search = mSearch->text().trimmed();
    f.courier = mCourier->currentData().toString();
    f.flag = mFlag->currentData().toString();
    f.printed = QueueFilter::Printed(std::max(0, mPrinted->currentIndex()));
    f.province = mProvince->currentData().toString();
    f.unmatchedOnly = mUnmatched->isChecked();
    if (mPaid->isChecked()) {
        f.paidFrom = mPaidFrom->date();
        f.paidTo = mPaidTo->date();
    }
    f.due = QueueFilter::Due(std::max(0, mDue->currentIndex()));
    return f;
}

} // namespace shopdesk::shipping
