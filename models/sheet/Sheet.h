#pragma once

#include <QList>
#include <QString>

namespace k12 {

// One cell of a spreadsheet we write: text stays text in every program and
// locale (a student number "00123" keeps its zeros), a number is a number.
struct SheetCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number
    };
    Kind kind = Kind::Empty;
    QString text;       // Text: the value; Number: the number as written in a '.'-decimal CSV
    double number = 0.; // Number only
    // CSV: written as is even when it starts like a formula. Only for an
    // identifier a program reads literally (Canvas's SIS User ID) and that
    // cannot run as one (no operators or calls: "@1002").
    bool verbatim = false;
    // XLSX: shown with this many decimals (percentages: 2); -1 = as the number is.
    int decimals = -1;

    static SheetCell empty() { return {}; }
    static SheetCell ofText(const QString &value)
    {
        return value.isEmpty() ? SheetCell{} : SheetCell{Kind::Text, value, 0., false, -1};
    }
    static SheetCell ofNumber(double value, const QString &written)
    {
        return {Kind::Number, written, value, false, -1};
    }

    bool isEmpty() const { return kind == Kind::Empty; }
    bool isNumber() const { return kind == Kind::Number; }
};

// A table of typed cells, the one thing every gradebook file format is made
// from (CSV in any dialect, XLSX): the layout is decided once, the format
// only decides how each cell is written.
struct Sheet
{
    QString name;                 // the worksheet's name in an XLSX file
    QList<QList<SheetCell>> rows; // the header is row 0
    int frozenRows = 0;           // rows kept on screen while scrolling (XLSX)
    int frozenColumns = 0;        // columns kept on screen while scrolling (XLSX)
    QList<double> columnWidths;   // in characters, per column (XLSX); missing = default
};

} // namespace k12
