#include "BulkCliImport.h"

#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "kernel/domain/Ids.h"
#include "models/grading/GradebookData.h"
#include "models/store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace k12::bench {

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Runs a program to its end; its wall time in ms, or a fatal error with its output.
double timeProcess(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForStarted() || !p.waitForFinished(600'000) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0)
        qFatal("%s failed: %s %s", qPrintable(program), p.readAllStandardOutput().constData(),
               p.readAllStandardError().constData());
    const double ms = double(t.nsecsElapsed()) / 1e6;
    *output = QString::fromUtf8(p.readAllStandardOutput());
    return ms;
}

} // namespace

void cliImportAgainstShell(int students, int assignments)
{
    QTemporaryDir dir;
    // A fresh class of `students`, nothing else, in a profile of its own.
    QString className;
    QStringList numbers;
    {
        Result<std::unique_ptr<Store>> store = Store::open(dir.filePath(u"profile"_s));
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        ClassGenerator::Spec spec;
        spec.students = students;
        spec.assignments = 0;
        spec.graded = 0;
        const ClassGenerator::Generated g = *ClassGenerator::generate(**store, spec);
        const GradebookData data = *GradebookData::load(**store, g.classId);
        className = data.schoolClass.name;
        for (const Student &s : data.students)
            numbers << s.studentNumber;
    }
    // Every cell filled (students x assignments scores), new assignment titles, points possible 10.
    QByteArray csv = "Student Number";
    for (int a = 0; a < assignments; ++a)
        csv += ",New " + QByteArray::number(a + 1);
    csv += '\n';
    for (int s = 0; s < numbers.size(); ++s) {
        csv += numbers.at(s).toUtf8();
        for (int a = 0; a < assignments; ++a)
            csv += ',' + QByteArray::number((s * 7 + a * 3) % 21 / 2.0);
        csv += '\n';
    }
    const QString csvPath = dir.filePath(u"scores.csv"_s);
    writeFile(csvPath, csv);

    // The shell's rows: time-ordered text keys (as newId makes them), the same count.
    const QString classId = newId();
    QList<QByteArray> studentIds, assignmentIds;
    for (int s = 0; s < numbers.size(); ++s)
        studentIds << newId().toUtf8();
    for (int a = 0; a < assignments; ++a)
        assignmentIds << newId().toUtf8();
    QByteArray rows;
    rows.reserve(qsizetype(numbers.size()) * assignments * 140);
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    for (int a = 0; a < assignments; ++a) {
        for (int s = 0; s < numbers.size(); ++s) {
            rows += newId().toUtf8() + ',' + now + ',' + classId.toUtf8() + ',' + assignmentIds.at(a) + ',' +
                    studentIds.at(s) + ',' + QByteArray::number((s * 7 + a * 3) % 21 / 2.0) + '\n';
        }
    }
    const QString rowsPath = dir.filePath(u"rows.csv"_s);
    writeFile(rowsPath, rows);
    const qint64 rowCount = qint64(numbers.size()) * assignments;

    QString output;
    const double shellMs = timeProcess(u"sh"_s,
                                       {QStringLiteral(K12_SOURCE_DIR "/bench/sqlite_import_reference.sh"),
                                        dir.filePath(u"reference.sqlite"_s), rowsPath},
                                       &output);
    const QString stored = output.trimmed().section(u'\n', -1);
    if (stored.toLongLong() != rowCount)
        qFatal("sqlite3 .import stored %s rows, not %lld", qPrintable(stored), rowCount);
    const double cliMs = timeProcess(QStringLiteral(K12_TEACHER_BIN),
                                     {u"--profile"_s, dir.filePath(u"profile"_s), u"import"_s, u"scores"_s, csvPath,
                                      u"--class"_s, className, u"--create-assignments"_s},
                                     &output);

    const QString size = u"%1 x %2"_s.arg(numbers.size()).arg(assignments);
    out() << u"\n| one run each | time | ratio |\n|---|---|---|\n"_s;
    out() << u"| `k12-teacher import scores --create-assignments`, fresh %1-student class, %2 CSV | "_s
                 .arg(numbers.size())
                 .arg(size)
          << QString::number(cliMs, 'f', 0) << u" ms | "_s << QString::number(cliMs / shellMs, 'f', 2)
          << u" (target <= 2.0) |\n"_s;
    out() << u"| sqlite3 shell `.import` of %1 score rows (WAL, synchronous=FULL, 2 secondary indexes) | "_s.arg(
                 rowCount)
          << QString::number(shellMs, 'f', 0) << u" ms | |\n"_s;
    benchLine(u"CLI import --create-assignments %1 fresh class (one run)"_s.arg(size), cliMs, u"ms"_s, shellMs,
              u"<= 2.0x sqlite3 .import"_s);
    benchLine(u"sqlite3 .import %1 score rows (one run)"_s.arg(rowCount), shellMs, u"ms"_s);
}

} // namespace k12::bench
