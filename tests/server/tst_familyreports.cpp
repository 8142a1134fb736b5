// FamilyReports (issue 18, contract 6): what a guardian's portal account may
// see, read from a real k12-server's database after the families story was
// pushed through the normal push API (FamilyFixture), on SQLite and PostgreSQL.
// The report is checked against hand-worked numbers and against the desktop's
// ReportBuilder on a store synced from the same server.

#include "models/reports/ReportBuilder.h"
#include "server/families/FamilyReports.h"
#include "server/store/Database.h"
#include "server/store/DatabaseConfig.h"
#include "tests/common/TestSupport.h"
#include "tests/server/FamilyFixture.h"
#include "tests/sync/SyncDevice.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

QString num(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : u"-"_s;
}

// Every field of a report as text, so two reports compare line by line.
QStringList dump(const ProgressReport &r)
{
    QStringList out{r.studentId,
                    r.givenName,
                    r.familyName,
                    r.studentNumber,
                    r.language,
                    r.className,
                    r.teacherName,
                    r.periodName,
                    r.periodStart.toString(Qt::ISODate),
                    r.periodEnd.toString(Qt::ISODate),
                    r.asOf.toString(Qt::ISODate),
                    r.schoolName,
                    r.schoolLogoPath,
                    QString::number(r.weighted),
                    QString::number(r.showFinal),
                    num(r.finalPercent),
                    r.finalLetter,
                    QString::number(r.letterOverridden),
                    r.comment};
    for (const auto &c : r.categories)
        out << u"category %1 %2 %3"_s.arg(c.name).arg(c.weight).arg(num(c.percent));
    const auto line = [](const QString &kind, const ProgressReport::AssignmentLine &a) {
        return u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s
            .arg(kind, a.assignmentId, a.title, a.category, a.dueDate.toString(Qt::ISODate), num(a.points), a.letter)
            .arg(a.pointsPossible)
            .arg(u"%1%2%3%4%5/%6"_s.arg(a.letterGraded)
                     .arg(a.missing)
                     .arg(a.late)
                     .arg(a.excused)
                     .arg(a.exempt)
                     .arg(a.daysLate));
    };
    for (const auto &a : r.assignments)
        out << line(u"assignment"_s, a);
    for (const auto &a : r.missing)
        out << line(u"missing"_s, a);
    for (const auto &s : r.standards)
        out << u"standard %1 %2 %3"_s.arg(s.code, s.description, s.level);
    return out;
}

} // namespace

class TestFamilyReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<server::Database> openServerDatabase()
    {
        const Result<server::DatabaseConfig> config = server::DatabaseConfig::fromUrl(m_db->url());
        if (!config)
            return {};
        Result<std::unique_ptr<server::Database>> db = server::Database::open(*config);
        if (!db)
            qWarning("open: %s", qPrintable(db.error()));
        return db ? std::move(db).value() : nullptr;
    }
    std::optional<ProgressReport> reportFor(const QString &account, const QString &student, const QString &classId,
                                            const QString &period = {})
    {
        server::FamilyReports reports(*m_server_db);
        Result<std::optional<ProgressReport>> r = reports.report(account, student, classId, period);
        if (!r)
            qWarning("report: %s", qPrintable(r.error()));
        return r ? *r : std::nullopt;
    }
    QString maria()
    {
        QString error;
        const QString id = addPortalAccount(*m_db, u"maria@example.org"_s, {m_story.mariaId}, u"es"_s, true, &error);
        if (id.isEmpty())
            qWarning("account: %s", qPrintable(error));
        return id;
    }
    QString pushOne(const QString &entity, const QString &id, const QJsonObject &fields,
                    const QString &op = u"upsert"_s)
    {
        return m_story.pushAs(*m_http, {mutation(entity, id, fields, m_story.revisionOf(*m_http, id), op)});
    }

    QString m_backend = QStringLiteral(K12_SERVER_BACKEND);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<server::Database> m_server_db;
    FamilyFixture m_story;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        K12_REQUIRE("postgresql", TestDatabase::available(m_backend, &why), why);
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(m_backend);
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(m_db->url()), m_server->stderrText().constData());
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
        m_story = FamilyFixture::seed(m_db->url(), *m_http);
        QVERIFY2(m_story.ok(), qPrintable(m_story.error));
        m_server_db = openServerDatabase();
        QVERIFY(m_server_db);
    }

    void cleanup()
    {
        m_server_db.reset();
        m_http.reset();
        if (m_server)
            m_server->stop();
        m_server.reset();
        m_db.reset();
    }

    // The story is on the server as pushed: the rows the other suites rely on.
    void fixtureSeedsTheStory()
    {
        QCOMPARE(m_db->queryValue(u"SELECT COUNT(*) FROM \"student\""_s).toInt(), 3);
        QCOMPARE(m_db->queryValue(u"SELECT COUNT(*) FROM \"guardian\""_s).toInt(), 4);
        QCOMPARE(m_db->queryValue(u"SELECT COUNT(*) FROM \"guardian_invitation\""_s).toInt(), 4);
        QCOMPARE(m_db->queryValue(u"SELECT COUNT(*) FROM \"score\""_s).toInt(), 8);
        QCOMPARE(m_db->queryValue(u"SELECT \"owner_id\" FROM \"guardian\" WHERE \"id\" = '%1'"_s.arg(m_story.mariaId))
                     .toString(),
                 m_story.teacher.id);
        QCOMPARE(m_db->queryValue(u"SELECT \"title\" FROM \"assignment\" WHERE \"id\" = '%1'"_s.arg(m_story.hw2Id))
                     .toString(),
                 QString::fromLatin1(FamilyFixture::kImgTitle));
        QCOMPARE(m_db->queryValue(u"SELECT \"published\" FROM \"assignment\" WHERE \"id\" = '%1'"_s.arg(m_story.hw3Id))
                     .toInt(),
                 0);
        QCOMPARE(m_db->queryValue(u"SELECT \"assignment_ids\" FROM \"family_notice\""_s).toString(),
                 u"[\"%1\"]"_s.arg(m_story.hw2Id));
        const QString account = addPortalAccount(*m_db, u"Maria@Example.org"_s, {m_story.mariaId}, u"es"_s);
        QVERIFY(!account.isEmpty());
        QCOMPARE(m_db->queryValue(u"SELECT \"email\" FROM \"portal_account\""_s).toString(), u"maria@example.org"_s);
    }

    // Ana's report, worked by hand: Homework (40 %) 8 + 0 (missing counts zero)
    // of 20 = 40 %; Tests (60 %) 45/50 = 90 %; Final 0.4 x 40 + 0.6 x 90 = 70 % = C-.
    // Homework 3 is unpublished: not listed and not counted (with it: 78 %).
    void reportIsTheHandWorkedOne()
    {
        const QString account = maria();
        const std::optional<ProgressReport> r = reportFor(account, m_story.anaId, m_story.classId);
        QVERIFY(r);
        QCOMPARE(r->displayName(), u"Ana Lopez"_s);
        QCOMPARE(r->className, u"Algebra I"_s);
        QCOMPARE(r->teacherName, u"Ms. Rivera"_s);
        QVERIFY(r->weighted);
        QCOMPARE(r->categories.size(), 2);
        QCOMPARE(r->categories.at(0).name, u"Homework"_s);
        QCOMPARE(r->categories.at(0).weight, 40.0);
        QCOMPARE(num(r->categories.at(0).percent), u"40"_s);
        QCOMPARE(num(r->categories.at(1).percent), u"90"_s);
        QVERIFY(r->showFinal);
        QCOMPARE(num(r->finalPercent), u"70"_s);
        QCOMPARE(r->finalLetter, u"C-"_s);
        QStringList titles;
        for (const auto &a : r->assignments)
            titles << a.title;
        QCOMPARE(titles,
                 (QStringList{u"Homework 1"_s, QString::fromLatin1(FamilyFixture::kImgTitle), u"Unit 1 Test"_s}));
        QCOMPARE(r->missingCount(), 1);
        QCOMPARE(r->missing.at(0).assignmentId, m_story.hw2Id);

        // The class hides the Final from families: no value leaves the server.
        QCOMPARE(pushOne(u"class"_s, m_story.classId, {{u"family_show_final"_s, false}}), QString());
        const std::optional<ProgressReport> hidden = reportFor(account, m_story.anaId, m_story.classId);
        QVERIFY(hidden);
        QVERIFY(!hidden->showFinal);
        QVERIFY(!hidden->finalPercent);
        QVERIFY(hidden->finalLetter.isEmpty());
        QCOMPARE(num(hidden->categories.at(1).percent), u"90"_s);

        // An override and the teacher's comment reach the family too.
        QCOMPARE(pushOne(u"class"_s, m_story.classId, {{u"family_show_final"_s, true}}), QString());
        QCOMPARE(m_story.pushAs(*m_http, {mutation(u"final_override"_s, uuid(),
                                                   {{u"class_id"_s, m_story.classId},
                                                    {u"student_id"_s, m_story.anaId},
                                                    {u"letter"_s, u"C"_s},
                                                    {u"reason"_s, u"retake"_s}}),
                                          mutation(u"report_comment"_s, uuid(),
                                                   {{u"class_id"_s, m_story.classId},
                                                    {u"student_id"_s, m_story.anaId},
                                                    {u"comment"_s, u"Ana works hard."_s}})}),
                 QString());
        const std::optional<ProgressReport> overridden = reportFor(account, m_story.anaId, m_story.classId);
        QVERIFY(overridden);
        QCOMPARE(overridden->finalLetter, u"C"_s);
        QVERIFY(overridden->letterOverridden);
        QCOMPARE(overridden->comment, u"Ana works hard."_s);
    }

    // The same rows synced to a desktop store give the same report through the
    // desktop's ReportBuilder (one implementation; only the loading differs):
    // for the whole course, a grading period and a term with a formula, with
    // standards mastery (evidence of the unpublished assignment left out).
    void reportEqualsTheDesktops()
    {
        const QString account = maria();
        const QString q1 = uuid();
        const QString s1 = uuid();
        const QString standard = uuid();
        QJsonArray rows{
            mutation(
                u"report_comment"_s, uuid(),
                {{u"class_id"_s, m_story.classId}, {u"student_id"_s, m_story.anaId}, {u"comment"_s, u"Keep going."_s}}),
            mutation(u"grading_period"_s, q1,
                     {{u"class_id"_s, m_story.classId},
                      {u"name"_s, u"Q1"_s},
                      {u"start_date"_s, u"2026-09-01"_s},
                      {u"end_date"_s, u"2026-09-15"_s}}),
            mutation(
                u"grading_period"_s, s1,
                {{u"class_id"_s, m_story.classId},
                 {u"name"_s, u"S1"_s},
                 {u"start_date"_s, u"2026-09-01"_s},
                 {u"end_date"_s, u"2026-12-20"_s},
                 {u"formula"_s, QJsonArray{QJsonObject{{u"period_id"_s, q1}, {u"weight"_s, 50}},
                                           QJsonObject{{u"assignment_id"_s, m_story.test1Id}, {u"weight"_s, 50}}}}}),
            mutation(u"standard"_s, standard,
                     {{u"class_id"_s, m_story.classId},
                      {u"code"_s, u"A.1"_s},
                      {u"description"_s, u"Solve linear equations"_s}})};
        const auto evidence = [&](const QString &student, const QString &assignment, double score, const QString &at) {
            rows.append(mutation(u"mastery_score"_s, uuid(),
                                 {{u"class_id"_s, m_story.classId},
                                  {u"standard_id"_s, standard},
                                  {u"student_id"_s, student},
                                  {u"assignment_id"_s, assignment},
                                  {u"score"_s, score},
                                  {u"assessed_at"_s, at}}));
        };
        evidence(m_story.anaId, m_story.hw1Id, 3, u"2026-09-07"_s);
        evidence(m_story.anaId, m_story.hw3Id, 1, u"2026-09-21"_s); // unpublished: the family does not see it
        evidence(m_story.benId, m_story.test1Id, 4, u"2026-09-18"_s);
        QCOMPARE(m_story.pushAs(*m_http, rows), QString());
        SyncDevice desktop;
        const Status signedIn = desktop.signIn(m_server->baseUrl(), m_story.teacher.email, m_story.teacher.password);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
        const SyncReport synced = desktop.sync();
        QVERIFY2(synced.ok(), qPrintable(synced.message));

        int compared = 0;
        for (const QString &period : {QString(), q1, s1})
            for (const QString &student : {m_story.anaId, m_story.benId, m_story.scriptId}) {
                ReportOptions options;
                options.teacherName = u"Ms. Rivera"_s;
                options.gradingPeriodId = period;
                Result<ReportBuilder> builder = ReportBuilder::load(desktop.store(), m_story.classId, options);
                QVERIFY2(builder, qPrintable(builder.error()));
                const ProgressReport mine = builder->report(builder->studentIndex(student));
                const QString guardian = student == m_story.anaId   ? m_story.mariaId
                                         : student == m_story.benId ? m_story.graceId
                                                                    : m_story.danaId;
                const QString acc = student == m_story.anaId
                                        ? account
                                        : addPortalAccount(*m_db, uuid() + u"@example.org"_s, {guardian});
                const std::optional<ProgressReport> theirs = reportFor(acc, student, m_story.classId, period);
                QVERIFY(theirs);
                QCOMPARE(dump(*theirs), dump(mine));
                if (student == m_story.anaId && period.isEmpty()) {
                    QCOMPARE(theirs->standards.size(), 1); // hw1's 3 only: "Proficient", not the unpublished 1
                    QCOMPARE(theirs->standards.at(0).level, mine.standards.at(0).level);
                    QCOMPARE(theirs->comment, u"Keep going."_s);
                }
                ++compared;
            }
        QCOMPARE(compared, 9);
    }

    void accessFollowsTheRule()
    {
        const QString account = maria();
        const QString grace = addPortalAccount(*m_db, u"grace@example.org"_s, {m_story.graceId});
        QVERIFY(reportFor(account, m_story.anaId, m_story.classId));
        QVERIFY(reportFor(grace, m_story.benId, m_story.classId));
        // Another family's child, a student nobody linked to the account, unknown ids.
        QVERIFY(!reportFor(grace, m_story.anaId, m_story.classId));
        QVERIFY(!reportFor(account, m_story.scriptId, m_story.classId));
        QVERIFY(!reportFor(account, m_story.anaId, uuid()));
        QVERIFY(!reportFor(uuid(), m_story.anaId, m_story.classId));
        QVERIFY(!reportFor(QString(), m_story.anaId, m_story.classId));
        QVERIFY(!reportFor(account, m_story.anaId, m_story.classId, uuid()));

        // Another teacher with the same story: their guardian Maria has the same
        // email, but this account accepted only the first teacher's invitation.
        const FamilyFixture other = FamilyFixture::seed(m_db->url(), *m_http, u"other@school.example"_s, u"Mr. Park"_s);
        QVERIFY2(other.ok(), qPrintable(other.error));
        QVERIFY(!reportFor(account, other.anaId, other.classId));
        QVERIFY(!reportFor(account, m_story.anaId, other.classId));
        QVERIFY(
            reportFor(addPortalAccount(*m_db, u"maria2@example.org"_s, {other.mariaId}), other.anaId, other.classId));

        server::FamilyReports reports(*m_server_db);
        const Result<QList<server::FamilyStudent>> students = reports.studentsOf(account);
        QVERIFY2(students, qPrintable(students.error()));
        QCOMPARE(students->size(), 1);
        QCOMPARE(students->at(0).studentId, m_story.anaId);
        QCOMPARE(students->at(0).classes.size(), 1);
        QCOMPARE(students->at(0).classes.at(0).name, u"Algebra I"_s);
        QCOMPARE(students->at(0).classes.at(0).term, u"Fall 2026"_s);
        QCOMPARE(students->at(0).classes.at(0).teacherName, u"Ms. Rivera"_s);

        // An archived class, then a deleted link: gone from the account.
        QCOMPARE(pushOne(u"class"_s, m_story.classId, {{u"archived"_s, true}}), QString());
        QVERIFY(!reportFor(account, m_story.anaId, m_story.classId));
        QCOMPARE(reports.studentsOf(account)->at(0).classes.size(), 0);
        QCOMPARE(pushOne(u"class"_s, m_story.classId, {{u"archived"_s, false}}), QString());
        QVERIFY(reportFor(account, m_story.anaId, m_story.classId));
        // A disabled account sees nothing.
        const QString disable = u"UPDATE \"portal_account\" SET \"disabled\" = %1 WHERE \"id\" = '%2'"_s;
        QCOMPARE(m_db->execute({disable.arg(1).arg(account)}), QString());
        QVERIFY(!reportFor(account, m_story.anaId, m_story.classId));
        QCOMPARE(reports.studentsOf(account)->size(), 0);
        QCOMPARE(m_db->execute({disable.arg(0).arg(account)}), QString());
        QVERIFY(reportFor(account, m_story.anaId, m_story.classId));
        QCOMPARE(
            pushOne(u"student_guardian"_s, StudentGuardian::idFor(m_story.anaId, m_story.mariaId), {}, u"delete"_s),
            QString());
        QVERIFY(!reportFor(account, m_story.anaId, m_story.classId));
        QCOMPARE(reports.studentsOf(account)->size(), 0);
    }

    void noticeNamesWhatIsStillMissing()
    {
        server::FamilyReports reports(*m_server_db);
        Result<server::NoticeContent> n = reports.notice(m_story.anaNoticeId);
        QVERIFY2(n, qPrintable(n.error()));
        QCOMPARE(n->studentGivenName, u"Ana"_s);
        QCOMPARE(n->className, u"Algebra I"_s);
        QCOMPARE(n->teacherName, u"Ms. Rivera"_s);
        QCOMPARE(n->assignments.size(), 1);
        QCOMPARE(n->assignments.at(0).title, QString::fromLatin1(FamilyFixture::kImgTitle));
        QCOMPARE(n->assignments.at(0).dueDate, QDate(2026, 9, 14));
        QCOMPARE(n->recipients.size(), 1);
        QCOMPARE(n->recipients.at(0).guardianId, m_story.mariaId);
        QCOMPARE(n->recipients.at(0).email, u"maria@example.org"_s);
        QCOMPARE(n->recipients.at(0).name, u"Maria Lopez"_s);
        QCOMPARE(n->recipients.at(0).language, u"es"_s);
        QCOMPARE(n->withoutEmail, QStringList{u"Luis Lopez"_s});

        // Handed in since: nothing left to say.
        QCOMPARE(pushOne(u"score"_s, Score::idFor(m_story.hw2Id, m_story.anaId),
                         {{u"missing"_s, false}, {u"points"_s, 7.0}}),
                 QString());
        n = reports.notice(m_story.anaNoticeId);
        QVERIFY2(n, qPrintable(n.error()));
        QVERIFY(n->assignments.isEmpty());
        QCOMPARE(n->recipients.size(), 1);
        QVERIFY(!reports.notice(uuid()));

        // A guardian who does not receive reports gets no grades by mail either.
        QCOMPARE(pushOne(u"guardian"_s, m_story.mariaId, {{u"receives_reports"_s, false}}), QString());
        QCOMPARE(pushOne(u"guardian"_s, m_story.luisId, {{u"receives_reports"_s, false}}), QString());
        n = reports.notice(m_story.anaNoticeId);
        QVERIFY2(n, qPrintable(n.error()));
        QVERIFY(n->recipients.isEmpty());
        QVERIFY(n->withoutEmail.isEmpty());
    }

    void invitationNamesTheFamily()
    {
        server::FamilyReports reports(*m_server_db);
        Result<server::InvitationContent> i = reports.invitation(m_story.mariaInvitationId);
        QVERIFY2(i, qPrintable(i.error()));
        QCOMPARE(i->guardianId, m_story.mariaId);
        QCOMPARE(i->guardianName, u"Maria Lopez"_s);
        QCOMPARE(i->email, u"maria@example.org"_s);
        QCOMPARE(i->language, u"es"_s);
        QCOMPARE(i->teacherName, u"Ms. Rivera"_s);
        QCOMPARE(i->studentNames, QStringList{u"Ana Lopez"_s});
        i = reports.invitation(m_story.luisInvitationId);
        QVERIFY2(i, qPrintable(i.error()));
        QVERIFY(i->email.isEmpty());
        i = reports.invitation(m_story.danaInvitationId);
        QVERIFY2(i, qPrintable(i.error()));
        QCOMPARE(i->studentNames, QStringList{QString::fromLatin1(FamilyFixture::kScriptName) + u" Doe"_s});
        QVERIFY(!reports.invitation(uuid()));
    }

    // Grades whose score row the server changed after `since`, published only, and the missing list.
    void digestTellsWhatChangedSince()
    {
        const QString account = maria();
        const QString grace = addPortalAccount(*m_db, u"grace@example.org"_s, {m_story.graceId});
        server::FamilyReports reports(*m_server_db);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-3600);
        Result<server::DigestContent> d = reports.digest(account, before);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->language, u"es"_s);
        QCOMPARE(d->students.size(), 1);
        QCOMPARE(d->students.at(0).classes.size(), 1);
        const server::DigestContent::ClassPart &part = d->students.at(0).classes.at(0);
        QCOMPARE(part.className, u"Algebra I"_s);
        QStringList grades;
        for (const auto &g : part.grades)
            grades << u"%1 %2/%3 %4 %5"_s.arg(g.title, num(g.points))
                          .arg(g.pointsPossible)
                          .arg(num(g.percent))
                          .arg(g.missing);
        QCOMPARE(grades,
                 (QStringList{u"Homework 1 8/10 80 0"_s, QString::fromLatin1(FamilyFixture::kImgTitle) + u" -/10 - 1"_s,
                              u"Unit 1 Test 45/50 90 0"_s}));
        QCOMPARE(part.missing.size(), 1);

        QTest::qWait(20); // updated_at has millisecond resolution
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::qWait(20);
        d = reports.digest(account, now);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->students.size(), 1); // still the missing work
        QVERIFY(d->students.at(0).classes.at(0).grades.isEmpty());
        QVERIFY(reports.digest(grace, now)->isEmpty()); // Ben: nothing new, nothing missing

        QCOMPARE(pushOne(u"score"_s, Score::idFor(m_story.test1Id, m_story.benId), {{u"points"_s, 44.0}}), QString());
        QCOMPARE(pushOne(u"score"_s, Score::idFor(m_story.hw3Id, m_story.anaId), {{u"points"_s, 9.0}}), QString());
        d = reports.digest(grace, now);
        QCOMPARE(d->students.size(), 1);
        QCOMPARE(d->students.at(0).classes.at(0).grades.size(), 1);
        QCOMPARE(num(d->students.at(0).classes.at(0).grades.at(0).percent), u"88"_s);
        QVERIFY(reports.digest(account, now)->students.at(0).classes.at(0).grades.isEmpty()); // hw3 is unpublished
    }

    // One student's report in a class of 1,000 assignments and 30 students: fast enough for a web page.
    void reportOfALargeClassIsFast()
    {
        QJsonArray batch;
        QStringList classmates;
        for (int s = 0; s < 29; ++s) {
            const QString id = uuid();
            classmates << id;
            batch.append(mutation(u"student"_s, id, {{u"given_name"_s, u"S%1"_s.arg(s)}, {u"family_name"_s, u"X"_s}}));
            batch.append(mutation(u"enrollment"_s, uuid(), {{u"class_id"_s, m_story.classId}, {u"student_id"_s, id}}));
        }
        QCOMPARE(m_story.pushAs(*m_http, batch), QString());
        classmates << m_story.anaId;
        for (int chunk = 0; chunk < 10; ++chunk) {
            QJsonArray assignments;
            QJsonArray scores;
            for (int i = 0; i < 100; ++i) {
                const QString id = uuid();
                assignments.append(mutation(u"assignment"_s, id,
                                            {{u"class_id"_s, m_story.classId},
                                             {u"category_id"_s, i % 2 ? m_story.homeworkId : m_story.testsId},
                                             {u"title"_s, u"A%1"_s.arg(chunk * 100 + i)},
                                             {u"points_possible"_s, 10.0},
                                             {u"due_date"_s, QDate(2026, 9, 1).addDays(i).toString(Qt::ISODate)},
                                             {u"position"_s, 10 + chunk * 100 + i}}));
                for (const QString &student : std::as_const(classmates)) {
                    scores.append(mutation(u"score"_s, Score::idFor(id, student),
                                           {{u"class_id"_s, m_story.classId},
                                            {u"assignment_id"_s, id},
                                            {u"student_id"_s, student},
                                            {u"points"_s, double((i + chunk) % 11)}}));
                }
            }
            QCOMPARE(m_story.pushAs(*m_http, assignments), QString());
            for (qsizetype from = 0; from < scores.size(); from += 500) {
                QJsonArray part;
                for (qsizetype k = from; k < std::min(scores.size(), from + 500); ++k)
                    part.append(scores.at(k));
                QCOMPARE(m_story.pushAs(*m_http, part), QString());
            }
        }
        const QString account = maria();
        QList<qint64> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::optional<ProgressReport> r = reportFor(account, m_story.anaId, m_story.classId);
            times << timer.elapsed();
            QVERIFY(r);
            QCOMPARE(r->assignments.size(), 1003);
        }
        std::sort(times.begin(), times.end());
        qInfo("report of 1 student, 1,004 assignments x 30 students (%s): median %lld ms, best %lld ms",
              qPrintable(m_backend), times.at(2), times.at(0));
        QVERIFY2(times.at(2) < 100, qPrintable(u"median %1 ms"_s.arg(times.at(2))));
    }
};

QTEST_MAIN(TestFamilyReports)
#include "tst_familyreports.moc"
