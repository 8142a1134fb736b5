#pragma once

#include "domain/EntitySchema.h"
#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace k12 {

// What a desktop client's local database accepts, learned from the client's
// own migrations (models/store/Migrations.cpp) run in an in-memory SQLite: the
// column defaults a new row gets, the unique keys besides the id, and the
// CHECK constraints. The server stores rows that every client must be able to
// apply on pull; checking them against the client's schema itself means the two
// can never drift apart, and a bad value is rejected at push time with the
// field named instead of poisoning every other device's next pull.
class ClientSchema
{
public:
    struct EntityInfo
    {
        QVariantList defaults;         // per EntityDef::fields, in SQL form
        QList<QStringList> uniqueKeys; // unique indexes other than the id
        QList<int> checkedFields;      // fields named in CHECK constraints (indexes into EntityDef::fields)
    };

    // Facts shared by every thread (computed once).
    static const EntityInfo &info(const EntityDef &def);

    // A per-thread checker with its own in-memory connection.
    static Result<std::unique_ptr<ClientSchema>> create();
    ~ClientSchema();
    ClientSchema(const ClientSchema &) = delete;
    ClientSchema &operator=(const ClientSchema &) = delete;

    // Would a client's local store accept this row (values per EntityDef::fields)?
    // The message names the field. Only the CHECK constraints are tried (NOT
    // NULL holds by construction, unique keys are the server's own check), and
    // each combination of checked values is tried once per thread.
    Status check(const EntityDef &def, const QString &id, const QVariantList &values);
    void reset() {}

private:
    explicit ClientSchema(QSqlDatabase db);
    static Result<QSqlDatabase> openClientSchema(const QString &connectionName);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_insert;
    QHash<QString, QString> m_verdicts; // entity + checked values -> "" (accepted) or the reason
};

} // namespace k12
