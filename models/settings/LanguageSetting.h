#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace k12 {

// The language the teacher chose in Settings > Language, kept in the profile's
// settings file (k12-teacher.ini, [ui] language). Empty means "follow the
// system". Read once at start, before any translator is installed: a change
// applies at the next start (the dialog says so), because widgets built with
// one translator would otherwise show two languages side by side.
class LanguageSetting
{
public:
    // The codes a teacher may choose, "" (the system's language) first.
    static QStringList choices();
    // The stored choice; "" when none is stored or it names no language we ship.
    static QString load(const QString &profileDir);
    static void save(const QString &profileDir, const QString &language);
    // The locale the app runs in for a choice: the system's for "", else the
    // language's own (fr -> fr_FR: decimal comma, French dates).
    static QLocale localeFor(const QString &language);
    // The language's name in itself ("Español"), for the list of choices.
    static QString nativeName(const QString &language);
};

} // namespace k12
