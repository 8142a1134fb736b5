#include "SearchPopup.h"

#include "SearchResultDelegate.h"
#include "models/search/SearchResultsModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SearchPopup::SearchPopup(Store &store, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(new SearchResultsModel(store, this))
    , m_field(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"searchPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Search"));
    m_field->setObjectName(u"searchField"_s);
    m_field->setPlaceholderText(tr("Search students, classes, assignments, lessons, comments…"));
    m_field->setAccessibleName(tr("Search for"));
    m_field->setClearButtonEnabled(true);
    m_view->setObjectName(u"searchResults"_s);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard; arrows are forwarded
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setStyleSheet(u"color: palette(mid);"_s);
    m_status->setWordWrap(true); // a long language's status must not widen the popup past the window
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPopup::runQuery);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPopup::onTextEdited);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_view->setCurrentIndex(index);
        activateCurrent();
    });
    m_field->installEventFilter(this);
    updateStatus();
}

void SearchPopup::open(const QString &text)
{
    if (QWidget *owner = parentWidget()) {
        const int width = std::min(760, owner->width() - 40);
        const QPoint topLeft = owner->mapToGlobal(QPoint((owner->width() - width) / 2, 60));
        setGeometry(QRect(topLeft, QSize(width, std::min(520, owner->height() - 100))));
    }
    show();
    raise();
    m_field->setFocus(Qt::PopupFocusReason);
    if (m_field->text() != text)
        m_field->setText(text); // runs the query
    m_field->selectAll();
}

void SearchPopup::onTextEdited()
{
    // Fast enough: answer within this keystroke. Else wait for a pause.
    if (m_model->lastQueryMs() < kSyncBudgetMs) {
        m_debounce->stop();
        runQuery();
    } else {
        m_debounce->start();
    }
}

void SearchPopup::runQuery()
{
    m_model->setQuery(m_field->text());
    const int first = m_model->nextResultRow(-1, 1);
    if (first >= 0)
        m_view->setCurrentIndex(m_model->index(first));
    updateStatus();
}

void SearchPopup::updateStatus()
{
    if (!m_model->error().isEmpty())
        m_status->setText(m_model->error());
    else if (m_field->text().trimmed().isEmpty())
        m_status->setText(tr("Type part of a name, a title or a comment. ↑↓ move, Enter opens, Esc closes."));
    else if (m_model->resultCount() == 0)
        m_status->setText(tr("Nothing found."));
    else
        m_status->setText(tr("↑↓ move, Enter opens, Esc closes."));
}

void SearchPopup::moveSelection(int step)
{
    const int row = m_model->nextResultRow(m_view->currentIndex().row(), step);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void SearchPopup::activateCurrent()
{
    if (m_debounce->isActive()) { // Enter before the pause: what the field says now
        m_debounce->stop();
        runQuery();
    }
    const SearchResult *result = m_model->resultAt(m_view->currentIndex().row());
    if (!result)
        return;
    const SearchResult chosen = *result;
    hide();
    Q_EMIT resultActivated(chosen);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            for (int i = 0; i < 8; ++i)
                moveSelection(key->key() == Qt::Key_PageDown ? 1 : -1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activateCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace k12
