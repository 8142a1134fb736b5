#include "FamilyReports.h"

#include "FamilyRows.h"
#include "kernel/domain/Entities.h"
#include "models/reports/ReportBuilder.h"
#include "server/store/Database.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

template<typename T> QList<T> fromRows(const QList<QVariantMap> &rows)
{
    QList<T> out;
    out.reserve(rows.size());
    for (const QVariantMap &r : rows)
        out.append(T::fromRow(r));
    return out;
}

// The local store's orders (CategoryRepository::inClass, AssignmentRepository::inClass:
// SQLite's binary text order, NULL due dates first), kept here rather than left
// to the server database's collation.
void sortLikeTheStore(QList<Category> &categories, QList<Assignment> &assignments)
{
    std::stable_sort(categories.begin(), categories.end(), [](const Category &a, const Category &b) {
        if (a.position != b.position)
            return a.position < b.position;
        return a.name.toUtf8() < b.name.toUtf8();
    });
    std::stable_sort(assignments.begin(), assignments.end(), [](const Assignment &a, const Assignment &b) {
        if (a.position != b.position)
            return a.position < b.position;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate; // an invalid date (NULL) sorts first, as in SQLite
        return a.title.toUtf8() < b.title.toUtf8();
    });
}

// "2026-09-07" or "2026-09-07T10:00:00": the evidence's date, as MasteryReport reads it.
QDate assessedDate(const QString &text)
{
    return text.size() < 10 ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
}

} // namespace

FamilyReports::FamilyReports(Database &db)
    : m_db(db)
{}

Result<QList<FamilyStudent>> FamilyReports::studentsOf(const QString &accountId)
{
    return inSnapshot(m_db, [&]() -> Result<QList<FamilyStudent>> {
        FamilyRows rows(m_db);
        Result<QList<QVariantMap>> students = rows.students(accountId);
        if (!students)
            return Error{students.error()};
        Result<QList<FamilyAccess>> pairs = rows.access(accountId);
        if (!pairs)
            return Error{pairs.error()};
        QList<FamilyStudent> out;
        QHash<QString, int> index;
        for (const QVariantMap &s : std::as_const(*students)) {
            const QString id = s.value(u"id"_s).toString();
            if (index.contains(id))
                continue; // reached through guardians of two teachers
            index.insert(id, int(out.size()));
            out.append({id, s.value(u"given_name"_s).toString(), s.value(u"family_name"_s).toString(), {}});
        }
        for (const FamilyAccess &p : std::as_const(*pairs)) {
            const int i = index.value(p.studentId, -1);
            if (i >= 0)
                out[i].classes.append({p.classId, p.className, p.term, p.teacherName});
        }
        return out;
    });
}

Result<std::optional<ProgressReport>> FamilyReports::report(const QString &accountId, const QString &studentId,
                                                            const QString &classId, const QString &gradingPeriodId)
{
    return inSnapshot(m_db, [&]() -> Result<std::optional<ProgressReport>> {
        if (accountId.isEmpty() || studentId.isEmpty() || classId.isEmpty())
            return std::optional<ProgressReport>();
        Result<QList<FamilyAccess>> pair = FamilyRows(m_db).access(accountId, studentId, classId);
        if (!pair)
            return Error{pair.error()};
        if (pair->isEmpty())
            return std::optional<ProgressReport>();
        return build(classId, studentId, gradingPeriodId, pair->constFirst().teacherName);
    });
}

Result<std::optional<ProgressReport>> FamilyReports::build(const QString &classId, const QString &studentId,
                                                           const QString &gradingPeriodId, const QString &teacherName)
{
    FamilyRows rows(m_db);
    const QString inClass = u"\"class_id\" = ?"_s;
    const QString ofStudent = u"\"class_id\" = ? AND \"student_id\" = ?"_s;
    const QVariantList cls{classId};
    const QVariantList pair{classId, studentId};
    const auto none = [] { return Result<std::optional<ProgressReport>>(std::optional<ProgressReport>()); };

    Result<QVariantMap> classRow = rows.one(u"class"_s, u"\"id\" = ?"_s, cls);
    Result<QVariantMap> studentRow = rows.one(u"student"_s, u"\"id\" = ?"_s, {studentId});
    Result<QList<QVariantMap>> periods = rows.select(u"grading_period"_s, inClass, cls);
    Result<QList<QVariantMap>> categories = rows.select(u"category"_s, inClass, cls);
    Result<QList<QVariantMap>> assignments = rows.select(u"assignment"_s, inClass, cls);
    Result<QVariantMap> scale = rows.one(u"grading_scale"_s, u"\"id\" = ?"_s, {GradingScale::idFor(classId)});
    // Only this student's rows: a report never reads the classmates'.
    Result<QList<QVariantMap>> scores = rows.select(u"score"_s, ofStudent, pair);
    Result<QList<QVariantMap>> overrides = rows.select(u"final_override"_s, ofStudent, pair);
    Result<QList<QVariantMap>> comments = rows.select(u"report_comment"_s, ofStudent, pair);
    Result<QList<QVariantMap>> standards = rows.select(u"standard"_s, inClass, cls);
    Result<QList<QVariantMap>> evidence = rows.select(u"mastery_score"_s, ofStudent, pair);
    for (const QString *error : {&classRow.error(), &studentRow.error(), &periods.error(), &categories.error(),
                                 &assignments.error(), &scale.error(), &scores.error(), &overrides.error(),
                                 &comments.error(), &standards.error(), &evidence.error()}) {
        if (!error->isEmpty())
            return fail(*error);
    }
    if (classRow->isEmpty() || studentRow->isEmpty())
        return none();

    ReportSource source;
    GradebookData::Parts parts;
    parts.schoolClass = SchoolClass::fromRow(*classRow);
    parts.students = {Student::fromRow(*studentRow)};
    parts.periods = fromRows<GradingPeriod>(*periods);
    parts.categories = fromRows<Category>(*categories);
    parts.assignments = fromRows<Assignment>(*assignments);
    sortLikeTheStore(parts.categories, parts.assignments);
    parts.finalOverrides = fromRows<FinalOverride>(*overrides);
    if (!scale->isEmpty())
        parts.scale = GradingScale::fromRow(*scale);
    if (!gradingPeriodId.isEmpty()) {
        for (const GradingPeriod &p : std::as_const(parts.periods)) {
            if (p.id == gradingPeriodId)
                source.period = p;
        }
        if (!source.period)
            return none(); // not one of this class's periods: like an unknown id
    }
    QHash<QString, QString> titles;
    for (const Assignment &a : std::as_const(parts.assignments))
        titles.insert(a.id, a.title);
    const SchoolClass schoolClass = parts.schoolClass;
    const QList<Student> students = parts.students;

    source.data = GradebookData::assemble(std::move(parts), ReportBuilder::gradebookPeriod(source.period));
    for (const Score &s : fromRows<Score>(*scores)) {
        const int a = source.data.assignmentIndex(s.assignmentId);
        if (a >= 0)
            source.data.setScore(0, a, s);
    }
    QList<MasteryReport::EvidenceRow> evidenceRows;
    for (const MasteryScore &m : fromRows<MasteryScore>(*evidence)) {
        MasteryReport::Evidence e;
        e.id = m.id;
        e.assignmentId = m.assignmentId;
        e.score = m.score;
        e.date = assessedDate(m.assessedAt);
        // The desktop breaks ties between equal dates by its rowid (order of
        // entry); the server's nearest is the row's revision.
        e.entry = m.rev;
        evidenceRows.append({m.studentId, m.standardId, e});
    }
    source.mastery =
        MasteryReport::fromRows(schoolClass, students, fromRows<Standard>(*standards), titles, evidenceRows);
    source.comments = fromRows<ReportComment>(*comments);
    source.overrides = source.data.finalOverrides;

    ReportOptions options;
    options.gradingPeriodId = gradingPeriodId;
    options.teacherName = teacherName;
    const ReportBuilder builder = ReportBuilder::fromSource(std::move(source), options);
    ProgressReport report = builder.report(0);
    // The desktop's printed report leaves the Final out when the class hides
    // it (ReportDocument); here the values themselves stay on the server.
    if (!report.showFinal) {
        report.finalPercent.reset();
        report.finalLetter.clear();
        report.letterOverridden = false;
    }
    return std::optional<ProgressReport>(std::move(report));
}

} // namespace k12::server
