#pragma once

#include "models/actions/Actions.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace k12 {

class ClassListModel;
class GettingStartedChecklist;
class OnboardingWizard;
class MasteryPanel;
class PlansPanel;
class SignInHandler;
class GradebookPanel;
class RosterPanel;
class Store;
class SyncActions;
class SyncService;
class TodayView;

// The teacher's main window: classes in a sidebar, the selected class's
// roster (and later gradebook and plans) in tabs, a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentClassId() const;
    void selectClass(const QString &classId);
    RosterPanel *rosterPanel() const { return m_roster; }
    PlansPanel *plansPanel() const { return m_plans; }
    GettingStartedChecklist *checklist() const { return m_checklist; }
    QAction *walkthroughAction() const { return m_walkthrough; }
    // Opens the getting-started walkthrough where the teacher stopped (Help menu).
    OnboardingWizard *openWalkthrough();
    // At start-up: opens it for a new profile (no classes) or one closed halfway, unless skipped.
    bool openWalkthroughIfFirstRun();
    // The sync client's sign-in, offered by the walkthrough; none means "work offline".
    void setSignInHandler(SignInHandler *handler) { m_signInHandler = handler; }
    GradebookPanel *gradebookPanel() const { return m_gradebook; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *newClassAction() const { return m_newClass; }
    // Today (issue 20): the sidebar's first entry and Ctrl+1; choosing a class leaves it.
    TodayView *todayView() const { return m_today; }
    QAction *todayAction() const { return m_todayAction; }
    void showToday();
    // At start: Today when the profile has classes, else the welcome page.
    void openStartPage();
    // The sync client, from the composition root: adds the sync status to the
    // status bar, the Sync and Settings menus, and the walkthrough's sign-in.
    // Without one (tests), the status bar counts the changes not yet synced.
    void setSyncService(SyncService *service);
    SyncActions *syncActions() const { return m_syncActions; }
    // The backup chosen in File > Backups... to restore: the window closes, and the app closes the
    // store, restores and opens a new window (the store cannot be swapped under open models).
    const QString &pendingRestore() const { return m_pendingRestore; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    // Opens the Progress Reports window for the shown class (selectionOnly: for the roster's selected students).
    QAction *progressReportsAction(bool selectionOnly);
    void updateProgressReportsAction(QAction *action);
    void onNewClass();
    void onEditClass();
    void onArchiveClass();
    void onBackups();
    void onCurrentClassChanged();
    void leaveToday();
    void onStoreChanged();
    void onAbout();
    void updateStatus();
    void restoreSettings();

    Store &m_store;
    QString m_pendingRestore;
    QString m_shownClassId; // the class on screen, kept across reloads of the class list
    QUndoStack *m_undoStack;
    Actions m_actions;
    ClassListModel *m_classes;
    QListView *m_classList;
    QStackedWidget *m_pages;
    QLabel *m_classTitle;
    QLabel *m_classDetails;
    QTabWidget *m_tabs;
    GradebookPanel *m_gradebook;
    RosterPanel *m_roster;
    PlansPanel *m_plans;
    MasteryPanel *m_mastery;
    GettingStartedChecklist *m_checklist;
    TodayView *m_today;
    QLabel *m_countsLabel;
    QLabel *m_syncLabel;

    QAction *m_newClass = nullptr;
    QAction *m_editClass = nullptr;
    QAction *m_archiveClass = nullptr;
    QAction *m_showArchived = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_walkthrough = nullptr;
    QPointer<OnboardingWizard> m_wizard;
    SignInHandler *m_signInHandler = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    SyncActions *m_syncActions = nullptr;
};

} // namespace k12
