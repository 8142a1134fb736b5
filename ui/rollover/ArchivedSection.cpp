#include "ArchivedSection.h"

#include "models/repositories/ClassRepository.h"
#include "models/rollover/TermNames.h"
#include "models/store/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ArchivedSection::ArchivedSection(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"archivedSection"_s);
    auto *label = new QLabel(tr("<b>Archived</b>"), this);
    label->setBuddy(m_view);
    m_view->setObjectName(u"archivedClasses"_s);
    m_view->setAccessibleName(tr("Archived classes by term"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_view);
    const auto open = [this](const QModelIndex &index) {
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT classActivated(id);
    };
    connect(m_view, &QTreeView::activated, this, open);
    connect(m_view, &QTreeView::clicked, this, open);
    connect(&m_store, &Store::changed, this, [this](const QStringList &entities) {
        if (entities.contains(u"class"_s))
            reload();
    });
    connect(&m_store, &Store::externallyChanged, this, [this](const QStringList &entities) {
        if (entities.contains(u"class"_s))
            reload();
    });
    reload();
}

void ArchivedSection::reload()
{
    m_model->clear();
    QMap<QString, QList<SchoolClass>> byTerm;
    for (const SchoolClass &c : ClassRepository(m_store).list(true)) {
        if (c.archived)
            byTerm[c.term].append(c);
    }
    QStringList terms = byTerm.keys();
    // Newest term first: the one a teacher looks back at most.
    QStringList ordered;
    while (!terms.isEmpty()) {
        const QString latest = TermNames::latest(terms);
        ordered.append(latest);
        terms.removeOne(latest);
    }
    for (const QString &term : ordered) {
        auto *termItem = new QStandardItem(term.isEmpty() ? tr("No term") : term);
        termItem->setSelectable(false);
        for (const SchoolClass &c : byTerm.value(term)) {
            auto *item = new QStandardItem(c.period.isEmpty() ? c.name : tr("%1, %2").arg(c.name, c.period));
            item->setData(c.id, IdRole);
            item->setToolTip(tr("Archived: opens read-only. Class > Unarchive Class restores it."));
            termItem->appendRow(item);
        }
        m_model->appendRow(termItem);
    }
    m_view->expandAll();
    setVisible(!ordered.isEmpty());
}

} // namespace k12
