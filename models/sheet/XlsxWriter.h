#pragma once

#include "kernel/domain/Result.h"
#include "models/sheet/Sheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace k12 {

// Writes a Sheet as a one-worksheet .xlsx workbook (libxlsxwriter). Text cells
// are written as strings, never as formulas, so "00123", "=Midterm" or "@1002"
// open as the text they are without the apostrophe a CSV file needs; numbers
// are numbers. Row 0 is the header (bold); frozen rows/columns and column
// widths come from the Sheet.
//
// Characters XML 1.0 cannot hold (controls other than tab, LF and CR, U+FFFE,
// U+FFFF, half surrogate pairs) are dropped: a reader would reject the file.
// A literal "_x0041_" in a cell is escaped so Excel does not decode it as "A".
// A cell longer than Excel's 32,767 characters, more than 1,048,576 rows or
// 16,384 columns, or a number Excel cannot store (NaN, infinity) is an error.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(k12::XlsxWriter)

public:
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;
    static constexpr int maxCellLength = 32767;

    static Result<QByteArray> toBytes(const Sheet &sheet);
    // A workbook of several sheets, in order (the first opens first, and is the one the import reads);
    // a name used twice gets " 2", " 3"...
    static Result<QByteArray> toBytes(const QList<Sheet> &sheets);
    // Same contract as CsvWriter::writeFile: atomic replace, mode 0600, "-" = standard output.
    static Status writeFile(const Sheet &sheet, const QString &path);

    // The worksheet name Excel accepts for `name`: none of []:*?/\, no
    // apostrophe at either end, at most 31 characters; "Gradebook" when nothing is left.
    static QString sheetName(const QString &name);
    // The text as it is stored: characters XML cannot hold dropped.
    static QString xmlSafe(const QString &text);
    // "A1"-style reference of a 0-based cell, for messages.
    static QString cellReference(int row, int column);
};

} // namespace k12
