#include "AdviceView.h"

#include "ListingsService.h"
#include "commands/ChangeSettingsCommand.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::listings {

core::RecordTableModel *AdviceView::newModel()
{
    return new core::RecordTableModel({ { [] { return tr("Advice"); } }, { [] { return tr("Item code"); } },
        { [] { return tr("Title"); } }, { [] { return tr("On hand"); }, core::ColumnKind::Integer },
        { [] { return tr("Available"); }, core::ColumnKind::Integer }, { [] { return tr("Reason"); } } });
}

AdviceView::AdviceView(const ViewContext &context, QWidget *parent)
    : ReportView(context, newModel(), QStringLiteral("adviceTable"), parent)
    , mSlotsLabel(new QLabel(this))
    , mMinimumLabel(new QLabel(this))
    , mSlots(new QSpinBox(this))
    , mMinimum(new QSpinBox(this))
{
    setObjectName(QStringLiteral("adviceView"));
    mSlots->setObjectName(QStringLiteral("showcaseSlots"));
    mSlots->setRange(0, 100);
    mMinimum->setObjectName(QStringLiteral("mainMinimum"));
    mMinimum->setRange(0, 10000);
    mSlotsLabel->setBuddy(mSlots);
    mMinimumLabel->setBuddy(mMinimum);
    auto *top = new QHBoxLayout;
    top->addWidget(mSlotsLabel);
    top->addWidget(mSlots);
    top->addSpacing(16);
    top->addWidget(mMinimumLabel);
    top->addWidget(mMinimum);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(summary());
    layout->addWidget(table(), 1);
    connect(mSlots, &QSpinBox::editingFinished, this, &AdviceView::saveSettings);
    connect(mMinimum, &QSpinBox::editingFinished, this, &AdviceView::saveSettings);
    retranslateUi();
}

void AdviceView::retranslateUi()
{
    mSlotsLabel->setText(tr("&Showcase slots (橱窗推荐):"));
    mMinimumLabel->setText(tr("&Main items' minimum stock:"));
    ReportView::retranslateUi();
}

void AdviceView::saveSettings()
{
    ListingsSettings s = mContext.service.settings();
    const auto before = s.values();
    s.showcaseSlots = mSlots->value();
    s.mainMinimum = mMinimum->value();
    if (s.values() != before)
        mContext.undoStack->push(new ChangeSettingsCommand(
            mContext.service, mContext.events, [] { return tr("Change the advice settings"); }, before, s.values()));
}

void AdviceView::refresh()
{
    const ListingsSettings s = mContext.service.settings();
    {
        const QSignalBlocker b1(mSlots), b2(mMinimum);
        mSlots->setValue(s.showcaseSlots);
        mMinimum->setValue(s.mainMinimum);
    }
    auto rows = mContext.service.advice(now());
    if (!report(rows.status()))
        return;
    QList<QVariantList> out;
    out.reserve(rows->size());
    int off = 0, show = 0, reorder = 0, on = 0, sizes = 0;
    for (const AdviceRow &a : *rows) {
        off += a.kind == AdviceRow::Kind::TakeOff;
        show += a.kind == AdviceRow::Kind::Showcase;
        reorder += a.kind == AdviceRow::Kind::Reorder;
        on += a.kind == AdviceRow::Kind::PutOnShelf;
        sizes += a.kind == AdviceRow::Kind::SoldOutSizes;
        out.append({ AdviceRow::kindText(a.kind), a.item.code, a.item.title, a.onHand, a.available, a.detail });
    }
    mModel->setRows(std::move(out));
    fitColumns();
    summary()->setText(tr("Take off shelf: %1 · Showcase: %2 · Reorder: %3 · Put on shelf: %4 · Sold-out sizes: %5")
                           .arg(off)
                           .arg(show)
                           .arg(reorder)
                           .arg(on)
                           .arg(sizes));
}

} // namespace shopdesk::listings
