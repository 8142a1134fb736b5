#include "HeldRowsView.h"

#include "ChangeDescriber.h"
#include "sync/engine/HeldDeletions.h"
#include "sync/engine/SyncStatus.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

int col(HeldRowsView::Column c)
{
    return static_cast<int>(c);
}

} // namespace

HeldRowsView::HeldRowsView(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_view(new QTreeWidget(this))
{
    setObjectName(u"heldRowsView"_s);
    m_view->setObjectName(u"heldRowsList"_s);
    m_intro->setObjectName(u"heldRowsIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("<b>From the server, not stored here.</b> These rows could not be saved on this computer. "
                        "Everything else was synced; they are tried again at every sync. If they stay, copy the "
                        "details for your school's IT."));
    m_view->setColumnCount(col(Column::Count));
    m_view->setHeaderLabels({tr("What"), tr("Why it was not stored"), tr("Tries"), tr("Since")});
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(col(Column::What), QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(col(Column::Reason), QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(col(Column::Tries), QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(col(Column::Since), QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    setVisible(false);
}

void HeldRowsView::setRows(const QList<HeldRow> &rows, Store &store)
{
    m_view->clear();
    ChangeDescriber describe(store);
    QList<QTreeWidgetItem *> items;
    for (const HeldRow &h : rows) {
        if (m_deletionsOnly && !HeldDeletions::isHeldDeletion(h))
            continue;
        auto *item = new QTreeWidgetItem;
        describe.learn(h.row.entity, h.row.id, h.row.fields.toVariantMap());
        const QString label = describe.rowLabel(h.row.entity, h.row.id);
        item->setText(col(Column::What), label);
        item->setText(col(Column::Reason), h.reason);
        item->setToolTip(col(Column::Reason), h.reason);
        item->setText(col(Column::Tries), QString::number(h.attempts));
        item->setText(col(Column::Since), ChangeDescriber::localTime(h.firstAt));
        if (h.attempts >= SyncStatus::kStuckAfter)
            item->setToolTip(col(Column::Tries), tr("Tried at %n syncs without success.", nullptr, h.attempts));
        // Ids for the school's IT: they find the row in the server's audit.
        item->setData(0, Qt::UserRole,
                      tr("%1 %2 (server revision %3), from a %4: %5")
                          .arg(h.row.entity, h.row.id)
                          .arg(h.row.rev)
                          .arg(h.source == u"pull"_s ? tr("pull") : tr("push answer"), h.reason));
        items.append(item);
    }
    m_view->addTopLevelItems(items);
    setVisible(!items.isEmpty());
}

int HeldRowsView::count() const
{
    return m_view->topLevelItemCount();
}

QString HeldRowsView::details() const
{
    QStringList lines;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        lines.append(m_view->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return lines.join(u'\n');
}

} // namespace k12
