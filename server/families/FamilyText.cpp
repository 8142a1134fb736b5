#include "FamilyText.h"

#include <QList>
#include <QMutex>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace k12::server {

namespace {

// One translator per language, loaded on first use and only read afterwards
// (QTranslator::translate is const and reentrant), shared by every worker.
const QTranslator *translatorFor(const QString &language)
{
    static QMutex mutex;
    static std::unique_ptr<QTranslator> spanish;
    static std::unique_ptr<QTranslator> french;
    static std::unique_ptr<QTranslator> english;
    static bool loaded = false;
    QMutexLocker lock(&mutex);
    if (!loaded) {
        loaded = true;
        const auto load = [](const char *name) {
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(QStringLiteral(":/i18n/k12_server_%1.qm").arg(QLatin1String(name))))
                translator.reset();
            return translator;
        };
        spanish = load(FamilyText::kSpanish);
        french = load(FamilyText::kFrench);
        english = load(FamilyText::kEnglish);
    }
    if (language == QLatin1String(FamilyText::kSpanish))
        return spanish.get();
    if (language == QLatin1String(FamilyText::kFrench))
        return french.get();
    return english.get();
}

} // namespace

namespace {

// "es", "es-MX", "es_US" are Spanish (lower case already).
bool isLanguage(const QString &lower, const char *language)
{
    const QLatin1String code(language);
    return lower == code || lower.startsWith(code + QLatin1Char('-')) || lower.startsWith(code + QLatin1Char('_'));
}

} // namespace

QString FamilyText::language(const QString &tag)
{
    const QString lower = tag.trimmed().toLower();
    if (isLanguage(lower, kSpanish))
        return QString::fromLatin1(kSpanish);
    if (isLanguage(lower, kFrench))
        return QString::fromLatin1(kFrench);
    return QString::fromLatin1(kEnglish);
}

QString FamilyText::fromAcceptLanguage(const QByteArray &header)
{
    // "es-MX,es;q=0.9,en;q=0.5": the highest q among the tags we have wins;
    // equal q keeps the header's order.
    struct Choice
    {
        double q;
        int order;
        QString language;
    };
    QList<Choice> choices;
    const QList<QByteArray> parts = header.split(',');
    for (int i = 0; i < parts.size() && i < 32; ++i) {
        const QList<QByteArray> fields = parts.at(i).split(';');
        const QString tag = QString::fromLatin1(fields.value(0).trimmed()).toLower();
        double q = 1.0;
        for (int f = 1; f < fields.size(); ++f) {
            const QByteArray param = fields.at(f).trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0.0;
            }
        }
        if (q <= 0.0)
            continue;
        if (tag == QLatin1String("es") || tag.startsWith(QLatin1String("es-")))
            choices.append({q, i, QString::fromLatin1(kSpanish)});
        else if (tag == QLatin1String("fr") || tag.startsWith(QLatin1String("fr-")))
            choices.append({q, i, QString::fromLatin1(kFrench)});
        else if (tag == QLatin1String("en") || tag.startsWith(QLatin1String("en-")))
            choices.append({q, i, QString::fromLatin1(kEnglish)});
    }
    if (choices.isEmpty())
        return QString::fromLatin1(kEnglish);
    std::stable_sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) { return a.q > b.q; });
    return choices.first().language;
}

QLocale FamilyText::locale(const QString &language)
{
    if (FamilyText::language(language) == QLatin1String(kSpanish))
        return QLocale(QLocale::Spanish, QLocale::UnitedStates);
    if (FamilyText::language(language) == QLatin1String(kFrench))
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString FamilyText::translate(const QString &language, const char *context, const char *source, int n)
{
    const QString lang = FamilyText::language(language);
    QString text;
    if (const QTranslator *translator = translatorFor(lang))
        text = translator->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), locale(lang).toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

} // namespace k12::server
