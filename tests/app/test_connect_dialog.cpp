// File → Connect to a shop server…: the fields make the address opened, the password is kept
// only when the user ticks it, recent servers show without it, and a refused connection says so
// in ShopDesk's words, never the driver's.

#include "AppSettings.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "Modules.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
template<typename T>
T *field(const QWidget &w, const char *name)
{
    T *f = w.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(f);
    return f;
}

/// A port on this PC where nothing listens (taken, then let go).
int closedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

TEST_CASE("the connect dialog's fields make the server address that is opened")
{
    core::language::install(QStringLiteral("en"));
    app::ConnectDialog dialog;
    QPushButton *connect = field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(connect->isEnabled()); // no server, no user yet
    QTest::keyClicks(field<QLineEdit>(dialog, "host"), QStringLiteral("192.168.1.10"));
    field<QSpinBox>(dialog, "port")->setValue(5433);
    QLineEdit *database = field<QLineEdit>(dialog, "database");
    database->clear();
    QTest::keyClicks(database, QStringLiteral("xiaodian"));
    QTest::keyClicks(field<QLineEdit>(dialog, "user"), QStringLiteral("clerk"));
    QTest::keyClicks(field<QLineEdit>(dialog, "password"), QStringLiteral("s3cret"));
    CHECK(field<QLineEdit>(dialog, "password")->echoMode() == QLineEdit::Password);
    CHECK(connect->isEnabled());

    // The default encryption is libpq's own (prefer): nothing written in the address.
    CHECK(dialog.address().url() == QStringLiteral("postgresql://clerk@192.168.1.10:5433/xiaodian"));
    CHECK(dialog.address().password == QStringLiteral("s3cret"));
    QComboBox *tls = field<QComboBox>(dialog, "tlsMode");
    CHECK(tls->count() == 4);
    tls->setCurrentIndex(tls->findData(QStringLiteral("require")));
    CHECK(dialog.address().url() == QStringLiteral("postgresql://clerk@192.168.1.10:5433/xiaodian?sslmode=require"));
    CHECK(tls->currentText() == QStringLiteral("Always encrypted"));
    CHECK_FALSE(dialog.keepPassword());
    field<QCheckBox>(dialog, "keepPassword")->setChecked(true);
    CHECK(dialog.keepPassword());

    // A recent server fills it in again (the password is not part of it).
    app::ConnectDialog again;
    again.setAddress(
        *core::ServerAddress::parse(QStringLiteral("postgresql://boss@shop-pc:5432/shop?sslmode=verify-full")));
    CHECK(field<QLineEdit>(again, "host")->text() == QStringLiteral("shop-pc"));
    CHECK(field<QSpinBox>(again, "port")->value() == 5432);
    CHECK(field<QLineEdit>(again, "database")->text() == QStringLiteral("shop"));
    CHECK(field<QLineEdit>(again, "user")->text() == QStringLiteral("boss"));
    CHECK(field<QLineEdit>(again, "password")->text().isEmpty());
    CHECK(again.address().url() == QStringLiteral("postgresql://boss@shop-pc:5432/shop?sslmode=verify-full"));
}

TEST_CASE("the connect dialog speaks Chinese by default")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::ConnectDialog dialog;
    CHECK(dialog.windowTitle() == QString::fromUtf8("连接店铺服务器"));
    CHECK(field<QCheckBox>(dialog, "keepPassword")->text()
        == QString::fromUtf8("在本机保存密码（存于本用户的设置）(&K)"));
    // The hint names the README's section by the title a Chinese reader finds there.
    CHECK(field<QLabel>(dialog, "hint")->text()
        == QString::fromUtf8(
            "店铺服务器是为店里每台电脑保存店铺数据的那台电脑（见 README 的“多台电脑共用一个店铺”一节）。"));
    QFile readme(QStringLiteral(SHOPDESK_SOURCE_DIR "/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(readme.readAll())
              .split(QLatin1Char('\n'))
              .contains(QString::fromUtf8("## Several PCs (多台电脑共用一个店铺)")));
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("a server that refuses the connection is told in ShopDesk's words, and nothing is kept")
{
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    QStringList errors;
    QObject::connect(&w, &app::MainWindow::errorShown, [&errors](const QString &m) { errors << m; });
    core::ServerAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = closedPort();
    address.database = QStringLiteral("shop");
    address.user = QStringLiteral("clerk");
    address.password = QStringLiteral("s3cret");
    address.sslMode = QStringLiteral("disable");
    CHECK_FALSE(w.connectToServer(address, true));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first()
        == QStringLiteral("The shop server at 127.0.0.1:%1 cannot be reached: check that the server PC is on, "
                          "PostgreSQL runs there, and this PC is on the shop's network.")
               .arg(address.port));
    CHECK_FALSE(w.shop());
    CHECK_FALSE(QSettings().contains(app::settings::serverPassword(address.url())));
}

TEST_CASE("a shop server that answers: opened, its password kept only if ticked, listed without it")
{
    if (!test::onServer())
        SKIP("needs a shop server (SHOPDESK_TEST_SERVER)");
    test::TestShop shop;
    auto address = core::ServerAddress::parse(shop.path());
    REQUIRE(address);
    shop.close();
    address->password = QStringLiteral("not-needed-by-a-trusting-server");
    {
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        REQUIRE(w.connectToServer(*address, true));
        REQUIRE(w.shop());
        CHECK(w.shop()->isServer());
        CHECK(QSettings().value(app::settings::serverPassword(address->url())).toString()
            == QStringLiteral("not-needed-by-a-trusting-server"));
        // Open recent lists the server as the user reads it: no password anywhere in the menu.
        QMenu *recent = nullptr;
        for (QMenu *m : w.menuBar()->findChildren<QMenu *>())
            if (m->title() == QStringLiteral("Open &recent"))
                recent = m;
        REQUIRE(recent);
        REQUIRE_FALSE(recent->actions().isEmpty());
        CHECK(recent->actions().first()->text() == address->shown());
        for (const QAction *a : recent->actions())
            CHECK_FALSE(a->text().contains(QStringLiteral("not-needed")));
        w.closeShop();
        // Not ticked the next time: the kept password is forgotten.
        REQUIRE(w.connectToServer(*address, false));
        CHECK_FALSE(QSettings().contains(app::settings::serverPassword(address->url())));
        w.closeShop();
    }
}
