#include "AgentKpiWidget.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::service {

using core::Money;

namespace {
QStandardItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setTextAlignment(align);
    return item;
}
QStandardItem *num(const QString &text) { return cell(text, Qt::AlignRight | Qt::AlignVCenter); }
QString percent(double v) { return QStringLiteral("%1%").arg(v * 100.0, 0, 'f', 1); }
QSpinBox *counter()
{
    auto *s = new QSpinBox;
    s->setRange(0, 1000000);
    return s;
}
QDoubleSpinBox *yuan()
{
    auto *s = new QDoubleSpinBox;
    s->setRange(0, 10000000);
    s->setDecimals(2);
    return s;
}
} // namespace

AgentKpiWidget::AgentKpiWidget(const core::PanelContext &context, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , mContext(context)
    , mUndo(undo)
{
    mMonthLabel = new QLabel;
    mMonth = new QDateEdit(QDate::currentDate());
    mMonth->setObjectName(QStringLiteral("month"));
    mMonth->setDisplayFormat(QStringLiteral("yyyy-MM"));
    mMonthLabel->setBuddy(mMonth);
    mImport = new QPushButton;
    mExport = new QPushButton;
    mKpiModel = new QStandardItemModel(this);
    mPayModel = new QStandardItemModel(this);
    mKpiView = core::newRecordView(mKpiModel, QStringLiteral("kpiTable"));
    mPayView = core::newRecordView(mPayModel, QStringLiteral("payTable"));

    // One day entered by hand.
    mDayBox = new QGroupBox;
    mAgent = new QLineEdit;
    mAgent->setObjectName(QStringLiteral("dayAgent"));
    mDay = new QDateEdit(QDate::currentDate());
    mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mReceived = counter();
    mAnswered = counter();
    mPaid = counter();
    mGood = counter();
    mFirst = counter();
    mSales = yuan();
    mSaveDay = new QPushButton;
    auto *dayGrid = new QGridLayout(mDayBox);
    QList<QWidget *> dayFields = { mAgent, mDay, mReceived, mAnswered, mPaid, mGood, mFirst, mSales };
    for (int i = 0; i < dayFields.size(); ++i) {
        auto *label = new QLabel;
        label->setBuddy(dayFields.at(i));
        mLabels.append(label);
        dayGrid->addWidget(label, 0, i);
        dayGrid->addWidget(dayFields.at(i), 1, i);
    }
    dayGrid->addWidget(mSaveDay, 1, int(dayFields.size()));

    // The manager's rates, levels and bonuses.
    mRatesBox = new QGroupBox;
    auto *ratesGrid = new QGridLayout(mRatesBox);
    int col = 0;
    for (int i = 0; i < 4; ++i) {
        mBase[i] = yuan();
        auto *label = new QLabel;
        mLabels.append(label);
        ratesGrid->addWidget(label, 0, col);
        ratesGrid->addWidget(mBase[i], 1, col++);
    }
    mPersonal = new QDoubleSpinBox;
    mPersonal->setRange(0, 100);
    mPersonal->setDecimals(3);
    mPersonal->setSuffix(QStringLiteral(" %"));
    mTeam = new QDoubleSpinBox;
    mTeam->setRange(0, 100);
    mTeam->setDecimals(3);
    mTeam->setSuffix(QStringLiteral(" %"));
    for (QWidget *w : { static_cast<QWidget *>(mPersonal), static_cast<QWidget *>(mTeam) }) {
        auto *label = new QLabel;
        mLabels.append(label);
        ratesGrid->addWidget(label, 0, col);
        ratesGrid->addWidget(w, 1, col++);
    }
    mSaveRates = new QPushButton;
    ratesGrid->addWidget(mSaveRates, 1, col);
    mLevelAgent = new QComboBox;
    mLevelAgent->setEditable(true);
    mLevel = new QComboBox;
    mBonus = yuan();
    mSaveBonus = new QPushButton;
    for (int i = 0; i < 3; ++i) {
        auto *label = new QLabel;
        mLabels.append(label);
        ratesGrid->addWidget(label, 2, i);
    }
    ratesGrid->addWidget(mLevelAgent, 3, 0);
    ratesGrid->addWidget(mLevel, 3, 1);
    ratesGrid->addWidget(mBonus, 3, 2);
    ratesGrid->addWidget(mSaveBonus, 3, 3);

    auto *top = new QHBoxLayout;
    top->addWidget(mMonthLabel);
    top->addWidget(mMonth);
    top->addStretch();
    top->addWidget(mImport);
    top->addWidget(mExport);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(mKpiView, 2);
    layout->addWidget(mPayView, 1);
    layout->addWidget(mDayBox);
    layout->addWidget(mRatesBox);

    connect(mMonth, &QDateEdit::dateChanged, this, &AgentKpiWidget::reload);
    connect(mSaveDay, &QPushButton::clicked, this, &AgentKpiWidget::saveDay);
    connect(mSaveRates, &QPushButton::clicked, this, &AgentKpiWidget::saveRates);
    connect(mSaveBonus, &QPushButton::clicked, this, &AgentKpiWidget::saveBonus);
    connect(mImport, &QPushButton::clicked, this, &AgentKpiWidget::importCsv);
    connect(mLevelAgent, &QComboBox::currentTextChanged, this, [this](const QString &agent) {
        AgentKpiRepository repo(mContext.db);
        auto levels = repo.levels();
        auto bonuses = repo.bonuses(mMonth->date().toString(QStringLiteral("yyyy-MM")));
        if (!levels || !bonuses)
            return;
        mLevel->setCurrentIndex(qMax(0, mLevel->findData(levels->value(agent.trimmed(), QStringLiteral("junior")))));
        mBonus->setValue(double(bonuses->value(agent.trimmed()).fen()) / 100.0);
    });
    connect(mExport, &QPushButton::clicked, this, &AgentKpiWidget::exportDialog);
    retranslateUi();
    loadRatesIntoForm();
}

void AgentKpiWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AgentKpiWidget::retranslateUi()
{
    mMonthLabel->setText(tr("&Month:"));
    mImport->setText(tr("Import CSV…"));
    mExport->setText(tr("Export pay sheet…"));
    mDayBox->setTitle(tr("Enter one agent's day"));
    mRatesBox->setTitle(tr("Pay rates (set by the manager)"));
    mSaveDay->setText(tr("Save day"));
    mSaveRates->setText(tr("Save rates"));
    mSaveBonus->setText(tr("Save level and bonus"));
    const QStringList labels = { tr("Agent"), tr("Day"), tr("Received"), tr("Answered"), tr("Asked, then paid"),
        tr("Good ratings"), tr("First response (s)"), tr("Sales (¥)"),
        tr("Base: %1").arg(AgentKpiRepository::levelName(QStringLiteral("junior"))),
        tr("Base: %1").arg(AgentKpiRepository::levelName(QStringLiteral("middle"))),
        tr("Base: %1").arg(AgentKpiRepository::levelName(QStringLiteral("senior"))),
        tr("Base: %1").arg(AgentKpiRepository::levelName(QStringLiteral("lead"))),
        tr("Personal commission (of own sales)"), tr("Team commission (of team sales, shared)"), tr("Agent"),
        tr("Level"), tr("Bonus this month (¥)") };
    for (int i = 0; i < mLabels.size() && i < labels.size(); ++i)
        mLabels.at(i)->setText(labels.at(i));
    const QString level = mLevel->currentData().toString();
    mLevel->clear();
    for (const QString &code : AgentKpiRepository::levelCodes())
        mLevel->addItem(AgentKpiRepository::levelName(code), code);
    mLevel->setCurrentIndex(qMax(0, mLevel->findData(level)));
    reload();
}

void AgentKpiWidget::setMonth(QDate anyDay)
{
    mMonth->setDate(anyDay);
    reload();
}

void AgentKpiWidget::loadRatesIntoForm()
{
    const PayRates r = AgentKpiRepository(mContext.db).rates();
    const QStringList levels = AgentKpiRepository::levelCodes();
    for (int i = 0; i < 4; ++i)
        mBase[i]->setValue(double(r.levelBase.value(levels.at(i)).fen()) / 100.0);
    mPersonal->setValue(r.personalRate * 100.0);
    mTeam->setValue(r.teamRate * 100.0);
}

void AgentKpiWidget::reload()
{
    AgentKpiRepository repo(mContext.db);
    mKpiModel->clear();
    mKpiModel->setHorizontalHeaderLabels({ tr("Agent"), tr("Days"), tr("Received"), tr("Answered"), tr("Reply rate"),
        tr("Asked, then paid"), tr("Inquiry conversion"), tr("Good ratings"), tr("Satisfaction"),
        tr("Avg. first response (s)"), tr("Sales") });
    auto months = repo.month(mMonth->date());
    if (!months)
        return;
    for (const AgentMonth &m : *months)
        mKpiModel->appendRow({ cell(m.agent), num(QString::number(m.days)), num(QString::number(m.received)),
            num(QString::number(m.answered)), num(percent(m.replyRate)), num(QString::number(m.paid)),
            num(percent(m.conversion)), num(QString::number(m.goodRatings)), num(percent(m.satisfaction)),
            num(QString::number(m.avgFirstResponse, 'f', 1)), num(m.sales.toDisplayString()) });
    auto pay = repo.paySheet(mMonth->date());
    mPay = pay ? *pay : QList<PayLine>();
    mPayModel->clear();
    mPayModel->setHorizontalHeaderLabels(AgentKpiRepository::paySheetHeader());
    for (const PayLine &p : std::as_const(mPay))
        mPayModel->appendRow({ cell(p.agent), cell(AgentKpiRepository::levelName(p.level)), num(p.base.toPlainString()),
            num(p.personal.toPlainString()), num(p.team.toPlainString()), num(p.bonus.toPlainString()),
            num(p.total().toPlainString()) });
    const QString agent = mLevelAgent->currentText();
    mLevelAgent->clear();
    for (const AgentMonth &m : *months)
        mLevelAgent->addItem(m.agent);
    mLevelAgent->setEditText(agent.isEmpty() && !months->isEmpty() ? months->first().agent : agent);
    mKpiView->resizeColumnsToContents();
    mPayView->resizeColumnsToContents();
}

core::Status AgentKpiWidget::exportPaySheet(const QString &path) const
{
    return AgentKpiRepository::exportPaySheet(path, mMonth->date().toString(QStringLiteral("yyyy-MM")), mPay);
}

void AgentKpiWidget::exportDialog()
{
    const QString path = core::FileDialog::getSaveFileName(this, tr("Export pay sheet"),
        tr("pay-%1.xlsx").arg(mMonth->date().toString(QStringLiteral("yyyy-MM"))),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (core::Status s = exportPaySheet(path); !s)
        mContext.events.reportError(s.errorMessage());
}

void AgentKpiWidget::importCsv()
{
    const QString path
        = core::FileDialog::getOpenFileName(this, tr("Import agent days"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto n = AgentKpiRepository(mContext.db).importCsv(path);
    if (!n) {
        mContext.events.reportError(n.errorMessage());
        return;
    }
    mContext.events.notifyChanged(core::Topic::Kpi);
}

void AgentKpiWidget::saveDay()
{
    AgentDay d { mAgent->text().trimmed(), mDay->date(), mReceived->value(), mAnswered->value(), mPaid->value(),
        mGood->value(), mFirst->value(), Money::fromFen(qint64(std::llround(mSales->value() * 100.0))) };
    const core::Database &db = mContext.db;
    auto before = AgentKpiRepository(db).day(d.agent, d.day);
    const std::optional<AgentDay> old = before ? *before : std::nullopt;
    mUndo->push(new core::CallCommand(
        tr("Enter %1's day %2").arg(d.agent, d.day.toString(Qt::ISODate)), mContext.events, core::Topic::Kpi,
        [&db, d] { return AgentKpiRepository(db).saveDay(d); },
        [&db, d, old] {
            return old ? AgentKpiRepository(db).saveDay(*old) : AgentKpiRepository(db).removeDay(d.agent, d.day);
        }));
}

void AgentKpiWidget::saveRates()
{
    const core::Database &db = mContext.db;
    const PayRates old = AgentKpiRepository(db).rates();
    PayRates r;
    const QStringList levels = AgentKpiRepository::levelCodes();
    for (int i = 0; i < 4; ++i)
        r.levelBase.insert(levels.at(i), Money::fromFen(qint64(std::llround(mBase[i]->value() * 100.0))));
    r.personalRate = mPersonal->value() / 100.0;
    r.teamRate = mTeam->value() / 100.0;
    mUndo->push(new core::CallCommand(
        tr("Change pay rates"), mContext.events, core::Topic::Kpi,
        [&db, r] { return AgentKpiRepository(db).setRates(r); },
        [&db, old] { return AgentKpiRepository(db).setRates(old); }));
}

void AgentKpiWidget::saveBonus()
{
    const QString agent = mLevelAgent->currentText().trimmed();
    if (agent.isEmpty())
        return;
    const core::Database &db = mContext.db;
    const QString month = mMonth->date().toString(QStringLiteral("yyyy-MM"));
    AgentKpiRepository repo(db);
    const QString oldLevel = repo.levels().value().value(agent, QStringLiteral("junior"));
    const Money oldBonus = repo.bonuses(month).value().value(agent);
    const QString level = mLevel->currentData().toString();
    const Money bonus = Money::fromFen(qint64(std::llround(mBonus->value() * 100.0)));
    mUndo->push(new core::CallCommand(
        tr("Set %1's level and bonus").arg(agent), mContext.events, core::Topic::Kpi,
        [&db, agent, level, month, bonus] {
            return AgentKpiRepository(db).setLevelAndBonus(agent, level, month, bonus);
        },
        [&db, agent, oldLevel, month, oldBonus] {
            return AgentKpiRepository(db).setLevelAndBonus(agent, oldLevel, month, oldBonus);
        }));
}

} // namespace shopdesk::service
