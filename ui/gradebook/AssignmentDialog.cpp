#include "AssignmentDialog.h"
#include "kernel/domain/Clock.h"
#include "ui/common/ProblemText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

AssignmentDialog::AssignmentDialog(const QList<Category> &categories, QWidget *parent)
    : QDialog(parent)
    , m_categories(categories)
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_points(new QDoubleSpinBox(this))
    , m_hasDue(new QCheckBox(tr("Due"), this))
    , m_due(new QDateEdit(Clock::today(), this))
    , m_period(new QComboBox(this))
    , m_periodLabel(new QLabel(tr("Grading p&eriod:"), this))
    , m_type(new QComboBox(this))
    , m_published(new QCheckBox(tr("Visible to students"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"assignmentDialog"_s);
    setWindowTitle(tr("New Assignment"));
    m_title->setObjectName(u"assignmentTitle"_s);
    m_title->setPlaceholderText(tr("e.g. Quiz 3"));
    m_category->setObjectName(u"assignmentCategory"_s);
    for (const Category &c : categories)
        m_category->addItem(c.name, c.id);
    m_category->addItem(tr("(no category)"), QString());
    m_points->setObjectName(u"assignmentPoints"_s);
    m_points->setRange(0, 100000);
    m_points->setDecimals(2);
    m_points->setValue(10);
    m_points->setToolTip(tr("0 points possible makes the assignment extra credit."));
    m_points->setAccessibleDescription(m_points->toolTip()); // read by a screen reader, which shows no tooltip
    m_due->setObjectName(u"assignmentDue"_s);
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    // The "Due date:" label heads a row of two widgets and cannot be a buddy: the date edit says what it is.
    m_due->setAccessibleName(tr("Due date"));
    m_period->setObjectName(u"assignmentPeriod"_s);
    m_period->setToolTip(tr("By due date: the assignment counts in the period containing its due date."));
    m_period->setAccessibleDescription(m_period->toolTip());
    m_periodLabel->setBuddy(m_period);
    setPeriods({});
    m_type->setObjectName(u"assignmentType"_s);
    m_type->addItem(tr("Points"), u"points"_s);
    m_type->addItem(tr("Letter grades"), u"letter"_s);
    m_published->setChecked(true);
    markAsProblemText(m_problem);

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Points possible:"), m_points);
    form->addRow(tr("Due date:"), dueRow);
    form->addRow(m_periodLabel, m_period);
    form->addRow(tr("&Graded with:"), m_type);
    form->addRow(QString(), m_published);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::textChanged, this, &AssignmentDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void AssignmentDialog::setPeriods(const QList<GradingPeriod> &periods)
{
    m_period->clear();
    m_period->addItem(tr("By due date"), QString());
    for (const GradingPeriod &p : periods) {
        if (p.formula.isEmpty()) // a term by formula holds no assignments
            m_period->addItem(p.name, p.id);
    }
    m_period->setVisible(!periods.isEmpty());
    m_periodLabel->setVisible(!periods.isEmpty());
}

void AssignmentDialog::setAssignment(const Assignment &assignment)
{
    m_assignment = assignment;
    if (!assignment.id.isEmpty())
        setWindowTitle(tr("Edit Assignment"));
    m_title->setText(assignment.title);
    m_category->setCurrentIndex(std::max(0, m_category->findData(assignment.categoryId)));
    m_points->setValue(assignment.pointsPossible);
    m_hasDue->setChecked(assignment.dueDate.isValid());
    if (assignment.dueDate.isValid())
        m_due->setDate(assignment.dueDate);
    m_period->setCurrentIndex(std::max(0, m_period->findData(assignment.gradingPeriodId)));
    m_type->setCurrentIndex(std::max(0, m_type->findData(assignment.gradingType)));
    m_published->setChecked(assignment.published);
}

Assignment AssignmentDialog::assignment() const
{
    Assignment a = m_assignment;
    a.title = m_title->text().trimmed();
    a.categoryId = m_category->currentData().toString();
    a.pointsPossible = m_points->value();
    a.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    a.gradingPeriodId = m_period->currentData().toString();
    a.gradingType = m_type->currentData().toString();
    a.published = m_published->isChecked();
    return a;
}

void AssignmentDialog::validate()
{
    const QString problem = assignment().problem();
    m_problem->setText(m_title->isModified() ? problem : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace k12
