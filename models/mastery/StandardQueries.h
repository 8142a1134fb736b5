#pragma once

#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"

#include <QCoreApplication>

namespace k12 {

class Store;

// Reads of a class's standards, the tags of its assignments and the mastery
// evidence, shared by the actions, the mastery report, the CLI and the views.
class StandardQueries
{
    Q_DECLARE_TR_FUNCTIONS(k12::StandardQueries)

public:
    explicit StandardQueries(Store &store)
        : m_store(store)
    {}

    // The class's standards by code, numbers in codes compared as numbers
    // (RL.2 before RL.10), as a teacher reads a standards document.
    QList<Standard> standards(const QString &classId) const;
    // A standard of the class by code (case-insensitive) or id.
    Result<Standard> resolve(const QString &classId, const QString &codeOrId) const;
    // The ids of the standards an assignment is tagged with.
    QStringList tagsOf(const QString &assignmentId) const;
    // Every live tag of the class's assignments.
    QList<AssignmentStandard> tagsInClass(const QString &classId) const;
    // The class's evidence, oldest first: by assessed date, then by the order
    // the rows were entered on this device.
    QList<MasteryScore> evidence(const QString &classId) const;
    // The same for one assignment: what its by-standard mode shows, read on every level
    // typed, so without the rest of the class's evidence.
    QList<MasteryScore> evidenceOf(const QString &classId, const QString &assignmentId) const;

    // The one evidence row of a student on a standard for an assignment: the
    // id is derived from the three, so entering a level again (here or on
    // another device) updates that row instead of adding a second one.
    static QString evidenceId(const QString &assignmentId, const QString &standardId, const QString &studentId);

    static void sortByCode(QList<Standard> &standards);

private:
    Store &m_store;
};

} // namespace k12
