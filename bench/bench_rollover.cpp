// Rollover benchmark (issue 19): 6 classes x 200 assignments, 40 lessons and
// 35 students each (scores on every assignment) rolled over to a new term with
// everything carried and the roster kept, as the one action (one transaction,
// one undo step), target < 1 s; and the undo of it. Median of 5 fresh profiles.
//
//   bench_rollover [CLASSES ASSIGNMENTS LESSONS STUDENTS]   (default 6 200 40 35)
#include "bench/common/BenchOutput.h"
#include "tests/common/RolloverFixture.h"

#include "models/actions/RolloverActions.h"
#include "models/backup/BackupService.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int classes = args.value(1, u"6"_s).toInt();
    const test::CourseShape shape{args.value(2, u"200"_s).toInt(), args.value(3, u"40"_s).toInt(),
                                  args.value(4, u"35"_s).toInt(), 10};
    std::vector<double> runs, undos, snapshots;
    qsizetype rows = 0;
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
        if (!opened) {
            out() << opened.error() << Qt::endl;
            return 1;
        }
        Store &store = **opened;
        RolloverOptions o;
        for (int i = 0; i < classes; ++i)
            o.classIds << test::makeCourseClass(store, u"Algebra I"_s, u"P%1"_s.arg(i + 1), u"2026-27 Fall"_s, shape);
        o.toTerm = u"2026-27 Spring"_s;
        o.keepRoster = true;
        QUndoStack stack;
        // The before-rollover backup as the action takes it, timed on its own.
        RolloverActions::setSnapshotHook([&](const QString &reason) -> Status {
            QElapsedTimer b;
            b.start();
            const Result<BackupInfo> made = BackupService(dir.path()).snapshot(reason);
            snapshots.push_back(b.nsecsElapsed() / 1e6);
            return made ? Status{} : Status{Error{made.error()}};
        });
        QElapsedTimer t;
        t.start();
        const Result<RolloverPlan> plan = RolloverActions{ActionRunner(store, &stack)}.run(o);
        runs.push_back(t.nsecsElapsed() / 1e6);
        if (!plan || stack.count() != 1) {
            out() << "rollover failed: " << (plan ? u"no undo step"_s : plan.error()) << Qt::endl;
            return 1;
        }
        rows = plan->changes.size();
        t.restart();
        stack.undo();
        undos.push_back(t.nsecsElapsed() / 1e6);
    }
    out() << u"rollover of %1 classes x %2 assignments, %3 lessons, %4 students: %5 rows written"_s.arg(classes)
                 .arg(shape.assignments)
                 .arg(shape.lessons)
                 .arg(shape.students)
                 .arg(rows)
          << Qt::endl;
    out() << u"  rollover (plan + one transaction + undo step): median %1 ms (target < 1000)"_s.arg(median(runs), 0,
                                                                                                    'f', 1)
          << Qt::endl;
    out() << u"  of which the before-rollover backup: median %1 ms"_s.arg(median(snapshots), 0, 'f', 1) << Qt::endl;
    out() << u"  undo of it: median %1 ms"_s.arg(median(undos), 0, 'f', 1) << Qt::endl;
    return 0;
}
