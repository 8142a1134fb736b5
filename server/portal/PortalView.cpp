#include "PortalView.h"

#include "PortalStrings.h"

#include <QFile>
#include <QHash>

#include <mutex>

namespace k12::server {

namespace {

// The templates, read once from the resources and shared by every worker.
const QHash<QString, std::string> &templates()
{
    static QHash<QString, std::string> loaded;
    static std::once_flag once;
    std::call_once(once, [] {
        for (const char *name :
             {"layout", "sign_in", "accept", "home", "report", "settings", "message", "unsubscribe"}) {
            QFile file(QStringLiteral(":/portal/templates/%1.mustache").arg(QLatin1String(name)));
            if (file.open(QIODevice::ReadOnly))
                loaded.insert(QLatin1String(name), file.readAll().toStdString());
        }
    });
    return loaded;
}

} // namespace

QByteArray PortalView::contentSecurityPolicy()
{
    return QByteArrayLiteral("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                             "frame-ancestors 'none'; base-uri 'none'");
}

void PortalView::secure(HttpResponse &response)
{
    response.headers.append(qMakePair(QByteArray("Content-Security-Policy"), contentSecurityPolicy()));
    response.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    response.headers.append(qMakePair(QByteArray("Referrer-Policy"), QByteArray("no-referrer")));
    response.headers.append(qMakePair(QByteArray("X-Frame-Options"), QByteArray("DENY")));
    response.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
}

HttpResponse PortalView::page(const char *templateName, const QString &title, mstch::map context, const Chrome &chrome,
                              int status)
{
    const QHash<QString, std::string> &all = templates();
    mstch::map strings = PortalStrings::all(chrome.language);
    context.insert(strings.begin(), strings.end());
    context.emplace("lang", s(chrome.language));
    context.emplace("lang_en", chrome.language == QLatin1String("en"));
    context.emplace("lang_es", chrome.language == QLatin1String("es"));
    context.emplace("lang_fr", chrome.language == QLatin1String("fr"));
    context.emplace("title", s(title));
    context.emplace("signed_in", chrome.signedIn);
    context.emplace("csrf", s(chrome.csrf));
    context.emplace("back", s(chrome.back));
    context.emplace("switch_en", s(chrome.switchToEn));
    context.emplace("switch_es", s(chrome.switchToEs));
    context.emplace("switch_fr", s(chrome.switchToFr));
    const std::string body = mstch::render(all.value(QStringLiteral("layout")), context,
                                           {{"content", all.value(QLatin1String(templateName))}});
    HttpResponse r = HttpResponse::html(QByteArray::fromStdString(body), status);
    secure(r);
    return r;
}

HttpResponse PortalView::redirect(const QString &location)
{
    HttpResponse r = HttpResponse::html(QByteArray(), 303);
    r.headers.append({"Location", location.toLatin1()});
    secure(r);
    return r;
}

HttpResponse PortalView::stylesheet()
{
    static const QByteArray css = [] {
        QFile file(QStringLiteral(":/portal/static/portal.css"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    HttpResponse r;
    r.status = 200;
    r.contentType = QByteArrayLiteral("text/css; charset=utf-8");
    r.body = css;
    r.headers.append(qMakePair(QByteArray("Content-Security-Policy"), contentSecurityPolicy()));
    r.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    r.headers.append(qMakePair(QByteArray("Referrer-Policy"), QByteArray("no-referrer")));
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("public, max-age=3600")));
    return r;
}

} // namespace k12::server
