#pragma once

#include "ActionRunner.h"
#include "kernel/domain/Entities.h"

#include <QCoreApplication>

namespace k12 {

// A class's grading categories: added (the gradebook, the CLI), edited, and
// set up all at once (the walkthrough's template and table).
class CategoryActions
{
    Q_DECLARE_TR_FUNCTIONS(k12::CategoryActions)

public:
    explicit CategoryActions(ActionRunner runner)
        : m_runner(std::move(runner))
    {}

    // The new category's id; placed after the class's others. Refuses a second
    // category of the same name in a class.
    Result<QString> add(Category category);
    Status edit(const Category &category);
    // The class's categories become exactly `categories` (in this order):
    // those with an id are updated, those without are created, the others
    // are removed. One step. Returns the categories' ids, in order.
    Result<QStringList> setUp(const QString &classId, QList<Category> categories);

private:
    ActionRunner m_runner; // a copy: an action group may outlive the Actions that made it
};

} // namespace k12
