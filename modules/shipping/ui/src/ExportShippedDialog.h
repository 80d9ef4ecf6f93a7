#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QDateEdit;
class QRadioButton;

namespace shopdesk::shipping {

/// Asks which shipped orders go back to the platform in a bulk-shipping file (批量发货): every
/// one not exported yet, or those shipped on a chosen day.
class ExportShippedDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportShippedDialog(QWidget *parent = nullptr);
    /// The day chosen; none for "everything not exported yet".
    std::optional<QDate> day() const;
    void chooseDay(QDate day);

private:
    QRadioButton *mUnexported, *mOnDay;
    QDateEdit *mDay;
};

} // namespace shopdesk::shipping
