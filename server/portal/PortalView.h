#pragma once

#include "server/http/HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <mstch/mstch.hpp>

namespace k12::server {

// Renders the portal's pages: a page template (server/portal/templates,
// embedded under :/portal/templates) inside the layout, with every fixed text
// in the reader's language. Data only ever reaches the HTML through `{{x}}`,
// which mstch escapes; no page is put together by concatenating strings.
// Every answer carries the portal's security headers.
class PortalView
{
public:
    // The page's frame: who reads it and how to switch its language.
    struct Chrome
    {
        QString language = QStringLiteral("en");
        bool signedIn = false;
        QString csrf;       // the session's token (signed in) for the header's forms
        QString back;       // this page's path and query, for the language switch
        QString switchToEn; // signed out: links that show this page in a language
        QString switchToEs;
        QString switchToFr;
    };

    static HttpResponse page(const char *templateName, const QString &title, mstch::map context, const Chrome &chrome,
                             int status = 200);
    // 303 See Other to a path of the portal.
    static HttpResponse redirect(const QString &location);
    // The portal's headers: CSP, nosniff, no referrer, no framing, no caching.
    static void secure(HttpResponse &response);
    static QByteArray contentSecurityPolicy();
    // The stylesheet (/portal/static/portal.css), cacheable.
    static HttpResponse stylesheet();

    static std::string s(const QString &text) { return text.toStdString(); }
};

} // namespace k12::server
