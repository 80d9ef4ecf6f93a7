#pragma once

#include "shopdesk/service/ReplyFiller.h"

#include <QGroupBox>
#include <QHash>

class QFormLayout;
class QLineEdit;

namespace shopdesk::service {

/// Asks for the facts a reply lacks, under the preview: one field per missing placeholder. Enter
/// moves to the next empty field, and from the last asks for the copy again; Esc dismisses.
class FactPrompt : public QGroupBox {
    Q_OBJECT
public:
    explicit FactPrompt(QWidget *parent = nullptr);

    /// Shows a field for each key (none: hides the prompt), the first one focused.
    void ask(const QStringList &keys);
    /// What was typed, by fact key.
    const Facts &typed() const { return mTyped; }
    void clearTyped() { mTyped.clear(); }
    void retranslateUi();

Q_SIGNALS:
    void typedChanged();
    void completed();
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QFormLayout *mForm;
    QHash<QString, QLineEdit *> mFields;
    QStringList mOrder;
    Facts mTyped;
};

} // namespace shopdesk::service
