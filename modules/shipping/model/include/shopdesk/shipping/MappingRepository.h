#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

/// What makes two lines of the platform's export "alike" for the shop's mappings (商品对应关系):
/// the same 商家编码 (outer code) and the same colour and size in the attributes; a line without an
/// outer code, the same title and the same colour and size.
struct MappingKey {
    QString kind; ///< "code" (source is the outer code) or "title" (source is the title)
    QString source, color, size;

    static inline const QString kCode = QStringLiteral("code");
    static inline const QString kTitle = QStringLiteral("title");

    /// The key of an export line.
    static MappingKey ofLine(const QString &title, const QString &attributes, const QString &merchantCode);
    /// The key as SkuCatalog looks it up.
    QString hashKey() const;
    bool operator==(const MappingKey &) const = default;
};

/// One remembered mapping and the SKU it gives.
struct SkuMapping {
    qint64 id = 0;
    MappingKey key;
    qint64 skuId = 0;
    QString barcode, itemCode, itemTitle, skuColor, skuSize; ///< the SKU, as the view shows it
    QString actor;
    QDateTime at;
};

/// A change of one mapping, as far as undoing it needs: the SKU the key gave before (none: no
/// mapping), the SKU it gives after (none: removed), and the lines of queued orders it matched.
struct MappingChange {
    MappingKey key;
    std::optional<qint64> before, after;
    QList<qint64> matchedLines;
};

/// The shop's mappings (shipping_mappings): reading them, and each change in one transaction, as
/// the mappings view, the queue and shopdesk-cli make them.
class MappingRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::MappingRepository)
public:
    explicit MappingRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Every mapping, by kind, source, colour and size.
    core::Result<QList<SkuMapping>> list() const;
    core::Result<std::optional<SkuMapping>> find(const MappingKey &key) const;

    /// Sets the SKU the key gives (none removes the mapping); every still unmatched line of a queued
    /// order that is like it is matched to that SKU at once.
    core::Result<MappingChange> set(const MappingKey &key, std::optional<qint64> skuId, const QString &actor);
    /// The clerk matched an unmatched line to a SKU: the mapping is remembered and every line like
    /// it matched too (set() with the line's key).
    core::Result<MappingChange> resolveLine(qint64 lineId, qint64 skuId, const QString &actor);
    /// Undoes a change: the key gives the SKU it gave before (or nothing again), and the lines the
    /// change matched are unmatched (those still matched to its SKU).
    core::Status undo(const MappingChange &change, const QString &actor);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
