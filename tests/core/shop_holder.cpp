// A stand-in for the ShopDesk window in the shared-file test: a process that keeps a shop open,
// opens and closes the same file in-process the way the window does (the shop file check and a
// file dialog listing the shop's folder), then writes while another process has come and gone.
//
//   shop_holder SHOP   writes holder.before, shows the folder in a file dialog, prints "ready";
//                      on a line from standard input writes holder.after and prints "written";
//                      then waits to be killed.

#include <shopdesk/core/Database.h>
#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/OrderRepository.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QSocketNotifier>

#include <cstdio>
#include <iostream>
#include <string>

using namespace shopdesk;

namespace {

int fail(const QString &why)
{
    std::cerr << "shop_holder: " << why.toStdString() << std::endl;
    return 1;
}

// Shows the shop's folder in ShopDesk's file dialog until the dialog knows the shop file's type
// (that is when a dialog would look inside the file), then cancels it, as a user would.
bool browseFolder(const QString &shop)
{
    std::unique_ptr<QFileDialog> dialog = core::FileDialog::create(
        nullptr, QStringLiteral("Import"), QFileInfo(shop).absolutePath(), {}, core::FileDialog::Purpose::Open);
    dialog->setViewMode(QFileDialog::Detail);
    dialog->show();
    auto *model = dialog->findChild<QFileSystemModel *>();
    if (!model)
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const QModelIndex file = model->index(shop, 2); // the Type column
        if (file.isValid() && !file.data().toString().isEmpty())
            break;
    }
    dialog->reject();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return fail(QStringLiteral("usage: shop_holder SHOP"));
    const QString path = args.at(1);

    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    if (!db)
        return fail(db.errorMessage());
    core::ShopSettings settings(**db);
    if (core::Status s = settings.setValue(QStringLiteral("holder.before"), QStringLiteral("1")); !s)
        return fail(s.errorMessage());

    // What the window does in its own process while the shop is open.
    if (core::Database::inspect(path).kind != core::ShopFileInfo::Kind::Shop)
        return fail(QStringLiteral("the shop no longer looks like a shop"));
    if (!browseFolder(path))
        return fail(QStringLiteral("the file dialog has no file list"));

    std::cout << "ready" << std::endl;
    std::string line;
    if (!std::getline(std::cin, line))
        return fail(QStringLiteral("no go-ahead on standard input"));
    if (core::Status s = settings.setValue(QStringLiteral("holder.after"), QStringLiteral("1")); !s)
        return fail(s.errorMessage());
    std::cout << "written" << std::endl;
    std::getline(std::cin, line); // killed here
    return 0;
}
