#include "shopdesk/core/Csv.h"

#include "shopdesk/core/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace shopdesk::core {

namespace {
QString shownName(const QString &path) { return QFileInfo(path).fileName(); }
} // namespace

Result<QByteArray> readImportFile(const QString &path)
{
    if (Status s = Database::refuseOpenShop(path); !s)
        return s.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { CsvFile::tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()) };
    return f.readAll();
}

Result<CsvFile> CsvFile::read(const QString &path)
{
    auto bytes = readImportFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, shownName(path));
}

Result<CsvFile> CsvFile::parse(const QByteArray &bytes, const QString &fileName)
{
    CsvFile csv;
    csv.fileName = fileName;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        csv.encoding = QStringLiteral("UTF-8");
        text = QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes);
        csv.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            QStringDecoder gbk("GB18030");
            if (!gbk.isValid())
                return Error { tr("%1 is not UTF-8, and this system cannot read GBK text.").arg(fileName) };
            text = gbk.decode(bytes);
            csv.encoding = QStringLiteral("GB18030");
            if (gbk.hasError())
                return Error { tr("%1 is neither UTF-8 nor GBK text.").arg(fileName) };
        }
    }

    // RFC 4180 state machine, counting physical lines so messages name the line a user sees.
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records << current;
        current = CsvRecord { line + 1, {} };
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = p[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && p[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' && i + 1 < n && p[i + 1] == u'\n') {
                // a CRLF inside a quoted field is one line break
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r') {
            // CRLF or a lone CR: the line ends at the LF (or here)
            if (!(i + 1 < n && p[i + 1] == u'\n')) {
                endRecord();
                ++line;
            }
        } else if (c == u'\n') {
            endRecord();
            ++line;
        } else {
            // The rest of an unquoted field up to the next comma or line end, appended in one piece
            // (a quote inside it is a plain character).
            qsizetype end = i + 1;
            while (end < n && p[end] != u',' && p[end] != u'\r' && p[end] != u'\n')
                ++end;
            field.append(p + i, end - i);
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted)
        return Error { tr("%1, line %2: a quoted field is never closed.").arg(fileName).arg(current.line) };
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    if (records.isEmpty())
        return Error { tr("%1 is empty: it has no header line.").arg(fileName) };
    csv.header = records.takeFirst().fields;
    for (QString &h : csv.header)
        h = clean(h);
    csv.records = std::move(records);
    return csv;
}

int CsvFile::column(const QStringList &names) const
{
    for (const QString &name : names)
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header.at(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return int(i);
    return -1;
}

QString CsvFile::field(const CsvRecord &r, int index)
{
    return index >= 0 && index < r.fields.size() ? clean(r.fields.at(index)) : QString();
}

QString CsvFile::clean(const QString &raw)
{
    // Most fields need no cleaning: hand them back shared, without copying or comparing.
    if (raw.isEmpty())
        return raw;
    const QChar first = raw.front(), last = raw.back();
    if (!first.isSpace() && !last.isSpace() && first != QLatin1Char('=') && first != QLatin1Char('\''))
        return raw;
    QString s = raw.trimmed();
    if (s.startsWith(QLatin1String("=\"")) && s.endsWith(QLatin1Char('"')) && s.size() >= 3)
        s = s.mid(2, s.size() - 3);
    if (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    return s.trimmed();
}

Error CsvFile::error(int line, const QString &fieldName, const QString &problem) const
{
    return Error { tr("%1, line %2, field %3: %4").arg(fileName).arg(line).arg(fieldName, problem) };
}

Error CsvFile::missingColumn(const QString &name) const
{
    return Error { tr("%1, line 1: the column %2 is missing.").arg(fileName, name) };
}

namespace {
/// Why `path` could not be written, as the user should read it: a full disk and a folder that
/// cannot be written are said so (the shop itself is not at fault); otherwise `detail`.
Error writeFailure(const QString &path, const QString &detail)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.bytesAvailable() < 64 * 1024)
        return Error {
            CsvFile::tr("“%1” cannot be written: the disk is full. Free some space and try again.").arg(shown)
        };
    if (!QFileInfo(folder).isWritable())
        return Error {
            CsvFile::tr("“%1” cannot be written: its folder cannot be written. Choose another folder.").arg(shown)
        };
    return Error { detail.isEmpty() ? CsvFile::tr("“%1” cannot be written.").arg(shown)
                                    : CsvFile::tr("“%1” cannot be written: %2").arg(shown, detail) };
}
} // namespace

Status writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    if (Status s = Database::refuseOpenShop(path); !s)
        return s;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return writeFailure(path, f.errorString());
    auto line = [](const QStringList &fields) {
        QString out;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            QString v = fields.at(i);
            if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
                || v.contains(QLatin1Char('\r'))) {
                v.replace(QLatin1String("\""), QLatin1String("\"\""));
                v = QLatin1Char('"') + v + QLatin1Char('"');
            }
            out += v;
        }
        out += QLatin1String("\r\n");
        return out;
    };
    f.write("\xEF\xBB\xBF");
    f.write(line(header).toUtf8());
    for (const QStringList &r : rows)
        f.write(line(r).toUtf8());
    if (!f.commit())
        return writeFailure(path, f.errorString());
    Database::makeOwnerOnly(path); // exports hold buyers' and the shop's data
    return {};
}

Status writeXlsx(
    const QString &path, const QString &sheetName, const QStringList &header, const QList<QVariantList> &rows)
{
    if (Status s = Database::refuseOpenShop(path); !s)
        return s;
    // libxlsxwriter writes the final file itself: write next to it, then replace, so a failure
    // never leaves a half-written workbook under the user's name.
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    lxw_workbook *book = workbook_new(QFile::encodeName(temp).constData());
    if (!book)
        return writeFailure(path, QString());
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.left(31).toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    for (qsizetype c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QVariantList &row = rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            const auto type = v.typeId();
            if (v.isNull())
                continue;
            if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double
                || type == QMetaType::UInt || type == QMetaType::ULongLong)
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), v.toDouble(), nullptr);
            else
                worksheet_write_string(
                    sheet, lxw_row_t(r + 1), lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
        }
    }
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR) {
        QFile::remove(temp);
        return writeFailure(path, QString::fromUtf8(lxw_strerror(err)));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Error { CsvFile::tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)) };
    }
    Database::makeOwnerOnly(path);
    return {};
}

} // namespace shopdesk::core
