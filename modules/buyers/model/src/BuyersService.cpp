#include "shopdesk/buyers/BuyersService.h"

#include <shopdesk/core/BuyerSummaryRepository.h>
#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/RowVersions.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/Vocabulary.h>
#include <shopdesk/core/WriteRetry.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace shopdesk::buyers {

using core::Error;
using core::Status;

namespace {
/// The buyers' kept totals brought up to the last order, run again when another PC got in the way.
Status caughtUp(const core::Database &db)
{
    return core::retrying([&] { return core::BuyerSummaryRepository(db).catchUp(); });
}
} // namespace

core::Result<QVector<BuyerRow>> BuyersService::list(const BuyerFilter &filter) const
{
    if (Status s = caughtUp(mDb); !s)
        return s.error();
    return BuyersRepository(mDb).rows(filter);
}

core::Result<qint64> BuyersService::eachRow(
    const BuyerFilter &filter, const std::function<core::Status(const BuyerRow &)> &take) const
{
    if (Status s = caughtUp(mDb); !s)
        return s.error();
    return BuyersRepository(mDb).eachRow(filter, take);
}

core::Result<QList<TierCount>> BuyersService::tierTotals(const BuyerFilter &filter) const
{
    if (Status s = caughtUp(mDb); !s)
        return s.error();
    return BuyersRepository(mDb).tierCounts(filter, thresholds());
}

core::Result<QList<QVariantList>> BuyersService::window(const BuyerFilter &filter, const core::RowWindow &w) const
{
    return BuyersRepository(mDb).window(filter, w);
}

core::Result<std::optional<BuyerDetail>> BuyersService::detail(const QString &nick) const
{
    return BuyersRepository(mDb).detail(nick);
}

QString BuyersService::problem(const BuyerProfile &p)
{
    if (p.heightCm && (*p.heightCm < 50 || *p.heightCm > 250))
        return tr("Height must be between 50 and 250 cm (it is %1).").arg(*p.heightCm);
    if (p.weightKg && (*p.weightKg < 20 || *p.weightKg > 300))
        return tr("Weight must be between 20 and 300 kg (it is %1).").arg(QLocale().toString(*p.weightKg));
    return {};
}

core::Result<qint64> BuyersService::saveProfile(
    const QString &nick, const BuyerProfile &profile, std::optional<qint64> seen) const
{
    if (const QString p = problem(profile); !p.isEmpty())
        return Error { p };
    return core::retrying([&]() -> core::Result<qint64> {
        core::Transaction tx(mDb);
        if (!tx.isActive())
            return tx.beginStatus().error();
        const BuyersRepository repo(mDb);
        auto id = repo.idOf(nick);
        if (!id)
            return id.error();
        if (!*id)
            return Error { tr("There is no buyer %1 in this shop.").arg(nick.trimmed()) };
        auto version = core::RowVersions(mDb).touch(
            core::RowVersions::Table::Buyers, **id, seen, tr("The profile of %1").arg(nick.trimmed()));
        if (!version)
            return version.error();
        auto done = repo.setProfile(nick, profile);
        if (!done)
            return done.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return *version;
    });
}

core::MemberThresholds BuyersService::thresholds() const { return core::Members::thresholds(core::ShopSettings(mDb)); }

Status BuyersService::setThresholds(const core::MemberThresholds &t) const
{
    core::ShopSettings settings(mDb);
    return core::Members::setThresholds(settings, t);
}

core::MemberTier BuyersService::tierOf(const BuyerRow &row) const
{
    return core::Members::tierFor(core::Money::fromFen(row.spendFen), thresholds());
}

QList<TierCount> BuyersService::tierCounts(const QVector<BuyerRow> &rows, const core::MemberThresholds &t)
{
    QList<TierCount> out;
    for (core::MemberTier tier : core::Members::tiers())
        out.append({ tier, 0, 0 });
    for (const BuyerRow &r : rows) {
        const core::MemberTier tier = core::Members::tierFor(core::Money::fromFen(r.spendFen), t);
        TierCount &c = out[qsizetype(core::Members::tiers().indexOf(tier))];
        ++c.buyers;
        c.spendFen += r.spendFen;
    }
    return out;
}

bool BuyersService::maskPhones() const { return core::ShopSettings(mDb).get(core::Members::kMaskPhoneSetting); }

namespace {
/// One row of a segment's file, as exportRows() writes it (the CSV's text, the xlsx's values).
struct ExportColumns {
    core::MemberThresholds thresholds;
    bool fullPhones = false;

    static QStringList header()
    {
        return { BuyersService::tr("Member name"), BuyersService::tr("Name"), BuyersService::tr("Phone"),
            BuyersService::tr("Member tier"), BuyersService::tr("Total spend"), BuyersService::tr("Orders"),
            BuyersService::tr("Last order"), BuyersService::tr("Loyal (钢丝客户)") };
    }
    QString phone(const BuyerRow &r) const { return fullPhones ? r.phone : core::Members::maskPhone(r.phone); }
    QString tier(const BuyerRow &r) const
    {
        return core::Members::name(core::Members::tierFor(core::Money::fromFen(r.spendFen), thresholds));
    }
    static QString last(const BuyerRow &r) { return r.lastDay ? r.lastOrder().toString(Qt::ISODate) : QString(); }
    QStringList text(const BuyerRow &r) const
    {
        return { r.nick, r.name, phone(r), tier(r), core::Money::fromFen(r.spendFen).toPlainString(),
            QString::number(r.orders), last(r), core::Vocabulary::yesNo(r.loyal) };
    }
    QVariantList values(const BuyerRow &r) const
    {
        return { r.nick, r.name, phone(r), tier(r), double(r.spendFen) / 100.0, r.orders, last(r),
            core::Vocabulary::yesNo(r.loyal) };
    }
};

/// A CSV line as core::writeCsv writes it (formula-like cells neutralised, RFC 4180 quoting, CRLF).
QByteArray csvLine(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        QString v = core::csvSafeCell(fields.at(i));
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r'))) {
            v.replace(QLatin1String("\""), QLatin1String("\"\""));
            v = QLatin1Char('"') + v + QLatin1Char('"');
        }
        out += v;
    }
    out += QLatin1String("\r\n");
    return out.toUtf8();
}
} // namespace

core::Result<int> BuyersService::exportRows(const QVector<BuyerRow> &rows, const QString &path, bool fullPhones) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return Error { tr("%1: a segment is written as .csv or .xlsx.").arg(path) };
    const ExportColumns columns { thresholds(), fullPhones };
    Status written;
    if (suffix == QLatin1String("csv")) {
        QList<QStringList> out;
        out.reserve(rows.size());
        for (const BuyerRow &r : rows)
            out.append(columns.text(r));
        written = core::writeCsv(path, ExportColumns::header(), out);
    } else {
        QList<QVariantList> out;
        out.reserve(rows.size());
        for (const BuyerRow &r : rows)
            out.append(columns.values(r));
        written = core::writeXlsx(path, tr("Buyers"), ExportColumns::header(), out);
    }
    if (!written)
        return written.error();
    return int(rows.size());
}

core::Result<qint64> BuyersService::exportEach(const BuyerFilter &filter, const QString &path, bool fullPhones,
    const std::function<core::Status(const BuyerRow &)> &each) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return Error { tr("%1: a segment is written as .csv or .xlsx.").arg(path) };
    const ExportColumns columns { thresholds(), fullPhones };
    if (suffix == QLatin1String("xlsx")) {
        // Row by row to the workbook's temporary file: a segment of every buyer in flat memory.
        core::XlsxWriter out(path, tr("Buyers"), ExportColumns::header());
        if (!out.status())
            return out.status().error();
        auto n = eachRow(filter, [&](const BuyerRow &r) -> Status {
            out.add(columns.values(r));
            return each ? each(r) : Status {};
        });
        if (!n)
            return n.error();
        if (Status s = out.finish(); !s)
            return s.error();
        return *n;
    }
    // The header written first by core::writeCsv: a shop file, an unwritable folder or a full
    // disk are refused as every export refuses them, and the file is the owner's alone.
    if (Status s = core::writeCsv(path, ExportColumns::header(), {}); !s)
        return s.error();
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error { tr("“%1” cannot be written. Choose another folder.").arg(shown) };
    f.write("\xEF\xBB\xBF");
    f.write(csvLine(ExportColumns::header()));
    auto n = eachRow(filter, [&](const BuyerRow &r) -> Status {
        f.write(csvLine(columns.text(r)));
        return each ? each(r) : Status {};
    });
    if (!n) {
        f.cancelWriting();
        return n.error();
    }
    if (!f.commit())
        return Error { tr("“%1” could not be written to the end: the disk may be full. Free some space and try "
                          "again.")
                           .arg(shown) };
    core::Database::makeOwnerOnly(path);
    return *n;
}

core::Result<QList<core::RepeatFigures>> BuyersService::repeatByMonth(QDate firstMonth, QDate lastMonth) const
{
    // The months are kept once worked out (shop format 28). Failing to keep them costs only time:
    // the figures are read right all the same, and the read says what fails.
    const core::MemberRepository members(mDb);
    (void)core::retrying([&] { return members.keepRepeatMonths(firstMonth, lastMonth); });
    return members.repeatByMonth(firstMonth, lastMonth);
}

QString BuyersService::statusName(const QString &code)
{
    if (code == core::codes::kOrderUnpaid)
        return tr("Unpaid");
    if (code == core::codes::kOrderPaid)
        return tr("Paid");
    if (code == core::codes::kOrderShipped)
        return tr("Shipped");
    if (code == core::codes::kOrderFinished)
        return tr("Finished");
    if (code == core::codes::kOrderClosed)
        return tr("Closed");
    return code;
}

core::Result<Segment> Segment::parse(const QString &text, QDate today)
{
    Segment s;
    s.today = today;
    const QString t = text.trimmed();
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    const QString kind = (colon < 0 ? t : t.left(colon)).trimmed().toLower();
    const QString value = colon < 0 ? QString() : t.mid(colon + 1).trimmed();
    if (kind.isEmpty() || kind == QLatin1String("all")) {
        s.kind = Kind::All;
    } else if (kind == QLatin1String("category")) {
        if (value.isEmpty())
            return Error { tr("--segment category: needs a category, e.g. category:牛仔裤.") };
        s.kind = Kind::Category;
        s.category = value;
    } else if (kind == QLatin1String("tier")) {
        const auto tier = core::Members::fromCode(value);
        if (!tier)
            return Error { tr("--segment tier: needs gift, discount, care or none, not “%1”.").arg(value) };
        s.kind = Kind::Tier;
        s.tier = *tier;
    } else if (kind == QLatin1String("inactive")) {
        bool ok = false;
        s.days = value.toInt(&ok);
        if (!ok || s.days <= 0)
            return Error { tr("--segment inactive: needs a number of days above 0, not “%1”.").arg(value) };
        s.kind = Kind::Inactive;
    } else if (kind == QLatin1String("waiting")) {
        s.kind = Kind::Waiting;
    } else if (kind == QLatin1String("loyal")) {
        s.kind = Kind::Loyal;
    } else {
        return Error { tr("Unknown segment “%1”: use category:C, tier:T, inactive:N, waiting or loyal.").arg(t) };
    }
    return s;
}

QString Segment::describe() const
{
    switch (kind) {
    case Kind::All:
        return tr("Every buyer");
    case Kind::Category:
        return tr("Buyers of %1").arg(category);
    case Kind::Tier:
        return tr("%1 buyers").arg(core::Members::name(tier));
    case Kind::Inactive:
        return tr("Not bought for %n day(s)", nullptr, days);
    case Kind::Waiting:
        return tr("Waiting for a restock");
    case Kind::Loyal:
        return tr("Loyal buyers (钢丝客户)");
    }
    return {};
}

} // namespace shopdesk::buyers
