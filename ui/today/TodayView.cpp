#include "TodayView.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/plans/PlanChanges.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"
#include "models/today/CountText.h"

#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// What an item opens: its kind and ids in the item's data roles.
enum Role
{
    KindRole = Qt::UserRole,
    ClassRole,
    IdRole,
    UnitRole,
    DateRole,
};
enum Kind
{
    LessonKind = 1,
    NoPlanKind,
    AssignmentKind,
    StudentKind,
    SyncStateKind,
    ConflictsKind,
    RejectedKind,
};

QTreeWidgetItem *item(QTreeWidgetItem *parent, const QStringList &columns, Kind kind, const QString &classId = {},
                      const QString &id = {})
{
    auto *it = new QTreeWidgetItem(parent, columns);
    it->setData(0, KindRole, kind);
    it->setData(0, ClassRole, classId);
    it->setData(0, IdRole, id);
    return it;
}

// Sections with more items than this start closed.
constexpr int kOpenSectionItems = 12;

} // namespace

TodayView::TodayView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"todayView"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_tree->setObjectName(u"todayTree"_s);
    m_tree->setAccessibleName(tr("Today"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Item"), tr("Class"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true); // long sections start closed
    m_tree->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *it) { activate(it); });
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &TodayView::onStoreChanged);
    // Grades, plans and rows pulled by sync all change what Today shows.
    connect(&m_store, &Store::changed, &m_coalesce, qOverload<>(&QTimer::start));
    connect(&m_store, &Store::externallyChanged, &m_coalesce, qOverload<>(&QTimer::start));
    refresh();
}

void TodayView::onStoreChanged()
{
    if (isVisible())
        refresh();
    else
        m_stale = true; // the class pages are on screen: no need to rebuild for nobody
}

void TodayView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QTreeWidgetItem *TodayView::section(const QString &title, int count)
{
    auto *header = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title, CountText::grouped(count))});
    QFont bold = header->font(0);
    bold.setBold(true);
    header->setFont(0, bold);
    header->setFirstColumnSpanned(true);
    header->setFlags(Qt::ItemIsEnabled); // a heading, not a thing to open
    return header;
}

void TodayView::refresh()
{
    m_stale = false;
    m_report = TodayReport::build(m_store, Clock::today());
    const TodayReport &r = m_report;
    const QLocale locale;
    m_heading->setText(locale.toString(r.today, QLocale::LongFormat));
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
    // Sections the teacher opened or closed stay so across live updates.
    QHash<int, bool> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        expanded.insert(i, m_tree->topLevelItem(i)->isExpanded());
    m_tree->clear();

    auto lessons = [&](const QString &title, const QList<TodayReport::LessonItem> &list) {
        QTreeWidgetItem *s = section(title, int(list.size()));
        for (const TodayReport::LessonItem &l : list) {
            QTreeWidgetItem *it =
                l.noPlan() ? item(s, {tr("No plan yet — press Enter to create one"), l.className, l.unitTitle},
                                  NoPlanKind, l.classId)
                           : item(s, {l.title, l.className, l.unitTitle}, LessonKind, l.classId, l.lessonId);
            it->setData(0, UnitRole, l.unitId);
            it->setData(0, DateRole, l.date);
            if (l.noPlan()) {
                QFont f = it->font(0);
                f.setItalic(true);
                it->setFont(0, f);
            }
        }
    };
    lessons(tr("Today's lessons"), r.lessonsToday);
    lessons(tr("Lessons on %1").arg(locale.toString(r.tomorrow, u"dddd d MMMM"_s)), r.lessonsTomorrow);
    QTreeWidgetItem *due = section(tr("Due this week"), int(r.dueThisWeek.size()));
    for (const TodayReport::AssignmentItem &a : r.dueThisWeek)
        item(due, {a.title, a.className, locale.toString(a.dueDate, u"ddd d MMM"_s)}, AssignmentKind, a.classId,
             a.assignmentId);
    QTreeWidgetItem *ungraded = section(tr("Ungraded, past due"), int(r.ungradedPastDue.size()));
    for (const TodayReport::AssignmentItem &a : r.ungradedPastDue)
        item(ungraded,
             {a.title, a.className,
              CountText::mended(tr("%Ln to grade", nullptr, a.ungraded), a.ungraded) + u", "_s +
                  tr("due %1").arg(locale.toString(a.dueDate, u"d MMM"_s))},
             AssignmentKind, a.classId, a.assignmentId);
    QTreeWidgetItem *students = section(tr("Students with missing work"), int(r.studentsMissing.size()));
    for (const TodayReport::StudentItem &s : r.studentsMissing)
        item(students, {s.name, s.className, CountText::mended(tr("%Ln missing", nullptr, s.missing), s.missing)},
             StudentKind, s.classId, s.studentId);
    QTreeWidgetItem *sync = section(tr("Sync"), int(r.conflicts.size() + r.rejected.size()));
    const QString state =
        !r.sync.signedIn ? tr("Working on this computer only")
        : r.sync.lastSync.isValid()
            ? tr("Last synced %1").arg(locale.toString(r.sync.lastSync.toLocalTime(), QLocale::ShortFormat))
            : tr("Not synced yet");
    item(sync,
         {state, QString(),
          CountText::mended(tr("%Ln change(s) waiting", nullptr, int(r.sync.pending)), int(r.sync.pending))},
         SyncStateKind);
    if (!r.sync.lastError.isEmpty())
        item(sync, {tr("Last sync failed: %1").arg(r.sync.lastError)}, SyncStateKind);
    if (!r.conflicts.isEmpty())
        item(sync,
             {CountText::mended(tr("%Ln conflict(s) to resolve", nullptr, int(r.conflicts.size())),
                                int(r.conflicts.size()))},
             ConflictsKind);
    if (!r.rejected.isEmpty())
        item(sync,
             {CountText::mended(tr("%Ln change(s) rejected by the server", nullptr, int(r.rejected.size())),
                                int(r.rejected.size()))},
             RejectedKind);
    if (r.sync.held > 0)
        item(sync,
             {CountText::mended(tr("%Ln row(s) from the server held back", nullptr, int(r.sync.held)),
                                int(r.sync.held))},
             ConflictsKind);

    // A long section starts closed (its heading has the count), so every
    // section's heading is on screen; Right or a click opens it.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        section->setExpanded(expanded.value(i, section->childCount() <= kOpenSectionItems));
    }
    // Keep the keyboard where it was across live updates.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!current.isEmpty() && (*it)->data(0, IdRole).toString() == current) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void TodayView::activate(QTreeWidgetItem *it)
{
    const QString classId = it->data(0, ClassRole).toString();
    const QString id = it->data(0, IdRole).toString();
    switch (it->data(0, KindRole).toInt()) {
    case LessonKind:
        Q_EMIT openLesson(classId, it->data(0, UnitRole).toString(), id);
        break;
    case NoPlanKind: {
        // One click makes the day's lesson (an undoable PlanActions step) and opens it.
        const std::optional<UnitPlan> unit = UnitPlanRepository(m_store).find(it->data(0, UnitRole).toString());
        if (!unit)
            return;
        Lesson lesson = PlanChanges::nextLesson(m_store, *unit, Clock::today());
        lesson.date = it->data(0, DateRole).toDate();
        lesson.title = tr("Lesson for %1").arg(QLocale().toString(lesson.date, u"dddd d MMMM"_s));
        const Result<QString> created = Actions(m_store).plans().createLesson(lesson);
        if (!created) {
            QMessageBox::warning(this, tr("New lesson"), created.error());
            return;
        }
        refresh();
        Q_EMIT openLesson(classId, unit->id, *created);
        break;
    }
    case AssignmentKind:
        Q_EMIT openAssignment(classId, id);
        break;
    case StudentKind:
        Q_EMIT openStudent(classId, id);
        break;
    case SyncStateKind:
        Q_EMIT openSyncStatus();
        break;
    case ConflictsKind:
        Q_EMIT openSyncProblems();
        break;
    case RejectedKind:
        Q_EMIT openRejectedChanges();
        break;
    }
}

} // namespace k12
