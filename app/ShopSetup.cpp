#include "ShopSetup.h"

#include "BackupForm.h"

#include <shopdesk/core/FileDialog.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace shopdesk::app {

namespace {

const QString kShopSuffix = QStringLiteral(".shopdesk");

/// A wizard page around one form: Next waits until the form has what it needs, and says what.
class FormPage final : public QWizardPage {
public:
    FormPage(ShopForm *form, QWidget *parent)
        : QWizardPage(parent)
        , mForm(form)
        , mProblem(new QLabel(this))
    {
        mProblem->setObjectName(QStringLiteral("problem"));
        mProblem->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(form);
        layout->addStretch(1);
        layout->addWidget(mProblem);
        connect(form, &ShopForm::edited, this, [this] {
            mProblem->setText(mForm->problem());
            Q_EMIT completeChanged();
        });
        setTitle(form->title());
    }
    bool isComplete() const override { return mForm->problem().isEmpty(); }
    void retranslate() { setTitle(mForm->title()); }

private:
    ShopForm *mForm;
    QLabel *mProblem;
};

/// The first page: where the shop file goes.
class FilePage final : public QWizardPage {
public:
    FilePage(QLineEdit *file, QWidget *parent)
        : QWizardPage(parent)
        , mFile(file)
    {
        connect(file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override
    {
        const QString path = mFile->text().trimmed();
        return !path.isEmpty() && !QFileInfo::exists(path) && QFileInfo(path).absoluteDir().exists();
    }

private:
    QLineEdit *mFile;
};

} // namespace

// ---- New shop…

NewShopWizard::NewShopWizard(const QString &suggestedFile, QWidget *parent)
    : QWizard(parent)
    , mForms(makeShopForms(nullptr))
    , mFile(new QLineEdit(this))
    , mBrowse(new QPushButton(this))
    , mFileLabel(new QLabel(this))
    , mFileHint(new QLabel(this))
{
    setObjectName(QStringLiteral("newShopWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    mFile->setObjectName(QStringLiteral("shopFile"));
    mFile->setText(QDir::toNativeSeparators(suggestedFile));
    mFileLabel->setBuddy(mFile);
    mFileHint->setWordWrap(true);
    auto *filePage = new FilePage(mFile, this);
    auto *row = new QHBoxLayout;
    row->addWidget(mFile, 1);
    row->addWidget(mBrowse);
    auto *layout = new QVBoxLayout(filePage);
    layout->addWidget(mFileLabel);
    layout->addLayout(row);
    layout->addWidget(mFileHint);
    layout->addStretch(1);
    addPage(filePage);
    connect(mBrowse, &QPushButton::clicked, this, [this] {
        const QString path = core::FileDialog::getSaveFileName(
            this, tr("New shop"), mFile->text(), tr("ShopDesk shops (%1)").arg(QStringLiteral("*.shopdesk")));
        if (!path.isEmpty())
            mFile->setText(QDir::toNativeSeparators(path));
    });
    for (ShopForm *form : std::as_const(mForms))
        addPage(new FormPage(form, this));
    // A new shop prints privacy waybills unless the store chooses otherwise (隐私面单).
    if (auto *mask = findChild<QCheckBox *>(QStringLiteral("maskPhone")))
        mask->setChecked(true);
    retranslateUi();
}

QString NewShopWizard::filePath() const
{
    QString path = QDir::fromNativeSeparators(mFile->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += kShopSuffix;
    return path;
}

core::ShopSettings::Batch NewShopWizard::settings() const { return settingsOf(mForms); }

QStringList NewShopWizard::staff() const
{
    for (const ShopForm *form : mForms)
        if (const auto *s = qobject_cast<const StaffForm *>(form))
            return s->staff();
    return {};
}

void NewShopWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void NewShopWizard::retranslateUi()
{
    setWindowTitle(tr("New shop"));
    page(pageIds().first())->setTitle(tr("Where the shop file goes"));
    mFileLabel->setText(tr("Shop &file:"));
    mBrowse->setText(tr("&Choose…"));
    mFileHint->setText(tr("One file holds the whole shop: items, stock, orders and KPIs. Keep it on this computer's "
                          "own disk and back it up (File → Back up now…)."));
    for (int id : pageIds())
        if (auto *p = dynamic_cast<FormPage *>(page(id)))
            p->retranslate();
}

// ---- File → Shop settings…

ShopSettingsDialog::ShopSettingsDialog(const core::ShopSettings &current, QWidget *parent)
    : QDialog(parent)
    , mForms(makeShopForms(nullptr) << new BackupForm)
    , mTabs(new QTabWidget(this))
    , mProblem(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("shopSettings"));
    mProblem->setObjectName(QStringLiteral("problem"));
    mProblem->setWordWrap(true);
    for (ShopForm *form : std::as_const(mForms)) {
        form->load(current);
        mTabs->addTab(form, form->title());
        connect(form, &ShopForm::edited, this, &ShopSettingsDialog::check);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTabs, 1);
    layout->addWidget(mProblem);
    layout->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    check();
}

core::ShopSettings::Batch ShopSettingsDialog::settings() const { return settingsOf(mForms); }

QString ShopSettingsDialog::problem() const
{
    for (const ShopForm *form : mForms)
        if (const QString p = form->problem(); !p.isEmpty())
            return p;
    return {};
}

void ShopSettingsDialog::check()
{
    const QString p = problem();
    mProblem->setText(p);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void ShopSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShopSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Shop settings"));
    for (int i = 0; i < mTabs->count(); ++i)
        mTabs->setTabText(i, mForms.at(i)->title());
    check();
}

// ---- The start page

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mHint(new QLabel(this))
    , mRecentLabel(new QLabel(this))
    , mNew(new QPushButton(this))
    , mOpen(new QPushButton(this))
    , mDemo(new QPushButton(this))
    , mRecent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    mNew->setObjectName(QStringLiteral("startNew"));
    mOpen->setObjectName(QStringLiteral("startOpen"));
    mDemo->setObjectName(QStringLiteral("startDemo"));
    mRecent->setObjectName(QStringLiteral("startRecent"));
    QFont big = mTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    mTitle->setFont(big);
    mHint->setWordWrap(true);
    mRecentLabel->setBuddy(mRecent);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : { mNew, mOpen, mDemo }) {
        b->setMinimumHeight(b->sizeHint().height() * 3 / 2);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *recent = new QVBoxLayout;
    recent->addWidget(mRecentLabel);
    recent->addWidget(mRecent, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(buttons, 1);
    columns->addSpacing(24);
    columns->addLayout(recent, 2);
    auto *inner = new QVBoxLayout;
    inner->addWidget(mTitle);
    inner->addWidget(mHint);
    inner->addSpacing(16);
    inner->addLayout(columns, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(inner, 4);
    row->addStretch(1);
    auto *centred = new QVBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(row, 3);
    centred->addStretch(1);

    connect(mNew, &QPushButton::clicked, this, &StartPage::newShopRequested);
    connect(mOpen, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(mDemo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(mRecent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });
    retranslateUi();
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    mRecent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(QFileInfo(path).completeBaseName(), QDir::toNativeSeparators(path)), mRecent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    mRecentLabel->setVisible(!paths.isEmpty());
    mRecent->setVisible(!paths.isEmpty());
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StartPage::retranslateUi()
{
    mTitle->setText(tr("Welcome to ShopDesk"));
    mHint->setText(tr("No shop open: choose File → New shop… or File → Open…"));
    mNew->setText(tr("&New shop…"));
    mOpen->setText(tr("&Open a shop file…"));
    mDemo->setText(tr("Try the &demo shop"));
    mNew->setToolTip(tr("Set up your own shop: name, sender, return address, couriers and staff."));
    mDemo->setToolTip(tr("A clothing store with a year of orders, to look around without touching your own shop."));
    mRecentLabel->setText(tr("&Recent shops:"));
    mRecent->setAccessibleName(tr("Recent shops"));
}

} // namespace shopdesk::app
