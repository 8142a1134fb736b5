#include "SmtpSender.h"

#include "MimeMessage.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

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

void initCurlOnce()
{
    // curl_global_init is not thread-safe: once per process, before any use.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

SmtpSender::SmtpSender(MailSettings settings)
    : m_settings(std::move(settings))
{
    initCurlOnce();
    m_curl = curl_easy_init();
}

SmtpSender::~SmtpSender()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
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

SmtpSender::Attempt SmtpSender::send(const QString &recipient, const QByteArray &message)
{
    Attempt attempt;
    if (!m_curl) {
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

    const CURLcode result = curl_easy_perform(curl);
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
