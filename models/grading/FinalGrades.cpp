#include "FinalGrades.h"

#include "GradebookData.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

FinalGrades::FinalGrades(const GradebookData &data, const QList<int> &students)
    : m_data(data)
    , m_terms(data, students)
{
    for (const FinalOverride &o : data.finalOverrides)
        m_overrides.insert(FinalOverride::idFor(o.classId, o.studentId, o.gradingPeriodId), o);
}

FinalGrade FinalGrades::of(int student, const QString &periodId) const
{
    FinalGrade g;
    g.percent = m_terms.percent(student, periodId);
    g.computedLetter = m_terms.letterFor(g.percent);
    g.letter = g.computedLetter;
    if (student < 0 || student >= m_data.studentCount())
        return g;
    const QString id = FinalOverride::idFor(m_data.schoolClass.id, m_data.students.at(student).id, periodId);
    if (const auto it = m_overrides.constFind(id); it != m_overrides.cend()) {
        g.overridden = true;
        g.letter = it->letter.trimmed();
        g.reason = it->reason;
    }
    return g;
}

QString FinalGrades::overrideNote(const FinalGrade &grade)
{
    if (!grade.overridden)
        return {};
    return tr("Overridden from %1: %2")
        .arg(grade.computedLetter.isEmpty() ? u"—"_s : grade.computedLetter, grade.reason);
}

QString FinalGrades::shownLetter(const FinalGrade &grade)
{
    return grade.overridden ? tr("%1 *").arg(grade.letter) : grade.letter;
}

} // namespace k12
