#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace shopdesk::inventory {

/// The stock-take's scan field, built for a barcode scanner: it keeps the focus, Enter takes the
/// code and clears the field at once (the next scan may follow immediately), "CODE*3" or "*3" (or
/// the × box) count several, and each result is shown beside it — never in a modal box, which
/// would take the next scan's keys and its Enter.
class StocktakeScanRow : public QWidget {
    Q_OBJECT
public:
    explicit StocktakeScanRow(QWidget *parent = nullptr);

    QLineEdit *field() const { return mScan; }
    void retranslateUi();
    /// A scan counted (green) or refused (red, with a beep).
    void showCounted(const QString &text);
    void showRefused(const QString &text);
    void clearMessage();
    void refocus();
    /// Asks for the count of a SKU in a field beside the scan field (Enter sets it, Esc goes
    /// back). A barcode scanned into it meanwhile (longer than any count) is taken as a scan.
    void askCount(qint64 skuId, const QString &question, qint64 current);

Q_SIGNALS:
    /// A code entered, with how many pieces it counts for.
    void scanned(const QString &code, int quantity);
    void countTyped(qint64 skuId, qint64 counted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onEntered();
    void onCountEntered();
    void closeCount();

    QLabel *mScanLabel;
    QLineEdit *mScan;
    QLabel *mTimesLabel;
    QSpinBox *mTimes;
    QLabel *mLastScan;
    QLabel *mCountLabel;
    QLineEdit *mCount;
    qint64 mCountSku = 0;
};

} // namespace shopdesk::inventory
