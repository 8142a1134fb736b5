#pragma once

class QLabel;
class QPalette;
class QColor;

namespace k12 {

// The colour of a problem message ("the end date is before the start") that stays readable on
// the platform's palette: dark red on a light window, light red on a dark or high-contrast one
// (a fixed #b00020 fell to 2.9:1 on black). Both are above 4.5:1 (WCAG AA for text).
QColor problemTextColour(const QPalette &palette);

// Gives `label` that colour through its palette (no style sheet, so the platform font stays).
void markAsProblemText(QLabel *label);

} // namespace k12
