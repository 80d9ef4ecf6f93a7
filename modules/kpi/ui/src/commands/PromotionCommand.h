#pragma once

#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/UndoCommand.h>

#include <functional>

namespace shopdesk::kpi {

/// Adds (or removes) one of the store's own promotion dates on the shop's one calendar (which the
/// stock reorder warning reads); undo does the opposite.
class PromotionCommand : public core::UndoCommand {
public:
    using Done = std::function<void(const core::Status &)>;
    PromotionCommand(
        const core::PanelContext &context, QDate day, QString name, bool add, const QString &text, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status change(bool add);
    const core::Database &mDb;
    QDate mDay;
    QString mName;
    bool mAdd;
};

} // namespace shopdesk::kpi
