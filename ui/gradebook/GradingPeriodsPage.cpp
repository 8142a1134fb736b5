#include "GradingPeriodsPage.h"
#include "ui/common/ProblemText.h"

#include "FormulaEditor.h"

#include "kernel/domain/Clock.h"
#include "models/grading/PeriodMembership.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
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
    NameColumn,
    StartColumn,
    EndColumn,
    CountColumn
};

constexpr int kIdRole = Qt::UserRole + 1;

QDateEdit *dateEdit(const QDate &date, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

// The school year a date is in, as US schools count it: from late August to early June.
QDate schoolYearStart(const QDate &today)
{
    const int year = today.month() >= 7 ? today.year() : today.year() - 1;
    return QDate(year, 8, 25);
}

} // namespace

GradingPeriodsPage::GradingPeriodsPage(Actions &actions, const QString &classId, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_classId(classId)
{
    setObjectName(u"gradingPeriodsPage"_s);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"periodTable"_s);
    m_table->setAccessibleName(tr("Grading periods"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table (it went round its cells for ever)
    m_table->setHorizontalHeaderLabels({tr("Period"), tr("Start"), tr("End"), tr("Assignments")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("Double-click a name or a date (YYYY-MM-DD) to change it. An assignment counts in the "
                           "period it was put in, else in the period containing its due date."));

    const QDate today = Clock::today();
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"periodName"_s);
    m_name->setPlaceholderText(tr("e.g. Q1"));
    m_name->setAccessibleName(tr("New period's name"));
    m_start = dateEdit(today, u"periodStart"_s, this);
    m_start->setAccessibleName(tr("New period starts"));
    m_end = dateEdit(today.addDays(62), u"periodEnd"_s, this);
    m_end->setAccessibleName(tr("New period ends"));
    m_add = new QPushButton(tr("&Add Period"), this);
    m_add->setObjectName(u"addPeriod"_s);
    m_remove = new QPushButton(tr("&Remove Period"), this);
    m_remove->setObjectName(u"removePeriod"_s);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(new QLabel(tr("from"), this));
    addRow->addWidget(m_start);
    addRow->addWidget(new QLabel(tr("to"), this));
    addRow->addWidget(m_end);
    addRow->addWidget(m_add);

    const QDate yearStart = schoolYearStart(today);
    m_yearStart = dateEdit(yearStart, u"yearStart"_s, this);
    m_yearStart->setAccessibleName(tr("School year starts"));
    m_yearEnd = dateEdit(QDate(yearStart.year() + 1, 6, 10), u"yearEnd"_s, this);
    m_yearEnd->setAccessibleName(tr("School year ends"));
    auto *quarters = new QPushButton(tr("Add &Quarters"), this);
    quarters->setObjectName(u"addQuarters"_s);
    auto *semesters = new QPushButton(tr("Add S&emesters"), this);
    semesters->setObjectName(u"addSemesters"_s);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("School year"), this));
    presetRow->addWidget(m_yearStart);
    presetRow->addWidget(new QLabel(tr("to"), this));
    presetRow->addWidget(m_yearEnd);
    presetRow->addStretch();
    presetRow->addWidget(quarters);
    presetRow->addWidget(semesters);

    m_copyFrom = new QComboBox(this);
    m_copyFrom->setObjectName(u"copyFromClass"_s);
    m_copy = new QPushButton(tr("Co&py"), this);
    m_copy->setObjectName(u"copyPeriods"_s);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(new QLabel(tr("Copy the periods of"), this));
    copyRow->addWidget(m_copyFrom, 1);
    copyRow->addWidget(m_copy);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"periodProblem"_s);
    m_problem->setWordWrap(true);
    markAsProblemText(m_problem);
    m_problem->hide();
    auto *note = new QLabel(tr("Changes on this tab are saved at once; Edit > Undo takes each one back. Quarters and "
                               "semesters split the school year evenly on school days (Monday to Friday)."),
                            this);
    note->setWordWrap(true);

    // The final grade formula of the selected period (or a new term), beside the periods.
    m_formula = new FormulaEditor(m_actions, m_classId, this);
    auto *formulaBox = new QGroupBox(tr("Final Grade Formula"), this);
    (new QVBoxLayout(formulaBox))->addWidget(m_formula);

    auto *layout = new QVBoxLayout(this);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_table, 1);
    tables->addWidget(formulaBox, 1);
    layout->addLayout(tables, 1);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_remove);
    layout->addLayout(removeRow);
    layout->addLayout(addRow);
    layout->addLayout(presetRow);
    layout->addLayout(copyRow);
    layout->addWidget(m_problem);
    layout->addWidget(note);

    connect(m_add, &QPushButton::clicked, this, &GradingPeriodsPage::addPeriod);
    m_name->installEventFilter(this);
    connect(m_remove, &QPushButton::clicked, this, &GradingPeriodsPage::removeSelected);
    connect(quarters, &QPushButton::clicked, this, [this] { addPreset(PeriodActions::Preset::Quarters); });
    connect(semesters, &QPushButton::clicked, this, [this] { addPreset(PeriodActions::Preset::Semesters); });
    connect(m_copy, &QPushButton::clicked, this, &GradingPeriodsPage::copyFromClass);
    connect(m_table, &QTableWidget::itemChanged, this, &GradingPeriodsPage::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GradingPeriodsPage::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && m_table->item(row, NameColumn))
            m_formula->showPeriod(m_table->item(row, NameColumn)->data(kIdRole).toString());
    });
    // Undo, sync and the CLI change periods too: the table follows the store.
    connect(&m_actions.store(), &Store::changed, this, &GradingPeriodsPage::onStoreChanged);
    reload();
}

bool GradingPeriodsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the name adds the period; the line edit would pass it on to the
    // dialog's default button, closing the settings instead.
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addPeriod();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString GradingPeriodsPage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void GradingPeriodsPage::onStoreChanged(const QStringList &entities)
{
    if (entities.contains(u"grading_period"_s) || entities.contains(u"assignment"_s) || entities.contains(u"class"_s))
        reload();
}

void GradingPeriodsPage::reload()
{
    Store &store = m_actions.store();
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), NameColumn)
                                 ? m_table->item(m_table->currentRow(), NameColumn)->data(kIdRole).toString()
                                 : QString();
    const PeriodMembership periods(GradingPeriodRepository(store).forClass(m_classId));
    const QHash<QString, int> counts = periods.counts(AssignmentRepository(store).inClass(m_classId));
    m_filling = true;
    m_table->setRowCount(int(periods.periods().size()));
    for (int row = 0; row < periods.periods().size(); ++row) {
        const GradingPeriod &p = periods.periods().at(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(kIdRole, p.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, StartColumn, new QTableWidgetItem(p.startDate.toString(Qt::ISODate)));
        m_table->setItem(row, EndColumn, new QTableWidgetItem(p.endDate.toString(Qt::ISODate)));
        auto *count =
            new QTableWidgetItem(p.formula.isEmpty() ? QString::number(counts.value(p.id)) : tr("by formula"));
        count->setFlags(count->flags() & ~Qt::ItemIsEditable);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, CountColumn, count);
        if (p.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(StartColumn);
    m_table->resizeColumnToContents(EndColumn);
    m_filling = false;

    // Other classes with periods, for "copy the periods of".
    const QString previous = m_copyFrom->currentData().toString();
    m_copyFrom->clear();
    for (const SchoolClass &c : ClassRepository(store).list()) {
        if (c.id != m_classId && !GradingPeriodRepository(store).forClass(c.id).isEmpty())
            m_copyFrom->addItem(c.name, c.id);
    }
    if (m_copyFrom->count() == 0)
        m_copyFrom->addItem(tr("(no other class has grading periods)"));
    m_copyFrom->setCurrentIndex(std::max(0, m_copyFrom->findData(previous)));
    updateButtons();
}

void GradingPeriodsPage::updateButtons()
{
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
    m_copy->setEnabled(!m_copyFrom->currentData().toString().isEmpty());
}

void GradingPeriodsPage::report(const Status &status)
{
    m_problem->setText(status ? QString() : status.error());
    m_problem->setVisible(!status);
}

void GradingPeriodsPage::addPeriod()
{
    GradingPeriod p;
    p.classId = m_classId;
    p.name = m_name->text();
    p.startDate = m_start->date();
    p.endDate = m_end->date();
    Result<QString> id = m_actions.periods().add(p);
    report(id ? Status{} : Status{fail(id.error())});
    if (!id)
        return;
    m_name->clear();
    // The next period most often starts the day after this one.
    m_start->setDate(p.endDate.addDays(1));
    m_end->setDate(p.endDate.addDays(1 + p.startDate.daysTo(p.endDate)));
}

void GradingPeriodsPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, NameColumn))
        return;
    report(m_actions.periods().remove(m_table->item(row, NameColumn)->data(kIdRole).toString()));
}

void GradingPeriodsPage::addPreset(PeriodActions::Preset preset)
{
    Result<QStringList> ids = m_actions.periods().addPreset(m_classId, preset, m_yearStart->date(), m_yearEnd->date());
    report(ids ? Status{} : Status{fail(ids.error())});
}

void GradingPeriodsPage::copyFromClass()
{
    const QString from = m_copyFrom->currentData().toString();
    if (from.isEmpty())
        return;
    Result<QStringList> ids = m_actions.periods().copyFrom(from, m_classId);
    report(ids ? Status{} : Status{fail(ids.error())});
}

void GradingPeriodsPage::onItemChanged(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const int row = item->row();
    const QString id = m_table->item(row, NameColumn)->data(kIdRole).toString();
    Status status;
    if (item->column() == NameColumn) {
        status = m_actions.periods().rename(id, item->text());
    } else {
        const QDate start = QDate::fromString(m_table->item(row, StartColumn)->text().trimmed(), Qt::ISODate);
        const QDate end = QDate::fromString(m_table->item(row, EndColumn)->text().trimmed(), Qt::ISODate);
        if (!start.isValid() || !end.isValid())
            status = fail(tr("Write dates as YYYY-MM-DD, e.g. 2026-09-07."));
        else
            status = m_actions.periods().setDates(id, start, end);
    }
    report(status);
    if (!status)
        reload(); // back to what is stored
}

} // namespace k12
