// Term finals benchmark (issue 16): S1 = 40 % Q1 + 40 % Q2 + 20 % one
// assignment + 10 % a category on a 200 x 1000 class, computed once per
// refresh (target: not noticeable in the grid, well under one frame), and
// the grid's edit with the term selected next to the same edit with "All".
//
//   bench_finals [STUDENTS ASSIGNMENTS CATEGORIES]   (default 200 1000 5)
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "models/actions/Actions.h"
#include "models/grading/FinalGrades.h"
#include "models/grading/TermFinals.h"
#include "models/itemmodels/GradebookModel.h"
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

void report(const QString &name, const QString &size, int runs, const QString &target,
            const std::function<void()> &work)
{
    work(); // warm-up
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
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

    // Q1 holds the first half of the assignments, Q2 the rest; S1 is the term.
    Actions actions(store);
    GradingPeriod p;
    p.classId = generated->classId;
    p.name = u"Q1"_s;
    p.startDate = QDate(2026, 9, 1);
    p.endDate = QDate(2026, 10, 31);
    const QString q1 = *actions.periods().add(p);
    p.name = u"Q2"_s;
    p.startDate = QDate(2026, 11, 1);
    p.endDate = QDate(2026, 12, 31);
    const QString q2 = *actions.periods().add(p);
    const QStringList &ids = generated->assignmentIds;
    const qsizetype half = ids.size() / 2;
    if (!actions.periods().assign(ids.mid(0, half), q1) || !actions.periods().assign(ids.mid(half), q2))
        qFatal("assign failed");
    const QString s1 = *actions.finals().addTerm(generated->classId, u"S1"_s,
                                                 {{q1, {}, {}, 40},
                                                  {q2, {}, {}, 40},
                                                  {{}, ids.constLast(), {}, 20},
                                                  {{}, {}, generated->categoryIds.constFirst(), 10}});

    QUndoStack undo;
    GradebookModel model(store, &undo);
    model.setClassId(generated->classId);
    const GradebookData &data = model.gradebook();

    out() << u"| measure | class | median | min | runs | target |\n|---|---|---|---|---|---|\n"_s;
    report(u"term finals of every student, S1 = Q1 + Q2 + assignment + category (once per refresh)"_s, size, 51,
           u"< 16 ms"_s, [&] { (void)TermFinals(data).percents(s1); });
    report(u"  of which: one period part (Q1, its own 500 assignments)"_s, size, 51, QString(),
           [&] { (void)TermFinals(data).percents(q1); });
    report(u"finals with letters and overrides (FinalGrades), all students"_s, size, 51, QString(), [&] {
        const FinalGrades finals(data);
        for (int s = 0; s < data.studentCount(); ++s)
            (void)finals.of(s, s1);
    });

    int run = 0;
    auto typeOne = [&] {
        ++run;
        const int student = (run * 7) % data.studentCount();
        const int assignment = (run * 13) % data.assignmentCount();
        if (!model.setData(model.index(student, model.columnForAssignment(assignment)), QString::number(run % 10)))
            qFatal("edit failed");
    };
    model.setGradingPeriod({});
    report(u"one typed score in the grid, period filter All (write + recompute)"_s, size, 51, QString(), typeOne);
    model.setGradingPeriod(s1);
    report(u"one typed score in the grid, period filter S1 (write + recompute + term finals)"_s, size, 51, QString(),
           typeOne);
    return 0;
}
