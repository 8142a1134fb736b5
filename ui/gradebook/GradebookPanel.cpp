#include "GradebookPanel.h"
#include "ui/common/Ask.h"

#include "AssignmentDialog.h"
#include "AutoMissingNotice.h"
#include "CategoryDialog.h"
#include "ClassSettingsDialog.h"
#include "CurveDialog.h"
#include "ExportGradebookDialog.h"
#include "FinalLetterOverrides.h"
#include "GradeByAssignmentDialog.h"
#include "GradeByStandardDialog.h"
#include "GradebookStructure.h"
#include "GradebookView.h"
#include "ImportScoresDialog.h"
#include "SelectionGrading.h"
#include "TagStandardsDialog.h"
#include "models/grading/TermFinals.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"
#include "ui/common/ProfileSettings.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

GradebookPanel::GradebookPanel(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(store, undoStack)
    , m_model(new GradebookModel(store, undoStack, this))
    , m_view(new GradebookView(this))
    , m_selection(new SelectionGrading(m_model, m_view, m_actions, this))
    , m_structure(new GradebookStructure(m_model, m_view, m_actions, this))
    , m_overrides(new FinalLetterOverrides(m_model, m_view, m_actions, this))
    , m_period(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_addAssignment(new QAction(QIcon::fromTheme(u"list-add"_s), tr("Add &Assignment..."), this))
    , m_addCategory(new QAction(tr("Add &Category..."), this))
    , m_settings(new QAction(QIcon::fromTheme(u"configure"_s), tr("&Grading Settings..."), this))
    , m_markMissing(new QAction(tr("Mark &Missing"), this))
    , m_markExcused(new QAction(tr("Mark &Excused"), this))
    , m_markLate(new QAction(tr("Mark &Late"), this))
    , m_turnedIn(new QAction(tr("&Turned In On..."), this))
    , m_unmark(new QAction(tr("&Unmark"), this))
    , m_clear(new QAction(tr("C&lear Grades"), this))
    , m_setScore(new QAction(tr("&Set Score..."), this))
    , m_fillEmpty(new QAction(tr("Fill &Empty Cells..."), this))
    , m_fillDown(new QAction(tr("Fill &Down"), this))
    , m_copy(new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy"), this))
    , m_paste(new QAction(QIcon::fromTheme(u"edit-paste"_s), tr("&Paste"), this))
    , m_curve(new QAction(tr("C&urve Assignment..."), this))
    , m_comment(new QAction(tr("Co&mment..."), this))
    , m_publish(new QAction(tr("&Publish Assignments"), this))
    , m_hide(new QAction(tr("&Hide Assignments"), this))
    , m_byAssignment(new QAction(tr("Grade &by Assignment..."), this))
    , m_byStandard(new QAction(tr("Grade by S&tandard..."), this))
    , m_tagStandards(new QAction(tr("Ta&g with Standards..."), this))
    , m_importScores(new QAction(QIcon::fromTheme(u"document-import"_s), tr("Import &Scores..."), this))
    , m_export(new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export Gradebook..."), this))
{
    setObjectName(u"gradebookPanel"_s);
    m_addAssignment->setObjectName(u"addAssignmentAction"_s);
    m_addAssignment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addCategory->setObjectName(u"addCategoryAction"_s);
    m_settings->setObjectName(u"gradingSettingsAction"_s);
    m_markMissing->setObjectName(u"markMissingAction"_s);
    m_markMissing->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markMissing->setToolTip(tr("Not turned in (Ctrl+M; or type M in a cell)"));
    m_markExcused->setObjectName(u"markExcusedAction"_s);
    m_markExcused->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_markExcused->setToolTip(tr("Left out of the average (Ctrl+Shift+E; or type EX in a cell)"));
    m_markLate->setObjectName(u"markLateAction"_s);
    m_markLate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_markLate->setToolTip(tr("Turned in late; keeps the points (Ctrl+Shift+L; or type L3 in a cell: 3 days late)"));
    m_turnedIn->setObjectName(u"turnedInAction"_s);
    m_turnedIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_turnedIn->setToolTip(tr("The date the work came in: the due date makes the days late and the class's late "
                              "penalty applies (Ctrl+Shift+T)"));
    m_unmark->setObjectName(u"unmarkAction"_s);
    m_unmark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_clear->setObjectName(u"clearGradesAction"_s);
    m_setScore->setObjectName(u"setScoreAction"_s);
    m_fillEmpty->setObjectName(u"fillEmptyAction"_s);
    m_fillDown->setObjectName(u"fillDownAction"_s);
    m_fillDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_copy->setObjectName(u"copyAction"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste->setObjectName(u"pasteAction"_s);
    m_paste->setShortcut(QKeySequence::Paste);
    m_curve->setObjectName(u"curveAction"_s);
    m_comment->setObjectName(u"commentAction"_s);
    m_publish->setObjectName(u"publishAction"_s);
    m_hide->setObjectName(u"hideAction"_s);
    m_byAssignment->setObjectName(u"gradeByAssignmentAction"_s);
    m_byAssignment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_byStandard->setObjectName(u"gradeByStandardAction"_s);
    m_byStandard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_tagStandards->setObjectName(u"tagStandardsAction"_s);
    m_importScores->setObjectName(u"importScoresAction"_s);
    m_export->setObjectName(u"exportGradebookAction"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    for (QAction *a : gradeActions() + bulkActions()) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    m_view->setModel(m_model);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(gradeActions());
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addActions(bulkActions());

    m_period->setObjectName(u"gradingPeriodFilter"_s);
    m_summary->setObjectName(u"gradebookSummary"_s);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addAssignment);
    toolbar->addAction(m_addCategory);
    toolbar->addAction(m_settings);
    toolbar->addAction(m_importScores);
    toolbar->addSeparator();
    toolbar->addAction(m_markMissing);
    toolbar->addAction(m_markExcused);
    toolbar->addAction(m_markLate);
    toolbar->addAction(m_turnedIn);
    auto *bulkMenu = new QMenu(tr("Bulk"), this);
    bulkMenu->addActions(bulkActions());
    auto *bulkButton = new QToolButton(this);
    bulkButton->setObjectName(u"bulkButton"_s);
    bulkButton->setText(tr("Bulk"));
    bulkButton->setMenu(bulkMenu);
    bulkButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(bulkButton);

    // The period filter sits beside the toolbar, not in it: on a narrow window the
    // toolbar folds its last buttons into "»", and the filter must stay in sight.
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(toolbar, 1);
    top->addWidget(periodLabel);
    top->addWidget(m_period);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    m_autoMissing = new AutoMissingNotice(store, undoStack, m_model, m_view, this); // hidden until it marks cells
    layout->addWidget(m_autoMissing);
    layout->addWidget(m_view);
    layout->addWidget(m_summary);

    SelectionGrading *selection = m_selection;
    GradebookStructure *structure = m_structure;
    connect(m_addAssignment, &QAction::triggered, structure, &GradebookStructure::addAssignment);
    connect(m_addCategory, &QAction::triggered, structure, &GradebookStructure::addCategory);
    connect(m_settings, &QAction::triggered, structure, &GradebookStructure::openSettings);
    const auto mark = [selection](QAction *action, const ScoreEdit &edit) {
        connect(action, &QAction::triggered, selection,
                [selection, action, edit] { selection->applyToSelection(edit, action->text().remove(u'&')); });
    };
    mark(m_markMissing, ScoreEdit::missing());
    mark(m_markExcused, ScoreEdit::excused());
    mark(m_markLate, ScoreEdit::late());
    mark(m_unmark, ScoreEdit::unmark());
    mark(m_clear, ScoreEdit::clear());
    connect(m_view, &GradebookView::clearRequested, m_clear, &QAction::trigger);
    connect(m_turnedIn, &QAction::triggered, selection, &SelectionGrading::turnedInForSelection);
    connect(m_setScore, &QAction::triggered, selection, &SelectionGrading::setScoreForSelection);
    connect(m_fillEmpty, &QAction::triggered, selection, &SelectionGrading::fillEmptyInSelection);
    connect(m_fillDown, &QAction::triggered, selection, &SelectionGrading::fillDown);
    connect(m_copy, &QAction::triggered, selection, &SelectionGrading::copySelection);
    connect(m_paste, &QAction::triggered, selection,
            [selection] { selection->pasteText(QGuiApplication::clipboard()->text()); });
    connect(m_curve, &QAction::triggered, selection, &SelectionGrading::curveAssignment);
    connect(m_comment, &QAction::triggered, selection, &SelectionGrading::commentSelection);
    connect(m_publish, &QAction::triggered, selection, [selection] { selection->setSelectedPublished(true); });
    connect(m_hide, &QAction::triggered, selection, [selection] { selection->setSelectedPublished(false); });
    connect(selection, &SelectionGrading::statusMessage, this, &GradebookPanel::statusMessage);
    connect(m_overrides, &FinalLetterOverrides::statusMessage, this, &GradebookPanel::statusMessage);
    connect(structure, &GradebookStructure::statusMessage, this, &GradebookPanel::statusMessage);
    connect(m_byAssignment, &QAction::triggered, this, &GradebookPanel::gradeByAssignment);
    connect(m_byStandard, &QAction::triggered, this, [this] { gradeByStandard(); });
    connect(m_tagStandards, &QAction::triggered, this,
            [this] { tagWithStandards(m_selection->selectedAssignments()); });
    connect(m_importScores, &QAction::triggered, this, &GradebookPanel::importScores);
    connect(m_export, &QAction::triggered, this, &GradebookPanel::exportGradebook);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &GradebookPanel::onHeaderMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionDoubleClicked, structure, [this, structure](int column) {
        if (const int a = m_model->assignmentForColumn(column); a >= 0)
            structure->editAssignment(a);
    });
    connect(m_model, &GradebookModel::editRejected, this,
            [this](const QString &message) { Q_EMIT statusMessage(message, 8000); });
    connect(m_model, &GradebookModel::modelReset, this, &GradebookPanel::updatePeriods);
    connect(m_model, &GradebookModel::modelReset, this, &GradebookPanel::fitColumns);
    connect(m_model, &GradebookModel::gradesRecomputed, this, &GradebookPanel::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GradebookPanel::onSelectionChanged);
    connect(m_period, &QComboBox::activated, this, [this] {
        m_model->setGradingPeriod(m_period->currentData().toString());
        showPeriodColumns();
    });
    onSelectionChanged();
}

QList<QAction *> GradebookPanel::gradeActions() const
{
    return {m_markMissing, m_markExcused, m_markLate, m_turnedIn, m_unmark, m_clear};
}

QList<QAction *> GradebookPanel::bulkActions() const
{
    return {m_setScore,
            m_fillEmpty,
            m_fillDown,
            m_copy,
            m_paste,
            m_curve,
            m_comment,
            m_publish,
            m_hide,
            m_byAssignment,
            m_byStandard,
            m_tagStandards,
            m_overrides->overrideAction(),
            m_overrides->clearAction()};
}

void GradebookPanel::importScores()
{
    if (m_model->classId().isEmpty())
        return;
    ImportScoresDialog dialog(m_model->gradebook(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<int> r = m_actions.grades().importScores(dialog.changes());
    if (!r)
        QMessageBox::warning(this, tr("Scores not imported"), tr("Nothing was imported: %1").arg(r.error()));
    else
        Q_EMIT statusMessage(tr("Imported %n change(s).", nullptr, *r), 6000);
}

Status GradebookPanel::exportTo(const QString &path, const GradebookExport::Options &options)
{
    if (Status written = GradebookExport::writeFile(m_store, m_model->classId(), options, path); !written)
        return written;
    profileSettings(m_store).setValue(QString::fromLatin1(settingsKeys::exported), true);
    return {};
}

void GradebookPanel::exportGradebook()
{
    if (m_model->classId().isEmpty())
        return;
    ExportGradebookDialog choice(this);
    if (choice.exec() != QDialog::Accepted)
        return;
    const GradebookExport::Options options = choice.options();
    const QString suggested = GradebookExport::suggestedFileName(m_model->gradebook().schoolClass.name, options);
    QString path = Ask::saveFileName(this, tr("Export Gradebook"), suggested, choice.fileFilter());
    if (path.isEmpty())
        return;
    const QString extension = options.fileType == GradebookExport::FileType::Xlsx ? u".xlsx"_s : u".csv"_s;
    if (!path.endsWith(extension, Qt::CaseInsensitive) && QFileInfo(path).suffix().isEmpty())
        path += extension;
    if (Status s = exportTo(path, options); !s) {
        QMessageBox::warning(this, tr("Gradebook not exported"), s.error());
        return;
    }
    Q_EMIT statusMessage(tr("Gradebook exported to %1.").arg(QDir::toNativeSeparators(path)), 6000);
}

void GradebookPanel::gradeByAssignment()
{
    const QList<int> assignments = m_selection->selectedAssignments();
    if (m_model->gradebook().assignmentCount() == 0)
        return;
    GradeByAssignmentDialog dialog(m_model, m_actions, assignments.isEmpty() ? 0 : assignments.constFirst(), this);
    dialog.exec();
}

void GradebookPanel::gradeByStandard(const QString &assignmentId)
{
    const GradebookData &d = m_model->gradebook();
    if (d.assignmentCount() == 0)
        return;
    QString current = assignmentId;
    if (current.isEmpty()) {
        const QList<int> selected = m_selection->selectedAssignments();
        current = d.assignments.at(selected.isEmpty() ? 0 : selected.constFirst()).id;
    }
    GradeByStandardDialog dialog(m_actions, m_model->classId(), d.assignments, current, this);
    dialog.exec();
}

void GradebookPanel::tagWithStandards(const QList<int> &assignments)
{
    QList<Assignment> chosen;
    for (int a : assignments)
        chosen << m_model->gradebook().assignments.at(a);
    if (chosen.isEmpty())
        return;
    TagStandardsDialog dialog(m_actions, m_model->classId(), chosen, this);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(tr("Standards: %n tag(s) added", nullptr, dialog.added()) + u", "_s +
                                 tr("%n taken off", nullptr, dialog.removed()) + u'.',
                             6000);
    }
}

void GradebookPanel::setClassId(const QString &classId)
{
    m_model->setClassId(classId);
    m_autoMissing->setClassId(classId); // marks past-due work missing when the class's option is on
    m_addAssignment->setEnabled(!classId.isEmpty());
    m_addCategory->setEnabled(!classId.isEmpty());
    m_settings->setEnabled(!classId.isEmpty());
    m_export->setEnabled(!classId.isEmpty());
    m_importScores->setEnabled(!classId.isEmpty());
    m_byStandard->setEnabled(!classId.isEmpty());
}

void GradebookPanel::fitColumns()
{
    m_view->resizeColumnToContents(0);
    m_view->setColumnWidth(0, std::max(180, m_view->columnWidth(0)));
    m_view->horizontalHeader()->setMinimumHeight(2 * fontMetrics().height() + 10);
    // Computed columns are as wide as their two-line headers need.
    for (int c = 1 + m_model->gradebook().assignmentCount(); c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::max(64, m_view->horizontalHeader()->sectionSizeHint(c)));
}

void GradebookPanel::onSelectionChanged()
{
    bool anyAssignmentCell = false;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
        if (m_model->assignmentForColumn(i.column()) >= 0) {
            anyAssignmentCell = true;
            break;
        }
    }
    for (QAction *a : gradeActions())
        a->setEnabled(anyAssignmentCell);
    m_overrides->updateActions();
    for (QAction *a :
         {m_setScore, m_fillEmpty, m_fillDown, m_copy, m_curve, m_comment, m_publish, m_hide, m_tagStandards})
        a->setEnabled(anyAssignmentCell);
}

void GradebookPanel::onHeaderMenu(const QPoint &pos)
{
    const int column = m_view->horizontalHeader()->logicalIndexAt(pos);
    const int a = m_model->assignmentForColumn(column);
    QMenu menu(this);
    if (a >= 0) {
        const Assignment as = m_model->gradebook().assignments.at(a);
        menu.addAction(tr("Edit \"%1\"...").arg(as.title), m_structure, [this, a] { m_structure->editAssignment(a); });
        menu.addAction(tr("Delete \"%1\"...").arg(as.title), m_structure,
                       [this, a] { m_structure->deleteAssignment(a); });
        menu.addAction(tr("Standards..."), this, [this, a] { tagWithStandards({a}); });
        menu.addAction(tr("Grade by Standard..."), this, [this, id = as.id] { gradeByStandard(id); });
        if (!as.categoryId.isEmpty()) {
            const QString categoryId = as.categoryId;
            menu.addAction(tr("Edit Category..."), m_structure,
                           [this, categoryId] { m_structure->editCategory(categoryId); });
        }
        menu.addSeparator();
    }
    if (const int c = m_model->categoryForColumn(column); c >= 0) {
        const QString categoryId = m_model->gradebook().categories.at(c).id;
        menu.addAction(tr("Edit Category..."), m_structure,
                       [this, categoryId] { m_structure->editCategory(categoryId); });
        menu.addSeparator();
    }
    menu.addAction(m_addAssignment);
    menu.addAction(m_addCategory);
    menu.addAction(m_settings);
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

void GradebookPanel::updatePeriods()
{
    const QString current = m_period->currentData().toString();
    m_period->clear();
    m_period->addItem(tr("All"), QString());
    if (!m_model->classId().isEmpty()) {
        for (const GradingPeriod &p : GradingPeriodRepository(m_store).forClass(m_model->classId(), u"start_date"_s))
            m_period->addItem(p.name, p.id);
    }
    m_period->setCurrentIndex(std::max(0, m_period->findData(current)));
    m_period->setEnabled(m_period->count() > 1);
    // A removed period leaves the filter on All, and the grades must say so too.
    if (m_period->currentData().toString() != m_model->gradebook().gradingPeriodId)
        m_model->setGradingPeriod(m_period->currentData().toString());
    showPeriodColumns();
    updateSummary();
}

void GradebookPanel::showPeriodColumns()
{
    // A period shows its own assignments: put in it, or due within its dates;
    // a term by formula, those of its parts.
    const GradebookData &d = m_model->gradebook();
    const std::vector<bool> shown = TermFinals(d).assignmentsIn(d.gradingPeriodId);
    for (int a = 0; a < d.assignmentCount(); ++a)
        m_view->setColumnHidden(m_model->columnForAssignment(a), !shown[size_t(a)]);
}

void GradebookPanel::updateSummary()
{
    const GradebookData &d = m_model->gradebook();
    if (d.studentCount() == 0 || d.assignmentCount() == 0) {
        m_summary->setText(d.assignmentCount() == 0 && !m_model->classId().isEmpty()
                               ? tr("No assignments yet: add one with Add Assignment (Ctrl+Shift+A).")
                               : QString());
        return;
    }
    double sum = 0;
    int graded = 0;
    for (int s = 0; s < d.studentCount(); ++s) {
        if (const std::optional<double> f = m_model->finalOf(s).percent) { // a term's by its formula
            sum += *f;
            ++graded;
        }
    }
    m_summary->setText(graded == 0 ? tr("%n student(s), no grades yet.", nullptr, d.studentCount())
                                   : tr("%n student(s) · class average %1%", nullptr, d.studentCount())
                                         .arg(QLocale().toString(sum / graded, 'f', 2)));
}

} // namespace k12
