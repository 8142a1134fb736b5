#pragma once

#include <QString>
#include <QStringList>

namespace k12 {

// The default name of the term after a given one (issue 19), for the wizard
// and `rollover` without --to-term. The rules, in order:
//   "2026-27 Fall" -> "2026-27 Spring"; "2026-27 Spring" -> "2027-28 Fall" (Autumn too)
//   "2026-27" -> "2027-28"; "2026" -> "2027"
//   "Q1".."Q3" -> the next quarter, "Q4" -> "Q1"; "S1" -> "S2", "S2" -> "S1";
//   "T1".."T2" -> next trimester, "T3" -> "T1"; a year in front moves with the wrap
//   ("2026-27 Q4" -> "2027-28 Q1")
//   anything else: the name + " (next)".
class TermNames
{
public:
    static QString next(const QString &term);
    // The latest of several terms: by their school year, then season/part order,
    // then name. Empty when there are none.
    static QString latest(const QStringList &terms);
};

} // namespace k12
