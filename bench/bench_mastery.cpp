// Standards mastery benchmark (issue 16): every cell of a 200 students x 100
// standards class with 20 pieces of evidence each (400,000 mastery_score
// rows), computed with each of the eight methods (target: < 20 ms), next to
// loading the report from the store (what the Mastery tab does when a class
// opens or a level is entered).
//
//   bench_mastery [STUDENTS STANDARDS EVIDENCE]   (default 200 100 20)
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "kernel/domain/Ids.h"
#include "models/mastery/MasteryReport.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

namespace {} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int students = args.value(1, u"200"_s).toInt();
    const int standards = args.value(2, u"100"_s).toInt();
    const int evidence = args.value(3, u"20"_s).toInt();

    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
    if (!opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    Store &store = **opened;
    ClassGenerator::Spec spec;
    spec.students = students;
    spec.assignments = evidence; // one piece of evidence per assignment and standard
    spec.graded = 0;
    Result<ClassGenerator::Generated> generated = ClassGenerator::generate(store, spec);
    if (!generated) {
        out() << generated.error() << Qt::endl;
        return 1;
    }
    const QString classId = generated->classId;

    QElapsedTimer setup;
    setup.start();
    ChangeList standardRows;
    QStringList standardIds;
    for (int t = 0; t < standards; ++t) {
        const QString id = newId();
        standardIds.append(id);
        standardRows.append(Change::upsert(
            u"standard"_s, id, {{u"class_id"_s, classId}, {u"code"_s, u"S.%1"_s.arg(t + 1)}, {u"description"_s, {}}}));
    }
    if (!store.apply(u"bench"_s, standardRows)) {
        out() << "standards not written" << Qt::endl;
        return 1;
    }
    QRandomGenerator random(20261206);
    // One transaction per student keeps each write's size reasonable.
    for (const QString &student : generated->studentIds) {
        ChangeList rows;
        rows.reserve(qsizetype(standards) * evidence);
        for (const QString &standard : standardIds) {
            for (int k = 0; k < evidence; ++k) {
                rows.append(Change::upsert(u"mastery_score"_s, newId(),
                                           {{u"class_id"_s, classId},
                                            {u"standard_id"_s, standard},
                                            {u"student_id"_s, student},
                                            {u"assignment_id"_s, generated->assignmentIds.at(k)},
                                            {u"score"_s, 1 + random.bounded(7) / 2.0},
                                            {u"assessed_at"_s, QDate(2026, 9, 1).addDays(k).toString(Qt::ISODate)}}));
            }
        }
        if (!store.apply(u"bench"_s, rows)) {
            out() << "evidence not written" << Qt::endl;
            return 1;
        }
    }
    const QString size = u"%1 x %2 x %3"_s.arg(students).arg(standards).arg(evidence);
    out() << u"Generated "_s << size << u" in "_s << setup.elapsed() << u" ms\n\n"_s;
    out() << u"| work | size | median | target |\n|---|---|---|---|\n"_s;

    std::vector<double> loads;
    Result<MasteryReport> report = MasteryReport::build(store, classId);
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        report = MasteryReport::build(store, classId);
        loads.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (!report) {
        out() << report.error() << Qt::endl;
        return 1;
    }
    out() << u"| load the report from the store (MasteryReport::build) | "_s << size << u" | "_s
          << QString::number(median(loads), 'f', 1) << u" ms | - |\n"_s;
    for (int m = 0; m <= int(Mastery::Method::PowerLaw); ++m) {
        const auto method = Mastery::Method(m);
        std::vector<double> ms;
        for (int i = 0; i < 11; ++i) {
            QElapsedTimer t;
            t.start();
            report->recompute(method, report->params());
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        out() << u"| compute every cell, "_s << Mastery::methodKey(method) << u" | "_s << size << u" | "_s
              << QString::number(median(ms), 'f', 2) << u" ms | < 20 ms |\n"_s;
    }
    out().flush();
    return 0;
}
