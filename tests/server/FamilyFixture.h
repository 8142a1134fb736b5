#pragma once

#include "tests/server/ServerHarness.h"
#include "tests/server/ServerSamples.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

// The families story of issue 18 (contract 10), pushed into a running
// k12-server through the normal push API (the JSON a client sends), for the
// portal, mail and family-data suites:
//
// Teacher "Ms. Rivera" (teacher@school.example), class "Algebra I" (term "Fall
// 2026", weighted: Homework 40 %, Tests 60 %, missing counts zero,
// family_show_final on), three students and their guardians:
// - Ana Lopez: guardians Maria Lopez <maria@example.org> (language "es") and
//   Luis Lopez (no email);
// - Ben Okafor: guardian Grace Okafor <grace@example.org> (language "en");
// - `<script>alert(1)</script>` Doe (that given name): guardian Dana Doe <dana@example.org>.
// Assignments (all 10 points but the test):
//   hw1 "Homework 1" (Homework, due 2026-09-07), hw2 `"><img src=x onerror=alert(1)>`
//   (Homework, due 2026-09-14), hw3 "Homework 3" (Homework, due 2026-09-21, UNPUBLISHED),
//   test1 "Unit 1 Test" (Tests, 50 points, due 2026-09-18).
// Scores:            hw1  hw2      hw3 (unpublished)  test1
//   Ana               8   missing  10                 45     -> families see 70 % (C-): HW 8/20 = 40 %, Tests 90 %
//   Ben              10    9       --                 40     -> 86 % (B+): HW 95 %, Tests 80 %
//   <script>          7   --       --                 --     -> 70 % (C-): HW 70 %, no test yet
// One guardian_invitation row per guardian, and a family_notice (kind "missing",
// assignment_ids [hw2]) for Ana in Algebra I.
namespace k12::test {

struct FamilyFixture
{
    Teacher teacher;
    QString clientId;
    QString classId;
    QString homeworkId, testsId;              // categories
    QString anaId, benId, scriptId;           // students
    QString mariaId, luisId, graceId, danaId; // guardians
    QString hw1Id, hw2Id, hw3Id, test1Id;     // assignments (hw3 unpublished)
    QString mariaInvitationId, luisInvitationId, graceInvitationId, danaInvitationId;
    QString anaNoticeId;
    QString error; // empty when seeded

    static constexpr const char *kScriptName = "<script>alert(1)</script>";
    static constexpr const char *kImgTitle = "\"><img src=x onerror=alert(1)>";

    bool ok() const { return error.isEmpty(); }

    // Creates the teacher (admin create-teacher on databaseUrl), signs in and
    // pushes every row through `http` (a client of the running server).
    // `email` lets a suite seed a second, independent teacher.
    static FamilyFixture seed(const QString &databaseUrl, HttpClient &http,
                              const QString &email = QStringLiteral("teacher@school.example"),
                              const QString &name = QStringLiteral("Ms. Rivera"));

    // Grading periods for Algebra I (pushed on demand, so the other suites'
    // whole-course numbers stay as they are): "Quarter 1" 2026-09-01..09-15
    // (hw1, hw2 by due date), "Quarter 2" 2026-09-16..10-31 (test1 and the
    // unpublished hw3), and the term "Semester 1" = 50 % Q1 + 50 % Q2 (a
    // formula). The error, empty when pushed; the ids in q1Id, q2Id, s1Id.
    QString addPeriods(HttpClient &http);
    QString q1Id, q2Id, s1Id;

    // Pushes more mutations as this teacher; the error, empty when every one was applied.
    QString pushAs(HttpClient &http, const QJsonArray &mutations) const;
    // The current revision of a row (pull), for updates; 0 when not found.
    qint64 revisionOf(HttpClient &http, const QString &id) const;
};

// A portal account (what accepting an invitation makes, contract 2) written
// straight into the server's database: portal_account + a portal_link to each
// guardian. Returns the account id, empty on failure (then *error says why).
QString addPortalAccount(const TestDatabase &db, const QString &email, const QStringList &guardianIds,
                         const QString &language = QStringLiteral("en"), bool digest = false, QString *error = nullptr);

} // namespace k12::test
