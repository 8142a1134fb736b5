#include "CsvWriter.h"

#include "models/sheet/Sheet.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// A cell that starts like a formula once its leading apostrophes are skipped:
// "=x", "'=x", "''=x"... each gets one apostrophe more, so that taking one off
// on import gives the text back whatever it was.
bool guarded(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i < cell.size() && startsFormula(cell[i]);
}

QString quoted(QString text, QChar delimiter)
{
    const bool needsQuotes =
        text.contains(delimiter) || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

} // namespace

CsvWriter::CsvWriter(bool byteOrderMark)
    : m_dialect{u',', false, byteOrderMark}
{}

CsvWriter::CsvWriter(const Dialect &dialect)
    : m_dialect(dialect)
{}

void CsvWriter::addEncoded(const QString &cell, bool first)
{
    if (!first)
        m_text += m_dialect.delimiter;
    m_text += cell;
}

void CsvWriter::addRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i)
        addEncoded(encodeCell(cells.at(i), m_dialect.delimiter), i == 0);
    m_text += u"\r\n"_s;
}

QByteArray CsvWriter::fromSheet(const Sheet &sheet, const Dialect &dialect)
{
    CsvWriter csv(dialect);
    for (const QList<SheetCell> &row : sheet.rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const SheetCell &cell = row.at(i);
            QString text = cell.text;
            if (cell.isNumber() && dialect.decimalComma)
                text.replace(u'.', u',');
            else if (!cell.isNumber() && !cell.verbatim)
                text = neutralised(text);
            csv.addEncoded(quoted(text, dialect.delimiter), i == 0);
        }
        csv.m_text += u"\r\n"_s;
    }
    return csv.data();
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes;
    if (m_dialect.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += m_text.toUtf8();
    return bytes;
}

bool CsvWriter::isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == u'-' || cell[i] == u'+'))
        ++i;
    const qsizetype digitsStart = i;
    while (i < cell.size() && cell[i] >= u'0' && cell[i] <= u'9')
        ++i;
    qsizetype digits = i - digitsStart;
    if (i < cell.size() && cell[i] == u'.') {
        ++i;
        const qsizetype fractionStart = i;
        while (i < cell.size() && cell[i] >= u'0' && cell[i] <= u'9')
            ++i;
        digits += i - fractionStart;
    }
    return digits > 0 && i == cell.size();
}

QString CsvWriter::neutralised(const QString &cell)
{
    // A spreadsheet reads "-3" as the number it is; only other text starting
    // like a formula is turned into plain text.
    if (!guarded(cell) || isPlainNumber(cell))
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::unneutralised(const QString &cell)
{
    if (cell.startsWith(u'\'') && guarded(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::encodeCell(const QString &cell, QChar delimiter)
{
    return quoted(neutralised(cell), delimiter);
}

Status CsvWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    if (path == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
            return fail(tr("Could not write to standard output."));
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write \"%1\": %2").arg(path, file.errorString()));
    // Before any byte is written: the grades must never be readable by others,
    // even when the file replaces one that was.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(tr("Could not make \"%1\" private to you: %2").arg(path, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Could not write \"%1\": %2").arg(path, file.errorString()));
    return {};
}

} // namespace k12
