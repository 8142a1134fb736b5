#pragma once

#include "models/actions/Actions.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace k12 {

class GradebookView;
class StandardLevelsModel;

// The "by standard" mode of an assignment: one row per student, one column per
// standard the assignment is tagged with; type a level and Enter moves down,
// as in the grid, and every level is an undo step (StandardLevelsModel). The
// assignment chooser lists the class's tagged assignments; "Standards..." tags
// the current one.
class GradeByStandardDialog : public QDialog
{
    Q_OBJECT
public:
    GradeByStandardDialog(Actions &actions, const QString &classId, const QList<Assignment> &assignments,
                          const QString &assignmentId, QWidget *parent = nullptr);

    StandardLevelsModel *model() const { return m_model; }
    GradebookView *view() const { return m_view; }

private:
    void onAssignmentChanged();
    void editStandards();

    Actions &m_actions;
    QString m_classId;
    QList<Assignment> m_assignments;
    StandardLevelsModel *m_model;
    QComboBox *m_assignment;
    GradebookView *m_view;
    QLabel *m_status;
};

} // namespace k12
