#include "ListingsPanel.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Vocabulary.h>

namespace shopdesk::listings {

using core::ColumnKind;
using core::Vocabulary;

ListingsPanel::ListingsPanel(const core::PanelContext &context, QWidget *parent)
    : core::RecordTablePanel(context,
                             {
                                 {[] { return tr("Item code"); }, ColumnKind::Text},
                                 {[] { return tr("Title"); }, ColumnKind::Text},
                                 {[] { return tr("Category"); }, ColumnKind::Text},
                                 {[] { return tr("Role"); }, ColumnKind::Text},
                                 {[] { return tr("Main push"); }, ColumnKind::Text},
                                 {[] { return tr("Price"); }, ColumnKind::Money},
                                 {[] { return tr("SKUs"); }, ColumnKind::Integer},
                                 {[] { return tr("On hand"); }, ColumnKind::Integer},
                                 {[] { return tr("On shelf"); }, ColumnKind::Text},
                             },
                             parent)
{
    setObjectName(QStringLiteral("ListingsPanel"));
    reload();
}

core::Result<QList<QVariantList>> ListingsPanel::loadRows()
{
    auto items = core::ItemRepository(context().db).overview();
    if (!items)
        return items.error();
    QList<QVariantList> rows;
    rows.reserve(items->size());
    for (const core::ItemOverview &o : *items) {
        rows.append({o.item.code, o.item.title, Vocabulary::category(o.item.category), Vocabulary::role(o.item.role),
                     o.item.mainPush ? tr("Main push") : QString(), o.item.price.fen(), o.skuCount, o.onHand,
                     Vocabulary::yesNo(o.item.onShelf)});
    }
    return rows;
}

bool ListingsPanel::reloadsOn(core::Topic topic) const
{
    return topic == core::Topic::Items || topic == core::Topic::Stock;
}

} // namespace shopdesk::listings
