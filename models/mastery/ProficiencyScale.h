#pragma once

#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace k12 {

struct SchoolClass;

// The levels a per-standard score is read against: by default 1 Beginning,
// 2 Developing, 3 Proficient, 4 Exceeding; a class may set its own
// (class.proficiency_scale, JSON, lowest first). A score takes the label of
// the highest level at or below it (2.6 is Developing); a score below the
// first level takes the first level's label, one above the top the top's.
class ProficiencyScale
{
    Q_DECLARE_TR_FUNCTIONS(k12::ProficiencyScale)

public:
    struct Level
    {
        double value = 0;
        QString label;

        bool operator==(const Level &) const = default;
    };

    static ProficiencyScale defaultScale();
    // The default scale's level `index` as marked for translation (context "k12::ProficiencyScale"),
    // "Proficient"; nullptr past the end. A report printed in another language than the window's
    // translates it with its own translator (a teacher's own labels stay as typed).
    static const char *defaultLabelSource(int index);
    // The class's own scale, the default when it has none (or one that does
    // not pass RowRules: a bad row from elsewhere must not break the view).
    static ProficiencyScale forClass(const SchoolClass &c);
    static ProficiencyScale fromJson(const QString &json);
    // Levels as given, checked by RowRules::proficiencyScaleProblem.
    static Result<ProficiencyScale> fromLevels(const QList<Level> &levels);
    // "1=Beginning,2=Developing,3=Proficient,4=Exceeding" (the CLI's form);
    // the error names the bad item.
    static Result<ProficiencyScale> parse(const QString &text);

    // What class.proficiency_scale stores: "" for the default scale (so a
    // class left at the default follows it), else the JSON list.
    QString toJson() const;
    // "1=Beginning,2=Developing,...": the CLI prints what it reads.
    QString toText() const;
    bool isDefault() const { return m_levels == defaultScale().m_levels; }

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
