// The plan commands end to end: the built k12-teacher run as a process.
// export plan writes a private PDF (exit 0), refuses unknown ids (exit 1) and
// bad usage (exit 2); plan list shows the ids to export.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestPlanCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exportUnit();
    void exportLesson();
    void unknownIdExitsOne();
    void badUsageExitsTwo();
    void planList();
    void helpNamesTheCommands();

private:
    test::ProcessResult run(const QStringList &args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_profile->path()} + args);
    }
    QString pdfText(const QString &path);

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_unitId;
    QString m_lessonId;
};

void TestPlanCommands::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    Store &s = m_profile->store();
    SchoolClass c;
    c.name = u"Earth Science"_s;
    const QString classId = *ClassRepository(s).create(c, u"x"_s);
    UnitPlan u;
    u.classId = classId;
    u.title = u"Plate Tectonics"_s;
    u.startDate = QDate(2026, 10, 5);
    u.endDate = QDate(2026, 10, 23);
    m_unitId = *UnitPlanRepository(s).create(u, u"x"_s);
    for (int i = 0; i < 2; ++i) {
        Lesson l;
        l.classId = classId;
        l.unitId = m_unitId;
        l.title = i == 0 ? u"Continental drift"_s : u"Sea-floor spreading"_s;
        l.objectives = i == 0 ? u"Explain Wegener's evidence"_s : u"Model a mid-ocean ridge"_s;
        l.date = QDate(2026, 10, 5 + i);
        l.position = i;
        const QString id = *LessonRepository(s).create(l, u"x"_s);
        if (i == 0)
            m_lessonId = id;
    }
    m_profile->close(); // the command opens the profile itself
}

QString TestPlanCommands::pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {path, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

void TestPlanCommands::exportUnit()
{
    const QString out = m_profile->dir.filePath(u"unit.pdf"_s);
    const test::ProcessResult r = run({u"export"_s, u"plan"_s, u"--unit"_s, m_unitId, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(out));
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QVERIFY(test::readFile(out).startsWith("%PDF-"));
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
    const QString text = pdfText(out);
    for (const QString &expected :
         {u"Plate Tectonics"_s, u"Earth Science"_s, u"Continental drift"_s, u"Explain Wegener's evidence"_s,
          u"Sea-floor spreading"_s, u"Model a mid-ocean ridge"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
}

void TestPlanCommands::exportLesson()
{
    const QString out = m_profile->dir.filePath(u"lesson.pdf"_s);
    const test::ProcessResult r = run({u"export"_s, u"plan"_s, u"--lesson"_s, m_lessonId, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(out));
    K12_REQUIRE("pdftotext", !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                u"pdftotext (poppler-utils) is not installed; scripts/setup installs it"_s);
    const QString text = pdfText(out);
    QVERIFY(text.contains(u"Continental drift"_s));
    QVERIFY(text.contains(u"Unit: Plate Tectonics"_s));
    QVERIFY(!text.contains(u"Sea-floor spreading"_s));
}

void TestPlanCommands::unknownIdExitsOne()
{
    const QString out = m_profile->dir.filePath(u"none.pdf"_s);
    const test::ProcessResult unit = run({u"export"_s, u"plan"_s, u"--unit"_s, newId(), u"--out"_s, out});
    QCOMPARE(unit.exitCode, 1);
    QVERIFY2(unit.err.contains(u"No unit has the id"_s), qPrintable(unit.err));
    const test::ProcessResult lesson = run({u"export"_s, u"plan"_s, u"--lesson"_s, u"nonsense"_s, u"--out"_s, out});
    QCOMPARE(lesson.exitCode, 1);
    QVERIFY(!QFileInfo::exists(out));
    // A folder that does not exist is a user error too.
    const test::ProcessResult folder = run(
        {u"export"_s, u"plan"_s, u"--unit"_s, m_unitId, u"--out"_s, m_profile->dir.filePath(u"missing/dir/x.pdf"_s)});
    QCOMPARE(folder.exitCode, 1);
}

void TestPlanCommands::badUsageExitsTwo()
{
    const QString out = m_profile->dir.filePath(u"x.pdf"_s);
    const test::ProcessResult noOut = run({u"export"_s, u"plan"_s, u"--unit"_s, m_unitId});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY2(noOut.err.contains(u"--out"_s), qPrintable(noOut.err));
    QCOMPARE(run({u"export"_s, u"plan"_s, u"--out"_s, out}).exitCode, 2); // neither --unit nor --lesson
    QCOMPARE(run({u"export"_s, u"plan"_s, u"--unit"_s, m_unitId, u"--lesson"_s, m_lessonId, u"--out"_s, out}).exitCode,
             2);
    QCOMPARE(run({u"export"_s, u"plan"_s, u"--unit"_s, m_unitId, u"--out"_s, out, u"extra"_s}).exitCode, 2);
    QCOMPARE(run({u"plan"_s, u"list"_s}).exitCode, 2); // no --class
    QVERIFY(!QFileInfo::exists(out));
}

void TestPlanCommands::planList()
{
    const test::ProcessResult table = run({u"plan"_s, u"list"_s, u"--class"_s, u"Earth Science"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY(table.out.contains(m_unitId));
    QVERIFY(table.out.contains(m_lessonId));
    QVERIFY(table.out.contains(u"2026-10-05"_s));
    const test::ProcessResult json = run({u"plan"_s, u"list"_s, u"--class"_s, u"Earth Science"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray units = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.at(0)[u"title"_s].toString(), u"Plate Tectonics"_s);
    QCOMPARE(units.at(0)[u"lessons"_s].toArray().size(), 2);
    QCOMPARE(units.at(0)[u"lessons"_s].toArray().at(1)[u"title"_s].toString(), u"Sea-floor spreading"_s);
    QCOMPARE(run({u"plan"_s, u"list"_s, u"--class"_s, u"Nope"_s}).exitCode, 1);
}

void TestPlanCommands::helpNamesTheCommands()
{
    const test::ProcessResult r = run({u"--help"_s});
    QVERIFY(r.out.contains(u"export plan"_s));
    QVERIFY(r.out.contains(u"plan list"_s));
    const test::ProcessResult h = run({u"export"_s, u"plan"_s, u"--help"_s});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains(u"--unit"_s) && h.out.contains(u"--lesson"_s) && h.out.contains(u"--out"_s));
}

QTEST_GUILESS_MAIN(TestPlanCommands)
#include "tst_plancommands.moc"
