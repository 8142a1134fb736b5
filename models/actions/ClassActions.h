#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

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

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
