#include "StudentDialog.h"
#include "ui/common/ProblemText.h"

#include "GuardiansSection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

StudentDialog::StudentDialog(QWidget *parent)
    : QDialog(parent)
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_layout(new QVBoxLayout(this))
{
    setWindowTitle(tr("Add Student"));
    setObjectName(u"studentDialog"_s);
    m_given->setObjectName(u"studentGiven"_s);
    m_family->setObjectName(u"studentFamily"_s);
    m_number->setObjectName(u"studentNumber"_s);
    m_email->setObjectName(u"studentEmail"_s);
    m_problem->setObjectName(u"studentProblem"_s);
    markAsProblemText(m_problem);
    m_email->setPlaceholderText(tr("optional"));
    m_number->setPlaceholderText(tr("optional, from the school's system"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("Student &number:"), m_number);
    form->addRow(tr("&Email:"), m_email);

    m_layout->addLayout(form);
    m_layout->addWidget(m_problem);
    m_layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_given, m_family, m_number, m_email})
        connect(edit, &QLineEdit::textChanged, this, &StudentDialog::validate);
    validate();
    resize(380, sizeHint().height());
}

GuardiansSection *StudentDialog::addGuardiansSection(Store &store, QUndoStack *undoStack)
{
    if (!m_guardians) {
        m_guardians = new GuardiansSection(store, undoStack, this);
        m_guardians->setStudentId(m_student.id);
        m_layout->insertWidget(1, m_guardians);
        // Keyboard order follows the eye: the fields, the guardians, then OK and Cancel.
        QWidget *previous = m_email;
        for (const char *name : {"guardianList", "addGuardian", "editGuardian", "removeGuardian", "linkGuardian"}) {
            QWidget *next = m_guardians->findChild<QWidget *>(QString::fromLatin1(name));
            QWidget::setTabOrder(previous, next);
            previous = next;
        }
        QWidget::setTabOrder(previous, m_buttons->button(QDialogButtonBox::Ok));
        QWidget::setTabOrder(m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel));
        resize(560, sizeHint().height());
    }
    return m_guardians;
}

void StudentDialog::setStudent(const Student &student)
{
    m_student = student;
    if (m_guardians)
        m_guardians->setStudentId(student.id);
    setWindowTitle(tr("Edit Student"));
    m_given->setText(student.givenName);
    m_family->setText(student.familyName);
    m_number->setText(student.studentNumber);
    m_email->setText(student.email);
}

Student StudentDialog::student() const
{
    Student s = m_student;
    s.givenName = m_given->text().trimmed();
    s.familyName = m_family->text().trimmed();
    s.studentNumber = m_number->text().trimmed();
    s.email = m_email->text().trimmed();
    return s;
}

void StudentDialog::validate()
{
    const QString problem = student().problem();
    const bool touched = m_given->isModified() || m_family->isModified() || m_email->isModified();
    m_problem->setText(touched ? problem : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace k12
