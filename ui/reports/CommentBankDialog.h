#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QUndoStack;

namespace k12 {

class Store;

// The teacher's comment bank: add, edit, remove and reorder reusable report
// comments (CommentBankActions, each an undo step).
class CommentBankDialog : public QDialog
{
    Q_OBJECT
public:
    CommentBankDialog(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void reload();

private:
    void onAdd();
    void onEdit();
    void onRemove();
    void onMove(int delta);
    void updateButtons();
    QString currentId() const;
    void showError(const QString &message);

    Store &m_store;
    QUndoStack *m_undo;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace k12
