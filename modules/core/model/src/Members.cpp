#include "shopdesk/core/Members.h"

namespace shopdesk::core {

Money MemberThresholds::lowest(MemberTier tier) const
{
    switch (tier) {
    case MemberTier::Gift:
        return gift;
    case MemberTier::Discount:
        return discount;
    case MemberTier::Care:
        return care;
    case MemberTier::None:
        break;
    }
    return {};
}

std::optional<Money> MemberThresholds::nextAbove(MemberTier tier) const
{
    switch (tier) {
    case MemberTier::None:
        return care;
    case MemberTier::Care:
        return discount;
    case MemberTier::Discount:
        return gift;
    case MemberTier::Gift:
        break;
    }
    return std::nullopt;
}

MemberThresholds Members::thresholds(const ShopSettings &settings)
{
    MemberThresholds t;
    auto read = [&](const Setting<QString> &s, Money &into) {
        if (auto m = Money::parse(settings.get(s)); m.ok() && m->fen() > 0)
            into = *m;
    };
    read(kCareSetting, t.care);
    read(kDiscountSetting, t.discount);
    read(kGiftSetting, t.gift);
    if (!problem(t).isEmpty())
        return MemberThresholds {};
    return t;
}

QString Members::problem(const MemberThresholds &t)
{
    if (t.care.fen() <= 0)
        return tr("The care tier's threshold must be above ¥0.");
    if (t.discount <= t.care)
        return tr("The discount tier's threshold (%1) must be above the care tier's (%2).")
            .arg(t.discount.toDisplayString(), t.care.toDisplayString());
    if (t.gift <= t.discount)
        return tr("The gift tier's threshold (%1) must be above the discount tier's (%2).")
            .arg(t.gift.toDisplayString(), t.discount.toDisplayString());
    return {};
}

Status Members::setThresholds(ShopSettings &settings, const MemberThresholds &t)
{
    if (const QString p = problem(t); !p.isEmpty())
        return Error { p };
    ShopSettings::Batch batch;
    batch.set(kCareSetting, t.care.toPlainString())
        .set(kDiscountSetting, t.discount.toPlainString())
        .set(kGiftSetting, t.gift.toPlainString());
    return settings.apply(batch);
}

MemberTier Members::tierFor(Money spend, const MemberThresholds &t)
{
    if (spend >= t.gift)
        return MemberTier::Gift;
    if (spend >= t.discount)
        return MemberTier::Discount;
    if (spend >= t.care)
        return MemberTier::Care;
    return MemberTier::None;
}

QString Members::code(MemberTier tier)
{
    switch (tier) {
    case MemberTier::Gift:
        return QStringLiteral("gift");
    case MemberTier::Discount:
        return QStringLiteral("discount");
    case MemberTier::Care:
        return QStringLiteral("care");
    case MemberTier::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<MemberTier> Members::fromCode(const QString &code)
{
    for (MemberTier t : tiers())
        if (Members::code(t) == code.trimmed().toLower())
            return t;
    return std::nullopt;
}

QList<MemberTier> Members::tiers()
{
    return { MemberTier::Gift, MemberTier::Discount, MemberTier::Care, MemberTier::None };
}

QString Members::name(MemberTier tier)
{
    switch (tier) {
    case MemberTier::Gift:
        return tr("Gift member");
    case MemberTier::Discount:
        return tr("Discount member");
    case MemberTier::Care:
        return tr("Care member");
    case MemberTier::None:
        break;
    }
    return tr("Not yet a member");
}

QString Members::entitlement(MemberTier tier)
{
    switch (tier) {
    case MemberTier::Gift:
        return tr("a gift with the next order, member discounts, care messages and promotion notices");
    case MemberTier::Discount:
        return tr("member discounts, care messages and promotion notices");
    case MemberTier::Care:
        return tr("care messages and promotion notices");
    case MemberTier::None:
        break;
    }
    return tr("nothing yet");
}

QString Members::maskPhone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.size() < 7)
        return p;
    return p.left(3) + QStringLiteral("****") + p.right(4);
}

} // namespace shopdesk::core
