#include "Workspace.h"

#include <QCoreApplication>

namespace shopdesk::app {

QStringList Workspace::docks() const
{
    QStringList out;
    for (const Group &g : groups)
        out << g.docks;
    return out;
}

QString Workspace::title() const
{
    if (id == workspaces::kManager)
        return QCoreApplication::translate("Workspace", "Manager");
    if (id == workspaces::kService)
        return QCoreApplication::translate("Workspace", "Customer service");
    if (id == workspaces::kWarehouse)
        return QCoreApplication::translate("Workspace", "Warehouse");
    if (id == workspaces::kStocktake)
        return QCoreApplication::translate("Workspace", "Stocktake");
    return QCoreApplication::translate("Workspace", "All");
}

namespace workspaces {

namespace {

Workspace::Group group(std::initializer_list<const char *> docks, Qt::Orientation split, int share)
{
    Workspace::Group g;
    for (const char *name : docks)
        g.docks << QStringLiteral("dock.") + QLatin1String(name);
    g.split = split;
    g.share = share;
    return g;
}

Workspace workspace(
    const QString &id, const QList<Workspace::Group> &groups, const QStringList &toolbars, bool bigType = false)
{
    Workspace w;
    w.id = id;
    w.groups = groups;
    w.toolbars = toolbars;
    w.bigType = bigType;
    return w;
}

QList<Workspace> make()
{
    QList<Workspace> list;
    // The manager: the items (with their SKU grid) on the left, the day's figures beside them;
    // advice and the 80/20 list behind the items, targets and profit behind the figures.
    list << workspace(kManager,
        { group({ "listings.items", "listings.advice", "listings.pareto" }, Qt::Horizontal, 1),
            group({ "kpi.daily", "kpi.targets", "kpi.profit" }, Qt::Horizontal, 1) },
        { QStringLiteral("listings"), QStringLiteral("kpi") });
    // Customer service: the replies (bound to an order) and the buyer lists beside the buyers,
    // the after-sale cases and the order lookup (the queue, wider than half a laptop: behind).
    list << workspace(kService,
        { group({ "service.replies", "service.lists" }, Qt::Horizontal, 1),
            group({ "buyers.buyers", "aftersale.cases", "shipping.queue" }, Qt::Horizontal, 1) },
        { QStringLiteral("service"), QStringLiteral("buyers"), QStringLiteral("aftersale") });
    // The warehouse: the queue (print, pickup, receiving and stock behind it) beside the 三查
    // station, which has the window's full height.
    list << workspace(kWarehouse,
        { group({ "shipping.queue", "shipping.print", "shipping.pickup", "inventory.receiving", "inventory.stock" },
              Qt::Horizontal, 2),
            group({ "shipping.scan" }, Qt::Horizontal, 1) },
        { QStringLiteral("shipping"), QStringLiteral("inventory") });
    // The stocktake: the count screen alone, full width, in large type.
    list << workspace(
        kStocktake, { group({ "inventory.stocktake" }, Qt::Horizontal, 1) }, { QStringLiteral("inventory") }, true);
    // Everything: the docks of every workbench; the menus carry the actions (seven toolbars
    // would take a laptop's height), the toolbars can be shown from the toolbar area's menu.
    list << workspace(kAll, {}, {});
    return list;
}

} // namespace

const QList<Workspace> &all()
{
    static const QList<Workspace> list = make();
    return list;
}

const Workspace *find(const QString &id)
{
    for (const Workspace &w : all())
        if (w.id == id)
            return &w;
    return nullptr;
}

QStringList ids()
{
    QStringList out;
    for (const Workspace &w : all())
        out << w.id;
    return out;
}

} // namespace workspaces

} // namespace shopdesk::app
