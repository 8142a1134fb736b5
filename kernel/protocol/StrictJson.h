#pragma once

#include <QByteArrayView>
#include <QString>

namespace k12::protocol {

// What QJsonDocument lets through and a sync message must not carry: a key
// twice in one object (Qt keeps the last, so two readers of the same bytes
// could disagree on a grade), nesting far deeper than any message needs (Qt
// allows 1,024 levels), and a \u escape that is half of a surrogate pair (Qt
// turns it into "?" and the write would be answered "applied" with other text
// than was sent). Raw bytes that are not UTF-8 are Qt's to refuse, and it does.
//
// One pass over the bytes, no allocation beyond the keys of the open objects;
// the grammar itself is left to QJsonDocument, which runs afterwards.
class StrictJson
{
public:
    // Deepest message today: push -> mutations -> mutation -> fields -> a
    // grading scale's cutoffs -> one cutoff (6). The limit leaves room to grow.
    static constexpr int kMaxDepth = 16;

    // An empty string when the body passes; otherwise why not, in words that
    // quote at most a short piece of the body.
    static QString problem(QByteArrayView body, int maxDepth = kMaxDepth);
};

} // namespace k12::protocol
