#include "ViewContext.h"

#include "shopdesk/shipping/Couriers.h"

#include <QComboBox>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QSignalBlocker>
#include <QTableView>

#include <algorithm>

namespace shopdesk::shipping {

namespace {
constexpr quint32 kStateVersion = 1;
}

QByteArray writeViewState(const std::function<void(QDataStream &)> &write)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << kStateVersion;
    write(stream);
    return out;
}

bool readViewState(const QByteArray &state, const std::function<void(QDataStream &)> &read)
{
    if (state.isEmpty())
        return false;
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    stream >> version;
    if (stream.status() != QDataStream::Ok || version != kStateVersion)
        return false;
    read(stream);
    return stream.status() == QDataStream::Ok;
}

void reloadOnOrderChanges(core::View *view, core::ShopEvents &events)
{
    QObject::connect(&events, &core::ShopEvents::changed, view, [view](core::Topic t) {
        if (t == core::Topic::Orders || t == core::Topic::Everything)
            view->reload();
    });
}

void fillCourierBox(QComboBox *box)
{
    const QStringList codes = Couriers::codes();
    QStringList shown;
    for (int i = 0; i < box->count(); ++i)
        shown << box->itemData(i).toString();
    if (shown == codes)
        return;
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    for (const QString &c : codes)
        box->addItem(Couriers::displayName(c), c);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

QByteArray saveColumns(const QTableView *table)
{
    return writeViewState([table](QDataStream &out) { out << table->horizontalHeader()->saveState(); });
}

bool restoreColumns(QTableView *table, const QByteArray &state)
{
    QByteArray header;
    return readViewState(state, [&](QDataStream &in) { in >> header; })
        && table->horizontalHeader()->restoreState(header);
}

} // namespace shopdesk::shipping
