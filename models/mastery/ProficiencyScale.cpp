#include "ProficiencyScale.h"

#include "kernel/domain/RowRules.h"

namespace k12 {

ProficiencyScale ProficiencyScale::defaultScale()
{
    ProficiencyScale scale;
    scale.m_levels = {{1, tr("Beginning")}, {2, tr("Developing")}, {3, tr("Proficient")}, {4, tr("Exceeding")}};
    return scale;
}

int ProficiencyScale::levelIndex(double score) const
{
    int index = 0;
    for (int i = 0; i < m_levels.size(); ++i) {
        if (m_levels.at(i).value <= score)
            index = i;
    }
    return index;
}

QString ProficiencyScale::label(double score) const
{
    return m_levels.isEmpty() ? QString() : m_levels.at(levelIndex(score)).label;
}

double ProficiencyScale::maximumEntry() const
{
    return RowRules::maximumPoints(top());
}

} // namespace k12
