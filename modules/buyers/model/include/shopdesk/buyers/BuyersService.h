#pragma once

#include "shopdesk/buyers/BuyersRepository.h"

#include <shopdesk/core/Members.h>

#include <QCoreApplication>

namespace shopdesk::buyers {

/// What the buyers workbench and `shopdesk-cli buyers|members` need of the shop: the buyer list
/// (sorted by spend), a buyer's page, the profile agents record, the member tiers and their
/// thresholds, segments as files for the platform's customer-operations tools, repeat buyers.
/// Every write is one call in one transaction.
class BuyersService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::buyers::BuyersService)
public:
    explicit BuyersService(const core::Database &db)
        : mDb(db)
    {
    }

    /// The buyers matching `filter`, highest spend first (then by id): every one of them (the CLI,
    /// a segment's file). The view reads window() instead.
    core::Result<QVector<BuyerRow>> list(const BuyerFilter &filter) const;
    /// list() handed to `take` row by row as it is read, never all held (BuyersRepository::eachRow).
    core::Result<qint64> eachRow(
        const BuyerFilter &filter, const std::function<core::Status(const BuyerRow &)> &take) const;
    /// How many buyers match `filter` and what they spent, per tier (Members::tiers()' order; their
    /// sum is the whole count), from one aggregate. Brings the buyer summary up to date first, so
    /// a view calls it before reading windows.
    core::Result<QList<TierCount>> tierTotals(const BuyerFilter &filter) const;
    /// A window of the buyers matching `filter` (BuyersRepository::window's values).
    core::Result<QList<QVariantList>> window(const BuyerFilter &filter, const core::RowWindow &w) const;
    core::Result<std::optional<BuyerDetail>> detail(const QString &nick) const;
    /// Checks and stores a buyer's profile (height 50–250 cm, weight 20–300 kg). `seen`: the
    /// buyer's version the form was filled from (BuyerDetail::version); refused, naming who
    /// changed the buyer and when, when another PC saved it since, and nothing is written. Without
    /// one (an edit that read no version) the version is only counted on. Gives the new version.
    core::Result<qint64> saveProfile(
        const QString &nick, const BuyerProfile &profile, std::optional<qint64> seen = std::nullopt) const;
    /// saveProfile() without a version read.
    core::Status setProfile(const QString &nick, const BuyerProfile &profile) const
    {
        return saveProfile(nick, profile).status();
    }
    /// Why `profile` cannot be stored, or empty.
    static QString problem(const BuyerProfile &profile);

    core::MemberThresholds thresholds() const;
    core::Status setThresholds(const core::MemberThresholds &t) const;
    core::MemberTier tierOf(const BuyerRow &row) const;
    /// The tier counts of rows already read.
    static QList<TierCount> tierCounts(const QVector<BuyerRow> &rows, const core::MemberThresholds &t);

    /// Whether phones are shown masked (the shop setting buyers.mask_phone).
    bool maskPhones() const;
    /// Writes `rows` as .csv or .xlsx (by the file's ending): member name, name, phone (masked
    /// unless `fullPhones`), tier, spend, orders, last order, 钢丝客户. Gives the rows written.
    core::Result<int> exportRows(const QVector<BuyerRow> &rows, const QString &path, bool fullPhones) const;
    /// The buyers matching `filter` written as exportRows() writes them: a .csv row by row as they
    /// are read (never all held), an .xlsx (a workbook is written whole) from the rows gathered.
    /// `each`, when given, sees every row written too (the CLI lists them). Gives the rows written.
    core::Result<qint64> exportEach(const BuyerFilter &filter, const QString &path, bool fullPhones,
        const std::function<core::Status(const BuyerRow &)> &each = {}) const;

    core::Result<QList<core::RepeatFigures>> repeatByMonth(QDate firstMonth, QDate lastMonth) const;
    core::Result<QStringList> categories() const { return BuyersRepository(mDb).categories(); }

    /// The status as the UI shows it (已付款, 已发货 …).
    static QString statusName(const QString &code);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::buyers
