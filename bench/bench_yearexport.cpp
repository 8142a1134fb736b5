// The year's export (issue 19): 6 classes x 35 students x 200 assignments (40
// lessons in 4 units each) written as one zip, and where the time goes: the
// gradebook CSV and XLSX, the progress reports PDF, the plan PDFs, per class.
//
// Then the window's way (YearExportJob: the same write on a worker thread with
// its own connection) against the direct call `export year` makes, alternated.
//
//   bench_yearexport [--quick] [CLASSES ASSIGNMENTS LESSONS STUDENTS]   (default 6 200 40 35;
//                    --quick: 2 classes of 30 assignments, 8 lessons, 10 students, 3 runs)
#include "bench/common/BenchOutput.h"
#include "tests/common/RolloverFixture.h"

#include "models/csv/GradebookExport.h"
#include "models/plans/PlanDocument.h"
#include "models/plans/PlanQueries.h"
#include "models/reports/ReportBuilder.h"
#include "models/reports/ReportPdf.h"
#include "models/store/Store.h"
#include "models/yearend/YearExport.h"
#include "models/yearend/YearExportJob.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::out;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool quick = bench::quickMode(argc, argv);
    QStringList args = app.arguments();
    args.removeAll(u"--quick"_s);
    const int classes = args.value(1, quick ? u"2"_s : u"6"_s).toInt();
    const test::CourseShape shape{args.value(2, quick ? u"30"_s : u"200"_s).toInt(),
                                  args.value(3, quick ? u"8"_s : u"40"_s).toInt(),
                                  args.value(4, quick ? u"10"_s : u"35"_s).toInt(), 10};
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
    if (!opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    Store &store = **opened;
    QStringList ids;
    for (int i = 0; i < classes; ++i)
        ids << test::makeCourseClass(store, u"Algebra I"_s, u"P%1"_s.arg(i + 1), u"2025-26 Spring"_s, shape);

    // One class, part by part.
    QElapsedTimer t;
    t.start();
    GradebookExport::Options o;
    (void)GradebookExport::build(store, ids.first(), o);
    const qint64 csvMs = t.restart();
    o.fileType = GradebookExport::FileType::Xlsx;
    (void)GradebookExport::build(store, ids.first(), o);
    const qint64 xlsxMs = t.restart();
    Result<ReportBuilder> builder = ReportBuilder::load(store, ids.first(), {});
    QList<ProgressReport> reports;
    for (int s = 0; s < builder->students().size(); ++s)
        reports << builder->report(s);
    const qint64 buildMs = t.restart();
    Result<QByteArray> pdf = ReportPdf::toBytes(reports);
    const qint64 reportsMs = t.restart();
    for (const UnitPlan &u : PlanQueries(store).units(ids.first()))
        (void)PlanDocument::pdfBytes(*PlanDocument::unitHtml(store, u.id), u.title);
    const qint64 plansMs = t.restart();
    out() << "one class: gradebook CSV " << csvMs << " ms, XLSX " << xlsxMs << " ms, reports (build " << buildMs
          << " ms, PDF " << reportsMs << " ms, " << (pdf ? pdf->size() : 0) << " bytes), plans PDF " << plansMs << " ms"
          << Qt::endl;

    YearExport::Options options;
    options.term = u"2025-26 Spring"_s;
    options.path = dir.filePath(u"year.zip"_s);
    t.restart();
    int shown = 0;
    Result<YearExport::Outcome> r = YearExport::write(store, options, [&](int done, int total, const QString &) {
        if (done > shown) // asked before every part of a class: one line per class written
            out() << "  class " << (shown = done) << "/" << total << " at " << t.elapsed() << " ms" << Qt::endl;
        return true;
    });
    if (!r) {
        out() << r.error() << Qt::endl;
        return 1;
    }
    out() << "year export of " << classes << " x " << shape.students << " x " << shape.assignments << ": "
          << t.elapsed() << " ms, " << r->files.size() << " files, " << QFileInfo(options.path).size() << " bytes"
          << Qt::endl;

    // The window's way against the direct call, alternated on the same profile (the machine is shared).
    const int runs = quick ? 3 : 5;
    std::vector<double> direct, worker;
    for (int run = 0; run < runs; ++run) {
        t.restart();
        if (!YearExport::write(store, options))
            return 1;
        direct.push_back(double(t.elapsed()));
        YearExportJob job;
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&job, &YearExportJob::finished, &loop, [&](const Result<YearExport::Outcome> &done) {
            ok = done.ok();
            loop.quit();
        });
        t.restart();
        job.start(dir.path(), options);
        loop.exec();
        worker.push_back(double(t.elapsed()));
        if (!ok)
            return 1;
    }
    const double directMs = bench::median(direct), workerMs = bench::median(worker);
    out() << "\n| year export, " << runs << " runs | median |\n|---|---|\n"
          << "| direct (`export year`) | " << directMs << " ms |\n"
          << "| window (worker thread) | " << workerMs << " ms |\n";
    bench::benchLine(u"year export of %1 classes, window's worker thread"_s.arg(classes), workerMs, u"ms"_s, directMs,
                     u"<= 1.1x the direct write (the window's thread stays free)"_s);
    return 0;
}
