#pragma once

#include "kernel/domain/Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QUndoStack;
class QVBoxLayout;

namespace k12 {

class GuardiansSection;
class Store;

// Add or edit a student: given and family name (required), number, email,
// and (when the roster asks for it) the student's guardians.
class StudentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StudentDialog(QWidget *parent = nullptr);

    void setStudent(const Student &student);
    Student student() const;
    // Shows the guardians section (the roster's dialog; the walkthrough has none).
    GuardiansSection *addGuardiansSection(Store &store, QUndoStack *undoStack);
    GuardiansSection *guardians() const { return m_guardians; }

private:
    void validate();

    Student m_student;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_number;
    QLineEdit *m_email;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QVBoxLayout *m_layout;
    GuardiansSection *m_guardians = nullptr;
};

} // namespace k12
