#pragma once

#include "models/search/SearchQuery.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace k12 {

class SearchResultsModel;
class Store;

// The global search (Ctrl+K): a field and the results grouped by kind, driven
// from the keyboard (arrows move over results, Enter opens one, Esc closes).
// A query that answered in under kSyncBudgetMs runs on each keystroke, so the
// first results are painted in the frame after typing; slower ones (a huge
// profile, a cold cache) wait kDebounceMs for the typing to pause.
class SearchPopup : public QFrame
{
    Q_OBJECT
public:
    static constexpr double kSyncBudgetMs = 8;
    static constexpr int kDebounceMs = 30;

    explicit SearchPopup(Store &store, QWidget *parent);

    // Shows the popup over the top of its parent with `text` in the field.
    void open(const QString &text = {});
    QLineEdit *field() const { return m_field; }
    QListView *view() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }

Q_SIGNALS:
    void resultActivated(const k12::SearchResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited();
    void runQuery();
    void moveSelection(int step);
    void activateCurrent();
    void updateStatus();

    SearchResultsModel *m_model;
    QLineEdit *m_field;
    QListView *m_view;
    QLabel *m_status;
    QTimer *m_debounce;
};

} // namespace k12
