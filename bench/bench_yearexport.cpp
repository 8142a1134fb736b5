// The year's export (issue 19): 6 classes x 35 students x 200 assignments (40
// lessons in 4 units each) written as one zip, and where the time goes: the
// gradebook CSV and XLSX, the progress reports PDF, the plan PDFs, per class.
//
//   bench_yearexport [CLASSES ASSIGNMENTS LESSONS STUDENTS]   (default 6 200 40 35)
#include "bench/common/BenchOutput.h"
#include "tests/common/RolloverFixture.h"

#include "models/csv/GradebookExport.h"
#include "models/plans/PlanDocument.h"
#include "models/plans/PlanQueries.h"
#include "models/reports/ReportBuilder.h"
#include "models/reports/ReportPdf.h"
#include "models/store/Store.h"
#include "models/yearend/YearExport.h"

#include <QElapsedTimer>
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
    const QStringList args = app.arguments();
    const int classes = args.value(1, u"6"_s).toInt();
    const test::CourseShape shape{args.value(2, u"200"_s).toInt(), args.value(3, u"40"_s).toInt(),
                                  args.value(4, u"35"_s).toInt(), 10};
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
    return 0;
}
