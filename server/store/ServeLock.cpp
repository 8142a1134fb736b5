#include "ServeLock.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

ServeLock::~ServeLock()
{
    release();
}

Status ServeLock::acquire(const DatabaseConfig &config, Mode mode)
{
    release();
    if (config.dialect() != SqlDialect::SQLite)
        return {};
    const QString path = lockPath(config);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(u"Cannot open the lock file %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno))));
    if (::flock(fd, (mode == Mode::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) {
            return fail(
                mode == Mode::Shared
                    ? u"The database %1 is being restored (%2 is locked); start the server when the restore "
                      "has finished."_s.arg(config.displayName(), path)
                    : u"A k12-server is running on %1 (it holds %2): stop it first."_s.arg(config.displayName(), path));
        }
        return fail(u"Cannot lock %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(error))));
    }
    m_fd = fd;
    return {};
}

void ServeLock::release()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace k12::server
