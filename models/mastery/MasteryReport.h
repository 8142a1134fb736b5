#pragma once

#include "ProficiencyScale.h"
#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"
#include "models/grading/Mastery.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <utility>
#include <vector>

namespace k12 {

class Store;

// Students x standards of one class: each cell the mastery the standard's own
// method (its override), else the class's method, or one method chosen for
// all, computes over that student's evidence on the standard,
// oldest first (assessed date, then the order of entry), and the evidence
// itself for tooltips. Plain data, no widgets: the Mastery view, the CLI and
// the export read it.
class MasteryReport
{
    Q_DECLARE_TR_FUNCTIONS(k12::MasteryReport)

public:
    struct Evidence
    {
        QString id;
        QDate date; // of assessed_at
        QString assignmentId;
        QString assignmentTitle; // empty for evidence without an assignment
        double score = 0;
        qint64 entry = 0; // the row's order of entry on this device (rowid): breaks ties between equal dates
    };

    struct Cell
    {
        std::optional<double> score; // rounded to 2 decimals; none without evidence (or n-mastery not reached)
        QString level;               // the scale's label, empty without a score
        int levelIndex = -1;
        std::vector<Evidence> evidence; // oldest first
    };

    // The class's students (gradebook order) and standards (by code), each
    // standard with its own method when it has one, else the class's;
    // `method`/`param` replace them all when given (param: the weight or rate
    // in percent, n for n-mastery).
    static Result<MasteryReport> build(Store &store, const QString &classId,
                                       std::optional<Mastery::Method> method = std::nullopt,
                                       std::optional<double> param = std::nullopt);

    // One row of evidence read elsewhere (the server's mastery_score rows).
    struct EvidenceRow
    {
        QString studentId;
        QString standardId;
        Evidence evidence; // assignmentTitle is filled from assignmentTitles
    };
    // The report from rows read elsewhere, with each standard's own method:
    // the same cells build() makes from the same rows. assignmentTitles: the
    // class's live assignments (evidence of any other assignment is left out).
    static MasteryReport fromRows(const SchoolClass &c, QList<Student> students, QList<Standard> standards,
                                  const QHash<QString, QString> &assignmentTitles, const QList<EvidenceRow> &evidence);

    // The class's own method and parameters.
    static Mastery::Method methodOf(const SchoolClass &c);
    static Mastery::Params paramsOf(const SchoolClass &c);
    // The standard's own method and parameters (the class's threshold for
    // n-mastery, the class's parameter when the override has none); nothing
    // when the standard follows the class.
    static std::optional<std::pair<Mastery::Method, Mastery::Params>> overrideOf(const SchoolClass &c,
                                                                                 const Standard &s);
    // A parameter given for a method: the weight or rate (WeightedAverage,
    // DecayingAverage) or n (NMastery); other methods take none.
    static Mastery::Params withParam(Mastery::Params params, Mastery::Method method, double param);
    static bool takesParam(Mastery::Method method);
    // "Decaying average (r = 65 %)": the method as a teacher reads it.
    static QString describe(Mastery::Method method, const Mastery::Params &params);
    static QString methodName(Mastery::Method method);

    // Computes every cell again with one method for all standards (the evidence stays).
    void recompute(Mastery::Method method, const Mastery::Params &params);
    // Computes every cell again with each standard's own method, else the
    // class's (with `classParam` instead of the class's parameter when given).
    void recomputeOwn(std::optional<double> classParam = std::nullopt);

    const SchoolClass &schoolClass() const { return m_class; }
    const QList<Student> &students() const { return m_students; }
    const QList<Standard> &standards() const { return m_standards; }
    // The method of the whole report: the class's, or the one chosen for all.
    Mastery::Method method() const { return m_method; }
    const Mastery::Params &params() const { return m_params; }
    // The method a standard's cells were computed with.
    Mastery::Method methodFor(int standard) const { return m_columns.at(size_t(standard)).method; }
    const Mastery::Params &paramsFor(int standard) const { return m_columns.at(size_t(standard)).params; }
    // Whether the standard's own method (not the class's) made its cells.
    bool isOverridden(int standard) const { return m_columns.at(size_t(standard)).overridden; }
    const ProficiencyScale &scale() const { return m_scale; }
    const Cell &cell(int student, int standard) const
    {
        return m_cells[size_t(student) * size_t(m_standards.size()) + size_t(standard)];
    }

private:
    struct Column
    {
        Mastery::Method method = Mastery::Method::MostRecent;
        Mastery::Params params;
        bool overridden = false;
    };
    void computeCells();
    // The parts build() and fromRows() share: the empty grid, then the
    // evidence sorted oldest first and every cell computed.
    void begin(const SchoolClass &c, QList<Student> students, QList<Standard> standards);
    void finish(std::optional<Mastery::Method> method, std::optional<double> param);

    SchoolClass m_class;
    QList<Student> m_students;
    QList<Standard> m_standards;
    Mastery::Method m_method = Mastery::Method::MostRecent;
    Mastery::Params m_params;
    ProficiencyScale m_scale;
    std::vector<Column> m_columns; // one per standard
    std::vector<Cell> m_cells;
};

} // namespace k12
