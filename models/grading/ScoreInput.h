#pragma once

#include "ScoreEdit.h"
#include "kernel/domain/Result.h"

#include <QLocale>

namespace k12 {

// What a teacher may type into a gradebook cell, turned into a ScoreEdit:
//   9.5 / 9,5       points (checked against the allowed maximum); the point and the
//                   comma are both decimal separators in every language, the
//                   locale's own form too (so 9,5 is 9.5 in English as in French);
//                   thousands separators are never accepted, and "1,500" where the
//                   locale groups thousands with a comma (English; "1.500" in
//                   Spanish) is refused as ambiguous rather than guessed
//   85%             a percentage of the points possible
//   B+              a letter, on letter-graded assignments (from the class's scale)
//   M, EX, L        missing, excused, late  (also "missing", "excused", "late", "exempt")
//   L3, L 3, late 3 late, 3 days late (the class's late penalty applies to them)
//   (empty)         clears the cell
// L and L3 are a flag on the score: its points (or letter) stay, typed before
// or after; L alone is late with no days (no penalty), L0 the same.
// Anything else is refused with a message that says what would be accepted.
class ScoreInput
{
    Q_DECLARE_TR_FUNCTIONS(k12::ScoreInput)

public:
    static Result<ScoreEdit> parse(const QString &text, const Assignment &assignment, const QList<LetterCutoff> &scale,
                                   const QLocale &locale = QLocale());
    static std::optional<double> parseNumber(const QString &text, const QLocale &locale = QLocale());
    // "1,500" in a locale that writes thousands "1,500": 1.5 or 1500 cannot be told apart.
    static bool looksLikeThousands(const QString &text, const QLocale &locale = QLocale());
};

} // namespace k12
