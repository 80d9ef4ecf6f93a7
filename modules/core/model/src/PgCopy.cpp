#include "PgCopy.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <chrono>
#include <future>

#ifdef SHOPDESK_PG_COPY
#include <libpq-fe.h>
#endif

namespace shopdesk::core::detail {

namespace {
/// `text` as UTF-8, escaped, written straight into `row` (no UTF-8 copy of each value first: an
/// import sends millions of them).
void appendText(QByteArray &row, QStringView text)
{
    const qsizetype at = row.size();
    // At most three bytes for each UTF-16 unit: a BMP character is 1–3, an escape 2, a
    // surrogate pair 4 for its two units.
    row.resize(at + text.size() * 3);
    char *out = row.data() + at;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            const char escaped = c == u'\\' ? '\\' : c == u'\t' ? 't' : c == u'\n' ? 'n' : c == u'\r' ? 'r' : 0;
            if (escaped) {
                *out++ = '\\';
                *out++ = escaped;
            } else {
                *out++ = char(c);
            }
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *out++ = char(0xf0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3f));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone half of a pair: what QString::toUtf8() makes of it, as every other path.
            const QByteArray odd = QStringView(p - 1, 1).toUtf8();
            for (char b : odd)
                *out++ = b; // toUtf8() gives at most three bytes for one unit
        } else {
            *out++ = char(0xe0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        }
    }
    row.truncate(out - row.constData());
}
} // namespace

void PgCopy::appendValue(QByteArray &row, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        row.append("\\N", 2);
        break;
    case QMetaType::QString:
        // A null QString is '' (as storedValue() makes it), never NULL.
        appendText(row, *static_cast<const QString *>(v.constData()));
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Bool:
        row.append(QByteArray::number(v.toLongLong()));
        break;
    case QMetaType::ULongLong:
        row.append(QByteArray::number(v.toULongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        row.append(QByteArray::number(v.toDouble(), 'g', 17));
        break;
    case QMetaType::QByteArray:
        // bytea's hex input, its backslash escaped for COPY.
        row.append("\\\\x", 3);
        row.append(static_cast<const QByteArray *>(v.constData())->toHex());
        break;
    default:
        if (v.isNull())
            row.append("\\N", 2);
        else
            appendText(row, v.toString());
    }
}

#ifdef SHOPDESK_PG_COPY
namespace {
QSqlError errorOf(PGconn *conn, PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *text = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return QSqlError(QStringLiteral("COPY"), QString::fromUtf8(text).trimmed(), QSqlError::StatementError,
        state ? QString::fromLatin1(state) : QString());
}

/// Reads what is left of the command's results; the first error among them, if any.
std::optional<QSqlError> drain(PGconn *conn, std::optional<QSqlError> error = std::nullopt)
{
    while (PGresult *r = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(r);
        if (!error && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            error = errorOf(conn, r);
        PQclear(r);
    }
    return error;
}

/// Work on a connection that ShopDesk has not waited for yet: a query sent ahead (its results
/// still to be read), or a COPY running on a sender thread.
struct Ahead {
    PGconn *conn = nullptr;
    std::future<std::optional<QSqlError>> copy; ///< valid while a COPY is being sent
};
thread_local Ahead tAhead;
thread_local std::optional<QSqlError> tAheadError; // a settle's error not yet reported

void settleAhead()
{
    PGconn *conn = std::exchange(tAhead.conn, nullptr);
    if (!conn)
        return;
    std::optional<QSqlError> e = tAhead.copy.valid() ? tAhead.copy.get() : drain(conn);
    tAhead.copy = {};
    if (e && !tAheadError)
        tAheadError = e;
}
} // namespace

std::optional<QSqlError> PgCopy::sendAhead(pg_conn *conn, const QByteArray &sql)
{
    if (auto e = settle(conn))
        return e;
    if (!PQsendQuery(conn, sql.constData()))
        return errorOf(conn, nullptr);
    tAhead.conn = conn;
    return std::nullopt;
}

std::optional<QSqlError> PgCopy::copyAhead(pg_conn *conn, const QByteArray &into, QByteArray rows)
{
    if (auto e = settle(conn))
        return e;
    // The connection is the sender's until settled: nothing else on this thread touches it.
    tAhead.copy = std::async(std::launch::async,
        [conn, into, rows = std::move(rows)]() -> std::optional<QSqlError> { return copy(conn, into, rows); });
    tAhead.conn = conn;
    return std::nullopt;
}

bool PgCopy::aheadBusy(pg_conn *conn)
{
    if (tAhead.conn != conn || !conn)
        return false;
    if (tAhead.copy.valid())
        return tAhead.copy.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
    if (!PQconsumeInput(conn))
        return false; // the connection failed: settle() says how
    return PQisBusy(conn) == 1;
}

std::optional<QSqlError> PgCopy::settle(pg_conn *conn)
{
    if (conn && tAhead.conn == conn)
        settleAhead();
    return std::exchange(tAheadError, std::nullopt);
}

std::optional<QSqlError> PgCopy::settle(const QSqlDatabase &connection)
{
    settleQuietly(connection);
    return std::exchange(tAheadError, std::nullopt);
}

void PgCopy::settleQuietly(const QSqlDatabase &connection)
{
    // At once when nothing was sent ahead (every statement passes here).
    if (tAhead.conn && handleOf(connection) == tAhead.conn)
        settleAhead();
}

pg_conn *PgCopy::handleOf(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || connection.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    // Qt names the type by libpq's struct (pg_conn*), or by its typedef (PGconn*).
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

std::optional<QSqlError> PgCopy::exec(pg_conn *conn, const QByteArray &sql)
{
    if (auto e = settle(conn))
        return e;
    if (!PQsendQuery(conn, sql.constData()))
        return errorOf(conn, nullptr);
    return drain(conn);
}

std::optional<QSqlError> PgCopy::copy(pg_conn *conn, const QByteArray &into, const QByteArray &rows)
{
    const QByteArray sql = "COPY " + into + " FROM STDIN";
    if (!PQsendQuery(conn, sql.constData()))
        return errorOf(conn, nullptr);
    PGresult *started = PQgetResult(conn);
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        std::optional<QSqlError> error = errorOf(conn, started);
        PQclear(started);
        return drain(conn, error);
    }
    PQclear(started);
    // In pieces: libpq buffers what it is given, and the server parses while the rest arrives.
    constexpr qsizetype kPiece = 1 << 18;
    bool sent = true;
    for (qsizetype at = 0; sent && at < rows.size(); at += kPiece)
        sent = PQputCopyData(conn, rows.constData() + at, int(std::min(kPiece, rows.size() - at))) == 1;
    if (PQputCopyEnd(conn, sent ? nullptr : "ShopDesk could not send the rows") != 1)
        return drain(conn, errorOf(conn, nullptr));
    return drain(conn);
}
#else
pg_conn *PgCopy::handleOf(const QSqlDatabase &) { return nullptr; }
std::optional<QSqlError> PgCopy::sendAhead(pg_conn *, const QByteArray &) { return QSqlError(); }
std::optional<QSqlError> PgCopy::copyAhead(pg_conn *, const QByteArray &, QByteArray) { return QSqlError(); }
bool PgCopy::aheadBusy(pg_conn *) { return false; }
std::optional<QSqlError> PgCopy::settle(const QSqlDatabase &) { return std::nullopt; }
std::optional<QSqlError> PgCopy::settle(pg_conn *) { return std::nullopt; }
void PgCopy::settleQuietly(const QSqlDatabase &) { }
std::optional<QSqlError> PgCopy::exec(pg_conn *, const QByteArray &) { return QSqlError(); }
std::optional<QSqlError> PgCopy::copy(pg_conn *, const QByteArray &, const QByteArray &) { return QSqlError(); }
#endif

} // namespace shopdesk::core::detail
