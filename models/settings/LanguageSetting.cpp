#include "LanguageSetting.h"

#include <QDir>
#include <QFileDevice>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const QString key = u"ui/language"_s;

QString iniPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(u"k12-teacher.ini"_s);
}

} // namespace

QStringList LanguageSetting::choices()
{
    return {QString(), u"en"_s, u"es"_s, u"fr"_s};
}

QString LanguageSetting::load(const QString &profileDir)
{
    const QSettings s(iniPath(profileDir), QSettings::IniFormat);
    const QString value = s.value(key).toString().trimmed().toLower();
    // A hand-edited "de" or "french" is not an error at start: the system's language applies.
    return choices().contains(value) ? value : QString();
}

void LanguageSetting::save(const QString &profileDir, const QString &language)
{
    QSettings s(iniPath(profileDir), QSettings::IniFormat);
    if (language.isEmpty())
        s.remove(key);
    else
        s.setValue(key, language);
    s.sync();
    QFile::setPermissions(iniPath(profileDir), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QLocale LanguageSetting::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString LanguageSetting::nativeName(const QString &language)
{
    if (language == u"en"_s)
        return u"English"_s;
    if (language == u"es"_s)
        return u"Español"_s;
    if (language == u"fr"_s)
        return u"Français"_s;
    return language;
}

} // namespace k12
