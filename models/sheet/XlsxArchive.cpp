#include "XlsxArchive.h"

#include <QtEndian>

namespace k12 {

namespace {

constexpr quint32 endOfDirectorySignature = 0x06054b50;
constexpr quint32 directorySignature = 0x02014b50;
constexpr quint32 localHeaderSignature = 0x04034b50;

quint16 u16(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

} // namespace

QString XlsxArchive::open(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_entries.clear();
    m_byName.clear();
    const qint64 size = bytes.size();

    // The end record sits in the last 22 bytes, or before a comment of up to 64 KiB.
    qint64 end = -1;
    for (qint64 at = size - 22; at >= 0 && at >= size - 22 - 65535; --at) {
        if (u32(bytes, at) == endOfDirectorySignature && at + 22 + u16(bytes, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return tr("the zip archive is incomplete: its directory is missing");
    const quint16 count = u16(bytes, end + 10);
    const quint32 directorySize = u32(bytes, end + 12);
    const quint32 directoryOffset = u32(bytes, end + 16);
    if (count == 0xFFFF || directoryOffset == 0xFFFFFFFF)
        return tr("a ZIP64 archive, larger than a gradebook workbook can be");
    if (qint64(directoryOffset) + directorySize > end)
        return tr("the zip archive's directory points outside the file");
    if (count > maxEntries)
        return tr("the zip archive has more than %L1 files").arg(maxEntries);

    qint64 at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(bytes, at) != directorySignature)
            return tr("the zip archive's directory is damaged");
        const quint16 flags = u16(bytes, at + 8);
        Entry entry;
        entry.method = u16(bytes, at + 10);
        entry.crc = u32(bytes, at + 16);
        entry.compressedSize = u32(bytes, at + 20);
        entry.uncompressedSize = u32(bytes, at + 24);
        const quint16 nameLength = u16(bytes, at + 28);
        const quint16 extraLength = u16(bytes, at + 30);
        const quint16 commentLength = u16(bytes, at + 32);
        const qint64 localOffset = u32(bytes, at + 42);
        if (at + 46 + nameLength > end)
            return tr("the zip archive's directory is damaged");
        entry.name = QString::fromUtf8(bytes.constData() + at + 46, nameLength);
        at += 46 + nameLength + extraLength + commentLength;

        if (flags & 0x1)
            return tr("%1 is encrypted").arg(entry.name);
        if (entry.compressedSize == 0xFFFFFFFF || entry.uncompressedSize == 0xFFFFFFFF)
            return tr("a ZIP64 archive, larger than a gradebook workbook can be");
        if (localOffset + 30 > size || u32(bytes, localOffset) != localHeaderSignature)
            return tr("the zip archive is damaged at %1").arg(entry.name);
        entry.dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
        if (entry.dataOffset + entry.compressedSize > size)
            return tr("the zip archive is cut short in %1").arg(entry.name);
        m_byName.insert(entry.name.toLower(), m_entries.size());
        m_entries.append(entry);
    }
    return {};
}

const XlsxArchive::Entry *XlsxArchive::entry(const QString &name) const
{
    const auto found = m_byName.constFind(name.toLower());
    return found == m_byName.constEnd() ? nullptr : &m_entries.at(*found);
}

} // namespace k12
