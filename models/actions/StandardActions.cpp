#include "StandardActions.h"

#include "kernel/domain/Clock.h"
#include "kernel/domain/Ids.h"
#include "models/mastery/MasteryReport.h"
#include "models/mastery/ProficiencyScale.h"
#include "models/mastery/StandardQueries.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Result<Standard> StandardActions::checkNew(Store &store, const QString &classId, const QString &code,
                                           const QString &description)
{
    Standard s;
    s.id = newId();
    s.classId = classId;
    s.code = code.trimmed();
    s.description = description.trimmed();
    if (const QString problem = s.problem(); !problem.isEmpty())
        return fail(problem);
    for (const Standard &known : StandardRepository(store).forClass(classId)) {
        if (known.code.trimmed().compare(s.code, Qt::CaseInsensitive) == 0)
            return fail(tr("This class already has a standard \"%1\".").arg(s.code));
    }
    return s;
}

Result<QString> StandardActions::add(const QString &classId, const QString &code, const QString &description)
{
    Result<Standard> s = checkNew(m_runner.store(), classId, code, description);
    if (!s)
        return Error{s.error()};
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Add Standard"), u"standard.add"_s, {Change::upsert(u"standard"_s, s->id, s->toFields())});
    if (!r)
        return Error{r.error()};
    return s->id;
}

Result<StandardActions::ImportSummary> StandardActions::importTable(const QString &classId, const CsvTable &table)
{
    const StandardImport::Outcome outcome =
        StandardImport::check(table, classId, StandardQueries(m_runner.store()).standards(classId));
    if (!outcome.ok())
        return fail(outcome.problems.join(u'\n'));
    ImportSummary summary;
    summary.added = int(outcome.added.size());
    summary.updated = int(outcome.updated.size());
    summary.unchanged = outcome.unchanged;
    summary.ignoredColumns = outcome.ignoredColumns;
    ChangeList changes;
    for (const Standard &s : outcome.added)
        changes.append(Change::upsert(u"standard"_s, s.id, s.toFields()));
    for (const Standard &s : outcome.updated)
        changes.append(Change::upsert(u"standard"_s, s.id, {{u"description"_s, s.description}}));
    if (changes.isEmpty())
        return summary; // the class has the file's standards already: no empty undo step
    Result<QList<AppliedChange>> r = m_runner.write(tr("Import Standards"), u"standard.import"_s, changes);
    if (!r)
        return Error{r.error()};
    return summary;
}

Result<int> StandardActions::tag(const Assignment &assignment, const QStringList &standardIds)
{
    const QStringList tagged = StandardQueries(m_runner.store()).tagsOf(assignment.id);
    const EntityDef &def = *EntitySchema::find(u"standard");
    ChangeList changes;
    QStringList seen;
    for (const QString &standardId : standardIds) {
        if (tagged.contains(standardId) || seen.contains(standardId))
            continue;
        seen.append(standardId);
        const std::optional<QVariantMap> row = m_runner.store().row(def, standardId);
        if (!row || row->value(u"class_id"_s).toString() != assignment.classId)
            return fail(tr("That standard is not one of this class's."));
        AssignmentStandard t;
        t.id = AssignmentStandard::idFor(assignment.id, standardId);
        t.classId = assignment.classId;
        t.assignmentId = assignment.id;
        t.standardId = standardId;
        if (const QString problem = t.problem(); !problem.isEmpty())
            return fail(problem);
        changes.append(Change::upsert(u"assignment_standard"_s, t.id, t.toFields()));
    }
    if (changes.isEmpty())
        return 0;
    Result<QList<AppliedChange>> r = m_runner.write(tr("Tag with Standards"), u"assignment.tag"_s, changes);
    if (!r)
        return Error{r.error()};
    return int(changes.size());
}

Result<int> StandardActions::untag(const Assignment &assignment, const QStringList &standardIds)
{
    const QStringList tagged = StandardQueries(m_runner.store()).tagsOf(assignment.id);
    ChangeList changes;
    for (const QString &standardId : standardIds) {
        if (tagged.contains(standardId))
            changes.append(
                Change::remove(u"assignment_standard"_s, AssignmentStandard::idFor(assignment.id, standardId)));
    }
    if (changes.isEmpty())
        return 0;
    Result<QList<AppliedChange>> r = m_runner.write(tr("Remove Standards Tag"), u"assignment.untag"_s, changes);
    if (!r)
        return Error{r.error()};
    return int(changes.size());
}

Result<QString> StandardActions::setLevel(const Assignment &assignment, const QString &studentId,
                                          const QString &standardId, double level, const QDate &assessed)
{
    Store &store = m_runner.store();
    const std::optional<SchoolClass> schoolClass = ClassRepository(store).find(assignment.classId);
    const ProficiencyScale scale =
        schoolClass ? ProficiencyScale::forClass(*schoolClass) : ProficiencyScale::defaultScale();
    if (!std::isfinite(level))
        return fail(tr("That is not a number."));
    if (level < 0)
        return fail(tr("A level cannot be negative."));
    if (level > scale.maximumEntry()) {
        return fail(tr("%1 is above the allowed maximum of %2 (twice the top level, %3).")
                        .arg(QLocale().toString(level), QLocale().toString(scale.maximumEntry()),
                             QLocale().toString(scale.top())));
    }
    const std::optional<QVariantMap> standardRow = store.row(*EntitySchema::find(u"standard"), standardId);
    if (!standardRow || standardRow->value(u"class_id"_s).toString() != assignment.classId)
        return fail(tr("That standard is not one of this class's."));
    if (!StudentRepository(store).find(studentId))
        return fail(tr("That student no longer exists."));

    MasteryScore m;
    m.id = StandardQueries::evidenceId(assignment.id, standardId, studentId);
    m.classId = assignment.classId;
    m.standardId = standardId;
    m.studentId = studentId;
    m.assignmentId = assignment.id;
    m.score = level;
    const QDate day = assessed.isValid()             ? assessed
                      : assignment.dueDate.isValid() ? assignment.dueDate
                                                     : Clock::today();
    m.assessedAt = day.toString(Qt::ISODate);
    if (const QString problem = m.problem(); !problem.isEmpty())
        return fail(problem);

    ChangeList changes;
    if (!StandardQueries(store).tagsOf(assignment.id).contains(standardId)) {
        AssignmentStandard t;
        t.id = AssignmentStandard::idFor(assignment.id, standardId);
        t.classId = assignment.classId;
        t.assignmentId = assignment.id;
        t.standardId = standardId;
        changes.append(Change::upsert(u"assignment_standard"_s, t.id, t.toFields()));
    }
    changes.append(Change::upsert(u"mastery_score"_s, m.id, m.toFields()));
    Result<QList<AppliedChange>> r = m_runner.write(tr("Set Standard Level"), u"mastery.set"_s, changes);
    if (!r)
        return Error{r.error()};
    return m.id;
}

Status StandardActions::clearLevel(const Assignment &assignment, const QString &studentId, const QString &standardId)
{
    const QString id = StandardQueries::evidenceId(assignment.id, standardId, studentId);
    if (!m_runner.store().row(*EntitySchema::find(u"mastery_score"), id))
        return fail(tr("There is no level to clear for that student and standard on \"%1\".").arg(assignment.title));
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Clear Standard Level"), u"mastery.clear"_s, {Change::remove(u"mastery_score"_s, id)});
    return r ? Status{} : Status{fail(r.error())};
}

QString StandardActions::methodParamProblem(const QString &method, double param)
{
    const std::optional<Mastery::Method> m = Mastery::methodFromKey(method);
    if (!m)
        return tr("\"%1\" is not a mastery method.").arg(method);
    if (!MasteryReport::takesParam(*m))
        return tr("%1 takes no parameter.").arg(MasteryReport::methodName(*m));
    if (!std::isfinite(param))
        return tr("That is not a number.");
    switch (*m) {
    case Mastery::Method::WeightedAverage:
        if (param < 1 || param > 99)
            return tr("The newest score's weight is a percentage from 1 to 99.");
        break;
    case Mastery::Method::DecayingAverage:
        if (param < 50 || param > 99)
            return tr("The decay rate is a percentage from 50 to 99.");
        break;
    case Mastery::Method::NMastery:
        if (param < 1 || param > 20 || param != std::floor(param))
            return tr("n-mastery needs a whole number of scores from 1 to 20.");
        break;
    default:
        break;
    }
    return {};
}

Result<bool> StandardActions::setMethod(const QString &standardId, const QString &method, std::optional<double> param)
{
    std::optional<Standard> s = StandardRepository(m_runner.store()).find(standardId);
    if (!s)
        return fail(tr("That standard no longer exists."));
    if (!Mastery::methodFromKey(method))
        return fail(tr("\"%1\" is not a mastery method.").arg(method));
    if (param) {
        if (const QString problem = methodParamProblem(method, *param); !problem.isEmpty())
            return fail(problem);
    }
    if (s->masteryMethod == method && s->masteryParam == param)
        return false;
    Standard after = *s;
    after.masteryMethod = method;
    after.masteryParam = param;
    if (const QString problem = after.problem(); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(
        tr("Set Standard's Method"), u"standard.method"_s,
        {Change::upsert(u"standard"_s, s->id,
                        {{u"mastery_method"_s, method}, {u"mastery_param"_s, param ? QVariant(*param) : QVariant()}})});
    if (!r)
        return Error{r.error()};
    return true;
}

Result<bool> StandardActions::clearMethod(const QString &standardId)
{
    std::optional<Standard> s = StandardRepository(m_runner.store()).find(standardId);
    if (!s)
        return fail(tr("That standard no longer exists."));
    if (s->masteryMethod.isEmpty() && !s->masteryParam)
        return false;
    Result<QList<AppliedChange>> r = m_runner.write(
        tr("Use the Class's Method"), u"standard.method_clear"_s,
        {Change::upsert(u"standard"_s, s->id, {{u"mastery_method"_s, QString()}, {u"mastery_param"_s, QVariant()}})});
    if (!r)
        return Error{r.error()};
    return true;
}

} // namespace k12
