#pragma once

#include "shopdesk/inventory/StocktakeService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace shopdesk::inventory {

/// The count's unknown barcodes, to resolve (the right barcode for a code scanned) or set aside.
class UnknownScansBox : public QWidget {
    Q_OBJECT
public:
    explicit UnknownScansBox(QWidget *parent = nullptr);

    void retranslateUi();
    /// Shows `scans`, keeping the selected one selected when it is still there.
    void setScans(const QList<UnknownScan> &scans);
    int count() const;
    /// The id of the selected unknown scan, 0 when none.
    qint64 selectedId() const;
    void setOpen(bool open);
    void clearField();

Q_SIGNALS:
    void resolveRequested(const QString &barcode);
    void dismissRequested();

private:
    QLabel *mTitle;
    QListWidget *mList;
    QLineEdit *mField;
    QPushButton *mResolve, *mDismiss;
};

} // namespace shopdesk::inventory
