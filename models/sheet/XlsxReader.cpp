#include "XlsxReader.h"

#include "XlsxWorkbook.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

using namespace xlsx;

namespace {

// "C7" -> 2 (0-based column), -1 when the reference has no column letters.
int columnOf(QStringView reference)
{
    qint64 column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const QChar c = reference.at(i).toUpper();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        if (column > XlsxReader::maxColumns)
            return XlsxReader::maxColumns; // past the limit: reported by the caller
    }
    return i == 0 ? -1 : int(column - 1);
}

} // namespace

bool XlsxReader::looksLikeXlsx(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

QString XlsxReader::numberText(double value)
{
    if (value == 0.)
        return u"0"_s; // also -0
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e-5 && magnitude < 1e15)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

namespace {

// Opens the bytes as a zip archive and hands it to `use`.
template<typename T, typename Use> Result<T> withArchive(const QByteArray &bytes, const QString &fileName, Use use)
{
    if (!XlsxReader::looksLikeXlsx(bytes))
        return notWorkbook(fileName, XlsxReader::tr("not a zip archive"));
    Archive archive;
    archive.fileName = fileName;
    if (const QString problem = archive.zip.open(bytes); !problem.isEmpty())
        return notWorkbook(fileName, problem);
    return use(archive);
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QByteArray &bytes, const QString &fileName)
{
    return withArchive<QStringList>(bytes, fileName, [](Archive &archive) -> Result<QStringList> {
        Result<Workbook> workbook = readWorkbook(archive);
        if (!workbook)
            return Error{workbook.error()};
        return worksheetNames(*workbook);
    });
}

Result<CsvTable> XlsxReader::read(const QByteArray &bytes, const QString &fileName, const QString &sheetName)
{
    return withArchive<CsvTable>(bytes, fileName, [&](Archive &archive) -> Result<CsvTable> {
        Result<Workbook> workbook = readWorkbook(archive);
        if (!workbook)
            return Error{workbook.error()};
        const QStringList names = worksheetNames(*workbook);
        if (names.isEmpty())
            return notWorkbook(fileName, tr("it has no worksheet"));

        const SheetEntry *chosen = nullptr;
        if (sheetName.isEmpty()) {
            for (const SheetEntry &sheet : std::as_const(workbook->sheets)) {
                if (isWorksheet(*workbook, sheet) && (!chosen || (chosen->hidden && !sheet.hidden)))
                    chosen = &sheet;
                if (chosen && !chosen->hidden)
                    break;
            }
        } else {
            // Exactly as given first; then as Excel compares names, ignoring case.
            for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
                for (const SheetEntry &sheet : std::as_const(workbook->sheets)) {
                    if (!chosen && sheet.name.compare(sheetName, cs) == 0)
                        chosen = &sheet;
                }
            }
            if (!chosen) {
                QStringList quoted;
                for (const QString &name : names)
                    quoted.append(u'"' + name + u'"');
                return fail(tr("%1: the workbook has no sheet named \"%2\"; its sheets are %3.")
                                .arg(fileName, sheetName, quoted.join(u", "_s)));
            }
            if (!isWorksheet(*workbook, *chosen))
                return fail(tr("%1: \"%2\" is not a worksheet (a chart or macro sheet).").arg(fileName, sheetName));
        }

        Result<QStringList> shared = readSharedStrings(archive, workbook->sharedStringsPart);
        if (!shared)
            return Error{shared.error()};

        CsvTable table;
        table.fileName = fileName;
        table.encoding = u"XLSX"_s;
        bool haveHeader = false;
        const QString sheetLabel = chosen->name;
        const QString partName = workbook->relationships.value(chosen->relationshipId).target;

        XlsxPart part(archive.zip, &archive.budget);
        if (Status opened = openPart(archive, part, partName); !opened)
            return Error{opened.error()};

        QString problem; // a limit or a reference the file gets wrong
        qint64 cellCount = 0;
        int lastRow = 0;
        bool inSheetData = false;
        bool inRow = false;
        int rowNumber = 0;
        int nextColumn = 0;
        QStringList cells;

        auto readCell = [&]() -> bool {
            const QXmlStreamAttributes attributes = part.xml().attributes();
            const QStringView reference = attributes.value(u"r"_s);
            const QString type = attributes.value(u"t"_s).toString();
            int column = nextColumn;
            if (!reference.isEmpty()) {
                column = columnOf(reference);
                if (column < 0) {
                    problem = tr("%1: row %L2 has a cell with the reference \"%3\", which names no column.")
                                  .arg(fileName)
                                  .arg(rowNumber)
                                  .arg(reference.toString());
                    return false;
                }
            }
            if (column >= maxColumns) {
                problem = tr("%1: row %L2 has a cell past column %L3, the last a spreadsheet can have.")
                              .arg(fileName)
                              .arg(rowNumber)
                              .arg(maxColumns);
                return false;
            }
            QString value;
            std::optional<QString> inlineText;
            for (;;) {
                const QXmlStreamReader::TokenType token = part.next();
                if (token == QXmlStreamReader::EndElement)
                    break;
                if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
                    return false;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                if (part.xml().name() == u"v"_s) {
                    std::optional<QString> text = part.elementText(maxTextLength);
                    if (!text)
                        return false;
                    value = *text;
                } else if (part.xml().name() == u"is"_s) {
                    inlineText = readRichText(part);
                    if (!inlineText)
                        return false;
                } else if (!part.skipElement()) { // <f> and anything else
                    return false;
                }
            }
            if (type == u"s"_s) {
                bool ok = false;
                const qsizetype index = value.trimmed().toLongLong(&ok);
                if (value.isEmpty()) {
                    // an empty shared-string cell: nothing to place
                } else if (!ok || index < 0 || index >= shared->size()) {
                    problem = tr("%1: cell %2 of sheet \"%3\" refers to a text the workbook does not have.")
                                  .arg(fileName, reference.toString(), sheetLabel);
                    return false;
                } else {
                    value = shared->at(index);
                }
            } else if (type == u"inlineStr"_s) {
                value = inlineText.value_or(QString());
            } else if (type == u"str"_s) {
                value = decodeEscapes(value);
            } else if (type == u"b"_s) {
                const QString flag = value.trimmed();
                value = flag.isEmpty() ? QString() : (flag == u"0"_s || flag == u"false"_s) ? u"FALSE"_s : u"TRUE"_s;
            } else if (type.isEmpty() || type == u"n"_s) {
                bool ok = false;
                const double number = value.trimmed().toDouble(&ok);
                if (ok && std::isfinite(number))
                    value = numberText(number);
            }
            // "e" (#DIV/0!), "d" (ISO date) and anything unknown: the text as stored.
            nextColumn = column + 1;
            if (value.isEmpty())
                return true;
            if (column >= cells.size()) {
                cellCount += column + 1 - cells.size();
                if (cellCount > maxCells) {
                    problem = tr("%1: the sheet \"%2\" has more than %Ln cell(s), more than can be imported.", nullptr,
                                 int(maxCells))
                                  .arg(fileName, sheetLabel);
                    return false;
                }
                while (cells.size() <= column)
                    cells.append(QString());
            }
            cells[column] = value;
            return true;
        };

        int depth = 0;
        for (;;) {
            const QXmlStreamReader::TokenType token = part.next();
            if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
                return partFailed(archive, part);
            if (token == QXmlStreamReader::StartElement) {
                const QStringView name = part.xml().name();
                if (inRow && name == u"c"_s) {
                    if (!readCell())
                        return problem.isEmpty() ? Result<CsvTable>(partFailed(archive, part))
                                                 : Result<CsvTable>(Error{problem});
                    continue; // the cell's end tag is read
                }
                ++depth;
                if (name == u"sheetData"_s && depth == 2) {
                    inSheetData = true;
                } else if (inSheetData && !inRow && name == u"row"_s) {
                    const QStringView r = part.xml().attributes().value(u"r"_s);
                    bool ok = true;
                    rowNumber = r.isEmpty() ? lastRow + 1 : r.toInt(&ok);
                    if (!ok || rowNumber < 1)
                        return fail(
                            tr("%1: sheet \"%2\" has a row numbered \"%3\".").arg(fileName, sheetLabel, r.toString()));
                    if (rowNumber > maxRows)
                        return fail(tr("%1: sheet \"%2\" has more than %Ln row(s), the most a spreadsheet can have.",
                                       nullptr, maxRows)
                                        .arg(fileName, sheetLabel));
                    if (rowNumber <= lastRow)
                        return notWorkbook(fileName, tr("row %L1 of sheet \"%2\" comes after row %L3")
                                                         .arg(rowNumber)
                                                         .arg(sheetLabel)
                                                         .arg(lastRow));
                    inRow = true;
                    nextColumn = 0;
                    cells.clear();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
                const QStringView name = part.xml().name();
                if (inRow && name == u"row"_s) {
                    inRow = false;
                    lastRow = rowNumber;
                    if (cells.isEmpty())
                        continue;
                    if (!haveHeader) {
                        haveHeader = true;
                        for (QString &cell : cells)
                            cell = cell.trimmed();
                        table.header = cells;
                        table.headerLine = rowNumber;
                    } else {
                        table.rows.append(CsvRow{rowNumber, cells});
                    }
                } else if (inSheetData && name == u"sheetData"_s) {
                    break;
                } else if (depth == 0) {
                    break;
                }
            }
        }
        if (Status closed = part.close(); !closed)
            return partFailed(archive, part);
        if (!haveHeader)
            return fail(tr("%1: the sheet \"%2\" is empty; it needs a header row.").arg(fileName, sheetLabel));
        return table;
    });
}

Result<CsvTable> XlsxReader::readFile(const QString &path, const QString &sheetName)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot open the file (%2).").arg(name, file.errorString()));
    if (file.size() > maxFileBytes)
        return fail(tr("%1: the file is larger than %L2 MiB, more than a gradebook workbook can be.")
                        .arg(name)
                        .arg(maxFileBytes / 1024 / 1024));
    return read(file.readAll(), name, sheetName);
}

} // namespace k12
