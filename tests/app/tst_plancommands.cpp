// The plan commands end to end: the built k12-teacher run as a process.
// export plan writes a private PDF (exit 0), refuses unknown ids (exit 1) and
// bad usage (exit 2); plan list shows the ids to export.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Ids.h"
#include "models/plans/PlanQueries.h"
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
    void unitAndLessonAddRoundTrip();
    void unitAndLessonAddErrors();

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
    const test::ProcessResult plan = run({u"plan"_s, u"--help"_s});
    QCOMPARE(plan.exitCode, 0);
    for (const QString &c :
         {u"plan list"_s, u"plan unit add"_s, u"plan unit list"_s, u"plan lesson add"_s, u"plan lesson list"_s})
        QVERIFY2(plan.out.contains(c), qPrintable(c));
    const test::ProcessResult exportGroup = run({u"export"_s, u"--help"_s});
    QCOMPARE(exportGroup.exitCode, 0);
    QVERIFY(exportGroup.out.contains(u"export plan"_s) && exportGroup.out.contains(u"export gradebook"_s));
    const test::ProcessResult unitHelp = run({u"plan"_s, u"unit"_s, u"add"_s, u"--help"_s});
    QCOMPARE(unitHelp.exitCode, 0);
    QVERIFY(unitHelp.out.contains(u"--start"_s) && unitHelp.out.contains(u"--summary"_s));
}

void TestPlanCommands::unitAndLessonAddRoundTrip()
{
    const test::ProcessResult unit =
        run({u"plan"_s, u"unit"_s, u"add"_s, u"--class"_s, u"Earth Science"_s, u"Volcanoes"_s, u"--start"_s,
             u"2026-11-02"_s, u"--summary"_s, u"Why the ground melts"_s});
    QVERIFY2(unit.exitCode == 0, qPrintable(unit.err));
    const QString unitId = unit.out.trimmed();
    QVERIFY2(isId(unitId), qPrintable(unit.out));

    const test::ProcessResult first =
        run({u"plan"_s, u"lesson"_s, u"add"_s, u"--unit"_s, unitId, u"Magma"_s, u"--date"_s, u"2026-11-02"_s,
             u"--objectives"_s, u"Name three kinds of magma"_s, u"--homework"_s, u"Read p. 12"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString firstId = first.out.trimmed();
    QVERIFY(isId(firstId));
    // Without --date: the school day after the last dated lesson, as New Lesson in the window.
    const test::ProcessResult second = run({u"plan"_s, u"lesson"_s, u"add"_s, u"--unit"_s, unitId, u"Eruptions"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QString secondId = second.out.trimmed();

    const test::ProcessResult units =
        run({u"plan"_s, u"unit"_s, u"list"_s, u"--class"_s, u"Earth Science"_s, u"--json"_s});
    QCOMPARE(units.exitCode, 0);
    const QJsonArray unitArray = QJsonDocument::fromJson(units.out.toUtf8()).array();
    QCOMPARE(unitArray.size(), 2);
    QCOMPARE(unitArray.at(1)[u"id"_s].toString(), unitId); // after the existing unit
    QCOMPARE(unitArray.at(1)[u"title"_s].toString(), u"Volcanoes"_s);
    QCOMPARE(unitArray.at(1)[u"start_date"_s].toString(), u"2026-11-02"_s);
    QCOMPARE(unitArray.at(1)[u"end_date"_s].toString(), u"2026-11-20"_s); // three school weeks
    QCOMPARE(unitArray.at(1)[u"summary"_s].toString(), u"Why the ground melts"_s);
    QCOMPARE(unitArray.at(1)[u"lessons"_s].toInt(), 2);
    const test::ProcessResult table = run({u"plan"_s, u"unit"_s, u"list"_s, u"--class"_s, u"Earth Science"_s});
    QVERIFY(table.out.contains(unitId + u"\t2026-11-02\t2026-11-20\tdraft\tVolcanoes"_s));

    const test::ProcessResult lessons = run({u"plan"_s, u"lesson"_s, u"list"_s, u"--unit"_s, unitId, u"--json"_s});
    QCOMPARE(lessons.exitCode, 0);
    const QJsonArray lessonArray = QJsonDocument::fromJson(lessons.out.toUtf8()).array();
    QCOMPARE(lessonArray.size(), 2);
    QCOMPARE(lessonArray.at(0)[u"id"_s].toString(), firstId);
    QCOMPARE(lessonArray.at(0)[u"objectives"_s].toString(), u"Name three kinds of magma"_s);
    QCOMPARE(lessonArray.at(0)[u"homework"_s].toString(), u"Read p. 12"_s);
    QCOMPARE(lessonArray.at(1)[u"id"_s].toString(), secondId);
    QCOMPARE(lessonArray.at(1)[u"date"_s].toString(), u"2026-11-03"_s);
    QVERIFY(run({u"plan"_s, u"list"_s, u"--class"_s, u"Earth Science"_s}).out.contains(secondId));

    // What the Plans tab reads, and written as the window's actions write (undo label, audit key, outbox).
    m_profile->reopen();
    Store &store = m_profile->store();
    const QString classId = ClassRepository(store).resolve(u"Earth Science"_s)->id;
    const QList<UnitPlan> planned = PlanQueries(store).units(classId);
    QCOMPARE(planned.size(), 2);
    QCOMPARE(planned.at(1).id, unitId);
    QCOMPARE(planned.at(1).startDate, QDate(2026, 11, 2));
    const QList<Lesson> taught = PlanQueries(store).lessons(unitId);
    QCOMPARE(taught.size(), 2);
    QCOMPARE(taught.at(0).title, u"Magma"_s);
    QCOMPARE(taught.at(0).classId, classId);
    QCOMPARE(taught.at(1).position, taught.at(0).position + 1);
    QCOMPARE(test::countRows(store, u"audit_log"_s, u"action = 'unit.add'"_s), 1);
    QCOMPARE(test::countRows(store, u"audit_log"_s, u"action = 'lesson.add'"_s), 2);
    QCOMPARE(
        test::countRows(store, u"outbox"_s, u"entity = 'lesson' AND row_id IN ('%1', '%2')"_s.arg(firstId, secondId)),
        2); // queued for sync
    m_profile->close();
}

void TestPlanCommands::unitAndLessonAddErrors()
{
    const QStringList unitAdd{u"plan"_s, u"unit"_s, u"add"_s};
    test::ProcessResult r = run(unitAdd + QStringList{u"--class"_s, u"Nope"_s, u"Title"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Nope"_s), qPrintable(r.err));
    r = run(unitAdd + QStringList{u"--class"_s, u"Earth Science"_s, u"Title"_s, u"--start"_s, u"11/02/2026"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--start needs a date as YYYY-MM-DD"_s), qPrintable(r.err));
    QCOMPARE(run(unitAdd + QStringList{u"Title"_s}).exitCode, 2);                       // no --class
    QCOMPARE(run(unitAdd + QStringList{u"--class"_s, u"Earth Science"_s}).exitCode, 2); // no title
    r = run(unitAdd + QStringList{u"--class"_s, u"Earth Science"_s, u"Title"_s, u"--start"_s, u"2026-11-02"_s,
                                  u"--end"_s, u"2026-10-01"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"end before it starts"_s), qPrintable(r.err));

    const QStringList lessonAdd{u"plan"_s, u"lesson"_s, u"add"_s};
    r = run(lessonAdd + QStringList{u"--unit"_s, newId(), u"Title"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"No unit has the id"_s), qPrintable(r.err));
    QCOMPARE(run(lessonAdd + QStringList{u"--unit"_s, m_unitId, u"Title"_s, u"--date"_s, u"tomorrow"_s}).exitCode, 2);
    QCOMPARE(run(lessonAdd + QStringList{u"Title"_s}).exitCode, 2); // no --unit
    QCOMPARE(run({u"plan"_s, u"lesson"_s, u"list"_s, u"--unit"_s, u"nonsense"_s}).exitCode, 1);
    QCOMPARE(run({u"plan"_s, u"unit"_s, u"list"_s}).exitCode, 2);

    m_profile->reopen();
    QCOMPARE(test::countRows(m_profile->store(), u"unit_plan"_s), 1); // nothing written
    QCOMPARE(test::countRows(m_profile->store(), u"lesson"_s), 2);
    m_profile->close();
}

QTEST_GUILESS_MAIN(TestPlanCommands)
#include "tst_plancommands.moc"
