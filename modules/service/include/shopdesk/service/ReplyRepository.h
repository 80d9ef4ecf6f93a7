#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::service {

/// A standard answer (标准回答 / 快捷短语) in the agents' library.
struct Reply {
    qint64 id = 0;
    QString group; ///< presale | insale | aftersale | payment | logistics | returns | review | restock | the store's own
    QString code;  ///< short code the agent types, unique (e.g. wl)
    QString title;
    QString body;  ///< text with {占位符} placeholders
    int sortOrder = 0;
};

/// The reply library.
class ReplyRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::ReplyRepository)
public:
    explicit ReplyRepository(const core::Database &db) : mDb(db) {}

    core::Result<qint64> add(const Reply &reply);
    core::Result<QList<Reply>> all() const;

    /// Display name of a built-in group code (售前 …); a store's own group shows as typed.
    static QString groupName(const QString &code);
    static QStringList builtInGroups();

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
