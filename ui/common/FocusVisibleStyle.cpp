#include "FocusVisibleStyle.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace k12 {

void FocusVisibleStyle::install()
{
    if (qobject_cast<FocusVisibleStyle *>(QApplication::style()))
        return;
    // The proxy takes the base style over; a style named by -style or QT_STYLE_OVERRIDE stays the base.
    QApplication::setStyle(new FocusVisibleStyle(QApplication::style()->name()));
}

void FocusVisibleStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (!(option->state & State_HasFocus))
        return;
    if (element == CE_PushButton) {
        // Fusion draws a focused button like the default one: a dialog's only button (its default)
        // looked the same with and without the focus. A dotted inner frame marks the focus.
        painter->save();
        QPen pen(option->palette.color(QPalette::ButtonText), 1, Qt::DotLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(4, 4, -5, -5));
        painter->restore();
        return;
    }
    if (element != CE_ShapedFrame || !qobject_cast<const QAbstractScrollArea *>(widget))
        return;
    painter->save();
    QPen pen(option->palette.color(QPalette::Highlight), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

void FocusVisibleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                      const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if ((element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) ||
        option->palette.color(QPalette::Window).lightness() >= 128)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
    painter->setPen(QPen(option->palette.color(QPalette::WindowText), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(box);
    else
        painter->drawRect(box);
    painter->restore();
}

} // namespace k12
