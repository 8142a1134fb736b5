// Gradebook benchmarks (issue 3): generates a class in a temp profile, then
// times the full grade recompute and the CSV export, printing the median of
// repeated runs as a table for docs/benchmarks.md.
//
//   bench_gradebook [STUDENTS ASSIGNMENTS CATEGORIES]   (default 200 1000 5)
//
// Model load into the grid and one cell edit through the undo stack are the
// other two numbers the issue asks for; they belong to the grid's model and
// are to be added below (see "Grid measurements"), reusing k12_benchgen.
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "models/csv/GradebookExport.h"
#include "models/grading/GradeEngine.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/sheet/XlsxWriter.h"
#include "models/store/Store.h"

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
Measure recompute(const GradebookData &data, const QString &name, const QString &size)
{
    double checksum = 0;
    Measure m = time(name, size, 101, u"< 10 ms"_s, [&] {
        for (int st = 0; st < data.studentCount(); ++st)
            checksum += data.gradeOf(st).finalPercent.value_or(0);
    });
    if (checksum < 0) // keeps the work from being optimised away
        out() << checksum;
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ClassGenerator::Spec spec;
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3) {
        spec.students = args.at(0).toInt();
        spec.assignments = args.at(1).toInt();
        spec.categories = args.at(2).toInt();
    }
    const QString size = u"%1 x %2, %3 categories"_s.arg(spec.students).arg(spec.assignments).arg(spec.categories);

    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
    if (!opened) {
        QTextStream(stderr) << opened.error() << u'\n';
        return 1;
    }
    Store &store = **opened;
    QElapsedTimer generation;
    generation.start();
    Result<ClassGenerator::Generated> generated = ClassGenerator::generate(store, spec);
    if (!generated) {
        QTextStream(stderr) << generated.error() << u'\n';
        return 1;
    }
    out() << u"Generated %1 in %2 s.\n\n"_s.arg(size).arg(double(generation.elapsed()) / 1000, 0, 'f', 1);

    // A second class with larger drops exercises the iterative drop search.
    ClassGenerator::Spec dropSpec = spec;
    dropSpec.dropLowest = 3;
    dropSpec.seed = spec.seed + 1;
    Result<ClassGenerator::Generated> dropClass = ClassGenerator::generate(store, dropSpec);
    if (!dropClass) {
        QTextStream(stderr) << dropClass.error() << u'\n';
        return 1;
    }

    Result<GradebookData> snapshot = GradebookData::load(store, generated->classId);
    Result<GradebookData> dropSnapshot = GradebookData::load(store, dropClass->classId);
    if (!snapshot || !dropSnapshot)
        return 1;

    QList<Measure> measures;
    measures << recompute(*snapshot, u"full recompute, all students (drop 1)"_s, size);
    measures << recompute(*dropSnapshot, u"full recompute, all students (drop 3)"_s, size);

    const QString file = QDir(dir.path()).filePath(u"export.csv"_s);
    for (const auto &[format, label] :
         {std::pair{GradebookExport::Format::K12, u"k12"_s}, std::pair{GradebookExport::Format::Canvas, u"canvas"_s}}) {
        GradebookExport::Options options;
        options.format = format;
        measures << time(u"export to CSV file, %1 (read + grade + write)"_s.arg(label), size, 11, u"< 400 ms"_s, [&] {
            if (!GradebookExport::writeFile(store, generated->classId, options, file))
                qFatal("export failed");
        });
    }
    {
        GradebookExport::Options options;
        options.delimiter = u';';
        options.decimalComma = true;
        measures << time(u"export to CSV file, k12, `;` and decimal commas"_s, size, 11, u"< 400 ms"_s, [&] {
            if (!GradebookExport::writeFile(store, generated->classId, options, file))
                qFatal("export failed");
        });
        options = {};
        options.fileType = GradebookExport::FileType::Xlsx;
        const QString xlsx = QDir(dir.path()).filePath(u"export.xlsx"_s);
        measures << time(u"export to XLSX file, k12 (read + grade + write)"_s, size, 11, u"< 600 ms"_s, [&] {
            if (const Status s = GradebookExport::writeFile(store, generated->classId, options, xlsx); !s)
                qFatal("export failed: %s", qPrintable(s.error()));
        });
        measures << time(u"  of which: libxlsxwriter from the sheet in memory"_s, size, 11, QString(), [&] {
            (void)XlsxWriter::toBytes(GradebookExport::toSheet(*snapshot, GradebookExport::Format::K12));
        });
    }
    // Where the export's time goes.
    measures << time(u"  of which: read the class from SQLite"_s, size, 11, QString(),
                     [&] { (void)GradebookData::load(store, generated->classId); });
    measures << time(u"  of which: grade + format k12 CSV in memory"_s, size, 11, QString(),
                     [&] { (void)GradebookExport::toCsv(*snapshot, {}); });

    // Grid measurements: the class into the grid's model, and one typed score
    // through the undo stack to the recomputed Final % of that student.
    {
        QUndoStack undo;
        GradebookModel model(store, &undo);
        measures << time(u"load the class into the grid model"_s, size, 11, u"< 150 ms"_s, [&] {
            model.setClassId(QString());
            model.setClassId(generated->classId);
        });
        const int column = model.columnForAssignment(0);
        const QModelIndex cell = model.index(7, column);
        const QModelIndex finalCell = model.index(7, model.finalColumn());
        int run = 0;
        QString finalText;
        measures << time(u"type one score, Enter: written (rows + outbox + audit), undo step, Final % updated"_s, size,
                         51, u"< 2 ms"_s, [&] {
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
    return 0;
}
