#include "RosterPanel.h"
#include "ui/common/Ask.h"

#include "GuardiansSection.h"
#include "StudentDialog.h"
#include "kernel/csv/RosterImport.h"
#include "models/itemmodels/RosterModel.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

RosterPanel::RosterPanel(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(store, undoStack)
    , m_model(new RosterModel(store, this))
    , m_view(new QTableView(this))
    , m_add(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Student..."), this))
    , m_edit(new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit Student..."), this))
    , m_remove(new QAction(QIcon::fromTheme(u"list-remove"_s), tr("&Remove Student"), this))
    , m_import(new QAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Roster CSV..."), this))
{
    m_add->setObjectName(u"addStudentAction"_s);
    m_edit->setObjectName(u"editStudentAction"_s);
    m_remove->setObjectName(u"removeStudentAction"_s);
    m_import->setObjectName(u"importRosterAction"_s);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_remove->setShortcut(QKeySequence::Delete);
    // Shortcuts act only where the roster has focus: the gradebook uses some of the same keys.
    for (QAction *a : {m_add, m_edit, m_remove, m_import}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    m_view->setObjectName(u"rosterView"_s);
    m_view->setAccessibleName(tr("Roster"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // the arrows move between students; Tab goes on (it went round rows)
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(0, 160);
    m_view->setColumnWidth(1, 160);
    m_view->setColumnWidth(2, 130);
    m_view->setColumnWidth(3, 200);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_remove);
    toolbar->addSeparator();
    toolbar->addAction(m_import);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);

    connect(m_add, &QAction::triggered, this, &RosterPanel::onAddStudent);
    connect(m_edit, &QAction::triggered, this, &RosterPanel::onEditStudent);
    connect(m_remove, &QAction::triggered, this, &RosterPanel::onRemoveStudent);
    connect(m_import, &QAction::triggered, this, &RosterPanel::onImportRoster);
    connect(m_view, &QTableView::doubleClicked, this, &RosterPanel::onEditStudent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RosterPanel::updateActions);
    updateActions();
}

void RosterPanel::setClassId(const QString &classId)
{
    m_model->setClassId(classId);
}

void RosterPanel::updateActions()
{
    const bool hasClass = !m_model->classId().isEmpty();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_add->setEnabled(hasClass);
    m_import->setEnabled(hasClass);
    m_edit->setEnabled(hasClass && selected == 1);
    m_remove->setEnabled(hasClass && selected > 0);
}

void RosterPanel::onAddStudent()
{
    StudentDialog dialog(this);
    GuardiansSection *guardians = dialog.addGuardiansSection(m_store, m_actions.undoStack());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Student student = dialog.student();
    const QString classId = m_model->classId();
    Result<QString> id = m_actions.roster().addStudent(student, classId);
    if (!id) {
        QMessageBox::warning(this, tr("Student not added"), id.error());
        return;
    }
    if (Status s = guardians->addPendingTo(*id); !s) {
        QMessageBox::warning(this, tr("Guardian not added"), s.error());
        return;
    }
    Q_EMIT statusMessage(tr("Student added."));
}

void RosterPanel::onEditStudent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Student *student = rows.size() == 1 ? m_model->studentAt(rows.constFirst().row()) : nullptr;
    if (!student)
        return;
    StudentDialog dialog(this);
    dialog.addGuardiansSection(m_store, m_actions.undoStack());
    dialog.setStudent(*student);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Student edited = dialog.student();
    if (Status s = m_actions.roster().editStudent(edited); !s)
        QMessageBox::warning(this, tr("Student not saved"), s.error());
}

void RosterPanel::onRemoveStudent()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->data(index, RosterModel::IdRole).toString());
    if (ids.isEmpty())
        return;
    const auto answer = Ask::question(
        this, tr("Remove Students"),
        tr("Remove %n student(s) from this class? Their grades are kept and come back if they are added again.",
           nullptr, int(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    const QString classId = m_model->classId();
    if (Status s = m_actions.roster().removeStudents(classId, ids); !s) {
        QMessageBox::warning(this, tr("Students not removed"), s.error());
        return;
    }
    Q_EMIT statusMessage(tr("%n student(s) removed from the class.", nullptr, int(ids.size())));
}

void RosterPanel::onImportRoster()
{
    const QString path =
        Ask::openFileName(this, tr("Import Roster"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importRosterFile(path);
}

int RosterPanel::importRosterFile(const QString &path)
{
    const RosterImport::Outcome outcome = RosterImport::fromFile(path);
    if (!outcome.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Roster not imported"),
                        tr("Nothing was imported: the file has %n problem(s). Fix them and import again.", nullptr,
                           int(outcome.problems.size())),
                        QMessageBox::Ok, this);
        box.setObjectName(u"rosterImportErrors"_s);
        box.setInformativeText(outcome.problems.mid(0, 5).join(u'\n'));
        box.setDetailedText(outcome.problems.join(u'\n'));
        box.exec();
        return 0;
    }
    if (!outcome.warnings.isEmpty()) {
        // Names that look damaged by the file's encoding: the teacher decides.
        QMessageBox box(QMessageBox::Warning, tr("Import Roster"),
                        tr("Some names in the file look damaged: letters were probably lost when the file was saved. "
                           "Import anyway?"),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(u"rosterImportWarnings"_s);
        box.setInformativeText(outcome.warnings.mid(0, 5).join(u'\n'));
        box.setDetailedText(outcome.warnings.join(u'\n'));
        box.button(QMessageBox::Yes)->setText(tr("&Import Anyway"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return 0;
    }
    const QString classId = m_model->classId();
    if (Status s = m_actions.roster().importRoster(outcome.students, classId, outcome.guardians); !s) {
        QMessageBox::warning(this, tr("Roster not imported"), s.error());
        return 0;
    }
    const int count = int(outcome.students.size());
    Q_EMIT statusMessage(tr("Imported %n student(s).", nullptr, count));
    return count;
}

} // namespace k12
