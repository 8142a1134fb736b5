// The search index and pulled changes (issue 20), through a real k12-server
// over HTTP: what device A writes (a class, students, an assignment, a comment,
// a lesson, a guardian) is found by device B's search after B pulls, in B's
// index written by the same transaction as the pulled rows; A's rename,
// comment change and removal reach B's results too, and B's live index is
// what a rebuild makes of B's rows after every pull.
#include "SyncDevice.h"
#include "tests/server/ServerHarness.h"

#include "models/actions/Actions.h"
#include "models/search/SearchIndex.h"
#include "models/search/SearchQuery.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;

QStringList found(Store &store, const QString &text)
{
    Result<QList<SearchResult>> r = SearchQuery(store.database()).run(text);
    if (!r)
        return {u"error: "_s + r.error()};
    QStringList out;
    for (const SearchResult &x : *r)
        out << SearchIndex::kindName(x.kind) + u':' + SearchResult::plain(x.title);
    return out;
}

qint64 mismatches(Store &store)
{
    Result<qint64> n = SearchIndex::countMismatches(store.database());
    return n ? *n : -1;
}

} // namespace

class TestSyncSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pulledRowsAreFoundOnTheOtherDevice();
};

void TestSyncSearch::pulledRowsAreFoundOnTheOtherDevice()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"ines@school.org"_s);
    QVERIFY(!teacher.id.isEmpty());
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice a, b;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(b.signIn(server.baseUrl(), teacher.email, kPassword).ok());

    Actions onA(a.store());
    SchoolClass c;
    c.name = u"Química 10"_s;
    c.subject = u"Chemistry"_s;
    const QString classId = *onA.classes().create(c);
    Student s;
    s.givenName = u"Ximena"_s;
    s.familyName = u"Ñúñez"_s;
    s.studentNumber = u"55021"_s;
    const QString studentId = *onA.roster().addStudent(s, classId);
    Assignment as;
    as.classId = classId;
    as.title = u"Stoichiometry lab"_s;
    as.pointsPossible = 10;
    as.id = *onA.assignments().add(as);
    QVERIFY(onA.grades().setGrade(classId, as, studentId,
                                  {ScoreEdit::setPoints(9), ScoreEdit::comment(u"Balanced every equation"_s)}));
    UnitPlan unit;
    unit.classId = classId;
    unit.title = u"Reactions"_s;
    Lesson lesson;
    lesson.classId = classId;
    lesson.unitId = *onA.plans().createUnit(unit);
    lesson.title = u"Titration"_s;
    lesson.activities = u"<p>Burette <b>calibration</b></p>"_s;
    const Result<QString> lessonId = onA.plans().createLesson(lesson);
    QVERIFY(lessonId);
    Guardian g;
    g.givenName = u"Leonor"_s;
    g.familyName = u"Ibáñez"_s;
    QVERIFY(onA.guardians().add(g, studentId));
    SyncReport ra = a.sync();
    QVERIFY2(ra.ok(), qPrintable(ra.message));

    QCOMPARE(found(b.store(), u"nunez"_s), QStringList());
    SyncReport rb = b.sync();
    QVERIFY2(rb.ok(), qPrintable(rb.message));
    QCOMPARE(found(b.store(), u"nunez"_s), QStringList{u"student:Ximena Ñúñez"_s});
    QCOMPARE(found(b.store(), u"quim"_s), QStringList{u"class:Química 10"_s});
    QCOMPARE(found(b.store(), u"stoich"_s), QStringList{u"assignment:Stoichiometry lab"_s});
    QCOMPARE(found(b.store(), u"balanced equa"_s), QStringList{u"comment:Ximena Ñúñez · Stoichiometry lab"_s});
    QCOMPARE(found(b.store(), u"calib"_s), QStringList{u"lesson:Titration"_s});
    QCOMPARE(found(b.store(), u"ibanez"_s), QStringList{u"guardian:Leonor Ibáñez (guardian of Ximena Ñúñez)"_s});
    QCOMPARE(mismatches(b.store()), 0);

    // A renames the student, rewrites the comment and removes the lesson.
    s.id = studentId;
    s.givenName = u"Xiomara"_s;
    QVERIFY(onA.roster().editStudent(s));
    QVERIFY(onA.grades().setGrade(classId, as, studentId, {ScoreEdit::comment(u"Check significant figures"_s)}));
    QVERIFY(onA.plans().removeLesson(*lessonId));
    ra = a.sync();
    QVERIFY2(ra.ok(), qPrintable(ra.message));
    rb = b.sync();
    QVERIFY2(rb.ok(), qPrintable(rb.message));
    QCOMPARE(found(b.store(), u"ximena"_s), QStringList());
    QCOMPARE(found(b.store(), u"xiomara"_s), QStringList{u"student:Xiomara Ñúñez"_s});
    QCOMPARE(found(b.store(), u"balanced"_s), QStringList());
    QCOMPARE(found(b.store(), u"signif"_s), QStringList{u"comment:Xiomara Ñúñez · Stoichiometry lab"_s});
    QCOMPARE(found(b.store(), u"titration"_s), QStringList());
    QCOMPARE(mismatches(b.store()), 0);
}

QTEST_GUILESS_MAIN(TestSyncSearch)
#include "tst_sync_search.moc"
