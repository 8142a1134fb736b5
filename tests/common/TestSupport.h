#pragma once

#include "store/Store.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace k12::test {

// A fresh profile folder with an opened store, removed after the test.
struct TempProfile
{
    TempProfile();
    QString path() const { return dir.path(); }
    QString dbPath() const;
    Store &store() { return *m_store; }
    void close() { m_store.reset(); }
    void reopen();

    QTemporaryDir dir;

private:
    std::unique_ptr<Store> m_store;
};

qint64 countRows(Store &store, const QString &table, const QString &where = {});

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built k12-teacher with the arguments and waits for it.
ProcessResult runTeacher(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 30000);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);

} // namespace k12::test
