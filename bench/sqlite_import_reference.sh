#!/bin/sh
# The raw reference of `k12-teacher import scores --create-assignments`
# (issue 22): the sqlite3 shell's .import of the same number of score rows
# into a fresh database, WAL and synchronous=FULL as the app opens its own,
# with time-ordered text keys and two secondary indexes (the score table's
# (assignment, student) pair index and its class index). bench_bulk writes
# the CSV (no header) and times this script.
#
#   sqlite_import_reference.sh DATABASE ROWS.csv
set -eu
db=$1
csv=$2
rm -f "$db" "$db-wal" "$db-shm"
sqlite3 "$db" <<EOF
.output /dev/null
PRAGMA journal_mode = WAL;
.output stdout
PRAGMA synchronous = FULL;
CREATE TABLE score (id TEXT PRIMARY KEY NOT NULL, updated_at TEXT NOT NULL, class_id TEXT NOT NULL,
    assignment_id TEXT NOT NULL, student_id TEXT NOT NULL, points REAL);
CREATE UNIQUE INDEX score_pair_idx ON score(assignment_id, student_id);
CREATE INDEX score_class_idx ON score(class_id);
.mode csv
.import $csv score
SELECT COUNT(*) FROM score;
EOF
