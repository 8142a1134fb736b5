#include "CommentBankDialog.h"

#include "models/actions/CommentBankActions.h"
#include "ui/common/Ask.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

CommentBankDialog::CommentBankDialog(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undoStack)
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit..."), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
{
    setWindowTitle(tr("Comment Bank"));
    m_list->setObjectName(u"commentBankList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *add = new QPushButton(tr("&Add..."), this);
    connect(add, &QPushButton::clicked, this, &CommentBankDialog::onAdd);
    connect(m_edit, &QPushButton::clicked, this, &CommentBankDialog::onEdit);
    connect(m_remove, &QPushButton::clicked, this, &CommentBankDialog::onRemove);
    connect(m_up, &QPushButton::clicked, this, [this] { onMove(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { onMove(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CommentBankDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &CommentBankDialog::onEdit);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove, m_up, m_down})
        side->addWidget(b);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *hint = new QLabel(tr("Placeholders: {first_name}, {final_letter}, {missing_count} are replaced by each "
                               "student's values when a comment is inserted into a report."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(620, 420);
    reload();
}

void CommentBankDialog::reload()
{
    const QString keep = currentId();
    m_list->clear();
    for (const CommentTemplate &t : CommentBankActions::list(m_store)) {
        auto *item = new QListWidgetItem(t.category.isEmpty() ? t.text : tr("[%1] %2").arg(t.category, t.text));
        item->setData(Qt::UserRole, t.id);
        m_list->addItem(item);
        if (t.id == keep)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString CommentBankDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CommentBankDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void CommentBankDialog::showError(const QString &message)
{
    Ask::question(this, windowTitle(), message, QMessageBox::Ok);
}

void CommentBankDialog::onAdd()
{
    const std::optional<QString> text = Ask::multiLineText(this, tr("Add Comment"), tr("Comment:"));
    if (!text)
        return;
    const std::optional<QString> category = Ask::text(this, tr("Add Comment"), tr("Category (optional, e.g. Effort):"));
    Result<QString> id = CommentBankActions(ActionRunner(m_store, m_undo)).add(*text, category.value_or(QString()));
    if (!id)
        return showError(id.error());
    reload();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == *id)
            m_list->setCurrentRow(i);
    }
}

void CommentBankDialog::onEdit()
{
    const QString id = currentId();
    const QList<CommentTemplate> bank = CommentBankActions::list(m_store);
    const auto it = std::find_if(bank.cbegin(), bank.cend(), [&](const auto &t) { return t.id == id; });
    if (it == bank.cend())
        return;
    // The comment as it is, to change (Ask's text questions start empty).
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit Comment"), tr("Comment:"), it->text, &ok);
    if (!ok)
        return;
    const Status edited = CommentBankActions(ActionRunner(m_store, m_undo)).edit(id, text, it->category);
    if (!edited)
        return showError(edited.error());
    reload();
}

void CommentBankDialog::onRemove()
{
    const Status removed = CommentBankActions(ActionRunner(m_store, m_undo)).remove(currentId());
    if (!removed)
        return showError(removed.error());
    reload();
}

void CommentBankDialog::onMove(int delta)
{
    const Status moved =
        CommentBankActions(ActionRunner(m_store, m_undo)).move(currentId(), m_list->currentRow() + delta);
    if (!moved)
        return showError(moved.error());
    reload();
}

} // namespace k12
