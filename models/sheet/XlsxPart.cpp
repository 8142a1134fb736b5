#include "XlsxPart.h"

#include "XlsxReader.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

XlsxPart::XlsxPart(const XlsxArchive &archive, qint64 *budget)
    : m_archive(archive)
    , m_budget(budget)
{
    // Workbooks come from anywhere: no DTD entity may expand into megabytes.
    m_xml.setEntityExpansionLimit(1024);
}

XlsxPart::~XlsxPart()
{
    if (m_inflating)
        inflateEnd(&m_zip);
}

Status XlsxPart::open(const XlsxArchive::Entry &entry)
{
    m_entry = &entry;
    m_crc = crc32(0L, Z_NULL, 0);
    if (entry.method == 8) {
        // Raw deflate (no zlib header), as zip stores it.
        if (inflateInit2(&m_zip, -MAX_WBITS) != Z_OK) {
            m_problem = tr("%1 cannot be unpacked").arg(entry.name);
            return fail(m_problem);
        }
        m_inflating = true;
        m_zip.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_archive.bytes().constData() + entry.dataOffset));
        m_zip.avail_in = uInt(entry.compressedSize);
    } else if (entry.method != 0) {
        m_problem =
            tr("%1 is compressed in a way this program cannot unpack (method %2)").arg(entry.name).arg(entry.method);
        return fail(m_problem);
    }
    return {};
}

bool XlsxPart::refill(bool feed)
{
    if (m_atEnd || !m_problem.isEmpty() || !m_entry)
        return false;
    constexpr qint64 chunkSize = 64 * 1024;
    QByteArray chunk;
    if (m_inflating) {
        chunk.resize(chunkSize);
        m_zip.next_out = reinterpret_cast<Bytef *>(chunk.data());
        m_zip.avail_out = uInt(chunkSize);
        const int result = inflate(&m_zip, Z_NO_FLUSH);
        const qint64 n = chunkSize - m_zip.avail_out;
        if (result != Z_OK && result != Z_STREAM_END && !(result == Z_BUF_ERROR && n > 0)) {
            m_problem =
                tr("%1 is damaged (%2)").arg(m_entry->name, QString::fromLatin1(m_zip.msg ? m_zip.msg : "zlib"));
            return false;
        }
        chunk.truncate(n);
        if (result == Z_STREAM_END)
            m_atEnd = true;
        else if (n == 0) {
            m_problem = tr("%1 is cut short").arg(m_entry->name);
            return false;
        }
    } else {
        const qint64 n = std::min(chunkSize, m_entry->compressedSize - m_consumed);
        chunk = m_archive.bytes().mid(m_entry->dataOffset + m_consumed, n);
        m_consumed += n;
        if (m_consumed == m_entry->compressedSize)
            m_atEnd = true;
    }
    const qint64 n = chunk.size();
    if (n > *m_budget) {
        m_limitReached = true;
        m_problem = tr("the workbook unpacks to more than %L1 MiB and is refused as a possible zip bomb")
                        .arg(XlsxReader::maxUnpackedBytes / 1024 / 1024);
        return false;
    }
    *m_budget -= n;
    m_produced += n;
    // An entry that inflates past the size its archive declares lies about itself.
    if (m_produced > m_entry->uncompressedSize) {
        m_problem = tr("%1 is damaged (it unpacks to more than the archive says)").arg(m_entry->name);
        return false;
    }
    m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(n));
    if (m_atEnd && (m_produced != m_entry->uncompressedSize || m_crc != m_entry->crc)) {
        m_problem = tr("%1 is damaged (its check sum does not match)").arg(m_entry->name);
        return false;
    }
    if (feed && n > 0)
        m_xml.addData(chunk);
    return n > 0 || !m_atEnd;
}

QXmlStreamReader::TokenType XlsxPart::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return token;
        if (!refill())
            return token;
    }
}

std::optional<QString> XlsxPart::elementText(qsizetype maxLength)
{
    QString text;
    int depth = 0;
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            if (text.size() > maxLength) {
                m_limitReached = true;
                m_problem = tr("%1 holds a text longer than a spreadsheet cell can be (%L2 characters)")
                                .arg(m_entry ? m_entry->name : QString())
                                .arg(maxLength);
                return std::nullopt;
            }
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return text;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            if (m_problem.isEmpty() && !m_xml.hasError())
                m_problem = tr("%1 ends too early").arg(m_entry ? m_entry->name : QString());
            return std::nullopt;
        default:
            break;
        }
    }
}

bool XlsxPart::skipElement()
{
    int depth = 0;
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return true;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            if (m_problem.isEmpty() && !m_xml.hasError())
                m_problem = tr("%1 ends too early").arg(m_entry ? m_entry->name : QString());
            return false;
        default:
            break;
        }
    }
}

QString XlsxPart::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return tr("%1 ends too early").arg(m_entry ? m_entry->name : QString());
    if (m_xml.hasError())
        return tr("%1 is not well-formed XML (line %L2: %3)")
            .arg(m_entry ? m_entry->name : QString())
            .arg(m_xml.lineNumber())
            .arg(m_xml.errorString());
    return {};
}

Status XlsxPart::close()
{
    // Inflate what is left (bounded by the budget) so the size and check sum are compared.
    while (refill(false)) {
    }
    if (!m_problem.isEmpty())
        return fail(m_problem);
    return {};
}

} // namespace k12
