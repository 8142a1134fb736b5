#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString CsvReader::decodeWindows1252(const QByteArray &data)
{
    // Code points of 0x80..0x9F in Windows-1252; the rest is Latin-1.
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out;
    out.reserve(data.size());
    for (const char c : data) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80]) : QChar(char16_t(b)));
    }
    return out;
}

QString CsvReader::encodingProblem(const QByteArray &data)
{
    const QString advice = tr("Save it as \"CSV UTF-8\" and import again.");
    if (data.startsWith("\xFF\xFE"))
        return tr("wrong encoding: UTF-16 (little-endian), not UTF-8. %1").arg(advice);
    if (data.startsWith("\xFE\xFF"))
        return tr("wrong encoding: UTF-16 (big-endian), not UTF-8. %1").arg(advice);
    const QByteArray sample = data.left(4096);
    if (!sample.contains('\0'))
        return {};
    // Without a BOM: text in UTF-16 has a NUL in every other byte (the high byte
    // of each Latin character), at odd offsets in little-endian, even in big-endian.
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample.at(i) == '\0')
            ++(i % 2 == 0 ? evenNuls : oddNuls);
    }
    const qsizetype pairs = sample.size() / 2;
    if (pairs > 0 && oddNuls * 2 >= pairs && evenNuls * 10 <= oddNuls)
        return tr("wrong encoding: UTF-16 (little-endian), not UTF-8. %1").arg(advice);
    if (pairs > 0 && evenNuls * 2 >= pairs && oddNuls * 10 <= evenNuls)
        return tr("wrong encoding: UTF-16 (big-endian), not UTF-8. %1").arg(advice);
    return tr("wrong encoding: the file is binary, not text (is it a spreadsheet file rather than CSV?). %1")
        .arg(advice);
}

QString CsvReader::decode(const QByteArray &data, QString *encoding)
{
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bom ? data.mid(3) : data);
    if (!utf8.hasError()) {
        *encoding = bom ? u"UTF-8 with BOM"_s : u"UTF-8"_s;
        return text;
    }
    *encoding = u"Windows-1252"_s;
    return decodeWindows1252(data);
}

QChar CsvReader::detectSeparator(QStringView firstLine)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

Result<QList<CsvRow>> CsvReader::records(const QString &text, QChar sep, const QString &fileName)
{
    QList<CsvRow> records;
    CsvRow current;
    QString cell;
    int line = 1;
    current.line = 1;
    bool quoted = false;
    bool cellWasQuoted = false;
    int quoteStartLine = 0;
    auto endCell = [&] {
        current.cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRecord = [&] {
        endCell();
        const bool blank = current.cells.size() == 1 && current.cells.constFirst().isEmpty();
        if (!blank)
            records.append(current);
        current = CsvRow{};
        current.line = line;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            quoteStartLine = line;
        } else if (c == sep) {
            endCell();
        } else if (c == u'\r') {
            if (i + 1 < n && text.at(i + 1) == u'\n')
                continue; // CRLF: the LF ends the record
            ++line;
            endRecord();
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            cell.append(c);
        }
    }
    if (quoted) {
        return fail(tr("%1, line %2: a quoted cell is never closed (missing \")").arg(fileName).arg(quoteStartLine));
    }
    if (!cell.isEmpty() || !current.cells.isEmpty())
        endRecord();
    return records;
}

Result<CsvTable> CsvReader::parse(const QByteArray &data, const QString &fileName)
{
    CsvTable table;
    table.fileName = fileName;
    if (const QString problem = encodingProblem(data); !problem.isEmpty())
        return fail(tr("%1: %2").arg(fileName, problem));
    const QString text = decode(data, &table.encoding);
    table.separator = detectSeparator(QStringView(text).left(text.indexOf(u'\n')));
    Result<QList<CsvRow>> rows = records(text, table.separator, fileName);
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return fail(tr("%1: the file is empty; it needs a header row.").arg(fileName));
    table.header = rows->takeFirst().cells;
    for (QString &h : table.header)
        h = h.trimmed();
    table.headerLine = 1;
    table.rows = std::move(rows).value();
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot open the file (%2).").arg(name, file.errorString()));
    return parse(file.readAll(), name);
}

} // namespace k12
