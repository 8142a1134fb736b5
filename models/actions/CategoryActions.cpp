#include "CategoryActions.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/CategoryRepository.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Result<QString> CategoryActions::add(Category category)
{
    CategoryRepository categories(m_runner.store());
    if (categories.resolve(category.classId, category.name))
        return fail(tr("This class already has a category \"%1\".").arg(category.name.trimmed()));
    if (const QString problem = category.problem(); !problem.isEmpty())
        return fail(problem);
    if (category.id.isEmpty())
        category.id = newId();
    category.position = categories.nextPosition(category.classId);
    Result<QList<AppliedChange>> r = m_runner.write(tr("Add Category"), u"category.add"_s,
                                                    {Change::upsert(u"category"_s, category.id, category.toFields())});
    if (!r)
        return Error{r.error()};
    return category.id;
}

Status CategoryActions::edit(const Category &category)
{
    if (const QString problem = category.problem(); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(tr("Edit Category"), u"category.edit"_s,
                                                    {Change::upsert(u"category"_s, category.id,
                                                                    {{u"name"_s, category.name.trimmed()},
                                                                     {u"weight"_s, category.weight},
                                                                     {u"drop_lowest"_s, category.dropLowest}})});
    return r ? Status{} : Status{fail(r.error())};
}

Result<QStringList> CategoryActions::setUp(const QString &classId, QList<Category> categories)
{
    const QList<Category> saved = CategoryRepository(m_runner.store()).inClass(classId);
    ChangeList changes;
    QSet<QString> kept;
    QStringList ids;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        Category &c = categories[i];
        for (const Category &s : saved) {
            if (s.id == c.id) { // keeps drop-lowest and anything else set meanwhile
                const QString name = c.name;
                const double weight = c.weight;
                c = s;
                c.name = name;
                c.weight = weight;
            }
        }
        if (c.id.isEmpty())
            c.id = newId();
        c.classId = classId;
        c.position = int(i);
        if (const QString problem = c.problem(); !problem.isEmpty())
            return fail(problem);
        changes.append(Change::upsert(u"category"_s, c.id, c.toFields()));
        kept.insert(c.id);
        ids.append(c.id);
    }
    for (const Category &s : saved) {
        if (!kept.contains(s.id))
            changes.append(Change::remove(u"category"_s, s.id));
    }
    Result<QList<AppliedChange>> r = m_runner.write(tr("Set Up Grading Categories"), u"category.setup"_s, changes);
    if (!r)
        return Error{r.error()};
    return ids;
}

} // namespace k12
