#include "RejectedChangesDialog.h"

#include "ChangeDescriber.h"
#include "HeldRowsView.h"
#include "SyncWidgets.h"
#include "sync/SyncService.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

int col(RejectedChangesDialog::Column c)
{
    return static_cast<int>(c);
}

} // namespace

RejectedChangesDialog::RejectedChangesDialog(SyncService &service, Store &store, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_store(store)
    , m_pages(new QStackedWidget(this))
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_details(new QLabel(this))
    , m_message(SyncWidgets::problemLabel(u"rejectedMessage"_s, this))
    , m_stuck(SyncWidgets::problemLabel(u"syncStuckMessage"_s, this))
    , m_held(new HeldRowsView(this))
    , m_dismiss(new QPushButton(tr("&Dismiss..."), this))
    , m_copy(new QPushButton(tr("&Copy Details"), this))
{
    setObjectName(u"rejectedDialog"_s);
    setWindowTitle(tr("Sync Problems"));
    m_view->setObjectName(u"rejectedView"_s);
    m_empty->setObjectName(u"rejectedEmpty"_s);
    m_dismiss->setObjectName(u"rejectedDismiss"_s);
    m_copy->setObjectName(u"rejectedCopy"_s);
    m_details->setObjectName(u"rejectedDetails"_s);

    auto *intro = new QLabel(tr("The server refused these changes, so they are not sent again. They stay on this "
                                "computer: fix what the reason says (or ask your school's IT), or dismiss them."),
                             this);
    intro->setObjectName(u"rejectedIntro"_s);
    intro->setWordWrap(true);

    m_view->setColumnCount(col(Column::Count));
    m_view->setHeaderLabels({tr("Made"), tr("Class"), tr("What"), tr("Change"), tr("Server's reason")});
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0); // a flat list: no room kept for branches
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->header()->setStretchLastSection(true); // the server's reason takes the room that is left
    for (Column c : {Column::Made, Column::Class, Column::What, Column::Change})
        m_view->header()->setSectionResizeMode(col(c), QHeaderView::ResizeToContents);
    // Reasons can be long: the whole of the current one is shown under the list.
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    m_details->hide();

    m_empty->setText(tr("<p><b>No rejected changes.</b></p><p>If the server ever refuses a change, it is shown here "
                        "with the server's reason, and it stays on this computer until you dismiss it.</p>"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    for (QPushButton *b : buttons->findChildren<QPushButton *>())
        b->setAutoDefault(false);
    m_dismiss->setToolTip(tr("Stop sending the selected changes; they stay on this computer"));
    m_copy->setToolTip(tr("Copy what was refused and why, to paste into an email"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dismiss, &QPushButton::clicked, this, &RejectedChangesDialog::dismissSelected);
    connect(m_copy, &QPushButton::clicked, this, &RejectedChangesDialog::copyDetails);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &RejectedChangesDialog::updateButtons);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &RejectedChangesDialog::updateButtons);
    connect(&m_service, &SyncService::statusChanged, this, &RejectedChangesDialog::onStatusChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stuck);
    layout->addWidget(intro);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_held, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    reload();
    onStatusChanged(m_service.status());
    resize(900, 400);
}

void RejectedChangesDialog::reload()
{
    m_view->clear();
    ChangeDescriber describe(m_store);
    QList<QTreeWidgetItem *> items;
    for (const OutboxEntry &e : m_service.rejectedChanges()) {
        const protocol::Mutation &m = e.mutation;
        auto *item = new QTreeWidgetItem;
        item->setData(0, SeqRole, e.seq);
        item->setData(0, DetailsRole, describe.rejectedDetails(e));
        item->setText(col(Column::Made), ChangeDescriber::localTime(e.createdAt));
        item->setText(col(Column::Class), describe.className(m.entity, m.id));
        item->setText(col(Column::What), describe.rowLabel(m.entity, m.id));
        item->setText(col(Column::Change),
                      describe.fieldsText(m.entity, m.fields, m.op == protocol::MutationOp::Delete));
        item->setText(col(Column::Reason), e.rejectedReason);
        item->setToolTip(col(Column::Reason), e.rejectedReason);
        item->setToolTip(col(Column::Change), item->text(col(Column::Change)));
        items.append(item);
    }
    m_view->addTopLevelItems(items);
    m_held->setRows(m_service.heldRows(), m_store);
    m_pages->setCurrentWidget(items.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    if (!items.isEmpty())
        m_view->setCurrentItem(items.constFirst(), 0, QItemSelectionModel::NoUpdate);
    updateButtons();
}

void RejectedChangesDialog::showHeldDeletions()
{
    m_held->setDeletionsOnly(true);
    reload();
    m_held->view()->setFocus();
    if (m_held->count() > 0)
        m_held->view()->setCurrentItem(m_held->view()->topLevelItem(0));
}

void RejectedChangesDialog::updateButtons()
{
    const bool any = !m_view->selectedItems().isEmpty();
    m_dismiss->setEnabled(any);
    // Nothing selected: copies them all.
    m_copy->setEnabled(m_view->topLevelItemCount() > 0 || m_held->count() > 0);
    const QTreeWidgetItem *current = m_view->currentItem();
    m_details->setText(current ? current->data(0, DetailsRole).toString() : QString());
    m_details->setVisible(current != nullptr);
}

void RejectedChangesDialog::dismissSelected()
{
    const QList<QTreeWidgetItem *> chosen = m_view->selectedItems();
    if (chosen.isEmpty())
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Dismiss Rejected Changes"),
                        tr("Dismiss %n rejected change(s)?", nullptr, int(chosen.size())), QMessageBox::NoButton, this);
    confirm.setObjectName(u"dismissConfirm"_s);
    confirm.setInformativeText(tr("The change stays on this computer but will not be sent to the server; the "
                                  "server keeps what it has."));
    QPushButton *dismiss = confirm.addButton(tr("Dismiss"), QMessageBox::DestructiveRole);
    dismiss->setObjectName(u"confirmDismiss"_s);
    confirm.setDefaultButton(confirm.addButton(QMessageBox::Cancel));
    confirm.exec();
    if (confirm.clickedButton() != dismiss)
        return;
    m_dismissing = true;
    QStringList problems;
    int dismissed = 0;
    for (const QTreeWidgetItem *item : chosen) {
        const Status s = m_service.dismissRejected(item->data(0, SeqRole).toLongLong());
        if (s)
            ++dismissed;
        else
            problems.append(s.error());
    }
    m_dismissing = false;
    reload();
    problems.removeDuplicates();
    SyncWidgets::setMessage(m_message,
                            problems.isEmpty()
                                ? tr("%n change(s) dismissed.", nullptr, dismissed)
                                : tr("%n change(s) could not be dismissed:", nullptr, int(chosen.size()) - dismissed) +
                                      u' ' + problems.join(u' '),
                            !problems.isEmpty());
}

void RejectedChangesDialog::copyDetails()
{
    QList<QTreeWidgetItem *> chosen = m_view->selectedItems();
    if (chosen.isEmpty()) {
        for (int i = 0; i < m_view->topLevelItemCount(); ++i)
            chosen.append(m_view->topLevelItem(i));
    }
    QStringList blocks;
    for (const QTreeWidgetItem *item : chosen)
        blocks.append(item->data(0, DetailsRole).toString());
    if (m_held->count() > 0)
        blocks.append(tr("Rows from the server not stored on this computer:") + u'\n' + m_held->details());
    QGuiApplication::clipboard()->setText(blocks.join(u"\n\n"_s));
    SyncWidgets::setMessage(m_message, tr("Details of %n change(s) copied.", nullptr, int(chosen.size())), false);
}

void RejectedChangesDialog::onStatusChanged(const SyncStatus &status)
{
    if (!m_dismissing && (status.rejected != m_view->topLevelItemCount() || status.held != m_held->count()))
        reload();
    SyncWidgets::setMessage(
        m_stuck,
        status.failuresInRow >= SyncStatus::kStuckAfter
            ? tr("Sync has failed %n times in a row for the same reason: %1", nullptr, status.failuresInRow)
                  .arg(status.lastError)
            : QString(),
        true);
}

} // namespace k12
