#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace k12::server {

// The language of what families read: the portal's pages (context
// "k12::portal") and the mail (context "k12::mail"). A server answers many
// guardians in different languages at once, so nothing is installed on the
// application: every string is translated for the language asked, from the
// translations embedded in k12_server (translations/k12_server_es.ts,
// k12_server_fr.ts, and k12_server_en.ts for the English plural forms).
//
// Mark strings with QT_TRANSLATE_NOOP("k12::portal", "...") so lupdate finds
// them, then translate with FamilyText::translate(language, context, source).
class FamilyText
{
public:
    // The languages families can choose.
    static constexpr const char *kEnglish = "en";
    static constexpr const char *kSpanish = "es";
    static constexpr const char *kFrench = "fr";

    // "es", "es-MX", "ES_us" -> "es"; "fr", "fr-CA" -> "fr"; anything else
    // (empty included) -> "en".
    static QString language(const QString &tag);
    // The first language of an Accept-Language header we have, by q-value;
    // "en" when none is.
    static QString fromAcceptLanguage(const QByteArray &header);
    // Dates and numbers for a language ("es" -> Spanish (United States), so
    // decimals keep the point families see on the teacher's reports; "fr" ->
    // French (France): a decimal comma, as French readers expect).
    static QLocale locale(const QString &language);

    // `source` in `language` (as language() maps it). With n >= 0, %n is
    // replaced by n and %Ln by n in the language's locale, and the plural
    // form for n is chosen. An untranslated string comes back as written.
    static QString translate(const QString &language, const char *context, const char *source, int n = -1);
};

} // namespace k12::server
