#pragma once

#include "ListingsCommand.h"

namespace shopdesk::listings {

/// Changes the workbench's shop settings (peak hours, showcase slots, main items' minimum, the
/// shop's own absolute words) together; undo restores the earlier values.
class ChangeSettingsCommand : public ListingsCommand {
public:
    using Values = QList<QPair<QString, QString>>;
    ChangeSettingsCommand(
        ListingsService &service, core::ShopEvents &events, core::UndoText text, Values before, Values after);

protected:
    core::Status apply() override { return service().setSettings(mAfter); }
    core::Status revert() override { return service().setSettings(mBefore); }

private:
    Values mBefore, mAfter;
};

} // namespace shopdesk::listings
