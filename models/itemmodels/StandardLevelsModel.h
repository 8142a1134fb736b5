#pragma once

#include "kernel/domain/Entities.h"
#include "models/actions/Actions.h"
#include "models/mastery/ProficiencyScale.h"

#include <QAbstractTableModel>
#include <QHash>

namespace k12 {

class Store;

// One standards-tagged assignment scored per standard: a row per student of
// the class (gradebook order), a column per standard the assignment is tagged
// with, each cell the student's level on that standard for this assignment
// (one evidence row). Typing a level writes it through StandardActions::setLevel
// (an undo step), an empty cell clears it; the table reloads when standards,
// tags or evidence change, here or from sync.
class StandardLevelsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    StandardLevelsModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    void setAssignment(const QString &classId, const QString &assignmentId);
    QString assignmentId() const { return m_assignment.id; }
    const QList<Standard> &standards() const { return m_standards; }
    const QList<Student> &students() const { return m_students; }
    const ProficiencyScale &scale() const { return m_scale; }
    // Why the last edit was refused (empty after one that was written).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void reload();
    void loadLevels();
    void onStoreChanged(const QStringList &entities);
    static QString cellKey(const QString &studentId, const QString &standardId);

    Store &m_store;
    Actions m_actions;
    QString m_classId;
    Assignment m_assignment;
    QList<Standard> m_standards;
    QList<Student> m_students;
    ProficiencyScale m_scale;        // the class's, read on reload
    QHash<QString, double> m_levels; // cellKey -> level
    QString m_lastError;
};

} // namespace k12
