#pragma once

#include "shopdesk/inventory/StocktakeRepository.h"

#include <shopdesk/core/UndoCommand.h>

#include <functional>

namespace shopdesk::inventory {

/// A typed count for one SKU (sets its count); undo sets the count back.
class TypedCountCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::TypedCountCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    TypedCountCommand(const core::PanelContext &context, qint64 countId, qint64 skuId, qint64 before, qint64 after,
        QString label, QString actor, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status set(qint64 counted);
    const core::Database &mDb;
    qint64 mCountId, mSkuId, mBefore, mAfter;
    QString mActor;
};

} // namespace shopdesk::inventory
