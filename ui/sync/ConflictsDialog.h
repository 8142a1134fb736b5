#pragma once

#include "sync/engine/SyncStatus.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace k12 {

class Store;
class SyncService;

// The Conflicts view: every field that was changed both here and on the
// server before they synced, one line each, with "Mine" and "Server" in a
// teacher's words ("Ada Lovelace — Quiz 1", points, 8 vs 9). "Keep Mine"
// writes the teacher's value again through the one rule (it syncs as a new
// change on top of the server's); "Keep Server" settles it without writing.
// Several lines can be settled at once.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Column
    {
        Class,
        What,
        Field,
        Mine,
        Server,
        Found,
        Count
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    ConflictsDialog(SyncService &service, Store &store, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *view() const { return m_view; }

private:
    void keepSelected(bool mine);
    void updateButtons();
    void onStatusChanged(const SyncStatus &status);

    SyncService &m_service;
    Store &m_store;
    QStackedWidget *m_pages;
    QTreeWidget *m_view;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_keepMine;
    QPushButton *m_keepServer;
    bool m_resolving = false;
};

} // namespace k12
