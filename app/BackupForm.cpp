#include "BackupForm.h"

#include <shopdesk/core/AutoBackup.h>
#include <shopdesk/core/FileDialog.h>

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace shopdesk::app {

BackupForm::BackupForm(QWidget *parent)
    : ShopForm(parent)
    , mFolder(lineEdit(QStringLiteral("backupFolder")))
    , mBrowse(new QPushButton(this))
    , mFolderLabel(new QLabel(this))
    , mHint(new QLabel(this))
{
    mFolderLabel->setBuddy(mFolder);
    mHint->setWordWrap(true);
    connect(mBrowse, &QPushButton::clicked, this, &BackupForm::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(mFolder, 1);
    row->addWidget(mBrowse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mFolderLabel);
    layout->addLayout(row);
    layout->addWidget(mHint);
    layout->addStretch(1);
    retranslateUi();
}

QString BackupForm::title() const { return tr("Backups"); }

void BackupForm::retranslateUi()
{
    mFolderLabel->setText(tr("&Folder of the daily backups:"));
    mFolder->setPlaceholderText(tr("Beside the shop file, in “<shop name>-backups”"));
    mBrowse->setText(tr("&Choose…"));
    mHint->setText(tr("Every day the shop is open, ShopDesk writes a checked copy there and keeps the last 7 "
                      "and 12 month-end copies. A folder on another disk keeps them safe when this one fails."));
}

void BackupForm::load(const core::ShopSettings &settings)
{
    mFolder->setText(QDir::toNativeSeparators(settings.get(core::AutoBackup::kFolder)));
}

void BackupForm::write(core::ShopSettings::Batch &batch) const
{
    const QString folder = mFolder->text().trimmed();
    batch.set(core::AutoBackup::kFolder, folder.isEmpty() ? QString() : QDir::fromNativeSeparators(folder));
}

void BackupForm::browse()
{
    // core's dialog: it lists folders and files without looking inside any of them.
    const std::unique_ptr<QFileDialog> dialog = core::FileDialog::create(this, tr("Folder of the daily backups"),
        mFolder->text().isEmpty() ? QDir::homePath() : mFolder->text(), {}, core::FileDialog::Purpose::Open);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return;
    mFolder->setText(QDir::toNativeSeparators(dialog->selectedFiles().first()));
    Q_EMIT edited();
}

} // namespace shopdesk::app
