#include "ClassDialog.h"
#include "ui/common/ProblemText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ClassDialog::ClassDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_gradeLevel(new QLineEdit(this))
    , m_term(new QLineEdit(this))
    , m_period(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Class"));
    setObjectName(u"classDialog"_s);
    m_name->setObjectName(u"className"_s);
    m_subject->setObjectName(u"classSubject"_s);
    m_gradeLevel->setObjectName(u"classGradeLevel"_s);
    m_term->setObjectName(u"classTerm"_s);
    m_period->setObjectName(u"classPeriod"_s);
    m_name->setPlaceholderText(tr("e.g. Algebra I"));
    m_subject->setPlaceholderText(tr("e.g. Mathematics"));
    m_gradeLevel->setPlaceholderText(tr("e.g. 9"));
    m_term->setPlaceholderText(tr("e.g. 2026-27 Fall"));
    m_period->setPlaceholderText(tr("e.g. 3"));
    m_problem->setObjectName(u"classProblem"_s);
    markAsProblemText(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Grade level:"), m_gradeLevel);
    form->addRow(tr("&Term:"), m_term);
    form->addRow(tr("&Period:"), m_period);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ClassDialog::validate);
    validate();
    resize(380, sizeHint().height());
}

void ClassDialog::setClass(const SchoolClass &schoolClass)
{
    m_class = schoolClass;
    setWindowTitle(tr("Edit Class"));
    m_name->setText(schoolClass.name);
    m_subject->setText(schoolClass.subject);
    m_gradeLevel->setText(schoolClass.gradeLevel);
    m_term->setText(schoolClass.term);
    m_period->setText(schoolClass.period);
}

SchoolClass ClassDialog::schoolClass() const
{
    SchoolClass c = m_class;
    c.name = m_name->text().trimmed();
    c.subject = m_subject->text().trimmed();
    c.gradeLevel = m_gradeLevel->text().trimmed();
    c.term = m_term->text().trimmed();
    c.period = m_period->text().trimmed();
    return c;
}

void ClassDialog::validate()
{
    const QString problem = schoolClass().problem();
    // Say nothing until the teacher has typed: an empty new form is not an error yet.
    m_problem->setText(m_name->isModified() ? problem : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace k12
