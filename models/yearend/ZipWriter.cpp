#include "ZipWriter.h"

#include "kernel/domain/Ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <minizip/zip.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

constexpr mode_t kUserOnly = S_IRUSR | S_IWUSR;
// "Version made by": Unix (3) in the high byte, so readers take the file mode from the external attributes.
constexpr uLong kMadeByUnix = 3u << 8 | 20u;
constexpr uLong kUtf8Names = 1u << 11; // general purpose flag bit 11: names are UTF-8

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

void fsyncDir(const QString &dir)
{
    const int fd = ::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

} // namespace

// minizip's I/O callbacks: positioned reads and writes on the writer's descriptor.
struct ZipWriterIo
{
    static voidpf ZCALLBACK open(voidpf opaque, const void *, int) { return opaque; }
    static uLong ZCALLBACK read(voidpf, voidpf stream, void *buf, uLong size)
    {
        auto *w = static_cast<ZipWriter *>(stream);
        const ssize_t n = ::pread(w->m_fd, buf, size, off_t(w->m_position));
        if (n < 0) {
            w->m_ioError = true;
            return 0;
        }
        w->m_position += n;
        return uLong(n);
    }
    static uLong ZCALLBACK write(voidpf, voidpf stream, const void *buf, uLong size)
    {
        auto *w = static_cast<ZipWriter *>(stream);
        const char *p = static_cast<const char *>(buf);
        uLong done = 0;
        while (done < size) {
            const ssize_t n = ::pwrite(w->m_fd, p + done, size - done, off_t(w->m_position));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                w->m_ioError = true;
                break;
            }
            done += uLong(n);
            w->m_position += n;
        }
        return done;
    }
    static ZPOS64_T ZCALLBACK tell(voidpf, voidpf stream)
    {
        return ZPOS64_T(static_cast<ZipWriter *>(stream)->m_position);
    }
    static long ZCALLBACK seek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
    {
        auto *w = static_cast<ZipWriter *>(stream);
        qint64 base = 0;
        if (origin == ZLIB_FILEFUNC_SEEK_CUR) {
            base = w->m_position;
        } else if (origin == ZLIB_FILEFUNC_SEEK_END) {
            struct stat st = {};
            if (::fstat(w->m_fd, &st) != 0)
                return -1;
            base = st.st_size;
        }
        w->m_position = base + qint64(offset);
        return 0;
    }
    static int ZCALLBACK close(voidpf, voidpf) { return 0; } // the writer owns the descriptor
    static int ZCALLBACK error(voidpf, voidpf stream) { return static_cast<ZipWriter *>(stream)->m_ioError ? 1 : 0; }
};

ZipWriter::ZipWriter(QString path)
    : m_path(QFileInfo(path).absoluteFilePath())
{}

ZipWriter::~ZipWriter()
{
    abort();
}

QString ZipWriter::partialName(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(u"."_s + info.fileName() + u".partial-%1-"_s.arg(::getpid()) +
                                       newId().right(12));
}

int ZipWriter::removeStale(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = u"."_s + info.fileName() + u".partial-"_s;
    int removed = 0;
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList({prefix + u"*"_s}, QDir::Files | QDir::Hidden)) {
        const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong();
        if (!processAlive(pid) && QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

Status ZipWriter::fail(const QString &why)
{
    abort();
    return k12::fail(why);
}

Status ZipWriter::open()
{
    const QFileInfo info(m_path);
    const QString dir = info.absolutePath();
    if (!QFileInfo(dir).isDir())
        return k12::fail(tr("Cannot write \"%1\": the folder %2 does not exist.")
                             .arg(info.fileName(), QDir::toNativeSeparators(dir)));
    removeStale(m_path);
    // An unnamed file in the target folder: nothing to clean up after a kill.
    m_fd = ::open(native(dir).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, kUserOnly);
    if (m_fd < 0) {
        m_partial = partialName(m_path);
        m_fd = ::open(native(m_partial).constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, kUserOnly);
        if (m_fd < 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            m_partial.clear();
            return k12::fail(tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(m_path), why));
        }
    }
    (void)::fchmod(m_fd, kUserOnly);
    zlib_filefunc64_def io = {};
    io.zopen64_file = &ZipWriterIo::open;
    io.zread_file = &ZipWriterIo::read;
    io.zwrite_file = &ZipWriterIo::write;
    io.ztell64_file = &ZipWriterIo::tell;
    io.zseek64_file = &ZipWriterIo::seek;
    io.zclose_file = &ZipWriterIo::close;
    io.zerror_file = &ZipWriterIo::error;
    io.opaque = this;
    m_zip = zipOpen2_64("k12", APPEND_STATUS_CREATE, nullptr, &io);
    if (!m_zip)
        return fail(tr("Cannot start the zip file \"%1\".").arg(QDir::toNativeSeparators(m_path)));
    return {};
}

Status ZipWriter::add(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    if (!m_zip)
        return k12::fail(tr("The zip file is not open."));
    zip_fileinfo fi = {};
    const QDateTime t = modified.toLocalTime();
    fi.tmz_date.tm_sec = uInt(t.time().second());
    fi.tmz_date.tm_min = uInt(t.time().minute());
    fi.tmz_date.tm_hour = uInt(t.time().hour());
    fi.tmz_date.tm_mday = uInt(t.date().day());
    fi.tmz_date.tm_mon = uInt(t.date().month() - 1);
    fi.tmz_date.tm_year = uInt(t.date().year());
    fi.external_fa = uLong(S_IFREG | kUserOnly) << 16;
    const QByteArray utf8 = name.toUtf8();
    int rc = zipOpenNewFileInZip4_64(m_zip, utf8.constData(), &fi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                     Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr,
                                     0, kMadeByUnix, kUtf8Names, data.size() >= 0xffffffffLL ? 1 : 0);
    if (rc == ZIP_OK && !data.isEmpty())
        rc = zipWriteInFileInZip(m_zip, data.constData(), unsigned(data.size()));
    if (rc == ZIP_OK)
        rc = zipCloseFileInZip(m_zip);
    if (rc != ZIP_OK || m_ioError)
        return fail(
            tr("Cannot add \"%1\" to \"%2\" (the disk may be full).").arg(name, QDir::toNativeSeparators(m_path)));
    return {};
}

Status ZipWriter::commit()
{
    if (!m_zip)
        return k12::fail(tr("The zip file is not open."));
    const int rc = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (rc != ZIP_OK || m_ioError)
        return fail(tr("Cannot finish \"%1\" (the disk may be full).").arg(QDir::toNativeSeparators(m_path)));
    if (::fsync(m_fd) != 0)
        return fail(tr("Cannot flush \"%1\" to disk.").arg(QDir::toNativeSeparators(m_path)));
    if (m_partial.isEmpty()) {
        // The unnamed file gets a hidden name of its own, then the final one by rename (linkat cannot replace).
        m_partial = partialName(m_path);
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_fd);
        if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, native(m_partial).constData(), AT_SYMLINK_FOLLOW) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            m_partial.clear();
            return fail(tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(m_path), why));
        }
    }
    if (::rename(native(m_partial).constData(), native(m_path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        return fail(tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(m_path), why));
    }
    m_partial.clear();
    ::close(m_fd);
    m_fd = -1;
    fsyncDir(QFileInfo(m_path).absolutePath()); // the rename itself survives a power cut
    return {};
}

void ZipWriter::abort()
{
    if (m_zip) {
        zipClose(m_zip, nullptr);
        m_zip = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_partial.isEmpty()) {
        QFile::remove(m_partial);
        m_partial.clear();
    }
}

} // namespace k12
