#include "Migrations.h"

#include "models/search/SearchIndex.h"
#include "models/store/OutboxTally.h"
#include "models/today/ScoreTally.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Columns every synced table carries.
#define K12_SYNCED_COLUMNS                                                                                             \
    "id TEXT PRIMARY KEY NOT NULL, rev INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, "                         \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"
#define K12_FK(table) " REFERENCES \"" table "\"(id) DEFERRABLE INITIALLY DEFERRED"

QStringList version1()
{
    return {
        u"CREATE TABLE \"class\" (" K12_SYNCED_COLUMNS
        ", name TEXT NOT NULL CHECK (name <> ''), subject TEXT NOT NULL DEFAULT '', grade_level TEXT NOT NULL "
        "DEFAULT '', term TEXT NOT NULL DEFAULT '', period TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL "
        "DEFAULT 0, missing_policy TEXT NOT NULL DEFAULT 'zero' CHECK (missing_policy IN ('zero', 'exclude')), "
        "late_penalty_enabled INTEGER NOT NULL DEFAULT 0, late_penalty_per_day REAL NOT NULL DEFAULT 0, "
        "late_penalty_floor REAL NOT NULL DEFAULT 0, mastery_method TEXT NOT NULL DEFAULT 'most_recent', "
        "mastery_param REAL NOT NULL DEFAULT 65, mastery_threshold REAL NOT NULL DEFAULT 3, mastery_n INTEGER NOT "
        "NULL DEFAULT 2)"_s,

        u"CREATE TABLE student (" K12_SYNCED_COLUMNS
        ", given_name TEXT NOT NULL, family_name TEXT NOT NULL, student_number TEXT NOT NULL DEFAULT '', "
        "email TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX student_number_idx ON student(student_number)"_s,

        u"CREATE TABLE enrollment (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", student_id TEXT NOT NULL" K12_FK(
            "student") ", status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dropped')))"_s,
        u"CREATE INDEX enrollment_class_idx ON enrollment(class_id)"_s,
        u"CREATE INDEX enrollment_student_idx ON enrollment(student_id)"_s,

        u"CREATE TABLE grading_period (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", name TEXT NOT NULL, start_date TEXT, end_date TEXT)"_s,
        u"CREATE INDEX grading_period_class_idx ON grading_period(class_id)"_s,

        u"CREATE TABLE category (" K12_SYNCED_COLUMNS ", class_id TEXT NOT NULL" K12_FK(
            "class") ", name TEXT NOT NULL, weight REAL NOT NULL DEFAULT 0 CHECK (weight >= 0), drop_lowest INTEGER "
                     "NOT NULL "
                     "DEFAULT 0 CHECK (drop_lowest >= 0), position INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX category_class_idx ON category(class_id)"_s,

        u"CREATE TABLE assignment (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", category_id TEXT" K12_FK(
            "category") ", grading_period_id TEXT" K12_FK("grading_period") ", title TEXT NOT NULL, description TEXT "
                                                                            "NOT NULL DEFAULT '', points_possible REAL "
                                                                            "NOT NULL DEFAULT 0 "
                                                                            "CHECK (points_possible >= 0), due_date "
                                                                            "TEXT, grading_type TEXT NOT NULL DEFAULT "
                                                                            "'points' CHECK "
                                                                            "(grading_type IN ('points', 'letter')), "
                                                                            "published INTEGER NOT NULL DEFAULT 1, "
                                                                            "position INTEGER NOT NULL "
                                                                            "DEFAULT 0)"_s,
        u"CREATE INDEX assignment_class_idx ON assignment(class_id)"_s,

        u"CREATE TABLE score (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", assignment_id TEXT NOT NULL" K12_FK(
            "assignment") ", student_id TEXT NOT NULL" K12_FK("student") ", points REAL, letter TEXT, missing INTEGER "
                                                                         "NOT NULL DEFAULT 0, late INTEGER NOT NULL "
                                                                         "DEFAULT 0, "
                                                                         "excused INTEGER NOT NULL DEFAULT 0, exempt "
                                                                         "INTEGER NOT NULL DEFAULT 0, days_late "
                                                                         "INTEGER NOT NULL "
                                                                         "DEFAULT 0, comment TEXT NOT NULL DEFAULT '')"_s,
        // A score's id is made from its pair (pairId), but a row from elsewhere
        // (another client's bug, a hand-made import) must still not give a
        // student two scores on one assignment; the server reads this rule too.
        u"CREATE UNIQUE INDEX score_pair_idx ON score(assignment_id, student_id)"_s,
        u"CREATE INDEX score_class_idx ON score(class_id)"_s,

        u"CREATE TABLE standard (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", code TEXT NOT NULL, description TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX standard_class_idx ON standard(class_id)"_s,

        u"CREATE TABLE assignment_standard (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", assignment_id TEXT NOT NULL" K12_FK(
            "assignment") ", standard_id TEXT NOT NULL" K12_FK("standard") ")"_s,
        u"CREATE INDEX assignment_standard_class_idx ON assignment_standard(class_id)"_s,

        u"CREATE TABLE mastery_score (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", standard_id TEXT NOT NULL" K12_FK(
            "standard") ", student_id TEXT NOT NULL" K12_FK("student") ", assignment_id TEXT" K12_FK("assignment") ", score REAL NOT NULL DEFAULT 0, assessed_at TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX mastery_score_class_idx ON mastery_score(class_id)"_s,

        u"CREATE TABLE grading_scale (" K12_SYNCED_COLUMNS ", class_id TEXT NOT NULL" K12_FK(
            "class") ", name TEXT NOT NULL DEFAULT '', cutoffs TEXT NOT NULL DEFAULT '[]')"_s,
        u"CREATE INDEX grading_scale_class_idx ON grading_scale(class_id)"_s,

        u"CREATE TABLE unit_plan (" K12_SYNCED_COLUMNS ", class_id TEXT NOT NULL" K12_FK(
            "class") ", title TEXT NOT NULL, start_date TEXT, end_date TEXT, summary TEXT NOT NULL DEFAULT '', "
                     "essential_questions TEXT NOT NULL DEFAULT '', standard_ids TEXT NOT NULL DEFAULT '[]', status "
                     "TEXT NOT "
                     "NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready')), position INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX unit_plan_class_idx ON unit_plan(class_id)"_s,

        u"CREATE TABLE lesson (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", unit_id TEXT NOT NULL" K12_FK(
            "unit_plan") ", date TEXT, title TEXT NOT NULL, objectives TEXT NOT NULL DEFAULT '', activities TEXT NOT "
                         "NULL DEFAULT "
                         "'', materials TEXT NOT NULL DEFAULT '', homework TEXT NOT NULL DEFAULT '', standard_ids TEXT "
                         "NOT NULL "
                         "DEFAULT '[]', assignment_id TEXT" K12_FK(
                             "assignment") ", position INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX lesson_unit_idx ON lesson(unit_id)"_s,

        // Local-only tables: never synced as rows.
        // seq orders the outbox and the audit log. No AUTOINCREMENT and no
        // secondary index: a bulk edit appends 10,000s of rows to both in one
        // transaction, and both are read in seq order.
        u"CREATE TABLE outbox (seq INTEGER PRIMARY KEY, mutation_id TEXT NOT NULL, "
        "entity TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')), "
        "base_rev INTEGER NOT NULL DEFAULT 0, fields TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL, "
        "state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')), attempts INTEGER NOT "
        "NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', rejected_reason TEXT NOT NULL DEFAULT '')"_s,

        u"CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, origin TEXT NOT "
        "NULL, action TEXT NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, changes TEXT "
        "NOT NULL DEFAULT '{}')"_s,

        u"CREATE TABLE conflict (id TEXT PRIMARY KEY NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL, "
        "field TEXT NOT NULL, mine TEXT, server TEXT, server_rev INTEGER NOT NULL DEFAULT 0, detected_at TEXT NOT "
        "NULL, resolved_at TEXT, resolution TEXT)"_s,
        u"CREATE INDEX conflict_open_idx ON conflict(resolved_at)"_s,

        u"CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
    };
}

// Recording a conflict replaces the open one of the same row and field. With
// only the index on resolved_at, that lookup read every open conflict, so a
// push answered with thousands of conflicts took quadratic time (4,000: 3.6 s).
QStringList version2()
{
    return {u"CREATE INDEX conflict_row_field_idx ON conflict(row_id, field)"_s};
}

// Rows from the server that could not be stored (a bug, a schema mismatch, a
// constraint): set aside with the reason instead of failing every sync after
// them, shown to the teacher, and tried again on each sync.
QStringList version3()
{
    return {u"CREATE TABLE held_row (entity TEXT NOT NULL, row_id TEXT NOT NULL, rev INTEGER NOT NULL, "
            "row TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL CHECK (source IN ('pull', 'push')), "
            "attempts INTEGER NOT NULL DEFAULT 1, first_at TEXT NOT NULL, last_at TEXT NOT NULL, "
            "PRIMARY KEY (entity, row_id))"_s};
}

// Final grades, mastery overrides, a class's proficiency scale and at-risk
// thresholds, report comments, and families (guardians, the comment bank).
QStringList version4()
{
    return {
        u"ALTER TABLE \"class\" ADD COLUMN proficiency_scale TEXT NOT NULL DEFAULT '[]'"_s,
        u"ALTER TABLE \"class\" ADD COLUMN auto_missing INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE \"class\" ADD COLUMN risk_below_percent REAL NOT NULL DEFAULT 70"_s,
        u"ALTER TABLE \"class\" ADD COLUMN risk_missing_count INTEGER NOT NULL DEFAULT 3"_s,
        u"ALTER TABLE \"class\" ADD COLUMN risk_drop_points REAL NOT NULL DEFAULT 10"_s,
        u"ALTER TABLE \"class\" ADD COLUMN family_show_final INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE grading_period ADD COLUMN formula TEXT NOT NULL DEFAULT '[]'"_s,
        u"ALTER TABLE standard ADD COLUMN mastery_method TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE standard ADD COLUMN mastery_param REAL"_s,

        u"CREATE TABLE final_override (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", student_id TEXT NOT NULL" K12_FK(
            "student") ", grading_period_id TEXT" K12_FK("grading_period") ", letter TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX final_override_class_idx ON final_override(class_id)"_s,

        u"CREATE TABLE report_comment (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", student_id TEXT NOT NULL" K12_FK(
            "student") ", grading_period_id TEXT" K12_FK("grading_period") ", comment TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX report_comment_class_idx ON report_comment(class_id)"_s,

        u"CREATE TABLE guardian (" K12_SYNCED_COLUMNS
        ", given_name TEXT NOT NULL, family_name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', phone TEXT NOT "
        "NULL DEFAULT '', relationship TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', "
        "receives_reports INTEGER NOT NULL DEFAULT 1)"_s,

        u"CREATE TABLE student_guardian (" K12_SYNCED_COLUMNS
        ", student_id TEXT NOT NULL" K12_FK("student") ", guardian_id TEXT NOT NULL" K12_FK("guardian") ")"_s,
        u"CREATE UNIQUE INDEX student_guardian_pair_idx ON student_guardian(student_id, guardian_id)"_s,
        u"CREATE INDEX student_guardian_guardian_idx ON student_guardian(guardian_id)"_s,

        u"CREATE TABLE comment_template (" K12_SYNCED_COLUMNS
        ", text TEXT NOT NULL, category TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0)"_s,
    };
}

// Local only (issue 20): the global search's FTS5 index and the triggers that
// keep it in the same transaction as its rows, filled from the rows already here.
QStringList version5()
{
    return SearchIndex::schemaStatements() + SearchIndex::fillStatements();
}

// Families, part 2 (issue 18): invitations to the family portal and
// missing-work notices, both requests the server's mailer carries out.
QStringList version6()
{
    return {
        u"CREATE TABLE guardian_invitation (" K12_SYNCED_COLUMNS
        ", guardian_id TEXT NOT NULL" K12_FK("guardian") ", requested_at TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX guardian_invitation_guardian_idx ON guardian_invitation(guardian_id)"_s,
        u"CREATE TABLE family_notice (" K12_SYNCED_COLUMNS
        ", class_id TEXT NOT NULL" K12_FK("class") ", student_id TEXT NOT NULL" K12_FK(
            "student") ", kind TEXT NOT NULL DEFAULT 'missing', assignment_ids TEXT NOT NULL DEFAULT '[]', "
                       "requested_at TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX family_notice_class_idx ON family_notice(class_id)"_s,
    };
}

// Local only (issue 20): counts of filled and missing cells per assignment and
// per class and student, and of the outbox's pending and rejected rows, kept by
// triggers, so the Today report does not recount every score and every queued
// change; filled from the rows already here.
QStringList version7()
{
    return ScoreTally::schemaStatements() + ScoreTally::fillStatements() + OutboxTally::schemaStatements() +
           OutboxTally::fillStatements();
}

// Local only (issue 22): the audit trail as one row per operation (a bulk set,
// a paste, an import: one ChangeWriter::apply) holding every row's change as
// [entity, row_id, op, {field: {old, new}}], instead of one row per cell: an
// import of 200,000 scores wrote 200,000 audit rows. The view audit_log lists
// the entries as the table of that name did (same columns, same JSON in
// changes; seq keeps their order: the operation's seq * 2^32 + the entry's
// index), so "who changed this cell, when, from what to what" reads as before.
// The rows already here move over as one-entry operations.
// Also: the search index's update triggers name the columns they watch, so a
// grade edit (points, updated_at) no longer runs the comment trigger per row;
// and ChangeWriter keeps the score cell counts of its own writes (WriterTally),
// the score triggers standing aside meanwhile: they cost two upserts per score.
QStringList version8()
{
    QStringList statements{
        u"CREATE TABLE audit_op (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, origin TEXT NOT NULL, "
        "action TEXT NOT NULL, entries TEXT NOT NULL DEFAULT '[]')"_s,
        u"INSERT INTO audit_op (seq, at, origin, action, entries) SELECT seq, at, origin, action, "
        "json_array(json_array(entity, row_id, op, json(changes))) FROM audit_log ORDER BY seq"_s,
        u"DROP TABLE audit_log"_s,
        u"CREATE VIEW audit_log (seq, at, origin, action, entity, row_id, op, changes) AS "
        "SELECT (o.seq << 32) + e.key, o.at, o.origin, o.action, json_extract(e.value, '$[0]'), "
        "json_extract(e.value, '$[1]'), json_extract(e.value, '$[2]'), json_extract(e.value, '$[3]') "
        "FROM audit_op o, json_each(o.entries) e"_s,
    };
    return statements + SearchIndex::narrowUpdateTriggerStatements() + ScoreTally::writerKeptStatements();
}

#undef K12_SYNCED_COLUMNS
#undef K12_FK

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations{{1, version1()}, {2, version2()}, {3, version3()}, {4, version4()},
                                             {5, version5()}, {6, version6()}, {7, version7()}, {8, version8()}};
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

} // namespace k12
