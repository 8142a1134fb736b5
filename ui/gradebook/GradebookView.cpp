#include "GradebookView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

GradebookView::GradebookView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    setObjectName(u"gradebookView"_s);
    setAccessibleName(tr("Gradebook"));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setMinimumSectionSize(56);
    horizontalHeader()->setDefaultSectionSize(72);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_frozen->setObjectName(u"gradebookFrozenColumn"_s);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setStyleSheet(u"QTableView { border: none; border-right: 1px solid palette(mid); }"_s);
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &GradebookView::onSectionResized);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
}

GradebookView::~GradebookView() = default;

void GradebookView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    auto columnsChanged = [this] {
        const int columns = this->model() ? this->model()->columnCount() : 0;
        for (int c = 1; c < columns; ++c)
            m_frozen->setColumnHidden(c, true);
        fitColumnsToHeaders();
        m_frozen->setColumnWidth(0, columnWidth(0));
        updateFrozenGeometry();
    };
    connect(model, &QAbstractItemModel::modelReset, this, columnsChanged);
    connect(model, &QAbstractItemModel::columnsInserted, this, columnsChanged);
    columnsChanged();
    m_frozen->show();
}

// Grade columns as wide as their header's longest line (an assignment's
// title, its points), within bounds, so titles are read, not clipped, and a
// long one does not push the rest of the class off screen (its tooltip has it).
void GradebookView::fitColumnsToHeaders()
{
    if (!model())
        return;
    constexpr int kMaxWidth = 160;
    const QFontMetrics metrics = horizontalHeader()->fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, horizontalHeader()) + 8;
    for (int c = 1; c < model()->columnCount(); ++c) {
        int width = 0;
        const QStringList lines = model()->headerData(c, Qt::Horizontal).toString().split(u'\n');
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        setColumnWidth(c, std::clamp(width + padding, horizontalHeader()->defaultSectionSize(), kMaxWidth));
    }
}

void GradebookView::onSectionResized(int logicalIndex, int, int newSize)
{
    if (logicalIndex == 0) {
        m_frozen->setColumnWidth(0, newSize);
        updateFrozenGeometry();
    }
}

void GradebookView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

// A keyboard user must see which cell typing goes to. Styles draw the current cell's focus
// rectangle faintly or (Fusion) only after a Tab, so the grid draws its own: a 2 px frame in the
// palette's highlight colour, or its text colour on a selected (highlighted) cell.
void GradebookView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid() || state() == EditingState)
        return;
    const QRect cell = visualRect(current);
    if (!cell.isValid() || !event->rect().intersects(cell))
        return;
    QPainter painter(viewport());
    const bool selected = selectionModel() && selectionModel()->isSelected(current);
    painter.setPen(QPen(palette().color(selected ? QPalette::HighlightedText : QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.adjusted(1, 1, -1, -1));
}

void GradebookView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void GradebookView::updateFrozenGeometry()
{
    if (!m_frozen)
        return;
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(0),
                          viewport()->height() + horizontalHeader()->height());
}

QModelIndex GradebookView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Keep the cell that moves left under the frozen column visible.
    if (cursorAction == MoveLeft && current.column() > 0 &&
        visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue =
            horizontalScrollBar()->value() + visualRect(current).topLeft().x() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

bool GradebookView::focusNextPrevChild(bool next)
{
    // Tab moves cell to cell; past the last cell (Shift+Tab: before the first) it goes on to the
    // next control, as in a form. Qt's table went round to the first cell again: a keyboard trap.
    const QModelIndex current = currentIndex();
    if (tabKeyNavigation() && current.isValid() && state() != EditingState) {
        const QModelIndex to = QTableView::moveCursor(next ? MoveNext : MovePrevious, Qt::NoModifier);
        const bool wrapped =
            !to.isValid() ||
            (next ? (to.row() < current.row() || (to.row() == current.row() && to.column() <= current.column()))
                  : (to.row() > current.row() || (to.row() == current.row() && to.column() >= current.column())));
        if (wrapped)
            return QWidget::focusNextPrevChild(next);
    }
    return QTableView::focusNextPrevChild(next);
}

void GradebookView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.column() > 0)
        QTableView::scrollTo(index, hint);
}

void GradebookView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    if (hint != QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, hint);
        return;
    }
    // Enter: commit and move down, like a spreadsheet.
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    const QModelIndex current = currentIndex();
    const QModelIndex below = current.sibling(current.row() + 1, current.column());
    if (below.isValid())
        setCurrentIndex(below);
}

void GradebookView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        event->modifiers() == Qt::NoModifier) {
        Q_EMIT clearRequested();
        event->accept();
        return;
    }
    if (state() != EditingState && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        const QModelIndex below = currentIndex().sibling(currentIndex().row() + 1, currentIndex().column());
        if (below.isValid())
            setCurrentIndex(below);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace k12
