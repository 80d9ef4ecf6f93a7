#pragma once
// Drives the new-shop wizard as a manager fills it in (tests/app: test_new_shop, test_move_in).

#include "ShopSetup.h"

#include <shopdesk/core/Language.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QWizard>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {
/// Types into a named field as a user does: Latin text key by key, Chinese as an input method
/// commits it.
inline void type(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(name);
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool latin = true;
    for (const QChar c : text)
        latin = latin && c.unicode() < 0x80;
    if (latin) {
        QTest::keyClicks(edit, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(edit, &commit);
}

inline bool nextEnabled(QWizard *wizard) { return wizard->button(QWizard::NextButton)->isEnabled(); }

/// Walks the wizard as a manager would: every page's fields, Next only when it allows.
inline void fillWizard(app::NewShopWizard *wizard, const QString &file)
{
    auto *path = wizard->findChild<QLineEdit *>(QStringLiteral("shopFile"));
    REQUIRE(path);
    path->setText(file);
    REQUIRE(nextEnabled(wizard));
    wizard->next();

    CHECK_FALSE(nextEnabled(wizard)); // a shop needs its name
    type(wizard, QStringLiteral("shopName"), QString::fromUtf8("小林服饰"));
    auto *platform = wizard->findChild<QComboBox *>(QStringLiteral("platform"));
    REQUIRE(platform);
    const bool chinese = core::language::current() == QLatin1String("zh_CN");
    CHECK(platform->itemText(1) == (chinese ? QString::fromUtf8("天猫") : QStringLiteral("Tmall")));
    platform->setCurrentIndex(1);
    REQUIRE(nextEnabled(wizard));
    wizard->next();

    type(wizard, QStringLiteral("senderName"), QString::fromUtf8("林小姐"));
    type(wizard, QStringLiteral("senderAddress"), QString::fromUtf8("浙江省杭州市余杭区文一西路 100 号"));
    type(wizard, QStringLiteral("senderPhone"), QStringLiteral("1380013800")); // one digit short
    CHECK_FALSE(nextEnabled(wizard));
    CHECK(wizard->currentPage()->findChild<QLabel *>(QStringLiteral("problem"))->text()
        == (chinese ? QString::fromUtf8("请填写寄件人电话：11 位手机号，或带区号的固定电话。")
                    : QStringLiteral("Enter the sender's phone: an 11-digit mobile number or a landline with its area "
                                     "code.")));
    type(wizard, QStringLiteral("senderPhone"), QStringLiteral("13800138000"));
    REQUIRE(nextEnabled(wizard));
    wizard->next();

    auto *mask = wizard->findChild<QCheckBox *>(QStringLiteral("maskPhone"));
    REQUIRE(mask);
    CHECK(mask->isChecked()); // privacy waybills by default
    auto *courier = wizard->findChild<QComboBox *>(QStringLiteral("defaultCourier"));
    REQUIRE(courier);
    courier->setCurrentIndex(courier->findData(QStringLiteral("YTO")));
    type(wizard, QStringLiteral("bankAccount"), QString::fromUtf8("工商银行 林小美 6222 0000 1111"));
    wizard->next();

    auto *staff = wizard->findChild<QPlainTextEdit *>(QStringLiteral("staff"));
    REQUIRE(staff);
    staff->setPlainText(QString::fromUtf8("林小美\n 阿强 \n林小美\n"));
    type(wizard, QStringLiteral("promotion"), QString::fromUtf8("满199减20"));
}
} // namespace shopdesk::test
