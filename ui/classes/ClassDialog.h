#pragma once

#include "kernel/domain/Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace k12 {

// Add or edit a class: name (required), subject, grade level, term, period.
class ClassDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClassDialog(QWidget *parent = nullptr);

    void setClass(const SchoolClass &schoolClass);
    // The edited class: the fields of the dialog over the class it was given.
    SchoolClass schoolClass() const;

private:
    void validate();

    SchoolClass m_class;
    QLineEdit *m_name;
    QLineEdit *m_subject;
    QLineEdit *m_gradeLevel;
    QLineEdit *m_term;
    QLineEdit *m_period;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace k12
