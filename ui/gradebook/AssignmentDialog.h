#pragma once

#include "kernel/domain/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace k12 {

// Add or edit an assignment: title, category, points possible, due date,
// grading period (when the class has periods), points or letter grades, published.
class AssignmentDialog : public QDialog
{
    Q_OBJECT
public:
    AssignmentDialog(const QList<Category> &categories, QWidget *parent = nullptr);

    // The class's periods, offered next to "by due date"; the row is hidden when there are none.
    void setPeriods(const QList<GradingPeriod> &periods);
    void setAssignment(const Assignment &assignment);
    Assignment assignment() const;

private:
    void validate();

    Assignment m_assignment;
    QList<Category> m_categories;
    QLineEdit *m_title;
    QComboBox *m_category;
    QDoubleSpinBox *m_points;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_period;
    QLabel *m_periodLabel;
    QComboBox *m_type;
    QCheckBox *m_published;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace k12
