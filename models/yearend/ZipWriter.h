#pragma once

#include "kernel/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace k12 {

// A zip archive written atomically: entries go into a file no one can see
// under its final name until commit(), which flushes it to disk (fsync),
// gives it its name with one rename and flushes the folder. A process killed
// before that leaves nothing under the final name, and nothing at all where
// the file system has O_TMPFILE (the unnamed file vanishes with the
// process); elsewhere a hidden ".NAME.partial-PID-..." that the next writer
// into the folder removes once its process is gone. The file is 0600.
//
// Written with the system minizip (zip.h), the library libxlsxwriter links,
// not QuaZip: QuaZip re-exports minizip's function names with its own I/O
// layer, so a program linking both (every program linking k12_models) calls
// the wrong copies and crashes (see XlsxArchive). The I/O layer here is our
// own, on a file descriptor.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(k12::ZipWriter)

public:
    explicit ZipWriter(QString path);
    ~ZipWriter(); // not committed: the temporary file goes
    Q_DISABLE_COPY_MOVE(ZipWriter)

    Status open();
    // `name`: a relative path with "/" between folders, stored as UTF-8. Deflated; 0600 when unpacked.
    Status add(const QString &name, const QByteArray &data, const QDateTime &modified = QDateTime::currentDateTime());
    Status commit();
    void abort();

    // The hidden name of a temporary file for `path` (when there is no O_TMPFILE), made by this process.
    static QString partialName(const QString &path);
    // Removes the temporary files of `path` whose process is gone; how many.
    static int removeStale(const QString &path);

private:
    Status fail(const QString &why);

    QString m_path;
    QString m_partial; // named temporary file, when the unnamed kind is not available
    int m_fd = -1;
    void *m_zip = nullptr; // zipFile
    qint64 m_position = 0;
    bool m_ioError = false;

    friend struct ZipWriterIo;
};

} // namespace k12
