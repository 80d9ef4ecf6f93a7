#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFileDialog;
class QWidget;

namespace shopdesk::core {

/// The file dialogs of every panel. Unlike QFileDialog's static functions they never look inside
/// the files they list: a dialog that sniffs a file's type opens and closes it in ShopDesk's own
/// process, and closing any descriptor of the open shop file drops the process's SQLite locks on
/// it (POSIX fcntl locks are per process), so another program would think the shop closed and
/// delete its write-ahead log. Types and icons come from the file name alone, and on Linux the
/// dialog is Qt's own (a desktop's in-process file chooser would sniff). Choosing the open shop
/// file itself (or its -wal / -shm) for an import or an export is refused with a message.
class FileDialog {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::FileDialog)
public:
    enum class Purpose { Open, Save };
    /// Whether the open shop file itself may be chosen (File → Open may name it; imports, exports
    /// and backups may not).
    enum class OpenShop { Refuse, Allow };

    /// A file to read, or empty when the user cancelled.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
        const QString &filter = {}, OpenShop openShop = OpenShop::Refuse);
    /// A file to write (the dialog asks before replacing one), or empty when the user cancelled.
    static QString getSaveFileName(
        QWidget *parent, const QString &caption, const QString &dir = {}, const QString &filter = {});

    /// The dialog those two run, set up but not shown (for tests and for callers that need more).
    /// `dir` may name a folder, or a file to suggest (in a folder, or alone).
    static std::unique_ptr<QFileDialog> create(
        QWidget *parent, const QString &caption, const QString &dir, const QString &filter, Purpose purpose);
};

} // namespace shopdesk::core
