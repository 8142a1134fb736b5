#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QUndoStack;
class QAction;
class QDialog;

namespace k12 {

class EvidenceChart;
class LevelDialog;
class MasteryModel;
class StandardMethodDialog;
class Store;

// The Mastery tab of a class: students x standards, each cell the mastery
// score coloured by its proficiency level, the evidence in order in the
// tooltip. The method chooser shows what another method would give without
// changing the class's setting (that stays in Class Settings). A standard
// with its own method is marked in its header, whose context menu sets it.
class MasteryPanel : public QWidget
{
    Q_OBJECT
public:
    MasteryPanel(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setClassId(const QString &classId);
    MasteryModel *model() const { return m_model; }
    QAction *addStandardAction() const { return m_addStandard; }
    QAction *enterLevelAction() const { return m_enterLevel; }
    QAction *showEvidenceAction() const { return m_showEvidence; }
    QAction *standardMethodAction() const { return m_standardMethod; }
    // Opens the level dialog of a cell (non-modal, deleted on close); nullptr outside the table.
    LevelDialog *openLevelDialog(const QModelIndex &cell);
    // Opens the evidence chart of a cell (non-modal, deleted on close, following
    // the table as levels change); nullptr outside the table.
    QDialog *openEvidenceChart(const QModelIndex &cell);
    // "Method for This Standard..." of a column (the header's context menu):
    // non-modal, deleted on close; OK writes the choice as one undo step.
    // nullptr outside the table.
    StandardMethodDialog *openMethodDialog(int column);

    // What a method computes, in a sentence (the chooser's explanation).
    static QString explain(const QString &methodKey);

private:
    void onMethodChosen();
    void onAddStandard();
    void updateActions();
    void onReloaded();
    void onHeaderMenu(const QPoint &pos);
    void rebuildLegend();

    Store &m_store;
    QPointer<QUndoStack> m_undo;
    MasteryModel *m_model;
    QAction *m_addStandard;
    QAction *m_enterLevel;
    QAction *m_showEvidence;
    QAction *m_standardMethod;
    QHBoxLayout *m_legend;
    QComboBox *m_method;
    QLabel *m_explanation;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace k12
