#include "shopdesk/core/CsvReader.h"

#include "CsvEncoding.h"
#include "shopdesk/core/Database.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace shopdesk::core {

namespace {
constexpr qint64 kBlock = 256 * 1024;

/// The next piece of the file that ends at a line feed (or at the file's end), `carry` holding what
/// was read past the last one. A line feed byte is never inside a UTF-8 or GB18030 character, so
/// each piece decodes on its own exactly as within the whole file.
QByteArray nextPiece(QFile &in, QByteArray &carry)
{
    while (true) {
        const QByteArray block = in.read(kBlock);
        if (block.isEmpty())
            return std::exchange(carry, {});
        const qsizetype lf = block.lastIndexOf('\n');
        if (lf < 0) {
            carry += block;
            continue;
        }
        QByteArray piece = std::exchange(carry, block.mid(lf + 1));
        piece += QByteArrayView(block).first(lf + 1);
        return piece;
    }
}
} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path)
{
    if (Status s = Database::refuseOpenShop(path); !s)
        return s.error();
    std::unique_ptr<CsvReader> r(new CsvReader);
    r->mFile.fileName = QFileInfo(path).fileName();
    const QString &name = r->mFile.fileName;
    r->mIn.setFileName(path);
    if (!r->mIn.open(QIODevice::ReadOnly))
        return Error {
            CsvFile::tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), r->mIn.errorString())
        };

    int bom = 0;
    const detail::FileKind kind = detail::sniff(r->mIn.peek(4096), &bom);
    if (kind == detail::FileKind::Other)
        return detail::refuseKind(r->mIn.peek(64), name);
    if (kind == detail::FileKind::Zip) {
        // An .xlsx sheet is read whole (Xlsx bounds it), then handed out a record at a time.
        auto whole = CsvFile::parse(r->mIn.readAll(), name);
        if (!whole)
            return whole.error();
        r->mFile = std::move(*whole);
        r->mMemory = std::move(r->mFile.records);
        r->mFile.records = {};
        r->mExpected = r->mMemory.size();
        r->mEof = true;
        return r;
    }
    if (kind == detail::FileKind::Utf16LE || kind == detail::FileKind::Utf16BE) {
        // UTF-16 streams through a decoder that keeps its state between blocks (a block may end
        // inside a character); lines are counted as line feeds at character boundaries.
        const bool le = kind == detail::FileKind::Utf16LE;
        if ((r->mIn.size() - bom) % 2 != 0)
            return detail::badUtf16(name, true);
        r->mFile.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        r->mIn.seek(bom);
        qint64 lines = 0;
        bool lastWasBreak = true;
        while (true) {
            const QByteArray block = r->mIn.read(kBlock);
            if (block.isEmpty())
                break;
            const char *p = block.constData();
            for (qsizetype i = 0; i + 1 < block.size(); i += 2)
                if (p[i + (le ? 0 : 1)] == '\n' && p[i + (le ? 1 : 0)] == '\0')
                    ++lines;
            lastWasBreak = block.size() >= 2 && block.at(block.size() - (le ? 2 : 1)) == '\n';
        }
        if (!lastWasBreak)
            ++lines;
        r->mExpected = qMax<qint64>(0, lines - 1);
        r->mDecoder.emplace(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        r->mUtf16 = true;
        r->mIn.seek(bom);
    } else {
        // The first pass: is it UTF-8 throughout (as CsvFile::parse decides over the whole text),
        // and how many lines does it have.
        const bool utf8Bom = r->mIn.peek(3) == QByteArray("\xEF\xBB\xBF");
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        qint64 lines = 0;
        bool lastWasBreak = true;
        QByteArray carry;
        // A file whose encoding changes part-way is refused at the line where it does.
        detail::EncodingWatch watch(utf8Bom);
        bool first = true;
        while (true) {
            const QByteArray block = nextPiece(r->mIn, carry);
            if (block.isEmpty())
                break;
            const qsizetype skip = first && utf8Bom ? 3 : 0;
            first = false;
            watch.feed(block.constData() + skip, block.size() - skip);
            for (const char *p = block.constData(), *end = p + block.size();
                 (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr; ++p)
                ++lines;
            lastWasBreak = block.endsWith('\n');
            if (!utf8Bom && !utf8.hasError()) {
                const QString decoded = utf8.decode(block); // decode() is lazy: only a QString makes it run
                Q_UNUSED(decoded);
            }
        }
        if (!lastWasBreak)
            ++lines;
        if (watch.changedAt() != 0)
            return CsvFile::encodingChanged(name, watch.changedAt(), watch.before());
        r->mExpected = qMax<qint64>(0, lines - 1);
        if (r->mIn.error() != QFileDevice::NoError)
            return Error {
                CsvFile::tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), r->mIn.errorString())
            };
        // With a BOM the file is UTF-8 whatever follows (bad bytes become U+FFFD, as CsvFile::parse has it).
        r->mStrict = !utf8Bom;
        if (utf8Bom || !utf8.hasError()) {
            r->mFile.encoding = QStringLiteral("UTF-8");
            r->mDecoder.emplace(
                QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        } else {
            r->mDecoder.emplace("GB18030", QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            if (!r->mDecoder->isValid())
                return Error { CsvFile::tr("%1 is not UTF-8, and this system cannot read GBK text.").arg(name) };
            r->mFile.encoding = QStringLiteral("GB18030");
        }
        r->mIn.seek(utf8Bom ? 3 : 0);
    }
    // The delimiter, from the first block's lines (as CsvFile::parse decides it).
    if (r->ensure(0))
        r->mDelimiter = detail::delimiterOf(QStringView(r->mText).mid(r->mPos));
    else if (!r->mStatus)
        return r->mStatus.error();
    r->mFile.delimiter = r->mDelimiter;

    CsvRecord header;
    if (!r->next(header)) {
        if (!r->mStatus)
            return r->mStatus.error();
        return Error { CsvFile::tr("%1 is empty: it has no header line.").arg(name) };
    }
    r->mFile.header = header.fields;
    for (QString &h : r->mFile.header)
        h = CsvFile::clean(h);
    return r;
}

bool CsvReader::refill()
{
    if (mEof)
        return false;
    const QByteArray block = nextPiece(mIn, mCarry);
    if (block.isEmpty()) {
        mEof = true;
        if (mIn.error() != QFileDevice::NoError)
            mStatus = Error { CsvFile::tr("“%1” cannot be read: %2").arg(mFile.fileName, mIn.errorString()) };
        else if (mPendingHigh)
            mStatus = detail::badUtf16(mFile.fileName, false);
        return false;
    }
    QString decoded = mDecoder->decode(block);
    if (mStrict && mDecoder->hasError()) {
        mEof = true;
        mStatus = mUtf16 ? Status(detail::badUtf16(mFile.fileName, false))
                         : Status(Error { CsvFile::tr("%1 is neither UTF-8 nor GBK text.").arg(mFile.fileName) });
        return false;
    }
    if (mUtf16) {
        // Every surrogate paired; a block may end between the two halves of a pair.
        QStringView v(decoded);
        bool paired = true;
        if (mPendingHigh) {
            paired = !v.isEmpty() && v.front().isLowSurrogate();
            v = v.mid(paired ? 1 : 0);
            mPendingHigh = false;
        }
        if (!v.isEmpty() && v.back().isHighSurrogate()) {
            mPendingHigh = true;
            v.chop(1);
        }
        if (!paired || !detail::surrogatesPaired(v)) {
            mEof = true;
            mStatus = detail::badUtf16(mFile.fileName, false);
            return false;
        }
    }
    if (mPos >= mText.size())
        mText = std::move(decoded);
    else
        mText = QStringView(mText).mid(mPos) + decoded;
    mPos = 0;
    return true;
}

bool CsvReader::ensure(qsizetype ahead)
{
    while (mPos + ahead >= mText.size()) {
        if (!refill())
            return false;
    }
    return true;
}

bool CsvReader::widthOk(const CsvRecord &record)
{
    // As CsvFile::checkFieldCounts: the header's width, a row of commas only being a blank line.
    const qsizetype width = mFile.header.size();
    if (width == 0 || record.fields.size() == width)
        return true;
    if (std::all_of(
            record.fields.cbegin(), record.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
        return true;
    mDone = true;
    mStatus = CsvFile::widthMismatch(mFile.fileName, record.line, record.fields.size(), width);
    return false;
}

bool CsvReader::next(CsvRecord &out)
{
    if (!mMemory.isEmpty() || mFile.encoding == QLatin1String("xlsx")) {
        if (mIndex >= mMemory.size())
            return false;
        out = std::move(mMemory[mIndex++]);
        return true;
    }
    // The RFC 4180 state machine of CsvFile::parse, fed block by block.
    CsvRecord current { mLine, {} };
    current.fields.reserve(mFile.header.size());
    QString field;
    bool quoted = false, fieldStarted = false;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    // A record that is one empty field (a blank line) is skipped, as CsvFile::parse does.
    auto blank = [&] { return current.fields.size() == 1 && current.fields.first().isEmpty(); };
    // Appends the text from mPos up to (not including) the next `stop` or line end in this block.
    auto takeRun = [&](QChar stop) {
        const QChar *p = mText.constData();
        const qsizetype n = mText.size();
        qsizetype end = mPos + 1;
        while (end < n && p[end] != stop && p[end] != u'\r' && p[end] != u'\n')
            ++end;
        field.append(p + mPos, end - mPos);
        mPos = end;
    };
    while (!mDone) {
        if (!ensure(0)) {
            mDone = true;
            if (!mStatus)
                return false;
            if (quoted) {
                mStatus = Error {
                    CsvFile::tr("%1, line %2: a quoted field is never closed.").arg(mFile.fileName).arg(current.line)
                };
                return false;
            }
            if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty()) {
                endField();
                if (!blank()) {
                    if (!widthOk(current))
                        return false;
                    out = std::move(current);
                    return true;
                }
            }
            return false;
        }
        const QChar c = mText.at(mPos);
        if (quoted) {
            if (c == u'"') {
                if (ensure(1) && mText.at(mPos + 1) == u'"') {
                    field += u'"';
                    mPos += 2;
                } else {
                    quoted = false;
                    ++mPos;
                }
            } else if (c == u'\r' && ensure(1) && mText.at(mPos + 1) == u'\n') {
                ++mPos; // a CRLF inside a quoted field is one line break
            } else if (c == u'\n') {
                ++mLine;
                field += c;
                ++mPos;
            } else {
                takeRun(u'"'); // the quoted text up to its next quote or line break
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            ++mPos;
        } else if (c == mDelimiter) {
            endField();
            ++mPos;
        } else if (c == u'\r' || c == u'\n') {
            // CRLF, LF or a lone CR ends the record.
            if (c == u'\r' && ensure(1) && mText.at(mPos + 1) == u'\n')
                ++mPos;
            ++mPos;
            endField();
            ++mLine;
            if (!blank()) {
                if (!widthOk(current))
                    return false;
                out = std::move(current);
                return true;
            }
            current = CsvRecord { mLine, {} };
            current.fields.reserve(mFile.header.size());
        } else {
            takeRun(mDelimiter); // the rest of an unquoted field up to the next comma or line end
            fieldStarted = true;
        }
    }
    return false;
}

} // namespace shopdesk::core
