// FamilyReports: the content of the family mailer's messages (notice, digest,
// invitation), from the same report computation as the portal's pages.

#include "FamilyReports.h"

#include "FamilyRows.h"
#include "kernel/domain/Entities.h"
#include "server/store/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

QString nameOf(const QVariantMap &row)
{
    return row.value(u"given_name"_s).toString() + u' ' + row.value(u"family_name"_s).toString();
}

} // namespace

QList<FamilyRecipient> FamilyReports::recipientsOf(const QString &studentId, const QString &teacherId,
                                                   QStringList *withoutEmail, QString *error)
{
    FamilyRows rows(m_db);
    QList<FamilyRecipient> out;
    // The student's guardians as the class's teacher entered them, in the order linked.
    Result<QList<QVariantMap>> links =
        rows.select(u"student_guardian"_s, u"\"student_id\" = ? AND \"owner_id\" = ?"_s, {studentId, teacherId});
    if (!links) {
        *error = links.error();
        return out;
    }
    for (const QVariantMap &link : std::as_const(*links)) {
        Result<QVariantMap> g =
            rows.one(u"guardian"_s, u"\"id\" = ? AND \"owner_id\" = ?"_s, {link.value(u"guardian_id"_s), teacherId});
        if (!g) {
            *error = g.error();
            return out;
        }
        // A guardian the teacher marked as not receiving reports gets no grades by mail either.
        if (g->isEmpty() || g->value(u"receives_reports"_s).toInt() == 0)
            continue;
        const QString email = g->value(u"email"_s).toString().trimmed().toLower();
        if (email.isEmpty())
            withoutEmail->append(nameOf(*g));
        else
            out.append({g->value(u"id"_s).toString(), email, nameOf(*g), g->value(u"language"_s).toString()});
    }
    return out;
}

Result<NoticeContent> FamilyReports::notice(const QString &noticeId)
{
    return inSnapshot(m_db, [&]() -> Result<NoticeContent> {
        FamilyRows rows(m_db);
        Result<QVariantMap> row = rows.one(u"family_notice"_s, u"\"id\" = ?"_s, {noticeId});
        if (!row)
            return Error{row.error()};
        if (row->isEmpty())
            return fail(u"No family notice %1"_s.arg(noticeId));
        const FamilyNotice n = FamilyNotice::fromRow(*row);
        NoticeContent c;
        c.noticeId = n.id;
        c.studentId = n.studentId;
        c.classId = n.classId;
        Result<QVariantMap> cls = rows.one(u"class"_s, u"\"id\" = ?"_s, {n.classId});
        Result<QVariantMap> student = rows.one(u"student"_s, u"\"id\" = ?"_s, {n.studentId});
        Result<QList<QVariantMap>> enrolled =
            rows.select(u"enrollment"_s, u"\"class_id\" = ? AND \"student_id\" = ? AND \"status\" = 'active'"_s,
                        {n.classId, n.studentId});
        for (const QString *error : {&cls.error(), &student.error(), &enrolled.error()}) {
            if (!error->isEmpty())
                return fail(*error);
        }
        if (cls->isEmpty() || student->isEmpty())
            return c; // the class or the student is gone: nothing to say
        c.className = cls->value(u"name"_s).toString();
        c.studentGivenName = student->value(u"given_name"_s).toString();
        c.studentFamilyName = student->value(u"family_name"_s).toString();
        const QString teacherId = cls->value(u"owner_id"_s).toString();
        Result<QString> teacher = rows.teacherName(teacherId);
        if (!teacher)
            return Error{teacher.error()};
        c.teacherName = *teacher;
        QString error;
        c.recipients = recipientsOf(n.studentId, teacherId, &c.withoutEmail, &error);
        if (!error.isEmpty())
            return fail(error);
        if (enrolled->isEmpty() || cls->value(u"archived"_s).toInt() != 0)
            return c; // no longer in the class: no assignments to name

        // Still missing means what the report calls missing (published, marked
        // missing, not excused or exempt), so it is the report's own list.
        Result<std::optional<ProgressReport>> report = build(n.classId, n.studentId, {}, c.teacherName);
        if (!report)
            return Error{report.error()};
        if (!*report)
            return c;
        const QSet<QString> listed(n.assignmentIds.cbegin(), n.assignmentIds.cend());
        for (const ProgressReport::AssignmentLine &line : std::as_const((*report)->missing)) {
            if (listed.contains(line.assignmentId))
                c.assignments.append({line.assignmentId, line.title, line.dueDate});
        }
        return c;
    });
}

Result<DigestContent> FamilyReports::digest(const QString &accountId, const QDateTime &since)
{
    return inSnapshot(m_db, [&]() -> Result<DigestContent> {
        FamilyRows rows(m_db);
        DigestContent d;
        d.accountId = accountId;
        Result<QList<FamilyStudent>> students = studentsOf(accountId);
        if (!students)
            return Error{students.error()};
        {
            // portal_account is a server table, not an entity: read its language directly.
            QSqlQuery *q = m_db.prepared(u"SELECT \"language\" FROM \"portal_account\" WHERE \"id\" = ?"_s);
            q->bindValue(0, accountId);
            if (const Status run = m_db.run(q, u"Cannot read the portal account"_s); !run)
                return Error{run.error()};
            if (q->next())
                d.language = q->value(0).toString();
            q->finish();
        }
        const QDateTime after = since.toUTC();
        for (const FamilyStudent &s : std::as_const(*students)) {
            DigestContent::StudentPart part{s.studentId, s.givenName, s.familyName, {}};
            for (const FamilyClass &c : s.classes) {
                Result<std::optional<ProgressReport>> report = build(c.classId, s.studentId, {}, c.teacherName);
                if (!report)
                    return Error{report.error()};
                if (!*report)
                    continue;
                // When each grade changed: the score rows' updated_at, which the
                // server stamps on every push that changes the row (UTC, ISO 8601).
                Result<QList<QVariantMap>> scores =
                    rows.select(u"score"_s, u"\"class_id\" = ? AND \"student_id\" = ?"_s, {c.classId, s.studentId});
                if (!scores)
                    return Error{scores.error()};
                QHash<QString, QDateTime> changed;
                for (const QVariantMap &r : std::as_const(*scores)) {
                    const QDateTime at = QDateTime::fromString(r.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
                    if (at.isValid() && at > after)
                        changed.insert(r.value(u"assignment_id"_s).toString(), at.toUTC());
                }
                DigestContent::ClassPart cp{c.classId, c.name, c.teacherName, {}, (*report)->missing};
                // The report's lines are the published assignments only.
                for (const ProgressReport::AssignmentLine &line : std::as_const((*report)->assignments)) {
                    const auto at = changed.constFind(line.assignmentId);
                    if (at == changed.cend())
                        continue;
                    if (!line.points && line.letter.isEmpty() && !line.missing && !line.excused && !line.exempt)
                        continue; // a grade cleared: nothing to tell
                    DigestContent::Grade g;
                    g.assignmentId = line.assignmentId;
                    g.title = line.title;
                    g.dueDate = line.dueDate;
                    g.points = line.points;
                    g.pointsPossible = line.pointsPossible;
                    g.letter = line.letter;
                    g.excused = line.excused;
                    g.exempt = line.exempt;
                    g.missing = line.missing;
                    if (line.points && line.pointsPossible > 0 && !line.excused && !line.exempt)
                        g.percent = *line.points * 100.0 / line.pointsPossible;
                    g.changedAt = *at;
                    cp.grades.append(g);
                }
                if (!cp.grades.isEmpty() || !cp.missing.isEmpty())
                    part.classes.append(cp);
            }
            if (!part.classes.isEmpty())
                d.students.append(part);
        }
        return d;
    });
}

Result<InvitationContent> FamilyReports::invitation(const QString &invitationId)
{
    return inSnapshot(m_db, [&]() -> Result<InvitationContent> {
        FamilyRows rows(m_db);
        Result<QVariantMap> row = rows.one(u"guardian_invitation"_s, u"\"id\" = ?"_s, {invitationId});
        if (!row)
            return Error{row.error()};
        if (row->isEmpty())
            return fail(u"No guardian invitation %1"_s.arg(invitationId));
        const QString teacherId = row->value(u"owner_id"_s).toString();
        Result<QVariantMap> g =
            rows.one(u"guardian"_s, u"\"id\" = ? AND \"owner_id\" = ?"_s, {row->value(u"guardian_id"_s), teacherId});
        if (!g)
            return Error{g.error()};
        if (g->isEmpty())
            return fail(u"The guardian of invitation %1 is gone"_s.arg(invitationId));
        InvitationContent c;
        c.invitationId = invitationId;
        c.guardianId = g->value(u"id"_s).toString();
        c.guardianName = nameOf(*g);
        c.email = g->value(u"email"_s).toString().trimmed().toLower();
        c.language = g->value(u"language"_s).toString();
        Result<QString> teacher = rows.teacherName(teacherId);
        if (!teacher)
            return Error{teacher.error()};
        c.teacherName = *teacher;
        Result<QList<QVariantMap>> links = rows.select(
            u"student_guardian"_s, u"\"guardian_id\" = ? AND \"owner_id\" = ?"_s, {c.guardianId, teacherId});
        if (!links)
            return Error{links.error()};
        for (const QVariantMap &link : std::as_const(*links)) {
            Result<QVariantMap> s = rows.one(u"student"_s, u"\"id\" = ?"_s, {link.value(u"student_id"_s)});
            if (!s)
                return Error{s.error()};
            if (!s->isEmpty())
                c.studentNames.append(nameOf(*s));
        }
        return c;
    });
}

} // namespace k12::server
