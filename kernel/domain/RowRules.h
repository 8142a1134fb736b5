#pragma once

#include "EntitySchema.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

namespace k12 {

// What a row of each entity must be, in one place for both sides: the
// desktop's actions refuse a bad value with these words before anything is
// written, and k12-server answers "rejected" with the same words to a client
// that sends one anyway. The declared rules of EntitySchema (enumerations,
// ranges, length caps, JSON shapes) plus the ones that read several fields
// (a period cannot end before it starts, cut-offs go down). Values are in SQL
// form (EntitySchema::toSql).
class RowRules
{
    Q_DECLARE_TR_FUNCTIONS(k12::RowRules)

public:
    // The first problem of a whole row (values in the order of def.fields),
    // empty when there is none.
    static QString problem(const EntityDef &def, const QVariantList &values);
    // The same for a field map: fields not named take their declared default.
    static QString problem(const EntityDef &def, const QVariantMap &fields);

    // A score checked against its assignment: a number, not negative, and at
    // most kMaxFactor times the points possible (above is a typo); 0 points
    // possible is extra credit, where any non-negative score is fine.
    static QString scorePoints(double points, double pointsPossible, const QString &assignmentTitle);
    static double maximumPoints(double pointsPossible);
    static constexpr double kMaxFactor = 2.0;

    // The JSON fields' shapes: a class's proficiency scale (levels going up,
    // each with a label) and a period's final-grade formula (weighted parts).
    static QString proficiencyScaleProblem(const QString &json);
    static QString formulaProblem(const QString &json);

    // "comment", "given name": a field as a teacher would say it.
    static QString fieldWords(const QString &field);

private:
    static QString entityProblem(const EntityDef &def, const QVariantList &values);
    static QString fieldProblem(const EntityDef &def, const FieldDef &field, const QVariant &value);
};

} // namespace k12
