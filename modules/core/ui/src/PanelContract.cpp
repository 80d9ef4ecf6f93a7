#include "shopdesk/core/PanelContract.h"

#include <QEvent>
#include <QUndoStack>

namespace shopdesk::core {

ModulePanel::ModulePanel(QWidget *parent)
    : QWidget(parent)
    , mUndoStack(new QUndoStack(this))
{
    mUndoStack->setUndoLimit(200);
}

ModulePanel::~ModulePanel() = default;

void ModulePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace shopdesk::core
