#include "GradebookStructure.h"
#include "ui/common/Ask.h"

#include "AssignmentDialog.h"
#include "CategoryDialog.h"
#include "ClassSettingsDialog.h"
#include "GradebookView.h"
#include "GradingPeriodsPage.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/CategoryRepository.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

GradebookStructure::GradebookStructure(GradebookModel *model, GradebookView *view, Actions &actions, QWidget *owner)
    : QObject(owner)
    , m_model(model)
    , m_view(view)
    , m_actions(actions)
    , m_owner(owner)
{}

void GradebookStructure::addAssignment()
{
    const GradebookData &d = m_model->gradebook();
    if (m_model->classId().isEmpty())
        return;
    AssignmentDialog dialog(d.categories, m_owner);
    dialog.setPeriods(d.periods.periods());
    Assignment a;
    a.classId = m_model->classId();
    // Default to the category of the selected column: assignments are usually added in runs.
    if (const int current = m_model->assignmentForColumn(m_view->currentIndex().column()); current >= 0)
        a.categoryId = d.assignments.at(current).categoryId;
    else if (!d.categories.isEmpty())
        a.categoryId = d.categories.constFirst().id;
    dialog.setAssignment(a);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<QString> id = m_actions.assignments().add(dialog.assignment());
    if (!id) {
        QMessageBox::warning(m_owner, tr("Assignment not added"), id.error());
        return;
    }
    const int column = m_model->columnForAssignment(m_model->gradebook().assignmentIndex(*id));
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, column));
        m_view->scrollTo(m_model->index(0, column));
    }
    Q_EMIT statusMessage(tr("Assignment added. Type scores; Enter moves down."), 5000);
}

void GradebookStructure::editAssignment(int assignment)
{
    const GradebookData &d = m_model->gradebook();
    const Assignment before = d.assignments.at(assignment);
    AssignmentDialog dialog(d.categories, m_owner);
    dialog.setPeriods(d.periods.periods());
    dialog.setAssignment(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_actions.assignments().edit(before, dialog.assignment()); !s)
        QMessageBox::warning(m_owner, tr("Assignment not saved"), s.error());
}

void GradebookStructure::deleteAssignment(int assignment)
{
    const Assignment a = m_model->gradebook().assignments.at(assignment);
    const auto answer =
        Ask::question(m_owner, tr("Delete Assignment"),
                      tr("Delete \"%1\" and hide its grades? You can undo this with Edit > Undo.").arg(a.title));
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = m_actions.assignments().remove(a.id); !s)
        QMessageBox::warning(m_owner, tr("Assignment not deleted"), s.error());
}

void GradebookStructure::addCategory()
{
    if (m_model->classId().isEmpty())
        return;
    CategoryDialog dialog(m_owner);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Category c = dialog.category();
    c.classId = m_model->classId();
    if (Result<QString> id = m_actions.categories().add(c); !id)
        QMessageBox::warning(m_owner, tr("Category not added"), id.error());
}

void GradebookStructure::editCategory(const QString &categoryId)
{
    std::optional<Category> before = CategoryRepository(m_actions.store()).find(categoryId);
    if (!before)
        return;
    CategoryDialog dialog(m_owner);
    dialog.setCategory(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Category after = dialog.category();
    after.id = categoryId;
    after.classId = before->classId;
    if (Status s = m_actions.categories().edit(after); !s)
        QMessageBox::warning(m_owner, tr("Category not saved"), s.error());
}

void GradebookStructure::openSettings()
{
    const GradebookData &d = m_model->gradebook();
    if (m_model->classId().isEmpty())
        return;
    ClassSettingsDialog dialog(d.schoolClass, d.categories, d.scale, m_owner);
    dialog.addPage(new GradingPeriodsPage(m_actions, m_model->classId(), &dialog), tr("&Grading Periods"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const GradingSettings before{d.schoolClass, d.categories, d.scale};
    Result<int> r = m_actions.classes().saveGradingSettings(before, dialog.settings());
    if (!r)
        QMessageBox::warning(m_owner, tr("Settings not saved"), r.error());
    else if (*r > 0)
        Q_EMIT statusMessage(tr("Grading settings saved; grades recalculated."), 5000);
}

} // namespace k12
