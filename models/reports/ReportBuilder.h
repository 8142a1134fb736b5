#pragma once

#include "ProgressReport.h"
#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"
#include "models/grading/GradebookData.h"
#include "models/mastery/MasteryReport.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace k12 {

class Store;

// What a batch of reports shares besides the class: who prints it, when, for which period.
struct ReportOptions
{
    QString gradingPeriodId; // empty: the whole course
    QString teacherName;
    QString schoolName;
    QString schoolLogoPath;
    QDate asOf; // invalid: today (Clock)
};

// The rows a class's reports are made from, however they were read: the local
// store (ReportBuilder::load) or the server's database (FamilyReports).
struct ReportSource
{
    std::optional<GradingPeriod> period; // the report's period (one of the class's); none: the whole course
    GradebookData data;                  // loaded for gradebookPeriod(period)
    std::optional<MasteryReport> mastery;
    QList<ReportComment> comments;  // the class's, in the order entered
    QList<FinalOverride> overrides; // the class's, in the order entered
    QList<Guardian> guardians;
    QList<StudentGuardian> links; // in the order they were linked
};

// Loads one class once (gradebook, mastery, comments, final overrides,
// guardians) and makes each student's ProgressReport from it, so a batch of
// 200 reports reads the database a handful of times, not 200 times.
//
// Families see only published work: unpublished assignments are left out of
// the list and of the Final % and category percentages (the engine runs with
// them not counting), and their evidence is left out of standards mastery.
// So the report's Final % can differ from the gradebook's while work is unpublished.
// A term with a formula (S1 = 40 % Q1 + 40 % Q2 + 20 % exam) takes its Final %
// and letter from TermFinals, as the gradebook does (there unpublished work in
// its parts still counts), and lists the published assignments of its parts.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(k12::ReportBuilder)

public:
    static Result<ReportBuilder> load(Store &store, const QString &classId, const ReportOptions &options);
    // The reports of rows read elsewhere; options.gradingPeriodId must name source.period.
    static ReportBuilder fromSource(ReportSource source, const ReportOptions &options);
    // The period a report's gradebook is loaded for: a term with a formula
    // takes its grade from its parts over the whole gradebook (TermFinals).
    static QString gradebookPeriod(const std::optional<GradingPeriod> &period)
    {
        return period && !isTerm(period) ? period->id : QString();
    }
    static bool isTerm(const std::optional<GradingPeriod> &period) { return period && !period->formula.isEmpty(); }

    const SchoolClass &schoolClass() const { return m_data.schoolClass; }
    const QList<Student> &students() const { return m_data.students; }
    int studentIndex(const QString &studentId) const { return m_data.studentIndex(studentId); }
    // The period's name, empty for the whole course.
    QString periodName() const { return m_period ? m_period->name : QString(); }

    // The report of students().at(student), in English until a language is set.
    ProgressReport report(int student) const;
    // The language of the student's first guardian who receives reports (as
    // stored, e.g. "es"); empty when there is none or it names no language.
    QString guardianLanguage(const QString &studentId) const { return m_guardianLanguage.value(studentId); }

private:
    QList<ProgressReport::StandardLine> standardsOf(int student) const;

    ReportOptions m_options;
    GradebookData m_data;
    GradeEngine m_published; // the engine with unpublished assignments not counting
    std::optional<GradingPeriod> m_period;
    std::optional<MasteryReport> m_mastery;
    QHash<QString, int> m_masteryStudent; // student id -> row of m_mastery
    QHash<QString, bool> m_publishedById; // assignment id -> published
    QHash<QString, QString> m_comments;   // student id -> comment for the period
    QHash<QString, QString> m_overrides;  // student id -> final letter override
    QHash<QString, QString> m_guardianLanguage;
    // A term with a formula: which assignments its parts cover, and each student's percent and letter.
    std::vector<bool> m_termAssignments;
    std::vector<std::optional<double>> m_termPercents;
    QStringList m_termLetters;
};

} // namespace k12
