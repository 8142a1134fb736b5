#pragma once

#include "kernel/domain/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace k12 {

// Add or edit a guardian: given and family name (required), email, phone,
// relationship (a list to pick from or type into), the language of their
// reports and whether they receive them.
class GuardianDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuardianDialog(QWidget *parent = nullptr);

    void setGuardian(const Guardian &guardian);
    Guardian guardian() const;

private:
    void validate();

    Guardian m_guardian;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_relationship;
    QComboBox *m_language;
    QCheckBox *m_reports;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace k12
