#include "MasteryModel.h"

#include "models/store/Store.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// What a mastery cell is computed from: any write to these reloads the table.
const QStringList kMasteryEntities{u"class"_s,        u"student"_s,    u"enrollment"_s,
                                   u"standard"_s,     u"assignment"_s, u"assignment_standard"_s,
                                   u"mastery_score"_s};

} // namespace

MasteryModel::MasteryModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &Store::changed, this, &MasteryModel::onStoreChanged);
    // Rows pulled by the sync thread arrive through another connection.
    connect(&m_store, &Store::externallyChanged, this, &MasteryModel::onStoreChanged);
}

void MasteryModel::setClassId(const QString &classId)
{
    if (classId == m_classId)
        return;
    m_classId = classId;
    reload();
}

void MasteryModel::setMethod(std::optional<Mastery::Method> method, std::optional<double> param)
{
    m_method = method;
    m_param = param;
    if (m_classId.isEmpty())
        return;
    // Same rows and columns, other numbers: recompute in place.
    if (method) {
        Mastery::Params params = MasteryReport::paramsOf(m_report.schoolClass());
        if (param)
            params = MasteryReport::withParam(params, *method, *param);
        m_report.recompute(*method, params);
    } else {
        m_report.recomputeOwn(); // each standard's own method again, else the class's
    }
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0) // the headers mark the standards with their own method
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    Q_EMIT reloaded();
}

void MasteryModel::reload()
{
    beginResetModel();
    m_report = MasteryReport();
    if (!m_classId.isEmpty()) {
        Result<MasteryReport> built = MasteryReport::build(m_store, m_classId, m_method, m_param);
        if (built)
            m_report = std::move(built).value();
        else
            m_classId.clear();
    }
    endResetModel();
    Q_EMIT reloaded();
}

void MasteryModel::onStoreChanged(const QStringList &entities)
{
    if (m_classId.isEmpty())
        return;
    for (const QString &e : entities) {
        if (kMasteryEntities.contains(e)) {
            reload();
            return;
        }
    }
}

QColor MasteryModel::levelColor(int levelIndex)
{
    // Light tints (black text on each is above 12:1): red, amber, green, blue,
    // from Beginning to Exceeding; the label is in the tooltip and a role too,
    // so colour is never the only sign.
    static const QColor colours[] = {QColor(0xf8, 0xd7, 0xda), QColor(0xff, 0xec, 0xb5), QColor(0xd1, 0xe7, 0xdd),
                                     QColor(0xcf, 0xe2, 0xff)};
    if (levelIndex < 0)
        return {};
    return colours[std::min<size_t>(size_t(levelIndex), std::size(colours) - 1)];
}

QColor MasteryModel::levelColor(int levelIndex, int levels)
{
    if (levelIndex < 0)
        return {};
    if (levels == 4 || levels < 2)
        return levelColor(levelIndex);
    // Between the four tints: the lowest level red, the top blue.
    const double at = std::clamp(double(levelIndex) / double(levels - 1), 0.0, 1.0) * 3;
    const int below = std::min(2, int(at));
    const double t = at - below;
    const QColor a = levelColor(below);
    const QColor b = levelColor(below + 1);
    auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

int MasteryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.students().size());
}

int MasteryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.standards().size());
}

QString MasteryModel::tooltip(int student, int standard) const
{
    const MasteryReport::Cell &cell = m_report.cell(student, standard);
    const Standard &s = m_report.standards().at(standard);
    const QLocale locale;
    QStringList lines;
    lines.append(s.code.trimmed() + (s.description.isEmpty() ? QString() : u": "_s + s.description));
    const QString method = MasteryReport::describe(m_report.methodFor(standard), m_report.paramsFor(standard));
    lines.append(m_report.isOverridden(standard) ? tr("Method: %1 (this standard's own)").arg(method)
                                                 : tr("Method: %1").arg(method));
    if (cell.score)
        lines.append(tr("Mastery: %1 (%2)").arg(locale.toString(*cell.score, 'f', 2), cell.level));
    else if (!cell.evidence.empty())
        lines.append(tr("Mastery: no result with this method"));
    if (cell.evidence.empty()) {
        lines.append(tr("No evidence yet."));
    } else {
        lines.append(tr("Evidence, oldest first:"));
        for (const MasteryReport::Evidence &e : cell.evidence) {
            lines.append(tr("%1  %2  %3")
                             .arg(e.date.isValid() ? locale.toString(e.date, QLocale::ShortFormat) : tr("no date"),
                                  e.assignmentTitle.isEmpty() ? tr("(no assignment)") : e.assignmentTitle,
                                  locale.toString(e.score)));
        }
    }
    return lines.join(u'\n');
}

QVariant MasteryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MasteryReport::Cell &cell = m_report.cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.score ? QLocale().toString(*cell.score, 'f', 2) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (cell.levelIndex >= 0)
            return QBrush(levelColor(cell.levelIndex, int(m_report.scale().levels().size())));
        return {};
    case Qt::ForegroundRole:
        if (cell.levelIndex >= 0)
            return QBrush(Qt::black); // the tints are light whatever the theme
        return {};
    case Qt::ToolTipRole:
        return tooltip(index.row(), index.column());
    case LevelRole:
        return cell.level;
    case LevelIndexRole:
        return cell.levelIndex;
    case ScoreRole:
        return cell.score.value_or(-1.0);
    case EvidenceCountRole:
        return int(cell.evidence.size());
    case StudentIdRole:
        return m_report.students().at(index.row()).id;
    case StandardIdRole:
        return m_report.standards().at(index.column()).id;
    default:
        return {};
    }
}

QVariant MasteryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const Standard &s = m_report.standards().at(section);
        const bool own = m_report.isOverridden(section);
        switch (role) {
        case Qt::DisplayRole: // a standard with its own method is marked, explained in the tooltip
            return own ? tr("%1 *").arg(s.code.trimmed()) : s.code.trimmed();
        case Qt::ToolTipRole: {
            const QString what = s.description.isEmpty() ? s.code.trimmed() : s.description;
            if (!own)
                return what;
            return tr("%1\n* Its own method: %2 (the class uses %3)")
                .arg(what, MasteryReport::describe(m_report.methodFor(section), m_report.paramsFor(section)),
                     MasteryReport::describe(MasteryReport::methodOf(m_report.schoolClass()),
                                             MasteryReport::paramsOf(m_report.schoolClass())));
        }
        case StandardIdRole:
            return s.id;
        case MethodOverriddenRole:
            return own;
        case MethodKeyRole:
            return Mastery::methodKey(m_report.methodFor(section));
        default:
            return {};
        }
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Student &st = m_report.students().at(section);
    if (role == Qt::DisplayRole)
        return st.displayName();
    if (role == Qt::ToolTipRole)
        return st.studentNumber.isEmpty() ? st.displayName() : tr("%1 (%2)").arg(st.displayName(), st.studentNumber);
    if (role == StudentIdRole)
        return st.id;
    return {};
}

} // namespace k12
