#include "WeekPlanModel.h"
#include "kernel/domain/Clock.h"

#include "models/plans/PlanDates.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

WeekPlanModel::WeekPlanModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_monday(PlanDates::mondayOf(Clock::today()))
{
    connect(&m_store, &Store::changed, this, &WeekPlanModel::onStoreChanged);
    reload();
}

void WeekPlanModel::onStoreChanged(const QStringList &entities)
{
    if (entities.contains(u"lesson"_s) || entities.contains(u"class"_s) || entities.contains(u"unit_plan"_s))
        reload();
}

void WeekPlanModel::setWeek(const QDate &date)
{
    const QDate monday = PlanDates::mondayOf(date.isValid() ? date : Clock::today());
    if (monday == m_monday)
        return;
    m_monday = monday;
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, kDays - 1);
    Q_EMIT weekChanged(m_monday);
}

void WeekPlanModel::reload()
{
    beginResetModel();
    for (QList<Lesson> &day : m_days)
        day.clear();
    m_classNames.clear();
    for (const SchoolClass &c : ClassRepository(m_store).list())
        m_classNames.insert(c.id, c.name);
    m_unitTitles.clear();
    const QList<Lesson> lessons = PlanQueries(m_store).lessonsBetween(m_monday, m_monday.addDays(kDays - 1));
    UnitPlanRepository units(m_store);
    for (const Lesson &l : lessons) {
        const qint64 day = m_monday.daysTo(l.date);
        if (day < 0 || day >= kDays)
            continue;
        m_days[day].append(l);
        if (!m_unitTitles.contains(l.unitId)) {
            const std::optional<UnitPlan> u = units.find(l.unitId);
            m_unitTitles.insert(l.unitId, u ? u->title : QString());
        }
    }
    for (QList<Lesson> &day : m_days) {
        std::stable_sort(day.begin(), day.end(), [this](const Lesson &a, const Lesson &b) {
            return QString::localeAwareCompare(m_classNames.value(a.classId), m_classNames.value(b.classId)) < 0;
        });
    }
    endResetModel();
}

int WeekPlanModel::lessonCount() const
{
    qsizetype n = 0;
    for (const QList<Lesson> &day : m_days)
        n += day.size();
    return int(n);
}

const Lesson *WeekPlanModel::lessonAt(int row, int column) const
{
    if (column < 0 || column >= kDays || row < 0 || row >= m_days[column].size())
        return nullptr;
    return &m_days[column].at(row);
}

int WeekPlanModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    qsizetype rows = 1; // an empty week still shows its days
    for (const QList<Lesson> &day : m_days)
        rows = std::max(rows, day.size());
    return int(rows);
}

int WeekPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kDays;
}

QVariant WeekPlanModel::data(const QModelIndex &index, int role) const
{
    const Lesson *l = lessonAt(index.row(), index.column());
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString(m_classNames.value(l->classId) + u'\n' + l->title);
    case Qt::ToolTipRole: {
        QString tip = m_classNames.value(l->classId) + u" · "_s + m_unitTitles.value(l->unitId) + u'\n' + l->title;
        if (!l->objectives.trimmed().isEmpty())
            tip += u"\n\n"_s + l->objectives.trimmed();
        return tip;
    }
    case Qt::BackgroundRole: {
        // A soft tint per class, so one class's lessons are easy to follow across the week.
        quint32 hash = 2166136261u; // FNV-1a: the same tint on every run and machine
        for (const QChar c : l->classId)
            hash = (hash ^ c.unicode()) * 16777619u;
        const int hue = int(hash % 360);
        return QColor::fromHsl(hue, 120, 235);
    }
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case LessonIdRole:
        return l->id;
    case ClassIdRole:
        return l->classId;
    case UnitIdRole:
        return l->unitId;
    case DateRole:
        return l->date;
    default:
        return {};
    }
}

QVariant WeekPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kDays)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QDate day = m_monday.addDays(section);
    if (role == Qt::DisplayRole) {
        const QString text = QLocale().toString(day, u"ddd d MMM"_s);
        return day == Clock::today() ? tr("%1 (today)").arg(text) : text;
    }
    if (role == Qt::FontRole && day == Clock::today()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == DateRole)
        return day;
    return {};
}

} // namespace k12
