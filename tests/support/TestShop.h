#pragma once

#include <shopdesk/core/Database.h>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace shopdesk::test {

/// A new shop file in its own temporary folder, removed after the test.
class TestShop {
public:
    TestShop();
    const core::Database &db() const { return *mDb; }
    core::Database &db() { return *mDb; }
    QString path() const { return mPath; }
    QString dir() const { return mDir.path(); }
    QString file(const QString &name) const { return mDir.filePath(name); }
    /// Closes the shop (every connection), e.g. before looking at the file's bytes.
    void close() { mDb.reset(); }

private:
    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<core::Database> mDb;
};

/// The whole content of a file (to prove a refused file was left byte-identical).
QByteArray fileBytes(const QString &path);

/// Runs one SQL statement on this thread's connection and returns the first column of the first row.
QVariant scalar(const core::Database &db, const QString &sql);

} // namespace shopdesk::test

#include <ostream>

// Readable QString values in Catch2 failure messages and INFO().
inline std::ostream &operator<<(std::ostream &os, const QString &s) { return os << s.toStdString(); }
