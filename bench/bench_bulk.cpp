// Bulk grading benchmarks (issues 4 and 22):
//  - one bulk operation setting 10,000 cells, with their outbox and audit rows,
//    next to a plain SQLite insert of 10,000 rows in the same process (ratio);
//  - importing a 200 x 1000 scores CSV (200,000 scores): read, check, write,
//    next to a plain insert of the same rows in the same process, and the
//    backup every import takes first;
//  - `k12-teacher import scores --create-assignments` on a fresh 200-student
//    class against the sqlite3 shell's .import of as many rows (one run each,
//    BulkCliImport.cpp).
// Prints medians as a table for docs/benchmarks.md and a BENCH| line per figure.
//
//   bench_bulk [RUNS] [--quick]   (default 7 runs; --quick: 3 runs, 200 x 100)
#include "BulkCliImport.h"
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "kernel/csv/CsvReader.h"
#include "models/backup/BackupService.h"
#include "models/csv/CsvWriter.h"
#include "models/csv/ScoreImport.h"
#include "models/grading/BulkEdits.h"
#include "models/grading/GradebookData.h"
#include "models/repositories/ScoreRepository.h"
#include "models/sheet/XlsxWriter.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::benchLine;
using bench::median;
using bench::out;

namespace {

// CPU time of this thread: on a machine shared with other builds, the wall
// time of the same work varies by 2x between runs; this much less.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
std::vector<double> g_bulkCpu, g_plainCpu;

std::unique_ptr<Store> openStore(const QString &dir)
{
    Result<std::unique_ptr<Store>> opened = Store::open(dir);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    return std::move(opened).value();
}

// 10,000 cells of a 200 x 1000 class (50 assignments x 200 students), set to a
// new value, as "Set Score" on a selection does it: one Store::apply.
double bulkSet(Store &store, const QString &classId, int run)
{
    const GradebookData data = *GradebookData::load(store, classId);
    QList<CellRef> cells;
    for (int a = 0; a < 50; ++a)
        for (int s = 0; s < data.studentCount(); ++s)
            cells.append({s, (a + 50 * (run % 10)) % data.assignmentCount()});
    const QList<Score> scores = *BulkEdits::apply(data, cells, ScoreEdit::setPoints(0.25 + 0.01 * run));
    ChangeList changes;
    changes.reserve(scores.size());
    // As the grid sends them: only the fields that change.
    for (const Score &s : scores)
        changes.append(Change::upsert(u"score"_s, s.id, data.changeTo(s)));
    QElapsedTimer t;
    t.start();
    const double cpu = threadCpuMs();
    Result<QList<AppliedChange>> r = store.apply(u"bench.bulk"_s, changes);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    g_bulkCpu.push_back(threadCpuMs() - cpu);
    if (!r || r->size() != 10000)
        qFatal("bulk write failed: %s", qPrintable(r.error()));
    return ms;
}

// An empty table as wide as a score row, with only its primary key: the
// plain inserts' target.
void emptyPlainTable(QSqlQuery &q, const QString &name)
{
    q.exec(u"CREATE TABLE IF NOT EXISTS "_s + name +
           u" (id TEXT PRIMARY KEY, class_id TEXT, assignment_id TEXT, student_id TEXT, points REAL, letter TEXT, "
           "missing INTEGER, late INTEGER, excused INTEGER, exempt INTEGER, days_late INTEGER, comment TEXT, rev "
           "INTEGER, updated_at TEXT, deleted INTEGER)"_s);
    q.exec(u"DELETE FROM "_s + name);
}

// The same number of rows, each as wide as a score row, inserted with a
// prepared statement in one transaction: what SQLite itself costs here.
double plainInsert(Store &store, int run)
{
    QSqlDatabase &db = store.database().connection();
    QSqlQuery q(db);
    emptyPlainTable(q, u"plain"_s);
    QElapsedTimer t;
    t.start();
    const double cpu = threadCpuMs();
    q.exec(u"BEGIN IMMEDIATE"_s);
    QSqlQuery ins(db);
    ins.prepare(u"INSERT INTO plain VALUES (?, ?, ?, ?, ?, NULL, 0, 0, 0, 0, 0, '', 0, ?, 0)"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 0; i < 10000; ++i) {
        ins.bindValue(0, u"row-%1-%2"_s.arg(run).arg(i));
        ins.bindValue(1, u"class"_s);
        ins.bindValue(2, u"assignment"_s);
        ins.bindValue(3, u"student"_s);
        ins.bindValue(4, double(i % 10));
        ins.bindValue(5, now);
        if (!ins.exec())
            qFatal("plain insert failed: %s", qPrintable(ins.lastError().text()));
    }
    q.exec(u"COMMIT"_s);
    g_plainCpu.push_back(threadCpuMs() - cpu);
    return double(t.nsecsElapsed()) / 1e6;
}

// The import's own score rows (same ids, same values), inserted the same plain
// way into a table as wide as a score row: the import's raw reference.
double plainInsertOf(Store &store, const ChangeList &changes, int run)
{
    QSqlDatabase &db = store.database().connection();
    QSqlQuery q(db);
    emptyPlainTable(q, u"plain_import"_s);
    QElapsedTimer t;
    t.start();
    q.exec(u"BEGIN IMMEDIATE"_s);
    QSqlQuery ins(db);
    ins.prepare(u"INSERT INTO plain_import VALUES (?, ?, ?, ?, ?, NULL, 0, 0, ?, 0, 0, '', 0, ?, 0)"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    int rows = 0;
    for (const Change &c : changes) {
        if (c.entity != u"score"_s)
            continue;
        ins.bindValue(0, c.id);
        ins.bindValue(1, c.fields.value(u"class_id"_s));
        ins.bindValue(2, c.fields.value(u"assignment_id"_s));
        ins.bindValue(3, c.fields.value(u"student_id"_s));
        ins.bindValue(4, c.fields.value(u"points"_s));
        ins.bindValue(5, c.fields.value(u"excused"_s, false).toBool() ? 1 : 0);
        ins.bindValue(6, now);
        if (!ins.exec())
            qFatal("plain insert failed: %s", qPrintable(ins.lastError().text()));
        ++rows;
    }
    q.exec(u"COMMIT"_s);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    Q_UNUSED(run);
    Q_UNUSED(rows);
    return ms;
}

double timeBackup(const QString &profileDir)
{
    QElapsedTimer t;
    t.start();
    if (Status s = BackupService::keepBefore(profileDir, BackupReason::beforeImport); !s)
        qFatal("backup failed: %s", qPrintable(s.error()));
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = bench::quickMode(argc, argv);
    int runs = quick ? 3 : 7;
    for (int i = 1; i < argc; ++i) {
        if (const int n = QString::fromLocal8Bit(argv[i]).toInt(); n > 0)
            runs = n;
    }

    // --- bulk set of 10,000 cells ------------------------------------------
    QTemporaryDir bulkDir;
    auto store = openStore(bulkDir.path());
    ClassGenerator::Spec spec;
    if (quick)
        spec.assignments = 100; // 20,000 scores: the bulk set still has 10,000 cells to set
    if (qEnvironmentVariableIsSet("K12_BENCH_SMALL"))
        spec.assignments = 50; // profiling the write path without a long generation
    if (qEnvironmentVariableIsSet("K12_BENCH_IMPORT_SMALL"))
        spec.students = 20; // profiling the import without a long generation
    const ClassGenerator::Generated generated = *ClassGenerator::generate(*store, spec);
    // Each bulk set next to a plain insert, in alternating order; on a shared
    // machine the ratio of each pair moves less than the medians do.
    std::vector<double> bulk, plain, pairRatio;
    for (int run = 0; run < runs; ++run) {
        if (run % 2 == 1)
            plain.push_back(plainInsert(*store, run));
        bulk.push_back(bulkSet(*store, generated.classId, run));
        if (run % 2 == 0)
            plain.push_back(plainInsert(*store, run));
        pairRatio.push_back(bulk.back() / plain.back());
    }

    if (qEnvironmentVariableIsSet("K12_BENCH_SMALL") || qEnvironmentVariableIsSet("K12_BENCH_BULK_ONLY")) {
        out() << u"bulk median "_s << median(bulk) << u" ms, plain "_s << median(plain) << u" ms, ratio "_s
              << median(bulk) / median(plain) << u", median of the pairs' ratios "_s << median(pairRatio)
              << u" (runs: "_s << bulk.size() << u"); CPU time: bulk "_s << median(g_bulkCpu) << u" ms, plain "_s
              << median(g_plainCpu) << u" ms, ratio "_s << median(g_bulkCpu) / median(g_plainCpu) << u"\n"_s;
        benchLine(u"bulk set 10,000 cells (rows + outbox + audit)"_s, median(bulk), u"ms"_s, median(plain),
                  u"<= 2.0x plain insert"_s);
        return 0;
    }
    // --- import of a 200 x 1000 CSV into an empty gradebook ----------------
    // The file: the generated class's scores, as a generic sheet.
    const GradebookData full = *GradebookData::load(*store, generated.classId);
    CsvWriter csv;
    QStringList header{u"Student Number"_s};
    for (const Assignment &a : full.assignments)
        header << a.title;
    csv.addRow(header);
    for (int s = 0; s < full.studentCount(); ++s) {
        QStringList row{full.students.at(s).studentNumber};
        for (int a = 0; a < full.assignmentCount(); ++a) {
            const GradeCell &c = full.cell(s, a);
            row << (c.excused       ? u"EX"_s
                    : c.hasPoints() ? QString::number(std::min(c.points, full.assignments.at(a).pointsPossible))
                                    : QString());
        }
        csv.addRow(row);
    }
    const QByteArray csvFile = csv.data();
    // The same cells as an XLSX workbook: numbers as numbers, student numbers as text.
    Sheet sheet;
    {
        QList<SheetCell> head;
        for (const QString &h : std::as_const(header))
            head << SheetCell::ofText(h);
        sheet.rows << head;
        const Result<CsvTable> table = CsvReader::parse(csvFile, u"scores.csv"_s);
        for (const CsvRow &r : table->rows) {
            QList<SheetCell> row{SheetCell::ofText(r.cells.at(0))};
            for (qsizetype c = 1; c < r.cells.size(); ++c) {
                bool number = false;
                const double v = r.cells.at(c).toDouble(&number);
                row << (number ? SheetCell::ofNumber(v, r.cells.at(c)) : SheetCell::ofText(r.cells.at(c)));
            }
            sheet.rows << row;
        }
    }
    const QByteArray xlsxFile = *XlsxWriter::toBytes(sheet);
    struct ImportRun
    {
        QString kind;
        QByteArray file;
        std::vector<double> analyzeMs, importMs, plainMs, backupMs, pairRatio;
        qsizetype imported = 0;
    };
    std::vector<ImportRun> imports{{u"CSV"_s, csvFile, {}, {}, {}, {}, {}, 0}};
    if (!quick)
        imports.push_back({u"XLSX"_s, xlsxFile, {}, {}, {}, {}, {}, 0});
    const QString size = u"%1 x %2"_s.arg(spec.students).arg(spec.assignments);
    for (ImportRun &in : imports) {
        for (int run = 0; run < (quick ? runs : std::max(3, runs / 2)); ++run) {
            QTemporaryDir importDir;
            auto target = openStore(importDir.path());
            ClassGenerator::Spec empty = spec;
            empty.graded = 0;
            const ClassGenerator::Generated g = *ClassGenerator::generate(*target, empty);
            // What the import action does first (GradeActions::importScores), timed on its own.
            in.backupMs.push_back(timeBackup(importDir.path()));
            QElapsedTimer t;
            t.start();
            const GradebookData data = *GradebookData::load(*target, g.classId);
            const ScoreImport::Plan plan = ScoreImport::analyze(in.file, u"scores"_s, data, {});
            in.analyzeMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!plan.ok())
                qFatal("import plan failed: %s", qPrintable(plan.problems.constFirst().text(u"scores"_s)));
            const ChangeList changes = ScoreImport::changes(plan);
            const double analyzed = double(t.nsecsElapsed()) / 1e6;
            // The plain insert of the same rows before the import on odd runs, after it on even ones.
            if (run % 2 == 1)
                in.plainMs.push_back(plainInsertOf(*target, changes, run));
            t.restart();
            Result<QList<AppliedChange>> r = target->apply(u"bench.import"_s, changes);
            in.importMs.push_back(analyzed + double(t.nsecsElapsed()) / 1e6);
            if (!r)
                qFatal("import write failed: %s", qPrintable(r.error()));
            if (run % 2 == 0)
                in.plainMs.push_back(plainInsertOf(*target, changes, run));
            in.pairRatio.push_back(in.importMs.back() / in.plainMs.back());
            in.imported = r->size();
        }
    }
    // The backup a teacher waits for before importing into a full profile (this
    // one: the generated class and the bulk sets above).
    std::vector<double> fullBackup;
    for (int run = 0; run < (quick ? 1 : 3); ++run)
        fullBackup.push_back(timeBackup(bulkDir.path()));
    store.reset();

    out() << u"| measure | median | raw reference (same process) | ratio | target |\n|---|---|---|---|---|\n"_s;
    const auto row = [](const QString &measure, double value, double reference, const QString &target) {
        out() << u"| "_s << measure << u" | "_s << QString::number(value, 'f', 1) << u" ms | "_s
              << (reference > 0 ? QString::number(reference, 'f', 1) + u" ms"_s : QString()) << u" | "_s
              << (reference > 0 ? QString::number(value / reference, 'f', 2) : QString()) << u" | "_s << target
              << u" |\n"_s;
    };
    row(u"set 10,000 cells in one bulk operation (rows + outbox + audit, one transaction)"_s, median(bulk),
        median(plain), u"<= 2.0x plain insert"_s);
    for (const ImportRun &in : imports) {
        row(u"import %1 %2: read + check"_s.arg(size, in.kind), median(in.analyzeMs), -1, {});
        row(u"import %1 %2 (%3 scores, %4 MB): read + check + write"_s.arg(size, in.kind)
                .arg(in.imported)
                .arg(double(in.file.size()) / 1e6, 0, 'f', 1),
            median(in.importMs), median(in.plainMs), u"< 2000 ms, <= 1.5x plain insert"_s);
        row(u"backup before the import (fresh class)"_s, median(in.backupMs), -1, {});
    }
    row(u"backup before an import into this profile (%1 class graded, %2 MB)"_s.arg(size).arg(
            double(QFileInfo(bulkDir.filePath(u"k12.sqlite"_s)).size()) / 1e6, 0, 'f', 0),
        median(fullBackup), -1, {});
    out() << u"\nbulk set / plain insert, median of the %1 pairs' ratios: %2; thread CPU time %3 / %4 ms: %5\n"_s
                 .arg(pairRatio.size())
                 .arg(median(pairRatio), 0, 'f', 2)
                 .arg(median(g_bulkCpu), 0, 'f', 1)
                 .arg(median(g_plainCpu), 0, 'f', 1)
                 .arg(median(g_bulkCpu) / median(g_plainCpu), 0, 'f', 2);
    for (const ImportRun &in : imports)
        out() << u"import %1 / plain insert of its rows, median of the %2 pairs' ratios: %3\n"_s.arg(in.kind)
                     .arg(in.pairRatio.size())
                     .arg(median(in.pairRatio), 0, 'f', 2);
    out() << u"runs: bulk set %1, import %2\n"_s.arg(bulk.size()).arg(imports.front().importMs.size());

    benchLine(u"bulk set 10,000 cells (rows + outbox + audit)"_s, median(bulk), u"ms"_s, median(plain),
              u"<= 2.0x plain insert"_s);
    benchLine(u"plain insert 10,000 rows"_s, median(plain), u"ms"_s);
    benchLine(u"bulk set 10,000 cells, thread CPU time"_s, median(g_bulkCpu), u"ms"_s, median(g_plainCpu),
              u"<= 2.0x plain insert"_s);
    for (const ImportRun &in : imports) {
        benchLine(u"import %1 %2 read + check + write"_s.arg(size, in.kind), median(in.importMs), u"ms"_s,
                  median(in.plainMs), u"< 2000 ms, <= 1.5x plain insert"_s);
        benchLine(u"plain insert of the import's %1 rows"_s.arg(in.imported), median(in.plainMs), u"ms"_s);
        benchLine(u"import %1 %2 read + check"_s.arg(size, in.kind), median(in.analyzeMs), u"ms"_s);
    }
    benchLine(u"backup before import, fresh class"_s, median(imports.front().backupMs), u"ms"_s);
    benchLine(u"backup before import, %1 profile"_s.arg(size), median(fullBackup), u"ms"_s);

    // --- the CLI on a fresh class against the sqlite3 shell, one run each ----
    if (!qEnvironmentVariableIsSet("K12_BENCH_NO_CLI"))
        bench::cliImportAgainstShell(spec.students, spec.assignments);
    out().flush();
    return 0;
}
