#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace k12 {

// The zip container of an .xlsx file, read from memory (no temporary file)
// with the system minizip: its directory indexed once, one entry unpacked at a
// time. XlsxPart turns an entry into XML and keeps the size budget.
//
// minizip, not QuaZip: QuaZip re-exports minizip's function names (zipOpen,
// unzOpen, ...) with its own I/O layer, and libxlsxwriter, which links the
// system libminizip, then calls QuaZip's copies and crashes. Reading with the
// same libminizip libxlsxwriter writes with adds no library and no clash. A
// program linking k12_models must not link QuaZip.
class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(k12::XlsxArchive)

public:
    struct Entry
    {
        QString name;
        int method = 0;              // 0 stored, 8 deflated
        qint64 uncompressedSize = 0; // as the archive declares it
        quint64 directoryOffset = 0; // where minizip finds the entry again (unz64_file_pos)
        quint64 number = 0;
    };

    static constexpr int maxEntries = 10000;

    XlsxArchive() = default;
    ~XlsxArchive();
    // minizip reads through a pointer to this object.
    Q_DISABLE_COPY_MOVE(XlsxArchive)

    // Why the bytes are no zip archive we can read, in words for a teacher; empty when they are.
    QString open(const QByteArray &bytes);
    // The entry named `name`, ignoring case (OPC part names are case-insensitive); nullptr if none.
    const Entry *entry(const QString &name) const;

    // One entry is open at a time: minizip has one current file per archive.
    Status openEntry(const Entry &entry);
    // Up to `size` unpacked bytes of the open entry into `data`: how many, 0 at its end.
    // minizip never hands out more than the entry declares.
    Result<qint64> readEntry(char *data, int size);
    // Fails when the entry was read to its declared size and its check sum differs.
    Status closeEntry();
    bool entryOpen() const { return m_current != nullptr; }

private:
    void close();

    QByteArray m_bytes;
    qint64 m_position = 0; // of minizip's reads in m_bytes
    void *m_zip = nullptr; // unzFile
    const Entry *m_current = nullptr;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byName; // lower-case name -> index
};

} // namespace k12
