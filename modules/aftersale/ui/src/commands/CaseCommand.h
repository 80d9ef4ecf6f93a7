#pragma once

#include <shopdesk/core/Result.h>
#include <shopdesk/core/UndoCommand.h>

#include <functional>

namespace shopdesk::aftersale {

class AftersaleService;

/// One step of an after-sale case (open, receive, refund, resend, close) as an undoable command:
/// redo makes the step through one service call, undo takes it back through one
/// (AftersaleService::undo, which refuses when the case has moved on since).
class CaseCommand : public core::UndoCommand {
public:
    /// `step` makes the step and gives the case's number (a new one when it opens the case).
    using Step = std::function<core::Result<QString>()>;
    CaseCommand(core::UndoText text, const core::PanelContext &context, AftersaleService &service, QString action,
        Step step, Done done, core::Topic topic = core::Topic::Orders);

    QString caseNo() const { return mCaseNo; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    AftersaleService &mService;
    QString mAction, mActor, mCaseNo;
    Step mStep;
};

} // namespace shopdesk::aftersale
