#include "AutoMissingNotice.h"

#include "GradebookView.h"
#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/ClassRepository.h"
#include "models/store/Store.h"

#include <QHBoxLayout>
#include <QItemSelection>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

AutoMissingNotice::AutoMissingNotice(Store &store, QUndoStack *undoStack, GradebookModel *model, GradebookView *view,
                                     QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_undo(undoStack)
    , m_model(model)
    , m_view(view)
    , m_midnight(new QTimer(this))
    , m_text(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
    , m_showButton(new QPushButton(tr("S&how"), this))
{
    setObjectName(u"autoMissingNotice"_s);
    m_text->setObjectName(u"autoMissingText"_s);
    m_undoButton->setObjectName(u"autoMissingUndo"_s);
    m_showButton->setObjectName(u"autoMissingShow"_s);
    setFrameShape(QFrame::StyledPanel);
    // An information bar: a light amber that reads with the system's text colour.
    setStyleSheet(u"#autoMissingNotice { background: #fff4d6; border: 1px solid #e0c36a; border-radius: 3px; }"
                  "#autoMissingNotice QLabel { color: black; }"_s);
    m_text->setWordWrap(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"autoMissingClose"_s);
    for (QPushButton *b : {m_undoButton, m_showButton, close})
        b->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showButton);
    layout->addWidget(m_undoButton);
    layout->addWidget(close);
    connect(m_showButton, &QPushButton::clicked, this, &AutoMissingNotice::showMarked);
    connect(m_undoButton, &QPushButton::clicked, this, &AutoMissingNotice::undoMarks);
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        runIfEnabled();
        scheduleMidnight();
    });
    connect(&m_store, &Store::changed, this, &AutoMissingNotice::onStoreChanged);
    hide();
}

qint64 AutoMissingNotice::msecsToNextMidnight()
{
    const QDateTime now = Clock::currentDateTimeUtc().toLocalTime();
    // A few seconds past midnight: the new day has surely begun for Clock::today().
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 5)); // local time
    return std::max<qint64>(1000, now.msecsTo(next));
}

void AutoMissingNotice::scheduleMidnight()
{
    m_midnight->stop();
    if (!m_classId.isEmpty() && m_optionOn)
        m_midnight->start(int(std::min<qint64>(msecsToNextMidnight(), std::numeric_limits<int>::max())));
}

bool AutoMissingNotice::classOptionOn() const
{
    const std::optional<SchoolClass> c = ClassRepository(m_store).find(m_classId);
    return c && c->autoMissing && !c->archived;
}

void AutoMissingNotice::setClassId(const QString &classId)
{
    if (classId == m_classId)
        return;
    m_classId = classId;
    m_marked.clear();
    hide();
    m_optionOn = !classId.isEmpty() && classOptionOn();
    runIfEnabled();
    scheduleMidnight();
}

void AutoMissingNotice::onStoreChanged(const QStringList &entities)
{
    if (m_classId.isEmpty() || !entities.contains(u"class"_s))
        return;
    const bool on = classOptionOn();
    const bool switchedOn = on && !m_optionOn;
    m_optionOn = on;
    scheduleMidnight();
    if (switchedOn) // the teacher just turned it on: do it now, so they see what it does
        QTimer::singleShot(0, this, [this] { runIfEnabled(); });
}

int AutoMissingNotice::runIfEnabled()
{
    if (m_classId.isEmpty() || !classOptionOn())
        return 0;
    GradeActions grades = Actions(m_store, m_undo).grades();
    // The grid's class when it shows this one (all its assignments whatever the period): no second load.
    Result<AutoMissing::Outcome> r = m_model && m_model->classId() == m_classId
                                         ? grades.markMissingPastDue(m_model->gradebook(), Clock::today())
                                         : grades.markMissingPastDue(m_classId, Clock::today());
    if (!r) {
        m_text->setText(tr("Could not mark missing work: %1").arg(r.error()));
        m_undoButton->hide();
        m_showButton->hide();
        show();
        return 0;
    }
    if (r->scores.isEmpty())
        return 0; // nothing past due and empty: say nothing
    m_marked.clear();
    for (const Score &s : std::as_const(r->scores))
        m_marked.append({s.assignmentId, s.studentId});
    m_undoIndex = m_undo ? m_undo->index() : -1;
    m_text->setText(tr("Marked %n score(s) missing", nullptr, int(r->scores.size())) + u' ' +
                    tr("on %n assignment(s) past their due date.", nullptr, r->assignments));
    m_undoButton->setVisible(m_undo != nullptr);
    m_undoButton->setEnabled(true);
    m_showButton->show();
    show();
    Q_EMIT markedCells(int(r->scores.size()), r->assignments);
    return int(r->scores.size());
}

QString AutoMissingNotice::message() const
{
    return m_text->text();
}

void AutoMissingNotice::showMarked()
{
    if (!m_model || !m_view)
        return;
    const GradebookData &data = m_model->gradebook();
    QItemSelection selection;
    QModelIndex first;
    for (const auto &[assignmentId, studentId] : std::as_const(m_marked)) {
        const int a = data.assignmentIndex(assignmentId);
        const int s = data.studentIndex(studentId);
        if (a < 0 || s < 0)
            continue;
        const QModelIndex cell = m_model->index(s, m_model->columnForAssignment(a));
        selection.select(cell, cell);
        if (!first.isValid())
            first = cell;
    }
    if (!first.isValid())
        return;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(first);
    m_view->setFocus();
}

void AutoMissingNotice::undoMarks()
{
    if (!m_undo)
        return;
    // Only the pass itself: a grade typed since stays (Edit > Undo reaches the pass after it).
    if (m_undo->index() != m_undoIndex || !m_undo->canUndo()) {
        QMessageBox::information(this, tr("Undo"),
                                 tr("Grades were changed after the missing marks: use Edit > Undo to go back "
                                    "step by step."));
        return;
    }
    m_undo->undo();
    m_marked.clear();
    hide();
}

} // namespace k12
