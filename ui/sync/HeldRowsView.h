#pragma once

#include "sync/engine/HeldRows.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace k12 {

class Store;

// The part of the Sync Problems view that lists rows from the server this
// computer could not store: what the row is, why it failed, how many syncs
// have tried it. Nothing here is the teacher's to fix by hand; the list says
// so and offers the details to send to the school's IT. Hidden when empty.
class HeldRowsView : public QWidget
{
    Q_OBJECT
public:
    enum class Column
    {
        What,
        Reason,
        Tries,
        Since,
        Count
    };

    explicit HeldRowsView(QWidget *parent = nullptr);

    void setRows(const QList<HeldRow> &rows, Store &store);
    // Lists only deletions held for the teacher's say (HeldDeletions), from the next setRows().
    void setDeletionsOnly(bool only) { m_deletionsOnly = only; }
    int count() const;
    QTreeWidget *view() const { return m_view; }
    // Several lines per row, for an email to the school's IT (ids, no values).
    QString details() const;

private:
    QLabel *m_intro;
    QTreeWidget *m_view;
    bool m_deletionsOnly = false;
};

} // namespace k12
