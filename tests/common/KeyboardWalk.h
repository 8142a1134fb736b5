#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

namespace k12::test {

// Keyboard-only helpers (issue 21): a teacher who cannot use a mouse reaches every
// control with Tab and every dialog from the menu bar with Alt+letter and arrows.

// The widget focus lands on when `w` takes it (a spin box hands it to its line edit).
inline QWidget *focusTarget(QWidget *w)
{
    while (w && w->focusProxy())
        w = w->focusProxy();
    return w;
}

inline QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString name = w->objectName();
    if (name.isEmpty())
        name = w->accessibleName();
    if (name.isEmpty())
        name = w->property("text").toString();
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

// Every widget of `window` a Tab key should reach: showing, enabled, taking Tab focus,
// counted once through its focus proxy; editors inside item views are the view's own.
inline QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled())
            continue;
        QWidget *target = focusTarget(w);
        if (!target || !(target->focusPolicy() & Qt::TabFocus) || !target->isVisible() || !target->isEnabled())
            continue;
        bool inView = false;
        for (QWidget *p = target->parentWidget(); p && p != window; p = p->parentWidget())
            inView = inView || qobject_cast<QAbstractItemView *>(p);
        if (!inView && !stops.contains(target))
            stops.append(target);
    }
    return stops;
}

struct TabWalk
{
    QList<QWidget *> order; // focus as Tab moved it, each once
    QStringList problems;
};

// Presses Tab until the focus comes back to where it started, recording every stop.
// A focus that never comes back is trapped; a stop Tab never reached is a problem.
inline TabWalk walkTabs(QWidget *window, const QString &where, int maxPresses = 300)
{
    TabWalk walk;
    // The focus moves in with the window's activation, which may still be on its way.
    for (int i = 0; i < 50 && (!QApplication::focusWidget() || QApplication::focusWidget()->window() != window); ++i)
        QTest::qWait(20);
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window) {
        walk.problems << QStringLiteral("%1: opened without the keyboard focus inside it (focus on %2)")
                             .arg(where, describe(start));
        return walk;
    }
    walk.order << start;
    // A visible focus: the widget Tab leaves looks different once the focus has gone.
    QWidget *previous = start;
    QImage focused = start->grab().toImage();
    QStringList noFocusShown;
    // Tab may move inside a widget first (a date edit's sections, a table's cells): the walk
    // is round once the focus has left the first stop and come back to it.
    bool left = false;
    bool back = false;
    for (int i = 0; i < maxPresses && !back; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *f = QApplication::focusWidget();
        if (!f || f->window() != window) {
            walk.problems << QStringLiteral("%1: Tab took the focus out of the window (to %2)").arg(where, describe(f));
            return walk;
        }
        if (f != previous) {
            if (previous && previous->isVisible() && previous->grab().toImage() == focused &&
                !noFocusShown.contains(describe(previous)))
                noFocusShown << describe(previous);
            previous = f;
            focused = f->grab().toImage();
        }
        left = left || f != start;
        back = left && f == start;
        if (!walk.order.contains(f))
            walk.order << f;
    }
    if (!back)
        walk.problems << QStringLiteral("%1: Tab never came back to %2 after %3 presses: focus trapped in %4")
                             .arg(where, describe(start))
                             .arg(maxPresses)
                             .arg(describe(QApplication::focusWidget()));
    // The first stop had its focus before any key was pressed, and styles draw a focus ring only
    // once the keyboard moved it (as :focus-visible): look at it again now that Tab brought it back.
    if (back) {
        noFocusShown.removeAll(describe(start));
        const QImage again = start->grab().toImage();
        QTest::keyClick(start, Qt::Key_Tab);
        if (QApplication::focusWidget() != start && start->grab().toImage() == again)
            noFocusShown << describe(start);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab); // back where the walk began
    }
    for (const QString &w : std::as_const(noFocusShown))
        walk.problems << QStringLiteral("%1: no visible focus on %2").arg(where, w);
    for (QWidget *stop : tabStops(window)) {
        if (!walk.order.contains(stop))
            walk.problems << QStringLiteral("%1: Tab never reaches %2").arg(where, describe(stop));
    }
    return walk;
}

// Walks every page of every tab widget in `window`: Tab to its tab bar, Right arrow to the next
// page, and round with Tab again (a page Tab cannot reach would hide its controls from the keyboard).
inline QStringList walkTabPages(QWidget *window, const QString &where)
{
    QStringList problems;
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        QTabBar *bar = tabs->tabBar();
        for (int page = 1; page < tabs->count(); ++page) {
            for (int i = 0; i < 300 && QApplication::focusWidget() != bar; ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() != bar) {
                problems << QStringLiteral("%1: Tab never reaches the tab bar of %2").arg(where, describe(tabs));
                break;
            }
            QTest::keyClick(bar, Qt::Key_Right);
            if (tabs->currentIndex() != page) {
                problems
                    << QStringLiteral("%1: the Right arrow on the tab bar did not open page %2").arg(where).arg(page);
                break;
            }
            problems << walkTabs(window, QStringLiteral("%1, page '%2'").arg(where, tabs->tabText(page))).problems;
        }
    }
    return problems;
}

// Opens the menu bar's menu `menuTitle` with Alt+its letter and moves down with the arrow
// keys to the item; returns the menu with the item current (Return then triggers it).
inline QMenu *menuAt(QWidget *window, QMenuBar *bar, const QString &menuTitle, QAction *item, QString *problem)
{
    QAction *menuAction = nullptr;
    for (QAction *a : bar->actions()) {
        if (a->text() == menuTitle)
            menuAction = a;
    }
    const int amp = menuTitle.indexOf(QLatin1Char('&'));
    if (!menuAction || amp < 0) {
        *problem = QStringLiteral("no menu %1 with a letter for Alt").arg(menuTitle);
        return nullptr;
    }
    const QChar letter = menuTitle.at(amp + 1).toUpper();
    QTest::keyClick(window, Qt::Key(letter.unicode()), Qt::AltModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    if (!menu || menu != menuAction->menu()) {
        *problem = QStringLiteral("Alt+%1 did not open the menu %2").arg(letter).arg(menuTitle);
        return nullptr;
    }
    for (int i = 0; i < 60 && menu->activeAction() != item; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    if (menu->activeAction() != item) {
        *problem = QStringLiteral("the arrow keys never reach %1 in %2").arg(item->text(), menuTitle);
        QTest::keyClick(menu, Qt::Key_Escape);
        return nullptr;
    }
    return menu;
}

} // namespace k12::test
