#pragma once

#include "models/actions/Actions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace k12 {

class AssignmentGradesModel;
class GradebookModel;
class GradebookView;

// Grade one assignment at a time: every student in a list with score, flags
// and comment; typing a score and Enter moves down; filters for ungraded or
// missing work; a running graded/total count; visible-to-students switch.
class GradeByAssignmentDialog : public QDialog
{
    Q_OBJECT
public:
    GradeByAssignmentDialog(GradebookModel *gradebook, Actions &actions, int assignment, QWidget *parent = nullptr);

    AssignmentGradesModel *model() const { return m_model; }
    GradebookView *view() const { return m_view; }

private:
    void report(const Result<int> &written);
    void onAssignmentChanged();
    void updateCount();

    GradebookModel *m_gradebook;
    Actions &m_actions;
    AssignmentGradesModel *m_model;
    QComboBox *m_assignment;
    QComboBox *m_filter;
    QCheckBox *m_published;
    GradebookView *m_view;
    QLabel *m_count;
};

} // namespace k12
