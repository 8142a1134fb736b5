#pragma once

#include "models/grading/FinalGrades.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace k12 {

// Asks for the letter that replaces a student's computed final and the reason
// (required: it stays with the grade, in the audit and the export). Shows the
// computed percentage and letter, which the override does not change.
class FinalOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    // scale: the class's letters, highest first; title: "Sam Adams, S1".
    FinalOverrideDialog(const QString &title, const FinalGrade &current, const QList<LetterCutoff> &scale,
                        QWidget *parent = nullptr);

    QString letter() const;
    QString reason() const;

private:
    void updateOk();

    QComboBox *m_letter;
    QLineEdit *m_reason;
    QPushButton *m_ok = nullptr;
};

} // namespace k12
