// Missing-work notices benchmark (issue 18): the preview of a whole class
// (what the notice dialog and `notify missing` compute before anything is
// sent: ReportBuilder's missing list per student and each student's guardians)
// and sending the notices, one transaction, on the generator's class with one
// guardian (with an email) per student.
//
//   bench_notices [STUDENTS ASSIGNMENTS RUNS]   (default 200 40 5)
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "kernel/domain/Entities.h"
#include "kernel/domain/Ids.h"
#include "models/actions/FamilyActions.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    ChangeList guardians;
    for (int i = 0; i < generated->studentIds.size(); ++i) {
        Guardian g;
        g.id = newId();
        g.givenName = u"Parent"_s;
        g.familyName = QString::number(i);
        g.email = u"parent%1@example.org"_s.arg(i);
        StudentGuardian link;
        link.studentId = generated->studentIds.at(i);
        link.guardianId = g.id;
        guardians << Change::upsert(u"guardian"_s, g.id, g.toFields())
                  << Change::upsert(u"student_guardian"_s, StudentGuardian::idFor(link.studentId, g.id),
                                    link.toFields());
    }
    if (Result<QList<AppliedChange>> r = store.apply(u"bench"_s, guardians); !r) {
        out() << r.error() << Qt::endl;
        return 1;
    }

    FamilyActions actions{ActionRunner(store)};
    std::vector<double> preview;
    std::optional<MissingNoticePreview> last;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        Result<MissingNoticePreview> p = actions.missingNoticePreview(generated->classId);
        preview.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!p) {
            out() << p.error() << Qt::endl;
            return 1;
        }
        last = std::move(p).value();
    }
    int missing = 0;
    for (const MissingNoticePreview::Entry &e : last->entries)
        missing += int(e.missing.size());
    QElapsedTimer t;
    t.start();
    Result<QStringList> sent = actions.sendMissingNotices(*last);
    const double send = double(t.nsecsElapsed()) / 1e6;
    if (!sent) {
        out() << sent.error() << Qt::endl;
        return 1;
    }
    out() << u"missing-work notices: %1 students x %2 assignments, median of %3 runs"_s.arg(students)
                 .arg(assignments)
                 .arg(runs)
          << Qt::endl;
    out() << u"  preview of the class (%1 missing)   %2 ms"_s.arg(missing).arg(median(preview), 0, 'f', 1) << Qt::endl;
    out() << u"  send %1 notices (one transaction)    %2 ms"_s.arg(sent->size()).arg(send, 0, 'f', 1) << Qt::endl;
    return 0;
}
