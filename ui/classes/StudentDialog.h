#pragma once

#include "kernel/domain/Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace k12 {

// Add or edit a student: given and family name (required), number, email.
class StudentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StudentDialog(QWidget *parent = nullptr);

    void setStudent(const Student &student);
    Student student() const;

private:
    void validate();

    Student m_student;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_number;
    QLineEdit *m_email;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace k12
