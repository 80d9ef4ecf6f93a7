#include "MembersView.h"

#include "DockFront.h"

#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace shopdesk::buyers {

using core::ColumnKind;
using core::Members;

namespace {
QDoubleSpinBox *yuanBox(QWidget *parent, const QString &name)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setObjectName(name);
    b->setDecimals(2);
    b->setRange(0.01, 1e7);
    b->setPrefix(QStringLiteral("¥"));
    return b;
}
core::Money moneyOf(const QDoubleSpinBox *b) { return core::Money::fromFen(qint64(std::llround(b->value() * 100.0))); }
} // namespace

MembersView::MembersView(
    const core::PanelContext &context, BuyersService &service, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
    , mUndoStack(undoStack)
    , mToday(QDate::currentDate())
{
    setObjectName(QStringLiteral("membersView"));
    auto *v = new QVBoxLayout(this);
    mIntro = new QLabel(this);
    mIntro->setWordWrap(true);
    v->addWidget(mIntro);
    auto *row = new QHBoxLayout;
    auto *form = new QFormLayout;
    mCare = yuanBox(this, QStringLiteral("careThreshold"));
    mDiscount = yuanBox(this, QStringLiteral("discountThreshold"));
    mGift = yuanBox(this, QStringLiteral("giftThreshold"));
    mCareLabel = new QLabel(this);
    mDiscountLabel = new QLabel(this);
    mGiftLabel = new QLabel(this);
    mCareLabel->setBuddy(mCare);
    mDiscountLabel->setBuddy(mDiscount);
    mGiftLabel->setBuddy(mGift);
    form->addRow(mGiftLabel, mGift);
    form->addRow(mDiscountLabel, mDiscount);
    form->addRow(mCareLabel, mCare);
    row->addLayout(form);
    mApply = new QPushButton(this);
    mApply->setObjectName(QStringLiteral("applyThresholds"));
    row->addWidget(mApply, 0, Qt::AlignBottom);
    row->addStretch();
    v->addLayout(row);
    mTiers = new core::RecordTableModel(
        {
            { [] { return tr("Member tier"); }, ColumnKind::Text },
            { [] { return tr("From total spend"); }, ColumnKind::Money },
            { [] { return tr("Entitles to"); }, ColumnKind::Text },
            { [] { return tr("Buyers"); }, ColumnKind::Integer },
            { [] { return tr("Their spend"); }, ColumnKind::Money },
        },
        this);
    auto *tiers = core::newRecordView(mTiers, QStringLiteral("tiers"), this, QAbstractItemView::SingleSelection);
    tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tiers->setMaximumHeight(160);
    v->addWidget(tiers);
    mRepeatTitle = new QLabel(this);
    v->addWidget(mRepeatTitle);
    mMonths = new core::RecordTableModel(
        {
            { [] { return tr("Month"); }, ColumnKind::Text },
            { [] { return tr("Buyers"); }, ColumnKind::Integer },
            { [] { return tr("Repeat buyers (回头客)"); }, ColumnKind::Integer },
            { [] { return tr("Repeat rate (回头率)"); }, ColumnKind::Percent },
        },
        this);
    auto *months
        = core::newRecordView(mMonths, QStringLiteral("repeatMonths"), this, QAbstractItemView::SingleSelection);
    months->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->addWidget(months, 1);
    connect(mApply, &QPushButton::clicked, this, &MembersView::applyThresholds);
    retranslateUi();
    mStale = true; // read when first shown: a tab behind the buyer list costs nothing at start-up
}

void MembersView::setToday(QDate day)
{
    mToday = day;
    reloadWhenShown();
}

void MembersView::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        mStale = true;
}

void MembersView::showEvent(QShowEvent *event)
{
    core::View::showEvent(event);
    if (mStale)
        whenInFront(this, [this] {
            if (mStale)
                reload();
        });
}

void MembersView::reload()
{
    mStale = false;
    const core::MemberThresholds t = mService.thresholds();
    mCare->setValue(double(t.care.fen()) / 100.0);
    mDiscount->setValue(double(t.discount.fen()) / 100.0);
    mGift->setValue(double(t.gift.fen()) / 100.0);
    auto counts = mService.tierTotals({}); // one aggregate over the buyer summary
    if (!counts) {
        mContext.events.reportError(counts.errorMessage());
        return;
    }
    QList<QVariantList> tierRows;
    for (const TierCount &c : std::as_const(*counts))
        tierRows.append(
            { Members::name(c.tier), t.lowest(c.tier).fen(), Members::entitlement(c.tier), c.buyers, c.spendFen });
    mTiers->setRows(tierRows);
    const QDate last(mToday.year(), mToday.month(), 1);
    auto months = mService.repeatByMonth(last.addMonths(-11), last);
    if (!months) {
        mContext.events.reportError(months.errorMessage());
        return;
    }
    QList<QVariantList> monthRows;
    for (qsizetype i = months->size() - 1; i >= 0; --i) {
        const core::RepeatFigures &m = months->at(i);
        monthRows.append({ m.first.toString(QStringLiteral("yyyy-MM")), m.buyers, m.repeatBuyers,
            m.buyers > 0 ? QVariant(m.rate()) : QVariant() });
    }
    mMonths->setRows(monthRows);
}

bool MembersView::applyThresholds()
{
    core::MemberThresholds after;
    after.care = moneyOf(mCare);
    after.discount = moneyOf(mDiscount);
    after.gift = moneyOf(mGift);
    const core::MemberThresholds before = mService.thresholds();
    if (after == before)
        return true;
    if (const QString p = Members::problem(after); !p.isEmpty()) {
        mContext.events.reportError(p);
        reload();
        return false;
    }
    BuyersService &service = mService;
    auto *command = new core::CallCommand([] { return tr("Change the member tiers' thresholds"); }, mContext.events,
        std::nullopt, [&service, after] { return service.setThresholds(after); },
        [&service, before] { return service.setThresholds(before); });
    auto ok = std::make_shared<bool>(true);
    command->setDone([this, ok](const core::Status &s) {
        *ok = s.ok();
        if (!s)
            mContext.events.reportError(s.errorMessage());
        reload();
        Q_EMIT thresholdsChanged();
    });
    mUndoStack->push(command);
    return *ok;
}

void MembersView::retranslateUi()
{
    mIntro->setText(tr("Member tiers (会员) follow from each buyer's total spend in paid orders; a higher tier has "
                       "every entitlement of the lower ones."));
    mGiftLabel->setText(tr("&Gift with the next order from:"));
    mDiscountLabel->setText(tr("Member &discounts from:"));
    mCareLabel->setText(tr("&Care messages and promotion notices from:"));
    mApply->setText(tr("&Apply thresholds"));
    mRepeatTitle->setText(tr("Repeat buyers per month: buyers who paid in the month and had paid at least two "
                             "orders by its end."));
    mTiers->retranslate();
    mMonths->retranslate();
    reloadWhenShown(); // the tiers' names and entitlements in the new language
}

} // namespace shopdesk::buyers
