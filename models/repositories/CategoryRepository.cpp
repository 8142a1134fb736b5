#include "CategoryRepository.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

int nextPositionIn(Store &store, const QString &table, const QString &classId)
{
    QSqlQuery q(store.database().connection());
    q.prepare(u"SELECT COALESCE(MAX(position), -1) + 1 FROM "_s + table + u" WHERE class_id = ? AND deleted = 0"_s);
    q.bindValue(0, classId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

QList<Category> CategoryRepository::inClass(const QString &classId) const
{
    return forClass(classId, u"position, name"_s);
}

Result<Category> CategoryRepository::resolve(const QString &classId, const QString &nameOrId) const
{
    QList<Category> found = select(u"class_id = ? AND (id = ? OR name = ?)"_s, {classId, nameOrId, nameOrId});
    if (found.isEmpty())
        found = select(u"class_id = ? AND name = ? COLLATE NOCASE"_s, {classId, nameOrId});
    if (found.isEmpty())
        return fail(tr("This class has no category \"%1\".").arg(nameOrId));
    if (found.size() > 1)
        return fail(tr("Several categories are named \"%1\"; use the category id.").arg(nameOrId));
    return found.constFirst();
}

int CategoryRepository::nextPosition(const QString &classId) const
{
    return nextPositionIn(m_store, m_def.table(), classId);
}

QList<Assignment> AssignmentRepository::inClass(const QString &classId) const
{
    return forClass(classId, u"position, due_date, title"_s);
}

Result<Assignment> AssignmentRepository::resolve(const QString &classId, const QString &titleOrId) const
{
    QList<Assignment> found = select(u"class_id = ? AND id = ?"_s, {classId, titleOrId});
    if (found.isEmpty())
        found = select(u"class_id = ? AND title = ?"_s, {classId, titleOrId});
    if (found.isEmpty())
        return fail(tr("This class has no assignment \"%1\".").arg(titleOrId));
    if (found.size() > 1)
        return fail(tr("Several assignments are titled \"%1\"; use the assignment id.").arg(titleOrId));
    return found.constFirst();
}

int AssignmentRepository::nextPosition(const QString &classId) const
{
    return nextPositionIn(m_store, m_def.table(), classId);
}

} // namespace k12
