#include "PlansPanel.h"
#include "kernel/domain/Clock.h"

#include "DuplicateUnitDialog.h"
#include "LessonEditor.h"
#include "PlanPdfExport.h"
#include "PlanWidgets.h"
#include "UnitEditor.h"
#include "WeekView.h"
#include "models/itemmodels/LessonListModel.h"
#include "models/itemmodels/UnitListModel.h"
#include "models/plans/PlanChanges.h"
#include "models/plans/PlanDates.h"
#include "models/plans/PlanDocument.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

PlansPanel::PlansPanel(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(store, undoStack)
    , m_units(new UnitListModel(store, this))
    , m_lessons(new LessonListModel(store, undoStack, this))
    , m_unitView(new QListView(this))
    , m_lessonView(new QListView(this))
    , m_lessonsLabel(new QLabel(this))
    , m_unitEditor(new UnitEditor(store, undoStack, this))
    , m_lessonEditor(new LessonEditor(store, undoStack, this))
    , m_editors(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_modes(new QStackedWidget(this))
    , m_week(new WeekView(store, this))
    , m_newUnit(new QAction(QIcon::fromTheme(u"list-add"_s), tr("New &Unit"), this))
    , m_newLesson(new QAction(QIcon::fromTheme(u"document-new"_s), tr("New &Lesson"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete"), this))
    , m_duplicate(new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("D&uplicate Unit..."), this))
    , m_exportUnit(new QAction(QIcon::fromTheme(u"document-export"_s), tr("Export Unit as &PDF..."), this))
    , m_exportLesson(new QAction(tr("Export Lesson as PD&F..."), this))
    , m_weekAction(new QAction(QIcon::fromTheme(u"view-calendar-week"_s), tr("&Week View"), this))
    , m_moveUp(new QAction(tr("Move Lesson &Up"), this))
    , m_moveDown(new QAction(tr("Move Lesson Do&wn"), this))
{
    setObjectName(u"plansPanel"_s);
    m_newUnit->setObjectName(u"newUnitAction"_s);
    m_newLesson->setObjectName(u"newLessonAction"_s);
    m_delete->setObjectName(u"deletePlanAction"_s);
    m_duplicate->setObjectName(u"duplicateUnitAction"_s);
    m_exportUnit->setObjectName(u"exportUnitPdfAction"_s);
    m_exportLesson->setObjectName(u"exportLessonPdfAction"_s);
    m_weekAction->setObjectName(u"weekViewAction"_s);
    m_moveUp->setObjectName(u"moveLessonUpAction"_s);
    m_moveDown->setObjectName(u"moveLessonDownAction"_s);
    m_newUnit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_newLesson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_newUnit->setToolTip(tr("Plan a new unit for this class (Ctrl+Shift+U)"));
    m_newLesson->setToolTip(tr("Add a lesson at the end of the unit (Ctrl+Shift+L)"));
    m_weekAction->setCheckable(true);
    m_weekAction->setToolTip(tr("This week's lessons across all your classes"));
    for (QAction *a : {m_newUnit, m_newLesson}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    // Delete and move act on the lists only: in a text field those keys edit text.
    m_delete->setShortcut(QKeySequence::Delete);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *a : {m_delete, m_moveUp, m_moveDown})
        a->setShortcutContext(Qt::WidgetShortcut);
    m_unitView->addAction(m_delete);
    m_lessonView->addActions({m_delete, m_moveUp, m_moveDown});

    PlanWidgets::setUpUnitList(m_unitView, m_units);
    PlanWidgets::setUpLessonList(m_lessonView, m_lessons);

    auto *unitsLabel = new QLabel(tr("<b>&Units</b>"), this);
    unitsLabel->setBuddy(m_unitView);
    m_unitView->setAccessibleName(tr("Units")); // a list view does not take its buddy label's text as a name
    m_lessonsLabel->setBuddy(m_lessonView);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(unitsLabel);
    sideLayout->addWidget(m_unitView, 2);
    sideLayout->addWidget(m_lessonsLabel);
    sideLayout->addWidget(m_lessonView, 3);

    m_hint->setObjectName(u"plansHint"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_editors->addWidget(m_hint);
    m_editors->addWidget(PlanWidgets::scrolled(m_unitEditor, this));
    m_editors->addWidget(PlanWidgets::scrolled(m_lessonEditor, this));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"plansSplitter"_s);
    splitter->addWidget(side);
    splitter->addWidget(m_editors);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});
    m_modes->addWidget(splitter);
    m_modes->addWidget(m_week);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"plansToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newUnit);
    toolbar->addAction(m_newLesson);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_duplicate);
    toolbar->addAction(m_exportUnit);
    toolbar->addAction(m_exportLesson);
    toolbar->addSeparator();
    toolbar->addAction(m_weekAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_modes);

    connect(m_newUnit, &QAction::triggered, this, &PlansPanel::newUnit);
    connect(m_newLesson, &QAction::triggered, this, &PlansPanel::newLesson);
    connect(m_delete, &QAction::triggered, this, [this] { deleteCurrent(true); });
    connect(m_duplicate, &QAction::triggered, this, &PlansPanel::onDuplicate);
    connect(m_exportUnit, &QAction::triggered, this, &PlansPanel::onExportUnit);
    connect(m_exportLesson, &QAction::triggered, this, &PlansPanel::onExportLesson);
    connect(m_weekAction, &QAction::toggled, this, &PlansPanel::showWeek);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveLesson(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveLesson(1); });
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlansPanel::onUnitCurrentChanged);
    connect(m_lessonView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlansPanel::onLessonCurrentChanged);
    // Clicking the (already selected) unit goes back from a lesson to the unit's form.
    connect(m_unitView, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (const UnitPlan *u = m_units->unitAt(index.row()); u && u->id == m_unitId && m_shown == Shown::Lesson)
            selectUnit(QString(u->id)); // a copy: selecting saves the form, which may reload the model
    });
    connect(m_units, &QAbstractItemModel::modelReset, this, &PlansPanel::onUnitsReset);
    connect(m_lessons, &QAbstractItemModel::modelReset, this, &PlansPanel::onLessonsReset);
    connect(m_lessons, &QAbstractItemModel::rowsMoved, this, &PlansPanel::updateActions);
    connect(m_lessons, &LessonListModel::moveFailed, this,
            [this](const QString &m) { Q_EMIT statusMessage(tr("Order not saved: %1").arg(m), 8000); });
    connect(m_unitEditor, &UnitEditor::statusMessage, this,
            [this](const QString &m) { Q_EMIT statusMessage(m, 5000); });
    connect(m_lessonEditor, &LessonEditor::statusMessage, this,
            [this](const QString &m) { Q_EMIT statusMessage(m, 5000); });
    connect(m_week, &WeekView::lessonActivated, this,
            [this](const QString &classId, const QString &unitId, const QString &lessonId) {
                if (classId == m_classId)
                    openLesson(unitId, lessonId);
                else
                    Q_EMIT lessonOpenRequested(classId, unitId, lessonId);
            });
    show(Shown::Nothing);
}

void PlansPanel::setClassId(const QString &classId)
{
    if (classId == m_classId)
        return;
    commitEdits();
    m_classId = classId;
    m_unitId.clear();
    m_lessonId.clear();
    m_units->setClassId(classId); // resets: onUnitsReset selects the first unit
}

void PlansPanel::hideEvent(QHideEvent *event)
{
    commitEdits();
    QWidget::hideEvent(event);
}

bool PlansPanel::isLessonShown() const
{
    return m_shown == Shown::Lesson;
}

void PlansPanel::commitEdits()
{
    m_unitEditor->commit();
    m_lessonEditor->commit();
}

void PlansPanel::onUnitsReset()
{
    if (m_units->rowCount() == 0) {
        m_unitId.clear();
        m_lessonId.clear();
        m_lessons->setUnitId({});
        m_unitEditor->setUnit({});
        m_lessonEditor->setLesson({});
        show(Shown::Nothing);
        return;
    }
    const int row = m_units->rowOf(m_unitId);
    m_unitView->setCurrentIndex(m_units->index(row >= 0 ? row : 0));
}

void PlansPanel::onUnitCurrentChanged()
{
    if (m_selecting)
        return;
    const UnitPlan *u = m_units->unitAt(m_unitView->currentIndex().row());
    if (!u || u->id == m_unitId)
        return; // the same unit again (after a reload): keep what is shown
    // A copy: saving the form below reloads the model, which invalidates `u`.
    const QString unitId = u->id;
    commitEdits();
    m_unitId = unitId;
    m_lessonId.clear();
    m_lessons->setUnitId(m_unitId);
    m_lessonEditor->setLesson({});
    m_unitEditor->setUnit(m_unitId);
    show(Shown::Unit);
}

void PlansPanel::onLessonCurrentChanged()
{
    if (m_selecting)
        return;
    const Lesson *l = m_lessons->lessonAt(m_lessonView->currentIndex().row());
    if (!l || l->id == m_lessonId)
        return;
    // A copy: saving the form below reloads the model, which invalidates `l`.
    const QString lessonId = l->id;
    commitEdits();
    m_lessonId = lessonId;
    m_lessonEditor->setLesson(m_lessonId);
    show(Shown::Lesson);
}

void PlansPanel::onLessonsReset()
{
    const int row = m_lessons->rowOf(m_lessonId);
    if (row >= 0) {
        m_selecting = true;
        m_lessonView->setCurrentIndex(m_lessons->index(row));
        m_selecting = false;
    } else if (!m_lessonId.isEmpty()) {
        // The lesson is gone (deleted, or its creation undone): back to its unit.
        m_lessonId.clear();
        m_lessonEditor->setLesson({});
        show(m_unitId.isEmpty() ? Shown::Nothing : Shown::Unit);
    }
    updateActions();
}

void PlansPanel::selectUnit(const QString &unitId)
{
    const int row = m_units->rowOf(unitId);
    if (row < 0)
        return;
    if (unitId != m_unitId) {
        m_unitView->setCurrentIndex(m_units->index(row));
        return;
    }
    commitEdits();
    m_lessonId.clear();
    m_selecting = true;
    m_lessonView->setCurrentIndex(QModelIndex());
    m_lessonView->clearSelection();
    m_selecting = false;
    m_lessonEditor->setLesson({});
    show(Shown::Unit);
}

void PlansPanel::selectLesson(const QString &lessonId)
{
    const std::optional<Lesson> l = LessonRepository(m_store).find(lessonId);
    if (!l || l->classId != m_classId)
        return;
    if (l->unitId != m_unitId)
        selectUnit(l->unitId);
    const int row = m_lessons->rowOf(lessonId);
    if (row >= 0)
        m_lessonView->setCurrentIndex(m_lessons->index(row));
}

void PlansPanel::openLesson(const QString &unitId, const QString &lessonId)
{
    m_weekAction->setChecked(false);
    selectUnit(unitId);
    selectLesson(lessonId);
}

void PlansPanel::showWeek(bool week)
{
    commitEdits();
    if (m_weekAction->isChecked() != week)
        m_weekAction->setChecked(week); // calls back once
    m_modes->setCurrentIndex(week ? 1 : 0);
    updateActions();
}

void PlansPanel::show(Shown what)
{
    m_shown = what;
    if (m_classId.isEmpty())
        m_hint->setText(tr("Select a class to see its plans."));
    else
        m_hint->setText(tr("<p><b>No unit plans yet.</b></p><p>Click <b>New Unit</b> (Ctrl+Shift+U) to plan the "
                           "first unit of this class, then add its lessons.</p>"));
    m_editors->setCurrentIndex(what == Shown::Unit ? 1 : what == Shown::Lesson ? 2 : 0);
    const UnitPlan *u = m_units->unitAt(m_units->rowOf(m_unitId));
    m_lessonsLabel->setText(u ? tr("<b>Less&ons</b> of %1").arg(u->title.toHtmlEscaped()) : tr("<b>Less&ons</b>"));
    m_lessonView->setAccessibleName(u ? tr("Lessons of %1").arg(u->title) : tr("Lessons"));
    updateActions();
}

void PlansPanel::updateActions()
{
    const bool planner = m_modes->currentIndex() == 0;
    const bool hasUnit = planner && !m_unitId.isEmpty();
    const bool lesson = planner && m_shown == Shown::Lesson;
    const int row = m_lessons->rowOf(m_lessonId);
    m_newUnit->setEnabled(planner && !m_classId.isEmpty());
    m_newLesson->setEnabled(hasUnit);
    m_delete->setEnabled(hasUnit);
    m_delete->setText(lesson ? tr("&Delete Lesson") : tr("&Delete Unit"));
    m_duplicate->setEnabled(hasUnit);
    m_exportUnit->setEnabled(hasUnit);
    m_exportLesson->setEnabled(lesson);
    m_moveUp->setEnabled(lesson && row > 0);
    m_moveDown->setEnabled(lesson && row >= 0 && row < m_lessons->rowCount() - 1);
}

bool PlansPanel::newUnit()
{
    if (m_classId.isEmpty())
        return false;
    commitEdits();
    const Result<QString> id = m_actions.plans().createUnit(PlanChanges::nextUnit(m_store, m_classId, Clock::today()));
    if (!id) {
        QMessageBox::warning(this, tr("Unit not created"), id.error());
        return false;
    }
    selectUnit(*id);
    m_unitEditor->titleEdit()->setFocus();
    m_unitEditor->titleEdit()->selectAll();
    return true;
}

bool PlansPanel::newLesson()
{
    const std::optional<UnitPlan> unit = UnitPlanRepository(m_store).find(m_unitId);
    if (!unit)
        return false;
    commitEdits();
    const Lesson lesson = PlanChanges::nextLesson(m_store, *unit, Clock::today());
    const Result<QString> id = m_actions.plans().createLesson(lesson);
    if (!id) {
        QMessageBox::warning(this, tr("Lesson not created"), id.error());
        return false;
    }
    selectLesson(*id);
    m_lessonEditor->titleEdit()->setFocus();
    m_lessonEditor->titleEdit()->selectAll();
    return true;
}

bool PlansPanel::deleteCurrent(bool askFirst)
{
    commitEdits();
    if (m_shown == Shown::Lesson && !m_lessonId.isEmpty()) {
        if (const Status s = m_actions.plans().removeLesson(m_lessonId); !s) {
            QMessageBox::warning(this, tr("Lesson not deleted"), s.error());
            return false;
        }
        Q_EMIT statusMessage(tr("Lesson deleted. Edit > Undo brings it back."), 6000);
        return true;
    }
    const std::optional<UnitPlan> unit = UnitPlanRepository(m_store).find(m_unitId);
    if (!unit)
        return false;
    const int lessons = int(PlanQueries(m_store).lessons(unit->id).size());
    if (askFirst) {
        QMessageBox box(QMessageBox::Question, tr("Delete Unit"),
                        tr("Delete the unit \"%1\" and its %n lesson(s)?", nullptr, lessons).arg(unit->title),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(u"deleteUnitQuestion"_s);
        box.setInformativeText(tr("Edit > Undo brings them back."));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    if (const Status s = m_actions.plans().removeUnit(unit->id); !s) {
        QMessageBox::warning(this, tr("Unit not deleted"), s.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Unit deleted. Edit > Undo brings it back."), 6000);
    return true;
}

bool PlansPanel::duplicateUnit(const QString &targetClassId, const QDate &newStart, const QString &title)
{
    commitEdits();
    const Result<PlanChanges::Duplicate> dup =
        m_actions.plans().duplicateUnit(m_unitId, targetClassId, newStart, title);
    if (!dup) {
        QMessageBox::warning(this, tr("Unit not duplicated"), dup.error());
        return false;
    }
    if (targetClassId == m_classId) {
        selectUnit(dup->unitId);
        Q_EMIT statusMessage(tr("Unit duplicated with %n lesson(s).", nullptr, dup->lessonCount), 5000);
    } else {
        const std::optional<SchoolClass> target = ClassRepository(m_store).find(targetClassId);
        Q_EMIT statusMessage(tr("Unit copied with %n lesson(s) into %1.", nullptr, dup->lessonCount)
                                 .arg(target ? target->name : QString()),
                             6000);
    }
    return true;
}

void PlansPanel::onDuplicate()
{
    commitEdits();
    const std::optional<UnitPlan> unit = UnitPlanRepository(m_store).find(m_unitId);
    if (!unit)
        return;
    DuplicateUnitDialog dialog(m_store, *unit, int(PlanQueries(m_store).lessons(unit->id).size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    duplicateUnit(dialog.targetClassId(), dialog.newStart(), dialog.title());
}

Status PlansPanel::exportUnitPdf(const QString &path)
{
    commitEdits();
    return PlanDocument::exportUnit(m_store, m_unitId, path);
}

Status PlansPanel::exportLessonPdf(const QString &path)
{
    commitEdits();
    return PlanDocument::exportLesson(m_store, m_lessonId, path);
}

void PlansPanel::onExportUnit()
{
    if (const std::optional<UnitPlan> unit = UnitPlanRepository(m_store).find(m_unitId)) {
        PlanPdfExport::run(this, tr("Export Unit as PDF"), unit->title, tr("Unit exported to %1."),
                           [this](const QString &path) { return exportUnitPdf(path); });
    }
}

void PlansPanel::onExportLesson()
{
    if (const std::optional<Lesson> lesson = LessonRepository(m_store).find(m_lessonId)) {
        PlanPdfExport::run(this, tr("Export Lesson as PDF"), lesson->title, tr("Lesson exported to %1."),
                           [this](const QString &path) { return exportLessonPdf(path); });
    }
}

void PlansPanel::moveLesson(int delta)
{
    commitEdits(); // first: saving a date can reload the list
    const int row = m_lessons->rowOf(m_lessonId);
    if (row < 0)
        return;
    m_lessons->moveLesson(row, row + delta);
    updateActions();
}

} // namespace k12
