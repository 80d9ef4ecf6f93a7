#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk::service {

/// One placeholder a reply may carry: its canonical key, its Chinese name and English aliases.
struct PlaceholderSpec {
    QString key; ///< canonical, e.g. "tracking"
    QString chineseName; ///< e.g. 运单号 (written {运单号})
    QStringList aliases; ///< English names, e.g. tracking, tracking_no
};

/// The facts that fill placeholders, by canonical key. An empty value counts as missing.
using Facts = QHash<QString, QString>;

/// What filling a reply gave. `text` is only set when every placeholder had a value: a reply is
/// never produced with a blank or a raw {…} left in it.
struct FillResult {
    QString text;
    QStringList missing; ///< canonical keys of known placeholders without a value (in order, once each)
    QStringList unknown; ///< placeholder names that are not placeholders at all, as written
    bool complete() const { return missing.isEmpty() && unknown.isEmpty(); }
};

/// Fills {占位符} placeholders ({买家} {订单号} {宝贝} {颜色} {尺码} {可用库存} {快递} {运单号} {发货日期}
/// {付款时间} {退货地址} {银行账号} {店铺} {促销}, or their English aliases {buyer} {order} …).
class ReplyFiller {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::ReplyFiller)
public:
    static const QList<PlaceholderSpec> &placeholders();
    /// The canonical key for a name as written between braces (Chinese or alias), or empty.
    static QString keyFor(const QString &name);
    /// "{运单号}" — how a key is written in the Chinese library.
    static QString braced(const QString &key);
    /// Translated name of a fact ("tracking number" / 运单号) for prompts and messages.
    static QString label(const QString &key);
    /// Canonical keys used by `text`, in order of appearance, once each.
    static QStringList keysIn(const QString &text);
    /// Placeholder names in `text` that are not known placeholders.
    static QStringList unknownIn(const QString &text);

    static FillResult fill(const QString &text, const Facts &facts);
    /// Several replies as one message, one per line; complete only if every one is.
    static FillResult stack(const QStringList &texts, const Facts &facts);

    /// "Cannot fill: tracking number, dispatch date" — names every missing or unknown fact.
    static QString refusal(const FillResult &result);
};

} // namespace shopdesk::service
