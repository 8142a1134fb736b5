#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace k12 {

// The levels a per-standard score is read against: 1 Beginning, 2 Developing,
// 3 Proficient, 4 Exceeding. A score takes the label of the highest level at
// or below it (2.6 is Developing); a score below the first level takes the
// first level's label, one above the top the top's. Every class uses this
// default: the schema has no field for a class's own scale yet.
class ProficiencyScale
{
    Q_DECLARE_TR_FUNCTIONS(k12::ProficiencyScale)

public:
    struct Level
    {
        double value = 0;
        QString label;
    };

    static ProficiencyScale defaultScale();

    const QList<Level> &levels() const { return m_levels; }
    // The index in levels() of the level a score falls in.
    int levelIndex(double score) const;
    QString label(double score) const;
    double top() const { return m_levels.isEmpty() ? 0 : m_levels.constLast().value; }
    // The largest level a teacher may enter: above it is taken for a typo (40
    // for 4), as RowRules does for points (twice the top).
    double maximumEntry() const;

private:
    QList<Level> m_levels; // lowest first
};

} // namespace k12
