#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

namespace shopdesk::app {

/// One role's screen: which docks it shows and how they sit, which workbenches' toolbars show.
/// The window keeps each workspace's state (QMainWindow::saveState) as the user leaves it; this is
/// the default that View → Workspace → Reset brings back.
struct Workspace {
    /// Docks tabbed together (the first in front), and how the group sits beside the one before it.
    struct Group {
        QStringList docks; ///< object names "dock.<module>.<view>"
        Qt::Orientation split = Qt::Horizontal; ///< beside the previous group (Horizontal) or under it
        int share = 1; ///< relative size along the split
    };

    QString id; ///< stable, ASCII: the command line's --workspace and the settings key
    QList<Group> groups; ///< empty: every dock, in the default arrangement of all workbenches
    QStringList toolbars; ///< workbench ids whose toolbars show
    bool bigType = false; ///< the count screen: larger type, read from arm's length

    bool showsEverything() const { return groups.isEmpty(); }
    /// Every dock of the workspace, group by group.
    QStringList docks() const;
    /// The translated name for the menu (店长, 客服 …).
    QString title() const;
};

namespace workspaces {

inline const QString kManager = QStringLiteral("manager");
inline const QString kService = QStringLiteral("service");
inline const QString kWarehouse = QStringLiteral("warehouse");
inline const QString kStocktake = QStringLiteral("stocktake");
inline const QString kAll = QStringLiteral("all");

/// The five workspaces in menu order (Ctrl+1 … Ctrl+5).
const QList<Workspace> &all();
/// By id, or nullptr.
const Workspace *find(const QString &id);
/// The ids, for messages: "manager, service, warehouse, stocktake, all".
QStringList ids();

} // namespace workspaces

} // namespace shopdesk::app
