#include "FormulaEditor.h"
#include "ui/common/ProblemText.h"

#include "models/grading/PeriodMembership.h"
#include "models/grading/TermFinals.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

enum Column
{
    PartColumn,
    WeightColumn
};

// A part as the combo box keeps it: "p:<id>", "a:<id>" or "c:<id>".
QString keyOf(const FormulaPart &part)
{
    if (!part.periodId.isEmpty())
        return u"p:"_s + part.periodId;
    if (!part.assignmentId.isEmpty())
        return u"a:"_s + part.assignmentId;
    return u"c:"_s + part.categoryId;
}

FormulaPart partOf(const QString &key, double weight)
{
    FormulaPart part;
    part.weight = weight;
    const QString id = key.mid(2);
    if (key.startsWith(u"p:"_s))
        part.periodId = id;
    else if (key.startsWith(u"a:"_s))
        part.assignmentId = id;
    else
        part.categoryId = id;
    return part;
}

} // namespace

FormulaEditor::FormulaEditor(Actions &actions, const QString &classId, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_classId(classId)
    , m_period(new QComboBox(this))
    , m_rows(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add Pa&rt"), this))
    , m_remove(new QPushButton(tr("Remove Part"), this))
    , m_save(new QPushButton(tr("&Save Formula"), this))
    , m_clear(new QPushButton(tr("Clear Formula"), this))
    , m_text(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"formulaEditor"_s);
    m_period->setObjectName(u"formulaPeriod"_s);
    m_period->setAccessibleName(tr("Period computed by the formula"));
    m_period->setEditable(true);
    m_period->lineEdit()->setAccessibleName(m_period->accessibleName());
    m_period->setInsertPolicy(QComboBox::NoInsert);
    m_period->setToolTip(tr("The period whose final grade this formula computes. Type a new name (e.g. S1) to add "
                            "a term over other periods."));
    m_rows->setObjectName(u"formulaParts"_s);
    m_rows->setAccessibleName(tr("Formula parts"));
    m_rows->setTabKeyNavigation(false); // Tab leaves the table (it went round its cells for ever)
    m_rows->setHorizontalHeaderLabels({tr("Part"), tr("Weight")});
    m_rows->horizontalHeader()->setSectionResizeMode(PartColumn, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setMinimumHeight(110);
    m_add->setObjectName(u"addFormulaPart"_s);
    m_remove->setObjectName(u"removeFormulaPart"_s);
    m_save->setObjectName(u"saveFormula"_s);
    m_clear->setObjectName(u"clearFormula"_s);
    m_text->setObjectName(u"formulaText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_problem->setObjectName(u"formulaProblem"_s);
    m_problem->setWordWrap(true);
    markAsProblemText(m_problem);
    m_problem->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Final grade of"), this));
    top->addWidget(m_period, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    buttons->addWidget(m_save);
    auto *note = new QLabel(tr("Parts with nothing graded yet are left out and the other weights scaled up. An "
                               "assignment part counts after the late and missing rules; a category part counts "
                               "the category's work within the period's dates."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_rows, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addWidget(note);

    connect(m_period, &QComboBox::activated, this, [this] { fillRows(); });
    connect(m_period, &QComboBox::editTextChanged, this, [this] {
        if (!m_filling && m_period->findText(m_period->currentText()) < 0)
            updateText(); // a new term's name: keep the rows, show the text
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addPart(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_rows->currentRow() >= 0)
            m_rows->removeRow(m_rows->currentRow());
        updateText();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // a refusal is shown on the page
    connect(m_clear, &QPushButton::clicked, this, [this] { (void)clearFormula(); });
    connect(&m_actions.store(), &Store::changed, this, [this](const QStringList &entities) {
        for (const QString &e : {u"grading_period"_s, u"assignment"_s, u"category"_s}) {
            if (entities.contains(e)) {
                reload();
                return;
            }
        }
    });
    reload();
}

void FormulaEditor::reload()
{
    Store &store = m_actions.store();
    const QString current = periodId();
    m_periods = PeriodMembership(GradingPeriodRepository(store).forClass(m_classId)).periods(); // by start date
    m_assignments = AssignmentRepository(store).inClass(m_classId);
    m_categories = CategoryRepository(store).inClass(m_classId);
    m_filling = true;
    const QString typed = m_period->currentText();
    m_period->clear();
    for (const GradingPeriod &p : std::as_const(m_periods))
        m_period->addItem(p.name, p.id);
    const int at = m_period->findData(current);
    if (at >= 0)
        m_period->setCurrentIndex(at);
    else if (!typed.isEmpty() && m_period->findText(typed) >= 0)
        m_period->setCurrentIndex(m_period->findText(typed));
    m_filling = false;
    fillRows();
}

void FormulaEditor::showPeriod(const QString &periodId)
{
    const int at = m_period->findData(periodId);
    if (at < 0)
        return;
    m_period->setCurrentIndex(at);
    fillRows();
}

QString FormulaEditor::periodId() const
{
    const int at = m_period->findText(m_period->currentText());
    return at >= 0 ? m_period->itemData(at).toString() : QString();
}

void FormulaEditor::fillRows()
{
    m_rows->setRowCount(0);
    const QString id = periodId();
    for (const GradingPeriod &p : std::as_const(m_periods)) {
        if (p.id == id) {
            for (const FormulaPart &part : p.formula)
                addPart(keyOf(part), part.weight);
        }
    }
    report({});
    updateText();
}

void FormulaEditor::addPart(const QString &partKey, double weight)
{
    const int row = m_rows->rowCount();
    m_rows->insertRow(row);
    auto *part = new QComboBox(m_rows);
    const QString self = periodId();
    for (const GradingPeriod &p : std::as_const(m_periods)) {
        if (p.id != self)
            part->addItem(tr("Period: %1").arg(p.name), QString(u"p:"_s + p.id));
    }
    for (const Assignment &a : std::as_const(m_assignments))
        part->addItem(tr("Assignment: %1").arg(a.title), QString(u"a:"_s + a.id));
    for (const Category &c : std::as_const(m_categories))
        part->addItem(tr("Category: %1").arg(c.name), QString(u"c:"_s + c.id));
    if (!partKey.isEmpty())
        part->setCurrentIndex(std::max(0, part->findData(partKey)));
    auto *spin = new QDoubleSpinBox(m_rows);
    spin->setRange(0, 1000);
    spin->setDecimals(2);
    spin->setValue(partKey.isEmpty() ? 10 : weight);
    m_rows->setCellWidget(row, PartColumn, part);
    m_rows->setCellWidget(row, WeightColumn, spin);
    connect(part, &QComboBox::currentIndexChanged, this, &FormulaEditor::updateText);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &FormulaEditor::updateText);
    updateText();
}

QList<FormulaPart> FormulaEditor::parts() const
{
    QList<FormulaPart> result;
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const auto *part = qobject_cast<QComboBox *>(m_rows->cellWidget(row, PartColumn));
        const auto *spin = qobject_cast<QDoubleSpinBox *>(m_rows->cellWidget(row, WeightColumn));
        if (part && spin && part->currentIndex() >= 0)
            result << partOf(part->currentData().toString(), spin->value());
    }
    return result;
}

void FormulaEditor::updateText()
{
    GradingPeriod shown;
    shown.name = m_period->currentText().trimmed();
    shown.formula = parts();
    if (shown.name.isEmpty())
        m_text->setText(tr("Choose a period, or type the name of a new term."));
    else if (shown.formula.isEmpty())
        m_text->setText(tr("%1 is based on its own assignments.").arg(shown.name));
    else
        m_text->setText(TermFinals::formulaText(shown, m_periods, m_assignments, m_categories));
    const bool stored = !periodId().isEmpty();
    bool hasFormula = false;
    for (const GradingPeriod &p : std::as_const(m_periods))
        hasFormula = hasFormula || (p.id == periodId() && !p.formula.isEmpty());
    m_clear->setEnabled(stored && hasFormula);
    m_remove->setEnabled(m_rows->rowCount() > 0);
    m_save->setEnabled(!shown.name.isEmpty() && !shown.formula.isEmpty());
}

QString FormulaEditor::formulaText() const
{
    return m_text->text();
}

QString FormulaEditor::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void FormulaEditor::report(const Status &status)
{
    m_problem->setText(status ? QString() : status.error());
    m_problem->setVisible(!status);
}

Status FormulaEditor::save()
{
    const QString id = periodId();
    Status status;
    if (!id.isEmpty()) {
        status = m_actions.finals().setFormula(id, parts());
    } else {
        const QString name = m_period->currentText().trimmed();
        Result<QString> added = m_actions.finals().addTerm(m_classId, name, parts());
        status = added ? Status{} : Status{fail(added.error())};
        if (added)
            showPeriod(*added);
    }
    report(status);
    return status;
}

Status FormulaEditor::clearFormula()
{
    const Status status = m_actions.finals().clearFormula(periodId());
    report(status);
    return status;
}

} // namespace k12
