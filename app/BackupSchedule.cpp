#include "BackupSchedule.h"

#include "MainWindow.h"

#include <shopdesk/core/Database.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace shopdesk::app {

namespace {
constexpr int kCheckEveryMs = 60 * 60 * 1000; // a shop left open overnight gets its copy the next day
}

BackupSchedule::BackupSchedule(MainWindow *window)
    : QObject(window)
    , mWindow(window)
    , mTimer(new QTimer(this))
{
    mTimer->setInterval(kCheckEveryMs);
    connect(mTimer, &QTimer::timeout, this, &BackupSchedule::backUpIfDue);
    mTimer->start();
}

BackupSchedule::~BackupSchedule() { wait(); }

void BackupSchedule::wait()
{
    if (mThread)
        mThread->wait();
    // finished() of the thread may not have been delivered yet: its result was stored already.
}

QList<core::BackupCopy> BackupSchedule::copies() const
{
    const core::Database *db = mWindow->shop();
    return db ? core::AutoBackup::copies(db->path(), core::AutoBackup::folder(*db)) : QList<core::BackupCopy>();
}

bool BackupSchedule::backUpIfDue()
{
    const core::Database *db = mWindow->shop();
    // A read-only shop changes through no one here, and its folder usually takes no copies.
    if (!db || db->isReadOnly() || mThread)
        return false;
    const QString path = db->path();
    const QString folder = core::AutoBackup::folder(*db);
    const QDate day = today();
    if (!core::AutoBackup::isDue(core::AutoBackup::copies(path, folder), day))
        return false;
    // The thread opens the shop for itself: the window may close or switch shops meanwhile.
    auto result = std::make_shared<core::Result<core::BackupCopy>>(core::Error { QString() });
    mThread = QThread::create([path, folder, day, result] {
        auto shop = core::Database::open(path, core::Database::Mode::OpenExisting);
        *result = shop ? core::AutoBackup::write(**shop, folder, day) : core::Result<core::BackupCopy>(shop.error());
    });
    connect(mThread, &QThread::finished, this, [this, result] {
        mThread->deleteLater();
        mThread = nullptr;
        if (*result) {
            mWindow->statusBar()->showMessage(
                tr("Today's backup was written and checked: %1").arg(QDir::toNativeSeparators((*result)->path)), 8000);
            Q_EMIT finished(true, (*result)->path);
        } else {
            // Said in the status bar, not in a dialog: the work goes on, and the next hour tries again.
            const QString message = tr("The automatic backup failed: %1").arg(result->errorMessage());
            mWindow->statusBar()->showMessage(message, 15000);
            Q_EMIT finished(false, message);
        }
    });
    mThread->start(QThread::LowPriority);
    return true;
}

bool BackupSchedule::restore(const QString &copyPath)
{
    const core::Database *db = mWindow->shop();
    if (!db)
        return false;
    const QString path = db->path();
    const QString folder = core::AutoBackup::folder(*db);
    wait();
    mWindow->closeShop();
    QString kept;
    const core::Status s = core::AutoBackup::restore(copyPath, path, folder, &kept);
    const bool reopened = mWindow->openShop(path);
    if (!s) {
        mWindow->showError(s.errorMessage());
        return false;
    }
    if (reopened)
        mWindow->statusBar()->showMessage(tr("The shop was restored from %1; the file as it was before is kept as %2.")
                                              .arg(QDir::toNativeSeparators(copyPath), QDir::toNativeSeparators(kept)),
            15000);
    return reopened;
}

void BackupSchedule::restoreDialog()
{
    if (!mWindow->shop()) {
        mWindow->showError(tr("Open a shop first; then it can be restored from one of its backups."));
        return;
    }
    const QList<core::BackupCopy> all = copies();
    const QString folder = QDir::toNativeSeparators(core::AutoBackup::folder(*mWindow->shop()));
    if (all.isEmpty()) {
        mWindow->showError(tr("There are no automatic backups of this shop in %1 yet.").arg(folder));
        return;
    }
    auto *dialog = new QDialog(mWindow);
    dialog->setObjectName(QStringLiteral("restoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Restore from backup"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Backups in %1:").arg(folder), dialog));
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("copies"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({ tr("Date"), tr("Size") });
    const QLocale locale;
    for (const core::BackupCopy &c : all) {
        auto *item = new QTreeWidgetItem(
            list, { locale.toString(c.day, QLocale::LongFormat), locale.formattedDataSize(c.bytes) });
        item->setData(0, Qt::UserRole, c.path);
    }
    list->setCurrentItem(list->topLevelItem(0));
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list);
    layout->addWidget(
        new QLabel(tr("The shop as it is now is backed up first, then replaced by the chosen copy."), dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, list] {
        QTreeWidgetItem *item = list->currentItem();
        if (!item)
            return;
        const QString copy = item->data(0, Qt::UserRole).toString();
        const auto answer = QMessageBox::question(dialog, tr("Restore from backup"),
            tr("Replace the shop by its backup of %1? Everything entered since then is no longer in the shop "
               "(the current file is kept as a backup).")
                .arg(item->text(0)));
        if (answer != QMessageBox::Yes)
            return;
        dialog->accept();
        restore(copy);
    });
    dialog->open();
}

} // namespace shopdesk::app
