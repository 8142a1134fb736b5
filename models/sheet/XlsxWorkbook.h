#pragma once

#include "XlsxArchive.h"
#include "XlsxPart.h"
#include "XlsxReader.h"
#include "kernel/domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The structure of an .xlsx package that XlsxReader walks before it reads a
// sheet: the package and workbook relationships, the sheet list and the shared
// strings. Internal to models/sheet; the messages stay in XlsxReader's
// translation context so a teacher reads one voice whichever part failed.
namespace k12::xlsx {

struct Relationship
{
    QString type;
    QString target; // part name inside the archive
};

struct SheetEntry
{
    QString name;
    QString relationshipId;
    bool hidden = false;
};

struct Workbook
{
    QList<SheetEntry> sheets;
    QHash<QString, Relationship> relationships;
    QString sharedStringsPart;
};

struct Archive
{
    XlsxArchive zip;
    QString fileName;
    qint64 budget = XlsxReader::maxUnpackedBytes;
};

// "%1: not an XLSX workbook (%2)."
Error notWorkbook(const QString &fileName, const QString &why);
// Why a part stopped: a limit in its own words, anything else as a damaged workbook.
Error partFailed(const Archive &archive, const XlsxPart &part);
// Opens a part after checking its declared size against the unpack budget.
Status openPart(Archive &archive, XlsxPart &part, const QString &name);

// The package's workbook: its sheets in tab order and its relationships.
Result<Workbook> readWorkbook(Archive &archive);
bool isWorksheet(const Workbook &workbook, const SheetEntry &sheet);
QStringList worksheetNames(const Workbook &workbook);

// Every shared string, in order (none when the workbook has no such part).
Result<QStringList> readSharedStrings(Archive &archive, const QString &partName);
// The text of an <si> or <is> element just started.
std::optional<QString> readRichText(XlsxPart &part);
// OOXML's _xHHHH_ escapes decoded.
QString decodeEscapes(const QString &text);

} // namespace k12::xlsx
