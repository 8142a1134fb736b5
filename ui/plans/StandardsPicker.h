#pragma once

#include "kernel/domain/Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace k12 {

// The standards a unit or lesson addresses: the class's standards as a check
// list, and a line to add a new standard to the class right here.
class StandardsPicker : public QWidget
{
    Q_OBJECT
public:
    explicit StandardsPicker(QWidget *parent = nullptr);

    // Shows the class's standards with `checked` ticked; emits nothing.
    void setStandards(const QList<Standard> &standards, const QStringList &checked);
    QStringList checkedIds() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *addButton() const { return m_add; }
    // Clears the "new standard" line after the standard was added.
    void clearNewStandard();
    void setProblem(const QString &message);

Q_SIGNALS:
    // The teacher ticked or unticked a standard.
    void checkedChanged(const QStringList &standardIds);
    // The teacher asked to add a new standard (and tick it).
    void addRequested(const QString &code, const QString &description);

private:
    void onItemChanged(QListWidgetItem *item);
    void onAdd();
    void updateAdd();

    QListWidget *m_list;
    QLineEdit *m_code;
    QLineEdit *m_description;
    QPushButton *m_add;
    QLabel *m_empty;
    QLabel *m_problem;
    bool m_loading = false;
};

} // namespace k12
