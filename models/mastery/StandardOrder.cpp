#include "StandardQueries.h"

#include <algorithm>

namespace k12 {

// The order of standards, apart from the queries that read them from the
// local store: the server's family reports sort the same way (k12_gradecore).

namespace {

// Codes compared run by run: digits as numbers, the rest without case. Our
// own, not QCollator's numeric mode, which the C locale (CI, the CLI in a
// cron job) does not offer.
int compareCodes(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype si = i;
            const qsizetype sj = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            QStringView na = a.mid(si, i - si);
            QStringView nb = b.mid(sj, j - sj);
            while (na.size() > 1 && na.front() == u'0')
                na = na.mid(1);
            while (nb.size() > 1 && nb.front() == u'0')
                nb = nb.mid(1);
            if (na.size() != nb.size())
                return na.size() < nb.size() ? -1 : 1;
            if (const int c = na.compare(nb); c != 0)
                return c;
            continue;
        }
        if (const int c = a.mid(i, 1).compare(b.mid(j, 1), Qt::CaseInsensitive); c != 0)
            return c;
        ++i;
        ++j;
    }
    return int(a.size() - i > 0) - int(b.size() - j > 0);
}

} // namespace

void StandardQueries::sortByCode(QList<Standard> &standards)
{
    std::stable_sort(standards.begin(), standards.end(), [](const Standard &a, const Standard &b) {
        if (const int c = compareCodes(a.code.trimmed(), b.code.trimmed()); c != 0)
            return c < 0;
        return a.id < b.id;
    });
}

} // namespace k12
