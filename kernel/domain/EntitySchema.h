#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

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

// One field of a synced entity, declared once (EntitySchema.cpp): its wire
// and column name, type, default, and the rules a value must keep. The client's
// migrations create what this declares (a test compares them), the server
// builds its tables from it, and RowRules checks values against it on both sides.
struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
    bool nullable = false;
    QString references; // entity this field points to, if it is a foreign key
    bool requiredOnCreate = false;
    QVariant defaultValue;         // in SQL form; null: no default (NULL, or required)
    QStringList oneOf;             // the values allowed, when it is an enumeration
    std::optional<double> minimum; // for numbers
    std::optional<double> maximum; // for numbers
    int maxLength = 0;             // for text and JSON, in characters; 0: no cap
    bool nonEmpty = false;         // a CHECK (field <> '') in SQL too

    // Declaration helpers (EntitySchema.cpp reads like a table with them).
    FieldDef withDefault(QVariant value) const;
    FieldDef among(QStringList values) const;
    FieldDef atLeast(double value) const;
    FieldDef between(double low, double high) const;
    FieldDef capped(int length) const;
    FieldDef notEmpty() const;
};

// Describes one synced entity: its wire name (also the table name) and the
// fields the client, the server and the wire protocol agree on. Every synced
// table also has id, rev, updated_at and deleted, which are not listed here.
struct EntityDef
{
    EntityDef(QString entityName, QList<FieldDef> entityFields, QString scope, QList<QStringList> unique = {})
        : name(std::move(entityName))
        , fields(std::move(entityFields))
        , scopeField(std::move(scope))
        , uniqueKeys(std::move(unique))
    {}

    QString name;
    QList<FieldDef> fields;
    // The field that ties a row to the class it belongs to ("class_id"), empty
    // for entities that are not inside one class (class itself, student).
    QString scopeField;
    // Sets of fields no two live rows may share (besides the id).
    QList<QStringList> uniqueKeys;

    const FieldDef *field(QStringView fieldName) const;
    // -1 when the entity has no such field. A scan, not a hash: with at most a
    // dozen short names it is cheaper than hashing the name on every write.
    int fieldIndex(QStringView fieldName) const;
    QStringList fieldNames() const;
    QString table() const; // quoted for SQL: "class" is a keyword
    // Every field's default, in the order of `fields` (what a new row starts with).
    QVariantList defaults() const;
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
