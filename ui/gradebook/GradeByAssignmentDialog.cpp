#include "GradeByAssignmentDialog.h"

#include "GradebookView.h"
#include "models/itemmodels/AssignmentGradesModel.h"
#include "models/itemmodels/GradebookModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

GradeByAssignmentDialog::GradeByAssignmentDialog(GradebookModel *gradebook, Actions &actions, int assignment,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_gradebook(gradebook)
    , m_actions(actions)
    , m_model(new AssignmentGradesModel(gradebook, this))
    , m_assignment(new QComboBox(this))
    , m_filter(new QComboBox(this))
    , m_published(new QCheckBox(tr("Visible to students"), this))
    , m_view(new GradebookView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"gradeByAssignmentDialog"_s);
    setWindowTitle(tr("Grade by Assignment"));
    m_assignment->setObjectName(u"byAssignmentChoice"_s);
    m_filter->setObjectName(u"byAssignmentFilter"_s);
    m_published->setObjectName(u"byAssignmentPublished"_s);
    m_count->setObjectName(u"byAssignmentCount"_s);
    const GradebookData &d = gradebook->gradebook();
    for (int a = 0; a < d.assignmentCount(); ++a)
        m_assignment->addItem(d.assignments.at(a).title, a);
    m_assignment->setCurrentIndex(std::max(0, assignment));
    m_filter->addItem(tr("All students"), int(AssignmentGradesModel::Filter::All));
    m_filter->addItem(tr("Ungraded only"), int(AssignmentGradesModel::Filter::Ungraded));
    m_filter->addItem(tr("Missing only"), int(AssignmentGradesModel::Filter::Missing));

    m_view->setModel(m_model);
    m_view->frozenView()->hide();
    m_view->setTabKeyNavigation(false); // Enter and the arrows move between students; Tab leaves the list
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 200);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Assignment:"), this));
    top->addWidget(m_assignment, 1);
    top->addWidget(m_filter);
    top->addWidget(m_published);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_assignment, &QComboBox::currentIndexChanged, this, &GradeByAssignmentDialog::onAssignmentChanged);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(static_cast<AssignmentGradesModel::Filter>(m_filter->currentData().toInt()));
    });
    connect(m_published, &QCheckBox::toggled, this, [this](bool on) {
        const int a = m_assignment->currentData().toInt();
        report(m_actions.assignments().setPublished({m_gradebook->gradebook().assignments.at(a)}, on));
    });
    connect(m_model, &AssignmentGradesModel::countsChanged, this, &GradeByAssignmentDialog::updateCount);
    connect(m_view, &GradebookView::clearRequested, this, [this] {
        QList<CellRef> cells;
        QSet<int> rows;
        for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
            rows.insert(i.row());
        for (int row : std::as_const(rows)) {
            const QString studentId = m_model->index(row, 0).data(GradebookModel::StudentIdRole).toString();
            cells.append({m_gradebook->gradebook().studentIndex(studentId), m_model->assignment()});
        }
        std::sort(cells.begin(), cells.end(), [](const CellRef &x, const CellRef &y) { return x.student < y.student; });
        report(m_actions.grades().edit(m_gradebook->gradebook(), cells, ScoreEdit::clear(), tr("Clear Grades")));
    });
    onAssignmentChanged();
    resize(640, 560);
}

void GradeByAssignmentDialog::report(const Result<int> &written)
{
    // Shown where a typed cell's problem shows: the main window's status bar.
    if (!written)
        Q_EMIT m_gradebook->editRejected(written.error());
}

void GradeByAssignmentDialog::onAssignmentChanged()
{
    const int a = m_assignment->currentData().toInt();
    m_model->setAssignment(a);
    const QSignalBlocker block(m_published);
    if (a >= 0 && a < m_gradebook->gradebook().assignmentCount())
        m_published->setChecked(m_gradebook->gradebook().assignments.at(a).published);
    m_view->setCurrentIndex(m_model->index(0, int(AssignmentGradesModel::Column::Score)));
    m_view->setFocus();
}

void GradeByAssignmentDialog::updateCount()
{
    m_count->setText(tr("%1 of %2 graded").arg(m_model->gradedCount()).arg(m_model->totalCount()));
}

} // namespace k12
