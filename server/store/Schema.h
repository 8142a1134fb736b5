#pragma once

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Result.h"

#include <QStringList>

namespace k12::server {

class Database;

// The server's schema, the same for SQLite and PostgreSQL, versioned in the
// schema_version table. Entity tables have the client's columns (from
// EntitySchema) plus server-only ones: field_meta (per field, the rev and
// client of its last change: the conflict rule), owner_id on class (the
// teacher who owns it) and created_by on student.
class Schema
{
public:
    static int latestVersion();
    // Brings the database to the latest version in one transaction. Several
    // server processes starting together on PostgreSQL take turns (advisory
    // lock). A database newer than this build is refused and left untouched.
    static Status migrate(Database &db);
    // -1 when the database has no schema yet.
    static Result<int> currentVersion(Database &db);
    static Result<QString> epoch(Database &db);
    // The secret a lost rotation's successor is derived from (server_meta).
    static Result<QString> tokenSecret(Database &db);

    // Server-only column tying a row to a teacher: "owner_id" (class and the
    // teacher-owned entities), "created_by" (student) or empty.
    static QString teacherColumn(const EntityDef &def);
    // Entities outside classes that only their owner sees and changes
    // (guardians, their links to students, the comment bank).
    static bool ownedByTeacher(const EntityDef &def);
    static QString sqlType(const FieldDef &field);

private:
    static QStringList versionStatements(Database &db, int version);
    static QStringList entityTable(Database &db, const EntityDef &def);
    // PostgreSQL: the statement-level triggers that stand for foreign keys.
    static QStringList referenceChecks(const EntityDef &def);
    static Status addMissingTables(Database &db);
    static Status addMissingColumns(Database &db);
};

} // namespace k12::server
