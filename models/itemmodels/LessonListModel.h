#pragma once

#include "kernel/domain/Entities.h"
#include "models/actions/Actions.h"

#include <QAbstractListModel>

class QUndoStack;

namespace k12 {

class Store;

// The lessons of one unit in teaching order. Lessons can be dragged to a new
// place (moveRows for views that move rows, dropMimeData otherwise) or moved
// with moveLesson(); either way the new positions are written in one
// transaction as one undo step.
class LessonListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DateRole
    };
    static constexpr auto kMimeType = "application/x-k12-lesson-ids";

    LessonListModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    void setUnitId(const QString &unitId);
    const QString &unitId() const { return m_unitId; }
    const Lesson *lessonAt(int row) const;
    int rowOf(const QString &lessonId) const;
    void reload();

    // Moves the lesson at `from` so that it ends up at row `to` (0-based, in the new order).
    bool moveLesson(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

Q_SIGNALS:
    // A reorder could not be saved (the message says why); the list shows what is stored.
    void moveFailed(const QString &message);

private:
    void onStoreChanged(const QStringList &entities);
    // Moves rows [first, first+count) before row `before` (pre-move numbering) and saves the order.
    bool moveBlock(int first, int count, int before);

    Store &m_store;
    Actions m_actions;
    QString m_unitId;
    QList<Lesson> m_lessons;
    bool m_writing = false;
};

} // namespace k12
