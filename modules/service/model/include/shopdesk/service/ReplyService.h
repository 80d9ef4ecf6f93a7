#pragma once

#include "shopdesk/service/HouseStyle.h"
#include "shopdesk/service/ReplyFiller.h"
#include "shopdesk/service/ReplyLibrary.h"
#include "shopdesk/service/ReplyRepository.h"

#include <shopdesk/core/Members.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::service {

/// What the replies view needs of the shop: the library, the facts that fill it, the house style
/// and the library as a file. Made once by the workbench and handed to its views.
class ReplyService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::ReplyService)
public:
    explicit ReplyService(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<QList<Reply>> all() const;
    /// The reply with `id` as the shop file holds it now (none when it was removed).
    core::Result<std::optional<Reply>> byId(qint64 id) const;
    core::Result<qint64> add(const Reply &reply);
    /// `seen`: the reply's version the editor was filled from (core::RowVersions): refused, naming
    /// who, when another seat saved the reply since. Without one it is saved all the same.
    core::Status update(const Reply &reply, std::optional<qint64> seen = std::nullopt);
    /// Every reply's version by id, read before the replies a view shows.
    core::Result<QHash<qint64, qint64>> versions() const;
    core::Status remove(qint64 id);
    core::Status restore(const Reply &reply);
    core::Status replaceAll(const QList<Reply> &replies);
    core::Result<ReplyTransfer::ImportSummary> importCsv(const QString &path);
    core::Result<int> exportFile(const QString &path) const;

    Facts shopFacts() const;
    core::Result<Facts> factsFor(const QString &orderOrBuyer) const;
    HouseStyle houseStyle() const;
    /// The buyer's member tier (会员) from their paid orders; none when there is no such buyer.
    core::Result<std::optional<core::MemberStanding>> memberOf(const QString &nick) const
    {
        return core::MemberRepository(mDb).standingOf(nick);
    }

    /// The replies kept with the library for the platform: the auto-reply and the status line
    /// (the first of the groups autoreply / status, else the demo's codes auto / promo).
    struct Standing {
        std::optional<Reply> autoReply, status;
    };
    static Standing standing(const QList<Reply> &library);

    static QString groupName(const QString &code) { return ReplyRepository::groupName(code); }
    static QStringList builtInGroups() { return ReplyRepository::builtInGroups(); }
    static QString groupCode(const QString &nameOrCode) { return ReplyRepository::groupCode(nameOrCode); }

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
