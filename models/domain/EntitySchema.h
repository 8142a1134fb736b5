#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace k12 {

class JsonWriter;

enum class FieldType
{
    Text,
    Integer,
    Real,
    Bool,
    Date, // ISO 8601 yyyy-MM-dd, stored as text
    Json  // a JSON array or object, stored as compact text
};

struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
    bool nullable = false;
    QString references; // entity this field points to, if it is a foreign key
    bool requiredOnCreate = false;
};

// Describes one synced entity: its wire name (also the table name) and the
// fields the client, the server and the wire protocol agree on. Every synced
// table also has id, rev, updated_at and deleted, which are not listed here.
struct EntityDef
{
    EntityDef(QString entityName, QList<FieldDef> entityFields, QString scope)
        : name(std::move(entityName))
        , fields(std::move(entityFields))
        , scopeField(std::move(scope))
    {}

    QString name;
    QList<FieldDef> fields;
    // The field that ties a row to the class it belongs to ("class_id"), empty
    // for entities that are not inside one class (class itself, student).
    QString scopeField;

    const FieldDef *field(QStringView fieldName) const;
    // -1 when the entity has no such field. A scan, not a hash: with at most a
    // dozen short names it is cheaper than hashing the name on every write.
    int fieldIndex(QStringView fieldName) const;
    QStringList fieldNames() const;
    QString table() const; // quoted for SQL: "class" is a keyword
};

class EntitySchema
{
public:
    static const QList<EntityDef> &all();
    static const EntityDef *find(QStringView entity);
    static QStringList names();

    // Converts a field value between its SQL form and its JSON wire form.
    static QJsonValue toJson(const FieldDef &field, const QVariant &value);
    // The same conversion written straight out (the fast path for outbox rows and pull pages).
    static void writeJson(JsonWriter &writer, const FieldDef &field, const QVariant &value);
    // Returns false when the JSON value has the wrong type for the field.
    static bool fromJson(const FieldDef &field, const QJsonValue &json, QVariant *out);
    // Normalises a value to the type stored in SQL (bool -> 0/1, date -> text).
    static QVariant toSql(const FieldDef &field, const QVariant &value);
};

} // namespace k12
