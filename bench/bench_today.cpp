// The Today report (issue 20) on the search benchmark's profile shape: 6 classes
// x 200 students x 1,000 assignments (1.2 million scores, 3 % missing), 200
// lessons, built once and kept in /tmp/today-bench-profile. The assignments
// are due one after another across the school year (1,000 over 180 school days
// from 24 Aug 2026), each class has a unit around "today" (Wed 9 Dec 2026) with
// lessons on some days, so every section has work to do. Prints the median of
// warm TodayReport::build runs (target < 50 ms) and the sizes of the sections,
// then what the tally triggers (ScoreTally, OutboxTally) cost a bulk write of
// 10,000 cells: the same write with and without them.
//
//   bench_today [RUNS]   (default 21; K12_BENCH_TODAY_PROFILE=DIR to move the cache)
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"
#include "bench/common/SavedTriggers.h"

#include "models/grading/BulkEdits.h"
#include "models/grading/GradebookData.h"
#include "models/plans/PlanDates.h"
#include "models/store/OutboxTally.h"
#include "models/store/Store.h"
#include "models/today/ScoreTally.h"
#include "models/today/TodayReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

namespace {

const QDate kToday(2026, 12, 9);
const QDate kTermStart(2026, 8, 24);

void run(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.database().connection());
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

// Due dates, units and lessons: what the generator does not make.
void dress(Store &store, const QStringList &classIds)
{
    run(store, u"BEGIN IMMEDIATE"_s);
    QSqlQuery q(store.database().connection());
    q.exec(u"SELECT id, position FROM assignment"_s);
    QList<QPair<QString, int>> as;
    while (q.next())
        as.append({q.value(0).toString(), q.value(1).toInt()});
    QSqlQuery due(store.database().connection());
    due.prepare(u"UPDATE assignment SET due_date = ? WHERE id = ?"_s);
    for (const auto &[id, position] : as) {
        due.addBindValue(PlanDates::addSchoolDays(kTermStart, position * 180 / 1000).toString(Qt::ISODate));
        due.addBindValue(id);
        due.exec();
    }
    const QString now = u"2026-12-06T08:00:00.000Z"_s;
    int lessons = 0;
    for (int c = 0; c < classIds.size(); ++c) {
        const QString unitId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        run(store,
            u"INSERT INTO unit_plan (id, updated_at, class_id, title, start_date, end_date) VALUES (?, ?, ?, ?, ?, "
            "?)"_s,
            QVariantList{unitId, now, classIds.at(c), u"Unit %1"_s.arg(c + 1), u"2026-11-02"_s, u"2026-12-18"_s});
        // 33 or 34 lessons a class on the unit's school days, the odd classes leaving today and
        // the next day open ("no plan yet").
        for (QDate d(2026, 11, 2); lessons < 200 * (c + 1) / int(classIds.size()); d = PlanDates::addSchoolDays(d, 1)) {
            if (c % 2 == 1 && (d == kToday || d == kToday.addDays(1)))
                continue;
            run(store,
                u"INSERT INTO lesson (id, updated_at, class_id, unit_id, title, date) VALUES (?, ?, ?, ?, ?, ?)"_s,
                QVariantList{QUuid::createUuid().toString(QUuid::WithoutBraces), now, classIds.at(c), unitId,
                             u"Lesson %1"_s.arg(lessons + 1), d.toString(Qt::ISODate)});
            ++lessons;
        }
    }
    run(store, u"COMMIT"_s);
}

std::unique_ptr<Store> openProfile(const QString &dir)
{
    const bool exists = QFile::exists(QDir(dir).filePath(u"k12.sqlite"_s));
    Result<std::unique_ptr<Store>> opened = Store::open(dir);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    std::unique_ptr<Store> store = std::move(opened).value();
    if (!exists) {
        QElapsedTimer t;
        t.start();
        QStringList ids;
        for (int c = 0; c < 6; ++c) {
            ClassGenerator::Spec spec;
            spec.seed += quint32(c);
            Result<ClassGenerator::Generated> g = ClassGenerator::generate(*store, spec);
            if (!g)
                qFatal("%s", qPrintable(g.error()));
            run(*store, u"UPDATE \"class\" SET name = ? WHERE id = ?"_s,
                QVariantList{u"Class %1"_s.arg(c + 1), g->classId});
            ids << g->classId;
        }
        dress(*store, ids);
        out() << u"(built the profile in "_s << t.elapsed() / 1000 << u" s)\n"_s;
    }
    return store;
}

qint64 count(Store &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// 10,000 cells (50 assignments x 200 students) set to new points through
// Store::apply (rows, outbox, audit: one transaction), as bench_bulk does.
double bulkWrite(Store &store, const GradebookData &data, int run)
{
    QList<CellRef> cells;
    for (int a = 0; a < 50; ++a)
        for (int s = 0; s < data.studentCount(); ++s)
            cells.append({s, (a + 50 * (run % 10)) % data.assignmentCount()});
    // Points no run of this profile has set yet, so every cell changes.
    static const double salt = double(QRandomGenerator::global()->bounded(1000)) / 10000.0;
    const QList<Score> scores = *BulkEdits::apply(data, cells, ScoreEdit::setPoints(0.25 + 0.01 * run + salt));
    ChangeList changes;
    for (const Score &s : scores)
        changes.append(Change::upsert(u"score"_s, s.id, data.changeTo(s)));
    QElapsedTimer t;
    t.start();
    Result<QList<AppliedChange>> r = store.apply(u"bench.bulk"_s, changes);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!r || r->size() != 10000)
        qFatal("bulk write failed: %s", r ? "not 10,000 rows" : qPrintable(r.error()));
    return ms;
}

void bulkCost(Store &store, int runs)
{
    QSqlQuery q(store.database().connection());
    q.exec(u"SELECT id FROM \"class\" ORDER BY name LIMIT 1"_s);
    q.next();
    const GradebookData data = *GradebookData::load(store, q.value(0).toString());
    bench::SavedTriggers triggers(store.database(), {u"score\\_tally\\_%"_s, u"outbox\\_tally\\_%"_s});
    std::vector<double> with, without;
    for (int r = 0; r < runs; ++r) {
        with.push_back(bulkWrite(store, data, 2 * r));
        if (!triggers.drop())
            qFatal("cannot drop the tally triggers");
        without.push_back(bulkWrite(store, data, 2 * r + 1));
        if (!triggers.restore())
            qFatal("cannot put the tally triggers back");
    }
    // The writes without triggers left the tallies behind: recount them for the next run.
    if (Status s = ScoreTally::rebuild(store.database()); !s)
        qFatal("%s", qPrintable(s.error()));
    run(store, u"DELETE FROM outbox_tally"_s);
    for (const QString &sql : OutboxTally::fillStatements())
        run(store, sql);
    const double cost = 100.0 * (median(with) - median(without)) / median(without);
    out() << u"\n| bulk write of 10,000 cells | with the tally triggers | without | cost |\n|---|---|---|---|\n"_s;
    out() << u"| points (\"Set Score\") | "_s << QString::number(median(with), 'f', 1) << u" ms | "_s
          << QString::number(median(without), 'f', 1) << u" ms | "_s << QString::number(cost, 'f', 1) << u" % |\n"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // --quick: a few runs (the cached profile is still built once, at full size).
    const int runs = bench::quickMode(argc, argv) ? 5 : argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 21;
    const QString dir = qEnvironmentVariableIsSet("K12_BENCH_TODAY_PROFILE")
                            ? qEnvironmentVariable("K12_BENCH_TODAY_PROFILE")
                            : u"/tmp/today-bench-profile"_s;
    std::unique_ptr<Store> store = openProfile(dir);
    out() << u"profile: "_s << count(*store, u"SELECT COUNT(*) FROM \"class\""_s) << u" classes, "_s
          << count(*store, u"SELECT COUNT(*) FROM student"_s) << u" students, "_s
          << count(*store, u"SELECT COUNT(*) FROM assignment"_s) << u" assignments, "_s
          << count(*store, u"SELECT COUNT(*) FROM score"_s) << u" scores ("_s
          << count(*store, u"SELECT COUNT(*) FROM score WHERE missing = 1"_s) << u" missing), "_s
          << count(*store, u"SELECT COUNT(*) FROM lesson"_s) << u" lessons\n"_s;

    TodayReport r = TodayReport::build(*store, kToday); // the cold run is not counted
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        r = TodayReport::build(*store, kToday);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    out() << u"\n| TodayReport::build | median | min | max |\n|---|---|---|---|\n"_s;
    out() << u"| 6 x 200 x 1,000 | "_s << QString::number(median(times), 'f', 2) << u" ms (target < 50 ms) | "_s
          << QString::number(*std::min_element(times.begin(), times.end()), 'f', 2) << u" ms | "_s
          << QString::number(*std::max_element(times.begin(), times.end()), 'f', 2) << u" ms |\n"_s;
    bench::benchLine(u"Today report, 6 x 200 x 1,000"_s, median(times), u"ms"_s, -1, u"< 50 ms"_s);
    out() << u"\nsections: "_s << r.lessonsToday.size() << u" lessons today ("_s
          << std::count_if(r.lessonsToday.begin(), r.lessonsToday.end(),
                           [](const TodayReport::LessonItem &l) { return l.noPlan(); })
          << u" without a plan), "_s << r.lessonsTomorrow.size() << u" tomorrow, "_s << r.dueThisWeek.size()
          << u" due this week, "_s << r.ungradedPastDue.size() << u" ungraded past due, "_s << r.studentsMissing.size()
          << u" students with missing work\n"_s;
    bulkCost(*store, std::max(5, runs / 3));
    out().flush();
    return 0;
}
