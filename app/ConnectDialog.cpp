#include "ConnectDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shopdesk::app {

namespace {
// libpq's sslmode values, in the order the list offers them: the default first.
const QStringList kTlsModes { QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full"),
    QStringLiteral("disable") };
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , mHost(new QLineEdit(this))
    , mPort(new QSpinBox(this))
    , mDatabase(new QLineEdit(this))
    , mUser(new QLineEdit(this))
    , mPassword(new QLineEdit(this))
    , mTls(new QComboBox(this))
    , mKeep(new QCheckBox(this))
    , mHint(new QLabel(this))
    , mLayout(new QFormLayout)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    mHost->setObjectName(QStringLiteral("host"));
    mPort->setObjectName(QStringLiteral("port"));
    mPort->setRange(1, 65535);
    mPort->setValue(5432);
    mDatabase->setObjectName(QStringLiteral("database"));
    mDatabase->setText(QStringLiteral("shop"));
    mUser->setObjectName(QStringLiteral("user"));
    mPassword->setObjectName(QStringLiteral("password"));
    mPassword->setEchoMode(QLineEdit::Password);
    mTls->setObjectName(QStringLiteral("tlsMode"));
    for (const QString &mode : kTlsModes)
        mTls->addItem(QString(), mode);
    mKeep->setObjectName(QStringLiteral("keepPassword"));
    mHint->setObjectName(QStringLiteral("hint"));
    mHint->setWordWrap(true);
    mButtons->setObjectName(QStringLiteral("buttons"));

    for (QWidget *field : std::initializer_list<QWidget *> { mHost, mPort, mDatabase, mUser, mPassword, mTls }) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        mLabels << label;
        mLayout->addRow(label, field);
    }
    mLayout->addRow(mKeep);
    auto *box = new QVBoxLayout(this);
    box->addWidget(mHint);
    box->addLayout(mLayout);
    box->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : { mHost, mDatabase, mUser })
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    retranslateUi();
    updateButtons();
}

void ConnectDialog::setAddress(const core::ServerAddress &address)
{
    mHost->setText(address.host);
    mPort->setValue(address.port);
    mDatabase->setText(address.database);
    mUser->setText(address.user);
    const int tls = mTls->findData(address.sslMode.isEmpty() ? QStringLiteral("prefer") : address.sslMode);
    mTls->setCurrentIndex(tls < 0 ? 0 : tls);
}

core::ServerAddress ConnectDialog::address() const
{
    core::ServerAddress a;
    a.host = mHost->text().trimmed();
    a.port = mPort->value();
    a.database = mDatabase->text().trimmed();
    a.user = mUser->text().trimmed();
    a.password = mPassword->text();
    const QString tls = mTls->currentData().toString();
    a.sslMode = tls == QLatin1String("prefer") ? QString() : tls; // libpq's default: not written out
    return a;
}

bool ConnectDialog::keepPassword() const { return mKeep->isChecked(); }

void ConnectDialog::setKeepPassword(bool keep) { mKeep->setChecked(keep); }

void ConnectDialog::updateButtons()
{
    mButtons->button(QDialogButtonBox::Ok)
        ->setEnabled(!mHost->text().trimmed().isEmpty() && !mDatabase->text().trimmed().isEmpty()
            && !mUser->text().trimmed().isEmpty());
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to a shop server"));
    mHint->setText(tr("The shop's server is the PC that keeps the shop for every PC of the store (see “Several PCs” "
                      "in the README)."));
    const QStringList labels { tr("&Server (name or address):"), tr("&Port:"), tr("&Database:"), tr("&User:"),
        tr("Pass&word:"), tr("&Encryption:") };
    for (int i = 0; i < mLabels.size(); ++i)
        mLabels.at(i)->setText(labels.at(i));
    mHost->setPlaceholderText(tr("e.g. 192.168.1.10"));
    mTls->setItemText(0, tr("Encrypted if the server offers it"));
    mTls->setItemText(1, tr("Always encrypted"));
    mTls->setItemText(2, tr("Always encrypted, server certificate checked"));
    mTls->setItemText(3, tr("Not encrypted"));
    mKeep->setText(tr("&Keep the password on this PC (in this user's settings)"));
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

} // namespace shopdesk::app
