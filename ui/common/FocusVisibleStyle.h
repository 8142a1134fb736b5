#pragma once

#include <QProxyStyle>

namespace k12 {

// The platform's style, plus a visible focus on lists, tables and text views (issue 21): styles
// draw one on buttons and fields but none on an item view without a current item, so a keyboard
// user who tabbed into an empty list or a fresh table could not see where the focus was. A focused
// scroll area gets a 2-pixel frame in the palette's highlight colour (the platform's, so it holds on
// a high-contrast theme too), as Breeze does; a focused push button a dotted inner frame.
class FocusVisibleStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps the application's style once (the window calls it; calling again changes nothing).
    static void install();

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    // Fusion outlines a check box or radio button in the window colour darkened: on a black
    // (high-contrast) window the empty box was invisible. There it gets a window-text outline.
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;

private:
    using QProxyStyle::QProxyStyle;
};

} // namespace k12
