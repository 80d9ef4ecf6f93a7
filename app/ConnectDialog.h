#pragma once

#include <shopdesk/core/Database.h>

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shopdesk::app {

/// File → Connect to a shop server…: where the shop's PostgreSQL server is (host, port, database,
/// user, password, TLS mode), and whether this PC keeps the password (in the user's own settings;
/// otherwise it is asked again next time).
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields from a server address (a recent server); the password stays as it is.
    void setAddress(const core::ServerAddress &address);
    /// The server the fields name, with the password typed (never shown again by ShopDesk).
    core::ServerAddress address() const;
    /// Whether the user ticked "Keep the password on this PC".
    bool keepPassword() const;
    void setKeepPassword(bool keep);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QLineEdit *mHost;
    QSpinBox *mPort;
    QLineEdit *mDatabase;
    QLineEdit *mUser;
    QLineEdit *mPassword;
    QComboBox *mTls;
    QCheckBox *mKeep;
    QLabel *mHint;
    QList<QLabel *> mLabels; ///< the fields' labels, in the fields' order
    QFormLayout *mLayout;
    QDialogButtonBox *mButtons;
};

} // namespace shopdesk::app
