#pragma once

#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::service {

/// One breach of the house style, named with its reason.
struct StyleViolation {
    QString rule; ///< greeting | ending | delivery_promise | placeholder
    QString reason; ///< translated, for the agent
    QString excerpt; ///< the offending words, when there are some
};

/// The house style of every answer (shared/DOMAIN.md): opens with 亲; ends softly (呢 / 哦 / 哈 /
/// 啊, optionally followed by punctuation or an emoticon); never promises a delivery time
/// (patterns in resources/service/delivery_promises.txt, extendable); the dispatch time may be
/// promised.
class HouseStyle {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::HouseStyle)
public:
    /// The built-in patterns only.
    HouseStyle();
    /// The built-in patterns plus the shop's own (setting kExtraPatternsSetting).
    static HouseStyle forShop(const core::Database &db);

    static inline const core::Setting<QString> kExtraPatternsSetting { QStringLiteral(
        "service.style.delivery_patterns") };

    /// Adds patterns, one regular expression per line ('#' comments). Invalid ones are reported.
    QStringList addPatterns(const QString &lines);
    QStringList patterns() const;

    QList<StyleViolation> check(const QString &text) const;
    /// The violations as one line each ("reason: excerpt").

    /// Particles that end an answer softly.
    static QString softEndings();

private:
    QList<QRegularExpression> mPatterns;
};

} // namespace shopdesk::service
