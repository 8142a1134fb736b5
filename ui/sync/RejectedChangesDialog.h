#pragma once

#include "sync/engine/SyncStatus.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace k12 {
class HeldRowsView;
}

namespace k12 {

class Store;
class SyncService;

// The Sync Problems view. First what the server refused: when it was made,
// and the server's reason. "Dismiss" (after a confirmation) stops sending a
// change, which stays on this computer; "Copy Details" puts the selected
// changes on the clipboard for the school's IT. Nothing leaves this list
// without the teacher asking. Below, rows from the server this computer could
// not store (HeldRowsView), and above, when sync has failed the same way
// several times in a row, what is stuck.
class RejectedChangesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Column
    {
        Made,
        Class,
        What,
        Change,
        Reason,
        Count
    };
    static constexpr int SeqRole = Qt::UserRole + 1;
    static constexpr int DetailsRole = Qt::UserRole + 2;

    RejectedChangesDialog(SyncService &service, Store &store, QWidget *parent = nullptr);

    void reload();
    // Only the deletions held for the teacher's say in the lower list (the window's notice, Review).
    void showHeldDeletions();
    QTreeWidget *view() const { return m_view; }
    HeldRowsView *heldView() const { return m_held; }

private:
    void dismissSelected();
    void copyDetails();
    void updateButtons();
    void onStatusChanged(const SyncStatus &status);

    SyncService &m_service;
    Store &m_store;
    QStackedWidget *m_pages;
    QTreeWidget *m_view;
    QLabel *m_empty;
    QLabel *m_details;
    QLabel *m_message;
    QLabel *m_stuck;
    HeldRowsView *m_held;
    QPushButton *m_dismiss;
    QPushButton *m_copy;
    bool m_dismissing = false;
};

} // namespace k12
