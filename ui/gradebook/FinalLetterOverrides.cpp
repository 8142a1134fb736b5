#include "FinalLetterOverrides.h"

#include "FinalOverrideDialog.h"
#include "GradebookView.h"
#include "models/actions/Actions.h"
#include "models/itemmodels/GradebookModel.h"

#include <QAction>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

FinalLetterOverrides::FinalLetterOverrides(GradebookModel *model, GradebookView *view, Actions &actions, QWidget *owner)
    : QObject(owner)
    , m_model(model)
    , m_view(view)
    , m_actions(actions)
    , m_owner(owner)
    , m_override(new QAction(tr("&Override Final Letter..."), this))
    , m_clear(new QAction(tr("Clear &Override"), this))
{
    m_override->setObjectName(u"overrideFinalAction"_s);
    m_override->setToolTip(tr("Report another letter than the computed one for this student's final, with a "
                              "reason (select the student's Final % or Letter cell)"));
    m_clear->setObjectName(u"clearOverrideAction"_s);
    connect(m_override, &QAction::triggered, this, &FinalLetterOverrides::overrideCurrent);
    connect(m_clear, &QAction::triggered, this, [this] {
        if (Status s = clearCurrent(); !s)
            Q_EMIT statusMessage(s.error(), 8000);
    });
    connect(m_model, &GradebookModel::gradesRecomputed, this, &FinalLetterOverrides::updateActions);
    connect(m_model, &GradebookModel::modelReset, this, &FinalLetterOverrides::updateActions);
    updateActions();
}

int FinalLetterOverrides::currentStudent() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return -1;
    const GradebookModel::ColumnKind kind = m_model->columnKind(current.column());
    return kind == GradebookModel::ColumnKind::FinalPercent || kind == GradebookModel::ColumnKind::Letter
               ? current.row()
               : -1;
}

void FinalLetterOverrides::updateActions()
{
    const int row = currentStudent();
    m_override->setEnabled(row >= 0);
    m_clear->setEnabled(row >= 0 && m_model->finalOf(row).overridden);
}

void FinalLetterOverrides::overrideCurrent()
{
    const int row = currentStudent();
    if (row < 0)
        return;
    const GradebookData &data = m_model->gradebook();
    const GradingPeriod *period = data.periods.find(data.gradingPeriodId);
    const QString title =
        tr("%1, %2").arg(data.students.at(row).displayName(), period ? period->name : tr("course final"));
    FinalOverrideDialog dialog(title, m_model->finalOf(row), data.scale, m_owner);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = m_actions.finals().setOverride(data.schoolClass.id, data.students.at(row).id,
                                                    period ? period->id : QString(), dialog.letter(), dialog.reason());
    if (!s)
        Q_EMIT statusMessage(s.error(), 8000);
}

Status FinalLetterOverrides::clearCurrent()
{
    const int row = currentStudent();
    if (row < 0)
        return fail(tr("Select a student's Final % or Letter cell first."));
    const GradebookData &data = m_model->gradebook();
    const GradingPeriod *period = data.periods.find(data.gradingPeriodId);
    return m_actions.finals().clearOverride(data.schoolClass.id, data.students.at(row).id,
                                            period ? period->id : QString());
}

} // namespace k12
