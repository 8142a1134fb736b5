#pragma once

#include "kernel/domain/Entities.h"
#include "models/actions/Actions.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHash>

class QListWidget;
class QPushButton;

namespace k12 {

class Store;

// The guardians part of the student dialog: a list with Add, Edit, Remove and
// Link Existing (a guardian of another student: a sibling). For a saved
// student each button is its own action (undoable, synced); for a student not
// yet saved the guardians wait in the list and addPendingTo() writes them
// once the student exists. Invite to Family Portal asks the server to email
// the selected guardian a sign-up link (issue 18): a sent record, confirmed
// first and not undoable; the list then says "Invited <date>".
class GuardiansSection : public QGroupBox
{
    Q_OBJECT
public:
    GuardiansSection(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setStudentId(const QString &studentId);
    QListWidget *list() const { return m_list; }
    QPushButton *inviteButton() const { return m_invite; }
    // Writes the guardians added or linked before the student existed; the first problem, if any.
    Status addPendingTo(const QString &studentId);
    int pendingCount() const { return int(m_pendingNew.size() + m_pendingLinks.size()); }

private:
    void reload();
    void updateButtons();
    void onAdd();
    void onEdit();
    void onRemove();
    void onLinkExisting();
    void onInvite();
    // The guardian of the selected row (saved or pending) and whether it is pending-new.
    std::optional<Guardian> selected(int *pendingIndex) const;

    Store &m_store;
    Actions m_actions;
    QString m_studentId;
    QList<Guardian> m_shown;        // the rows of the list, in order
    QList<Guardian> m_pendingNew;   // added before the student was saved
    QList<Guardian> m_pendingLinks; // existing guardians to link once the student is saved
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_link;
    QPushButton *m_invite;
    QHash<QString, QDateTime> m_invited; // guardian id -> last invited (UTC)
};

} // namespace k12
