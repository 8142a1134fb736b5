#pragma once

namespace k12::bench {

// `k12-teacher import scores FILE --class CLASS --create-assignments` on a fresh
// class of `students` (no assignments yet) with a CSV of `students` x
// `assignments` scores, as a teacher runs it (a process of its own: start,
// backup, read, check, write), against the sqlite3 shell's .import of as many
// score rows (bench/sqlite_import_reference.sh). One run each; prints table
// rows and BENCH| lines.
void cliImportAgainstShell(int students, int assignments);

} // namespace k12::bench
