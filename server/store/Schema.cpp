#include "Schema.h"

#include "Database.h"
#include "kernel/domain/Ids.h"
#include "server/ServerLog.h"
#include "server/auth/Tokens.h"

#include <QDateTime>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

// PostgreSQL advisory lock key for migrations ("k12m" in ASCII).
constexpr qint64 kMigrationLock = 0x6b31326d;

QString sqlLiteral(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::QString)
        return u'\'' + value.toString().replace(u"'"_s, u"''"_s) + u'\'';
    return value.toString();
}

} // namespace

int Schema::latestVersion()
{
    return 5;
}

bool Schema::ownedByTeacher(const EntityDef &def)
{
    // Rows of one teacher only, outside any class: their guardians (and the
    // links to students) and their comment bank.
    // Invitations of their guardians to the family portal too.
    return def.name == u"guardian"_s || def.name == u"student_guardian"_s || def.name == u"comment_template"_s ||
           def.name == u"guardian_invitation"_s;
}

QString Schema::teacherColumn(const EntityDef &def)
{
    if (def.name == u"class"_s || ownedByTeacher(def))
        return u"owner_id"_s;
    if (def.name == u"student"_s)
        return u"created_by"_s;
    return {};
}

QString Schema::sqlType(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Bool:
        return u"BIGINT"_s;
    case FieldType::Real:
        return u"DOUBLE PRECISION"_s;
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Json:
        break;
    }
    return u"TEXT"_s;
}

QStringList Schema::referenceChecks(const EntityDef &def)
{
    // What a foreign key checks on insert and update, once per statement over
    // the rows it wrote: PostgreSQL runs a foreign key as one query per row
    // and key (1,500 for a push of 500 scores, half of that push's database
    // time), this is one hash of the distinct values and an index probe each.
    // Statement-level, so a push writes parents before children: PushProcessor
    // saves in EntitySchema order, which lists every entity after those it
    // refers to. Rows are never deleted (a delete is a tombstone), so the other
    // half of a foreign key (refusing to delete a referenced row) has nothing
    // to guard.
    QList<std::pair<QString, QString>> references; // column, target table
    for (const FieldDef &field : def.fields) {
        if (!field.references.isEmpty())
            references.append({field.name, field.references});
    }
    if (const QString teacher = teacherColumn(def); !teacher.isEmpty())
        references.append({teacher, u"teacher"_s});
    if (references.isEmpty())
        return {};
    const QString function = Database::quoted(u"k12_check_refs_"_s + def.name);
    QString body = u"CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $k12$\n"
                   "DECLARE missing TEXT;\nBEGIN\n"_s.arg(function);
    for (const auto &[column, target] : references) {
        const QString c = Database::quoted(column);
        body += u"  SELECT n.v INTO missing FROM (SELECT DISTINCT %1 AS v FROM new_rows WHERE %1 IS NOT NULL) n "
                "WHERE NOT EXISTS (SELECT 1 FROM %2 p WHERE p.\"id\" = n.v) LIMIT 1;\n"
                "  IF FOUND THEN RAISE EXCEPTION '%3.%4: % is not a row of %5', missing "
                "USING ERRCODE = 'foreign_key_violation'; END IF;\n"_s.arg(c, Database::quoted(target), def.name,
                                                                           column, target);
    }
    body += u"  RETURN NULL;\nEND $k12$"_s;
    QStringList out{body};
    for (const QString &event : {u"INSERT"_s, u"UPDATE"_s}) {
        const QString trigger = Database::quoted(u"%1_refs_%2"_s.arg(def.name, event.toLower()));
        out.append(u"DROP TRIGGER IF EXISTS %1 ON %2"_s.arg(trigger, def.table()));
        out.append(u"CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
                   "EXECUTE FUNCTION %4()"_s.arg(trigger, event, def.table(), function));
    }
    return out;
}

QStringList Schema::entityTable(Database &db, const EntityDef &def)
{
    // SQLite checks a foreign key in-process with an index probe: it keeps
    // them. PostgreSQL checks them per statement instead (referenceChecks).
    const bool foreignKeys = db.dialect() == SqlDialect::SQLite;
    QStringList columns{u"\"id\" TEXT PRIMARY KEY NOT NULL"_s, u"\"rev\" BIGINT NOT NULL"_s,
                        u"\"updated_at\" TEXT NOT NULL"_s, u"\"deleted\" INTEGER NOT NULL DEFAULT 0"_s};
    for (const FieldDef &field : def.fields) {
        QString column = Database::quoted(field.name) + u' ' + sqlType(field);
        if (!field.nullable)
            column += u" NOT NULL"_s;
        if (!field.references.isEmpty() && foreignKeys)
            column += u" REFERENCES \"%1\"(\"id\") DEFERRABLE INITIALLY DEFERRED"_s.arg(field.references);
        columns.append(column);
    }
    const QString teacher = teacherColumn(def);
    if (!teacher.isEmpty()) {
        columns.append(u"\"%1\" TEXT%2%3"_s.arg(
            teacher, def.name == u"class"_s ? u" NOT NULL"_s : QString(),
            foreignKeys ? u" REFERENCES \"teacher\"(\"id\") DEFERRABLE INITIALLY DEFERRED"_s : QString()));
    }
    columns.append(u"\"field_meta\" TEXT NOT NULL DEFAULT '{}'"_s);

    // (Not WITHOUT ROWID on SQLite: ids are random UUIDs, and a table ordered by
    // them would dirty a page of whole rows per insert; rows in rowid order
    // plus a slim id index write far fewer pages per commit.)
    QStringList out{u"CREATE TABLE %1 (%2)"_s.arg(def.table(), columns.join(u", "_s))};
    // Pull reads by revision; one rev per row version, so the index is unique.
    out.append(u"CREATE UNIQUE INDEX \"%1_rev_idx\" ON %2 (\"rev\")"_s.arg(def.name, def.table()));
    if (!def.scopeField.isEmpty()) {
        out.append(
            u"CREATE INDEX \"%1_scope_idx\" ON %2 (\"%3\", \"rev\")"_s.arg(def.name, def.table(), def.scopeField));
    }
    if (!teacher.isEmpty())
        out.append(u"CREATE INDEX \"%1_teacher_idx\" ON %2 (\"%3\")"_s.arg(def.name, def.table(), teacher));
    // Only the references the server looks rows up by get an index of their
    // own: every index is paid for on each write of a push.
    if (def.name == u"enrollment"_s)
        out.append(u"CREATE INDEX \"enrollment_student_idx\" ON \"enrollment\" (\"student_id\")"_s);
    // The client's own unique keys (a score per assignment and student): the
    // server must never hold two rows a client could not store side by side.
    int n = 0;
    for (const QStringList &key : def.uniqueKeys) {
        QStringList quotedKey;
        for (const QString &c : key)
            quotedKey.append(Database::quoted(c));
        out.append(u"CREATE UNIQUE INDEX \"%1_unique%2_idx\" ON %3 (%4)"_s.arg(def.name).arg(n++).arg(
            def.table(), quotedKey.join(u", "_s)));
    }
    if (!foreignKeys)
        out += referenceChecks(def);
    return out;
}

QStringList Schema::versionStatements(Database &db, int version)
{
    const bool pg = db.dialect() == SqlDialect::PostgreSQL;
    const QString serial = pg ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    QStringList out;
    if (version == 1) {
        out = {
            u"CREATE TABLE \"server_meta\" (\"key\" TEXT PRIMARY KEY NOT NULL, \"value\" TEXT NOT NULL)"_s,
            // The one global revision counter. Every writer updates this row in
            // its transaction before anything else, so writers take turns and
            // commit in revision order (README, "Running the server").
            u"CREATE TABLE \"rev_counter\" (\"id\" INTEGER PRIMARY KEY NOT NULL, \"value\" BIGINT NOT NULL)"_s,
            u"INSERT INTO \"rev_counter\" (\"id\", \"value\") VALUES (1, 0)"_s,
            u"CREATE TABLE \"teacher\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"email\" TEXT NOT NULL UNIQUE, "
            "\"name\" TEXT NOT NULL, \"password_hash\" TEXT NOT NULL, \"created_at\" TEXT NOT NULL, "
            "\"disabled\" INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE \"auth_token\" (\"token_hash\" TEXT PRIMARY KEY NOT NULL, \"kind\" TEXT NOT NULL, "
            "\"teacher_id\" TEXT NOT NULL REFERENCES \"teacher\"(\"id\"), \"family_id\" TEXT NOT NULL, "
            "\"expires_at\" BIGINT NOT NULL, \"revoked\" INTEGER NOT NULL DEFAULT 0, \"created_at\" TEXT NOT NULL)"_s,
            u"CREATE INDEX \"auth_token_family_idx\" ON \"auth_token\" (\"family_id\")"_s,
            u"CREATE INDEX \"auth_token_expiry_idx\" ON \"auth_token\" (\"expires_at\")"_s,
            u"CREATE TABLE \"login_failure\" (\"id\" %1, \"account\" TEXT NOT NULL, \"address\" TEXT NOT NULL, "
            "\"at_ms\" BIGINT NOT NULL)"_s.arg(serial),
            u"CREATE INDEX \"login_failure_account_idx\" ON \"login_failure\" (\"account\", \"at_ms\")"_s,
            u"CREATE INDEX \"login_failure_address_idx\" ON \"login_failure\" (\"address\", \"at_ms\")"_s,
            // Every mutation processed: what it changed (the audit trail) and
            // the first answer, replayed verbatim when the mutation comes again.
            u"CREATE TABLE \"mutation_log\" (\"seq\" %1, \"at\" TEXT NOT NULL, \"rev\" BIGINT NOT NULL, "
            "\"actor\" TEXT NOT NULL, \"teacher_id\" TEXT, \"client_id\" TEXT NOT NULL, \"mutation_id\" TEXT, "
            "\"entity\" TEXT NOT NULL, \"row_id\" TEXT NOT NULL, \"op\" TEXT NOT NULL, \"changes\" TEXT NOT NULL, "
            "\"answer\" TEXT)"_s.arg(serial),
            u"CREATE UNIQUE INDEX \"mutation_log_mutation_idx\" ON \"mutation_log\" (\"teacher_id\", \"mutation_id\")"_s,
        };
        for (const EntityDef &def : EntitySchema::all())
            out += entityTable(db, def);
    }
    // Version 3 (final grades, mastery overrides, families) adds entities and
    // fields only: addMissingTables and addMissingColumns create them from
    // EntitySchema, so its number just keeps an older server off the database.
    if (version == 2) {
        // Refresh rotation without ties (README, "Sign-in sessions"): each
        // refresh token's place in its session, the hash of the client's
        // rotation id that rotated it away, whether its one grace was used;
        // the secret successors are derived from when a client retries a
        // rotation whose answer it lost.
        out = {
            u"ALTER TABLE \"auth_token\" ADD COLUMN \"rotation\" BIGINT NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE \"auth_token\" ADD COLUMN \"rotated_by\" TEXT"_s,
            u"ALTER TABLE \"auth_token\" ADD COLUMN \"grace_used\" INTEGER NOT NULL DEFAULT 0"_s,
            u"INSERT INTO \"server_meta\" (\"key\", \"value\") VALUES ('token_secret', '%1')"_s.arg(Tokens::generate()),
        };
    }
    if (version == 4) {
        // The family portal and the mailer (issue 18); server-only tables.
        // A guardian's portal account is keyed by email: one sign-in for every
        // guardian row (one per teacher who entered them) it has accepted an
        // invitation for (portal_link). Tokens are stored only as hashes.
        out = {
            u"CREATE TABLE \"portal_account\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"email\" TEXT NOT NULL UNIQUE, "
            "\"password_hash\" TEXT NOT NULL, \"language\" TEXT NOT NULL DEFAULT 'en', "
            "\"digest\" INTEGER NOT NULL DEFAULT 0, \"created_at\" TEXT NOT NULL, \"last_digest_at\" TEXT, "
            "\"disabled\" INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE \"portal_link\" (\"account_id\" TEXT NOT NULL REFERENCES \"portal_account\"(\"id\"), "
            "\"guardian_id\" TEXT NOT NULL, \"linked_at\" TEXT NOT NULL, PRIMARY KEY (\"account_id\", \"guardian_id\"))"_s,
            u"CREATE INDEX \"portal_link_guardian_idx\" ON \"portal_link\" (\"guardian_id\")"_s,
            // One-time invitation links: made by the mailer from a guardian_invitation row.
            u"CREATE TABLE \"portal_invite\" (\"token_hash\" TEXT PRIMARY KEY NOT NULL, "
            "\"invitation_id\" TEXT NOT NULL UNIQUE, \"guardian_id\" TEXT NOT NULL, \"email\" TEXT NOT NULL, "
            "\"created_at\" TEXT NOT NULL, \"expires_at\" TEXT NOT NULL, \"used_at\" TEXT)"_s,
            u"CREATE TABLE \"portal_session\" (\"token_hash\" TEXT PRIMARY KEY NOT NULL, "
            "\"account_id\" TEXT NOT NULL REFERENCES \"portal_account\"(\"id\"), \"csrf_token\" TEXT NOT NULL, "
            "\"created_at\" TEXT NOT NULL, \"expires_at\" BIGINT NOT NULL)"_s,
            u"CREATE INDEX \"portal_session_account_idx\" ON \"portal_session\" (\"account_id\")"_s,
            // The durable mail queue. dedupe_key names what a message is for
            // ("invite:<invitation id>", "notice:<notice id>:<guardian id>",
            // "digest:<account>:<ISO week>"), so planning it twice queues it once.
            u"CREATE TABLE \"mail_queue\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"dedupe_key\" TEXT NOT NULL UNIQUE, "
            "\"kind\" TEXT NOT NULL, \"recipient\" TEXT NOT NULL, \"subject\" TEXT NOT NULL, "
            "\"body_text\" TEXT NOT NULL, \"body_html\" TEXT NOT NULL, \"headers\" TEXT NOT NULL DEFAULT '{}', "
            "\"state\" TEXT NOT NULL DEFAULT 'queued', \"attempts\" INTEGER NOT NULL DEFAULT 0, "
            "\"next_attempt_at\" BIGINT NOT NULL DEFAULT 0, \"last_error\" TEXT NOT NULL DEFAULT '', "
            "\"created_at\" TEXT NOT NULL, \"sent_at\" TEXT)"_s,
            u"CREATE INDEX \"mail_queue_due_idx\" ON \"mail_queue\" (\"state\", \"next_attempt_at\")"_s,
            // Every address the mailer writes to: its unsubscribe token (the
            // link in List-Unsubscribe works without signing in) and whether it
            // unsubscribed.
            u"CREATE TABLE \"mail_recipient\" (\"email\" TEXT PRIMARY KEY NOT NULL, "
            "\"unsubscribe_token\" TEXT NOT NULL UNIQUE, \"unsubscribed_at\" TEXT, \"created_at\" TEXT NOT NULL)"_s,
            // Requests the mail planner has turned into messages ("notice:<id>"),
            // so a notice is read once even when none of its guardians has an email.
            u"CREATE TABLE \"mail_plan\" (\"source\" TEXT PRIMARY KEY NOT NULL, \"planned_at\" TEXT NOT NULL)"_s,
            // `admin prune` and the daily prune find old entries by time without scanning the log.
            u"CREATE INDEX \"mutation_log_at_idx\" ON \"mutation_log\" (\"at\")"_s,
        };
    }
    if (version == 5 && pg) {
        // Issue 22: PostgreSQL's per-row foreign keys on the entity tables
        // become per-statement checks (referenceChecks). Tables this database
        // does not have yet are created later, already that way.
        const QStringList tables = db.connection().tables();
        for (const EntityDef &def : EntitySchema::all()) {
            if (!tables.contains(def.name))
                continue;
            out.append(u"DO $k12$ DECLARE c RECORD; BEGIN FOR c IN SELECT conname FROM pg_constraint WHERE "
                       "conrelid = '%1'::regclass AND contype = 'f' LOOP EXECUTE format('ALTER TABLE %1 DROP "
                       "CONSTRAINT %I', c.conname); END LOOP; END $k12$"_s.arg(def.table()));
            out += referenceChecks(def);
        }
    }
    return out;
}

Result<QString> Schema::tokenSecret(Database &db)
{
    QSqlQuery *q = db.prepared(u"SELECT \"value\" FROM \"server_meta\" WHERE \"key\" = 'token_secret'"_s);
    if (Status s = db.run(q, u"reading the token secret"_s); !s)
        return Error{s.error()};
    const QString value = q->next() ? q->value(0).toString() : QString();
    q->finish();
    if (value.isEmpty())
        return fail(u"The database has no token secret; run `k12-server admin migrate`."_s);
    return value;
}

Result<int> Schema::currentVersion(Database &db)
{
    if (!db.connection().tables().contains(u"schema_version"_s))
        return -1;
    QSqlQuery *q = db.prepared(u"SELECT \"version\" FROM \"schema_version\""_s);
    if (Status s = db.run(q, u"reading the schema version"_s); !s)
        return Error{s.error()};
    const int version = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return version;
}

Status Schema::addMissingTables(Database &db)
{
    const QStringList tables = db.connection().tables();
    for (const EntityDef &def : EntitySchema::all()) {
        if (tables.contains(def.name))
            continue;
        for (const QString &sql : entityTable(db, def)) {
            if (Status s = db.execute(sql); !s)
                return fail(u"Cannot create %1: %2"_s.arg(def.name, s.error()));
        }
        serverLog()->info("added table {}", def.name.toStdString());
    }
    return {};
}

Status Schema::addMissingColumns(Database &db)
{
    // A newer EntitySchema may list fields an existing database lacks: they
    // are added here, with the client's default for existing rows.
    for (const EntityDef &def : EntitySchema::all()) {
        const QSqlRecord record = db.connection().record(def.name);
        const QVariantList defaults = def.defaults();
        for (qsizetype i = 0; i < def.fields.size(); ++i) {
            const FieldDef &field = def.fields.at(i);
            if (record.contains(field.name))
                continue;
            QString sql =
                u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(def.table(), Database::quoted(field.name), sqlType(field));
            if (!field.nullable)
                sql += u" NOT NULL DEFAULT "_s + sqlLiteral(defaults.value(i));
            if (Status s = db.execute(sql); !s)
                return fail(u"Cannot add %1.%2: %3"_s.arg(def.name, field.name, s.error()));
            serverLog()->info("added column {}.{}", def.name.toStdString(), field.name.toStdString());
        }
    }
    return {};
}

Status Schema::migrate(Database &db)
{
    Transaction tx(db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(u"Cannot start the schema upgrade: %1"_s.arg(tx.error()));
    if (db.dialect() == SqlDialect::PostgreSQL) {
        QSqlQuery *lock = db.prepared(u"SELECT pg_advisory_xact_lock(?)"_s);
        lock->bindValue(0, kMigrationLock);
        if (Status s = db.run(lock, u"waiting for other servers' schema upgrade"_s); !s)
            return s;
        lock->finish();
    }
    if (Status s = db.execute(u"CREATE TABLE IF NOT EXISTS \"schema_version\" (\"version\" INTEGER NOT NULL)"_s); !s)
        return fail(u"Cannot create schema_version: %1"_s.arg(s.error()));
    Result<int> current = currentVersion(db);
    if (!current)
        return Error{current.error()};
    const int from = std::max(0, *current);
    if (from > latestVersion()) {
        return fail(u"The database %1 has schema version %2, newer than this k12-server knows (%3). It was left "
                    "untouched; run a newer k12-server."_s.arg(db.config().displayName())
                        .arg(from)
                        .arg(latestVersion()));
    }
    for (int version = from + 1; version <= latestVersion(); ++version) {
        for (const QString &sql : versionStatements(db, version)) {
            if (Status s = db.execute(sql); !s)
                return fail(
                    u"Schema upgrade to version %1 failed: %2 (%3)"_s.arg(version).arg(s.error(), sql.left(80)));
        }
    }
    if (Status s = addMissingTables(db); !s)
        return s;
    if (Status s = addMissingColumns(db); !s)
        return s;
    if (from != latestVersion()) {
        QSqlQuery *clear = db.prepared(u"DELETE FROM \"schema_version\""_s);
        if (Status s = db.run(clear, u"schema_version"_s); !s)
            return s;
        QSqlQuery *set = db.prepared(u"INSERT INTO \"schema_version\" (\"version\") VALUES (?)"_s);
        set->bindValue(0, latestVersion());
        if (Status s = db.run(set, u"schema_version"_s); !s)
            return s;
    }
    // The epoch names this database; a restored backup or a new database has
    // another one, and clients notice (DESIGN.md).
    QSqlQuery *epochQuery = db.prepared(u"SELECT \"value\" FROM \"server_meta\" WHERE \"key\" = 'epoch'"_s);
    if (Status s = db.run(epochQuery, u"epoch"_s); !s)
        return s;
    const bool hasEpoch = epochQuery->next();
    epochQuery->finish();
    if (!hasEpoch) {
        QSqlQuery *insert = db.prepared(u"INSERT INTO \"server_meta\" (\"key\", \"value\") VALUES (?, ?)"_s);
        for (const auto &[key, value] :
             {std::pair{u"epoch"_s, newId()},
              std::pair{u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}) {
            insert->bindValue(0, key);
            insert->bindValue(1, value);
            if (Status s = db.run(insert, u"server_meta"_s); !s)
                return s;
        }
    }
    if (Status s = tx.commit(); !s)
        return fail(u"Schema upgrade failed: %1"_s.arg(s.error()));
    if (from != latestVersion())
        serverLog()->info("database {} migrated from schema {} to {}", db.config().displayName().toStdString(), from,
                          latestVersion());
    return {};
}

Result<QString> Schema::epoch(Database &db)
{
    QSqlQuery *q = db.prepared(u"SELECT \"value\" FROM \"server_meta\" WHERE \"key\" = 'epoch'"_s);
    if (Status s = db.run(q, u"reading the epoch"_s); !s)
        return Error{s.error()};
    const QString value = q->next() ? q->value(0).toString() : QString();
    q->finish();
    if (value.isEmpty())
        return fail(u"The database has no epoch; run `k12-server admin migrate`."_s);
    return value;
}

} // namespace k12::server
