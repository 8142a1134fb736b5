#include "SelectionGrading.h"
#include "ui/common/Ask.h"

#include "CurveDialog.h"
#include "GradebookView.h"
#include "TurnedInDialog.h"
#include "models/itemmodels/GradebookModel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SelectionGrading::SelectionGrading(GradebookModel *model, GradebookView *view, Actions &actions, QWidget *owner)
    : QObject(owner)
    , m_model(model)
    , m_view(view)
    , m_actions(actions)
    , m_owner(owner)
{}

QList<int> SelectionGrading::selectedAssignments() const
{
    QList<int> assignments;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
        const int a = m_model->assignmentForColumn(i.column());
        if (a >= 0 && !assignments.contains(a))
            assignments.append(a);
    }
    if (assignments.isEmpty()) {
        if (const int a = m_model->assignmentForColumn(m_view->currentIndex().column()); a >= 0)
            assignments.append(a);
    }
    return assignments;
}

void SelectionGrading::setScoreForSelection()
{
    const QList<CellRef> cells = m_model->cellsOf(m_view->selectionModel()->selectedIndexes());
    if (cells.isEmpty())
        return;
    const std::optional<QString> text =
        Ask::text(m_owner, tr("Set Score"),
                  tr("Score for %n selected cell(s) (points, a percentage like 85%, a letter, M, EX or L):", nullptr,
                     int(cells.size())));
    if (text)
        written(m_actions.grades().writeScores(m_model->gradebook(),
                                               BulkEdits::applyText(m_model->gradebook(), cells, *text),
                                               tr("Set Score"), u"grade.bulk_set"_s));
}

void SelectionGrading::turnedInForSelection()
{
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes.append(m_view->currentIndex());
    const QList<CellRef> cells = m_model->cellsOf(indexes);
    if (cells.isEmpty())
        return;
    TurnedInDialog dialog(m_model->gradebook(), cells, m_owner);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> changed = m_actions.grades().turnedIn(m_model->gradebook(), cells, dialog.date());
    if (written(changed))
        Q_EMIT statusMessage(tr("Turned in on %1: %n cell(s) changed.", nullptr, *changed)
                                 .arg(QLocale().toString(dialog.date(), QLocale::ShortFormat)),
                             5000);
}

void SelectionGrading::fillEmptyInSelection()
{
    QList<CellRef> cells = m_model->cellsOf(m_view->selectionModel()->selectedIndexes());
    if (cells.isEmpty())
        return;
    const std::optional<double> points = Ask::number(
        m_owner, tr("Fill Empty Cells"), tr("Points for every ungraded cell in the selection:"), 0, 0, 100000, 2);
    if (points && written(m_actions.grades().writeScores(m_model->gradebook(),
                                                         BulkEdits::fillEmpty(m_model->gradebook(), cells, *points),
                                                         tr("Fill Empty Cells"), u"grade.fill_empty"_s)))
        Q_EMIT statusMessage(tr("Empty cells filled."), 4000);
}

void SelectionGrading::fillDown()
{
    const QList<CellRef> cells = m_model->cellsOf(m_view->selectionModel()->selectedIndexes());
    written(m_actions.grades().writeScores(m_model->gradebook(), BulkEdits::fillDown(m_model->gradebook(), cells),
                                           tr("Fill Down"), u"grade.fill_down"_s));
}

void SelectionGrading::copySelection()
{
    const QList<CellRef> cells = m_model->cellsOf(m_view->selectionModel()->selectedIndexes());
    if (cells.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(BulkEdits::copy(m_model->gradebook(), cells));
    Q_EMIT statusMessage(tr("Copied %n cell(s).", nullptr, int(cells.size())), 3000);
}

bool SelectionGrading::pasteText(const QString &text)
{
    const QModelIndex current = m_view->currentIndex();
    QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    // The block lands at the top-left selected assignment cell.
    int top = current.isValid() ? current.row() : 0;
    int left = m_model->assignmentForColumn(current.column());
    for (const QModelIndex &i : selected) {
        if (m_model->assignmentForColumn(i.column()) < 0)
            continue;
        top = std::min(top, i.row());
        left = left < 0 ? m_model->assignmentForColumn(i.column())
                        : std::min(left, m_model->assignmentForColumn(i.column()));
    }
    const bool ok = written(m_actions.grades().writeScores(
        m_model->gradebook(), BulkEdits::paste(m_model->gradebook(), top, left, text), tr("Paste"), u"grade.paste"_s));
    if (ok)
        Q_EMIT statusMessage(tr("Pasted."), 3000);
    return ok;
}

void SelectionGrading::curveAssignment()
{
    const QList<int> assignments = selectedAssignments();
    if (assignments.size() != 1) {
        Q_EMIT statusMessage(tr("Select cells of one assignment to curve it."), 5000);
        return;
    }
    CurveDialog dialog(m_model->gradebook(), assignments.constFirst(), m_owner);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Score> scores = dialog.scores();
    if (written(m_actions.grades().writeScores(m_model->gradebook(), scores, tr("Curve"), u"grade.curve"_s)))
        Q_EMIT statusMessage(tr("Curved %n score(s).", nullptr, int(scores.size())), 5000);
}

void SelectionGrading::commentSelection()
{
    const QList<CellRef> cells = m_model->cellsOf(m_view->selectionModel()->selectedIndexes());
    if (cells.isEmpty())
        return;
    const std::optional<QString> text =
        Ask::multiLineText(m_owner, tr("Comment"), tr("Comment for %n selected cell(s):", nullptr, int(cells.size())));
    if (text)
        written(m_actions.grades().writeScores(m_model->gradebook(),
                                               BulkEdits::comment(m_model->gradebook(), cells, *text), tr("Comment"),
                                               u"grade.comment"_s));
}

void SelectionGrading::setSelectedPublished(bool published)
{
    QList<Assignment> chosen;
    for (int a : selectedAssignments())
        chosen.append(m_model->gradebook().assignments.at(a));
    const Result<int> changed = m_actions.assignments().setPublished(chosen, published);
    if (written(changed) && *changed > 0)
        Q_EMIT statusMessage(published ? tr("Published.") : tr("Hidden from students."), 4000);
}

bool SelectionGrading::applyToSelection(const ScoreEdit &edit, const QString &label)
{
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes.append(m_view->currentIndex());
    const QList<CellRef> cells = m_model->cellsOf(indexes);
    const bool ok = !cells.isEmpty() && written(m_actions.grades().edit(m_model->gradebook(), cells, edit, label));
    if (ok)
        Q_EMIT statusMessage(tr("%1: %n cell(s).", nullptr, int(cells.size())).arg(label), 4000);
    return ok;
}

bool SelectionGrading::written(const Result<int> &result)
{
    if (!result)
        Q_EMIT statusMessage(result.error(), 8000); // where a typed cell's problem shows
    return result.ok();
}

} // namespace k12
