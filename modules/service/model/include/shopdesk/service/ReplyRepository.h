#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::service {

/// A standard answer (标准回答 / 快捷短语) in the agents' library.
struct Reply {
    qint64 id = 0;
    QString group; ///< presale | insale | aftersale | payment | logistics | returns | review | restock | autoreply |
                   ///< status | the store's own
    QString code; ///< short code the agent types, unique (e.g. wl)
    QString title;
    QString body; ///< text with {占位符} placeholders
    int sortOrder = 0;
};

/// The reply library.
class ReplyRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::ReplyRepository)
public:
    explicit ReplyRepository(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<qint64> add(const Reply &reply);
    core::Result<QList<Reply>> all() const;
    core::Result<std::optional<Reply>> byCode(const QString &code) const;
    /// Changes the reply with `reply.id` (code kept unique).
    core::Status update(const Reply &reply);
    core::Status remove(qint64 id);
    /// Puts the reply back with its old id (undo of remove).
    core::Status restore(const Reply &reply);
    /// The whole library becomes `replies` (ids kept), in one transaction: undo of an import.
    core::Status replaceAll(const QList<Reply> &replies);
    /// Adds new codes and updates existing ones, all in one transaction. Gives (added, updated).
    core::Result<QPair<int, int>> upsertAll(const QList<Reply> &replies);

    /// Display name of a built-in group code (售前 …); a store's own group shows as typed.
    static QString groupName(const QString &code);
    static QStringList builtInGroups();
    /// The group code for a name as a user may write it (code, Chinese or English name).
    static QString groupCode(const QString &nameOrCode);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
