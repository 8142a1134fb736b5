#include "SmtpSender.h"

#include "MimeMessage.h"

#include <curl/curl.h>

#include <QSet>

#include <cstring>
#include <mutex>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, upload->data->size() - upload->offset);
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// libcurl waits for the reply to the end of DATA inside curl_multi_perform
// (SMTP's done phase blocks), where curl_multi_wakeup cannot reach; it calls
// this at least once a second, and a non-zero answer ends the transfer (the
// socket shut down by abort() usually ends that wait first).
int abortCheck(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool> *>(user)->load() ? 1 : 0;
}

void initCurlOnce()
{
    // curl_global_init is not thread-safe: once per process, before any use.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

// The sockets libcurl opens for the relay, so that abort() can shut them down
// from another thread. Under the mutex, so a number is never shut down after
// libcurl closed it (and the system may have given it to something else).
struct SmtpSender::Sockets
{
    std::mutex mutex;
    QSet<curl_socket_t> open;
    bool aborted = false;

    static curl_socket_t opened(void *user, curlsocktype, curl_sockaddr *address)
    {
        auto *self = static_cast<Sockets *>(user);
        std::lock_guard lock(self->mutex);
        if (self->aborted)
            return CURL_SOCKET_BAD;
        const curl_socket_t fd = ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
        if (fd != CURL_SOCKET_BAD)
            self->open.insert(fd);
        return fd;
    }

    static int closed(void *user, curl_socket_t fd)
    {
        auto *self = static_cast<Sockets *>(user);
        std::lock_guard lock(self->mutex);
        self->open.remove(fd);
        return ::close(fd);
    }

    void shutDown()
    {
        std::lock_guard lock(mutex);
        aborted = true;
        for (const curl_socket_t fd : std::as_const(open))
            ::shutdown(fd, SHUT_RDWR);
    }
};

SmtpSender::SmtpSender(MailSettings settings)
    : m_settings(std::move(settings))
    , m_sockets(std::make_unique<Sockets>())
{
    initCurlOnce();
    m_curl = curl_easy_init();
    m_multi = curl_multi_init();
}

SmtpSender::~SmtpSender()
{
    if (m_multi)
        curl_multi_cleanup(m_multi);
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

void SmtpSender::abort()
{
    m_aborted.store(true);
    // No answer will be read on this connection: any wait on it ends now.
    m_sockets->shutDown();
    // curl_multi_wakeup may be called from any thread: it ends curl_multi_poll.
    if (m_multi)
        curl_multi_wakeup(m_multi);
}

SmtpSender::Outcome SmtpSender::classify(int curlCode, long smtpCode)
{
    if (curlCode == CURLE_OK)
        return Outcome::Sent;
    // RFC 5321: these are about the mailbox or the message, not the relay.
    switch (smtpCode) {
    case 501: // syntax error in the address
    case 550: // mailbox unavailable
    case 551: // user not local
    case 552: // exceeded storage allocation
    case 553: // mailbox name not allowed
        return Outcome::Permanent;
    default:
        return Outcome::Transient;
    }
}

int SmtpSender::perform(CURL *curl)
{
    // curl_easy_perform would wait up to the SMTP timeout with no way in; the
    // multi handle's poll wakes on abort(). Its connection cache keeps the
    // relay's connection between messages as the easy handle did.
    if (curl_multi_add_handle(m_multi, curl) != CURLM_OK)
        return CURLE_FAILED_INIT;
    CURLcode result = CURLE_GOT_NOTHING; // until the transfer reports how it ended
    bool finished = false;
    while (!finished) {
        if (m_aborted.load()) {
            result = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        int running = 0;
        if (curl_multi_perform(m_multi, &running) != CURLM_OK) {
            result = CURLE_FAILED_INIT;
            break;
        }
        int left = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
            if (msg->msg == CURLMSG_DONE && msg->easy_handle == curl) {
                result = msg->data.result;
                finished = true;
            }
        }
        if (finished || running == 0)
            break;
        // Timeouts (connect, whole transfer) are the easy handle's own options;
        // the poll only needs to come back for the next step or a wake-up.
        if (curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr) != CURLM_OK) {
            result = CURLE_FAILED_INIT;
            break;
        }
    }
    curl_multi_remove_handle(m_multi, curl);
    return result;
}

SmtpSender::Attempt SmtpSender::send(const QString &recipient, const QByteArray &message)
{
    Attempt attempt;
    if (m_aborted.load()) {
        attempt.outcome = Outcome::Aborted;
        attempt.error = u"the server is stopping"_s;
        return attempt;
    }
    if (!m_curl || !m_multi) {
        attempt.error = u"libcurl could not start"_s;
        return attempt;
    }
    CURL *curl = m_curl;
    curl_easy_reset(curl);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_settings.smtpUrl.toUtf8();
    const QByteArray from = '<' + MimeMessage::envelopeAddress(m_settings.from).toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&message};

    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // a worker thread: no SIGALRM for timeouts
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(m_settings.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.smtpTimeoutSeconds));
    if (m_settings.startTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, abortCheck);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &m_aborted);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, &Sockets::opened);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, m_sockets.get());
    curl_easy_setopt(curl, CURLOPT_CLOSESOCKETFUNCTION, &Sockets::closed);
    curl_easy_setopt(curl, CURLOPT_CLOSESOCKETDATA, m_sockets.get());

    const auto result = CURLcode(perform(curl));
    if (result == CURLE_ABORTED_BY_CALLBACK) {
        curl_slist_free_all(recipients);
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
        attempt.outcome = Outcome::Aborted;
        attempt.error = u"the server is stopping"_s;
        return attempt;
    }
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(recipients);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);

    attempt.smtpCode = code;
    attempt.outcome = classify(int(result), code);
    if (result != CURLE_OK) {
        const QString detail =
            errorBuffer[0] ? QString::fromUtf8(errorBuffer).trimmed() : QString::fromUtf8(curl_easy_strerror(result));
        attempt.error = code > 0 ? u"SMTP %1: %2"_s.arg(code).arg(detail) : detail;
    }
    return attempt;
}

} // namespace k12::server
