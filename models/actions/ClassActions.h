#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"
#include "models/mastery/ProficiencyScale.h"

#include <QCoreApplication>

namespace k12 {

// A class's grading settings as one unit: what Class > Grading Settings edits.
struct GradingSettings
{
    SchoolClass schoolClass;
    QList<Category> categories; // the class's categories, in order (not added or removed here)
    QList<LetterCutoff> scale;
};

// Creating, editing and archiving classes, and their grading settings.
class ClassActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::ClassActions)

public:
    explicit ClassActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // The new class's id.
    Result<QString> create(const SchoolClass &schoolClass);
    Status edit(const SchoolClass &schoolClass);
    Status setArchived(const QString &classId, bool archived);
    // Writes what differs between `before` and `after` (class fields, each
    // category's fields, the letter scale) as one step; nothing when equal.
    Result<int> saveGradingSettings(const GradingSettings &before, const GradingSettings &after);
    // The class's fields that differ between `before` and `after` (options such
    // as automatic missing and the at-risk thresholds), as one step audited
    // "class.set"; how many fields changed (0 writes nothing).
    Result<int> saveOptions(const SchoolClass &before, const SchoolClass &after);
    // The class's proficiency scale (the default 1-4 is stored as none), as
    // one step audited "class.proficiency_scale"; false when it had that scale.
    Result<bool> setProficiencyScale(const QString &classId, const ProficiencyScale &scale);

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
