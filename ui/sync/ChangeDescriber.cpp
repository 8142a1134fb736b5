#include "ChangeDescriber.h"

#include "kernel/domain/EntitySchema.h"
#include "models/store/Outbox.h"
#include "models/store/Store.h"
#include "sync/engine/ConflictStore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Long comments and descriptions would stretch a table row across the screen.
constexpr int kMaxTextLength = 80;

QString shortId(const QString &id)
{
    return id.left(8);
}

} // namespace

ChangeDescriber::ChangeDescriber(Store &store)
    : m_store(store)
{}

std::optional<QVariantMap> ChangeDescriber::cachedRow(const QString &entity, const QString &rowId)
{
    const QString key = entity + u'/' + rowId;
    const auto it = m_rows.constFind(key);
    if (it != m_rows.constEnd())
        return *it;
    std::optional<QVariantMap> row;
    if (const EntityDef *def = EntitySchema::find(entity); def && !rowId.isEmpty())
        row = m_store.row(*def, rowId);
    m_rows.insert(key, row);
    return row;
}

void ChangeDescriber::learn(const QString &entity, const QString &rowId, const QVariantMap &fields)
{
    if (!cachedRow(entity, rowId))
        m_rows.insert(entity + u'/' + rowId, fields);
}

QString ChangeDescriber::studentName(const QString &studentId)
{
    const std::optional<QVariantMap> s = cachedRow(u"student"_s, studentId);
    if (!s)
        return tr("a student not on this computer");
    return tr("%1 %2", "given name, family name")
        .arg(s->value(u"given_name"_s).toString(), s->value(u"family_name"_s).toString())
        .trimmed();
}

QString ChangeDescriber::titleOf(const QString &entity, const QString &rowId, const QString &field)
{
    const std::optional<QVariantMap> r = cachedRow(entity, rowId);
    return r ? r->value(field).toString() : tr("%1 (id %2)").arg(entityLabel(entity), shortId(rowId));
}

QString ChangeDescriber::rowLabel(const QString &entity, const QString &rowId)
{
    const std::optional<QVariantMap> row = cachedRow(entity, rowId);
    if (!row)
        return tr("%1 (id %2), not on this computer").arg(entityLabel(entity), shortId(rowId));
    const auto v = [&row](const char *field) { return row->value(QString::fromLatin1(field)).toString(); };
    const QString dash = tr("%1 — %2", "two parts of a name, e.g. student — assignment");
    if (entity == u"student"_s)
        return studentName(rowId);
    if (entity == u"score"_s)
        return dash.arg(studentName(v("student_id")), titleOf(u"assignment"_s, v("assignment_id"), u"title"_s));
    if (entity == u"enrollment"_s)
        return tr("%1 in %2").arg(studentName(v("student_id")), titleOf(u"class"_s, v("class_id"), u"name"_s));
    if (entity == u"mastery_score"_s)
        return dash.arg(studentName(v("student_id")), titleOf(u"standard"_s, v("standard_id"), u"code"_s));
    if (entity == u"assignment_standard"_s)
        return dash.arg(titleOf(u"assignment"_s, v("assignment_id"), u"title"_s),
                        titleOf(u"standard"_s, v("standard_id"), u"code"_s));
    if (entity == u"standard"_s)
        return v("code");
    if (entity == u"guardian"_s)
        return tr("%1 %2", "given name, family name").arg(v("given_name"), v("family_name")).trimmed();
    if (entity == u"student_guardian"_s)
        return tr("%1, guardian of %2").arg(rowLabel(u"guardian"_s, v("guardian_id")), studentName(v("student_id")));
    if (entity == u"guardian_invitation"_s)
        return tr("Invitation of %1").arg(rowLabel(u"guardian"_s, v("guardian_id")));
    if (entity == u"family_notice"_s)
        return tr("Missing-work notice for %1").arg(studentName(v("student_id")));
    if (entity == u"assignment"_s || entity == u"unit_plan"_s || entity == u"lesson"_s)
        return v("title");
    if (row->contains(u"name"_s))
        return v("name");
    return tr("%1 (id %2)").arg(entityLabel(entity), shortId(rowId));
}

QString ChangeDescriber::className(const QString &entity, const QString &rowId)
{
    if (entity == u"class"_s)
        return titleOf(u"class"_s, rowId, u"name"_s);
    const std::optional<QVariantMap> row = cachedRow(entity, rowId);
    if (!row || !row->contains(u"class_id"_s))
        return {};
    const std::optional<QVariantMap> c = cachedRow(u"class"_s, row->value(u"class_id"_s).toString());
    return c ? c->value(u"name"_s).toString() : QString();
}

QString ChangeDescriber::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        {u"class"_s, QT_TR_NOOP("Class")},
        {u"student"_s, QT_TR_NOOP("Student")},
        {u"enrollment"_s, QT_TR_NOOP("Enrollment")},
        {u"grading_period"_s, QT_TR_NOOP("Grading period")},
        {u"category"_s, QT_TR_NOOP("Category")},
        {u"assignment"_s, QT_TR_NOOP("Assignment")},
        {u"score"_s, QT_TR_NOOP("Score")},
        {u"standard"_s, QT_TR_NOOP("Standard")},
        {u"assignment_standard"_s, QT_TR_NOOP("Standard of an assignment")},
        {u"mastery_score"_s, QT_TR_NOOP("Mastery score")},
        {u"grading_scale"_s, QT_TR_NOOP("Grading scale")},
        {u"unit_plan"_s, QT_TR_NOOP("Unit plan")},
        {u"lesson"_s, QT_TR_NOOP("Lesson")},
        {u"guardian"_s, QT_TR_NOOP("Guardian")},
        {u"student_guardian"_s, QT_TR_NOOP("Guardian of a student")},
        {u"guardian_invitation"_s, QT_TR_NOOP("Invitation to the family portal")},
        {u"family_notice"_s, QT_TR_NOOP("Missing-work notice")},
    };
    const char *label = labels.value(entity);
    return label ? tr(label) : entity;
}

QString ChangeDescriber::fieldLabel(const QString &entity, const QString &field)
{
    // The same column names the gradebook and dialogs use, in lower case as
    // they appear inside a sentence ("points mine 8, server 9").
    static const QHash<QString, const char *> labels = {
        {u"points"_s, QT_TR_NOOP("points")},
        {u"letter"_s, QT_TR_NOOP("letter grade")},
        {u"missing"_s, QT_TR_NOOP("missing")},
        {u"late"_s, QT_TR_NOOP("late")},
        {u"excused"_s, QT_TR_NOOP("excused")},
        {u"exempt"_s, QT_TR_NOOP("exempt")},
        {u"days_late"_s, QT_TR_NOOP("days late")},
        {u"comment"_s, QT_TR_NOOP("comment")},
        {u"name"_s, QT_TR_NOOP("name")},
        {u"title"_s, QT_TR_NOOP("title")},
        {u"subject"_s, QT_TR_NOOP("subject")},
        {u"grade_level"_s, QT_TR_NOOP("grade level")},
        {u"term"_s, QT_TR_NOOP("term")},
        {u"period"_s, QT_TR_NOOP("period")},
        {u"archived"_s, QT_TR_NOOP("archived")},
        {u"given_name"_s, QT_TR_NOOP("first name")},
        {u"family_name"_s, QT_TR_NOOP("last name")},
        {u"student_number"_s, QT_TR_NOOP("student number")},
        {u"email"_s, QT_TR_NOOP("email")},
        {u"status"_s, QT_TR_NOOP("status")},
        {u"weight"_s, QT_TR_NOOP("weight")},
        {u"drop_lowest"_s, QT_TR_NOOP("drop lowest")},
        {u"position"_s, QT_TR_NOOP("order")},
        {u"category_id"_s, QT_TR_NOOP("category")},
        {u"grading_period_id"_s, QT_TR_NOOP("grading period")},
        {u"description"_s, QT_TR_NOOP("description")},
        {u"points_possible"_s, QT_TR_NOOP("points possible")},
        {u"due_date"_s, QT_TR_NOOP("due date")},
        {u"start_date"_s, QT_TR_NOOP("start date")},
        {u"end_date"_s, QT_TR_NOOP("end date")},
        {u"date"_s, QT_TR_NOOP("date")},
        {u"grading_type"_s, QT_TR_NOOP("grading type")},
        {u"published"_s, QT_TR_NOOP("published")},
        {u"code"_s, QT_TR_NOOP("code")},
        {u"score"_s, QT_TR_NOOP("score")},
        {u"deleted"_s, QT_TR_NOOP("deleted")},
    };
    Q_UNUSED(entity); // one word per field name today; kept so a field can mean different things per entity
    const char *label = labels.value(field);
    if (label)
        return tr(label);
    QString words = field;
    if (words.endsWith(u"_id"_s))
        words.chop(3);
    return words.replace(u'_', u' ');
}

QString ChangeDescriber::valueText(const QString &entity, const QString &field, const QJsonValue &value)
{
    if (field == u"deleted"_s)
        return value.toBool() || value.toInt() == 1 ? tr("deleted") : tr("not deleted");
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    const EntityDef *def = EntitySchema::find(entity);
    const FieldDef *f = def ? def->field(field) : nullptr;
    const QLocale locale;
    if (f && f->type == FieldType::Bool)
        return value.toBool() || value.toInt() == 1 ? tr("yes") : tr("no");
    if (value.isDouble()) {
        if (f && f->type == FieldType::Integer)
            return locale.toString(qint64(value.toDouble()));
        return locale.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty())
            return tr("(empty)");
        if (f && !f->references.isEmpty())
            return rowLabel(f->references, text);
        if (f && f->type == FieldType::Date) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : text;
        }
        QString shown = text.simplified();
        if (shown.size() > kMaxTextLength)
            shown = shown.left(kMaxTextLength - 1) + u'…';
        return tr("“%1”", "a text value quoted").arg(shown);
    }
    // Arrays and objects (standards of a unit, grading scale cutoffs): as they are.
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString ChangeDescriber::fieldsText(const QString &entity, const QJsonObject &fields, bool deleted)
{
    if (deleted)
        return tr("deleted");
    const EntityDef *def = EntitySchema::find(entity);
    QStringList parts;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldDef *f = def ? def->field(it.key()) : nullptr;
        // The fields that say which row it is (class, student, assignment) are
        // already in the row's name.
        if (f && !f->references.isEmpty() && f->requiredOnCreate)
            continue;
        parts.append(
            tr("%1 %2", "field name, value").arg(fieldLabel(entity, it.key()), valueText(entity, it.key(), *it)));
    }
    return parts.isEmpty() ? tr("created") : parts.join(tr(", ", "between the fields of one change"));
}

QString ChangeDescriber::conflictSummary(const Conflict &conflict)
{
    return tr("%1: %2 mine %3, server %4")
        .arg(rowLabel(conflict.entity, conflict.rowId), fieldLabel(conflict.entity, conflict.field),
             valueText(conflict.entity, conflict.field, conflict.mine),
             valueText(conflict.entity, conflict.field, conflict.server));
}

QString ChangeDescriber::rejectedDetails(const OutboxEntry &entry)
{
    const protocol::Mutation &m = entry.mutation;
    QStringList lines;
    const QString where = className(m.entity, m.id);
    lines << (where.isEmpty() ? rowLabel(m.entity, m.id) : tr("%1 (%2)").arg(rowLabel(m.entity, m.id), where));
    lines << tr("Change: %1").arg(fieldsText(m.entity, m.fields, m.op == protocol::MutationOp::Delete));
    lines << tr("Made: %1").arg(localTime(entry.createdAt));
    lines << tr("Server's reason: %1").arg(entry.rejectedReason);
    // For the school's IT: which row and which change, by id (no names or scores in ids).
    lines << tr("Reference: %1 %2, change %3").arg(m.entity, m.id, m.mutationId);
    return lines.join(u'\n');
}

QString ChangeDescriber::localTime(const QString &isoUtc)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return isoUtc;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace k12
