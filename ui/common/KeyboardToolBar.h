#pragma once

#include <QObject>

class QToolBar;

namespace k12 {

// Makes a toolbar's buttons Tab stops (issue 21): Qt's toolbar buttons take no keyboard focus,
// so an action found only on a toolbar (the Plans and Mastery tabs have some) was out of reach
// without a mouse. Buttons the toolbar makes later, for actions added after, get the same.
class KeyboardToolBar : public QObject
{
    Q_OBJECT
public:
    static void install(QToolBar *toolBar);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit KeyboardToolBar(QToolBar *toolBar);
    static void reach(QObject *child);
};

} // namespace k12
