#pragma once

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/Result.h>

#include <QUndoCommand>

#include <functional>

namespace shopdesk::service {

/// A user edit whose redo and undo are each one repository call (its own transaction). A failure
/// is reported through ShopEvents and announced as a change so panels show what the file holds.
class RepositoryCommand : public QUndoCommand {
public:
    using Step = std::function<core::Status()>;
    RepositoryCommand(const QString &text, core::ShopEvents &events, core::Topic topic, Step redo, Step undo);

    void redo() override;
    void undo() override;
    /// False when the last redo/undo failed.
    bool succeeded() const { return mOk; }

private:
    void run(const Step &step);
    core::ShopEvents &mEvents;
    core::Topic mTopic;
    Step mRedo, mUndo;
    bool mOk = true;
};

} // namespace shopdesk::service
