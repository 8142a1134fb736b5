#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace k12 {

// The zip container of an .xlsx file, read from memory: its central directory,
// every offset and size checked against the bytes there are. Entries are
// inflated by XlsxPart.
//
// Not QuaZip: QuaZip exports minizip's function names (zipOpen, ...) with its
// own I/O layer, and libxlsxwriter, which links the system libminizip, then
// calls QuaZip's copies and crashes. A program linking k12_models must not
// link QuaZip.
class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(k12::XlsxArchive)

public:
    struct Entry
    {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflated
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0; // as the archive declares it
        qint64 dataOffset = 0;       // of the compressed bytes in the archive
    };

    static constexpr int maxEntries = 10000;

    // Why the bytes are no zip archive we can read, in words for a teacher; empty when they are.
    QString open(const QByteArray &bytes);
    // The entry named `name`, ignoring case (OPC part names are case-insensitive); nullptr if none.
    const Entry *entry(const QString &name) const;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byName; // lower-case name -> index
};

} // namespace k12
