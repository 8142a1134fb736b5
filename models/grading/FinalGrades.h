#pragma once

#include "TermFinals.h"

#include <QCoreApplication>
#include <QHash>

namespace k12 {

// A student's final in a period (or the course) as a report card shows it.
struct FinalGrade
{
    std::optional<double> percent; // TermFinals; an override never changes it
    QString computedLetter;        // the scale's letter for percent
    QString letter;                // what is reported: the override's letter, else computedLetter
    bool overridden = false;
    QString reason; // the override's reason
};

// Term finals with the teacher's overrides applied: the one place the grid,
// the CLI and the export read a reported final letter from. Built once per
// refresh (the percentages are computed once per period and kept).
class FinalGrades
{
    Q_DECLARE_TR_FUNCTIONS(k12::FinalGrades)

public:
    // The overrides are the gradebook's (GradebookData::finalOverrides).
    // students: as for TermFinals (every row when empty).
    explicit FinalGrades(const GradebookData &data, const QList<int> &students = {});

    // periodId empty: the course's final over every assignment.
    FinalGrade of(int student, const QString &periodId) const;
    const TermFinals &terms() const { return m_terms; }
    bool hasOverrides() const { return !m_overrides.isEmpty(); }

    // "Overridden from B: moved up after the retake" (computed letter "—" when there is none).
    static QString overrideNote(const FinalGrade &grade);
    // "B+ *" for an overridden letter, else the letter.
    static QString shownLetter(const FinalGrade &grade);

private:
    const GradebookData &m_data;
    TermFinals m_terms;
    QHash<QString, FinalOverride> m_overrides; // by FinalOverride::idFor
};

} // namespace k12
