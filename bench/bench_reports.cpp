// Progress reports benchmark (issue 17): 200 students' reports of a class with
// 40 assignments in 5 categories (target: under 5 s for the batch), as one
// combined PDF and as one PDF per student in a folder, next to its parts:
// loading the class (ReportBuilder) and making the 200 ProgressReport values.
//
//   bench_reports [STUDENTS ASSIGNMENTS RUNS]   (default 200 40 5)
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "models/reports/ReportBuilder.h"
#include "models/reports/ReportPdf.h"
#include "models/store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

int main(int argc, char **argv)
{
    // Laying out PDF pages needs fonts: a GUI application on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int students = args.value(1, u"200"_s).toInt();
    const int assignments = args.value(2, u"40"_s).toInt();
    const int runs = args.value(3, u"5"_s).toInt();

    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
    if (!opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    Store &store = **opened;
    ClassGenerator::Spec spec;
    spec.students = students;
    spec.assignments = assignments;
    Result<ClassGenerator::Generated> generated = ClassGenerator::generate(store, spec);
    if (!generated) {
        out() << generated.error() << Qt::endl;
        return 1;
    }

    ReportOptions options;
    options.teacherName = u"Ms. Rivera"_s;
    options.schoolName = u"Lincoln Middle School"_s;
    std::vector<double> load, build, combined, each;
    qint64 combinedBytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        Result<ReportBuilder> builder = ReportBuilder::load(store, generated->classId, options);
        if (!builder) {
            out() << builder.error() << Qt::endl;
            return 1;
        }
        load.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        QList<ProgressReport> reports;
        for (int i = 0; i < builder->students().size(); ++i)
            reports << builder->report(i);
        build.push_back(double(t.nsecsElapsed()) / 1e6);

        const QString file = QDir(dir.path()).filePath(u"all-%1.pdf"_s.arg(run));
        t.restart();
        Result<ReportPdf::Outcome> one = ReportPdf::writeCombined(reports, file);
        combined.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!one) {
            out() << one.error() << Qt::endl;
            return 1;
        }
        combinedBytes = QFileInfo(file).size();

        t.restart();
        Result<ReportPdf::Outcome> folder =
            ReportPdf::writeEach(reports, QDir(dir.path()).filePath(u"each-%1"_s.arg(run)));
        each.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!folder) {
            out() << folder.error() << Qt::endl;
            return 1;
        }
    }
    out() << u"progress reports: %1 students x %2 assignments, median of %3 runs"_s.arg(students)
                 .arg(assignments)
                 .arg(runs)
          << Qt::endl;
    out() << u"  load the class (ReportBuilder)      %1 ms"_s.arg(median(load), 0, 'f', 1) << Qt::endl;
    out() << u"  make %1 ProgressReport values      %2 ms"_s.arg(students).arg(median(build), 0, 'f', 1) << Qt::endl;
    out() << u"  one combined PDF                    %1 ms (%2 KB)"_s.arg(median(combined), 0, 'f', 0)
                 .arg(combinedBytes / 1024)
          << Qt::endl;
    out() << u"  one PDF per student (folder)        %1 ms"_s.arg(median(each), 0, 'f', 0) << Qt::endl;
    out() << u"  batch total, combined: load + make + write  %1 ms (target < 5000)"_s.arg(
                 median(load) + median(build) + median(combined), 0, 'f', 0)
          << Qt::endl;
    return 0;
}
