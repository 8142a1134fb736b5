#include "ClassActions.h"

#include "models/repositories/ClassRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QVariantMap changedFields(const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

} // namespace

Result<QString> ClassActions::create(const SchoolClass &schoolClass)
{
    QString id;
    const Status s = m_runner.record(tr("New Class"), u"class.add"_s, [&] {
        Result<QString> r = ClassRepository(m_runner.store()).create(schoolClass, u"class.add"_s);
        if (r)
            id = *r;
        return r ? Status{} : Status{fail(r.error())};
    });
    if (!s)
        return Error{s.error()};
    return id;
}

Status ClassActions::edit(const SchoolClass &schoolClass)
{
    return m_runner.record(tr("Edit Class"), u"class.edit"_s,
                           [&] { return ClassRepository(m_runner.store()).save(schoolClass, u"class.edit"_s); });
}

Status ClassActions::setArchived(const QString &classId, bool archived)
{
    return m_runner.record(archived ? tr("Archive Class") : tr("Unarchive Class"), u"class.archive"_s,
                           [&] { return ClassRepository(m_runner.store()).setArchived(classId, archived); });
}

Result<int> ClassActions::saveGradingSettings(const GradingSettings &before, const GradingSettings &after)
{
    ChangeList changes;
    if (const QString problem = after.schoolClass.problem(); !problem.isEmpty())
        return fail(problem);
    const QVariantMap classFields = changedFields(before.schoolClass.toFields(), after.schoolClass.toFields());
    if (!classFields.isEmpty())
        changes.append(Change::upsert(u"class"_s, before.schoolClass.id, classFields));
    for (qsizetype i = 0; i < after.categories.size() && i < before.categories.size(); ++i) {
        const Category &edited = after.categories.at(i);
        if (const QString problem = edited.problem(); !problem.isEmpty())
            return fail(problem);
        const QVariantMap fields = changedFields(before.categories.at(i).toFields(), edited.toFields());
        if (!fields.isEmpty())
            changes.append(Change::upsert(u"category"_s, edited.id, fields));
    }
    bool scaleChanged = after.scale.size() != before.scale.size();
    for (qsizetype i = 0; !scaleChanged && i < after.scale.size(); ++i) {
        scaleChanged = after.scale.at(i).letter != before.scale.at(i).letter ||
                       after.scale.at(i).minPercent != before.scale.at(i).minPercent;
    }
    if (scaleChanged) {
        GradingScale g;
        g.id = GradingScale::idFor(before.schoolClass.id);
        g.classId = before.schoolClass.id;
        g.name = tr("Custom");
        g.cutoffs = after.scale;
        if (const QString problem = g.problem(); !problem.isEmpty())
            return fail(problem);
        changes.append(Change::upsert(u"grading_scale"_s, g.id, g.toFields()));
    }
    if (changes.isEmpty())
        return 0;
    Result<QList<AppliedChange>> r = m_runner.write(tr("Change Grading Settings"), u"class.settings"_s, changes);
    if (!r)
        return Error{r.error()};
    return int(changes.size());
}

Result<int> ClassActions::saveOptions(const SchoolClass &before, const SchoolClass &after)
{
    if (const QString problem = after.problem(); !problem.isEmpty())
        return fail(problem);
    const QVariantMap fields = changedFields(before.toFields(), after.toFields());
    if (fields.isEmpty())
        return 0;
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Change Class Settings"), u"class.set"_s, {Change::upsert(u"class"_s, before.id, fields)});
    if (!r)
        return Error{r.error()};
    return int(fields.size());
}

Result<bool> ClassActions::setProficiencyScale(const QString &classId, const ProficiencyScale &scale)
{
    const std::optional<SchoolClass> c = ClassRepository(m_runner.store()).find(classId);
    if (!c)
        return fail(tr("That class no longer exists."));
    SchoolClass after = *c;
    after.proficiencyScale = scale.toJson();
    const QVariantMap fields = changedFields(c->toFields(), after.toFields());
    if (fields.isEmpty())
        return false;
    if (const QString problem = after.problem(); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(tr("Change Proficiency Scale"), u"class.proficiency_scale"_s,
                                                    {Change::upsert(u"class"_s, classId, fields)});
    if (!r)
        return Error{r.error()};
    return true;
}

} // namespace k12
