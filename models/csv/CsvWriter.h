#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace k12 {

// RFC 4180 writer for files teachers open in spreadsheets: UTF-8 (optionally
// with a byte order mark, which Excel needs to read UTF-8), `,` between cells,
// `\r\n` after every row, a cell quoted when it holds `,`, `"`, CR or LF (with
// quotes doubled). A cell that a spreadsheet would run as a formula (starting
// with = + - @, tab or CR) gets a leading apostrophe, except a plain number
// such as -3 or -2.5, which stays a number.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(k12::CsvWriter)

public:
    explicit CsvWriter(bool byteOrderMark = false);

    void addRow(const QStringList &cells);
    // The file so far, as UTF-8 bytes.
    QByteArray data() const;

    // One cell as it appears in the file: neutralised, then quoted if needed.
    static QString encodeCell(const QString &cell);
    // The cell with a leading apostrophe when a spreadsheet could run it.
    static QString neutralised(const QString &cell);
    // An optional sign, digits, optionally a decimal point and digits; nothing else.
    static bool isPlainNumber(QStringView cell);

    // Writes bytes to path ("-" = standard output). A file is replaced
    // atomically and readable by its owner only (0600): it holds student grades.
    static Status writeFile(const QString &path, const QByteArray &bytes);

private:
    QString m_text;
    bool m_byteOrderMark;
};

} // namespace k12
