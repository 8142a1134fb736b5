#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace k12 {

struct CsvRow
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList cells;
};

struct CsvTable
{
    QString fileName;
    QString encoding; // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
    QChar separator = u',';
    QStringList header;
    int headerLine = 1;
    QList<CsvRow> rows; // data records after the header, blank lines skipped
};

// RFC 4180 reader for the files teachers bring from spreadsheets and other
// gradebooks: UTF-8 with or without BOM, Windows-1252 when the bytes are not
// UTF-8, `,` `;` or tab as separator (whichever the header uses), CRLF or LF,
// quoted cells with doubled quotes and line breaks. UTF-16 and binary files
// are refused with a message that names the encoding.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(k12::CsvReader)

public:
    static Result<CsvTable> parse(const QByteArray &data, const QString &fileName);
    static Result<CsvTable> readFile(const QString &path);
    // Splits text into records with a known separator (a tab for pasted cells);
    // every record is returned, the first one too.
    static Result<QList<CsvRow>> records(const QString &text, QChar separator, const QString &fileName);

    // Why the bytes cannot be read as a CSV file ("wrong encoding: UTF-16 ..."),
    // or an empty string. UTF-16 is recognised by its BOM or, without one, by NUL
    // bytes in every other position; any other NUL byte means binary data. The
    // one check every CSV import (roster, scores) goes through.
    static QString encodingProblem(const QByteArray &data);
    // Decodes bytes as UTF-8 (BOM optional) or, failing that, Windows-1252.
    static QString decode(const QByteArray &data, QString *encoding);
    static QChar detectSeparator(QStringView firstLine);
    static QString decodeWindows1252(const QByteArray &data);
};

} // namespace k12
