#include "ReplyCommands.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <utility>

namespace shopdesk::service {

namespace {
struct ReplyCommands {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::ReplyCommands)
};
} // namespace

core::UndoCommand *newAddReplyCommand(
    ReplyService &replies, core::ShopEvents &events, const Reply &reply, std::shared_ptr<ReplyOutcome> outcome)
{
    return new core::CallCommand([code = reply.code] { return ReplyCommands::tr("Add reply %1").arg(code); }, events,
        core::Topic::Replies,
        [&replies, reply, outcome]() -> core::Status {
            Reply copy = reply;
            if (outcome->id) {
                copy.id = outcome->id;
                return replies.restore(copy);
            }
            auto id = replies.add(copy);
            if (!id)
                return id.status();
            outcome->id = *id;
            outcome->ok = true;
            return {};
        },
        [&replies, outcome] { return replies.remove(outcome->id); });
}

core::UndoCommand *newEditReplyCommand(ReplyService &replies, core::ShopEvents &events, const Reply &old,
    const Reply &now, std::shared_ptr<ReplyOutcome> outcome, std::optional<qint64> seen,
    std::function<std::optional<qint64>()> current)
{
    auto first = std::make_shared<std::optional<qint64>>(seen);
    auto held = [current]() -> std::optional<qint64> { return current ? current() : std::nullopt; };
    return new core::CallCommand([code = now.code] { return ReplyCommands::tr("Edit reply %1").arg(code); }, events,
        core::Topic::Replies,
        [&replies, now, outcome, first, held] {
            const std::optional<qint64> version = *first ? std::exchange(*first, std::nullopt) : held();
            core::Status s = replies.update(now, version);
            outcome->ok = s.ok();
            return s;
        },
        [&replies, old, held] { return replies.update(old, held()); });
}

core::UndoCommand *newDeleteReplyCommand(ReplyService &replies, core::ShopEvents &events, const Reply &old)
{
    return new core::CallCommand([code = old.code] { return ReplyCommands::tr("Delete reply %1").arg(code); }, events,
        core::Topic::Replies, [&replies, old] { return replies.remove(old.id); },
        [&replies, old] { return replies.restore(old); });
}

core::UndoCommand *newImportLibraryCommand(ReplyService &replies, core::ShopEvents &events, const QString &path,
    const QList<Reply> &before, std::shared_ptr<ReplyOutcome> outcome)
{
    auto after = std::make_shared<QList<Reply>>();
    return new core::CallCommand(
        [file = QFileInfo(path).fileName()] { return ReplyCommands::tr("Import replies from %1").arg(file); }, events,
        core::Topic::Replies,
        [&replies, path, outcome, after]() -> core::Status {
            if (outcome->ok)
                return replies.replaceAll(*after);
            auto r = replies.importCsv(path);
            if (!r)
                return r.status();
            auto all = replies.all();
            if (!all)
                return all.status();
            *after = *all;
            outcome->summary
                = ReplyCommands::tr("Imported: %1 replies added, %2 updated.").arg(r->added).arg(r->updated);
            outcome->ok = true;
            return {};
        },
        [&replies, before] { return replies.replaceAll(before); });
}

} // namespace shopdesk::service
