#pragma once

#include "models/actions/Actions.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace k12 {

class GradebookModel;
class GradebookView;

// The shape of a class's gradebook, edited from the grid: assignments and
// categories (from the header's menu or a double-click), the grading settings.
// Each opens its dialog and calls one action.
class GradebookStructure : public QObject
{
    Q_OBJECT
public:
    GradebookStructure(GradebookModel *model, GradebookView *view, Actions &actions, QWidget *owner);

    void addAssignment();
    void editAssignment(int assignment);
    void deleteAssignment(int assignment);
    void addCategory();
    void editCategory(const QString &categoryId);
    void openSettings();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    GradebookModel *m_model;
    GradebookView *m_view;
    Actions &m_actions;
    QPointer<QWidget> m_owner;
};

} // namespace k12
