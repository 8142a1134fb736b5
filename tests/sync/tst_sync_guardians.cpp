// Guardians through a real k12-server over HTTP: two devices of one teacher
// (added on A appears on B; an edit on B and a removal on A come back), a
// second teacher who must see none of them, a roster import's guardians, and
// no guardian name or email in the client's log or the server's.
#include "SyncDevice.h"
#include "tests/server/ServerHarness.h"

#include "kernel/csv/RosterImport.h"
#include "kernel/logging/Logging.h"
#include "models/actions/Actions.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/GuardianRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;

struct Roster
{
    QString classId;
    QString ana;
    QString luis;
};

Roster makeRoster(Store &store)
{
    Roster r;
    SchoolClass c;
    c.name = u"Biology 7"_s;
    r.classId = *ClassRepository(store).create(c, u"x"_s);
    Student ana;
    ana.givenName = u"Ana"_s;
    ana.familyName = u"López"_s;
    ana.studentNumber = u"101"_s;
    Student luis = ana;
    luis.givenName = u"Luis"_s;
    luis.studentNumber = u"102"_s;
    r.ana = *Actions(store).roster().addStudent(ana, r.classId);
    r.luis = *Actions(store).roster().addStudent(luis, r.classId);
    return r;
}

QString entitiesOf(const QList<QJsonObject> &rows)
{
    QStringList names;
    for (const QJsonObject &row : rows)
        names.append(row.value(u"entity"_s).toString());
    names.removeDuplicates();
    return names.join(u',');
}

} // namespace

class TestSyncGuardians : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void guardiansTravelBetweenOneTeachersDevices();
    void anotherTeacherSeesNone();

private:
    QTemporaryDir m_logDir;
};

void TestSyncGuardians::initTestCase()
{
    // The client's log at debug level, read back below for names and emails.
    logging::init({m_logDir.path(), u"k12-teacher.log"_s, true, true});
}

void TestSyncGuardians::cleanupTestCase()
{
    logging::shutdown();
}

void TestSyncGuardians::guardiansTravelBetweenOneTeachersDevices()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher teacher = createTeacher(db.url(), u"rosalind@school.org"_s);
    QVERIFY(!teacher.id.isEmpty());
    ServerProcess server;
    QVERIFY(server.start(db.url(), {u"--verbose"_s}));
    SyncDevice a, b;
    QVERIFY(a.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    QVERIFY(b.signIn(server.baseUrl(), teacher.email, kPassword).ok());
    const Roster r = makeRoster(a.store());

    // On A: the mother of Ana, linked to her brother Luis too, and Ana's father.
    Guardian mother;
    mother.givenName = u"Mariposa"_s;
    mother.familyName = u"Quintanilla"_s;
    mother.email = u"mariposa.q@example.org"_s;
    mother.relationship = u"Mother"_s;
    mother.language = u"es"_s;
    Result<GuardianActions::Added> m = Actions(a.store()).guardians().add(mother, r.ana);
    QVERIFY2(m, qPrintable(m.error()));
    QVERIFY(Actions(a.store()).guardians().link(m->guardianId, r.luis));
    Guardian father;
    father.givenName = u"Tiburcio"_s;
    father.familyName = u"López"_s;
    father.phone = u"555-0142"_s;
    const QString fatherId = Actions(a.store()).guardians().add(father, r.ana)->guardianId;
    SyncReport ra = a.sync();
    QVERIFY2(ra.ok(), qPrintable(ra.message));
    QCOMPARE(a.queued(), 0);

    // B pulls them: the same guardians, the same links.
    SyncReport rb = b.sync();
    QVERIFY2(rb.ok(), qPrintable(rb.message));
    GuardianRepository onB(b.store());
    QCOMPARE(onB.ofStudent(r.ana).size(), 2);
    QCOMPARE(onB.ofStudent(r.luis).size(), 1);
    const Guardian pulled = *onB.find(m->guardianId);
    QCOMPARE(pulled.displayName(), u"Mariposa Quintanilla"_s);
    QCOMPARE(pulled.email, u"mariposa.q@example.org"_s);
    QCOMPARE(pulled.relationship, u"Mother"_s);
    QCOMPARE(pulled.language, u"es"_s);
    QVERIFY(pulled.receivesReports);
    QCOMPARE(onB.studentsOf(m->guardianId).size(), 2);
    QCOMPARE(onB.ofClass(r.classId).value(r.ana).size(), 2);

    // On B: an edit of the mother; on A (offline meanwhile) the father taken off Ana: he goes.
    Guardian edited = pulled;
    edited.phone = u"555-0199"_s;
    edited.receivesReports = false;
    QVERIFY(Actions(b.store()).guardians().edit(edited));
    QVERIFY(Actions(a.store()).guardians().unlink(fatherId, r.ana));
    QVERIFY(b.sync().ok());
    ra = a.sync();
    QVERIFY2(ra.ok(), qPrintable(ra.message));
    QCOMPARE(ra.conflicts, 0);
    QVERIFY(b.sync().ok());
    for (SyncDevice *device : {&a, &b}) {
        GuardianRepository guardians(device->store());
        const Guardian g = *guardians.find(m->guardianId);
        QCOMPARE(g.phone, u"555-0199"_s);
        QVERIFY(!g.receivesReports);
        QCOMPARE(g.email, u"mariposa.q@example.org"_s);
        QVERIFY(!guardians.find(fatherId));
        QCOMPARE(guardians.ofStudent(r.ana).size(), 1);
        QCOMPARE(guardians.ofStudent(r.luis).size(), 1);
    }

    // A roster file's guardians travel too (siblings by email: one guardian, two links).
    const QString path = a.profile().path() + u"/roster.csv"_s;
    test::writeFile(path, "First Name,Last Name,Student ID,Guardian 1 Name,Guardian 1 Email\n"
                          "Eva,Ortiz,201,Celestina Ortiz,celestina@example.org\n"
                          "Tomás,Ortiz,202,\"Ortiz, Celestina\",CELESTINA@example.org\n");
    const RosterImport::Outcome outcome = RosterImport::fromFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.problems.join(u'\n')));
    QVERIFY(Actions(a.store()).roster().importRoster(outcome.students, r.classId, outcome.guardians));
    QVERIFY(a.sync().ok());
    QVERIFY(b.sync().ok());
    const std::optional<Guardian> celestina = GuardianRepository(b.store()).findByEmail(u"celestina@example.org"_s);
    QVERIFY(celestina);
    QCOMPARE(GuardianRepository(b.store()).studentsOf(celestina->id).size(), 2);

    // Privacy: the client's log and the server's name ids only.
    logging::channel("sync")->flush();
    const QByteArray clientLog = test::readFile(m_logDir.path() + u"/k12-teacher.log"_s);
    QVERIFY2(clientLog.contains("sync finished"), "the client's log was not written");
    const QByteArray serverLog = server.stderrText();
    QVERIFY2(!serverLog.isEmpty(), "the server wrote no log");
    for (const QByteArray &secret :
         {QByteArray("Mariposa"), QByteArray("Quintanilla"), QByteArray("mariposa.q"), QByteArray("Tiburcio"),
          QByteArray("555-01"), QByteArray("Celestina"), QByteArray("celestina@")}) {
        QVERIFY2(!clientLog.contains(secret), secret.constData());
        QVERIFY2(!serverLog.contains(secret), secret.constData());
    }
}

void TestSyncGuardians::anotherTeacherSeesNone()
{
    TestDatabase db(u"sqlite"_s);
    const Teacher owner = createTeacher(db.url(), u"owner@school.org"_s);
    const Teacher other = createTeacher(db.url(), u"other@school.org"_s);
    QVERIFY(!owner.id.isEmpty() && !other.id.isEmpty());
    ServerProcess server;
    QVERIFY(server.start(db.url()));
    SyncDevice mine, theirs;
    QVERIFY(mine.signIn(server.baseUrl(), owner.email, kPassword).ok());
    QVERIFY(theirs.signIn(server.baseUrl(), other.email, kPassword).ok());
    const Roster r = makeRoster(mine.store());
    Guardian g;
    g.givenName = u"Mariposa"_s;
    g.familyName = u"Quintanilla"_s;
    g.email = u"mariposa.q@example.org"_s;
    const QString id = Actions(mine.store()).guardians().add(g, r.ana)->guardianId;
    QVERIFY(mine.sync().ok());
    QCOMPARE(mine.queued(), 0);

    // The owner's pull has them; the other teacher's has neither the guardian nor the link.
    HttpClient http(server.baseUrl());
    Teacher o = owner, t = other;
    QVERIFY(login(http, o));
    QVERIFY(login(http, t));
    const QList<QJsonObject> ownerRows = pullAll(http, o);
    QVERIFY2(entitiesOf(ownerRows).contains(u"guardian"_s), qPrintable(entitiesOf(ownerRows)));
    QVERIFY2(entitiesOf(ownerRows).contains(u"student_guardian"_s), qPrintable(entitiesOf(ownerRows)));
    const QList<QJsonObject> otherRows = pullAll(http, t);
    QVERIFY2(!entitiesOf(otherRows).contains(u"guardian"_s), qPrintable(entitiesOf(otherRows)));
    for (const QJsonObject &row : otherRows)
        QVERIFY(row.value(u"id"_s).toString() != id);
    SyncReport report = theirs.sync();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(test::countRows(theirs.store(), u"guardian"_s), 0);
    QCOMPARE(test::countRows(theirs.store(), u"student_guardian"_s), 0);

    // Writing to the owner's guardian with the other's account is refused, and changes nothing.
    const HttpReply reply =
        push(http, t, uuid(), QJsonArray{mutation(u"guardian"_s, id, QJsonObject{{u"phone"_s, u"555-0000"_s}}, 1)});
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.contains("rejected"), reply.body.constData());
    QVERIFY(mine.sync().ok());
    QCOMPARE(GuardianRepository(mine.store()).find(id)->phone, QString());
}

QTEST_MAIN(TestSyncGuardians)
#include "tst_sync_guardians.moc"
