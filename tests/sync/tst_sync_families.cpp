// Invitations to the family portal and missing-work notices made on the
// desktop reach a real k12-server over HTTP as rows with the fields the
// server's mailer reads (guardian_invitation, family_notice), by the normal
// push; the teacher's second device receives them; a second teacher sees
// none of them and cannot write to them. (The mail itself is the server's.)
#include "SyncDevice.h"
#include "tests/server/ServerHarness.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/actions/FamilyActions.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/InvitationRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QString kPassword = u"correct horse battery"_s;

// Biology 7: Ana López (101) with HW 1 missing, her mother María with an email
// and her father Tiburcio without one.
struct Story
{
    QString classId, ana, hw1, hw2, maria, tiburcio;
};

Story makeStory(Store &store)
{
    Story s;
    SchoolClass c;
    c.name = u"Biology 7"_s;
    s.classId = *ClassRepository(store).create(c, u"x"_s);
    Category hw;
    hw.classId = s.classId;
    hw.name = u"Homework"_s;
    hw.id = *CategoryRepository(store).create(hw, u"x"_s);
    Student ana;
    ana.givenName = u"Ana"_s;
    ana.familyName = u"López"_s;
    ana.studentNumber = u"101"_s;
    s.ana = *Actions(store).roster().addStudent(ana, s.classId);
    for (const auto &[title, due, id] :
         {std::tuple{u"HW 1"_s, QDate(2026, 9, 10), &s.hw1}, std::tuple{u"HW 2"_s, QDate(2026, 9, 17), &s.hw2}}) {
        Assignment a;
        a.classId = s.classId;
        a.categoryId = hw.id;
        a.title = title;
        a.pointsPossible = 10;
        a.dueDate = due;
        *id = *AssignmentRepository(store).create(a, u"x"_s);
    }
    Score missing;
    missing.id = Score::idFor(s.hw1, s.ana);
    missing.classId = s.classId;
    missing.assignmentId = s.hw1;
    missing.studentId = s.ana;
    missing.missing = true;
    (void)store.apply(u"x"_s, {Change::upsert(u"score"_s, missing.id, missing.toFields())});
    Guardian maria;
    maria.givenName = u"María"_s;
    maria.familyName = u"López"_s;
    maria.email = u"maria@example.org"_s;
    maria.language = u"es"_s;
    s.maria = Actions(store).guardians().add(maria, s.ana)->guardianId;
    Guardian tiburcio;
    tiburcio.givenName = u"Tiburcio"_s;
    tiburcio.familyName = u"López"_s;
    s.tiburcio = Actions(store).guardians().add(tiburcio, s.ana)->guardianId;
    return s;
}

const QJsonObject *find(const QList<QJsonObject> &rows, const QString &entity, const QString &id)
{
    for (const QJsonObject &row : rows) {
        if (row.value(u"entity"_s).toString() == entity && row.value(u"id"_s).toString() == id)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestSyncFamilies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Clock::reset(); }
    void invitationsAndNoticesArriveOnTheServer();
};

void TestSyncFamilies::invitationsAndNoticesArriveOnTheServer()
{
    Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(15, 30), Qt::UTC));
    TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Teacher owner = createTeacher(db.url(), u"rosalind@school.org"_s);
    const Teacher other = createTeacher(db.url(), u"other@school.org"_s);
    QVERIFY(!owner.id.isEmpty() && !other.id.isEmpty());
    ServerProcess server;
    QVERIFY(server.start(db.url(), {u"--verbose"_s}));
    SyncDevice a, b, theirs;
    QVERIFY(a.signIn(server.baseUrl(), owner.email, kPassword).ok());
    QVERIFY(b.signIn(server.baseUrl(), owner.email, kPassword).ok());
    QVERIFY(theirs.signIn(server.baseUrl(), other.email, kPassword).ok());
    const Story s = makeStory(a.store());

    // On A: invite María; the notice for Ana (HW 1; Tiburcio has no email).
    FamilyActions families{ActionRunner(a.store())};
    Result<QStringList> invited = families.invite({s.maria});
    QVERIFY2(invited, qPrintable(invited ? QString() : invited.error()));
    Result<MissingNoticePreview> preview = families.missingNoticePreview(s.classId);
    QVERIFY(preview);
    QCOMPARE(preview->entries.size(), 1);
    QCOMPARE(preview->entries.at(0).withoutEmail.size(), 1);
    Result<QStringList> notices = families.sendMissingNotices(*preview);
    QVERIFY2(notices, qPrintable(notices ? QString() : notices.error()));
    QCOMPARE(notices->size(), 1);
    const QString invitationId = invited->constFirst();
    const QString noticeId = notices->constFirst();

    SyncReport ra = a.sync();
    QVERIFY2(ra.ok(), qPrintable(ra.message));
    QCOMPARE(ra.rejected, 0);
    QCOMPARE(a.queued(), 0);

    // The server holds the rows with the fields its mailer reads.
    QCOMPARE(
        db.queryValue(u"SELECT guardian_id FROM guardian_invitation WHERE id = '%1'"_s.arg(invitationId)).toString(),
        s.maria);
    QCOMPARE(
        db.queryValue(u"SELECT requested_at FROM guardian_invitation WHERE id = '%1'"_s.arg(invitationId)).toString(),
        u"2026-12-03T15:30:00.000Z"_s);
    QCOMPARE(db.queryValue(u"SELECT owner_id FROM guardian_invitation WHERE id = '%1'"_s.arg(invitationId)).toString(),
             owner.id);
    QCOMPARE(db.queryValue(u"SELECT student_id FROM family_notice WHERE id = '%1'"_s.arg(noticeId)).toString(), s.ana);
    QCOMPARE(db.queryValue(u"SELECT class_id FROM family_notice WHERE id = '%1'"_s.arg(noticeId)).toString(),
             s.classId);
    QCOMPARE(db.queryValue(u"SELECT kind FROM family_notice WHERE id = '%1'"_s.arg(noticeId)).toString(), u"missing"_s);
    const QString ids =
        db.queryValue(u"SELECT assignment_ids FROM family_notice WHERE id = '%1'"_s.arg(noticeId)).toString();
    QCOMPARE(QJsonDocument::fromJson(ids.toUtf8()).array(), QJsonArray{s.hw1});
    QCOMPARE(db.queryValue(u"SELECT requested_at FROM family_notice WHERE id = '%1'"_s.arg(noticeId)).toString(),
             u"2026-12-03T15:30:00.000Z"_s);

    // The owner's pull carries them, and the teacher's other computer shows "Invited" too.
    HttpClient http(server.baseUrl());
    Teacher o = owner, t = other;
    QVERIFY(login(http, o));
    QVERIFY(login(http, t));
    const QList<QJsonObject> ownerRows = pullAll(http, o);
    const QJsonObject *inv = find(ownerRows, u"guardian_invitation"_s, invitationId);
    QVERIFY(inv);
    QCOMPARE(inv->value(u"fields"_s).toObject().value(u"guardian_id"_s).toString(), s.maria);
    QVERIFY(find(ownerRows, u"family_notice"_s, noticeId));
    SyncReport rb = b.sync();
    QVERIFY2(rb.ok(), qPrintable(rb.message));
    QCOMPARE(*InvitationRepository(b.store()).lastInvited(s.maria),
             QDateTime(QDate(2026, 12, 3), QTime(15, 30), Qt::UTC));
    QCOMPARE(Repository<FamilyNotice>(b.store()).find(noticeId)->assignmentIds, QStringList{s.hw1});

    // A second teacher sees neither row and cannot change them.
    const QList<QJsonObject> otherRows = pullAll(http, t);
    QVERIFY(!find(otherRows, u"guardian_invitation"_s, invitationId));
    QVERIFY(!find(otherRows, u"family_notice"_s, noticeId));
    for (const QJsonObject &row : otherRows) {
        const QString entity = row.value(u"entity"_s).toString();
        QVERIFY2(entity != u"guardian_invitation"_s && entity != u"family_notice"_s, qPrintable(entity));
    }
    SyncReport rt = theirs.sync();
    QVERIFY2(rt.ok(), qPrintable(rt.message));
    QCOMPARE(test::countRows(theirs.store(), u"guardian_invitation"_s), 0);
    QCOMPARE(test::countRows(theirs.store(), u"family_notice"_s), 0);
    const HttpReply reply = push(
        http, t, uuid(),
        QJsonArray{mutation(u"family_notice"_s, noticeId, QJsonObject{{u"assignment_ids"_s, u"[]"_s}}, 1),
                   mutation(u"guardian_invitation"_s, invitationId, QJsonObject{{u"guardian_id"_s, s.tiburcio}}, 1)});
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &r : results)
        QVERIFY2(r.toObject().value(u"status"_s).toString() == u"rejected"_s, reply.body.constData());
    QCOMPARE(
        db.queryValue(u"SELECT guardian_id FROM guardian_invitation WHERE id = '%1'"_s.arg(invitationId)).toString(),
        s.maria);
    QCOMPARE(QJsonDocument::fromJson(
                 db.queryValue(u"SELECT assignment_ids FROM family_notice WHERE id = '%1'"_s.arg(noticeId))
                     .toString()
                     .toUtf8())
                 .array(),
             QJsonArray{s.hw1});

    // Privacy: the server's log names ids only.
    const QByteArray serverLog = server.stderrText();
    QVERIFY2(!serverLog.isEmpty(), "the server wrote no log");
    for (const QString &secret : {u"María"_s, u"López"_s, u"maria@"_s, u"Tiburcio"_s})
        QVERIFY2(!serverLog.contains(secret.toUtf8()), qPrintable(secret));
}

QTEST_MAIN(TestSyncFamilies)
#include "tst_sync_families.moc"
