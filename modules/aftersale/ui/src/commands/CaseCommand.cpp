#include "CaseCommand.h"

#include "shopdesk/aftersale/AftersaleService.h"

namespace shopdesk::aftersale {

CaseCommand::CaseCommand(core::UndoText text, const core::PanelContext &context, AftersaleService &service,
    QString action, Step step, Done done, core::Topic topic)
    : core::UndoCommand(std::move(text), context.events, topic)
    , mService(service)
    , mAction(std::move(action))
    , mActor(context.actor)
    , mStep(std::move(step))
{
    setDone(std::move(done));
}

core::Status CaseCommand::apply()
{
    auto no = mStep();
    if (no)
        mCaseNo = *no;
    return no.status();
}

core::Status CaseCommand::revert() { return mService.undo(mCaseNo, mAction, mActor); }

} // namespace shopdesk::aftersale
