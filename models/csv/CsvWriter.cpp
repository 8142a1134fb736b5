#include "CsvWriter.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

CsvWriter::CsvWriter(bool byteOrderMark)
    : m_byteOrderMark(byteOrderMark)
{}

void CsvWriter::addRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += u',';
        m_text += encodeCell(cells.at(i));
    }
    m_text += u"\r\n"_s;
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes;
    if (m_byteOrderMark)
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
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool risky =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    // A spreadsheet reads "-3" as the number it is; only other text starting
    // like a formula is turned into plain text.
    if (!risky || isPlainNumber(cell))
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::encodeCell(const QString &cell)
{
    QString text = neutralised(cell);
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
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
