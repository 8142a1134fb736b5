#pragma once

#include "kernel/csv/CsvReader.h"
#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace k12 {

// Reads one worksheet of an .xlsx workbook (Excel, LibreOffice, Google Sheets,
// openpyxl, our XlsxWriter) into the table a CSV import reads, so every import
// takes either format. Text stays as written ("00123"); a number becomes its
// shortest '.'-decimal text (9.5, 10, 87.25); booleans TRUE/FALSE; errors and
// formula results as their cached text. Cells land in the column their
// reference names; blank rows are skipped; CsvRow::line is the row number the
// spreadsheet shows.
//
// Hostile files end in an error naming the file, never a crash or a hang: at
// most 512 MiB are unpacked in all, 10 million cells, Excel's 1,048,576 rows
// and 16,384 columns, 32,767 characters a text.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(k12::XlsxReader)

public:
    static constexpr qint64 maxUnpackedBytes = qint64(512) * 1024 * 1024;
    static constexpr qint64 maxFileBytes = qint64(256) * 1024 * 1024;
    static constexpr qint64 maxCells = 10'000'000;
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;
    static constexpr int maxTextLength = 32767;

    // The first visible worksheet, or the one named sheetName (an error lists the names there are).
    static Result<CsvTable> read(const QByteArray &bytes, const QString &fileName, const QString &sheetName = {});
    static Result<CsvTable> readFile(const QString &path, const QString &sheetName = {});
    // The workbook's worksheet names in tab order, for a "which sheet?" choice.
    static Result<QStringList> sheetNames(const QByteArray &bytes, const QString &fileName);
    // A zip archive's first bytes; every .xlsx is one, a CSV file never is.
    static bool looksLikeXlsx(const QByteArray &bytes);
    // The shortest text that reads back as `value`, '.' as decimal mark, no
    // exponent from 1e-5 to 1e15: 10, 9.5, 0.1, 1e-07.
    static QString numberText(double value);
};

} // namespace k12
