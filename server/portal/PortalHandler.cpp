#include "PortalHandler.h"

#include "PortalAccounts.h"
#include "PortalInput.h"
#include "PortalPages.h"
#include "PortalSessions.h"
#include "PortalStrings.h"
#include "server/ServerLog.h"
#include "server/auth/Tokens.h"
#include "server/families/FamilyReports.h"
#include "server/families/FamilyText.h"
#include "server/http/WorkerContext.h"
#include "server/store/Database.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

struct PortalHandler::Visit
{
    const HttpRequest &request;
    WorkerContext &context;
    Database &db;
    QHash<QString, QString> form;
    QString sessionToken;
    std::optional<PortalSessions::Session> session;
    QString language;
    QList<QByteArray> setCookies;

    bool post() const { return request.method == "POST"; }
    QString param(const QString &name) const
    {
        return post() && form.contains(name) ? form.value(name)
                                             : request.query.queryItemValue(name, QUrl::FullyDecoded);
    }
};

namespace {

QString withLanguage(const HttpRequest &request, const QString &language)
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(u"lang"_s);
    query.addQueryItem(u"lang"_s, language);
    return request.path + u'?' + query.toString(QUrl::FullyEncoded);
}

QString here(const HttpRequest &request)
{
    const QString query = request.query.toString(QUrl::FullyEncoded);
    return query.isEmpty() ? request.path : request.path + u'?' + query;
}

// Where the language switch may send back to: a path of the portal, nothing else.
QString safeBack(const QString &back)
{
    if (!back.startsWith(u"/portal/"_s) || back.contains(u"//"_s) || back.contains(u'\\') || back.size() > 512)
        return u"/portal/"_s;
    for (const QChar c : back) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return u"/portal/"_s;
    }
    return back;
}

} // namespace

bool PortalHandler::isPortal(const QString &path)
{
    return path == u"/portal"_s || path.startsWith(u"/portal/"_s);
}

std::optional<HttpResponse> PortalHandler::staticFile(const HttpRequest &request)
{
    if (request.path != u"/portal/static/portal.css"_s || (request.method != "GET" && request.method != "HEAD"))
        return std::nullopt;
    return PortalView::stylesheet();
}

bool PortalHandler::checksPassword(const HttpRequest &request)
{
    return request.method == "POST" && (request.path == u"/portal/sign-in"_s || request.path == u"/portal/accept"_s ||
                                        request.path == u"/portal/password"_s);
}

HttpResponse PortalHandler::refused(const HttpRequest &request, int status, int retryAfter)
{
    PortalView::Chrome chrome;
    chrome.language = FamilyText::fromAcceptLanguage(request.acceptLanguage);
    const QString text = PortalStrings::plural(chrome.language, "busy", retryAfter);
    mstch::map map{{"heading", PortalView::s(PortalStrings::text(chrome.language, "error_title"))},
                   {"text", PortalView::s(text)}};
    chrome.switchToEn = u"/portal/?lang=en"_s;
    chrome.switchToEs = u"/portal/?lang=es"_s;
    chrome.switchToFr = u"/portal/?lang=fr"_s;
    HttpResponse r =
        PortalView::page("message", PortalStrings::text(chrome.language, "error_title"), map, chrome, status);
    return r.withRetryAfter(retryAfter);
}

QByteArray PortalHandler::cookie(const Visit &visit, const char *name, const QString &value, qint64 maxAgeSeconds) const
{
    QByteArray out = QByteArray(name) + '=' + value.toLatin1() + "; Path=/portal/; HttpOnly; SameSite=Strict";
    if (m_settings.secureCookies || visit.request.forwardedHttps)
        out += "; Secure";
    if (maxAgeSeconds >= 0)
        out += "; Max-Age=" + QByteArray::number(maxAgeSeconds);
    return out;
}

HttpResponse PortalHandler::handle(const HttpRequest &request, WorkerContext *context) const
{
    if (!context)
        return refused(request, 503, 5);
    Visit visit{request, *context, *context->db, {}, {}, {}, {}, {}};
    if (visit.post())
        visit.form = PortalInput::parseForm(request.body);
    visit.sessionToken = PortalInput::cookie(request.cookie, kSessionCookie);
    PortalSessions sessions(visit.db, m_settings.sessionIdleMs);
    Result<std::optional<PortalSessions::Session>> session = sessions.find(visit.sessionToken);
    if (!session)
        return finish(visit, failure(visit, session.error()));
    visit.session = *session;
    // The account's language; signed out: a choice made on the page, else the browser's.
    const QString chosen = request.query.queryItemValue(u"lang"_s);
    if (visit.session) {
        visit.language = FamilyText::language(visit.session->language);
    } else if (chosen == u"en"_s || chosen == u"es"_s || chosen == u"fr"_s) {
        visit.language = chosen;
        visit.setCookies.append(cookie(visit, kLanguageCookie, chosen, 365LL * 24 * 3600));
    } else if (const QString kept = PortalInput::cookie(request.cookie, kLanguageCookie); !kept.isEmpty()) {
        visit.language = FamilyText::language(kept);
    } else {
        visit.language = FamilyText::fromAcceptLanguage(request.acceptLanguage);
    }
    return finish(visit, route(visit));
}

HttpResponse PortalHandler::route(Visit &visit) const
{
    const QString &path = visit.request.path;
    const QByteArray &method = visit.request.method;
    if (method != "GET" && method != "POST") {
        HttpResponse r = message(visit, 405, PortalStrings::text(visit.language, "not_found_title"),
                                 PortalStrings::text(visit.language, "not_found"));
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD, POST")));
        return r;
    }
    const bool get = method == "GET";
    if (path == u"/portal"_s || path == u"/portal/"_s)
        return get ? home(visit) : notFound(visit);
    if (path == u"/portal/sign-in"_s)
        return get ? signInPage(visit) : signIn(visit);
    if (path == u"/portal/sign-out"_s && !get)
        return signOut(visit);
    if (path == u"/portal/accept"_s)
        return get ? acceptPage(visit, visit.request.query.queryItemValue(u"token"_s)) : accept(visit);
    if (path == u"/portal/report"_s && get)
        return report(visit);
    if (path == u"/portal/settings"_s)
        return get ? settingsPage(visit) : saveSettings(visit);
    if (path == u"/portal/password"_s && !get)
        return changePassword(visit);
    if (path == u"/portal/language"_s && !get)
        return switchLanguage(visit);
    if (path == u"/portal/unsubscribe"_s)
        return unsubscribe(visit);
    return notFound(visit);
}

HttpResponse PortalHandler::finish(Visit &visit, HttpResponse response) const
{
    for (const QByteArray &c : std::as_const(visit.setCookies))
        response.headers.append({"Set-Cookie", c});
    if (visit.session)
        response.teacherId = u"portal:"_s + visit.session->accountId; // the request log's account column
    return response;
}

// --- pages -----------------------------------------------------------------

namespace {

// neutral: the page must not depend on the URL asked (a 404 for an unknown id
// and for another family's id are the same bytes), so its links go home.
PortalView::Chrome chromeOf(const HttpRequest &request, const QString &language,
                            const std::optional<PortalSessions::Session> &session, bool neutral = false)
{
    PortalView::Chrome chrome;
    chrome.language = language;
    chrome.signedIn = session.has_value();
    chrome.csrf = session ? session->csrfToken : QString();
    chrome.back = neutral ? u"/portal/"_s : here(request);
    chrome.switchToEn = neutral ? u"/portal/?lang=en"_s : withLanguage(request, u"en"_s);
    chrome.switchToEs = neutral ? u"/portal/?lang=es"_s : withLanguage(request, u"es"_s);
    chrome.switchToFr = neutral ? u"/portal/?lang=fr"_s : withLanguage(request, u"fr"_s);
    return chrome;
}

} // namespace

HttpResponse PortalHandler::message(Visit &visit, int status, const QString &heading, const QString &text,
                                    const QString &link, const QString &linkText) const
{
    mstch::map map{{"heading", PortalView::s(heading)}, {"text", PortalView::s(text)}};
    if (!link.isEmpty()) {
        map.emplace("link", PortalView::s(link));
        map.emplace("link_text", PortalView::s(linkText));
    }
    return PortalView::page("message", heading, map, chromeOf(visit.request, visit.language, visit.session, true),
                            status);
}

HttpResponse PortalHandler::notFound(Visit &visit) const
{
    const QString &l = visit.language;
    return message(visit, 404, PortalStrings::text(l, "not_found_title"), PortalStrings::text(l, "not_found"),
                   u"/portal/"_s, PortalStrings::text(l, "back_home"));
}

HttpResponse PortalHandler::forbidden(Visit &visit) const
{
    const QString &l = visit.language;
    return message(visit, 403, PortalStrings::text(l, "forbidden_title"), PortalStrings::text(l, "forbidden"),
                   u"/portal/"_s, PortalStrings::text(l, "back_home"));
}

HttpResponse PortalHandler::failure(Visit &visit, const QString &error) const
{
    // The first line only: driver texts can quote values.
    serverLog()->error("portal request {}: {}", visit.request.requestId.toStdString(),
                       error.section(u'\n', 0, 0).toStdString());
    if (!visit.db.connection().isOpen() || error.contains(u"connection"_s, Qt::CaseInsensitive) ||
        !Database::isTransient(error))
        visit.context.broken = true;
    const QString &l = visit.language;
    return message(visit, Database::isTransient(error) ? 503 : 500, PortalStrings::text(l, "error_title"),
                   PortalStrings::text(l, "error"));
}

HttpResponse PortalHandler::startSession(Visit &visit, const QString &accountId) const
{
    PortalSessions sessions(visit.db, m_settings.sessionIdleMs);
    Result<PortalSessions::Created> created = sessions.create(accountId);
    if (!created)
        return failure(visit, created.error());
    if (!visit.sessionToken.isEmpty()) // a session this browser had before is over
        (void)sessions.end(visit.sessionToken);
    visit.setCookies.append(cookie(visit, kSessionCookie, created->token));
    visit.setCookies.append(cookie(visit, kPreSessionCookie, QString(), 0));
    visit.setCookies.append(cookie(visit, kLanguageCookie, QString(), 0));
    return PortalView::redirect(u"/portal/"_s);
}

// The pre-session CSRF token (double submit): the browser's cookie, or a new one.
static QString preSessionToken(const HttpRequest &request, QList<QByteArray> *setCookies,
                               const std::function<QByteArray(const QString &)> &makeCookie)
{
    QString token = PortalInput::cookie(request.cookie, PortalHandler::kPreSessionCookie);
    if (token.size() < 32) {
        token = Tokens::generate();
        setCookies->append(makeCookie(token));
    }
    return token;
}

HttpResponse PortalHandler::signInPage(Visit &visit, const QString &error, const QString &notice, int status) const
{
    if (visit.session)
        return PortalView::redirect(u"/portal/"_s);
    const QString csrf = preSessionToken(visit.request, &visit.setCookies,
                                         [&](const QString &t) { return cookie(visit, kPreSessionCookie, t); });
    mstch::map map{{"form_csrf", PortalView::s(csrf)}};
    if (!error.isEmpty())
        map.emplace("error", PortalView::s(error));
    if (!notice.isEmpty())
        map.emplace("notice", PortalView::s(notice));
    return PortalView::page("sign_in", PortalStrings::text(visit.language, "sign_in"), map,
                            chromeOf(visit.request, visit.language, visit.session), status);
}

HttpResponse PortalHandler::signIn(Visit &visit) const
{
    if (!PortalInput::sameSecret(visit.form.value(u"csrf"_s),
                                 PortalInput::cookie(visit.request.cookie, kPreSessionCookie)))
        return forbidden(visit);
    PortalAccounts accounts(visit.db, m_settings);
    Result<PortalAccounts::Answer> answer =
        accounts.signIn(visit.form.value(u"email"_s), visit.form.value(u"password"_s), visit.request.peerAddress);
    if (!answer)
        return failure(visit, answer.error());
    switch (answer->outcome) {
    case PortalAccounts::Outcome::Ok:
        return startSession(visit, answer->accountId);
    case PortalAccounts::Outcome::Throttled:
        return signInPage(visit, PortalStrings::plural(visit.language, "throttled", answer->retryAfter), {}, 429)
            .withRetryAfter(answer->retryAfter);
    default:
        return signInPage(visit, PortalStrings::text(visit.language, "wrong_credentials"));
    }
}

HttpResponse PortalHandler::signOut(Visit &visit) const
{
    if (!visit.session)
        return PortalView::redirect(u"/portal/sign-in"_s);
    if (!PortalInput::sameSecret(visit.form.value(u"csrf"_s), visit.session->csrfToken))
        return forbidden(visit);
    PortalSessions sessions(visit.db, m_settings.sessionIdleMs);
    if (Status s = sessions.end(visit.sessionToken); !s)
        return failure(visit, s.error());
    serverLog()->info("portal account {} signed out", visit.session->accountId.toStdString());
    visit.setCookies.append(cookie(visit, kSessionCookie, QString(), 0));
    visit.session.reset();
    return signInPage(visit, {}, PortalStrings::text(visit.language, "signed_out"));
}

HttpResponse PortalHandler::acceptPage(Visit &visit, const QString &token, const QString &error, int status) const
{
    PortalAccounts accounts(visit.db, m_settings);
    Result<PortalAccounts::Invite> invite = accounts.invite(token);
    if (!invite)
        return failure(visit, invite.error());
    const QString csrf = preSessionToken(visit.request, &visit.setCookies,
                                         [&](const QString &t) { return cookie(visit, kPreSessionCookie, t); });
    mstch::map map{{"form_csrf", PortalView::s(csrf)}, {"valid", invite->valid}};
    if (invite->valid) {
        map.emplace("token", PortalView::s(token));
        map.emplace("email", PortalView::s(invite->email));
        map.emplace("has_account", invite->hasAccount);
        if (!error.isEmpty())
            map.emplace("error", PortalView::s(error));
    }
    return PortalView::page("accept", PortalStrings::text(visit.language, "invite_title"), map,
                            chromeOf(visit.request, visit.language, visit.session), status);
}

HttpResponse PortalHandler::accept(Visit &visit) const
{
    if (!PortalInput::sameSecret(visit.form.value(u"csrf"_s),
                                 PortalInput::cookie(visit.request.cookie, kPreSessionCookie)))
        return forbidden(visit);
    const QString token = visit.form.value(u"token"_s);
    PortalAccounts accounts(visit.db, m_settings);
    Result<PortalAccounts::Invite> invite = accounts.invite(token);
    if (!invite)
        return failure(visit, invite.error());
    if (!invite->valid)
        return acceptPage(visit, token);
    const QString password = visit.form.value(u"password"_s);
    Result<PortalAccounts::Answer> answer =
        invite->hasAccount
            ? accounts.acceptWithSignIn(token, password, visit.request.peerAddress)
            : accounts.acceptWithNewPassword(token, password, visit.form.value(u"confirm"_s), visit.language);
    if (!answer)
        return failure(visit, answer.error());
    const QString &l = visit.language;
    switch (answer->outcome) {
    case PortalAccounts::Outcome::Ok:
        return startSession(visit, answer->accountId);
    case PortalAccounts::Outcome::Throttled:
        return acceptPage(visit, token, PortalStrings::plural(l, "throttled", answer->retryAfter), 429)
            .withRetryAfter(answer->retryAfter);
    case PortalAccounts::Outcome::WrongCredentials:
        return acceptPage(visit, token, PortalStrings::text(l, "wrong_credentials"));
    case PortalAccounts::Outcome::WeakPassword:
        return acceptPage(visit, token, PortalStrings::text(l, "weak_password"), 200);
    case PortalAccounts::Outcome::Mismatch:
        return acceptPage(visit, token, PortalStrings::text(l, "mismatch"), 200);
    case PortalAccounts::Outcome::InvalidInvite:
        break;
    }
    return acceptPage(visit, QString());
}

HttpResponse PortalHandler::home(Visit &visit) const
{
    if (!visit.session)
        return PortalView::redirect(u"/portal/sign-in"_s);
    FamilyReports reports(visit.db);
    Result<QList<FamilyStudent>> students = reports.studentsOf(visit.session->accountId);
    if (!students)
        return failure(visit, students.error());
    return PortalView::page("home", PortalStrings::text(visit.language, "your_students"), PortalPages::home(*students),
                            chromeOf(visit.request, visit.language, visit.session));
}

HttpResponse PortalHandler::report(Visit &visit) const
{
    if (!visit.session)
        return PortalView::redirect(u"/portal/sign-in"_s);
    const QString studentId = visit.request.query.queryItemValue(u"student"_s);
    const QString classId = visit.request.query.queryItemValue(u"class"_s);
    const QString periodId = visit.request.query.queryItemValue(u"period"_s);
    // Unknown ids and ids of other families take the same path to the same page.
    FamilyReports reports(visit.db);
    Result<std::optional<ProgressReport>> found = reports.report(visit.session->accountId, studentId, classId);
    if (!found)
        return failure(visit, found.error());
    if (!*found)
        return notFound(visit);
    // The class's periods, for the choice (only once the pair is known visible).
    QList<PortalPages::Period> periods;
    QSqlQuery *q = visit.db.prepared(u"SELECT \"id\", \"name\" FROM \"grading_period\" WHERE \"class_id\" = ? AND "
                                     "\"deleted\" = 0 ORDER BY \"start_date\", \"name\""_s);
    q->bindValue(0, classId);
    if (Status s = visit.db.run(q, u"reading grading periods"_s); !s)
        return failure(visit, s.error());
    while (q->next())
        periods.append({q->value(0).toString(), q->value(1).toString()});
    q->finish();
    if (!periodId.isEmpty()) {
        const bool known = std::any_of(periods.cbegin(), periods.cend(),
                                       [&](const PortalPages::Period &p) { return p.id == periodId; });
        if (!known)
            return notFound(visit);
        found = reports.report(visit.session->accountId, studentId, classId, periodId);
        if (!found)
            return failure(visit, found.error());
        if (!*found)
            return notFound(visit);
    }
    FamilyClass klass{classId, {}, {}, {}};
    Result<QList<FamilyStudent>> students = reports.studentsOf(visit.session->accountId);
    if (!students)
        return failure(visit, students.error());
    for (const FamilyStudent &student : std::as_const(*students)) {
        for (const FamilyClass &c : student.classes) {
            if (student.studentId == studentId && c.classId == classId)
                klass = c;
        }
    }
    ProgressReport r = **found;
    r.language = visit.language;
    return PortalView::page("report", r.displayName() + u" · "_s + (r.className.isEmpty() ? klass.name : r.className),
                            PortalPages::report(r, klass, periods, periodId, visit.language),
                            chromeOf(visit.request, visit.language, visit.session));
}

HttpResponse PortalHandler::settingsPage(Visit &visit, const QString &notice, const QString &error, int status) const
{
    if (!visit.session)
        return PortalView::redirect(u"/portal/sign-in"_s);
    const PortalSessions::Session &s = *visit.session;
    mstch::map map{{"email", PortalView::s(s.email)},
                   {"pref_en", FamilyText::language(s.language) == u"en"_s},
                   {"pref_es", FamilyText::language(s.language) == u"es"_s},
                   {"pref_fr", FamilyText::language(s.language) == u"fr"_s},
                   {"digest", s.digest}};
    if (!notice.isEmpty())
        map.emplace("notice", PortalView::s(notice));
    if (!error.isEmpty())
        map.emplace("error", PortalView::s(error));
    return PortalView::page("settings", PortalStrings::text(visit.language, "settings"), map,
                            chromeOf(visit.request, visit.language, visit.session), status);
}

HttpResponse PortalHandler::saveSettings(Visit &visit) const
{
    if (!visit.session)
        return PortalView::redirect(u"/portal/sign-in"_s);
    if (!PortalInput::sameSecret(visit.form.value(u"csrf"_s), visit.session->csrfToken))
        return forbidden(visit);
    const QString language = FamilyText::language(visit.form.value(u"language"_s));
    const bool digest = visit.form.value(u"digest"_s) == u"1"_s;
    PortalAccounts accounts(visit.db, m_settings);
    if (Status s = accounts.setPreferences(visit.session->accountId, language, digest); !s)
        return failure(visit, s.error());
    visit.session->language = language;
    visit.session->digest = digest;
    visit.language = language;
    return settingsPage(visit, PortalStrings::text(language, "saved"));
}

HttpResponse PortalHandler::changePassword(Visit &visit) const
{
    if (!visit.session)
        return PortalView::redirect(u"/portal/sign-in"_s);
    if (!PortalInput::sameSecret(visit.form.value(u"csrf"_s), visit.session->csrfToken))
        return forbidden(visit);
    PortalAccounts accounts(visit.db, m_settings);
    Result<PortalAccounts::Answer> answer = accounts.changePassword(
        visit.session->accountId, visit.form.value(u"current"_s), visit.form.value(u"password"_s),
        visit.form.value(u"confirm"_s), visit.request.peerAddress);
    if (!answer)
        return failure(visit, answer.error());
    const QString &l = visit.language;
    switch (answer->outcome) {
    case PortalAccounts::Outcome::Ok: {
        PortalSessions sessions(visit.db, m_settings.sessionIdleMs);
        if (Status s = sessions.endOthers(visit.session->accountId, visit.sessionToken); !s)
            return failure(visit, s.error());
        return settingsPage(visit, PortalStrings::text(l, "password_changed"));
    }
    case PortalAccounts::Outcome::Throttled:
        return settingsPage(visit, {}, PortalStrings::plural(l, "throttled", answer->retryAfter), 429)
            .withRetryAfter(answer->retryAfter);
    case PortalAccounts::Outcome::WeakPassword:
        return settingsPage(visit, {}, PortalStrings::text(l, "weak_password"), 200);
    case PortalAccounts::Outcome::Mismatch:
        return settingsPage(visit, {}, PortalStrings::text(l, "mismatch"), 200);
    default:
        return settingsPage(visit, {}, PortalStrings::text(l, "wrong_credentials"));
    }
}

HttpResponse PortalHandler::switchLanguage(Visit &visit) const
{
    if (!visit.session)
        return PortalView::redirect(u"/portal/sign-in"_s);
    if (!PortalInput::sameSecret(visit.form.value(u"csrf"_s), visit.session->csrfToken))
        return forbidden(visit);
    PortalAccounts accounts(visit.db, m_settings);
    if (Status s =
            accounts.setPreferences(visit.session->accountId, visit.form.value(u"lang"_s), visit.session->digest);
        !s)
        return failure(visit, s.error());
    return PortalView::redirect(safeBack(visit.form.value(u"back"_s)));
}

HttpResponse PortalHandler::unsubscribe(Visit &visit) const
{
    // No session, no CSRF: the link alone says which address (RFC 8058
    // one-click POSTs "List-Unsubscribe=One-Click" to the same URL).
    const QString token = visit.param(u"token"_s);
    PortalAccounts accounts(visit.db, m_settings);
    mstch::map map{{"token", PortalView::s(token)}};
    if (visit.post()) {
        Result<bool> done = accounts.unsubscribe(token);
        if (!done)
            return failure(visit, done.error());
        map.emplace("done", *done);
        map.emplace("valid", *done);
        if (*done)
            serverLog()->info("an address unsubscribed through the portal");
    } else {
        Result<bool> known = accounts.knowsUnsubscribeToken(token);
        if (!known)
            return failure(visit, known.error());
        map.emplace("done", false);
        map.emplace("valid", *known);
    }
    return PortalView::page("unsubscribe", PortalStrings::text(visit.language, "unsubscribe_title"), map,
                            chromeOf(visit.request, visit.language, visit.session));
}

} // namespace k12::server
