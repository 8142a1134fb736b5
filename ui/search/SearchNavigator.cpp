#include "SearchNavigator.h"

#include "SearchPopup.h"
#include "kernel/domain/EntitySchema.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/itemmodels/RosterModel.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/classes/RosterPanel.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/plans/PlansPanel.h"

#include <QAction>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SearchNavigator *SearchNavigator::install(MainWindow *window, Store &store)
{
    return new SearchNavigator(window, store);
}

SearchNavigator::SearchNavigator(MainWindow *window, Store &store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_popup(new SearchPopup(store, window))
    , m_toolbarField(new QLineEdit(window))
    , m_action(new QAction(tr("&Search..."), window))
{
    setObjectName(u"searchNavigator"_s);
    m_action->setObjectName(u"searchAction"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { m_popup->open(); });

    auto *toolbar = new QToolBar(tr("Search"), window);
    toolbar->setObjectName(u"searchToolBar"_s);
    toolbar->setMovable(false);
    m_toolbarField->setObjectName(u"toolbarSearchField"_s);
    m_toolbarField->setPlaceholderText(tr("Search (Ctrl+K)"));
    m_toolbarField->setAccessibleName(tr("Search"));
    m_toolbarField->setMaximumWidth(320);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_toolbarField);
    window->addToolBar(Qt::TopToolBarArea, toolbar);
    // Typing in the toolbar field moves to the popup, which has the results under it.
    connect(m_toolbarField, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_toolbarField->clear();
        m_popup->open(text);
        m_popup->field()->deselect();
        m_popup->field()->setCursorPosition(int(text.size()));
    });
    connect(m_popup, &SearchPopup::resultActivated, this, &SearchNavigator::open);
}

void SearchNavigator::showTab(QWidget *page)
{
    if (auto *tabs = m_window->findChild<QTabWidget *>(u"classTabs"_s))
        tabs->setCurrentWidget(page);
}

void SearchNavigator::openInRoster(const QString &studentId)
{
    RosterPanel *roster = m_window->rosterPanel();
    showTab(roster);
    QAbstractItemView *view = roster->view();
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(RosterModel::IdRole).toString() == studentId) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            view->setFocus();
            return;
        }
    }
}

void SearchNavigator::openInGradebook(const QString &studentId, const QString &assignmentId)
{
    GradebookPanel *panel = m_window->gradebookPanel();
    showTab(panel);
    GradebookModel *model = panel->model();
    const int row = studentId.isEmpty() ? 0 : model->gradebook().studentIndex(studentId);
    const int assignment = model->gradebook().assignmentIndex(assignmentId);
    if (row < 0 || assignment < 0)
        return;
    GradebookView *view = panel->view();
    const QModelIndex cell = model->index(row, model->columnForAssignment(assignment));
    view->setCurrentIndex(cell);
    if (studentId.isEmpty())
        view->selectColumn(cell.column()); // the assignment: its whole column
    view->scrollTo(cell);
    view->setFocus();
}

void SearchNavigator::open(const SearchResult &result)
{
    using Kind = SearchIndex::Kind;
    if (!result.classId.isEmpty())
        m_window->selectClass(result.classId);
    switch (result.kind) {
    case Kind::Class:
        showTab(m_window->gradebookPanel());
        break;
    case Kind::Student:
    case Kind::Guardian:
        openInRoster(result.studentId);
        break;
    case Kind::Assignment:
        openInGradebook({}, result.assignmentId);
        break;
    case Kind::Comment:
        openInGradebook(result.studentId, result.assignmentId);
        break;
    case Kind::Category:
        showTab(m_window->gradebookPanel());
        break;
    case Kind::Lesson:
        if (const auto lesson = m_store.row(*EntitySchema::find(u"lesson"_s), result.id)) {
            showTab(m_window->plansPanel());
            m_window->plansPanel()->openLesson(lesson->value(u"unit_id"_s).toString(), result.id);
        }
        break;
    case Kind::Unit:
        showTab(m_window->plansPanel());
        m_window->plansPanel()->selectUnit(result.id);
        break;
    case Kind::Standard:
        if (auto *tabs = m_window->findChild<QTabWidget *>(u"classTabs"_s)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->objectName() == u"masteryPanel"_s)
                    tabs->setCurrentIndex(i);
            }
        }
        break;
    }
}

} // namespace k12
