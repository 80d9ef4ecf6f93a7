#include "CalendarView.h"

#include "KpiCommands.h"

#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Records.h>

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::kpi {

using core::ColumnKind;

CalendarView::CalendarView(const KpiViewContext &context, QWidget *parent)
    : KpiView(context, parent)
{
    setObjectName(QStringLiteral("calendarView"));
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    mYearLabel = new QLabel(this);
    mYear = new QSpinBox(this);
    mYear->setObjectName(QStringLiteral("year"));
    mYear->setRange(2000, 2100);
    mYear->setValue(QDate::currentDate().year());
    mYearLabel->setBuddy(mYear);
    top->addWidget(mYearLabel);
    top->addWidget(mYear);
    top->addStretch();
    v->addLayout(top);
    mModel = new core::RecordTableModel(
        {
            { [] { return tr("Date"); }, ColumnKind::Text },
            { [] { return tr("Promotion"); }, ColumnKind::Text },
            { [] { return tr("Decide restocking by"); }, ColumnKind::Text },
            { [] { return tr("Days to go"); }, ColumnKind::Integer },
        },
        this);
    mTable = KpiUi::readOnlyTable(mModel, this, QStringLiteral("calendar"));
    mTable->setMinimumHeight(200);
    v->addWidget(mTable, 1);
    auto *row = new QHBoxLayout;
    mDay = new QDateEdit(this);
    mDay->setObjectName(QStringLiteral("promotionDay"));
    mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDay->setCalendarPopup(true);
    mDay->setDate(QDate::currentDate());
    mName = new QLineEdit(this);
    mName->setObjectName(QStringLiteral("promotionName"));
    mAdd = new QPushButton(this);
    mAdd->setObjectName(QStringLiteral("addPromotion"));
    mRemove = new QPushButton(this);
    mRemove->setObjectName(QStringLiteral("removePromotion"));
    row->addWidget(mDay);
    row->addWidget(mName, 1);
    row->addWidget(mAdd);
    row->addWidget(mRemove);
    v->addLayout(row);
    connect(mYear, &QSpinBox::valueChanged, this, [this] {
        if (!mLoading)
            reload();
    });
    connect(mName, &QLineEdit::returnPressed, this, [this] { addPromotion(); });
    connect(mAdd, &QPushButton::clicked, this, [this] { addPromotion(); });
    connect(mRemove, &QPushButton::clicked, this, [this] { removeSelected(); });
    retranslateUi();
    reload();
}

bool CalendarView::showsTopic(core::Topic topic) const
{
    // "Days to go" count from the last day with figures.
    return topic == core::Topic::Promotions || topic == core::Topic::Kpi;
}

void CalendarView::setYear(int year)
{
    mYear->setValue(year); // reloads when it changes
}

void CalendarView::reload()
{
    const int year = mYear->value();
    auto span = mService.span();
    if (!check(span.status()))
        return;
    const QDate latest = span->second.isValid() ? span->second : QDate::currentDate();
    auto calendar = mService.calendar(year);
    check(calendar.status());
    mCalendar = calendar ? *calendar : KpiService::platformDates(year);
    QList<QVariantList> rows;
    for (const core::Promotion &p : std::as_const(mCalendar))
        rows.append({ core::toDbDate(p.day), p.own ? tr("%1 (store)").arg(p.name) : p.name, core::toDbDate(p.prepareBy),
            latest.daysTo(p.day) >= 0 ? QVariant(latest.daysTo(p.day)) : QVariant() });
    mModel->setRows(rows);
}

bool CalendarView::addPromotion()
{
    const QString name = mName->text().trimmed();
    if (name.isEmpty()) {
        mEvents.reportError(tr("Give the promotion a name."));
        return false;
    }
    const bool ok = push(commands::changePromotion(mService, mEvents, mDay->date(), name, true));
    if (ok)
        mName->clear();
    return ok;
}

bool CalendarView::removeSelected()
{
    const QModelIndex index = mTable->currentIndex();
    if (!index.isValid() || index.row() >= mCalendar.size() || !mCalendar.at(index.row()).own) {
        mEvents.reportError(tr("Select one of the store's own dates to remove; the platforms' dates stay."));
        return false;
    }
    const core::Promotion p = mCalendar.at(index.row());
    return push(commands::changePromotion(mService, mEvents, p.day, p.name, false));
}

QByteArray CalendarView::saveState() const
{
    return KpiUi::packState({ { QStringLiteral("columns"), mTable->horizontalHeader()->saveState() } });
}

void CalendarView::restoreState(const QByteArray &state)
{
    if (const QByteArray h = KpiUi::unpackState(state).value(QStringLiteral("columns")).toByteArray(); !h.isEmpty())
        mTable->horizontalHeader()->restoreState(h);
}

void CalendarView::retranslateUi()
{
    mYearLabel->setText(tr("&Year:"));
    mModel->retranslate();
    mName->setPlaceholderText(tr("The store's own date, e.g. 店庆"));
    mAdd->setText(tr("Add &date"));
    mRemove->setText(tr("&Remove selected"));
    if (mModel->rowCount() > 0)
        reload(); // "(store)" follows the language
}

} // namespace shopdesk::kpi
