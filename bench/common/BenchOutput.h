#pragma once

#include <QTextStream>

#include <algorithm>
#include <cstdio>
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

} // namespace k12::bench
