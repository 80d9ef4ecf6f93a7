#pragma once

#include "shopdesk/service/ReplyService.h"

#include <shopdesk/core/UndoCommand.h>

#include <functional>
#include <memory>
#include <optional>

namespace shopdesk::service {

/// What a reply command did, for the view that pushed it (QUndoStack may delete a command that
/// failed as soon as it is pushed).
struct ReplyOutcome {
    bool ok = false;
    qint64 id = 0; ///< the added reply's id
    QString summary; ///< an import's counts
};

/// Adds `reply` (undo removes it; redo puts it back with the same id).
core::UndoCommand *newAddReplyCommand(
    ReplyService &replies, core::ShopEvents &events, const Reply &reply, std::shared_ptr<ReplyOutcome> outcome);
/// Writes `now` over `old` (same id). `seen` is the version the editor was filled from (the first
/// redo is refused when another seat saved the reply since); `current` gives the version the view
/// holds now, for the undo and a later redo (core::RowVersions). Empty: no check.
core::UndoCommand *newEditReplyCommand(ReplyService &replies, core::ShopEvents &events, const Reply &old,
    const Reply &now, std::shared_ptr<ReplyOutcome> outcome, std::optional<qint64> seen = std::nullopt,
    std::function<std::optional<qint64>()> current = {});
core::UndoCommand *newDeleteReplyCommand(ReplyService &replies, core::ShopEvents &events, const Reply &old);
/// Imports a library CSV as one step: the first redo imports; undo puts the old library back; a
/// later redo the imported one.
core::UndoCommand *newImportLibraryCommand(ReplyService &replies, core::ShopEvents &events, const QString &path,
    const QList<Reply> &before, std::shared_ptr<ReplyOutcome> outcome);

} // namespace shopdesk::service
