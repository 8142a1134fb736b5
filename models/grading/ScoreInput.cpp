#include "ScoreInput.h"

#include "LateWork.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// What follows "late" or "l" in a late entry ("L3", "late 3"), trimmed; nullopt
// when the text does not start with either.
std::optional<QString> afterLateWord(const QString &lower)
{
    for (const QString &word : {u"late"_s, u"l"_s}) {
        if (lower.startsWith(word))
            return lower.mid(word.size()).trimmed();
    }
    return std::nullopt;
}

bool asciiDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

bool ScoreInput::looksLikeThousands(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    const QString group = locale.groupSeparator();
    if (group.size() != 1 || (group != u"."_s && group != u","_s) || group == locale.decimalPoint())
        return false;
    // "1,500" in English, "1.500" in Spanish: one to three digits, the locale's
    // thousands separator, exactly three digits. 1.5 or 1500? Neither is guessed.
    const qsizetype at = t.indexOf(group.at(0));
    return at >= 1 && at <= 3 && t.size() == at + 4 && asciiDigits(t.left(at)) && asciiDigits(t.mid(at + 1));
}

std::optional<double> ScoreInput::parseNumber(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || looksLikeThousands(t, locale))
        return std::nullopt;
    // Scores never take thousands separators, so "9,5" and "9.5" mean one thing each:
    // the locale's own form first (9,5 in French), then the point, then a comma.
    QLocale strict = locale;
    strict.setNumberOptions(locale.numberOptions() | QLocale::RejectGroupSeparator);
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    double v = strict.toDouble(t, &ok);
    if (!ok)
        v = c.toDouble(t, &ok);
    if (!ok) {
        QString swapped = t;
        swapped.replace(u',', u'.'); // a decimal comma typed on any keyboard
        v = c.toDouble(swapped, &ok);
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

Result<ScoreEdit> ScoreInput::parse(const QString &text, const Assignment &assignment, const QList<LetterCutoff> &scale,
                                    const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return ScoreEdit::clear();
    const QString lower = t.toLower();
    if (lower == u"m"_s || lower == u"missing"_s)
        return ScoreEdit::missing();
    if (lower == u"ex"_s || lower == u"excused"_s)
        return ScoreEdit::excused();
    if (const std::optional<QString> days = afterLateWord(lower)) {
        if (days->isEmpty())
            return ScoreEdit::late();
        if (asciiDigits(*days)) {
            bool ok = false;
            const int n = days->toInt(&ok);
            if (!ok || n > LateWork::maxDaysLate)
                return fail(
                    tr("\"%1\": a score can be at most %n day(s) late.", nullptr, LateWork::maxDaysLate).arg(t));
            return ScoreEdit::late(true, n);
        }
        if (parseNumber(*days, locale))
            return fail(tr("\"%1\": days late are a whole number of days (L3 is late, 3 days).").arg(t));
        // Anything else ("Lab") is not a late entry: a letter of the scale, or refused below.
    }
    if (lower == u"exempt"_s)
        return ScoreEdit::exempt();

    const bool letterGraded = assignment.gradingType == u"letter"_s;
    for (const LetterCutoff &c : scale) {
        if (c.letter.compare(t, Qt::CaseInsensitive) != 0)
            continue;
        if (!letterGraded)
            return fail(
                tr("\"%1\" is graded in points; type a number (or switch it to letter grades).").arg(assignment.title));
        return ScoreEdit::setLetter(c.letter);
    }

    const QString number = t.endsWith(u'%') ? t.chopped(1).trimmed() : t;
    if (looksLikeThousands(number, locale))
        return fail(tr("\"%1\" could be read two ways; scores take no thousands separator. Type the decimal with a "
                       "point or a comma and one or two digits (%2), or the whole number without a separator.")
                        .arg(t, locale.toString(9.5, 'f', 1)));
    if (t.endsWith(u'%')) {
        const std::optional<double> pct = parseNumber(t.chopped(1), locale);
        if (!pct)
            return fail(tr("\"%1\" is not a percentage.").arg(t));
        if (assignment.pointsPossible <= 0)
            return fail(
                tr("\"%1\" is extra credit (0 points possible); type points, not a percentage.").arg(assignment.title));
        const double points = std::round(*pct * assignment.pointsPossible) / 100.0;
        if (const QString problem = ScoreEdit::checkPoints(points, assignment); !problem.isEmpty())
            return fail(problem);
        return ScoreEdit::setPoints(points);
    }

    const std::optional<double> points = parseNumber(t, locale);
    if (!points) {
        if (letterGraded) {
            QStringList letters;
            for (const LetterCutoff &c : scale)
                letters << c.letter;
            return fail(
                tr("\"%1\" is not a letter of this class's scale (%2), nor a number.").arg(t, letters.join(u", "_s)));
        }
        return fail(tr("\"%1\" is not a score: type points (e.g. 8.5), a percentage (85%), M for missing, EX for "
                       "excused, L for late or L3 for 3 days late.")
                        .arg(t));
    }
    if (const QString problem = ScoreEdit::checkPoints(*points, assignment); !problem.isEmpty())
        return fail(problem);
    return ScoreEdit::setPoints(*points);
}

} // namespace k12
