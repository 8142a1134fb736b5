#pragma once

#include <QColor>

class QLabel;
class QPalette;
class QString;
class QWidget;

namespace k12 {

// The small widgets and colours the sync views share, built the same way everywhere.
class SyncWidgets
{
public:
    // A label in the theme's secondary text colour (readable in light and dark themes).
    static QLabel *mutedLabel(const QString &objectName, QWidget *parent);
    // A red, word-wrapped message line, hidden until there is something to say.
    static QLabel *problemLabel(const QString &objectName, QWidget *parent);
    // The app's error red, lighter on a dark theme so it stays readable.
    static QColor problemColor(const QPalette &palette);
    // Shows `text` in a message label, hiding it when empty; red for a problem.
    static void setMessage(QLabel *label, const QString &text, bool problem);
};

} // namespace k12
