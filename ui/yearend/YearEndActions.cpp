#include "YearEndActions.h"

#include "DeleteClassDialog.h"
#include "ExportYearDialog.h"
#include "models/actions/ClassDeleteActions.h"
#include "models/repositories/ClassRepository.h"
#include "models/store/Store.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

YearEndActions::YearEndActions(Store &store, QUndoStack *undoStack, QMainWindow *window,
                               std::function<QString()> currentClassId)
    : QObject(window)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_currentClassId(std::move(currentClassId))
    , m_exportYear(new QAction(tr("Export the &Year..."), this))
    , m_deleteClass(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete Class..."), this))
{
    m_exportYear->setObjectName(u"exportYearAction"_s);
    m_exportYear->setStatusTip(tr("Save every class of a term (gradebooks, progress reports, plans) as one zip file"));
    m_deleteClass->setObjectName(u"deleteClassAction"_s);
    m_deleteClass->setStatusTip(tr("Delete a class and everything in it, after a backup; archiving keeps it instead"));
    connect(m_exportYear, &QAction::triggered, this, &YearEndActions::exportYear);
    connect(m_deleteClass, &QAction::triggered, this, &YearEndActions::deleteClass);
}

void YearEndActions::exportYear()
{
    const std::optional<SchoolClass> c = ClassRepository(m_store).find(m_currentClassId());
    ExportYearDialog dialog(m_store, c ? c->term : QString(), m_window);
    dialog.exec();
}

void YearEndActions::deleteClass()
{
    const std::optional<SchoolClass> c = ClassRepository(m_store).find(m_currentClassId());
    if (!c)
        return;
    ClassDeleteActions actions{ActionRunner(m_store, m_undoStack)};
    const Result<ClassDeleteActions::Summary> summary = actions.summarize(c->id);
    if (!summary) {
        QMessageBox::warning(m_window, tr("Delete Class"), summary.error());
        return;
    }
    DeleteClassDialog dialog(*summary, c->name, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // the backup and the rows: a second or so on a big profile
    const Result<ClassDeleteActions::Summary> done = actions.remove(c->id);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(m_window, tr("Delete Class"), done.error());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Deleted %1. A backup was kept; Edit > Undo brings the class back.").arg(done->label), 10000);
}

} // namespace k12
