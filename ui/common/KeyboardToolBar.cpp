#include "KeyboardToolBar.h"

#include <QChildEvent>
#include <QToolBar>
#include <QToolButton>

namespace k12 {

KeyboardToolBar::KeyboardToolBar(QToolBar *toolBar)
    : QObject(toolBar)
{}

void KeyboardToolBar::install(QToolBar *toolBar)
{
    if (!toolBar || toolBar->findChild<KeyboardToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    toolBar->installEventFilter(new KeyboardToolBar(toolBar));
    for (QObject *child : toolBar->children())
        reach(child);
}

void KeyboardToolBar::reach(QObject *child)
{
    // The "»" button of a folded toolbar too: the buttons it hides are reached through its menu.
    if (auto *button = qobject_cast<QToolButton *>(child); button && !(button->focusPolicy() & Qt::TabFocus))
        button->setFocusPolicy(Qt::TabFocus);
}

bool KeyboardToolBar::eventFilter(QObject *watched, QEvent *event)
{
    // A button is a child before it is polished: set its policy then, when it is a real QToolButton.
    if (event->type() == QEvent::ChildPolished)
        reach(static_cast<QChildEvent *>(event)->child());
    return QObject::eventFilter(watched, event);
}

} // namespace k12
