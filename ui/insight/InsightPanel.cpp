#include "InsightPanel.h"

#include "kernel/domain/Clock.h"
#include "models/csv/CsvWriter.h"
#include "models/insight/AtRiskModel.h"
#include "models/insight/MissingWorkModel.h"
#include "models/insight/WhatItTakesModel.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/itemmodels/MasteryModel.h"
#include "models/store/Database.h"
#include "models/store/Store.h"
#include "ui/common/Ask.h"
#include "ui/families/MissingNoticeDialog.h"
#include "ui/insight/CountChart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

InsightPanel::InsightPanel(Store &store, GradebookModel *gradebook, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_gradebook(gradebook)
    , m_timer(new QTimer(this))
    , m_atRiskModel(new AtRiskModel(this))
    , m_missingModel(new MissingWorkModel(this))
    , m_whatItTakesModel(new WhatItTakesModel(this))
{
    setObjectName(u"insightPanel"_s);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &InsightPanel::refresh);

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(u"insightSections"_s);
    m_sections->setDocumentMode(true);
    m_sections->setAccessibleName(tr("Insight sections"));
    // Three charts need more height than a small laptop screen gives the window: the
    // overview scrolls instead of making the whole main window taller.
    auto *overview = new QScrollArea(this);
    overview->setWidget(createOverview());
    overview->setWidgetResizable(true);
    overview->setFrameShape(QFrame::NoFrame);
    overview->setAccessibleName(tr("Overview"));
    m_sections->addTab(overview, tr("Overview"));
    m_sections->addTab(createAtRisk(), tr("At risk"));
    m_sections->addTab(createMissing(), tr("Missing work"));
    m_sections->addTab(createWhatItTakes(), tr("What it takes"));
    m_mastery = new MasteryModel(m_store, this);
    auto *standards = tableView(m_mastery, this);
    standards->setObjectName(u"insightStandards"_s);
    standards->setSelectionMode(QAbstractItemView::NoSelection);
    standards->setAlternatingRowColors(false);
    standards->horizontalHeader()->setStretchLastSection(false);
    m_sections->addTab(standards, tr("Standards"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);

    // The grid's model hears the store (changesApplied for scores, changed for structure,
    // externallyChanged for sync) and updates the in-memory class; this panel follows it.
    connect(m_gradebook, &QAbstractItemModel::modelReset, this, &InsightPanel::onReset);
    connect(m_gradebook, &QAbstractItemModel::dataChanged, this, &InsightPanel::onDataChanged);
    connect(m_gradebook, &GradebookModel::gradesRecomputed, this, [this] {
        // A period change recomputes every grade without a reset.
        if (m_gradebook->gradebook().gradingPeriodId != m_lastPeriod) {
            m_lastPeriod = m_gradebook->gradebook().gradingPeriodId;
            onReset();
        }
    });
    onReset();
}

QWidget *InsightPanel::createOverview()
{
    auto *page = new QWidget(this);
    m_finalChart =
        new CountChart(tr("Final %, in steps of 10"), CountChart::percentBins(), CountChart::Counted::Students, page);
    m_finalChart->setObjectName(u"insightFinalChart"_s);
    m_letterChart = new CountChart(tr("Students per letter"), {}, CountChart::Counted::Students, page);
    m_letterChart->setObjectName(u"insightLetterChart"_s);
    m_overviewSummary = new QLabel(page);
    m_overviewSummary->setWordWrap(true);

    m_assignment = new QComboBox(page);
    m_assignment->setObjectName(u"insightAssignment"_s);
    m_assignment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assignmentChart = new CountChart(tr("Scores, % of points possible, in steps of 10"), CountChart::percentBins(),
                                       CountChart::Counted::Scores, page);
    m_assignmentChart->setObjectName(u"insightAssignmentChart"_s);
    m_assignmentSummary = new QLabel(page);
    m_assignmentSummary->setObjectName(u"insightAssignmentSummary"_s);
    m_assignmentSummary->setWordWrap(true);
    m_assignmentSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_assignment, &QComboBox::currentIndexChanged, this, &InsightPanel::updateAssignmentStats);

    auto *chooser = new QHBoxLayout;
    auto *label = new QLabel(tr("&Assignment:"), page);
    label->setBuddy(m_assignment);
    chooser->addWidget(label);
    chooser->addWidget(m_assignment);
    chooser->addStretch();

    auto *grid = new QGridLayout(page);
    grid->addWidget(m_finalChart, 0, 0);
    grid->addWidget(m_letterChart, 0, 1);
    grid->addWidget(m_overviewSummary, 1, 0, 1, 2);
    grid->addLayout(chooser, 2, 0, 1, 2);
    grid->addWidget(m_assignmentChart, 3, 0);
    grid->addWidget(m_assignmentSummary, 3, 1, Qt::AlignTop);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(3, 1);
    return page;
}

QWidget *InsightPanel::createAtRisk()
{
    auto *page = new QWidget(this);
    m_atRiskView = tableView(m_atRiskModel, page);
    m_atRiskView->setObjectName(u"insightAtRisk"_s);
    m_atRiskView->installEventFilter(this);
    connect(m_atRiskView, &QTableView::doubleClicked, this, &InsightPanel::activate);
    m_atRiskNote = new QLabel(page);
    m_atRiskNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_atRiskNote);
    layout->addWidget(m_atRiskView);
    return page;
}

QWidget *InsightPanel::createMissing()
{
    auto *page = new QWidget(this);
    m_missingView = tableView(m_missingModel, page);
    m_missingView->setObjectName(u"insightMissing"_s);
    m_missingView->installEventFilter(this);
    connect(m_missingView, &QTableView::doubleClicked, this, &InsightPanel::activate);
    m_missingOrder = new QComboBox(page);
    m_missingOrder->addItem(tr("By student"), int(MissingWork::Order::ByStudent));
    m_missingOrder->addItem(tr("By assignment"), int(MissingWork::Order::ByAssignment));
    connect(m_missingOrder, &QComboBox::currentIndexChanged, this, [this] {
        m_missingModel->setMissingWork(m_gradebook->gradebook(), m_report.missingWork(),
                                       MissingWork::Order(m_missingOrder->currentData().toInt()));
    });
    m_missingCount = new QLabel(page);
    auto *copy = new QPushButton(tr("&Copy"), page);
    copy->setObjectName(u"insightCopyMissing"_s);
    connect(copy, &QPushButton::clicked, this, &InsightPanel::copyMissing);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), page);
    exportButton->setObjectName(u"insightExportMissing"_s);
    connect(exportButton, &QPushButton::clicked, this, &InsightPanel::exportMissing);
    // The families' side of this list (issue 18): a notice of the published missing work, previewed first.
    auto *notice = new QPushButton(tr("Send &Notice\u2026"), page);
    notice->setObjectName(u"insightSendNotice"_s);
    notice->setToolTip(tr("Email families their child's missing published work through the server"));
    connect(notice, &QPushButton::clicked, this, [this] {
        if (m_gradebook->classId().isEmpty())
            return;
        MissingNoticeDialog dialog(m_store, m_gradebook->classId(), this);
        dialog.exec();
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_missingOrder);
    bar->addWidget(m_missingCount);
    bar->addStretch();
    bar->addWidget(copy);
    bar->addWidget(exportButton);
    bar->addWidget(notice);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_missingView);
    return page;
}

QWidget *InsightPanel::createWhatItTakes()
{
    auto *page = new QWidget(this);
    m_whatItTakesView = tableView(m_whatItTakesModel, page);
    m_whatItTakesView->setObjectName(u"insightWhatItTakes"_s);
    m_whatItTakesView->horizontalHeader()->setStretchLastSection(false);
    m_whatItTakesView->installEventFilter(this);
    connect(m_whatItTakesView, &QTableView::doubleClicked, this, &InsightPanel::activate);
    m_target = new QComboBox(page);
    m_target->setObjectName(u"insightTarget"_s);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (m_target->currentIndex() < 0)
            return;
        const int assignment = m_gradebook->gradebook().assignmentIndex(m_target->currentData().toString());
        m_report.setTargetAssignment(assignment);
        schedule();
    });
    auto *label = new QLabel(tr("Score needed on:"), page);
    label->setBuddy(m_target);
    auto *note = new QLabel(tr("The same percentage on every assignment still to come (or on the chosen one) that "
                               "reaches each letter. Extra credit is not counted on; missing and excused marks stay "
                               "as they are."),
                            page);
    note->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_target);
    bar->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(note);
    layout->addWidget(m_whatItTakesView);
    return page;
}

void InsightPanel::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void InsightPanel::onReset()
{
    m_all = true;
    m_historyStale = true;
    ++m_historyGeneration; // a rebuild under way is for the class as it was
    m_changedStudents.clear();
    m_changedAssignments.clear();
    m_mastery->setClassId(m_gradebook->classId());
    schedule();
}

void InsightPanel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_all)
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_changedStudents.insert(row);
    for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
        const int a = m_gradebook->assignmentForColumn(column);
        if (a >= 0)
            m_changedAssignments.insert(a);
    }
    schedule();
}

void InsightPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        schedule();
}

void InsightPanel::refreshNow()
{
    m_timer->stop();
    refresh();
}

void InsightPanel::refresh()
{
    if (!isVisible()) {
        m_pending = true; // nobody looks: catch up when shown
        return;
    }
    m_pending = false;
    const GradebookData &data = m_gradebook->gradebook();
    m_report.setCriteria(AtRisk::criteriaFor(data.schoolClass)); // the class's thresholds (class settings)
    if (m_historyStale) {
        // The Final % of dropDays ago: it does not change with today's edits, only with the class.
        // Rebuilt off the GUI thread (2 s on a new 200 x 1000 class); the drop criterion waits.
        m_historyStale = false;
        startHistory(data);
    }
    if (m_all) {
        updateTargetChooser();
        updateAssignmentChooser();
    }
    std::vector<std::optional<double>> finals(size_t(m_gradebook->rowCount()));
    for (int s = 0; s < m_gradebook->rowCount(); ++s)
        finals[size_t(s)] = m_gradebook->gradeOf(s).finalPercent;
    m_report.refresh(data, finals, m_changedStudents, m_changedAssignments, m_all);
    m_all = false;
    m_changedStudents.clear();
    m_changedAssignments.clear();

    showAtRisk();
    m_missingModel->setMissingWork(data, m_report.missingWork(),
                                   MissingWork::Order(m_missingOrder->currentData().toInt()));
    m_whatItTakesModel->setRows(data, m_report.whatItTakes());
    updateCharts();
    updateAssignmentStats();

    m_missingCount->setText(tr("%n missing", nullptr, m_report.missingWork().count()));
    m_sections->setTabText(2, m_report.missingWork().count() > 0
                                  ? tr("Missing work (%1)").arg(m_report.missingWork().count())
                                  : tr("Missing work"));
    Q_EMIT refreshed();
}

void InsightPanel::showAtRisk()
{
    m_atRiskModel->setStudents(m_gradebook->gradebook(), m_report.atRisk(), m_report.criteria());
    const AtRisk::Criteria &c = m_report.criteria();
    const int unknown = int(std::count(m_report.earlier().unknown.cbegin(), m_report.earlier().unknown.cend(), true));
    QString note =
        tr("Below %1 %, %n or more missing, or down %2 points or more in %3 days.", nullptr, c.missingAtLeast)
            .arg(c.belowPercent)
            .arg(c.dropPoints)
            .arg(c.dropDays);
    if (unknown > 0)
        note += u' ' + tr("The change is not known for %n student(s): a score was changed on another device.", nullptr,
                          unknown);
    if (historyPending())
        note += u' ' + tr("The change over %n day(s) is still being worked out.", nullptr, c.dropDays);
    m_atRiskNote->setText(note);
    const int atRisk = int(m_report.atRisk().size());
    m_sections->setTabText(1, atRisk > 0 ? tr("At risk (%1)").arg(atRisk) : tr("At risk"));
}

void InsightPanel::startHistory(const GradebookData &data)
{
    m_report.clearEarlier();
    const int generation = ++m_historyGeneration;
    const QString path = m_store.database().path();
    const QDateTime moment = Clock::currentDateTimeUtc().addDays(-m_report.criteria().dropDays);
    ++m_historyRunning;
    auto *watcher = new QFutureWatcher<ScoreHistory::Finals>(this);
    connect(watcher, &QFutureWatcher<ScoreHistory::Finals>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_historyRunning;
        if (generation != m_historyGeneration)
            return; // another class, period or structure since: its own rebuild is under way
        m_report.setEarlier(watcher->result());
        // Only the at-risk list depends on it: recompute that, now with the drop.
        std::vector<std::optional<double>> finals(size_t(m_gradebook->rowCount()));
        for (int s = 0; s < m_gradebook->rowCount(); ++s)
            finals[size_t(s)] = m_gradebook->gradeOf(s).finalPercent;
        m_report.refreshAtRisk(m_gradebook->gradebook(), finals);
        showAtRisk();
        Q_EMIT historyReady();
    });
    // The worker gets its own copy of the class (the grid's changes as grades are typed).
    watcher->setFuture(
        QtConcurrent::run([path, data, moment] { return ScoreHistory::finalsAsOfFile(path, data, moment); }));
}

void InsightPanel::updateCharts()
{
    const ClassStatistics &stats = m_report.statistics();
    m_finalChart->setCounts(stats.finalBins, CountChart::spokenPercentBins());
    m_letterChart->setCategories(stats.letters);
    m_letterChart->setCounts(stats.letterCounts, stats.letters);
    const int graded = m_gradebook->rowCount() - stats.withoutGrade;
    m_overviewSummary->setText(
        stats.withoutGrade > 0
            ? tr("%n student(s) with a Final %, %1 without one yet.", nullptr, graded).arg(stats.withoutGrade)
            : tr("%n student(s) with a Final %.", nullptr, graded));
}

void InsightPanel::updateAssignmentChooser()
{
    const GradebookData &data = m_gradebook->gradebook();
    const QString current = m_assignment->currentData().toString();
    QSignalBlocker block(m_assignment);
    m_assignment->clear();
    for (const Assignment &a : data.assignments)
        m_assignment->addItem(a.title, a.id);
    m_assignment->setCurrentIndex(std::max(0, m_assignment->findData(current)));
}

void InsightPanel::updateTargetChooser()
{
    const GradebookData &data = m_gradebook->gradebook();
    const QString current = m_target->currentData().toString();
    QSignalBlocker block(m_target);
    m_target->clear();
    m_target->addItem(tr("all remaining work"), QString());
    for (const Assignment &a : data.assignments) {
        if (a.pointsPossible > 0)
            m_target->addItem(tr("only %1").arg(a.title), a.id);
    }
    const int index = m_target->findData(current);
    m_target->setCurrentIndex(std::max(0, index));
    m_report.setTargetAssignment(index > 0 ? data.assignmentIndex(current) : -1);
}

void InsightPanel::updateAssignmentStats()
{
    const GradebookData &data = m_gradebook->gradebook();
    const int a = data.assignmentIndex(m_assignment->currentData().toString());
    const std::vector<ClassStatistics::AssignmentStats> &all = m_report.statistics().assignments;
    if (a < 0 || size_t(a) >= all.size()) {
        m_assignmentChart->setCounts(std::vector<int>(ClassStatistics::kBinCount, 0), {});
        m_assignmentSummary->setText(tr("No assignments yet."));
        return;
    }
    const ClassStatistics::AssignmentStats &s = all[size_t(a)];
    m_assignmentChart->setCounts(s.bins, CountChart::spokenPercentBins());
    const QLocale locale;
    auto percent = [&](const std::optional<double> &v) {
        return v ? tr("%1 %").arg(locale.toString(GradeEngine::round2(*v), 'f', 2)) : tr("—");
    };
    m_assignmentSummary->setText(tr("<table>"
                                    "<tr><td>Scored:</td><td align=right>%1</td></tr>"
                                    "<tr><td>Mean:</td><td align=right>%2</td></tr>"
                                    "<tr><td>Median:</td><td align=right>%3</td></tr>"
                                    "<tr><td>Lowest:</td><td align=right>%4</td></tr>"
                                    "<tr><td>Highest:</td><td align=right>%5</td></tr>"
                                    "<tr><td>Missing:</td><td align=right>%6</td></tr>"
                                    "<tr><td>Excused:</td><td align=right>%7</td></tr></table>")
                                     .arg(s.graded)
                                     .arg(percent(s.mean), percent(s.median), percent(s.min), percent(s.max))
                                     .arg(s.missing)
                                     .arg(s.excused));
}

QByteArray InsightPanel::missingCsv() const
{
    return m_report.missingWork().toCsv(m_gradebook->gradebook(),
                                        MissingWork::Order(m_missingOrder->currentData().toInt()));
}

Status InsightPanel::exportMissingTo(const QString &path) const
{
    return CsvWriter::writeFile(path, missingCsv());
}

void InsightPanel::copyMissing()
{
    QApplication::clipboard()->setText(QString::fromUtf8(missingCsv()));
    Q_EMIT statusMessage(tr("Missing work copied (%n row(s)).", nullptr, m_report.missingWork().count()), 4000);
}

void InsightPanel::exportMissing()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Ask::saveFileName(this, tr("Export missing work"), QDir(dir).filePath(tr("missing-work.csv")),
                                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportMissingTo(path); !s) {
        Q_EMIT statusMessage(s.error(), 8000);
        return;
    }
    Q_EMIT statusMessage(tr("Missing work exported."), 4000);
}

void InsightPanel::activate(const QModelIndex &index)
{
    const QString id = index.data(AtRiskModel::StudentIdRole).toString(); // the same role number in all three
    if (!id.isEmpty())
        Q_EMIT studentActivated(id);
}

bool InsightPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *view = qobject_cast<QTableView *>(watched);
        if (view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && view->currentIndex().isValid()) {
            activate(view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace k12
