#pragma once

#include "ProgressReport.h"

#include <QString>

namespace k12 {

// A bank comment made into one student's comment: {first_name},
// {final_letter} and {missing_count} replaced by that student's values.
// Unknown braces stay as typed, so a teacher sees a misspelt placeholder.
struct CommentPlaceholders
{
    static QString expand(const QString &text, const ProgressReport &report);
    static QString expand(QString text, const QString &firstName, const QString &finalLetter, int missingCount);
};

} // namespace k12
