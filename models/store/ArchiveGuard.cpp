#include "ArchiveGuard.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/sqlite/SqliteStatement.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ArchiveGuard::ArchiveGuard(sqlite3 *db)
    : m_db(db)
{}

ArchiveGuard::~ArchiveGuard() = default;

ArchiveGuard::ClassState &ArchiveGuard::state(const QString &classId)
{
    if (const auto it = m_classes.find(classId); it != m_classes.end())
        return *it;
    if (!m_select) {
        m_select = std::make_unique<SqliteStatement>(m_db, u"SELECT name, term, archived FROM "_s +
                                                               EntitySchema::find(u"class"_s)->table() +
                                                               u" WHERE id = ? AND deleted = 0"_s);
    }
    ClassState s;
    m_select->bindText(0, classId);
    if (m_select->next()) {
        s.archived = m_select->integer(2) != 0;
        const QString term = m_select->text(1);
        s.label = term.isEmpty() ? m_select->text(0) : u"%1 (%2)"_s.arg(m_select->text(0), term);
    }
    m_select->reset();
    return *m_classes.insert(classId, s);
}

Status ArchiveGuard::refuse(const ClassState &s) const
{
    return fail(tr("%1 is archived; restore it to change it.").arg(s.label));
}

Status ArchiveGuard::check(const EntityDef &def, const Change &change, const QVariantList &oldFields)
{
    if (def.name == u"class") {
        ClassState &s = state(change.id);
        const bool setsFlag = change.op == ChangeOp::Upsert && change.fields.contains(u"archived"_s);
        // Archiving or restoring is the one change an archived class takes.
        if (s.archived && !(setsFlag && change.fields.size() == 1))
            return refuse(s);
        if (setsFlag)
            s.archived = change.fields.value(u"archived"_s).toBool();
        if (s.label.isEmpty() && change.fields.contains(u"name"_s)) { // a class this batch creates
            const QString term = change.fields.value(u"term"_s).toString();
            const QString name = change.fields.value(u"name"_s).toString();
            s.label = term.isEmpty() ? name : u"%1 (%2)"_s.arg(name, term);
        }
        return {};
    }
    const int index = def.fieldIndex(u"class_id");
    if (index < 0)
        return {}; // students, guardians, the comment bank: not a class's rows
    const QString oldClass = index < oldFields.size() ? oldFields.at(index).toString() : QString();
    if (!oldClass.isEmpty() && state(oldClass).archived)
        return refuse(state(oldClass));
    const QString newClass = change.fields.value(u"class_id"_s).toString();
    if (!newClass.isEmpty() && newClass != oldClass && state(newClass).archived)
        return refuse(state(newClass));
    return {};
}

} // namespace k12
