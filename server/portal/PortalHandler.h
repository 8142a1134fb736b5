#pragma once

#include "PortalSettings.h"
#include "PortalView.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <optional>

namespace k12::server {

struct WorkerContext;
class Database;

// The family portal's routes (README "Families"), run on a worker thread:
//   GET  /portal/                 home: linked students and their classes
//   GET  /portal/sign-in, POST    sign in (pre-session CSRF cookie)
//   POST /portal/sign-out
//   GET  /portal/accept?token=T, POST   accept an invitation (contract 2)
//   GET  /portal/report?student=S&class=C[&period=P]   a class report
//   GET  /portal/settings, POST   language and weekly digest
//   POST /portal/password         change the password
//   POST /portal/language         the language switch of a signed-in page
//   GET  /portal/unsubscribe?token=U, POST   (contract 3; no sign-in)
// /portal/static/portal.css is answered by staticFile() on the network thread.
// Every POST but unsubscribe checks a CSRF token; ids a session may not see
// get the very page an unknown id gets.
class PortalHandler
{
public:
    static constexpr const char *kSessionCookie = "k12_portal";
    static constexpr const char *kPreSessionCookie = "k12_portal_pre";
    static constexpr const char *kLanguageCookie = "k12_portal_lang";

    explicit PortalHandler(PortalSettings settings)
        : m_settings(settings)
    {}

    HttpResponse handle(const HttpRequest &request, WorkerContext *context) const;

    static bool isPortal(const QString &path);
    // The stylesheet, or nullopt for every other path.
    static std::optional<HttpResponse> staticFile(const HttpRequest &request);
    // Requests that check a password (PBKDF2): run on the sign-in threads.
    static bool checksPassword(const HttpRequest &request);
    // A 429/503 page when the server refuses before any worker runs.
    static HttpResponse refused(const HttpRequest &request, int status, int retryAfter);

private:
    struct Visit;

    HttpResponse route(Visit &visit) const;
    HttpResponse signInPage(Visit &visit, const QString &error = {}, const QString &notice = {},
                            int status = 200) const;
    HttpResponse signIn(Visit &visit) const;
    HttpResponse signOut(Visit &visit) const;
    HttpResponse acceptPage(Visit &visit, const QString &token, const QString &error = {}, int status = 200) const;
    HttpResponse accept(Visit &visit) const;
    HttpResponse home(Visit &visit) const;
    HttpResponse report(Visit &visit) const;
    HttpResponse settingsPage(Visit &visit, const QString &notice = {}, const QString &error = {},
                              int status = 200) const;
    HttpResponse saveSettings(Visit &visit) const;
    HttpResponse changePassword(Visit &visit) const;
    HttpResponse switchLanguage(Visit &visit) const;
    HttpResponse unsubscribe(Visit &visit) const;

    HttpResponse notFound(Visit &visit) const;
    HttpResponse forbidden(Visit &visit) const;
    HttpResponse failure(Visit &visit, const QString &error) const;
    HttpResponse message(Visit &visit, int status, const QString &heading, const QString &text,
                         const QString &link = {}, const QString &linkText = {}) const;
    // Signs the account in: a new session, its cookie, the pre-session cookie gone.
    HttpResponse startSession(Visit &visit, const QString &accountId) const;
    HttpResponse finish(Visit &visit, HttpResponse response) const;

    QByteArray cookie(const Visit &visit, const char *name, const QString &value, qint64 maxAgeSeconds = -1) const;

    PortalSettings m_settings;
};

} // namespace k12::server
