#include "ProblemText.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace k12 {

QColor problemTextColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void markAsProblemText(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, problemTextColour(p));
    label->setPalette(p);
}

} // namespace k12
