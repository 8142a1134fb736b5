#pragma once

#include <QWidget>

class QStandardItemModel;
class QTreeView;

namespace k12 {

class Store;

// The sidebar's "Archived" section (issue 19): archived classes grouped by
// term, newest term first. Activating one opens it (read-only) in the window.
class ArchivedSection : public QWidget
{
    Q_OBJECT
public:
    explicit ArchivedSection(Store &store, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    void reload();

Q_SIGNALS:
    void classActivated(const QString &classId);

private:
    Store &m_store;
    QStandardItemModel *m_model;
    QTreeView *m_view;
};

} // namespace k12
