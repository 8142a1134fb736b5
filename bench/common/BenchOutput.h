#pragma once

#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace k12::bench {

// What every benchmark prints its table to.
inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The median of the runs (the upper one of an even count), 0 for none: the
// figure docs/benchmarks.md reports, less moved by one slow run than a mean.
inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// True when the program was started with `--quick`: a few runs on data small
// enough to finish in about a minute (what `scripts/bench` runs).
inline bool quickMode(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            return true;
    }
    return false;
}

// One machine-readable figure, besides the human table, for `scripts/bench`:
//   BENCH|<measure>|<median>|<unit>|<raw reference median, or empty>|<target text>
// A reference below 0 (or NaN) is printed empty: the figure has no raw reference.
// `|` inside the texts would break the line: it becomes `/`.
inline void benchLine(const QString &measure, double value, const QString &unit, double reference = -1,
                      const QString &target = {})
{
    const auto clean = [](QString s) { return s.replace(u'|', u'/'); };
    const auto number = [](double v) { return QString::number(v, 'f', std::fabs(v) >= 100 ? 1 : 2); };
    out() << "BENCH|" << clean(measure) << '|' << number(value) << '|' << clean(unit) << '|'
          << (reference >= 0 ? number(reference) : QString()) << '|' << clean(target) << '\n';
    out().flush();
}

} // namespace k12::bench
