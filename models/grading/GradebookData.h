#pragma once

#include "GradeEngine.h"
#include "PeriodMembership.h"
#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace k12 {

class Store;

// One class's gradebook in memory, laid out for speed: students x assignments
// as a dense row-major array of GradeCell (what the engine reads), plus the
// rarely-set parts of a score (letter, comment, revision) in a sparse map.
// Loaded once per class; kept current by the gradebook model as edits land.
class GradebookData
{
    Q_DECLARE_TR_FUNCTIONS(k12::GradebookData)

public:
    struct CellExtra
    {
        QString letter;
        QString comment;
    };

    // Everything a gradebook is made of but its scores, however it was read:
    // the local store (load) or the server's rows (FamilyReports).
    struct Parts
    {
        SchoolClass schoolClass;
        QList<Category> categories;    // by position, then name
        QList<Assignment> assignments; // by position, due date (none first), title
        QList<Student> students;       // the actively enrolled ones, any order
        QList<GradingPeriod> periods;
        QList<FinalOverride> finalOverrides;
        std::optional<GradingScale> scale; // none or empty: the default scale
    };

    static Result<GradebookData> load(Store &store, const QString &classId, const QString &gradingPeriodId = {});
    // A gradebook without scores (every cell empty); setScore() fills it.
    static GradebookData assemble(Parts parts, const QString &gradingPeriodId = {});
    // Students in gradebook order: family name, then given name, ignoring case
    // and accents ("Ávila" before "Baker"), then student number. The grid and
    // every export list students in this order.
    static void sortStudents(QList<Student> &students);

    SchoolClass schoolClass;
    QList<Category> categories;          // by position
    QList<Assignment> assignments;       // grouped by category (category order), then position; uncategorised last
    QList<Student> students;             // by family name, given name
    QList<LetterCutoff> scale;           // the class's letter scale (default when it has none)
    QString gradingPeriodId;             // empty: all periods count
    PeriodMembership periods;            // the class's grading periods, by start date
    QList<FinalOverride> finalOverrides; // final letters the teacher overrode (FinalGrades applies them)

    // The grading period the assignment counts in: its explicit link, else the
    // period containing its due date (PeriodMembership); empty when none.
    QString periodOf(int assignment) const { return periods.periodOf(assignments.at(assignment)); }
    // The engine for one period's assignments (every assignment when periodId is empty).
    GradeEngine engineFor(const QString &periodId) const;

    int studentCount() const { return int(students.size()); }
    int assignmentCount() const { return int(assignments.size()); }
    int studentIndex(const QString &studentId) const { return m_studentIndex.value(studentId, -1); }
    int assignmentIndex(const QString &assignmentId) const { return m_assignmentIndex.value(assignmentId, -1); }
    int categoryIndex(const QString &categoryId) const;

    const GradeCell *row(int student) const { return m_cells.data() + qsizetype(student) * assignments.size(); }
    const GradeCell &cell(int student, int assignment) const { return row(student)[assignment]; }
    const CellExtra *extra(int student, int assignment) const;

    // The full score of a cell (an empty score with the pair's id when none is stored).
    Score scoreAt(int student, int assignment) const;
    // True when the score row exists in the store (possibly emptied since).
    bool isStored(int student, int assignment) const { return m_stored[size_t(cellKey(student, assignment))]; }
    // The change that turns the cell into `after`: only the changed fields of a
    // stored score, every field of a new one (so the row can be created).
    QVariantMap changeTo(const Score &after) const;
    // Updates the cached cell after a write (stored = false for a deleted score row,
    // which must be written whole again: its tombstone keeps old values).
    void setScore(int student, int assignment, const Score &score, bool stored = true);

    const GradeEngine &engine() const { return m_engine; }
    StudentGrade gradeOf(int student) const { return m_engine.compute(row(student)); }
    void rebuildEngine();

private:
    static QList<Assignment> groupedByCategory(const QList<Assignment> &assignments, const QList<Category> &categories);
    qsizetype cellKey(int student, int assignment) const
    {
        return qsizetype(student) * assignments.size() + assignment;
    }

    std::vector<GradeCell> m_cells;
    std::vector<bool> m_stored; // a score row exists for the cell
    QHash<qsizetype, CellExtra> m_extras;
    QHash<QString, int> m_studentIndex;
    QHash<QString, int> m_assignmentIndex;
    GradeEngine m_engine;
};

} // namespace k12
