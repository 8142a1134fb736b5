#pragma once

#include "sync/engine/HeldDeletionsSummary.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace k12 {

class Store;

// The notice at the top of the main window while sync holds deletions from
// the server for the teacher's say (a pull deleting more than half a class,
// or a server restored from a backup): "The server removed 34 grades in
// Algebra I. Nothing was deleted here yet." Not modal: grading goes on.
// Review opens Sync Problems showing them; Apply deletes them here and Keep
// Mine sends the rows back to the server, through the same HeldDeletions
// calls as `k12-teacher sync --apply-deletions` / `--keep`. Hidden when none.
class HeldDeletionsBar : public QFrame
{
    Q_OBJECT
public:
    explicit HeldDeletionsBar(Store &store, QWidget *parent = nullptr);

    // Reads the held deletions again (after a sync); shows or hides the bar.
    void refresh();
    static QString message(const HeldDeletionsSummary &summary);

    QPushButton *reviewButton() const { return m_review; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *keepButton() const { return m_keep; }
    QLabel *label() const { return m_label; }

Q_SIGNALS:
    void reviewRequested();
    // Apply or Keep Mine settled `rows` held deletions (Keep Mine: they wait to be sent).
    void settled(int rows, bool applied);

private:
    void settle(bool apply);

    Store &m_store;
    HeldDeletionsSummary m_summary;
    QLabel *m_label;
    QPushButton *m_review;
    QPushButton *m_apply;
    QPushButton *m_keep;
};

} // namespace k12
