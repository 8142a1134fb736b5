// Gradebook benchmarks (issues 3 and 22): generates a class in a temp profile,
// then times the full grade recompute, the CSV/XLSX export, the grid model's
// load (next to a bare sqlite3_step loop over the same score rows: the floor
// any load through SQLite has) and one typed score, printing the median of
// repeated runs as a table for docs/benchmarks.md and one BENCH| line per
// figure for scripts/bench.
//
//   bench_gradebook [--quick] [STUDENTS ASSIGNMENTS CATEGORIES]   (default 200 1000 5)
//   bench_gradebook --profile-load N    loads the class N times and nothing else (for perf record)
//   bench_gradebook --profile DIR ...   keeps the generated profile in DIR, or reuses the class already there
//   bench_gradebook --load-only ...     only the grid's load (next to its reference)
//
// --quick: fewer runs and no second class (the drop-3 recompute): under a minute.
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "models/csv/GradebookExport.h"
#include "models/grading/GradeEngine.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/ClassRepository.h"
#include "models/sheet/XlsxWriter.h"
#include "models/store/Store.h"

#include "kernel/sqlite/SqliteStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <functional>
#include <utility>

#include <sqlite3.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

namespace {

struct Measure
{
    QString name;
    QString size;
    double medianMs = 0; // wall clock
    double minMs = 0;
    double medianCpuMs = 0; // CPU time of the process: what the work costs when other programs compete for the cores
    int runs = 0;
    QString target;
};

// Runs `work` `runs` times after one warm-up run; returns median and minimum in ms.
Measure time(const QString &name, const QString &size, int runs, const QString &target,
             const std::function<void()> &work)
{
    work(); // warm-up: caches, first-touch allocations
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t cpuStart = std::clock();
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    return {name, size, median(ms), *std::min_element(ms.cbegin(), ms.cend()), median(cpu), runs, target};
}

void printTable(const QList<Measure> &measures)
{
    out() << u"| measure | class | median | min | median CPU | runs | target |\n|---|---|---|---|---|---|---|\n"_s;
    for (const Measure &m : measures) {
        out() << u"| "_s << m.name << u" | "_s << m.size << u" | "_s << QString::number(m.medianMs, 'f', 2)
              << u" ms | "_s << QString::number(m.minMs, 'f', 2) << u" ms | "_s
              << QString::number(m.medianCpuMs, 'f', 1) << u" ms | "_s << m.runs << u" | "_s << m.target << u" |\n"_s;
    }
    out().flush();
}

// Every student's grade from the class in memory, as the grid recomputes it.
Measure recompute(const GradebookData &data, const QString &name, const QString &size, int runs)
{
    double checksum = 0;
    Measure m = time(name, size, runs, u"< 10 ms"_s, [&] {
        for (int st = 0; st < data.studentCount(); ++st)
            checksum += data.gradeOf(st).finalPercent.value_or(0);
    });
    if (checksum < 0) // keeps the work from being optimised away
        out() << checksum;
    return m;
}

// The raw reference of the grid's load: the same score rows of the class read
// with a bare sqlite3_step loop, every column fetched and nothing built. No
// load through SQLite can be faster than this on the same query plan.
double bareScoreLoop(Store &store, const QString &classId)
{
    sqlite3 *db = SqliteStatement::handleOf(store.database().connection());
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT assignment_id, student_id, points, letter, missing, late, excused, exempt, days_late, "
                      "comment FROM score WHERE class_id = ? AND deleted = 0";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        qFatal("prepare: %s", sqlite3_errmsg(db));
    const QByteArray id = classId.toUtf8();
    sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    double sum = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        sum += double(sqlite3_column_bytes(stmt, 0)) + double(sqlite3_column_bytes(stmt, 1));
        (void)sqlite3_column_text(stmt, 0);
        (void)sqlite3_column_text(stmt, 1);
        sum += sqlite3_column_double(stmt, 2);
        (void)sqlite3_column_text(stmt, 3);
        for (int c = 4; c <= 8; ++c)
            sum += double(sqlite3_column_int64(stmt, c));
        (void)sqlite3_column_text(stmt, 9);
    }
    sqlite3_finalize(stmt);
    return sum;
}

// Two pieces of work timed in alternation (A, B, A, B, ...) after one warm-up
// each, so a busy neighbour on the shared machine slows both alike.
std::pair<Measure, Measure> timeAlternating(const Measure &a, const std::function<void()> &workA, const Measure &b,
                                            const std::function<void()> &workB, int runs)
{
    workA();
    workB();
    std::vector<double> ms[2], cpu[2];
    for (int i = 0; i < runs; ++i) {
        for (int k = 0; k < 2; ++k) {
            const std::clock_t cpuStart = std::clock();
            QElapsedTimer t;
            t.start();
            (k == 0 ? workA : workB)();
            ms[k].push_back(double(t.nsecsElapsed()) / 1e6);
            cpu[k].push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        }
    }
    Measure ra = a, rb = b;
    for (auto [m, k] : {std::pair{&ra, 0}, std::pair{&rb, 1}}) {
        m->medianMs = median(ms[k]);
        m->minMs = *std::min_element(ms[k].cbegin(), ms[k].cend());
        m->medianCpuMs = median(cpu[k]);
        m->runs = runs;
    }
    return {ra, rb};
}

// The exports of issues 3 and 15, and where their time goes.
QList<Measure> exportMeasures(Store &store, const QString &classId, const GradebookData &snapshot, const QDir &dir,
                              const QString &size, int exportRuns)
{
    QList<Measure> measures;
    const QString file = dir.filePath(u"export.csv"_s);
    for (const auto &[format, label] :
         {std::pair{GradebookExport::Format::K12, u"k12"_s}, std::pair{GradebookExport::Format::Canvas, u"canvas"_s}}) {
        GradebookExport::Options options;
        options.format = format;
        measures << time(u"export to CSV file, %1 (read + grade + write)"_s.arg(label), size, exportRuns, u"< 400 ms"_s,
                         [&] {
                             if (!GradebookExport::writeFile(store, classId, options, file))
                                 qFatal("export failed");
                         });
    }
    {
        GradebookExport::Options options;
        options.delimiter = u';';
        options.decimalComma = true;
        measures << time(u"export to CSV file, k12, `;` and decimal commas"_s, size, exportRuns, u"< 400 ms"_s, [&] {
            if (!GradebookExport::writeFile(store, classId, options, file))
                qFatal("export failed");
        });
        options = {};
        options.fileType = GradebookExport::FileType::Xlsx;
        const QString xlsx = dir.filePath(u"export.xlsx"_s);
        measures << time(u"export to XLSX file, k12 (read + grade + write)"_s, size, exportRuns, u"< 600 ms"_s, [&] {
            if (const Status s = GradebookExport::writeFile(store, classId, options, xlsx); !s)
                qFatal("export failed: %s", qPrintable(s.error()));
        });
        measures << time(u"  of which: libxlsxwriter from the sheet in memory"_s, size, exportRuns, QString(), [&] {
            (void)XlsxWriter::toBytes(GradebookExport::toSheet(snapshot, GradebookExport::Format::K12));
        });
    }
    // Where the export's time goes.
    measures << time(u"  of which: grade + format k12 CSV in memory"_s, size, exportRuns, QString(),
                     [&] { (void)GradebookExport::toCsv(snapshot, {}); });

    return measures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = bench::quickMode(argc, argv);
    ClassGenerator::Spec spec;
    QStringList args = app.arguments().mid(1);
    args.removeAll(u"--quick"_s);
    const bool loadOnly = args.removeAll(u"--load-only"_s) > 0;
    int profileLoads = 0;
    if (const qsizetype p = args.indexOf(u"--profile-load"_s); p >= 0 && p + 1 < args.size()) {
        profileLoads = args.at(p + 1).toInt();
        args.remove(p, 2);
    }
    QString profileDir;
    if (const qsizetype p = args.indexOf(u"--profile"_s); p >= 0 && p + 1 < args.size()) {
        profileDir = args.at(p + 1);
        args.remove(p, 2);
    }
    if (args.size() == 3) {
        spec.students = args.at(0).toInt();
        spec.assignments = args.at(1).toInt();
        spec.categories = args.at(2).toInt();
    }
    const QString size = u"%1 x %2, %3 categories"_s.arg(spec.students).arg(spec.assignments).arg(spec.categories);
    const QString shortSize = u"%1 x %2"_s.arg(spec.students).arg(spec.assignments);

    QTemporaryDir temp;
    QDir dir(profileDir.isEmpty() ? temp.path() : profileDir);
    dir.mkpath(u"."_s);
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
    if (!opened) {
        QTextStream(stderr) << opened.error() << u'\n';
        return 1;
    }
    Store &store = **opened;
    QElapsedTimer generation;
    generation.start();
    Result<ClassGenerator::Generated> generated = Error{QString()};
    const QString className = u"Benchmark %1x%2"_s.arg(spec.students).arg(spec.assignments);
    for (const SchoolClass &c : ClassRepository(store).list())
        if (c.name == className && !generated)
            generated = ClassGenerator::Generated{c.id, {}, {}, {}};
    if (!generated)
        generated = ClassGenerator::generate(store, spec);
    if (!generated) {
        QTextStream(stderr) << generated.error() << u'\n';
        return 1;
    }
    out() << u"Generated %1 in %2 s.\n\n"_s.arg(size).arg(double(generation.elapsed()) / 1000, 0, 'f', 1);
    out().flush();

    if (profileLoads > 0) { // only the load, for `perf record`
        QUndoStack undo;
        GradebookModel model(store, &undo);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < profileLoads; ++i) {
            model.setClassId(QString());
            model.setClassId(generated->classId);
        }
        out() << u"%1 loads, %2 ms each\n"_s.arg(profileLoads).arg(double(t.elapsed()) / profileLoads);
        return 0;
    }

    // Quick mode: fewer runs, and no second class.
    const int recomputeRuns = quick ? 21 : 101;
    const int exportRuns = quick ? 3 : 11;
    const int loadRuns = quick ? 5 : 11;
    const int editRuns = quick ? 11 : 51;

    Result<GradebookData> snapshot = GradebookData::load(store, generated->classId);
    if (!snapshot)
        return 1;

    QList<Measure> measures;
    if (!loadOnly)
        measures << recompute(*snapshot, u"full recompute, all students (drop 1)"_s, size, recomputeRuns);
    if (!quick && !loadOnly) {
        // A second class with larger drops exercises the iterative drop search.
        ClassGenerator::Spec dropSpec = spec;
        dropSpec.dropLowest = 3;
        dropSpec.seed = spec.seed + 1;
        Result<ClassGenerator::Generated> dropClass = ClassGenerator::generate(store, dropSpec);
        if (!dropClass) {
            QTextStream(stderr) << dropClass.error() << u'\n';
            return 1;
        }
        Result<GradebookData> dropSnapshot = GradebookData::load(store, dropClass->classId);
        if (!dropSnapshot)
            return 1;
        measures << recompute(*dropSnapshot, u"full recompute, all students (drop 3)"_s, size, recomputeRuns);
    }

    if (!loadOnly)
        measures << exportMeasures(store, generated->classId, *snapshot, dir, size, exportRuns);

    // Grid measurements: the class into the grid's model (next to the bare
    // SQLite loop, alternating), and one typed score through the undo stack to
    // the recomputed Final % of that student.
    Measure gridLoad, bareLoop, dataLoad;
    {
        QUndoStack undo;
        GradebookModel model(store, &undo);
        double sink = 0;
        std::tie(gridLoad, bareLoop) = timeAlternating(
            {u"load the class into the grid model"_s, size, 0, 0, 0, 0, u"< 80 ms"_s},
            [&] {
                model.setClassId(QString());
                model.setClassId(generated->classId);
            },
            {u"  reference: bare sqlite3_step loop over the same score rows"_s, size, 0, 0, 0, 0, QString()},
            [&] { sink += bareScoreLoop(store, generated->classId); }, loadRuns);
        if (sink < 0)
            out() << sink;
        dataLoad = time(u"  of which: read the class from SQLite (GradebookData::load)"_s, size, loadRuns, QString(),
                        [&] { (void)GradebookData::load(store, generated->classId); });
        measures << gridLoad << bareLoop << dataLoad;
    }
    if (!loadOnly) {
        QUndoStack undo;
        GradebookModel model(store, &undo);
        model.setClassId(generated->classId);
        const int column = model.columnForAssignment(0);
        const QModelIndex cell = model.index(7, column);
        const QModelIndex finalCell = model.index(7, model.finalColumn());
        int run = 0;
        QString finalText;
        QObject::connect(&model, &GradebookModel::editRejected,
                         [](const QString &why) { QTextStream(stderr) << u"edit refused: "_s << why << u'\n'; });
        measures << time(u"type one score, Enter: written (rows + outbox + audit), undo step, Final % updated"_s, size,
                         editRuns, u"< 2 ms"_s, [&] {
                             const double points = 1 + (run++ % 9);
                             if (!model.setData(cell, QString::number(points)))
                                 qFatal("edit refused");
                             finalText = finalCell.data().toString();
                         });
        if (finalText.isEmpty() || undo.count() == 0)
            qFatal("the edit did not reach the Final %% column");
    }

    // Other programs on the machine stretch wall-clock times: say how busy it was.
    QFile loadavg(u"/proc/loadavg"_s);
    if (loadavg.open(QIODevice::ReadOnly))
        out() << u"Load average (1, 5, 15 min) before the table: "_s
              << QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2) << u"\n\n"_s;
    printTable(measures);
    out() << u"\nGrid load / bare loop: "_s << QString::number(gridLoad.medianMs / bareLoop.medianMs, 'f', 2)
          << u"x\n\n"_s;

    bench::benchLine(u"grid load %1"_s.arg(shortSize), gridLoad.medianMs, u"ms"_s, bareLoop.medianMs, u"< 80 ms"_s);
    bench::benchLine(u"grid load %1: GradebookData::load"_s.arg(shortSize), dataLoad.medianMs, u"ms"_s,
                     bareLoop.medianMs, QString());
    for (const Measure &m : std::as_const(measures)) {
        if (m.name.startsWith(u"full recompute"_s) || m.name.startsWith(u"export to"_s) ||
            m.name.startsWith(u"type one score"_s))
            bench::benchLine(u"%1, %2"_s.arg(m.name, shortSize), m.medianMs, u"ms"_s, -1, m.target);
    }
    return 0;
}
