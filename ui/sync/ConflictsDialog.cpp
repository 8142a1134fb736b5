#include "ConflictsDialog.h"

#include "ChangeDescriber.h"
#include "SyncWidgets.h"
#include "sync/SyncService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

int col(ConflictsDialog::Column c)
{
    return static_cast<int>(c);
}

} // namespace

ConflictsDialog::ConflictsDialog(SyncService &service, Store &store, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_store(store)
    , m_pages(new QStackedWidget(this))
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_message(SyncWidgets::problemLabel(u"conflictsMessage"_s, this))
    , m_keepMine(new QPushButton(tr("Keep &Mine"), this))
    , m_keepServer(new QPushButton(tr("Keep &Server"), this))
{
    setObjectName(u"conflictsDialog"_s);
    setWindowTitle(tr("Conflicts"));
    m_view->setObjectName(u"conflictsView"_s);
    m_empty->setObjectName(u"conflictsEmpty"_s);
    m_keepMine->setObjectName(u"conflictsKeepMine"_s);
    m_keepServer->setObjectName(u"conflictsKeepServer"_s);

    auto *intro = new QLabel(tr("These were changed both on this computer and on another device before they "
                                "synced. Until you choose, your class shows the server's value; your own value is "
                                "kept here and is not lost."),
                             this);
    intro->setObjectName(u"conflictsIntro"_s);
    intro->setWordWrap(true);

    m_view->setColumnCount(col(Column::Count));
    m_view->setHeaderLabels({tr("Class"), tr("What"), tr("Field"), tr("Mine"), tr("Server"), tr("Found")});
    m_view->headerItem()->setToolTip(col(Column::Mine), tr("The value you entered on this computer"));
    m_view->headerItem()->setToolTip(col(Column::Server), tr("The value the server kept (from another device)"));
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0); // a flat list: no room kept for branches
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    // Names and values are short: every column fits its text, the row's name takes the rest.
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(col(Column::What), QHeaderView::Stretch);

    m_empty->setText(tr("<p><b>No conflicts.</b></p><p>When the same thing is changed on this computer and on "
                        "another device before they sync, you choose here which value to keep.</p>"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepServer, QDialogButtonBox::ActionRole);
    for (QPushButton *b : buttons->findChildren<QPushButton *>())
        b->setAutoDefault(false); // Enter must not settle conflicts by accident
    m_keepMine->setToolTip(tr("Put your value back; it is sent to the server at the next sync"));
    m_keepServer->setToolTip(tr("Keep the server's value; your value is set aside"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keepSelected(true); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { keepSelected(false); });
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(&m_service, &SyncService::statusChanged, this, &ConflictsDialog::onStatusChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    reload();
    resize(860, 420);
}

void ConflictsDialog::reload()
{
    QStringList selected;
    for (const QTreeWidgetItem *item : m_view->selectedItems())
        selected.append(item->data(0, IdRole).toString());
    m_view->clear();
    ChangeDescriber describe(m_store);
    QList<QTreeWidgetItem *> items;
    for (const Conflict &c : m_service.conflicts()) {
        auto *item = new QTreeWidgetItem;
        item->setData(0, IdRole, c.id);
        item->setText(col(Column::Class), describe.className(c.entity, c.rowId));
        item->setText(col(Column::What), describe.rowLabel(c.entity, c.rowId));
        item->setText(col(Column::Field), ChangeDescriber::fieldLabel(c.entity, c.field));
        item->setText(col(Column::Mine), describe.valueText(c.entity, c.field, c.mine));
        item->setText(col(Column::Server), describe.valueText(c.entity, c.field, c.server));
        item->setText(col(Column::Found), ChangeDescriber::localTime(c.detectedAt));
        item->setToolTip(col(Column::What), describe.conflictSummary(c));
        QFont bold = item->font(col(Column::Mine));
        bold.setBold(true);
        item->setFont(col(Column::Mine), bold);
        items.append(item);
    }
    m_view->addTopLevelItems(items);
    for (QTreeWidgetItem *item : items)
        item->setSelected(selected.contains(item->data(0, IdRole).toString()));
    m_pages->setCurrentWidget(items.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    if (!items.isEmpty() && !m_view->currentItem())
        m_view->setCurrentItem(items.constFirst(), 0, QItemSelectionModel::NoUpdate);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool any = !m_view->selectedItems().isEmpty();
    m_keepMine->setEnabled(any);
    m_keepServer->setEnabled(any);
}

void ConflictsDialog::keepSelected(bool mine)
{
    const QList<QTreeWidgetItem *> chosen = m_view->selectedItems();
    if (chosen.isEmpty())
        return;
    m_resolving = true;
    QStringList problems;
    int settled = 0;
    for (const QTreeWidgetItem *item : chosen) {
        const Status s = m_service.resolveConflict(item->data(0, IdRole).toString(),
                                                   mine ? ConflictStore::Keep::Mine : ConflictStore::Keep::Server);
        if (s)
            ++settled;
        else
            problems.append(s.error());
    }
    m_resolving = false;
    reload();
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        SyncWidgets::setMessage(m_message,
                                tr("%n conflict(s) could not be settled:", nullptr, int(chosen.size() - settled)) +
                                    u' ' + problems.join(u' '),
                                true);
    } else {
        SyncWidgets::setMessage(
            m_message,
            mine ? tr("Kept your value for %n field(s); it is sent at the next sync.", nullptr, settled)
                 : tr("Kept the server's value for %n field(s).", nullptr, settled),
            false);
    }
}

void ConflictsDialog::onStatusChanged(const SyncStatus &status)
{
    // A sync that found new conflicts (or another window that settled some) while this view is open.
    if (!m_resolving && status.conflicts != m_view->topLevelItemCount())
        reload();
}

} // namespace k12
