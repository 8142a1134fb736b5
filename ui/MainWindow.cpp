#include "MainWindow.h"

#include "models/itemmodels/ClassListModel.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/itemmodels/RosterModel.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Outbox.h"
#include "models/store/Store.h"
#include "ui/backup/BackupsDialog.h"
#include "ui/classes/ClassDialog.h"
#include "ui/classes/RosterPanel.h"
#include "ui/common/FocusVisibleStyle.h"
#include "ui/common/KeyboardToolBar.h"
#include "ui/common/ProfileSettings.h"
#include "ui/families/MissingNoticeDialog.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/insight/InsightPanel.h"
#include "ui/mastery/MasteryPanel.h"
#include "ui/onboarding/GettingStartedChecklist.h"
#include "ui/onboarding/OnboardingState.h"
#include "ui/onboarding/OnboardingWizard.h"
#include "ui/plans/PlansPanel.h"
#include "ui/reports/ProgressReportWindow.h"
#include "ui/rollover/ArchivedSection.h"
#include "ui/rollover/RolloverWizard.h"
#include "ui/search/SearchNavigator.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sync/HeldDeletionsBar.h"
#include "ui/sync/SyncActions.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/today/TodayNavigator.h"
#include "ui/today/TodayView.h"
#include "ui/yearend/YearEndActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_actions(store, m_undoStack)
    , m_classes(new ClassListModel(store, this))
    , m_classList(new QListView(this))
    , m_pages(new QStackedWidget(this))
    , m_classTitle(new QLabel(this))
    , m_classDetails(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_gradebook(new GradebookPanel(store, m_undoStack, this))
    , m_roster(new RosterPanel(store, m_undoStack, this))
    , m_plans(new PlansPanel(store, m_undoStack, this))
    , m_mastery(new MasteryPanel(store, m_undoStack, this))
    , m_checklist(new GettingStartedChecklist(store, this))
    , m_today(new TodayView(store, this))
    , m_countsLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    FocusVisibleStyle::install(); // a visible focus on lists and tables too, in every window
    setWindowTitle(tr("K12 Teacher"));
    createActions();
    createMenus();

    // Sidebar: the classes.
    m_classList->setObjectName(u"classList"_s);
    m_classList->setModel(m_classes);
    m_classList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_classList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_classList->addActions({m_editClass, m_archiveClass, findChild<YearEndActions *>()->deleteClassAction()});
    auto *sideTools = new QToolBar(this);
    sideTools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    sideTools->addAction(m_newClass);
    auto *classesLabel = new QLabel(tr("<b>Classes</b>"), this);
    classesLabel->setBuddy(m_classList);
    m_classList->setAccessibleName(tr("Classes")); // a list view does not take its buddy label's text as a name
    auto *sidebar = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    // Today, the first entry: the morning's page across all classes (issue 20).
    auto *todayButton = new QToolButton(sidebar);
    todayButton->setObjectName(u"todayButton"_s);
    todayButton->setDefaultAction(m_todayAction);
    todayButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    todayButton->setAutoRaise(true);
    todayButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    sideLayout->addWidget(todayButton);
    sideLayout->addWidget(classesLabel);
    sideLayout->addWidget(m_classList);
    sideLayout->addWidget(sideTools);
    // Archived classes by term (issue 19): one opens read-only; the class list shows archived ones meanwhile.
    auto *archived = new ArchivedSection(store, sidebar);
    sideLayout->addWidget(archived);
    connect(archived, &ArchivedSection::classActivated, this, [this](const QString &classId) {
        m_showArchived->setChecked(true);
        selectClass(classId);
    });

    // Page shown while the profile has no classes yet.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *welcome = new QLabel(tr("<h2>Welcome to K12 Teacher</h2><p>Everything you enter is saved on this "
                                  "computer at once and works without a network.</p><p>Start by creating your "
                                  "first class.</p>"),
                               empty);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    auto *createFirst = new QPushButton(tr("Create a Class..."), empty);
    createFirst->setObjectName(u"createFirstClassButton"_s);
    connect(createFirst, &QPushButton::clicked, this, &MainWindow::onNewClass);
    emptyLayout->addStretch();
    emptyLayout->addWidget(welcome);
    emptyLayout->addWidget(createFirst, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    // Page of the selected class.
    auto *classPage = new QWidget(this);
    auto *classLayout = new QVBoxLayout(classPage);
    m_classTitle->setObjectName(u"classTitle"_s);
    m_classDetails->setObjectName(u"classDetails"_s);
    m_classDetails->setStyleSheet(u"color: palette(mid);"_s);
    QFont titleFont = m_classTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_classTitle->setFont(titleFont);
    m_tabs->setObjectName(u"classTabs"_s);
    m_tabs->setAccessibleName(tr("Class pages"));
    m_tabs->addTab(m_gradebook, tr("&Gradebook"));
    // Insight reads the grid's own model (same class, same period, kept current by the store);
    // a student chosen there is selected in the grid.
    auto *insight = new InsightPanel(store, m_gradebook->model(), this);
    m_tabs->addTab(insight, tr("&Insight"));
    connect(insight, &InsightPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(insight, &InsightPanel::studentActivated, this, [this](const QString &studentId) {
        const int row = m_gradebook->model()->gradebook().studentIndex(studentId);
        if (row < 0)
            return;
        m_tabs->setCurrentWidget(m_gradebook);
        GradebookView *view = m_gradebook->view();
        view->setCurrentIndex(m_gradebook->model()->index(row, 0));
        view->selectRow(row);
        view->setFocus();
    });
    m_tabs->addTab(m_mastery, tr("Master&y"));
    m_tabs->addTab(m_roster, tr("&Roster"));
    m_tabs->addTab(m_plans, tr("P&lans"));
    classLayout->addWidget(m_classTitle);
    classLayout->addWidget(m_classDetails);
    auto *archivedBanner = new QLabel(tr("This class is archived: it opens, exports and prints, but nothing in it can "
                                         "change. Class > Unarchive Class restores it."),
                                      classPage);
    archivedBanner->setObjectName(u"archivedBanner"_s);
    archivedBanner->setWordWrap(true);
    archivedBanner->setStyleSheet(u"background: #fff4ce; color: #3b3000; border: 1px solid #e0c860; padding: 6px;"_s);
    archivedBanner->setAccessibleName(tr("Archived class"));
    archivedBanner->hide();
    classLayout->addWidget(archivedBanner);
    classLayout->addWidget(m_checklist);
    classLayout->addWidget(m_tabs);

    m_pages->addWidget(empty);
    m_pages->addWidget(classPage);
    m_pages->addWidget(m_today);
    TodayNavigator::install(this, m_today);
    // A class chosen in the list (mouse or keyboard) leaves Today.
    connect(m_classList, &QListView::clicked, this, &MainWindow::leaveToday);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1040});
    // Above everything: the notice of deletions held for the teacher's say (setSyncService fills it).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_syncLabel->setObjectName(u"syncLabel"_s);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_syncLabel);

    connect(m_classList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentClassChanged);
    connect(m_classes, &QAbstractItemModel::modelReset, this, &MainWindow::onCurrentClassChanged);
    connect(&m_store, &Store::changed, this, &MainWindow::onStoreChanged);
    connect(m_roster, &RosterPanel::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_gradebook, &GradebookPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_plans, &PlansPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_plans, &PlansPanel::lessonOpenRequested, this,
            [this](const QString &classId, const QString &unitId, const QString &lessonId) {
                selectClass(classId);
                m_plans->openLesson(unitId, lessonId);
            });
    connect(&m_store, &Store::writeFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Not saved"), message); });

    SearchNavigator::install(this, store); // Ctrl+K and the toolbar's search field
    // Every toolbar's buttons are Tab stops: some actions (Plans, Mastery) are on a toolbar only.
    for (QToolBar *bar : findChildren<QToolBar *>())
        KeyboardToolBar::install(bar);
    restoreSettings();
    onCurrentClassChanged();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newClass = new QAction(QIcon::fromTheme(u"list-add"_s), tr("&New Class..."), this);
    m_newClass->setObjectName(u"newClassAction"_s);
    m_newClass->setShortcut(QKeySequence::New);
    m_newClass->setStatusTip(tr("Create a class (course section)"));
    connect(m_newClass, &QAction::triggered, this, &MainWindow::onNewClass);

    m_editClass = new QAction(tr("&Edit Class..."), this);
    m_editClass->setObjectName(u"editClassAction"_s);
    m_editClass->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editClass, &QAction::triggered, this, &MainWindow::onEditClass);

    m_archiveClass = new QAction(tr("&Archive Class"), this);
    m_archiveClass->setObjectName(u"archiveClassAction"_s);
    m_archiveClass->setStatusTip(tr("Hide a finished class from the sidebar; nothing is deleted"));
    connect(m_archiveClass, &QAction::triggered, this, &MainWindow::onArchiveClass);

    m_showArchived = new QAction(tr("Show Archived Classes"), this);
    m_showArchived->setCheckable(true);
    connect(m_showArchived, &QAction::toggled, m_classes, &ClassListModel::setShowArchived);

    m_todayAction = new QAction(QIcon::fromTheme(u"go-home"_s), tr("&Today"), this);
    m_todayAction->setObjectName(u"todayAction"_s);
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_todayAction->setCheckable(true);
    m_todayAction->setStatusTip(tr("Today's lessons, work to grade and students falling behind, in all classes"));
    connect(m_todayAction, &QAction::triggered, this, &MainWindow::showToday);

    m_quit = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newClass);
    auto *newTerm = new QAction(tr("New &Term..."), this);
    newTerm->setObjectName(u"newTermAction"_s);
    newTerm->setStatusTip(tr("Start the next term from this one's classes; the old classes are archived"));
    connect(newTerm, &QAction::triggered, this, [this] {
        RolloverWizard wizard(m_store, m_undoStack, this);
        if (wizard.exec() == QDialog::Accepted && wizard.rolledOver() > 0) {
            statusBar()->showMessage(
                tr("%n class(es) started in %1. Edit > Undo takes it back.", nullptr, wizard.rolledOver())
                    .arg(wizard.options().toTerm),
                8000);
        }
    });
    file->addAction(newTerm);
    file->addAction(m_roster->importAction());
    file->addAction(m_gradebook->importScoresAction());
    file->addAction(m_gradebook->exportAction());
    auto *backups = new QAction(tr("&Backups..."), this);
    backups->setObjectName(u"backupsAction"_s);
    backups->setStatusTip(tr("Back up your data now, check a backup or restore one"));
    connect(backups, &QAction::triggered, this, &MainWindow::onBackups);
    file->addAction(backups);
    // Year end (issue 19): the year's export; Delete Class in the Class menu and the sidebar's context menu.
    auto *yearEnd = new YearEndActions(m_store, m_undoStack, this, [this] { return m_shownClassId; });
    file->addAction(yearEnd->exportYearAction());
    QAction *reports = progressReportsAction(false);
    file->addAction(reports);
    // The roster's context menu: reports for the students selected there.
    auto *rosterSeparator = new QAction(this);
    rosterSeparator->setSeparator(true);
    m_roster->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_roster->view()->addActions(
        {m_roster->editStudentAction(), m_roster->removeStudentAction(), rosterSeparator, progressReportsAction(true)});
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_gradebook->gradeActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_todayAction);

    QMenu *grades = menuBar()->addMenu(tr("Gra&des"));
    grades->addActions(m_gradebook->bulkActions());

    QMenu *classMenu = menuBar()->addMenu(tr("&Class"));
    classMenu->addAction(m_editClass);
    classMenu->addAction(m_archiveClass);
    classMenu->addAction(findChild<YearEndActions *>()->deleteClassAction());
    classMenu->addAction(reports);
    auto *notice = new QAction(tr("Send Missing-Work &Notice..."), this);
    notice->setObjectName(u"missingNoticeAction"_s);
    notice->setStatusTip(tr("Preview, then email families their child's missing work through the server"));
    connect(notice, &QAction::triggered, this, [this] {
        if (m_shownClassId.isEmpty())
            return;
        MissingNoticeDialog dialog(m_store, m_shownClassId, this);
        if (dialog.exec() == QDialog::Accepted && dialog.sentCount() > 0)
            statusBar()->showMessage(
                tr("%n notice(s) created; the server emails them after the next sync.", nullptr, dialog.sentCount()),
                8000);
    });
    classMenu->addAction(notice);
    classMenu->addSeparator();
    classMenu->addAction(m_gradebook->addAssignmentAction());
    classMenu->addAction(m_gradebook->addCategoryAction());
    classMenu->addAction(m_gradebook->settingsAction());
    classMenu->addSeparator();
    classMenu->addAction(m_showArchived);

    QMenu *students = menuBar()->addMenu(tr("&Students"));
    students->addAction(m_roster->addStudentAction());
    students->addAction(m_roster->editStudentAction());
    students->addAction(m_roster->removeStudentAction());
    students->addSeparator();
    students->addAction(m_roster->importAction());

    m_settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    m_settingsMenu->setObjectName(u"settingsMenu"_s);
    auto *preferences = m_settingsMenu->addAction(tr("&Preferences..."));
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setStatusTip(tr("Reminders and other settings of this profile"));
    connect(preferences, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_store, this);
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    m_walkthrough = help->addAction(tr("&Getting Started Walkthrough..."));
    m_walkthrough->setObjectName(u"walkthroughAction"_s);
    connect(m_walkthrough, &QAction::triggered, this, &MainWindow::openWalkthrough);
    help->addSeparator();
    auto *about = help->addAction(tr("&About K12 Teacher"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::onAbout);
}

OnboardingWizard *MainWindow::openWalkthrough()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    auto *wizard = new OnboardingWizard(m_store, m_undoStack, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setSignInHandler(m_signInHandler);
    connect(wizard, &OnboardingWizard::classReady, this, [this](const QString &classId) {
        selectClass(classId);
        m_tabs->setCurrentWidget(m_gradebook); // the checklist starts with the gradebook
        m_checklist->refresh();
    });
    wizard->resume();
    wizard->open();
    m_wizard = wizard;
    return wizard;
}

bool MainWindow::openWalkthroughIfFirstRun()
{
    const OnboardingState state(OnboardingState::settingsPathFor(m_store.profileDir()));
    // A new profile, or a walkthrough closed halfway; never after "Skip" or once finished.
    if (state.skipped() || state.finished() || (!state.started() && !ClassRepository(m_store).list(true).isEmpty()))
        return false;
    openWalkthrough();
    return true;
}

QString MainWindow::currentClassId() const
{
    return m_classList->currentIndex().data(ClassListModel::IdRole).toString();
}

void MainWindow::selectClass(const QString &classId)
{
    const int row = m_classes->rowOf(classId);
    if (row >= 0)
        m_classList->setCurrentIndex(m_classes->index(row));
    leaveToday();
}

void MainWindow::showToday()
{
    m_todayAction->setChecked(true);
    m_pages->setCurrentWidget(m_today);
    m_classList->clearSelection(); // the current class stays, for the class pages' sake
    setWindowTitle(tr("Today — K12 Teacher"));
    m_today->tree()->setFocus();
}

void MainWindow::leaveToday()
{
    if (m_pages->currentWidget() != m_today)
        return;
    m_todayAction->setChecked(false);
    const SchoolClass *c = m_classes->classAt(m_classList->currentIndex().row());
    m_pages->setCurrentIndex(c ? 1 : 0);
    m_classList->setCurrentIndex(m_classList->currentIndex()); // selected again
    setWindowTitle(c ? tr("%1 — K12 Teacher").arg(c->name) : tr("K12 Teacher"));
}

void MainWindow::openStartPage()
{
    if (m_classes->rowCount() > 0)
        showToday();
}

void MainWindow::onCurrentClassChanged()
{
    if (!m_classList->currentIndex().isValid() && m_classes->rowCount() > 0) {
        // Keep the same class selected after the list reloads (a class made by
        // the CLI or pulled by sync), so the teacher's page never jumps.
        int row = m_classes->rowOf(m_shownClassId);
        if (row < 0)
            row = m_classes->rowOf(profileSettings(m_store).value(u"ui/currentClass"_s).toString());
        m_classList->setCurrentIndex(m_classes->index(row >= 0 ? row : 0));
        return; // currentChanged calls back in
    }
    const SchoolClass *c = m_classes->classAt(m_classList->currentIndex().row());
    m_shownClassId = c ? c->id : QString();
    if (m_pages->currentWidget() == m_today && m_classList->hasFocus())
        leaveToday(); // arrows in the class list
    if (m_pages->currentWidget() != m_today)
        m_pages->setCurrentIndex(c ? 1 : 0);
    m_editClass->setEnabled(c != nullptr);
    m_archiveClass->setEnabled(c != nullptr);
    findChild<YearEndActions *>()->deleteClassAction()->setEnabled(c != nullptr);
    if (auto *reports = findChild<QAction *>(u"progressReportsAction"_s))
        updateProgressReportsAction(reports);
    if (c) {
        m_archiveClass->setText(c->archived ? tr("Un&archive Class") : tr("&Archive Class"));
        // Archived: read-only (the store refuses changes anyway); the grid takes no edits and says why.
        findChild<QLabel *>(u"archivedBanner"_s)->setVisible(c->archived);
        QAbstractItemView *grid = m_gradebook->view();
        if (!grid->property("k12EditTriggers").isValid())
            grid->setProperty("k12EditTriggers", int(grid->editTriggers()));
        grid->setEditTriggers(c->archived ? QAbstractItemView::NoEditTriggers
                                          : QAbstractItemView::EditTriggers(grid->property("k12EditTriggers").toInt()));
        m_classTitle->setText(c->name);
        QStringList details;
        if (!c->subject.isEmpty())
            details << c->subject;
        if (!c->gradeLevel.isEmpty())
            details << tr("Grade %1").arg(c->gradeLevel);
        if (!c->term.isEmpty())
            details << c->term;
        if (!c->period.isEmpty())
            details << tr("Period %1").arg(c->period);
        m_classDetails->setText(details.join(u"  ·  "_s));
        m_classDetails->setVisible(!details.isEmpty());
        if (m_pages->currentWidget() != m_today)
            setWindowTitle(tr("%1 — K12 Teacher").arg(c->name));
    } else {
        setWindowTitle(tr("K12 Teacher"));
    }
    m_roster->setClassId(c ? c->id : QString());
    m_gradebook->setClassId(c ? c->id : QString());
    m_plans->setClassId(c ? c->id : QString());
    m_mastery->setClassId(c ? c->id : QString());
    m_checklist->setClassId(c ? c->id : QString());
    updateStatus();
}

void MainWindow::onNewClass()
{
    ClassDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SchoolClass created = dialog.schoolClass();
    Result<QString> id = m_actions.classes().create(created);
    if (!id) {
        QMessageBox::warning(this, tr("Class not created"), id.error());
        return;
    }
    selectClass(*id);
    statusBar()->showMessage(tr("Class created. Add students next."), 5000);
}

void MainWindow::onEditClass()
{
    std::optional<SchoolClass> c = ClassRepository(m_store).find(currentClassId());
    if (!c)
        return;
    ClassDialog dialog(this);
    dialog.setClass(*c);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SchoolClass edited = dialog.schoolClass();
    if (Status s = m_actions.classes().edit(edited); !s)
        QMessageBox::warning(this, tr("Class not saved"), s.error());
}

void MainWindow::onArchiveClass()
{
    std::optional<SchoolClass> c = ClassRepository(m_store).find(currentClassId());
    if (!c)
        return;
    if (Status s = m_actions.classes().setArchived(c->id, !c->archived); !s) {
        QMessageBox::warning(this, tr("Class not changed"), s.error());
        return;
    }
    statusBar()->showMessage(c->archived ? tr("Class restored.")
                                         : tr("Class archived. Show it again with Class > Show Archived Classes."),
                             5000);
}

void MainWindow::onStoreChanged()
{
    const SchoolClass *c = m_classes->classAt(m_classList->currentIndex().row());
    if (c)
        onCurrentClassChanged(); // title and details may have changed
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QString classId = currentClassId();
    const int students = classId.isEmpty() ? 0 : int(StudentRepository(m_store).enrolledIn(classId).size());
    m_countsLabel->setText(classId.isEmpty() ? tr("%n class(es)", nullptr, m_classes->rowCount())
                                             : tr("%n student(s)", nullptr, students));
    if (m_syncActions)
        return; // the sync status widget shows the waiting changes, from the sync thread's counts
    const qint64 waiting = Outbox(m_store.database()).pendingCount();
    m_syncLabel->setText(waiting == 0
                             ? tr("Saved on this computer")
                             : tr("Saved on this computer · %n change(s) not yet synced", nullptr, int(waiting)));
}

void MainWindow::setSyncService(SyncService *service)
{
    if (!service || m_syncActions)
        return;
    m_syncActions = new SyncActions(*service, m_store, this);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_syncActions->heldDeletionsBar());
    m_syncLabel->hide();
    statusBar()->addPermanentWidget(m_syncActions->statusWidget());

    auto *sync = new QMenu(tr("Sy&nc"), this);
    sync->setObjectName(u"syncMenu"_s);
    sync->addAction(m_syncActions->syncNowAction());
    sync->addSeparator();
    sync->addAction(m_syncActions->conflictsAction());
    sync->addAction(m_syncActions->rejectedAction());
    m_settingsMenu->insertAction(m_settingsMenu->actions().value(0), m_syncActions->accountAction());
    menuBar()->insertMenu(m_settingsMenu->menuAction(), sync);

    if (!m_signInHandler)
        setSignInHandler(m_syncActions->signInHandler());
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About K12 Teacher"),
                       tr("<h3>K12 Teacher %1</h3><p>Grade, plan and run your classes offline; every change "
                          "syncs with your school's server when the network allows.</p><p>Your data: %2</p>")
                           .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_store.profileDir())));
}

void MainWindow::restoreSettings()
{
    QSettings settings = profileSettings(m_store);
    if (!restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray()))
        resize(1240, 760);
    restoreState(settings.value(u"ui/state"_s).toByteArray());
    const int row = m_classes->rowOf(settings.value(u"ui/currentClass"_s).toString());
    if (row >= 0)
        m_classList->setCurrentIndex(m_classes->index(row));
}

void MainWindow::onBackups()
{
    BackupsDialog dialog(m_store.profileDir(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenRestore().isEmpty())
        return;
    m_pendingRestore = dialog.chosenRestore();
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings = profileSettings(m_store);
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/state"_s, saveState());
    settings.setValue(u"ui/currentClass"_s, currentClassId());
    event->accept();
}

QAction *MainWindow::progressReportsAction(bool selectionOnly)
{
    auto *action = new QAction(QIcon::fromTheme(u"document-print"_s), tr("Progress &Reports..."), this);
    action->setObjectName(selectionOnly ? u"rosterProgressReportsAction"_s : u"progressReportsAction"_s);
    updateProgressReportsAction(action);
    connect(action, &QAction::triggered, this, [this, selectionOnly] {
        if (m_shownClassId.isEmpty())
            return; // disabled then, saying why (updateProgressReportsAction)
        // The roster's selection, which the window offers as "Selected students".
        QStringList selected;
        if (const auto *model = qobject_cast<const RosterModel *>(m_roster->view()->model())) {
            for (const QModelIndex &row : m_roster->view()->selectionModel()->selectedRows()) {
                if (const Student *s = model->studentAt(row.row()))
                    selected << s->id;
            }
        }
        auto *window = new ProgressReportWindow(m_store, m_undoStack, m_shownClassId, selected, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setSelectionOnly(selectionOnly);
        window->show();
    });
    return action;
}

// Reports are of one class: with none to show (a new profile) the action is greyed and its tip says why,
// so that choosing it never does nothing.
void MainWindow::updateProgressReportsAction(QAction *action)
{
    const bool hasClass = !m_shownClassId.isEmpty();
    action->setEnabled(hasClass);
    action->setStatusTip(hasClass ? tr("Preview, print or save the class's progress reports for families")
                                  : tr("Progress reports are written for one class: add a class first"));
    action->setToolTip(action->statusTip());
}

} // namespace k12
