#include "FactPrompt.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace shopdesk::service {

FactPrompt::FactPrompt(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("missingFacts"));
    mForm = new QFormLayout(this);
    hide();
    retranslateUi();
}

void FactPrompt::retranslateUi()
{
    setTitle(tr("Missing facts: type them, then Enter"));
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it)
        if (auto *label = qobject_cast<QLabel *>(mForm->labelForField(it.value())))
            label->setText(tr("%1 %2").arg(ReplyFiller::braced(it.key()), ReplyFiller::label(it.key())));
}

void FactPrompt::ask(const QStringList &keys)
{
    while (mForm->rowCount() > 0)
        mForm->removeRow(0);
    mFields.clear();
    mOrder = keys;
    for (const QString &key : keys) {
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("fact.") + key);
        field->setText(mTyped.value(key));
        field->installEventFilter(this);
        mForm->addRow(tr("%1 %2").arg(ReplyFiller::braced(key), ReplyFiller::label(key)), field);
        mFields.insert(key, field);
        connect(field, &QLineEdit::textChanged, this, [this, key](const QString &text) {
            mTyped.insert(key, text);
            Q_EMIT typedChanged();
        });
    }
    setVisible(!keys.isEmpty());
    if (!keys.isEmpty())
        mFields.value(keys.first())->setFocus();
}

bool FactPrompt::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QGroupBox::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        for (const QString &k : std::as_const(mOrder)) {
            QLineEdit *f = mFields.value(k);
            if (f->text().trimmed().isEmpty()) {
                f->setFocus();
                return true;
            }
        }
        Q_EMIT completed();
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        ask({});
        Q_EMIT dismissed();
        return true;
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace shopdesk::service
