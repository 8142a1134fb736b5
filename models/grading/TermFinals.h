#pragma once

#include "GradeEngine.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <map>

#include <optional>
#include <vector>

namespace k12 {

class GradebookData;

// Every student's percentage in a grading period, as K-12 report cards give
// it. A period without a formula is the grade of its own assignments (the
// engine of GradebookData::engineFor). A period with a formula (S1 = 40 % Q1
// + 40 % Q2 + 20 % Final Exam) is the weighted mean of its parts:
// - a period part: that period's percentage, itself by formula when it has one;
// - an assignment part: the student's percentage on that one assignment after
//   the class's late and missing rules (excused/exempt: no value);
// - a category part: the student's percentage in that category (its drops
//   applied) over the assignments that fall inside the term's dates: those
//   whose period lies within start..end, or with no period, whose due date does.
// A part with no value yet is left out and the other weights renormalised
// (40/40/20 with the exam ungraded is 50/50). Computed once per period and
// kept: build one TermFinals per refresh, not per cell.
class TermFinals
{
    Q_DECLARE_TR_FUNCTIONS(k12::TermFinals)

public:
    // students: the rows to compute (gradebook indices), every row when empty;
    // the others have no value (the grid recomputes only the edited rows).
    explicit TermFinals(const GradebookData &data, const QList<int> &students = {});

    // Every student's percentage in the period (gradebook order); an empty
    // periodId is the course's final over every assignment.
    const std::vector<std::optional<double>> &percents(const QString &periodId) const;
    std::optional<double> percent(int student, const QString &periodId) const;
    // Per assignment (gradebook order): whether it counts in the period's
    // grade: its own assignments, or for a formula those of its parts (a
    // period part's, recursively; the assignment; the category's in the term).
    std::vector<bool> assignmentsIn(const QString &periodId) const;
    // The letter of a percentage on the class's scale (empty for no value).
    QString letterFor(const std::optional<double> &percent) const;

    // What is wrong with `parts` as the formula of `periodId` (an existing
    // period or, empty, a term still to be added) in a class with these
    // periods, assignments and categories; empty when it is fine.
    static QString formulaProblem(const QString &periodId, const QList<FormulaPart> &parts,
                                  const QList<GradingPeriod> &periods, const QList<Assignment> &assignments,
                                  const QList<Category> &categories);
    // "S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam"; a part that no longer exists reads "?".
    static QString formulaText(const GradingPeriod &period, const QList<GradingPeriod> &periods,
                               const QList<Assignment> &assignments, const QList<Category> &categories);
    // A weight as a teacher writes it: 40, 12.5.
    static QString weightText(double weight);

private:
    const std::vector<std::optional<double>> &compute(const QString &periodId) const;
    std::vector<std::optional<double>> fromFormula(const GradingPeriod &period) const;
    std::vector<std::optional<double>> fromEngine(const GradeEngine &engine, int category = -1) const;
    // A category part's assignments: inside the term's dates (all when it has none).
    bool inTermDates(const GradingPeriod &term, int assignment) const;
    void markIn(const QString &periodId, std::vector<bool> &in, QSet<QString> &seen) const;

    const GradebookData &m_data;
    std::vector<int> m_students;
    // std::map: a reference percents() returned stays valid while other periods are added.
    mutable std::map<QString, std::vector<std::optional<double>>> m_cache;
    mutable QSet<QString> m_inProgress; // guards against a cycle two devices made between them
};

} // namespace k12
