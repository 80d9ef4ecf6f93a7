#pragma once

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QTableView>

#include <initializer_list>

namespace shopdesk::inventory {

/// A view's saved state made of its tables' column widths and sort (QHeaderView::saveState), in
/// order; `extra` is the view's own (a filter choice), saved first.
inline QByteArray saveTables(std::initializer_list<const QTableView *> tables, qint32 extra = 0)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(1) << extra << qint32(tables.size());
    for (const QTableView *t : tables)
        s << t->horizontalHeader()->saveState();
    return out;
}

/// Puts back what saveTables() saved; false (nothing changed) for a state of another shape. The
/// view's own value goes to `extra`.
inline bool restoreTables(const QByteArray &state, std::initializer_list<QTableView *> tables, qint32 *extra = nullptr)
{
    QDataStream s(state);
    qint32 version = 0, own = 0, count = 0;
    s >> version >> own >> count;
    if (version != 1 || count != qint32(tables.size()) || s.status() != QDataStream::Ok)
        return false;
    QList<QByteArray> headers(count);
    for (QByteArray &h : headers)
        s >> h;
    if (s.status() != QDataStream::Ok)
        return false;
    int i = 0;
    for (QTableView *t : tables)
        t->horizontalHeader()->restoreState(headers.at(i++));
    if (extra)
        *extra = own;
    return true;
}

} // namespace shopdesk::inventory
