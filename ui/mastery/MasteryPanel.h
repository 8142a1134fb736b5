#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace k12 {

class MasteryModel;
class Store;

// The Mastery tab of a class: students x standards, each cell the mastery
// score coloured by its proficiency level, the evidence in order in the
// tooltip. The method chooser shows what another method would give without
// changing the class's setting (that stays in Class Settings).
class MasteryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MasteryPanel(Store &store, QWidget *parent = nullptr);

    void setClassId(const QString &classId);
    MasteryModel *model() const { return m_model; }

    // What a method computes, in a sentence (the chooser's explanation).
    static QString explain(const QString &methodKey);

private:
    void onMethodChosen();
    void onReloaded();

    MasteryModel *m_model;
    QComboBox *m_method;
    QLabel *m_explanation;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace k12
