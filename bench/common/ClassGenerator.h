#pragma once

#include "kernel/domain/Result.h"

#include <QStringList>

namespace k12 {

class Store;

// Makes a large, realistic class in a profile for benchmarks: S students x A
// assignments in C categories, with most cells graded and a sprinkling of
// missing, late, excused and empty ones. Deterministic for a given seed.
// Writes through Store::apply (so rows, outbox and audit are all there, as in
// real use) with one change list per table, which keeps generation fast.
class ClassGenerator
{
public:
    struct Spec
    {
        int students = 200;
        int assignments = 1000;
        int categories = 5;
        int dropLowest = 1;   // per category
        bool weighted = true; // categories get weights (else total points)
        double graded = 0.9;  // share of cells with points
        quint32 seed = 20261122;
    };

    struct Generated
    {
        QString classId;
        QStringList categoryIds;
        QStringList assignmentIds; // by position
        QStringList studentIds;
    };

    static Result<Generated> generate(Store &store, const Spec &spec);
};

} // namespace k12
