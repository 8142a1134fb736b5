#pragma once

// Row mapping helpers the entity files share (Entities.cpp, PlanEntities.cpp):
// dates and optional references in their SQL form, id lists as JSON, the
// identity columns, and the rules (RowRules, the same on the server).
#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/RowRules.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace k12::entityfields {

inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant refValue(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

inline QString idList(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

inline QStringList toIdList(const QVariant &value)
{
    QStringList ids;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        ids.append(v.toString());
    return ids;
}

// Every entity's rules live in RowRules, shared with the server.
template<typename T> QString ruleProblem(const T &record)
{
    return RowRules::problem(*EntitySchema::find(QString::fromLatin1(T::entity)), record.toFields());
}

template<typename T> void readIdentity(const QVariantMap &row, T *record)
{
    record->id = row.value(QStringLiteral("id")).toString();
    record->rev = row.value(QStringLiteral("rev")).toLongLong();
}

} // namespace k12::entityfields
