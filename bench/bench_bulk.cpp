// Bulk grading benchmarks (issue 4):
//  - one bulk operation setting 10,000 cells, with their outbox and audit rows,
//    next to a plain SQLite insert of 10,000 rows in the same process (ratio);
//  - importing a 200 x 1000 scores CSV (200,000 scores): read, check, write.
// Prints medians as a table for docs/benchmarks.md.
//
//   bench_bulk [RUNS]   (default 7)
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "kernel/csv/CsvReader.h"
#include "models/csv/CsvWriter.h"
#include "models/csv/ScoreImport.h"
#include "models/grading/BulkEdits.h"
#include "models/grading/GradebookData.h"
#include "models/repositories/ScoreRepository.h"
#include "models/sheet/XlsxWriter.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

namespace {

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
    Result<QList<AppliedChange>> r = store.apply(u"bench.bulk"_s, changes);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!r || r->size() != 10000)
        qFatal("bulk write failed: %s", qPrintable(r.error()));
    return ms;
}

// The same number of rows, each as wide as a score row, inserted with a
// prepared statement in one transaction: what SQLite itself costs here.
double plainInsert(Store &store, int run)
{
    QSqlDatabase &db = store.database().connection();
    QSqlQuery q(db);
    q.exec(u"CREATE TABLE IF NOT EXISTS plain (id TEXT PRIMARY KEY, class_id TEXT, assignment_id TEXT, student_id "
           "TEXT, points REAL, letter TEXT, missing INTEGER, late INTEGER, excused INTEGER, exempt INTEGER, days_late "
           "INTEGER, comment TEXT, rev INTEGER, updated_at TEXT, deleted INTEGER)"_s);
    q.exec(u"DELETE FROM plain"_s);
    QElapsedTimer t;
    t.start();
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
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 7;

    // --- bulk set of 10,000 cells ------------------------------------------
    QTemporaryDir bulkDir;
    auto store = openStore(bulkDir.path());
    ClassGenerator::Spec spec;
    if (qEnvironmentVariableIsSet("K12_BENCH_SMALL"))
        spec.assignments = 50; // profiling the write path without a long generation
    if (qEnvironmentVariableIsSet("K12_BENCH_IMPORT_SMALL"))
        spec.students = 20; // profiling the import without a long generation
    const ClassGenerator::Generated generated = *ClassGenerator::generate(*store, spec);
    std::vector<double> bulk, plain;
    for (int run = 0; run < runs; ++run) {
        bulk.push_back(bulkSet(*store, generated.classId, run));
        plain.push_back(plainInsert(*store, run));
    }

    if (qEnvironmentVariableIsSet("K12_BENCH_SMALL") || qEnvironmentVariableIsSet("K12_BENCH_BULK_ONLY")) {
        out() << u"bulk median "_s << median(bulk) << u" ms, plain "_s << median(plain) << u" ms\n"_s;
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
        QString target;
        std::vector<double> analyzeMs, importMs;
        qsizetype imported = 0;
    };
    ImportRun imports[] = {{u"CSV"_s, csvFile, u"< 3000 ms"_s, {}, {}, 0},
                           {u"XLSX"_s, xlsxFile, u"< 3000 ms"_s, {}, {}, 0}};
    for (ImportRun &in : imports) {
        for (int run = 0; run < std::max(3, runs / 2); ++run) {
            QTemporaryDir importDir;
            auto target = openStore(importDir.path());
            ClassGenerator::Spec empty = spec;
            empty.graded = 0;
            const ClassGenerator::Generated g = *ClassGenerator::generate(*target, empty);
            QElapsedTimer t;
            t.start();
            const GradebookData data = *GradebookData::load(*target, g.classId);
            const ScoreImport::Plan plan = ScoreImport::analyze(in.file, u"scores"_s, data, {});
            in.analyzeMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!plan.ok())
                qFatal("import plan failed: %s", qPrintable(plan.problems.constFirst().text(u"scores"_s)));
            Result<QList<AppliedChange>> r = target->apply(u"bench.import"_s, ScoreImport::changes(plan));
            in.importMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!r)
                qFatal("import write failed: %s", qPrintable(r.error()));
            in.imported = r->size();
        }
    }

    out() << u"| measure | median | target |\n|---|---|---|\n"_s;
    out() << u"| set 10,000 cells in one bulk operation (rows + outbox + audit, one transaction) | "_s
          << QString::number(median(bulk), 'f', 1) << u" ms | < 250 ms |\n"_s;
    out() << u"| plain SQLite insert of 10,000 rows, same process | "_s << QString::number(median(plain), 'f', 1)
          << u" ms | (reference) |\n"_s;
    out() << u"| ratio bulk / plain | "_s << QString::number(median(bulk) / median(plain), 'f', 2) << u" | |\n"_s;
    for (const ImportRun &in : imports) {
        out() << u"| import 200 x 1000 %1: read + check | "_s.arg(in.kind)
              << QString::number(median(in.analyzeMs), 'f', 1) << u" ms | |\n"_s;
        out() << u"| import 200 x 1000 %1 (%2 scores, %3 MB): read + check + write | "_s.arg(in.kind)
                     .arg(in.imported)
                     .arg(double(in.file.size()) / 1e6, 0, 'f', 1)
              << QString::number(median(in.importMs), 'f', 1) << u" ms | "_s << in.target << u" |\n"_s;
    }
    out().flush();
    return 0;
}
