#include "GradeActions.h"

#include "models/backup/BackupService.h"

#include "models/grading/GradebookData.h"
#include "models/grading/ScoreInput.h"
#include "models/repositories/ScoreRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Status GradeActions::setGrade(const QString &classId, const Assignment &assignment, const QString &studentId,
                              const QList<ScoreEdit> &edits)
{
    Score score = ScoreRepository(m_runner.store()).scoreFor(classId, assignment.id, studentId);
    for (const ScoreEdit &e : edits) {
        if (e.kind == ScoreEdit::Kind::SetPoints) {
            if (const QString problem = ScoreEdit::checkPoints(e.points, assignment); !problem.isEmpty())
                return fail(problem);
        }
        if (e.kind == ScoreEdit::Kind::SetLetter && assignment.gradingType != u"letter"_s)
            return fail(tr("\"%1\" is graded in points; use --points.").arg(assignment.title));
        score = e.appliedTo(score);
    }
    if (const QString problem = score.problem(); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r =
        m_runner.write(tr("Set Grade"), u"grade.set"_s, {Change::upsert(u"score"_s, score.id, score.toFields())});
    return r ? Status{} : Status{fail(r.error())};
}

Result<int> GradeActions::typeInCell(const GradebookData &data, const CellRef &cell, const QString &text)
{
    Result<ScoreEdit> parsed = ScoreInput::parse(text, data.assignments.at(cell.assignment), data.scale);
    if (!parsed)
        return Error{parsed.error()};
    return edit(data, {cell}, *parsed, tr("Set Grade"));
}

Result<int> GradeActions::edit(const GradebookData &data, const QList<CellRef> &cells, const ScoreEdit &edit,
                               const QString &label)
{
    if (cells.isEmpty())
        return 0;
    Result<QList<Score>> scores = BulkEdits::apply(data, cells, edit);
    if (scores && scores->isEmpty())
        return 0; // already so: nothing to write, nothing to undo
    return writeScores(data, scores, label, u"grade.set"_s);
}

Result<int> GradeActions::turnedIn(const GradebookData &data, const QList<CellRef> &cells, const QDate &date)
{
    if (cells.isEmpty())
        return 0;
    Result<QList<Score>> scores = BulkEdits::turnedIn(data, cells, date);
    if (scores && scores->isEmpty())
        return 0; // already so: nothing to write, nothing to undo
    return writeScores(data, scores, tr("Turned In"), u"grade.turned_in"_s);
}

Result<int> GradeActions::writeScores(const GradebookData &data, const Result<QList<Score>> &scores,
                                      const QString &label, const QString &action)
{
    if (!scores)
        return Error{scores.error()};
    if (scores->isEmpty())
        return fail(tr("%1: nothing to change.").arg(label));
    ChangeList changes;
    changes.reserve(scores->size());
    for (const Score &score : *scores) {
        if (const QString problem = score.problem(); !problem.isEmpty())
            return fail(problem);
        // Only what changed against the cell as loaded (a new score goes whole).
        changes.append(Change::upsert(u"score"_s, score.id, data.changeTo(score)));
    }
    Result<QList<AppliedChange>> r = m_runner.write(label, action, changes);
    if (!r)
        return Error{r.error()};
    return int(changes.size());
}

Result<int> GradeActions::importScores(const ChangeList &changes)
{
    if (changes.isEmpty())
        return 0;
    // The window's and the CLI's imports both come here: the backup before them is taken once.
    if (Status kept = BackupService::keepBefore(m_runner.store().profileDir(), BackupReason::beforeImport); !kept)
        return Error{kept.error()};
    Result<QList<AppliedChange>> r = m_runner.write(tr("Import Scores"), u"grade.import"_s, changes);
    if (!r)
        return Error{r.error()};
    return int(r->size());
}

Result<AutoMissing::Outcome> GradeActions::markMissingPastDue(const QString &classId, const QDate &asOf)
{
    if (!asOf.isValid())
        return fail(tr("That is not a date."));
    // The class as stored now, not a view's copy: the grid may show one period.
    Result<GradebookData> data = GradebookData::load(m_runner.store(), classId);
    if (!data)
        return Error{data.error()};
    return markMissingPastDue(*data, asOf);
}

Result<AutoMissing::Outcome> GradeActions::markMissingPastDue(const GradebookData &data, const QDate &asOf)
{
    if (!asOf.isValid())
        return fail(tr("That is not a date."));
    AutoMissing::Outcome outcome = AutoMissing::pastDue(data, asOf);
    if (outcome.scores.isEmpty())
        return outcome;
    ChangeList changes;
    changes.reserve(outcome.scores.size());
    for (const Score &score : std::as_const(outcome.scores))
        changes.append(Change::upsert(u"score"_s, score.id, data.changeTo(score)));
    Result<QList<AppliedChange>> r = m_runner.write(tr("Mark Missing Past Due"), u"grade.auto_missing"_s, changes);
    if (!r)
        return Error{r.error()};
    return outcome;
}

} // namespace k12
