#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace k12 {

class Store;
class WeekPlanModel;

// A school week of lessons across all the teacher's classes: Monday to
// Friday side by side, with previous/next week and a jump back to today.
// Double-clicking a lesson asks to open it.
class WeekView : public QWidget
{
    Q_OBJECT
public:
    explicit WeekView(Store &store, QWidget *parent = nullptr);

    WeekPlanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void showWeekOf(const QDate &date);
    void previousWeek();
    void nextWeek();
    void thisWeek();

Q_SIGNALS:
    void lessonActivated(const QString &classId, const QString &unitId, const QString &lessonId);

private:
    void updateTitle();
    void fitRows();
    void onActivated(const QModelIndex &index);

    WeekPlanModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_empty;
};

} // namespace k12
