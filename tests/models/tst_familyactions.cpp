// Families, part 2 (issue 18), the teacher's side: invitations to the family
// portal and missing-work notices. A hand-checked preview of a small class
// (excused and unpublished work never listed, the oldest due first, a
// guardian without an email named, reports turned off), the notices' rows and
// their assignment ids, refusals that write nothing (no email, nothing to
// send, an archived class), and that these sent records are not undo steps.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/actions/FamilyActions.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/InvitationRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestFamilyActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewIsHandChecked();
    void previewOfSomeStudents();
    void sendWritesOneNoticePerStudentWithTheirAssignments();
    void nothingToSendWritesNothing();
    void archivedClassIsRefused();
    void inviteWritesOneRowPerGuardian();
    void guardianWithoutEmailIsNotInvited();

private:
    FamilyActions families() { return FamilyActions(ActionRunner(m_profile->store(), m_undo.get())); }
    QString addAssignment(const QString &title, const QDate &due, bool published = true);
    void setScore(const QString &assignment, const QString &student, const std::function<void(Score &)> &edit);
    QString addGuardian(const QString &student, const QString &given, const QString &family, const QString &email,
                        bool reports = true);
    static const MissingNoticePreview::Entry *entry(const MissingNoticePreview &p, const QString &studentId);
    static QStringList names(const QList<Guardian> &guardians);
    qint64 count(const QString &table, const QString &where = u"deleted = 0"_s)
    {
        return test::countRows(m_profile->store(), table, where);
    }

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QUndoStack> m_undo;
    QString m_class, m_homework;
    QString m_ana, m_bo, m_carl;
    QString m_hw1, m_hw2, m_secret, m_project;
    QString m_maria, m_jorge, m_pat, m_sam, m_chris;
    int m_position = 0;
};

QString TestFamilyActions::addAssignment(const QString &title, const QDate &due, bool published)
{
    Assignment a;
    a.classId = m_class;
    a.title = title;
    a.pointsPossible = 10;
    a.categoryId = m_homework;
    a.dueDate = due;
    a.published = published;
    a.position = m_position++;
    return *AssignmentRepository(m_profile->store()).create(a, u"x"_s);
}

void TestFamilyActions::setScore(const QString &assignment, const QString &student,
                                 const std::function<void(Score &)> &edit)
{
    Score s;
    s.id = Score::idFor(assignment, student);
    s.classId = m_class;
    s.assignmentId = assignment;
    s.studentId = student;
    edit(s);
    QVERIFY(m_profile->store().apply(u"x"_s, {Change::upsert(u"score"_s, s.id, s.toFields())}).ok());
}

QString TestFamilyActions::addGuardian(const QString &student, const QString &given, const QString &family,
                                       const QString &email, bool reports)
{
    Guardian g;
    g.givenName = given;
    g.familyName = family;
    g.email = email;
    g.receivesReports = reports;
    Result<GuardianActions::Added> added = Actions(m_profile->store()).guardians().add(g, student);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return added->guardianId;
}

const MissingNoticePreview::Entry *TestFamilyActions::entry(const MissingNoticePreview &p, const QString &studentId)
{
    for (const MissingNoticePreview::Entry &e : p.entries) {
        if (e.studentId == studentId)
            return &e;
    }
    return nullptr;
}

QStringList TestFamilyActions::names(const QList<Guardian> &guardians)
{
    QStringList out;
    for (const Guardian &g : guardians)
        out << g.displayName();
    return out;
}

// Algebra I, Homework only. Ana Ávila (101): HW 1 and HW 2 missing, Quiz
// Secret (unpublished) missing, Project missing but excused. Bo Brown (102):
// HW 2 missing. Carl Diaz (103): HW 1 scored, nothing missing.
// Ana's guardians: María López (email), Jorge Ávila (no email), Pat Ávila
// (email, reports off). Bo's: Sam Brown (no email). Carl's: Chris Diaz (email).
void TestFamilyActions::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(15, 30), Qt::UTC));
    m_profile = std::make_unique<test::TempProfile>();
    m_undo = std::make_unique<QUndoStack>();
    Store &s = m_profile->store();
    SchoolClass c;
    c.name = u"Algebra I"_s;
    m_class = *ClassRepository(s).create(c, u"x"_s);
    Category hw;
    hw.classId = m_class;
    hw.name = u"Homework"_s;
    m_homework = *CategoryRepository(s).create(hw, u"x"_s);
    QList<Student> roster;
    for (const auto &[given, family, number] :
         {std::tuple{u"Ana"_s, u"Ávila"_s, u"101"_s}, std::tuple{u"Bo"_s, u"Brown"_s, u"102"_s},
          std::tuple{u"Carl"_s, u"Diaz"_s, u"103"_s}}) {
        Student st;
        st.givenName = given;
        st.familyName = family;
        st.studentNumber = number;
        roster.append(st);
    }
    QVERIFY(StudentRepository(s).enroll(roster, m_class, u"x"_s).ok());
    for (const Student &st : StudentRepository(s).enrolledIn(m_class))
        (st.studentNumber == u"101"_s ? m_ana : st.studentNumber == u"102"_s ? m_bo : m_carl) = st.id;
    m_position = 0;
    // Created out of due order: the preview lists the oldest due first.
    m_hw2 = addAssignment(u"HW 2"_s, QDate(2026, 9, 17));
    m_hw1 = addAssignment(u"HW 1"_s, QDate(2026, 9, 10));
    m_secret = addAssignment(u"Quiz Secret"_s, QDate(2026, 9, 1), false);
    m_project = addAssignment(u"Project"_s, QDate(2026, 9, 5));
    setScore(m_hw1, m_ana, [](Score &x) { x.missing = true; });
    setScore(m_hw2, m_ana, [](Score &x) { x.missing = true; });
    setScore(m_secret, m_ana, [](Score &x) { x.missing = true; });
    setScore(m_project, m_ana, [](Score &x) {
        x.missing = true;
        x.excused = true;
    });
    setScore(m_hw2, m_bo, [](Score &x) { x.missing = true; });
    setScore(m_hw1, m_carl, [](Score &x) { x.points = 9; });
    m_maria = addGuardian(m_ana, u"María"_s, u"López"_s, u"maria@example.org"_s);
    m_jorge = addGuardian(m_ana, u"Jorge"_s, u"Ávila"_s, {});
    m_pat = addGuardian(m_ana, u"Pat"_s, u"Ávila"_s, u"pat@example.org"_s, false);
    m_sam = addGuardian(m_bo, u"Sam"_s, u"Brown"_s, {});
    m_chris = addGuardian(m_carl, u"Chris"_s, u"Diaz"_s, u"chris@example.org"_s);
}

void TestFamilyActions::cleanup()
{
    Clock::reset();
    m_undo.reset();
    m_profile.reset();
}

void TestFamilyActions::previewIsHandChecked()
{
    Result<MissingNoticePreview> p = families().missingNoticePreview(m_class);
    QVERIFY2(p, qPrintable(p ? QString() : p.error()));
    QCOMPARE(p->className, u"Algebra I"_s);
    QCOMPARE(p->entries.size(), 3);
    QCOMPARE(p->sendCount(), 1);

    const MissingNoticePreview::Entry *ana = entry(*p, m_ana);
    QVERIFY(ana);
    // HW 1 (9/10) before HW 2 (9/17); the unpublished quiz and the excused project are not listed.
    QStringList titles;
    for (const auto &a : ana->missing)
        titles << a.title;
    QCOMPARE(titles, (QStringList{u"HW 1"_s, u"HW 2"_s}));
    QCOMPARE(ana->assignmentIds(), (QStringList{m_hw1, m_hw2}));
    QCOMPARE(ana->missing.at(0).dueDate, QDate(2026, 9, 10));
    QCOMPARE(names(ana->recipients), QStringList{u"María López"_s});
    QCOMPARE(names(ana->withoutEmail), QStringList{u"Jorge Ávila"_s});
    QCOMPARE(names(ana->reportsOff), QStringList{u"Pat Ávila"_s});
    QVERIFY(ana->willSend());
    QVERIFY(ana->reason().isEmpty());

    const MissingNoticePreview::Entry *bo = entry(*p, m_bo);
    QVERIFY(bo);
    QCOMPARE(bo->assignmentIds(), QStringList{m_hw2});
    QVERIFY(bo->recipients.isEmpty());
    QCOMPARE(names(bo->withoutEmail), QStringList{u"Sam Brown"_s});
    QCOMPARE(bo->skip, MissingNoticePreview::Skip::NoRecipient);
    QCOMPARE(bo->reason(), u"No guardian with an email who receives reports."_s);

    const MissingNoticePreview::Entry *carl = entry(*p, m_carl);
    QVERIFY(carl);
    QVERIFY(carl->missing.isEmpty());
    QCOMPARE(names(carl->recipients), QStringList{u"Chris Diaz"_s});
    QCOMPARE(carl->skip, MissingNoticePreview::Skip::NothingMissing);
    QCOMPARE(carl->reason(), u"Nothing missing."_s);

    // Publishing the quiz puts it on Ana's list (due 9/1: first).
    Assignment quiz = *AssignmentRepository(m_profile->store()).find(m_secret);
    quiz.published = true;
    QVERIFY(AssignmentRepository(m_profile->store()).save(quiz, u"x"_s).ok());
    p = families().missingNoticePreview(m_class);
    QVERIFY(p);
    QCOMPARE(entry(*p, m_ana)->assignmentIds(), (QStringList{m_secret, m_hw1, m_hw2}));
}

void TestFamilyActions::previewOfSomeStudents()
{
    Result<MissingNoticePreview> p = families().missingNoticePreview(m_class, {m_carl, m_ana, m_carl});
    QVERIFY(p);
    QCOMPARE(p->entries.size(), 2); // Carl once
    QVERIFY(entry(*p, m_ana) && entry(*p, m_carl) && !entry(*p, m_bo));

    // A student of another class is named in the refusal.
    SchoolClass other;
    other.name = u"Biology"_s;
    const QString otherClass = *ClassRepository(m_profile->store()).create(other, u"x"_s);
    Student dee;
    dee.givenName = u"Dee"_s;
    dee.familyName = u"Evans"_s;
    QVERIFY(StudentRepository(m_profile->store()).enroll({dee}, otherClass, u"x"_s).ok());
    const QString deeId = StudentRepository(m_profile->store()).enrolledIn(otherClass).constFirst().id;
    p = families().missingNoticePreview(m_class, {m_ana, deeId});
    QVERIFY(!p);
    QCOMPARE(p.error(), u"Dee Evans is not a student of Algebra I."_s);
}

void TestFamilyActions::sendWritesOneNoticePerStudentWithTheirAssignments()
{
    Result<MissingNoticePreview> p = families().missingNoticePreview(m_class);
    QVERIFY(p);
    const qint64 outbox = count(u"outbox"_s, {});
    Result<QStringList> sent = families().sendMissingNotices(*p);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->size(), 1); // Ana only: Bo has no one to receive it, Carl nothing missing
    QCOMPARE(count(u"family_notice"_s), 1);
    QCOMPARE(count(u"outbox"_s, {}), outbox + 1);
    QCOMPARE(count(u"audit_log"_s, u"action = 'family.notice'"_s), 1);
    QCOMPARE(m_undo->count(), 0); // a sent record, not an undo step

    const std::optional<FamilyNotice> n = Repository<FamilyNotice>(m_profile->store()).find(sent->constFirst());
    QVERIFY(n);
    QCOMPARE(n->classId, m_class);
    QCOMPARE(n->studentId, m_ana);
    QCOMPARE(n->kind, u"missing"_s);
    QCOMPARE(n->assignmentIds, (QStringList{m_hw1, m_hw2}));
    QCOMPARE(n->requestedAt, u"2026-12-03T15:30:00.000Z"_s);
    // Stored as a JSON list, as the server reads it.
    const QString raw =
        m_profile->store().row(*EntitySchema::find(u"family_notice"_s), n->id)->value(u"assignment_ids"_s).toString();
    QCOMPARE(QJsonDocument::fromJson(raw.toUtf8()).array(), QJsonArray({m_hw1, m_hw2}));
}

void TestFamilyActions::nothingToSendWritesNothing()
{
    Result<MissingNoticePreview> p = families().missingNoticePreview(m_class, {m_bo, m_carl});
    QVERIFY(p);
    QCOMPARE(p->sendCount(), 0);
    Result<QStringList> sent = families().sendMissingNotices(*p);
    QVERIFY(!sent);
    QVERIFY2(sent.error().startsWith(u"No notice to send"_s), qPrintable(sent.error()));
    QCOMPARE(count(u"family_notice"_s), 0);
}

void TestFamilyActions::archivedClassIsRefused()
{
    Result<MissingNoticePreview> p = families().missingNoticePreview(m_class);
    QVERIFY(p);
    QVERIFY(Actions(m_profile->store()).classes().setArchived(m_class, true).ok());
    Result<QStringList> sent = families().sendMissingNotices(*p);
    QVERIFY(!sent);
    QCOMPARE(sent.error(), u"Algebra I is archived; restore it to change it."_s);
    QCOMPARE(count(u"family_notice"_s), 0);
    QCOMPARE(count(u"audit_log"_s, u"action = 'family.notice'"_s), 0);
}

void TestFamilyActions::inviteWritesOneRowPerGuardian()
{
    InvitationRepository invitations(m_profile->store());
    QVERIFY(!invitations.lastInvited(m_maria));
    const qint64 outbox = count(u"outbox"_s, {});
    Result<QStringList> ids = families().invite({m_maria, m_chris, m_maria});
    QVERIFY2(ids, qPrintable(ids ? QString() : ids.error()));
    QCOMPARE(ids->size(), 2);
    QCOMPARE(count(u"guardian_invitation"_s), 2);
    QCOMPARE(count(u"outbox"_s, {}), outbox + 2);
    QCOMPARE(count(u"audit_log"_s, u"action = 'guardian.invite'"_s), 2);
    QCOMPARE(m_undo->count(), 0);
    const std::optional<GuardianInvitation> first = invitations.find(ids->constFirst());
    QVERIFY(first);
    QCOMPARE(first->guardianId, m_maria);
    QCOMPARE(first->requestedAt, u"2026-12-03T15:30:00.000Z"_s);
    QCOMPARE(*invitations.lastInvited(m_maria), QDateTime(QDate(2026, 12, 3), QTime(15, 30), Qt::UTC));

    // Inviting again two days later is a new row; the latest is what the window shows.
    Clock::advance(2 * 24 * 3600 * 1000LL);
    QVERIFY(families().invite({m_maria}));
    QCOMPARE(count(u"guardian_invitation"_s, u"guardian_id = '"_s + m_maria + u"'"_s), 2);
    QCOMPARE(*invitations.lastInvited(m_maria), QDateTime(QDate(2026, 12, 5), QTime(15, 30), Qt::UTC));
    const QHash<QString, QDateTime> all = invitations.lastInvitedAll();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.value(m_maria), QDateTime(QDate(2026, 12, 5), QTime(15, 30), Qt::UTC));
    QCOMPARE(all.value(m_chris), QDateTime(QDate(2026, 12, 3), QTime(15, 30), Qt::UTC));
}

void TestFamilyActions::guardianWithoutEmailIsNotInvited()
{
    Result<QStringList> ids = families().invite({m_maria, m_jorge, m_sam});
    QVERIFY(!ids);
    QCOMPARE(ids.error(), u"2 guardian(s) cannot be invited without an email: Jorge Ávila, Sam Brown. Add an email "
                          "first."_s);
    QCOMPARE(count(u"guardian_invitation"_s), 0); // not even María's
    ids = families().invite({u"no-such-guardian"_s});
    QVERIFY(!ids);
    QCOMPARE(ids.error(), u"That guardian no longer exists."_s);
    ids = families().invite({});
    QVERIFY(!ids);
    QCOMPARE(count(u"guardian_invitation"_s), 0);
    QVERIFY(!InvitationRepository(m_profile->store()).lastInvited(m_jorge));
}

QTEST_GUILESS_MAIN(TestFamilyActions)
#include "tst_familyactions.moc"
