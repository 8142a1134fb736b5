#pragma once

#include <QTableView>

namespace k12 {

// The gradebook grid: spreadsheet keys (type to edit, Enter moves down, Tab
// moves right, Delete clears) and a student-name column that stays in place
// while the assignments scroll (an overlay view sharing model and selection,
// as in Qt's "frozen column" example).
class GradebookView : public QTableView
{
    Q_OBJECT
public:
    explicit GradebookView(QWidget *parent = nullptr);
    ~GradebookView() override;

    void setModel(QAbstractItemModel *model) override;
    QTableView *frozenView() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

Q_SIGNALS:
    void clearRequested(); // Delete or Backspace on a selection, not while editing

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    bool focusNextPrevChild(bool next) override;
    void updateGeometries() override;

private:
    void updateFrozenGeometry();
    void fitColumnsToHeaders();
    void onSectionResized(int logicalIndex, int oldSize, int newSize);

    QTableView *m_frozen;
};

} // namespace k12
