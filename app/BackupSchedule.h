#pragma once

#include <shopdesk/core/AutoBackup.h>

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

class QTimer;

namespace shopdesk::app {

class MainWindow;

/// The open shop's automatic backup, for the window: when a shop opens whose newest copy is
/// older than today, and every hour while it stays open, today's verified copy is written on a
/// thread of its own (the window goes on meanwhile) into the folder of core::AutoBackup; and
/// File → Restore from backup… puts a copy back.
class BackupSchedule : public QObject {
    Q_OBJECT
public:
    explicit BackupSchedule(MainWindow *window);
    ~BackupSchedule() override;

    /// Starts today's copy of the open shop when one is due; false when none was started.
    bool backUpIfDue();
    /// Whether a copy is being written now.
    bool running() const { return mThread != nullptr; }
    /// Waits for a running copy to end (a restore, the window closing).
    void wait();
    /// The open shop's copies, newest first.
    QList<core::BackupCopy> copies() const;
    /// Closes the shop, puts `copyPath` in its place (the current file kept first), reopens it.
    bool restore(const QString &copyPath);
    /// Lists the copies and restores the chosen one, after asking.
    void restoreDialog();

    /// The day that counts as today (tests).
    void setToday(std::function<QDate()> today) { mToday = std::move(today); }

Q_SIGNALS:
    /// A copy was written (or failed: `ok` false, `message` why).
    void finished(bool ok, const QString &message);

private:
    QDate today() const { return mToday ? mToday() : QDate::currentDate(); }

    MainWindow *mWindow;
    QTimer *mTimer;
    QThread *mThread = nullptr;
    std::function<QDate()> mToday;
};

} // namespace shopdesk::app
