#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace k12::bench {

// The k12-server mixed load (issue 5, issue 22): closed-loop connections, each
// a teacher's device doing what the sync client does: 70 % pulls of 100 rows,
// 20 % pushes of 10 grade edits, 10 % GET /health. Connections are spread over
// the given ports round-robin (one port per server process, as a load balancer
// would). With healthOnly every request is GET /health: the ceiling of this
// client and the HTTP front on the same machine, measured in the same run.
struct MixedLoadSpec
{
    std::vector<quint16> ports;
    QByteArray token;
    qint64 rows = 0;      // pulls start ~100 rows before this rev
    QStringList scoreIds; // rows the pushes edit
    int connections = 4;
    double seconds = 3;
    bool healthOnly = false;
    // Out of 10 requests: pulls, then pushes, the rest /health (diagnostics: 10/0 or 0/10 alone).
    int pullsInTen = 7;
    int pushesInTen = 2;
};

struct MixedLoadResult
{
    double perSecond = 0;
    qint64 requests = 0;
    qint64 errors = 0;
    double p50 = 0, p99 = 0;
    double pullP50 = 0, pullP99 = 0;
    double pushP50 = 0, pushP99 = 0;
};

MixedLoadResult runMixedLoad(const MixedLoadSpec &spec);

// Latencies are in ms. "a / b" figures of one run, for the human table.
QByteArray describe(const MixedLoadResult &r);

} // namespace k12::bench
