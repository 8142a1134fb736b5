#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace k12 {

struct Sheet;

// RFC 4180 writer for files teachers open in spreadsheets: UTF-8 (optionally
// with a byte order mark, which Excel needs to read UTF-8), `,` (or the
// dialect's delimiter) between cells, `\r\n` after every row, a cell quoted
// when it holds the delimiter, `"`, CR or LF (with quotes doubled). A cell that
// a spreadsheet would run as a formula (starting with = + - @, tab or CR, after
// any apostrophes) gets one more leading apostrophe, except a plain number
// such as -3 or -2.5, which stays a number; unneutralised() takes exactly that
// apostrophe off again, so every text reads back as it was written.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(k12::CsvWriter)

public:
    struct Dialect
    {
        QChar delimiter = u',';
        bool decimalComma = false; // numbers written 9,5
        bool byteOrderMark = false;
    };

    explicit CsvWriter(bool byteOrderMark = false);
    explicit CsvWriter(const Dialect &dialect);

    void addRow(const QStringList &cells);
    // Every row of the sheet: numbers in the dialect's decimal mark, text neutralised.
    static QByteArray fromSheet(const Sheet &sheet, const Dialect &dialect);
    // The file so far, as UTF-8 bytes.
    QByteArray data() const;

    // One cell as it appears in the file: neutralised, then quoted if needed.
    static QString encodeCell(const QString &cell, QChar delimiter = u',');
    // The cell with a leading apostrophe when a spreadsheet could run it.
    static QString neutralised(const QString &cell);
    // The text neutralised() was given: its added apostrophe taken off.
    static QString unneutralised(const QString &cell);
    // An optional sign, digits, optionally a decimal point and digits; nothing else.
    static bool isPlainNumber(QStringView cell);

    // Writes bytes to path ("-" = standard output). A file is replaced
    // atomically and readable by its owner only (0600): it holds student grades.
    static Status writeFile(const QString &path, const QByteArray &bytes);

private:
    void addEncoded(const QString &cell, bool first);

    QString m_text;
    Dialect m_dialect;
};

} // namespace k12
