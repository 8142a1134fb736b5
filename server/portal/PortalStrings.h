#pragma once

#include <QString>

#include <mstch/mstch.hpp>

namespace k12::server {

// Every fixed text of the portal's pages, marked for lupdate in context
// "k12::portal" and translated per request with FamilyText.
class PortalStrings
{
public:
    static constexpr const char *kContext = "k12::portal";

    // The text of `key` in `language`; an unknown key is a programming error
    // and comes back as the key itself (visible in tests).
    static QString text(const QString &language, const char *key);
    // A text with a plural form ("%n second(s)").
    static QString plural(const QString &language, const char *key, int n);
    // Every text as "t_<key>" for a template.
    static mstch::map all(const QString &language);
};

} // namespace k12::server
