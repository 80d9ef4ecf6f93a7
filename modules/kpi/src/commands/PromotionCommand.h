#pragma once

#include <shopdesk/core/PromotionRepository.h>

#include <QUndoCommand>

#include <functional>

namespace shopdesk::kpi {

/// Adds (or removes) one of the store's own promotion dates on the shop's one calendar (which the
/// stock reorder warning reads); undo does the opposite.
class PromotionCommand : public QUndoCommand {
public:
    using Done = std::function<void(const core::Status &)>;
    PromotionCommand(const core::Database &db, QDate day, QString name, bool add, const QString &text, Done done);

    void redo() override;
    void undo() override;

private:
    void apply(bool add);
    const core::Database &mDb;
    QDate mDay;
    QString mName;
    bool mAdd;
    Done mDone;
};

} // namespace shopdesk::kpi
