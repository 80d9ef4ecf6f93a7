#pragma once

#include <QCoreApplication>
#include <QString>

namespace shopdesk::aftersale {

/// The after-sale codes in the store's words: 退货, 换货, 仅退款, 丢件, 破损, 无法派送, 拒收; 待处理,
/// 已收货, 已退款, 已换发, 已关闭.
class AftersaleTerms {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::aftersale::AftersaleTerms)
public:
    static QString kind(const QString &code);
    static QString state(const QString &code);
    static QString action(const QString &code);
    /// A kind from its code or its name in either language ("return", "退货", "Return"); empty when
    /// it is none.
    static QString kindCode(const QString &text);
};

} // namespace shopdesk::aftersale
