#pragma once

#include "shopdesk/inventory/StocktakeRepository.h"

#include <QUndoCommand>

#include <functional>

namespace shopdesk::inventory {

/// A typed count for one SKU (sets its count); undo sets the count back.
class TypedCountCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::TypedCountCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    TypedCountCommand(const core::Database &db, qint64 countId, qint64 skuId, qint64 before, qint64 after,
        QString label, QString actor, Done done);

    void redo() override;
    void undo() override;

private:
    void set(qint64 counted);
    const core::Database &mDb;
    qint64 mCountId, mSkuId, mBefore, mAfter;
    QString mActor;
    Done mDone;
};

} // namespace shopdesk::inventory
