#include "TargetsView.h"

#include "KpiCommands.h"

#include <shopdesk/core/Format.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Records.h>

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk::kpi {

using core::ColumnKind;
using core::Money;

TargetsView::TargetsView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
{
    setObjectName(QStringLiteral("targetsView"));
    auto *v = new QVBoxLayout(this);
    mBox = new QGroupBox(this);
    auto *grid = new QGridLayout(mBox);
    mYear = new QSpinBox(mBox);
    mYear->setObjectName(QStringLiteral("year"));
    mYear->setRange(2000, 2100);
    mYear->setValue(QDate::currentDate().year());
    mYearTarget = KpiUi::moneyBox(mBox, 1e11);
    mYearTarget->setObjectName(QStringLiteral("yearTarget"));
    for (int q = 0; q < 4; ++q) {
        auto *b = KpiUi::moneyBox(mBox, 1e11);
        b->setObjectName(QStringLiteral("quarter%1").arg(q + 1));
        b->setSpecialValueText(QStringLiteral("—"));
        mQuarters << b;
    }
    mConversion = new QDoubleSpinBox(mBox);
    mConversion->setObjectName(QStringLiteral("planConversion"));
    mConversion->setDecimals(2);
    mConversion->setRange(0.01, 100);
    mConversion->setSuffix(QStringLiteral("%"));
    mAov = KpiUi::moneyBox(mBox);
    mAov->setObjectName(QStringLiteral("planAov"));
    mDepth = new QDoubleSpinBox(mBox);
    mDepth->setObjectName(QStringLiteral("planDepth"));
    mDepth->setDecimals(2);
    mDepth->setRange(1, 50);
    const QList<QWidget *> fields
        = { mYear, mYearTarget, mQuarters[0], mQuarters[1], mQuarters[2], mQuarters[3], mConversion, mAov, mDepth };
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(mBox);
        label->setBuddy(fields.at(i));
        mLabels << label;
        grid->addWidget(label, (i / 5) * 2, i % 5);
        grid->addWidget(fields.at(i), (i / 5) * 2 + 1, i % 5);
    }
    mCategories = new QTableWidget(0, 2, mBox);
    mCategories->setObjectName(QStringLiteral("categoryTargets"));
    mCategories->setMaximumHeight(120);
    mCategories->horizontalHeader()->setStretchLastSection(true);
    grid->addWidget(mCategories, 4, 0, 1, 4);
    auto *buttons = new QVBoxLayout;
    mAddCategory = new QPushButton(mBox);
    mAddCategory->setObjectName(QStringLiteral("addCategory"));
    mSave = new QPushButton(mBox);
    mSave->setObjectName(QStringLiteral("saveTargets"));
    buttons->addWidget(mAddCategory);
    buttons->addWidget(mSave);
    buttons->addStretch();
    grid->addLayout(buttons, 4, 4);
    v->addWidget(mBox);

    mProgress = new QLabel(this);
    mProgress->setObjectName(QStringLiteral("progress"));
    mProgress->setWordWrap(true);
    v->addWidget(mProgress);
    mModel = new core::RecordTableModel(
        {
            { [] { return tr("Quarter"); }, ColumnKind::Text },
            { [] { return tr("From"); }, ColumnKind::Text },
            { [] { return tr("To"); }, ColumnKind::Text },
            { [] { return tr("Sales target"); }, ColumnKind::Money },
            { [] { return tr("Paid buyers needed"); }, ColumnKind::Integer },
            { [] { return tr("Visitors needed"); }, ColumnKind::Integer },
            { [] { return tr("UV per day"); }, ColumnKind::Integer },
            { [] { return tr("PV per day"); }, ColumnKind::Integer },
            { [] { return tr("Sales so far"); }, ColumnKind::Money },
            { [] { return tr("Reached"); }, ColumnKind::Percent },
        },
        this);
    mTable = KpiUi::readOnlyTable(mModel, this, QStringLiteral("targets"));
    mTable->setMinimumHeight(150);
    v->addWidget(mTable, 1);

    connect(mYear, &QSpinBox::valueChanged, this, [this](int year) {
        if (mLoading)
            return;
        reload();
        Q_EMIT yearChanged(year);
    });
    connect(mAddCategory, &QPushButton::clicked, this, [this] { mCategories->insertRow(mCategories->rowCount()); });
    connect(mSave, &QPushButton::clicked, this, [this] { saveTargets(); });
    retranslateUi();
    mReady = true;
    reload();
}

int TargetsView::year() const { return mYear->value(); }

void TargetsView::reload()
{
    // Plan from the last 90 days unless the user has typed their own.
    if (mAov->value() == 0) {
        auto recent = mService.recentPlan();
        if (!check(recent.status()))
            return;
        if (*recent) {
            mConversion->setValue((*recent)->conversion * 100.0);
            KpiUi::setMoney(mAov, (*recent)->aov);
            mDepth->setValue((*recent)->visitDepth);
        }
    }
    const int year = mYear->value();
    auto review = mService.reviewTargets(year, mConversion->value() / 100.0, KpiUi::moneyOf(mAov), mDepth->value());
    if (!check(review.status()))
        return;
    mLoading = true;
    mYearTarget->setValue(0);
    for (QDoubleSpinBox *b : std::as_const(mQuarters))
        b->setValue(0);
    mCategories->setRowCount(0);
    for (const SalesTarget &t : std::as_const(review->stored)) {
        if (!t.category.isEmpty()) {
            const int r = mCategories->rowCount();
            mCategories->insertRow(r);
            mCategories->setItem(r, 0, new QTableWidgetItem(t.category));
            mCategories->setItem(r, 1, new QTableWidgetItem(t.sales.toPlainString()));
        } else if (t.quarter == 0) {
            KpiUi::setMoney(mYearTarget, t.sales);
        } else if (t.quarter >= 1 && t.quarter <= 4) {
            KpiUi::setMoney(mQuarters[t.quarter - 1], t.sales);
        }
    }
    mLoading = false;

    const TargetPlan &plan = review->plan;
    QList<QVariantList> rows;
    auto reached = [](qint64 sold, Money target) {
        return target.fen() > 0 ? QVariant(double(sold) / double(target.fen())) : QVariant();
    };
    if (plan.valid) {
        for (const QuarterTarget &q : plan.quarters) {
            const qint64 sold = review->quarterSoldFen[size_t(q.quarter - 1)];
            rows.append({ QString(tr("Q%1").arg(q.quarter) + (q.set ? QString() : tr(" (spread)"))),
                core::toDbDate(q.first), core::toDbDate(q.last), q.sales.fen(), q.buyers, q.uv, q.uvPerDay, q.pvPerDay,
                sold, reached(sold, q.sales) });
        }
        for (const CategoryTarget &c : plan.categories) {
            const qint64 sold = review->categorySold.value(c.category).fen();
            rows.append({ tr("Category %1").arg(c.category), core::toDbDate(QDate(year, 1, 1)),
                core::toDbDate(QDate(year, 12, 31)), c.sales.fen(), QVariant(), QVariant(), QVariant(), QVariant(),
                sold, reached(sold, c.sales) });
        }
        if (const auto &p = review->progress)
            mProgress->setText(
                tr("Progress to %1: sales %2 against %3 due by that day (%4%); the year's target is %5.")
                    .arg(core::toDbDate(p->day), core::format::moneyKpi(p->actual), core::format::moneyKpi(p->target),
                        QLocale().toString(p->ratio * 100.0, 'f', 1), core::format::moneyKpi(plan.yearSales)));
        else
            mProgress->setText(tr("The year's target is %1.").arg(core::format::moneyKpi(plan.yearSales)));
    } else {
        mProgress->setText(
            review->input.yearSales.fen() > 0 ? plan.problem : tr("No sales target is set for %1 yet.").arg(year));
    }
    mModel->setRows(rows);
}

QList<SalesTarget> TargetsView::entered(bool *ok) const
{
    *ok = true;
    const int year = mYear->value();
    QList<SalesTarget> targets;
    if (mYearTarget->value() > 0)
        targets << SalesTarget { year, 0, {}, KpiUi::moneyOf(mYearTarget) };
    for (int q = 0; q < 4; ++q)
        if (mQuarters[q]->value() > 0)
            targets << SalesTarget { year, q + 1, {}, KpiUi::moneyOf(mQuarters[q]) };
    for (int r = 0; r < mCategories->rowCount(); ++r) {
        const QString category = mCategories->item(r, 0) ? mCategories->item(r, 0)->text().trimmed() : QString();
        const QString amount = mCategories->item(r, 1) ? mCategories->item(r, 1)->text() : QString();
        if (category.isEmpty())
            continue;
        auto money = Money::parse(amount);
        if (!money) {
            mEvents.reportError(tr("Category target for %1: %2").arg(category, money.errorMessage()));
            *ok = false;
            return {};
        }
        targets << SalesTarget { year, 0, category, *money };
    }
    return targets;
}

bool TargetsView::saveTargets()
{
    bool ok = false;
    const QList<SalesTarget> targets = entered(&ok);
    if (!ok)
        return false;
    const int year = mYear->value();
    auto previous = mService.targets(year);
    if (!check(previous.status()))
        return false;
    // Which amounts differ from the stored ones, by (quarter, category).
    QMap<QPair<int, QString>, qint64> before, after;
    for (const SalesTarget &t : std::as_const(*previous))
        before.insert({ t.quarter, t.category }, t.sales.fen());
    for (const SalesTarget &t : targets)
        after.insert({ t.quarter, t.category }, t.sales.fen());
    QList<QPair<int, QString>> changed;
    for (const auto &key : before.keys() + after.keys())
        if (before.value(key) != after.value(key) && !changed.contains(key))
            changed << key;
    if (changed.isEmpty())
        return true; // nothing to write
    if (changed.size() == 1 && changed.first().second.isEmpty()) {
        const int quarter = changed.first().first;
        return push(commands::changeTarget(mService, mEvents, year, quarter,
            Money::fromFen(before.value(changed.first())), Money::fromFen(after.value(changed.first()))));
    }
    return push(commands::replaceTargets(mService, mEvents, year, targets, *previous));
}

QByteArray TargetsView::saveState() const
{
    return KpiUi::packState({ { QStringLiteral("columns"), mTable->horizontalHeader()->saveState() } });
}

void TargetsView::restoreState(const QByteArray &state)
{
    if (const QByteArray h = KpiUi::unpackState(state).value(QStringLiteral("columns")).toByteArray(); !h.isEmpty())
        mTable->horizontalHeader()->restoreState(h);
}

void TargetsView::retranslateUi()
{
    mBox->setTitle(tr("Sales target"));
    const QStringList target = { tr("&Year"), tr("Year's sales target"), tr("Q1 (empty: spread)"),
        tr("Q2 (empty: spread)"), tr("Q3 (empty: spread)"), tr("Q4 (empty: spread)"), tr("Planned conversion"),
        tr("Planned AOV"), tr("Planned visit depth") };
    for (int i = 0; i < mLabels.size(); ++i)
        mLabels[i]->setText(target.value(i));
    mCategories->setHorizontalHeaderLabels({ tr("Category"), tr("Category target (¥)") });
    mAddCategory->setText(tr("Add &category"));
    mSave->setText(tr("&Save targets"));
    mModel->retranslate();
    if (mReady)
        reload(); // the quarters' names and the progress follow the language
}

} // namespace shopdesk::kpi
