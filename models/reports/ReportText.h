#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace k12 {

// The report's own strings in the report's language, whatever language the
// app runs in: a Spanish report printed from an English window. A private
// QTranslator, never installed in the application, so the window's strings
// (and another thread's) are untouched while a batch prints, and nothing has
// to be restored afterwards. The strings are marked with
// QT_TRANSLATE_NOOP("k12::ReportDocument", ...) so lupdate finds them.
class ReportText
{
public:
    static constexpr auto context = "k12::ReportDocument";

    // language: "en", "es", "fr"; a language with no translation prints in English.
    explicit ReportText(const QString &language);
    ~ReportText();
    ReportText(ReportText &&) noexcept;
    ReportText &operator=(ReportText &&) noexcept;

    // The language the strings really come out in ("en" when there was no translation).
    const QString &language() const { return m_language; }
    QLocale locale() const { return QLocale(m_language); }
    // The translation of a marked source string; n >= 0 picks the plural form of "%n ...(s)".
    QString text(const char *source, int n = -1) const;
    // The translation of a string marked in another context (the default proficiency levels), else the source.
    QString translated(const char *sourceContext, const char *source) const;

    // Languages with a translation, "en" first.
    static QStringList languages();
    static bool hasTranslation(const QString &language);
    // Also looks for k12_teacher_<lang>.qm in `dir` (tests run without the app's resources).
    static void addSearchPath(const QString &dir);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace k12
