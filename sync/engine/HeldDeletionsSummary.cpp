#include "HeldDeletionsSummary.h"

#include "HeldDeletions.h"
#include "kernel/domain/EntitySchema.h"
#include "models/store/Database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

HeldDeletionsSummary HeldDeletionsSummary::of(Database &db, const QList<HeldRow> &held)
{
    HeldDeletionsSummary summary;
    QHash<QString, qsizetype> byClass;
    for (const HeldRow &h : held) {
        if (!HeldDeletions::isHeldDeletion(h))
            continue;
        const EntityDef *def = EntitySchema::find(h.row.entity);
        if (!def)
            continue;
        // The class: the row's own (a class row) or the one the local row belongs to.
        QString classId;
        if (def->name == u"class") {
            classId = h.row.id;
        } else if (def->scopeField == u"class_id") {
            QSqlQuery q(db.connection());
            q.prepare(u"SELECT class_id FROM "_s + def->table() + u" WHERE id = ?"_s);
            q.addBindValue(h.row.id);
            if (q.exec() && q.next())
                classId = q.value(0).toString();
        }
        auto it = byClass.find(classId);
        if (it == byClass.end()) {
            ClassPart part;
            part.classId = classId;
            QSqlQuery q(db.connection());
            q.prepare(u"SELECT name, term FROM "_s + EntitySchema::find(u"class"_s)->table() + u" WHERE id = ?"_s);
            q.addBindValue(classId);
            if (!classId.isEmpty() && q.exec() && q.next()) {
                const QString term = q.value(1).toString();
                part.className = term.isEmpty() ? q.value(0).toString() : u"%1 (%2)"_s.arg(q.value(0).toString(), term);
            }
            summary.classes.append(part);
            it = byClass.insert(classId, summary.classes.size() - 1);
        }
        ClassPart &part = summary.classes[*it];
        if (def->name == u"score")
            ++part.grades;
        else if (def->name == u"enrollment")
            ++part.students;
        else if (def->name == u"assignment")
            ++part.assignments;
        else
            ++part.other;
        ++summary.total;
    }
    std::stable_sort(summary.classes.begin(), summary.classes.end(),
                     [](const ClassPart &a, const ClassPart &b) { return a.total() > b.total(); });
    return summary;
}

HeldDeletionsSummary HeldDeletionsSummary::read(Database &db)
{
    return of(db, HeldDeletions(db).all());
}

} // namespace k12
