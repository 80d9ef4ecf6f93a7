#include "StocktakeCountBar.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Vocabulary.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopdesk::inventory {

StocktakeCountBar::StocktakeCountBar(QWidget *parent)
    : QWidget(parent)
    , mReminder(new QLabel(this))
    , mStatus(new QLabel(this))
    , mCounts(new QComboBox(this))
    , mScope(new QComboBox(this))
    , mBlind(new QCheckBox(this))
    , mStart(new QPushButton(this))
    , mPost(new QPushButton(this))
    , mReverse(new QPushButton(this))
    , mExport(new QToolButton(this))
    , mImport(new QPushButton(this))
    , mQuestionRow(new QWidget(this))
    , mQuestion(new QLabel(mQuestionRow))
    , mConfirm(new QPushButton(mQuestionRow))
    , mCancel(new QPushButton(mQuestionRow))
{
    mReminder->setObjectName(QStringLiteral("reminder"));
    mReminder->setWordWrap(true);
    mReminder->setStyleSheet(QStringLiteral("QLabel { %1 padding: 6px; border-radius: 3px; }")
                                 .arg(core::colours::styleSheet(core::colours::Role::Warning)));
    mReminder->hide();
    mStatus->setObjectName(QStringLiteral("countStatus"));
    mCounts->setObjectName(QStringLiteral("counts"));
    mScope->setObjectName(QStringLiteral("scope"));
    mScope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mBlind->setObjectName(QStringLiteral("blindCount"));
    mStart->setObjectName(QStringLiteral("startCount"));
    mPost->setObjectName(QStringLiteral("postCount"));
    mReverse->setObjectName(QStringLiteral("reverseCount"));
    mExport->setObjectName(QStringLiteral("exportReport"));
    mImport->setObjectName(QStringLiteral("importCounts"));
    mExport->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(mExport);
    for (const QString &format : { QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx") }) {
        QAction *a = menu->addAction(format.toUpper());
        connect(a, &QAction::triggered, this, [this, format] { Q_EMIT reportRequested(format); });
    }
    mExport->setMenu(menu);
    mQuestionRow->setObjectName(QStringLiteral("countQuestion"));
    mQuestion->setObjectName(QStringLiteral("countQuestionText"));
    mQuestion->setWordWrap(true);
    mConfirm->setObjectName(QStringLiteral("confirmCount"));
    mCancel->setObjectName(QStringLiteral("cancelCount"));
    mQuestionRow->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(mCounts, 1);
    bar->addWidget(mScope);
    bar->addWidget(mBlind);
    bar->addWidget(mStart);
    bar->addWidget(mPost);
    bar->addWidget(mReverse);
    bar->addWidget(mImport);
    bar->addWidget(mExport);
    auto *question = new QHBoxLayout(mQuestionRow);
    question->setContentsMargins(0, 0, 0, 0);
    question->addWidget(mQuestion, 1);
    question->addWidget(mConfirm);
    question->addWidget(mCancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mReminder);
    layout->addWidget(mStatus);
    layout->addLayout(bar);
    layout->addWidget(mQuestionRow);

    connect(mCounts, &QComboBox::activated, this, [this] { Q_EMIT countChosen(mCounts->currentData().toLongLong()); });
    connect(mStart, &QPushButton::clicked, this, &StocktakeCountBar::startRequested);
    connect(mPost, &QPushButton::clicked, this, &StocktakeCountBar::postRequested);
    connect(mReverse, &QPushButton::clicked, this, &StocktakeCountBar::reverseRequested);
    connect(mImport, &QPushButton::clicked, this, &StocktakeCountBar::importRequested);
    connect(mConfirm, &QPushButton::clicked, this, [this] {
        mQuestionRow->hide();
        if (auto yes = std::exchange(mYes, nullptr))
            yes();
        Q_EMIT answered();
    });
    connect(mCancel, &QPushButton::clicked, this, [this] {
        mQuestionRow->hide();
        mYes = nullptr;
        Q_EMIT answered();
    });
    // The buttons take no focus from the scan field: a click is enough.
    for (QWidget *w :
        std::initializer_list<QWidget *> { mStart, mBlind, mPost, mReverse, mImport, mExport, mConfirm, mCancel })
        w->setFocusPolicy(Qt::NoFocus);
    retranslateUi();
}

void StocktakeCountBar::retranslateUi()
{
    mStart->setText(tr("&Start count"));
    mBlind->setText(tr("&Blind count"));
    mBlind->setToolTip(tr("The counters do not see the expected quantities until the count is posted."));
    mPost->setText(tr("&Post"));
    mReverse->setText(tr("Re&verse"));
    mExport->setText(tr("&Report"));
    mImport->setText(tr("&Import counts…"));
    mCancel->setText(tr("&Cancel"));
    setCategories(mCategories);
}

void StocktakeCountBar::setCounts(const QList<Stocktake> &counts, const std::optional<Stocktake> &shown)
{
    mCounts->clear();
    for (const Stocktake &t : counts) {
        const QString status = t.status == stocktake::kOpen ? tr("open")
            : t.status == stocktake::kPosted                ? tr("posted")
                                                            : tr("reversed");
        mCounts->addItem(
            tr("%1 · %2 · %3").arg(t.number(), t.startedAt.toString(QStringLiteral("yyyy-MM-dd")), status), t.id);
    }
    if (shown)
        mCounts->setCurrentIndex(mCounts->findData(shown->id));
}

void StocktakeCountBar::setCategories(const QStringList &categories)
{
    mCategories = categories;
    const QString scope = mScope->currentData().toString();
    mScope->clear();
    mScope->addItem(tr("Whole store"), QString());
    for (const QString &c : categories)
        mScope->addItem(core::Vocabulary::category(c), c);
    mScope->setCurrentIndex(qMax(0, mScope->findData(scope)));
}

QString StocktakeCountBar::scope() const { return mScope->currentData().toString(); }

bool StocktakeCountBar::blind() const { return mBlind->isChecked(); }

void StocktakeCountBar::setStatus(const QString &text) { mStatus->setText(text); }

void StocktakeCountBar::setReminder(const QString &text, bool show)
{
    mReminder->setText(text);
    mReminder->setVisible(show);
}

void StocktakeCountBar::setState(bool anyOpen, bool open, bool posted, bool shown)
{
    mStart->setEnabled(!anyOpen);
    mScope->setEnabled(!anyOpen);
    mBlind->setEnabled(!anyOpen);
    mPost->setEnabled(open);
    mReverse->setEnabled(posted);
    mExport->setEnabled(shown);
    mImport->setEnabled(open);
}

void StocktakeCountBar::ask(const QString &question, const QString &confirm, std::function<void()> yes)
{
    mQuestion->setText(question);
    mConfirm->setText(confirm);
    mYes = std::move(yes);
    mQuestionRow->show();
}

} // namespace shopdesk::inventory
