#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace k12 {

class Store;
struct Conflict;
struct OutboxEntry;

// Puts synced rows, fields and values into a teacher's words for the
// Conflicts and Rejected changes views: a score becomes "Ada Lovelace —
// Quiz 1", a field "points", true becomes "yes". Rows this computer does not
// have (any more) fall back to the entity's name. Looked-up names are cached
// for the life of one describer, which lives as long as one reload of a view.
class ChangeDescriber
{
    Q_DECLARE_TR_FUNCTIONS(k12::ChangeDescriber)

public:
    explicit ChangeDescriber(Store &store);

    // "Ada Lovelace — Quiz 1", "Biology", or "score 5f1c0a2e" when the row is unknown.
    QString rowLabel(const QString &entity, const QString &rowId);
    // Describes a row this computer does not have from fields known elsewhere
    // (a row from the server that could not be stored); a local row wins.
    void learn(const QString &entity, const QString &rowId, const QVariantMap &fields);
    // The name of the class the row belongs to, empty when none or unknown.
    QString className(const QString &entity, const QString &rowId);
    // "a score", "an assignment": what kind of thing the row is.
    static QString entityLabel(const QString &entity);
    // "points", "letter grade", "days late"; unknown fields with spaces for underscores.
    static QString fieldLabel(const QString &entity, const QString &field);
    // "8", "yes", "(empty)", "Homework" (for a reference to a category), "Sep 3, 2026".
    QString valueText(const QString &entity, const QString &field, const QJsonValue &value);
    // "points 8, comment “late bus”" or "deleted": the fields of one queued change.
    QString fieldsText(const QString &entity, const QJsonObject &fields, bool deleted);

    // "Ada Lovelace — Quiz 1: points mine 8, server 9"
    QString conflictSummary(const Conflict &conflict);
    // Several lines a teacher can paste into an email to the school's IT.
    QString rejectedDetails(const OutboxEntry &entry);

    static QString localTime(const QString &isoUtc);

private:
    std::optional<QVariantMap> cachedRow(const QString &entity, const QString &rowId);
    QString studentName(const QString &studentId);
    QString titleOf(const QString &entity, const QString &rowId, const QString &field);

    Store &m_store;
    QHash<QString, std::optional<QVariantMap>> m_rows; // "entity/id" -> row (or known missing)
};

} // namespace k12
