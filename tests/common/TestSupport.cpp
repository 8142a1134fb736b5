#include "TestSupport.h"
#include "kernel/domain/Clock.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace k12::test {

TempProfile::TempProfile()
{
    reopen();
}

void TempProfile::reopen()
{
    m_store.reset();
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
    if (!opened)
        qFatal("cannot open test store: %s", qPrintable(opened.error()));
    m_store = std::move(opened).value();
}

QString TempProfile::dbPath() const
{
    return QDir(dir.path()).filePath(u"k12.sqlite"_s);
}

void setToday(const QDate &day)
{
    Clock::setFixed(QDateTime(day, QTime(12, 0)).toUTC());
}

bool skipAllowed(const QString &prerequisite)
{
    return qEnvironmentVariable("K12_ALLOW_SKIP").split(u',', Qt::SkipEmptyParts).contains(prerequisite);
}

qint64 countRows(Store &store, const QString &table, const QString &where)
{
    QSqlQuery q(store.database().connection());
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table + (where.isEmpty() ? QString() : u" WHERE "_s + where)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

ProcessResult runTeacher(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    QProcess p;
    p.setProgram(QStringLiteral(K12_TEACHER_BIN));
    p.setArguments(args);
    p.start();
    ProcessResult r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

} // namespace k12::test
