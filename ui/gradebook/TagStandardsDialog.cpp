#include "TagStandardsDialog.h"

#include "models/mastery/StandardQueries.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

TagStandardsDialog::TagStandardsDialog(Actions &actions, const QString &classId, const QList<Assignment> &assignments,
                                       QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_classId(classId)
    , m_assignments(assignments)
    , m_list(new QListWidget(this))
    , m_newCode(new QLineEdit(this))
    , m_newDescription(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"tagStandardsDialog"_s);
    setWindowTitle(assignments.size() == 1 ? tr("Standards of \"%1\"").arg(assignments.constFirst().title)
                                           : tr("Standards of %n assignment(s)", nullptr, int(assignments.size())));
    m_list->setObjectName(u"tagStandardsList"_s);
    m_newCode->setObjectName(u"tagStandardsNewCode"_s);
    m_newCode->setPlaceholderText(tr("Code, e.g. RL.7.1"));
    m_newDescription->setObjectName(u"tagStandardsNewDescription"_s);
    m_newDescription->setPlaceholderText(tr("Description (optional)"));
    m_problem->setObjectName(u"tagStandardsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *add = new QPushButton(tr("&Add Standard"), this);
    add->setObjectName(u"tagStandardsAdd"_s);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newCode);
    newRow->addWidget(m_newDescription, 1);
    newRow->addWidget(add);
    auto *hint = new QLabel(tr("A tagged assignment can be scored per standard (Grades > Grade by Standard). "
                               "Standards are shared with the lesson plans."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("&Standards:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(newRow);
    layout->addWidget(m_problem);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    qobject_cast<QLabel *>(layout->itemAt(0)->widget())->setBuddy(m_list);

    connect(add, &QPushButton::clicked, this, &TagStandardsDialog::onAddStandard);
    connect(m_newCode, &QLineEdit::returnPressed, this, &TagStandardsDialog::onAddStandard);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(520, 420);
}

void TagStandardsDialog::load(const QStringList &checkIds)
{
    // Keep what the teacher already ticked when the list is rebuilt after adding a standard.
    QHash<QString, Qt::CheckState> kept;
    for (int i = 0; i < m_list->count(); ++i)
        kept.insert(m_list->item(i)->data(Qt::UserRole).toString(), m_list->item(i)->checkState());
    m_list->clear();
    const StandardQueries queries(m_actions.store());
    QHash<QString, int> carriedBy;
    for (const Assignment &a : std::as_const(m_assignments)) {
        for (const QString &id : queries.tagsOf(a.id))
            ++carriedBy[id];
    }
    for (const Standard &s : queries.standards(m_classId)) {
        auto *item = new QListWidgetItem(
            s.description.isEmpty() ? s.code : tr("%1 - %2").arg(s.code, s.description.section(u'\n', 0, 0)), m_list);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(s.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const int n = carriedBy.value(s.id);
        Qt::CheckState state = n == 0 ? Qt::Unchecked : n == m_assignments.size() ? Qt::Checked : Qt::PartiallyChecked;
        if (kept.contains(s.id))
            state = kept.value(s.id);
        if (checkIds.contains(s.id))
            state = Qt::Checked;
        item->setCheckState(state);
    }
    if (m_list->count() == 0) {
        auto *empty = new QListWidgetItem(tr("This class has no standards yet: add the first one below."), m_list);
        empty->setFlags(Qt::NoItemFlags);
    }
}

void TagStandardsDialog::onAddStandard()
{
    const QString code = m_newCode->text().trimmed();
    if (code.isEmpty()) {
        m_newCode->setFocus();
        return;
    }
    Result<QString> id = m_actions.standards().add(m_classId, code, m_newDescription->text().trimmed());
    if (!id) {
        m_problem->setText(id.error());
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_newCode->clear();
    m_newDescription->clear();
    load({*id}); // the new standard ticked: it was added to tag with it
}

bool TagStandardsDialog::apply()
{
    m_added = 0;
    m_removed = 0;
    QStringList checked;
    QStringList unchecked;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        if (id.isEmpty())
            continue;
        if (item->checkState() == Qt::Checked)
            checked << id;
        else if (item->checkState() == Qt::Unchecked)
            unchecked << id; // partly checked: left as each assignment has it
    }
    // One undo step for the whole choice; taking a tag off keeps the evidence entered.
    QUndoStack *undo = m_actions.undoStack();
    if (undo)
        undo->beginMacro(tr("Tag with Standards"));
    const auto endMacro = qScopeGuard([undo] {
        if (undo)
            undo->endMacro();
    });
    for (const Assignment &a : std::as_const(m_assignments)) {
        Result<int> tagged = m_actions.standards().tag(a, checked);
        if (!tagged) {
            QMessageBox::warning(this, tr("Standards not changed"), tagged.error());
            return false;
        }
        m_added += *tagged;
        Result<int> untagged = m_actions.standards().untag(a, unchecked);
        if (!untagged) {
            QMessageBox::warning(this, tr("Standards not changed"), untagged.error());
            return false;
        }
        m_removed += *untagged;
    }
    return true;
}

} // namespace k12
