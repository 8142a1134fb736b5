#include "StandardLevelsModel.h"

#include "MasteryModel.h"
#include "models/grading/GradebookData.h"

#include "models/mastery/ProficiencyScale.h"
#include "models/mastery/StandardQueries.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

StandardLevelsModel::StandardLevelsModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_actions(store, undoStack)
{
    connect(&m_store, &Store::changed, this, &StandardLevelsModel::onStoreChanged);
    // Levels entered on another device arrive through the sync thread's connection.
    connect(&m_store, &Store::externallyChanged, this, &StandardLevelsModel::onStoreChanged);
}

void StandardLevelsModel::setAssignment(const QString &classId, const QString &assignmentId)
{
    m_classId = classId;
    m_assignment = Assignment();
    if (std::optional<Assignment> a = Repository<Assignment>(m_store).find(assignmentId))
        m_assignment = *a;
    reload();
}

QString StandardLevelsModel::cellKey(const QString &studentId, const QString &standardId)
{
    return studentId + u'/' + standardId;
}

void StandardLevelsModel::reload()
{
    beginResetModel();
    m_standards.clear();
    m_students.clear();
    m_scale = ProficiencyScale::defaultScale();
    if (std::optional<SchoolClass> c = ClassRepository(m_store).find(m_classId))
        m_scale = ProficiencyScale::forClass(*c);
    if (!m_assignment.id.isEmpty()) {
        const StandardQueries queries(m_store);
        const QStringList tags = queries.tagsOf(m_assignment.id);
        for (const Standard &s : queries.standards(m_classId)) {
            if (tags.contains(s.id))
                m_standards.append(s);
        }
        m_students = StudentRepository(m_store).enrolledIn(m_classId);
        GradebookData::sortStudents(m_students);
    }
    loadLevels();
    endResetModel();
}

void StandardLevelsModel::loadLevels()
{
    m_levels.clear();
    if (m_assignment.id.isEmpty())
        return;
    for (const MasteryScore &e : StandardQueries(m_store).evidenceOf(m_classId, m_assignment.id))
        m_levels.insert(cellKey(e.studentId, e.standardId), e.score);
}

void StandardLevelsModel::onStoreChanged(const QStringList &entities)
{
    // New standards, tags or students change the table's shape: reload it. A
    // level alone changes cells only, so the view keeps its current cell and
    // typing a level, Enter, the next one stays as fast as in the grid.
    static const QStringList shape{u"standard"_s,   u"assignment_standard"_s,
                                   u"assignment"_s, u"enrollment"_s,
                                   u"student"_s,    u"class"_s}; // class: its proficiency scale
    for (const QString &e : entities) {
        if (shape.contains(e)) {
            setAssignment(m_classId, m_assignment.id);
            return;
        }
    }
    if (entities.contains(u"mastery_score"_s) && rowCount() > 0 && columnCount() > 0) {
        loadLevels();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int StandardLevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_students.size());
}

int StandardLevelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_standards.size());
}

QVariant StandardLevelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto it = m_levels.constFind(cellKey(m_students.at(index.row()).id, m_standards.at(index.column()).id));
    const bool has = it != m_levels.cend();
    switch (role) {
    case Qt::DisplayRole:
        return has ? QLocale().toString(*it, 'g', 4) : QString();
    case Qt::EditRole:
        return has ? QVariant(*it) : QVariant(QString());
    case Qt::ToolTipRole:
        return has ? tr("%1 on %2: %3 (%4)")
                         .arg(m_students.at(index.row()).displayName(), m_standards.at(index.column()).code,
                              QLocale().toString(*it, 'g', 4), m_scale.label(*it))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: // the Mastery tab's level colours, so a level reads the same everywhere
        return has ? QVariant(MasteryModel::levelColor(m_scale.levelIndex(*it), int(m_scale.levels().size())))
                   : QVariant();
    case Qt::AccessibleTextRole:
        return has ? tr("%1, %2: level %3")
                         .arg(m_students.at(index.row()).displayName(), m_standards.at(index.column()).code,
                              QLocale().toString(*it, 'g', 4))
                   : tr("%1, %2: no level")
                         .arg(m_students.at(index.row()).displayName(), m_standards.at(index.column()).code);
    default:
        return {};
    }
}

QVariant StandardLevelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_standards.size()) {
        if (role == Qt::DisplayRole)
            return m_standards.at(section).code;
        if (role == Qt::ToolTipRole)
            return m_standards.at(section).description;
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_students.size() && role == Qt::DisplayRole)
        return m_students.at(section).displayName();
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags StandardLevelsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool StandardLevelsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString studentId = m_students.at(index.row()).id;
    const QString standardId = m_standards.at(index.column()).id;
    const QString text = value.toString().trimmed();
    m_lastError.clear();
    Status written;
    if (text.isEmpty()) {
        if (!m_levels.contains(cellKey(studentId, standardId)))
            return true; // nothing to clear
        written = m_actions.standards().clearLevel(m_assignment, studentId, standardId);
    } else {
        // Either decimal mark: 2,5 and 2.5 are the same level whatever the locale.
        bool ok = false;
        double level = QLocale().toDouble(text, &ok);
        if (!ok)
            level = QString(text).replace(u',', u'.').toDouble(&ok);
        if (!ok) {
            m_lastError = tr("\"%1\" is not a level: type a number of the scale (%2 to %3).")
                              .arg(text, QLocale().toString(m_scale.levels().constFirst().value),
                                   QLocale().toString(m_scale.top()));
            Q_EMIT editRefused(m_lastError);
            return false;
        }
        Result<QString> id = m_actions.standards().setLevel(m_assignment, studentId, standardId, level);
        if (!id)
            written = fail(id.error());
    }
    if (!written) {
        m_lastError = written.error();
        Q_EMIT editRefused(m_lastError);
        return false;
    }
    return true; // the store's change signal reloads the table
}

} // namespace k12
