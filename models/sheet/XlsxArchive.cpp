#include "XlsxArchive.h"

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>

namespace k12 {

XlsxArchive::~XlsxArchive()
{
    close();
}

void XlsxArchive::close()
{
    if (m_zip)
        unzClose(m_zip); // also closes an entry left open
    m_zip = nullptr;
    m_current = nullptr;
    m_entries.clear();
    m_byName.clear();
}

QString XlsxArchive::open(const QByteArray &bytes)
{
    close();
    m_bytes = bytes;
    m_position = 0;

    // minizip reads through these callbacks from m_bytes; the stream is this object.
    // Lambdas in a member function may use the private members.
    zlib_filefunc64_def io{};
    io.opaque = this;
    io.zopen64_file = [](voidpf opaque, const void *, int) -> voidpf { return opaque; };
    io.zread_file = [](voidpf, voidpf stream, void *buffer, uLong size) -> uLong {
        auto *archive = static_cast<XlsxArchive *>(stream);
        const qint64 n = std::min<qint64>(qint64(size), archive->m_bytes.size() - archive->m_position);
        if (n <= 0)
            return 0;
        std::memcpy(buffer, archive->m_bytes.constData() + archive->m_position, size_t(n));
        archive->m_position += n;
        return uLong(n);
    };
    io.zwrite_file = [](voidpf, voidpf, const void *, uLong) -> uLong { return 0; };
    io.ztell64_file = [](voidpf, voidpf stream) -> ZPOS64_T {
        return ZPOS64_T(static_cast<XlsxArchive *>(stream)->m_position);
    };
    io.zseek64_file = [](voidpf, voidpf stream, ZPOS64_T offset, int origin) -> long {
        auto *archive = static_cast<XlsxArchive *>(stream);
        const quint64 size = quint64(archive->m_bytes.size());
        quint64 base = 0;
        if (origin == ZLIB_FILEFUNC_SEEK_CUR)
            base = quint64(archive->m_position);
        else if (origin == ZLIB_FILEFUNC_SEEK_END)
            base = size;
        else if (origin != ZLIB_FILEFUNC_SEEK_SET)
            return -1;
        // Offsets come from the file: nothing past its end, and no overflow on the way.
        if (offset > size - base)
            return -1;
        archive->m_position = qint64(base + offset);
        return 0;
    };
    io.zclose_file = [](voidpf, voidpf) -> int { return 0; };
    io.zerror_file = [](voidpf, voidpf) -> int { return 0; };

    m_zip = unzOpen2_64("workbook.xlsx", &io);
    if (!m_zip)
        return tr("the zip archive is incomplete or damaged: its directory cannot be read");

    unz_global_info64 global{};
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK)
        return tr("the zip archive's directory is damaged");
    if (global.number_entry > ZPOS64_T(maxEntries))
        return tr("the zip archive has more than %Ln file(s)", nullptr, maxEntries);

    // Our own index rather than unzLocateFile for every part: minizip's
    // case-insensitive compare knows ASCII only and walks the whole directory
    // each time; this knows Unicode case and reads the directory once.
    QByteArray name(0xFFFF, Qt::Uninitialized); // a zip name's length is 16 bits
    for (ZPOS64_T i = 0; i < global.number_entry; ++i) {
        if ((i == 0 ? unzGoToFirstFile(m_zip) : unzGoToNextFile(m_zip)) != UNZ_OK)
            return tr("the zip archive's directory is damaged");
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, name.data(), uLong(name.size()), nullptr, 0, nullptr, 0) != UNZ_OK)
            return tr("the zip archive's directory is damaged");
        unz64_file_pos position{};
        if (unzGetFilePos64(m_zip, &position) != UNZ_OK)
            return tr("the zip archive's directory is damaged");
        Entry entry;
        entry.name = QString::fromUtf8(name.constData(), qsizetype(std::min<uLong>(info.size_filename, name.size())));
        if (info.flag & 0x1)
            return tr("%1 is encrypted").arg(entry.name);
        entry.method = int(info.compression_method);
        entry.uncompressedSize = qint64(std::min<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(1) << 62));
        entry.directoryOffset = position.pos_in_zip_directory;
        entry.number = position.num_of_file;
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

Status XlsxArchive::openEntry(const Entry &entry)
{
    Q_ASSERT(!m_current); // a second XlsxPart at once would read the first one's entry
    if (!m_zip || m_current)
        return fail(tr("%1 cannot be read while another part is open").arg(entry.name));
    const unz64_file_pos position{entry.directoryOffset, entry.number};
    // unzOpenCurrentFile also checks the entry's local header against its directory record.
    if (unzGoToFilePos64(m_zip, &position) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
        return fail(tr("the zip archive is damaged at %1").arg(entry.name));
    m_current = &entry;
    return {};
}

Result<qint64> XlsxArchive::readEntry(char *data, int size)
{
    if (!m_current)
        return fail(tr("no part of the workbook is open"));
    const int n = unzReadCurrentFile(m_zip, data, unsigned(size));
    if (n >= 0)
        return qint64(n);
    switch (n) {
    case UNZ_ERRNO: // a read past the end of the bytes
        return fail(tr("the zip archive is cut short in %1").arg(m_current->name));
    case Z_BUF_ERROR: // the compressed bytes ended before the stream did
        return fail(tr("%1 is cut short").arg(m_current->name));
    case Z_DATA_ERROR:
        return fail(tr("%1 is damaged (its compressed data is invalid)").arg(m_current->name));
    default:
        return fail(tr("%1 is damaged (error %2 while unpacking it)").arg(m_current->name).arg(n));
    }
}

Status XlsxArchive::closeEntry()
{
    if (!m_current)
        return {};
    const QString name = m_current->name;
    m_current = nullptr;
    // minizip compares the check sum only when the entry was read to its declared size.
    const int result = unzCloseCurrentFile(m_zip);
    if (result == UNZ_CRCERROR)
        return fail(tr("%1 is damaged (its check sum does not match)").arg(name));
    if (result != UNZ_OK)
        return fail(tr("%1 is damaged").arg(name));
    return {};
}

} // namespace k12
