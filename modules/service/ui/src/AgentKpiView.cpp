#include "AgentKpiView.h"

#include "shopdesk/service/ServiceLog.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QDoubleSpinBox>
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

AgentKpiView::AgentKpiView(const core::PanelContext &context, AgentKpiService &kpi, QUndoStack *undo, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mKpi(kpi)
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

    connect(mMonth, &QDateEdit::dateChanged, this, &AgentKpiView::reload);
    connect(mSaveDay, &QPushButton::clicked, this, &AgentKpiView::saveDay);
    connect(mSaveRates, &QPushButton::clicked, this, &AgentKpiView::saveRates);
    connect(mSaveBonus, &QPushButton::clicked, this, &AgentKpiView::saveBonus);
    connect(mImport, &QPushButton::clicked, this, &AgentKpiView::importCsv);
    connect(mLevelAgent, &QComboBox::currentTextChanged, this, [this](const QString &agent) {
        auto current = mKpi.levelAndBonus(agent.trimmed(), mMonth->date().toString(QStringLiteral("yyyy-MM")));
        if (!current) {
            qCWarning(lcService) << current.errorMessage();
            return;
        }
        mLevel->setCurrentIndex(qMax(0, mLevel->findData(current->first)));
        mBonus->setValue(double(current->second.fen()) / 100.0);
    });
    connect(mExport, &QPushButton::clicked, this, &AgentKpiView::exportDialog);
    retranslateUi();
    loadRatesIntoForm();
}

void AgentKpiView::retranslateUi()
{
    mMonthLabel->setText(tr("&Month:"));
    mImport->setText(tr("&Import CSV…"));
    mExport->setText(tr("&Export pay sheet…"));
    mDayBox->setTitle(tr("Enter one agent's day"));
    mRatesBox->setTitle(tr("Pay rates (set by the manager)"));
    mSaveDay->setText(tr("Save &day"));
    mSaveRates->setText(tr("Save &rates"));
    mSaveBonus->setText(tr("Save &level and bonus"));
    const QStringList labels = { tr("Agent"), tr("Day"), tr("Received"), tr("Answered"), tr("Asked, then paid"),
        tr("Good ratings"), tr("First response (s)"), tr("Sales (¥)"),
        tr("Base: %1").arg(AgentKpiService::levelName(QStringLiteral("junior"))),
        tr("Base: %1").arg(AgentKpiService::levelName(QStringLiteral("middle"))),
        tr("Base: %1").arg(AgentKpiService::levelName(QStringLiteral("senior"))),
        tr("Base: %1").arg(AgentKpiService::levelName(QStringLiteral("lead"))),
        tr("Personal commission (of own sales)"), tr("Team commission (of team sales, shared)"), tr("Agent"),
        tr("Level"), tr("Bonus this month (¥)") };
    for (int i = 0; i < mLabels.size() && i < labels.size(); ++i)
        mLabels.at(i)->setText(labels.at(i));
    const QString level = mLevel->currentData().toString();
    mLevel->clear();
    for (const QString &code : AgentKpiService::levelCodes())
        mLevel->addItem(AgentKpiService::levelName(code), code);
    mLevel->setCurrentIndex(qMax(0, mLevel->findData(level)));
    reload();
}

void AgentKpiView::setMonth(QDate anyDay)
{
    mMonth->setDate(anyDay);
    reload();
}

void AgentKpiView::loadRatesIntoForm()
{
    const PayRates r = mKpi.rates();
    const QStringList levels = AgentKpiService::levelCodes();
    for (int i = 0; i < 4; ++i)
        mBase[i]->setValue(double(r.levelBase.value(levels.at(i)).fen()) / 100.0);
    mPersonal->setValue(r.personalRate * 100.0);
    mTeam->setValue(r.teamRate * 100.0);
}

void AgentKpiView::reload()
{
    mKpiModel->removeRows(0, mKpiModel->rowCount());
    mKpiModel->setHorizontalHeaderLabels({ tr("Agent"), tr("Days"), tr("Received"), tr("Answered"), tr("Reply rate"),
        tr("Asked, then paid"), tr("Inquiry conversion"), tr("Good ratings"), tr("Satisfaction"),
        tr("Avg. first response (s)"), tr("Sales") });
    auto months = mKpi.month(mMonth->date());
    if (!months) {
        qCWarning(lcService) << months.errorMessage();
        mContext.events.reportError(months.errorMessage());
        return;
    }
    for (const AgentMonth &m : *months)
        mKpiModel->appendRow({ cell(m.agent), num(QString::number(m.days)), num(QString::number(m.received)),
            num(QString::number(m.answered)), num(percent(m.replyRate)), num(QString::number(m.paid)),
            num(percent(m.conversion)), num(QString::number(m.goodRatings)), num(percent(m.satisfaction)),
            num(QString::number(m.avgFirstResponse, 'f', 1)), num(m.sales.toDisplayString()) });
    auto pay = mKpi.paySheet(mMonth->date());
    mPay = pay ? *pay : QList<PayLine>();
    mPayModel->removeRows(0, mPayModel->rowCount());
    mPayModel->setHorizontalHeaderLabels(AgentKpiService::paySheetHeader());
    for (const PayLine &p : std::as_const(mPay))
        mPayModel->appendRow({ cell(p.agent), cell(AgentKpiService::levelName(p.level)), num(p.base.toPlainString()),
            num(p.personal.toPlainString()), num(p.team.toPlainString()), num(p.bonus.toPlainString()),
            num(p.total().toPlainString()) });
    const QString agent = mLevelAgent->currentText();
    mLevelAgent->clear();
    for (const AgentMonth &m : *months)
        mLevelAgent->addItem(m.agent);
    mLevelAgent->setEditText(agent.isEmpty() && !months->isEmpty() ? months->first().agent : agent);
    if (mWidthsRestored)
        return; // the widths the user left
    mKpiView->resizeColumnsToContents();
    mPayView->resizeColumnsToContents();
}

core::Status AgentKpiView::exportPaySheet(const QString &path) const
{
    return AgentKpiService::exportPaySheet(path, mMonth->date().toString(QStringLiteral("yyyy-MM")), mPay);
}

void AgentKpiView::exportDialog()
{
    const QString path = core::FileDialog::getSaveFileName(this, tr("Export pay sheet"),
        tr("pay-%1.xlsx").arg(mMonth->date().toString(QStringLiteral("yyyy-MM"))),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (core::Status s = exportPaySheet(path); !s) {
        qCWarning(lcService) << s.errorMessage();
        mContext.events.reportError(s.errorMessage());
    }
}

void AgentKpiView::importCsv()
{
    const QString path
        = core::FileDialog::getOpenFileName(this, tr("Import agent days"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto n = mKpi.importCsv(path);
    if (!n) {
        qCWarning(lcService) << n.errorMessage();
        mContext.events.reportError(n.errorMessage());
        return;
    }
    mContext.events.notifyChanged(core::Topic::Kpi);
}

void AgentKpiView::saveDay()
{
    AgentDay d { mAgent->text().trimmed(), mDay->date(), mReceived->value(), mAnswered->value(), mPaid->value(),
        mGood->value(), mFirst->value(), Money::fromFen(qint64(std::llround(mSales->value() * 100.0))) };
    AgentKpiService &kpi = mKpi;
    auto before = kpi.day(d.agent, d.day);
    const std::optional<AgentDay> old = before ? *before : std::nullopt;
    mUndo->push(new core::CallCommand(
        [agent = d.agent, day = d.day] { return tr("Enter %1's day %2").arg(agent, day.toString(Qt::ISODate)); },
        mContext.events, core::Topic::Kpi, [&kpi, d] { return kpi.saveDay(d); },
        [&kpi, d, old] { return old ? kpi.saveDay(*old) : kpi.removeDay(d.agent, d.day); }));
}

void AgentKpiView::saveRates()
{
    AgentKpiService &kpi = mKpi;
    const PayRates old = kpi.rates();
    PayRates r;
    const QStringList levels = AgentKpiService::levelCodes();
    for (int i = 0; i < 4; ++i)
        r.levelBase.insert(levels.at(i), Money::fromFen(qint64(std::llround(mBase[i]->value() * 100.0))));
    r.personalRate = mPersonal->value() / 100.0;
    r.teamRate = mTeam->value() / 100.0;
    mUndo->push(new core::CallCommand([] { return tr("Change pay rates"); }, mContext.events, core::Topic::Kpi,
        [&kpi, r] { return kpi.setRates(r); }, [&kpi, old] { return kpi.setRates(old); }));
}

void AgentKpiView::saveBonus()
{
    const QString agent = mLevelAgent->currentText().trimmed();
    if (agent.isEmpty())
        return;
    AgentKpiService &kpi = mKpi;
    const QString month = mMonth->date().toString(QStringLiteral("yyyy-MM"));
    auto current = mKpi.levelAndBonus(agent, month);
    if (!current) {
        qCWarning(lcService) << current.errorMessage();
        mContext.events.reportError(current.errorMessage());
        return;
    }
    const QString oldLevel = current->first;
    const Money oldBonus = current->second;
    const QString level = mLevel->currentData().toString();
    const Money bonus = Money::fromFen(qint64(std::llround(mBonus->value() * 100.0)));
    mUndo->push(new core::CallCommand([agent] { return tr("Set %1's level and bonus").arg(agent); }, mContext.events,
        core::Topic::Kpi,
        [&kpi, agent, level, month, bonus] { return kpi.setLevelAndBonus(agent, level, month, bonus); },
        [&kpi, agent, oldLevel, month, oldBonus] { return kpi.setLevelAndBonus(agent, oldLevel, month, oldBonus); }));
}

QByteArray AgentKpiView::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(1) << mKpiView->horizontalHeader()->saveState() << mPayView->horizontalHeader()->saveState();
    return out;
}

void AgentKpiView::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    qint32 version = 0;
    QByteArray kpi, pay;
    s >> version >> kpi >> pay;
    if (version != 1 || s.status() != QDataStream::Ok)
        return;
    mWidthsRestored = mKpiView->horizontalHeader()->restoreState(kpi);
    mWidthsRestored = mPayView->horizontalHeader()->restoreState(pay) && mWidthsRestored;
}

} // namespace shopdesk::service
