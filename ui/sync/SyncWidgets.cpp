#include "SyncWidgets.h"

#include <QLabel>
#include <QPalette>

namespace k12 {

QLabel *SyncWidgets::mutedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

QLabel *SyncWidgets::problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // error messages get copied into emails
    label->hide();
    return label;
}

QColor SyncWidgets::problemColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void SyncWidgets::setMessage(QLabel *label, const QString &text, bool problem)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, problem ? problemColor(p) : QPalette().color(QPalette::WindowText));
    label->setPalette(p);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace k12
