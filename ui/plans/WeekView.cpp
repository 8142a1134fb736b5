#include "WeekView.h"
#include "kernel/domain/Clock.h"

#include "models/itemmodels/WeekPlanModel.h"
#include "models/plans/PlanDates.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

WeekView::WeekView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new WeekPlanModel(store, this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(tr("No lessons are planned for this week. Lessons appear here on their dates."), this))
{
    setObjectName(u"weekView"_s);
    m_title->setObjectName(u"weekTitle"_s);
    m_table->setObjectName(u"weekTable"_s);
    m_empty->setObjectName(u"weekEmpty"_s);
    m_empty->setStyleSheet(u"color: palette(mid);"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    // Both wrap rather than widen the window: in a long language (the pseudo-locale check,
    // tst_pseudolocale) one line of either made the Plans tab wider than a 1240 px window.
    m_empty->setWordWrap(true);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto *previous = new QPushButton(tr("◀ &Previous Week"), this);
    auto *today = new QPushButton(tr("&This Week"), this);
    auto *next = new QPushButton(tr("&Next Week ▶"), this);
    previous->setObjectName(u"previousWeekButton"_s);
    today->setObjectName(u"thisWeekButton"_s);
    next->setObjectName(u"nextWeekButton"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);

    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setShowGrid(true);
    m_table->setToolTip(tr("Double-click a lesson to open it"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);

    connect(previous, &QPushButton::clicked, this, &WeekView::previousWeek);
    connect(today, &QPushButton::clicked, this, &WeekView::thisWeek);
    connect(next, &QPushButton::clicked, this, &WeekView::nextWeek);
    connect(m_table, &QTableView::activated, this, &WeekView::onActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WeekView::fitRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WeekView::updateTitle);
    updateTitle();
    fitRows();
}

void WeekView::showWeekOf(const QDate &date)
{
    m_model->setWeek(date);
}

void WeekView::previousWeek()
{
    m_model->setWeek(m_model->monday().addDays(-7));
}

void WeekView::nextWeek()
{
    m_model->setWeek(m_model->monday().addDays(7));
}

void WeekView::thisWeek()
{
    m_model->setWeek(Clock::today());
}

void WeekView::updateTitle()
{
    const QDate monday = m_model->monday();
    const QLocale locale;
    m_title->setText(
        tr("Week of %1 to %2")
            .arg(locale.toString(monday, u"d MMMM"_s), locale.toString(monday.addDays(4), u"d MMMM yyyy"_s)));
    m_empty->setVisible(m_model->lessonCount() == 0);
}

void WeekView::fitRows()
{
    // Two lines per lesson (class, title) plus breathing room.
    const int height = fontMetrics().lineSpacing() * 2 + 14;
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_table->setRowHeight(r, height);
}

void WeekView::onActivated(const QModelIndex &index)
{
    const QString lessonId = index.data(WeekPlanModel::LessonIdRole).toString();
    if (!lessonId.isEmpty())
        Q_EMIT lessonActivated(index.data(WeekPlanModel::ClassIdRole).toString(),
                               index.data(WeekPlanModel::UnitIdRole).toString(), lessonId);
}

} // namespace k12
