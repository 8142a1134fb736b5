#include "XlsxPart.h"

#include "XlsxReader.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

XlsxPart::XlsxPart(XlsxArchive &archive, qint64 *budget)
    : m_archive(archive)
    , m_budget(budget)
{
    // Workbooks come from anywhere: no DTD entity may expand into megabytes.
    m_xml.setEntityExpansionLimit(1024);
}

XlsxPart::~XlsxPart()
{
    // Read no further: a part given up on is not checked.
    if (m_open)
        static_cast<void>(m_archive.closeEntry());
}

Status XlsxPart::open(const XlsxArchive::Entry &entry)
{
    m_entry = &entry;
    // minizip also "reads" methods it cannot unpack (bzip2 without bzip2 support) as their raw bytes.
    if (entry.method != 0 && entry.method != 8) {
        m_problem =
            tr("%1 is compressed in a way this program cannot unpack (method %2)").arg(entry.name).arg(entry.method);
        return fail(m_problem);
    }
    if (Status opened = m_archive.openEntry(entry); !opened) {
        m_problem = opened.error();
        return opened;
    }
    m_open = true;
    return {};
}

bool XlsxPart::refill(bool feed)
{
    if (m_atEnd || !m_problem.isEmpty() || !m_open)
        return false;
    constexpr int chunkSize = 64 * 1024;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    const Result<qint64> read = m_archive.readEntry(chunk.data(), chunkSize);
    if (!read) {
        m_problem = read.error();
        return false;
    }
    const qint64 n = *read;
    if (n == 0) {
        m_atEnd = true;
        m_open = false;
        // minizip stops at the declared size, so a lying entry ends there: its
        // check sum then differs. One that ends before it is cut short.
        if (m_produced != m_entry->uncompressedSize) {
            static_cast<void>(m_archive.closeEntry());
            m_problem = tr("%1 is damaged (it unpacks to less than the archive says)").arg(m_entry->name);
            return false;
        }
        if (Status closed = m_archive.closeEntry(); !closed)
            m_problem = closed.error();
        return false;
    }
    if (n > *m_budget) {
        m_limitReached = true;
        m_problem = tr("the workbook unpacks to more than %L1 MiB and is refused as a possible zip bomb")
                        .arg(XlsxReader::maxUnpackedBytes / 1024 / 1024);
        return false;
    }
    *m_budget -= n;
    m_produced += n;
    // minizip caps an entry at its declared size; should it ever not, the entry lies about itself.
    if (m_produced > m_entry->uncompressedSize) {
        m_problem = tr("%1 is damaged (it unpacks to more than the archive says)").arg(m_entry->name);
        return false;
    }
    if (feed) {
        chunk.truncate(n);
        m_xml.addData(chunk);
    }
    return true;
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
                m_problem = tr("%1 holds a text longer than a spreadsheet cell can be (%Ln character(s))", nullptr,
                               int(maxLength))
                                .arg(m_entry ? m_entry->name : QString());
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
    // Unpack what is left (bounded by the budget) so the size and check sum are compared.
    while (refill(false)) {
    }
    if (!m_problem.isEmpty())
        return fail(m_problem);
    return {};
}

} // namespace k12
