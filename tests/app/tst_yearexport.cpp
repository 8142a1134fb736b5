// `k12-teacher export year` end to end (issue 19): the zip is read back with
// Python's zipfile (an independent reader), its CSV cells checked against the
// fixture's scores, its PDFs read with pdftotext, its mode checked (0600, and
// 0600 inside), a bad term writes nothing, and kill -9 of the CLI in the middle
// of a big export never leaves a half-written file under the final name (nor a
// temporary one). The time of a 6 x 35 x 200 export is printed.
#include "tests/common/RolloverFixture.h"
#include "tests/common/TestSupport.h"

#include "models/actions/ActionRunner.h"
#include "models/actions/ClassActions.h"
#include "models/yearend/YearExport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

// Lists a zip with Python's zipfile: every entry's name, mode and size, the CSV
// rows of the entries ending in .csv, the first bytes of the others, and testzip().
const char *kReader = R"PY(
import csv, io, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
out = {"bad": z.testzip(), "entries": []}
for i in z.infolist():
    data = z.read(i.filename)
    e = {"name": i.filename, "mode": (i.external_attr >> 16) & 0o777, "size": len(data), "head": data[:8].decode("latin-1")}
    if i.filename.endswith(".csv"):
        e["rows"] = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    if i.filename.endswith(".txt"):
        e["text"] = data.decode("utf-8")
    out["entries"].append(e)
print(json.dumps(out))
)PY";

QString python()
{
    return u"/usr/bin/python3"_s;
}

} // namespace

class TestYearExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void safeNames();
    void exportsEveryClassOfTheTerm();
    void badTermWritesNothing();
    void killDuringExportLeavesNoHalfFile();

private:
    ProcessResult run(const QStringList &args, const QString &profile = {})
    {
        return runTeacher(QStringList{u"--profile"_s, profile.isEmpty() ? m_profile->path() : profile} + args, {},
                          120000);
    }
    QJsonObject readZip(const QString &path)
    {
        QProcess p;
        p.start(python(), {u"-c"_s, QString::fromLatin1(kReader), path});
        p.waitForFinished(60000);
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(out).object();
    }
    static QJsonObject entry(const QJsonObject &zip, const QString &name)
    {
        for (const QJsonValue &v : zip.value(u"entries"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        }
        return {};
    }

    std::unique_ptr<TempProfile> m_profile;
    QTemporaryDir m_out;
};

void TestYearExport::init()
{
    QVERIFY2(QFileInfo(python()).isExecutable(), "/usr/bin/python3 is needed to read the zip back");
    m_profile = std::make_unique<TempProfile>();
    const CourseShape small{3, 4, 2, 2};
    makeCourseClass(m_profile->store(), u"Algebra I"_s, u"P1"_s, u"2025-26 Spring"_s, small);
    makeCourseClass(m_profile->store(), u"Algebra I"_s, u"P2"_s, u"2025-26 Spring"_s, small);
    const QString bio = makeCourseClass(m_profile->store(), u"Bio/Chem: Lab?"_s, {}, u"2025-26 Spring"_s, small);
    makeCourseClass(m_profile->store(), u"Geometry"_s, u"P3"_s, u"2026-27 Fall"_s, small);
    QVERIFY(ClassActions(ActionRunner(m_profile->store())).setArchived(bio, true));
    m_profile->close();
}

void TestYearExport::safeNames()
{
    QStringList taken;
    QCOMPARE(YearExport::safeName(u"Bio/Chem: Lab?"_s, &taken), u"Bio Chem Lab"_s);
    QCOMPARE(YearExport::safeName(u"bio chem lab"_s, &taken), u"bio chem lab (2)"_s);
    QCOMPARE(YearExport::safeName(u"../.hidden"_s, &taken), u"hidden"_s);
    QCOMPARE(YearExport::safeName(u"Unit 1.pdf"_s, &taken), u"Unit 1.pdf"_s);
    QCOMPARE(YearExport::safeName(u"unit 1.pdf"_s, &taken), u"unit 1 (2).pdf"_s);
    QCOMPARE(YearExport::safeName(u"\t"_s, &taken), u"Untitled"_s);
}

void TestYearExport::exportsEveryClassOfTheTerm()
{
    const QString zipPath = m_out.filePath(u"spring.zip"_s);
    // Left by a killed writer without O_TMPFILE (process 99999999 is gone): the next export removes it.
    writeFile(m_out.filePath(u".spring.zip.partial-99999999-0123456789ab"_s), "PK half");
    const ProcessResult r = run({u"export"_s, u"year"_s, u"--term"_s, u"2025-26 Spring"_s, u"--out"_s, zipPath});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // "classes" once translations/k12_teacher_en.ts has the plural, "class(es)" until then.
    QVERIFY2(r.out.contains(QRegularExpression(u"Wrote 3 class(es|\\(es\\)), 22 file"_s)), qPrintable(r.out));
    QCOMPARE(QFileInfo(zipPath).permissions() & 0x7777,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"spring.zip"_s});

    const QJsonObject zip = readZip(zipPath);
    QVERIFY2(zip.value(u"bad"_s).isNull(), "zipfile.testzip() found a bad entry");
    QStringList names;
    for (const QJsonValue &v : zip.value(u"entries"_s).toArray()) {
        names << v.toObject().value(u"name"_s).toString();
        QCOMPARE(v.toObject().value(u"mode"_s).toInt(), 0600);
    }
    const QStringList expected{u"Algebra I (period P1)/Gradebook.csv"_s,
                               u"Algebra I (period P1)/Gradebook.xlsx"_s,
                               u"Algebra I (period P1)/Progress reports.pdf"_s,
                               u"Algebra I (period P1)/Plans/Unit 1.pdf"_s,
                               u"Algebra I (period P1)/Plans/Unit 4.pdf"_s,
                               u"Algebra I (period P2)/Gradebook.csv"_s,
                               u"Bio Chem Lab/Gradebook.csv"_s,
                               u"Bio Chem Lab/Gradebook.xlsx"_s,
                               u"Bio Chem Lab/Progress reports.pdf"_s,
                               u"Bio Chem Lab/Plans/Unit 2.pdf"_s,
                               u"README.txt"_s};
    for (const QString &name : expected)
        QVERIFY2(names.contains(name), qPrintable(name + u" missing from: "_s + names.join(u", "_s)));
    QCOMPARE(names.size(), 3 * (3 + 4) + 1);            // per class CSV, XLSX, reports, 4 units; README
    QVERIFY(!names.join(u' ').contains(u"Geometry"_s)); // another term

    // The CSV: student "Given1 Algebra I 1" scored 7 + 1 % 4 = 8 on every assignment.
    const QJsonArray rows = entry(zip, u"Algebra I (period P2)/Gradebook.csv"_s).value(u"rows"_s).toArray();
    QVERIFY(rows.size() >= 3);
    const QJsonArray header = rows.at(0).toArray();
    int column = -1;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).toString().startsWith(u"Assignment 2"_s))
            column = i;
    }
    QVERIFY2(column > 0, QJsonDocument(header).toJson().constData());
    int checked = 0;
    for (const QJsonValue &row : rows) {
        const QString line = row.toArray().at(0).toString() + row.toArray().at(1).toString();
        if (line.contains(u"Algebra I 1"_s)) {
            QCOMPARE(row.toArray().at(column).toString(), u"8"_s);
            ++checked;
        } else if (line.contains(u"Algebra I 0"_s)) {
            QCOMPARE(row.toArray().at(column).toString(), u"7"_s);
            ++checked;
        }
    }
    QCOMPARE(checked, 2);
    QCOMPARE(entry(zip, u"Bio Chem Lab/Gradebook.xlsx"_s).value(u"head"_s).toString().left(2), u"PK"_s);

    const QString readme = entry(zip, u"README.txt"_s).value(u"text"_s).toString();
    QVERIFY(readme.contains(u"2025-26 Spring"_s));
    QVERIFY(readme.contains(u"Bio/Chem: Lab? - archived"_s));
    QVERIFY(readme.contains(u"Algebra I (period P1)/Plans/Unit 3.pdf"_s));

    // The PDFs, read back: the reports name the class and the students, the plan its unit and lessons.
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
    QProcess unzip;
    unzip.start(python(), {u"-c"_s, u"import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"_s,
                           zipPath, m_out.filePath(u"x"_s)});
    QVERIFY(unzip.waitForFinished(60000) && unzip.exitCode() == 0);
    const auto text = [&](const QString &name) {
        QProcess p;
        p.start(u"pdftotext"_s, {m_out.filePath(u"x/"_s + name), u"-"_s});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString reports = text(u"Bio Chem Lab/Progress reports.pdf"_s);
    QVERIFY2(reports.contains(u"Bio/Chem: Lab?"_s), qPrintable(reports.left(400)));
    QVERIFY(reports.contains(u"Given0"_s));
    QVERIFY(reports.contains(u"Given1"_s));
    const QString plan = text(u"Algebra I (period P1)/Plans/Unit 1.pdf"_s);
    QVERIFY2(plan.contains(u"Unit 1"_s), qPrintable(plan.left(400)));
    QVERIFY(plan.contains(u"Lesson 1"_s));
    QCOMPARE(readFile(m_out.filePath(u"x/Algebra I (period P1)/Plans/Unit 1.pdf"_s)).left(5), QByteArray("%PDF-"));
}

void TestYearExport::badTermWritesNothing()
{
    QTemporaryDir out;
    const QString zipPath = out.filePath(u"nothing.zip"_s);
    ProcessResult r = run({u"export"_s, u"year"_s, u"--term"_s, u"1999-00 Fall"_s, u"--out"_s, zipPath});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"No class has the term \"1999-00 Fall\". Terms: 2026-27 Fall, 2025-26 Spring."_s),
             qPrintable(r.err));
    r = run({u"export"_s, u"year"_s, u"--out"_s, zipPath});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--term is required (terms: 2026-27 Fall, 2025-26 Spring)"_s), qPrintable(r.err));
    r = run({u"export"_s, u"year"_s, u"--term"_s, u"2025-26 Spring"_s, u"--out"_s, out.filePath(u"x.pdf"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"does not end in .zip"_s));
    r = run({u"export"_s, u"year"_s, u"--term"_s, u"2025-26 Spring"_s, u"--out"_s,
             out.filePath(u"no/such/folder/a.zip"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"does not exist"_s));
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestYearExport::killDuringExportLeavesNoHalfFile()
{
    // 6 classes x 35 students x 200 assignments (and 40 lessons in 4 units each).
    TempProfile big;
    for (int i = 0; i < 6; ++i)
        makeCourseClass(big.store(), i < 3 ? u"Algebra I"_s : u"Geometry"_s, u"P%1"_s.arg(i + 1), u"2025-26 Spring"_s);
    big.close();
    const QStringList args{u"export"_s, u"year"_s, u"--term"_s, u"2025-26 Spring"_s, u"--out"_s};

    // One whole run first: how long the export takes, from the process start.
    const QString full = m_out.filePath(u"full.zip"_s);
    QElapsedTimer t;
    t.start();
    ProcessResult whole = run(args + QStringList{full}, big.path());
    const qint64 fullMs = t.elapsed();
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    qInfo("export of 6 x 35 x 200: %lld ms from the process start; %s", fullMs, qPrintable(whole.out.trimmed()));
    const QJsonObject zip = readZip(full);
    QVERIFY(zip.value(u"bad"_s).isNull());
    QCOMPARE(zip.value(u"entries"_s).toArray().size(), 6 * (3 + 4) + 1);

    QTemporaryDir folder;
    const QString target = folder.filePath(u"year.zip"_s);
    int nothing = 0, whole_ = 0;
    for (int round = 0; round < 4; ++round) {
        QProcess proc;
        proc.setProgram(QStringLiteral(K12_TEACHER_BIN));
        proc.setArguments(QStringList{u"--profile"_s, big.path()} + args + QStringList{target});
        proc.start();
        QVERIFY(proc.waitForStarted());
        const int delay = int(fullMs / 10 + QRandomGenerator::global()->bounded(qint64(fullMs * 8 / 10)));
        QTest::qWait(delay);
        const bool finished = proc.state() == QProcess::NotRunning;
        proc.kill(); // SIGKILL: no handler, no clean-up runs
        proc.waitForFinished();
        const QStringList left = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
        if (QFileInfo::exists(target)) {
            QCOMPARE(left, QStringList{u"year.zip"_s}); // and no temporary file beside it
            const QJsonObject z = readZip(target);
            QVERIFY2(z.value(u"bad"_s).isNull(), "a zip under the final name is whole");
            QCOMPARE(z.value(u"entries"_s).toArray().size(), 6 * (3 + 4) + 1);
            QVERIFY(QFile::remove(target));
            ++whole_;
        } else {
            QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s))); // O_TMPFILE: nothing at all is left
            ++nothing;
        }
        qInfo("round %d: killed after %d ms of ~%lld%s", round, delay, fullMs, finished ? " (had finished)" : "");
    }
    qInfo("nothing %d, whole %d", nothing, whole_);
    QVERIFY(nothing > 0);
}

QTEST_GUILESS_MAIN(TestYearExport)
#include "tst_yearexport.moc"
