#pragma once

#include <QFrame>
#include <QPair>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;
class QUndoStack;

namespace k12 {

class GradebookModel;
class GradebookView;
class Store;

// "Mark missing automatically after the due date" in the window: when a class
// with the option on opens (or the option is switched on), and at midnight
// while it stays open, GradeActions::markMissingPastDue marks its empty
// past-due cells missing (one undo step). Then this bar above the grid says
// "Marked N scores missing on K assignments past their due date" with Undo
// (that step) and Show (selects those cells in the grid). Non-modal: the
// teacher keeps working; Close hides it.
class AutoMissingNotice : public QFrame
{
    Q_OBJECT
public:
    AutoMissingNotice(Store &store, QUndoStack *undoStack, GradebookModel *model, GradebookView *view,
                      QWidget *parent = nullptr);

    // The class the grid shows; runs the pass when its option is on.
    void setClassId(const QString &classId);
    // The pass now, when the class's option is on; how many cells it marked.
    int runIfEnabled();
    // The cells the last pass marked: (assignment id, student id).
    const QList<QPair<QString, QString>> &marked() const { return m_marked; }
    // What the bar says (the last pass, or why it failed).
    QString message() const;
    // Selects the marked cells in the grid and scrolls to the first.
    void showMarked();
    // Takes the pass back (when it is still the last step on the undo stack).
    void undoMarks();
    // Milliseconds from now (Clock) to just after the next local midnight.
    static qint64 msecsToNextMidnight();

Q_SIGNALS:
    void markedCells(int scores, int assignments);

private:
    void onStoreChanged(const QStringList &entities);
    void scheduleMidnight();
    bool classOptionOn() const;

    Store &m_store;
    QPointer<QUndoStack> m_undo;
    QPointer<GradebookModel> m_model;
    QPointer<GradebookView> m_view;
    QString m_classId;
    bool m_optionOn = false;
    int m_undoIndex = -1; // the undo stack's index right after the pass
    QList<QPair<QString, QString>> m_marked;
    QTimer *m_midnight;
    QLabel *m_text;
    QPushButton *m_undoButton;
    QPushButton *m_showButton;
};

} // namespace k12
