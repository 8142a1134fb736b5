#pragma once

#include "kernel/domain/Result.h"
#include "models/sheet/XlsxArchive.h"

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

#include <optional>

namespace k12 {

// One XML part of an .xlsx archive, read as a stream: minizip unpacks the entry
// in 64 KiB steps that are fed to a QXmlStreamReader, so a large sheet is never
// held whole in memory, and every byte counts against a budget all parts of
// the workbook share, so a zip bomb stops there instead of filling the memory
// (the declared sizes are checked before, the counted bytes while reading, in
// case the archive lies). An entry that unpacks to another size than it
// declares, or to bytes whose check sum differs, is damaged.
class XlsxPart
{
    Q_DECLARE_TR_FUNCTIONS(k12::XlsxPart)

public:
    // `archive` and `budget` (bytes still allowed to be unpacked) outlive the part.
    XlsxPart(XlsxArchive &archive, qint64 *budget);
    ~XlsxPart();
    XlsxPart(const XlsxPart &) = delete;
    XlsxPart &operator=(const XlsxPart &) = delete;

    Status open(const XlsxArchive::Entry &entry);
    // QXmlStreamReader::readNext(), fetching more bytes when they run out.
    // Invalid (with problem()) on malformed XML, a damaged archive, the budget
    // spent, or the entry ending before its document does.
    QXmlStreamReader::TokenType next();
    QXmlStreamReader &xml() { return m_xml; }
    // The text of the element just started (nested elements' text included), up to its end tag.
    // Nothing, with problem(), when the XML is broken or the text is longer than maxLength.
    std::optional<QString> elementText(qsizetype maxLength);
    // Skips to the end tag of the element just started.
    bool skipElement();
    // Why reading stopped, in words for a teacher; empty while all is well.
    QString problem() const;
    // The problem is a limit (unpacked size, text length), not a damaged file.
    bool limitReached() const { return m_limitReached; }
    // After the document: the rest of the entry inflates and its check sum agrees.
    Status close();

private:
    bool refill(bool feed = true);

    XlsxArchive &m_archive;
    qint64 *m_budget;
    const XlsxArchive::Entry *m_entry = nullptr;
    QXmlStreamReader m_xml;
    bool m_open = false; // this part's entry is open in the archive
    qint64 m_produced = 0;
    QString m_problem;
    bool m_atEnd = false;
    bool m_limitReached = false;
};

} // namespace k12
