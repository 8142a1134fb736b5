#pragma once

#include "kernel/domain/Result.h"
#include "models/reports/ProgressReport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace k12::server {

class Database;

// A class a family's student is actively enrolled in (issue 18, contract 6).
struct FamilyClass
{
    QString classId;
    QString name;
    QString term;
    QString teacherName; // the owning teacher's display name
};

// A student a portal account may see, with the classes it may see them in.
struct FamilyStudent
{
    QString studentId;
    QString givenName;
    QString familyName;
    QList<FamilyClass> classes;
};

// A guardian who receives a message.
struct FamilyRecipient
{
    QString guardianId;
    QString email;    // lowercased as stored
    QString name;     // "Given Family"
    QString language; // as stored on the guardian ("es", "en-US", ...); may be empty
};

// What a family_notice row asks to tell: the assignments it lists that are
// still published and still missing (an empty list: nothing left to say).
struct NoticeContent
{
    struct Item
    {
        QString assignmentId;
        QString title;
        QDate dueDate; // invalid: no due date
    };

    QString noticeId;
    QString studentId;
    QString studentGivenName;
    QString studentFamilyName;
    QString classId;
    QString className;
    QString teacherName;
    QList<Item> assignments;
    // The student's guardians (of the class's teacher) with an email, in the
    // order linked, and the names of those without one. A guardian the teacher
    // marked as not receiving reports (receives_reports off) is in neither.
    QList<FamilyRecipient> recipients;
    QStringList withoutEmail;
};

// The weekly digest of one portal account.
struct DigestContent
{
    struct Grade
    {
        QString assignmentId;
        QString title;
        QDate dueDate;
        std::optional<double> points; // empty for a letter grade or an excused/exempt mark
        double pointsPossible = 0;
        QString letter;                // a letter-graded assignment's letter
        std::optional<double> percent; // empty when it does not count (excused, exempt, letter without points)
        bool excused = false;
        bool exempt = false;
        bool missing = false;
        QDateTime changedAt; // the score row's updated_at on the server (UTC)
    };

    struct ClassPart
    {
        QString classId;
        QString className;
        QString teacherName;
        QList<Grade> grades;                           // entered/changed since `since`, published only
        QList<ProgressReport::AssignmentLine> missing; // the current missing list, oldest due first
    };

    struct StudentPart
    {
        QString studentId;
        QString givenName;
        QString familyName;
        QList<ClassPart> classes; // only classes with something to say
    };

    QString accountId;
    QString language; // portal_account.language
    QList<StudentPart> students;

    bool isEmpty() const { return students.isEmpty(); }
};

// A guardian_invitation row, ready to be written as an email.
struct InvitationContent
{
    QString invitationId;
    QString guardianId;
    QString guardianName; // "Given Family"
    QString email;        // lowercased; empty when the guardian has none (nothing to send)
    QString language;     // as stored on the guardian; may be empty
    QString teacherName;
    QStringList studentNames; // "Given Family" of each student it links to (of the same teacher)
};

// Everything the portal and the mail planner may read about families, from
// the server's own rows (issue 18, contract 6). Every method enforces the
// access rule: account -> portal_link -> guardian -> student_guardian (same
// owner) -> student -> active enrollment -> class of that owner, not archived,
// not deleted. Works on SQLite and PostgreSQL. Not thread-safe: one per
// connection (Database belongs to one thread).
class FamilyReports
{
public:
    explicit FamilyReports(Database &db);

    Result<QList<FamilyStudent>> studentsOf(const QString &accountId);

    // std::nullopt when the account may not see that (student, class) pair,
    // and for unknown ids alike: callers answer both the same way. The
    // report is the desktop's (ReportBuilder's computation), in English
    // (language "en") until the caller sets report.language.
    Result<std::optional<ProgressReport>> report(const QString &accountId, const QString &studentId,
                                                 const QString &classId, const QString &gradingPeriodId = {});

    Result<NoticeContent> notice(const QString &noticeId);

    // Grades whose score row changed after `since` (server updated_at), on
    // published assignments, plus the current missing list, per linked
    // student and class; isEmpty() when there is nothing to say.
    Result<DigestContent> digest(const QString &accountId, const QDateTime &since);

    Result<InvitationContent> invitation(const QString &invitationId);

private:
    // One student's report in one class from the server's rows, without the
    // access check (the callers make it); std::nullopt when the class or the
    // student is gone or the period is not the class's.
    Result<std::optional<ProgressReport>> build(const QString &classId, const QString &studentId,
                                                const QString &gradingPeriodId, const QString &teacherName);
    QList<FamilyRecipient> recipientsOf(const QString &studentId, const QString &teacherId, QStringList *withoutEmail,
                                        QString *error);

    Database &m_db;
};

} // namespace k12::server
