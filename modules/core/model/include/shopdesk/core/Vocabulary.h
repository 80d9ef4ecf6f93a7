#pragma once

#include <QCoreApplication>
#include <QString>

namespace shopdesk::core {

/// Display names for the codes stored in the shop file, in the store's own terms
/// (shared/DOMAIN.md): the file stores "traffic", the Chinese UI shows 引流款.
class Vocabulary {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Vocabulary)
public:
    static QString role(const QString &code);
    static QString moveKind(const QString &code);
    static QString platform(const QString &code);
    static QString category(const QString &code);
    static QString flag(const QString &code);
    /// Courier codes: STO 申通, YTO 圆通, ZTO 中通, YD 韵达, SF 顺丰, EMS.
    static QString courier(const QString &code);
    static QString yesNo(bool value);
};

} // namespace shopdesk::core
