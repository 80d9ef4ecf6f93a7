#pragma once

#include "shopdesk/core/Result.h"
#include "shopdesk/core/ShopSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace shopdesk::core {

class Database;

/// One automatic copy of a shop: `<shop name>-yyyy-MM-dd.shopdesk` in the backup folder.
struct BackupCopy {
    QString path;
    QDate day;
    qint64 bytes = 0;
};

/// The shop's automatic daily backup: a verified copy (VACUUM INTO, then an integrity check of the
/// copy) once a day, in a folder beside the shop file or the one named in the shop settings; the
/// last 7 copies and 12 month-end copies are kept, older ones removed. Files are owner-only (0600)
/// and the folder too (0700). Used by the window (on a worker thread) and `shopdesk-cli backup --auto`.
class AutoBackup {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::AutoBackup)
public:
    static constexpr int kDailyKept = 7;
    static constexpr int kMonthEndsKept = 12;
    /// The folder chosen in Shop settings; empty: beside the shop file.
    static inline const Setting<QString> kFolder { QStringLiteral("backup.folder") };

    /// `<folder of the shop>/<shop name>-backups`.
    static QString defaultFolder(const QString &shopPath);
    /// The folder for this shop: the chosen one, else the default.
    static QString folder(const Database &db);
    /// The name of the copy of `day`.
    static QString fileName(const QString &shopPath, QDate day);
    /// The automatic copies of this shop in `folder`, newest first.
    static QList<BackupCopy> copies(const QString &shopPath, const QString &folder);

    /// The rotation rule: of the days that have a copy, the ones to keep (newest first): the 7
    /// newest, and the newest copy of each of the 12 months before the newest copy's month
    /// (month-end copies).
    static QList<QDate> kept(QList<QDate> days);
    /// Whether a copy is due: none yet, or the newest is from before `today`.
    static bool isDue(const QList<BackupCopy> &copies, QDate today);

    /// Writes today's copy into `folder` (made when missing) and verifies it; on any failure
    /// nothing is left behind. Then removes the copies the rotation no longer keeps.
    static Result<BackupCopy> write(const Database &db, const QString &folder, QDate today);
    /// PRAGMA integrity_check (and the schema check) of a copy: an error naming it when unsound.
    static Status verify(const QString &copyPath);
    /// The copies of the shop in `folder` the rotation no longer keeps, removed; their paths.
    static QStringList prune(const QString &shopPath, const QString &folder);

    /// Puts the copy `copyPath` in place of the shop file `shopPath`, which must not be open in
    /// this process: the copy is verified first, then the current file is kept as
    /// `<shop name>-before-restore-<time>.shopdesk` in `folder` (its path in `*keptAs`), then the
    /// copy replaces it. Nothing changes when any step fails.
    static Status restore(const QString &copyPath, const QString &shopPath, const QString &folder, QString *keptAs);
};

} // namespace shopdesk::core
