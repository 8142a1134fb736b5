#include "MasteryReport.h"

#include "StandardQueries.h"
#include "kernel/sqlite/SqliteStatement.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

// MasteryReport from the local store (k12_models); the rest of the class is
// pure computation in k12_gradecore, which the server links too.

namespace {

// "2026-09-07" or "2026-09-07T10:00:00" read without building a QString.
QDate isoDate(const QByteArray &text)
{
    if (text.size() < 10 || text.at(4) != '-' || text.at(7) != '-')
        return {};
    bool ok[3] = {};
    const int y = text.left(4).toInt(&ok[0]);
    const int m = text.mid(5, 2).toInt(&ok[1]);
    const int d = text.mid(8, 2).toInt(&ok[2]);
    return ok[0] && ok[1] && ok[2] ? QDate(y, m, d) : QDate();
}

} // namespace

Result<MasteryReport> MasteryReport::build(Store &store, const QString &classId, std::optional<Mastery::Method> method,
                                           std::optional<double> param)
{
    std::optional<SchoolClass> c = ClassRepository(store).find(classId);
    if (!c)
        return fail(tr("That class no longer exists."));
    MasteryReport report;
    // standards() sorts by code, as begin() does again (stable: the same order).
    report.begin(*c, StudentRepository(store).enrolledIn(classId), StandardQueries(store).standards(classId));

    QHash<QString, int> studentIndex;
    for (int i = 0; i < report.m_students.size(); ++i)
        studentIndex.insert(report.m_students.at(i).id, i);
    QHash<QString, int> standardIndex;
    for (int i = 0; i < report.m_standards.size(); ++i)
        standardIndex.insert(report.m_standards.at(i).id, i);
    QHash<QString, QString> titles;
    for (const Assignment &a : AssignmentRepository(store).forClass(classId))
        titles.insert(a.id, a.title);

    // Straight from SQLite with ids looked up as UTF-8 bytes: a class of 200
    // students x 100 standards x 20 levels is 400,000 rows, and the Mastery
    // tab reloads after every level entered.
    QHash<QByteArray, int> studentByUtf8;
    QHash<QByteArray, int> standardByUtf8;
    for (auto it = studentIndex.cbegin(); it != studentIndex.cend(); ++it)
        studentByUtf8.insert(it.key().toUtf8(), it.value());
    for (auto it = standardIndex.cbegin(); it != standardIndex.cend(); ++it)
        standardByUtf8.insert(it.key().toUtf8(), it.value());
    QHash<QByteArray, QString> titleByUtf8;
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        titleByUtf8.insert(it.key().toUtf8(), it.value());
    SqliteStatement q(SqliteStatement::handleOf(store.database().connection()),
                      u"SELECT student_id, standard_id, assignment_id, score, assessed_at, rowid, id "
                      "FROM mastery_score WHERE class_id = ? AND deleted = 0"_s);
    q.bindText(0, classId);
    const auto columns = size_t(report.m_standards.size());
    while (q.next()) {
        const int s = studentByUtf8.value(q.rawUtf8(0), -1);
        const int t = standardByUtf8.value(q.rawUtf8(1), -1);
        if (s < 0 || t < 0)
            continue; // a dropped student or a deleted standard
        Evidence e;
        if (!q.isNull(2)) {
            const QByteArray assignment = q.rawUtf8(2);
            const auto title = titleByUtf8.constFind(assignment);
            // Evidence of a deleted assignment goes with it, as its points do; undo brings both back.
            if (title == titleByUtf8.cend()) {
                if (!assignment.isEmpty())
                    continue;
            } else {
                e.assignmentId = QString::fromUtf8(assignment);
                e.assignmentTitle = title.value();
            }
        }
        e.score = q.real(3);
        e.date = isoDate(q.rawUtf8(4));
        e.entry = q.integer(5);
        e.id = q.text(6);
        report.m_cells[size_t(s) * columns + size_t(t)].evidence.push_back(std::move(e));
    }
    if (!q.error().isEmpty())
        return fail(tr("Cannot read the mastery evidence: %1").arg(q.error()));
    report.finish(method, param);
    return report;
}

} // namespace k12
