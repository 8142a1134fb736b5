#include "LessonListModel.h"

#include "models/plans/PlanChanges.h"
#include "models/plans/PlanQueries.h"
#include "models/store/Store.h"

#include <QLocale>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QStringList idsOf(const QList<Lesson> &lessons)
{
    QStringList ids;
    for (const Lesson &l : lessons)
        ids.append(l.id);
    return ids;
}

} // namespace

LessonListModel::LessonListModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_actions(store, undoStack)
{
    connect(&m_store, &Store::changed, this, &LessonListModel::onStoreChanged);
}

void LessonListModel::onStoreChanged(const QStringList &entities)
{
    // Our own reorder already moved the rows in place; everything else (edits, undo, sync) reloads.
    if (!m_writing && entities.contains(u"lesson"_s))
        reload();
}

void LessonListModel::setUnitId(const QString &unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    beginResetModel();
    m_lessons = m_unitId.isEmpty() ? QList<Lesson>() : PlanQueries(m_store).lessons(m_unitId);
    endResetModel();
}

void LessonListModel::reload()
{
    QList<Lesson> fresh = m_unitId.isEmpty() ? QList<Lesson>() : PlanQueries(m_store).lessons(m_unitId);
    if (idsOf(fresh) == idsOf(m_lessons)) {
        m_lessons = std::move(fresh);
        if (!m_lessons.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_lessons.size()) - 1));
        return;
    }
    beginResetModel();
    m_lessons = std::move(fresh);
    endResetModel();
}

const Lesson *LessonListModel::lessonAt(int row) const
{
    return row >= 0 && row < m_lessons.size() ? &m_lessons.at(row) : nullptr;
}

int LessonListModel::rowOf(const QString &lessonId) const
{
    for (int i = 0; i < m_lessons.size(); ++i) {
        if (m_lessons.at(i).id == lessonId)
            return i;
    }
    return -1;
}

int LessonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lessons.size());
}

QVariant LessonListModel::data(const QModelIndex &index, int role) const
{
    const Lesson *l = lessonAt(index.row());
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString date = l->date.isValid() ? QLocale().toString(l->date, u"ddd d MMM"_s) : tr("no date");
        return tr("%1. %2  ·  %3").arg(index.row() + 1).arg(l->title, date);
    }
    case Qt::ToolTipRole:
        return l->objectives.isEmpty() ? l->title : QString(l->title + u"\n\n"_s + l->objectives);
    case IdRole:
        return l->id;
    case TitleRole:
        return l->title;
    case DateRole:
        return l->date;
    default:
        return {};
    }
}

Qt::ItemFlags LessonListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between lessons, never onto one
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions LessonListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions LessonListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList LessonListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *LessonListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (const Lesson *l = lessonAt(i.row()))
            ids.append(l->id);
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), ids.join(u'\n').toUtf8());
    return data;
}

bool LessonListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    return data && action == Qt::MoveAction && !parent.isValid() && data->hasFormat(QString::fromLatin1(kMimeType));
}

bool LessonListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids =
        QString::fromUtf8(data->data(QString::fromLatin1(kMimeType))).split(u'\n', Qt::SkipEmptyParts);
    // Only one lesson at a time is dragged (single selection); a foreign or stale id is refused.
    if (ids.size() != 1)
        return false;
    const int from = rowOf(ids.constFirst());
    if (from < 0)
        return false;
    const int before = row < 0 ? int(m_lessons.size()) : row;
    moveBlock(from, 1, before);
    // The rows are already in place: tell the view not to remove the "source" rows afterwards.
    return false;
}

bool LessonListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid())
        return false;
    return moveBlock(sourceRow, count, destinationChild);
}

bool LessonListModel::moveLesson(int from, int to)
{
    if (from < 0 || from >= m_lessons.size() || to < 0 || to >= m_lessons.size())
        return false;
    if (from == to)
        return true;
    return moveBlock(from, 1, to > from ? to + 1 : to);
}

bool LessonListModel::moveBlock(int first, int count, int before)
{
    const int size = int(m_lessons.size());
    if (count < 1 || first < 0 || first + count > size || before < 0 || before > size)
        return false;
    if (before >= first && before <= first + count)
        return true; // dropped onto itself: nothing moves
    QStringList order = idsOf(m_lessons);
    const QStringList moved = order.mid(first, count);
    order.remove(first, count);
    const int insertAt = before > first ? before - count : before;
    for (int i = 0; i < count; ++i)
        order.insert(insertAt + i, moved.at(i));

    Result<ChangeList> changes = PlanChanges::reorderLessons(m_store, m_unitId, order);
    if (!changes) {
        Q_EMIT moveFailed(changes.error());
        reload();
        return false;
    }
    beginMoveRows(QModelIndex(), first, first + count - 1, QModelIndex(), before);
    QList<Lesson> block = m_lessons.mid(first, count);
    m_lessons.remove(first, count);
    for (int i = 0; i < count; ++i)
        m_lessons.insert(insertAt + i, block.at(i));
    for (int i = 0; i < m_lessons.size(); ++i)
        m_lessons[i].position = i;
    endMoveRows();
    // Row numbers are part of the text ("3. Fractions"): every row's label changed.
    Q_EMIT dataChanged(index(0), index(size - 1), {Qt::DisplayRole});

    m_writing = true;
    const Status written = m_actions.plans().reorderLessons(m_unitId, order);
    m_writing = false;
    if (!written) {
        Q_EMIT moveFailed(written.error());
        reload();
        return false;
    }
    return true;
}

} // namespace k12
