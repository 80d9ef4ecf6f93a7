#pragma once

#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/PanelContract.h>

#include <QByteArray>

#include <functional>

class QComboBox;
class QDataStream;
class QTableView;
class QUndoStack;

namespace shopdesk::shipping {

/// What the shipping workbench gives each of its views: the one ShippingDesk of the open shop (the
/// views reach the shop file only through it), the shop's signal hub, who is working, and the
/// workbench's undo stack.
struct ViewContext {
    ShippingDesk &desk;
    core::ShopEvents &events;
    QString actor;
    QUndoStack *undoStack;
};

/// A view's saved state: a version, then what `write` puts in (QDataStream, Qt 6.4 format).
QByteArray writeViewState(const std::function<void(QDataStream &)> &write);
/// Reads a state writeViewState wrote; false, with nothing read, for an empty state or one of
/// another version (the view keeps its defaults).
bool readViewState(const QByteArray &state, const std::function<void(QDataStream &)> &read);

/// Reloads `view` whenever the shop's orders change (an edit, an import, a shipment, a new shop).
void reloadOnOrderChanges(core::View *view, core::ShopEvents &events);

/// Fills a courier drop-down with every courier the shop uses now (Couriers::codes(): the built-in
/// ones and those the shop added), named in the interface language, keeping the one chosen. Views
/// call it on reload, so a courier added in 运费与单号 is offered at once; no signal is sent.
void fillCourierBox(QComboBox *box);

/// A table's columns (widths, order, sort) as a view state, and back; false, with the columns left
/// as they are, for a state of another version.
QByteArray saveColumns(const QTableView *table);
bool restoreColumns(QTableView *table, const QByteArray &state);

} // namespace shopdesk::shipping
