// Insight tab benchmark (issue 16): the refresh the tab runs after one typed
// score on a 200 x 1000 class (target: one frame, < 16 ms), with where its
// time goes, next to the full refresh when a class opens and the rebuild of
// the Final % of 14 days ago from the audit log.
//
//   bench_insight [STUDENTS ASSIGNMENTS CATEGORIES]   (default 200 1000 5)
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "kernel/domain/Clock.h"
#include "models/insight/AtRiskModel.h"
#include "models/insight/InsightReport.h"
#include "models/insight/MissingWorkModel.h"
#include "models/insight/WhatItTakesModel.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/store/Database.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

namespace {

// `prepare` runs before each timed run, untimed (the edit the refresh follows).
void report(const QString &name, const QString &size, int runs, const QString &target,
            const std::function<void()> &work, const std::function<void()> &prepare = {})
{
    if (prepare)
        prepare();
    work(); // warm-up
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    out() << u"| "_s << name << u" | "_s << size << u" | "_s << QString::number(median(ms), 'f', 2) << u" ms | "_s
          << QString::number(*std::min_element(ms.cbegin(), ms.cend()), 'f', 2) << u" ms | "_s << runs << u" | "_s
          << target << u" |\n"_s;
    out().flush();
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
    const QString size =
        u"%1 x %2, %3 categories, drop 1"_s.arg(spec.students).arg(spec.assignments).arg(spec.categories);
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
    if (!opened) {
        QTextStream(stderr) << opened.error() << u'\n';
        return 1;
    }
    Store &store = **opened;
    Result<ClassGenerator::Generated> generated = ClassGenerator::generate(store, spec);
    if (!generated) {
        QTextStream(stderr) << generated.error() << u'\n';
        return 1;
    }

    QUndoStack undo;
    GradebookModel model(store, &undo);
    model.setClassId(generated->classId);
    const GradebookData &data = model.gradebook();
    InsightReport insight;
    AtRiskModel atRisk;
    MissingWorkModel missing;
    WhatItTakesModel whatItTakes;
    // What InsightPanel::refresh() runs, less the charts.
    auto refresh = [&](const QSet<int> &students, const QSet<int> &assignments, bool all) {
        std::vector<std::optional<double>> finals(size_t(model.rowCount()));
        for (int s = 0; s < model.rowCount(); ++s)
            finals[size_t(s)] = model.gradeOf(s).finalPercent;
        insight.refresh(data, finals, students, assignments, all);
        atRisk.setStudents(data, insight.atRisk(), insight.criteria());
        missing.setMissingWork(data, insight.missingWork(), MissingWork::Order::ByStudent);
        whatItTakes.setRows(data, insight.whatItTakes());
    };

    out() << u"| measure | class | median | min | runs | target |\n|---|---|---|---|---|---|\n"_s;
    // The score typed before each run (untimed): a new value in a rotating cell.
    int run = 0;
    int student = 0;
    int assignment = 0;
    auto typeOne = [&] {
        ++run;
        student = (run * 7) % data.studentCount();
        assignment = (run * 13) % data.assignmentCount();
        const QModelIndex cell = model.index(student, model.columnForAssignment(assignment));
        if (!model.setData(cell, QString::number(run % 10)))
            qFatal("edit failed");
    };
    report(
        u"refresh after one typed score (what the tab runs)"_s, size, 51, u"< 16 ms"_s,
        [&] { refresh({student}, {assignment}, false); }, typeOne);
    std::vector<std::optional<double>> finals(size_t(model.rowCount()));
    for (int s = 0; s < model.rowCount(); ++s)
        finals[size_t(s)] = model.gradeOf(s).finalPercent;
    report(u"  of which: class statistics (finals, letters, the edited assignment)"_s, size, 51, QString(), [&] {
        ClassStatistics stats = insight.statistics();
        stats.update(data, finals, {assignment});
    });
    report(u"  (class statistics, every assignment: when a class opens)"_s, size, 51, QString(),
           [&] { (void)ClassStatistics::compute(data, finals); });
    report(u"  of which: at-risk list"_s, size, 51, QString(),
           [&] { (void)AtRisk::compute(data, finals, {}, {}, insight.criteria()); });
    report(u"  of which: missing work"_s, size, 51, QString(), [&] { (void)MissingWork::compute(data); });
    report(u"  of which: what it takes, the edited student (12 letters)"_s, size, 51, QString(),
           [&] { (void)WhatItTakes::forStudent(data, student); });
    report(u"  of which: the three item models"_s, size, 51, QString(), [&] {
        atRisk.setStudents(data, insight.atRisk(), insight.criteria());
        missing.setMissingWork(data, insight.missingWork(), MissingWork::Order::ByStudent);
        whatItTakes.setRows(data, insight.whatItTakes());
    });
    report(u"full refresh (class opened, structure or chooser changed)"_s, size, 11, QString(),
           [&] { refresh({}, {}, true); });
    report(u"what it takes, one assignment chosen, all students"_s, size, 11, QString(), [&] {
        for (int s = 0; s < data.studentCount(); ++s)
            (void)WhatItTakes::forStudent(data, s, data.assignmentCount() - 1);
    });
    // The generated class was written just now: every score is rewound (its worst case).
    report(u"Final % of 14 days ago from the audit log, every score new since (class opened)"_s, size, 5, QString(),
           [&] { (void)ScoreHistory::finalsAsOf(store, data, Clock::currentDateTimeUtc().addDays(-14)); });
    // The Insight tab runs that on a worker thread with a connection of its own: the window's part
    // is copying the class for it; the worker's the rebuild plus opening the connection.
    report(u"  on a worker: the window's part (a copy of the class for the worker)"_s, size, 11, u"< 16 ms"_s, [&] {
        GradebookData copy = data;
        (void)copy;
    });
    report(u"  on a worker: the worker's part (own connection + rebuild)"_s, size, 5, QString(), [&] {
        (void)ScoreHistory::finalsAsOfFile(store.database().path(), data, Clock::currentDateTimeUtc().addDays(-14));
    });
    return 0;
}
