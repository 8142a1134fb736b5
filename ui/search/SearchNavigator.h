#pragma once

#include "models/search/SearchQuery.h"

#include <QObject>

class QAction;
class QLineEdit;

namespace k12 {

class MainWindow;
class SearchPopup;
class Store;

// The global search in the main window: a search field in a toolbar, Ctrl+K,
// the popup, and opening a result where it lives — the class selected, then
// the student's roster row, the assignment's column, the score's cell, the
// lesson or unit in the plans.
class SearchNavigator : public QObject
{
    Q_OBJECT
public:
    // Adds the toolbar and the shortcut to the window (owned by it).
    static SearchNavigator *install(MainWindow *window, Store &store);

    SearchPopup *popup() const { return m_popup; }
    QLineEdit *toolbarField() const { return m_toolbarField; }
    QAction *searchAction() const { return m_action; }
    void open(const SearchResult &result);

private:
    SearchNavigator(MainWindow *window, Store &store);
    void openInGradebook(const QString &studentId, const QString &assignmentId);
    void openInRoster(const QString &studentId);
    void showTab(QWidget *page);

    MainWindow *m_window;
    Store &m_store;
    SearchPopup *m_popup;
    QLineEdit *m_toolbarField;
    QAction *m_action;
};

} // namespace k12
