#include "ServicePanel.h"

#include "shopdesk/service/ReplyRepository.h"

namespace shopdesk::service {

using core::ColumnKind;

ServicePanel::ServicePanel(const core::PanelContext &context, QWidget *parent)
    : core::RecordTablePanel(context,
                             {
                                 {[] { return tr("Group"); }, ColumnKind::Text},
                                 {[] { return tr("Code"); }, ColumnKind::Text},
                                 {[] { return tr("Title"); }, ColumnKind::Text},
                                 {[] { return tr("Reply"); }, ColumnKind::Text},
                             },
                             parent)
{
    setObjectName(QStringLiteral("ServicePanel"));
    reload();
}

core::Result<QList<QVariantList>> ServicePanel::loadRows()
{
    auto replies = ReplyRepository(context().db).all();
    if (!replies)
        return replies.error();
    QList<QVariantList> rows;
    for (const Reply &r : *replies)
        rows.append({ReplyRepository::groupName(r.group), r.code, r.title, r.body});
    return rows;
}

} // namespace shopdesk::service
