#include "ReportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QMutex pathsLock;
QStringList &extraPaths()
{
    static QStringList paths;
    return paths;
}

// Where k12_teacher_<lang>.qm may be: the app's resources, then the program's folder, then added paths.
QStringList searchPaths()
{
    QStringList paths{u":/i18n"_s};
    if (QCoreApplication::instance())
        paths << QCoreApplication::applicationDirPath();
    const QMutexLocker lock(&pathsLock);
    return paths + extraPaths();
}

QString qmFile(const QString &language)
{
    if (language.isEmpty() || language.contains(u'/') || language.contains(u'.'))
        return {};
    for (const QString &dir : searchPaths()) {
        const QString path = QDir(dir).filePath(u"k12_teacher_"_s + language + u".qm"_s);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

// "es-MX", "es_MX", "Español"? Only the language code counts: "es".
QString baseLanguage(const QString &language)
{
    return language.trimmed().toLower().section(u'-', 0, 0).section(u'_', 0, 0);
}

} // namespace

ReportText::ReportText(const QString &language)
    : m_language(u"en"_s)
{
    const QString base = baseLanguage(language);
    const QString want = hasTranslation(base) ? base : u"en"_s;
    // English is a translation too: it holds the plural forms ("1 school day", "2 school days").
    auto translator = std::make_unique<QTranslator>();
    const QString file = qmFile(want);
    if (!file.isEmpty() && translator->load(file)) {
        m_translator = std::move(translator);
        m_language = want;
    }
}

ReportText::~ReportText() = default;
ReportText::ReportText(ReportText &&) noexcept = default;
ReportText &ReportText::operator=(ReportText &&) noexcept = default;

QString ReportText::text(const char *source, int n) const
{
    QString s = m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (s.isEmpty()) {
        s = QString::fromUtf8(source);
        if (n >= 0)
            s.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    }
    if (n >= 0)
        s.replace(u"%n"_s, locale().toString(n));
    return s;
}

QString ReportText::translated(const char *sourceContext, const char *source) const
{
    const QString s = m_translator ? m_translator->translate(sourceContext, source) : QString();
    return s.isEmpty() ? QString::fromUtf8(source) : s;
}

QStringList ReportText::languages()
{
    QStringList list{u"en"_s};
    for (const QString &language : {u"es"_s, u"fr"_s}) {
        if (hasTranslation(language))
            list << language;
    }
    return list;
}

bool ReportText::hasTranslation(const QString &language)
{
    const QString base = baseLanguage(language);
    return base == u"en"_s || !qmFile(base).isEmpty();
}

void ReportText::addSearchPath(const QString &dir)
{
    const QMutexLocker lock(&pathsLock);
    if (!extraPaths().contains(dir))
        extraPaths().append(dir);
}

} // namespace k12
