#include "shopdesk/core/AutoBackup.h"

#include "shopdesk/core/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace shopdesk::core {

namespace {
const QString kDayFormat = QStringLiteral("yyyy-MM-dd");

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

Status makeFolder(const QString &folder)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error { AutoBackup::tr("The backup folder “%1” cannot be made. Choose another one in Shop settings.")
                           .arg(shown(folder)) };
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

// Replaces `target` by `source` in one step (same folder).
bool replaceFile(const QString &source, const QString &target)
{
    return std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0;
}
} // namespace

QString AutoBackup::defaultFolder(const QString &shopPath)
{
    const QFileInfo fi(shopPath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-backups"));
}

QString AutoBackup::folder(const Database &db)
{
    const QString chosen = ShopSettings(db).get(kFolder).trimmed();
    return chosen.isEmpty() ? defaultFolder(db.path()) : QDir::cleanPath(chosen);
}

QString AutoBackup::fileName(const QString &shopPath, QDate day)
{
    return QStringLiteral("%1-%2.shopdesk").arg(QFileInfo(shopPath).completeBaseName(), day.toString(kDayFormat));
}

QList<BackupCopy> AutoBackup::copies(const QString &shopPath, const QString &folder)
{
    const QRegularExpression name(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})\\.shopdesk$")
                                      .arg(QRegularExpression::escape(QFileInfo(shopPath).completeBaseName())));
    QList<BackupCopy> out;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        const QRegularExpressionMatch m = name.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        const QDate day = QDate::fromString(m.captured(1), kDayFormat);
        if (day.isValid())
            out.append({ fi.absoluteFilePath(), day, fi.size() });
    }
    std::sort(out.begin(), out.end(), [](const BackupCopy &a, const BackupCopy &b) { return a.day > b.day; });
    return out;
}

QList<QDate> AutoBackup::kept(QList<QDate> days)
{
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<QDate> out = days.mid(0, kDailyKept);
    if (days.isEmpty())
        return out;
    const int newestMonth = days.first().year() * 12 + days.first().month();
    int lastMonth = newestMonth;
    int monthEnds = 0;
    for (const QDate &d : std::as_const(days)) {
        const int month = d.year() * 12 + d.month();
        if (month == lastMonth)
            continue; // the newest copy of a month is the first one met
        lastMonth = month;
        if (++monthEnds > kMonthEndsKept)
            break;
        if (!out.contains(d))
            out << d;
    }
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

bool AutoBackup::isDue(const QList<BackupCopy> &copies, QDate today)
{
    return copies.isEmpty() || copies.first().day < today;
}

Status AutoBackup::verify(const QString &copyPath)
{
    auto copy = Database::open(copyPath, Database::Mode::Examine);
    if (!copy)
        return Error { tr("The backup “%1” cannot be read: %2").arg(shown(copyPath), copy.errorMessage()) };
    auto problems = (*copy)->integrityCheck();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error { tr("The backup “%1” is damaged: %2").arg(shown(copyPath), problems->first()) };
    return {};
}

Result<BackupCopy> AutoBackup::write(const Database &db, const QString &folder, QDate today)
{
    if (Status s = makeFolder(folder); !s)
        return s.error();
    const QString target = QDir(folder).filePath(fileName(db.path(), today));
    if (!QFileInfo::exists(target)) {
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        if (Status s = db.backupTo(partial); !s)
            return s.error();
        if (Status s = verify(partial); !s) {
            QFile::remove(partial);
            return s.error();
        }
        if (!replaceFile(partial, target)) {
            QFile::remove(partial);
            return Error { tr("The backup “%1” could not be written.").arg(shown(target)) };
        }
        Database::makeOwnerOnly(target);
    }
    prune(db.path(), folder);
    return BackupCopy { target, today, QFileInfo(target).size() };
}

QStringList AutoBackup::prune(const QString &shopPath, const QString &folder)
{
    const QList<BackupCopy> all = copies(shopPath, folder);
    QList<QDate> days;
    for (const BackupCopy &c : all)
        days << c.day;
    const QList<QDate> keep = kept(days);
    QStringList removed;
    for (const BackupCopy &c : all)
        if (!keep.contains(c.day) && QFile::remove(c.path))
            removed << c.path;
    return removed;
}

Status AutoBackup::restore(const QString &copyPath, const QString &shopPath, const QString &folder, QString *keptAs)
{
    if (Database::isOpenInThisProcess(shopPath))
        return Error { tr("Close the shop “%1” before restoring it.").arg(shown(shopPath)) };
    if (Status s = verify(copyPath); !s)
        return s;
    if (Status s = makeFolder(folder); !s)
        return s;
    // The current file first, whatever state it is in.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString before = QDir(folder).filePath(
        QStringLiteral("%1-before-restore-%2.shopdesk").arg(QFileInfo(shopPath).completeBaseName(), stamp));
    if (QFileInfo::exists(shopPath)) {
        bool saved = false;
        {
            auto current = Database::open(shopPath, Database::Mode::OpenExisting);
            saved = current && (*current)->backupTo(before).ok();
        } // closed before the file is replaced
        if (!saved) {
            // A shop that no longer opens is kept byte for byte.
            if (!QFile::copy(shopPath, before))
                return Error {
                    tr("The current shop could not be kept as “%1”; nothing was restored.").arg(shown(before))
                };
        }
        Database::makeOwnerOnly(before);
    }
    const QString incoming = shopPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(copyPath, incoming))
        return Error { tr("The backup “%1” could not be copied next to the shop.").arg(shown(copyPath)) };
    Database::makeOwnerOnly(incoming);
    // The old file's write-ahead log belongs to the old file: it must not be replayed into the copy.
    QFile::remove(shopPath + QStringLiteral("-wal"));
    QFile::remove(shopPath + QStringLiteral("-shm"));
    if (!replaceFile(incoming, shopPath)) {
        QFile::remove(incoming);
        return Error { tr("The shop “%1” could not be replaced by the backup.").arg(shown(shopPath)) };
    }
    if (keptAs)
        *keptAs = QFileInfo::exists(before) ? before : QString();
    return {};
}

} // namespace shopdesk::core
