#pragma once

#include <shopdesk/core/Result.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::listings {

/// A word a title must not carry, with why (a reason code from the word list, or the shop's own text).
struct WordRule {
    QString word;
    QString reason;
};

/// One problem found in a title.
struct TitleIssue {
    enum class Kind { Empty, TooLong, AbsoluteWord, Duplicate, NoSpaces };
    Kind kind = Kind::Empty;
    QString word; ///< the offending word (AbsoluteWord), or the other item codes (Duplicate)
    QString message; ///< translated, for people
};

/// An item's title, as the report takes it.
struct ItemTitle {
    qint64 itemId = 0;
    QString code;
    QString title;
};

struct TitleReportRow {
    ItemTitle item;
    int bytes = 0;
    QList<TitleIssue> issues;
};

/// The platform's title rules (shared/DOMAIN.md, Listings): at most 60 bytes with a Chinese character
/// counting 2 and ASCII 1; no absolute / exaggerated words; keywords separated by spaces; no duplicate
/// titles across items.
class TitleChecker {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::TitleChecker)
public:
    static constexpr int kMaxBytes = 60;
    /// Shop setting holding the shop's own words, one "word<TAB>reason" a line.
    static inline const core::Setting<QString> kShopWordsSetting { QStringLiteral("listings.title_words") };
    /// File in the user's data folder with more words, same format.
    static inline const QString kUserWordsFile = QStringLiteral("listings-words.txt");

    explicit TitleChecker(QList<WordRule> words = defaultWords());

    /// Bytes as the platform counts them: ASCII 1, anything else (Chinese, full-width) 2.
    static int platformBytes(QStringView title);
    /// The word list shipped in resources/listings/absolute_words.txt.
    static QList<WordRule> defaultWords();
    /// Parses "word<TAB>reason" (or "word,reason", or a bare word) lines; # starts a comment.
    static QList<WordRule> parseWords(const QString &text);
    /// The shipped list, extended with the user's file and the shop's setting.
    static TitleChecker forShop(const core::Database &db);
    /// The translated text of a reason code (absolute, ranking, authority, quality, guarantee);
    /// a shop's own reason text is returned as it is.
    static QString reasonText(const QString &reason);

    const QList<WordRule> &words() const { return mWords; }

    /// The problems of one title on its own (no duplicate check).
    QList<TitleIssue> check(const QString &title) const;
    /// Every item with its problems (duplicates included); items without problems are left out
    /// unless `all`.
    QList<TitleReportRow> report(const QList<ItemTitle> &items, bool all = false) const;

    /// A title with spaces collapsed and trimmed, for comparing.
    static QString normalised(const QString &title);

private:
    QList<WordRule> mWords; ///< longest first
};

} // namespace shopdesk::listings
