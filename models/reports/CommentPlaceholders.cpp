#include "CommentPlaceholders.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString CommentPlaceholders::expand(const QString &text, const ProgressReport &report)
{
    return expand(text, report.givenName.trimmed(), report.finalLetter, report.missingCount());
}

QString CommentPlaceholders::expand(QString text, const QString &firstName, const QString &finalLetter,
                                    int missingCount)
{
    text.replace(u"{first_name}"_s, firstName);
    text.replace(u"{final_letter}"_s, finalLetter);
    text.replace(u"{missing_count}"_s, QString::number(missingCount));
    return text;
}

} // namespace k12
