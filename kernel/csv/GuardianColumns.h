#pragma once

#include "CsvReader.h"
#include "kernel/domain/Entities.h"

#include <QMap>

#include <optional>

namespace k12 {

// The guardian columns of a roster file, in the spellings school systems
// export: "Guardian 1 Name", "Parent/Guardian 1 Email", "Guardian1_Email",
// "Parent 2 Phone", "Contact 1 First Name" + "Contact 1 Last Name" (Clever's
// contact_name, contact_email ...), "Mother Name"/"Mother Email",
// "Father"/"Father_Home_Phone" and PowerSchool's Guardian_Email (its list of
// addresses goes to the named Mother/Father columns in order). Each numbered
// parent/guardian/contact is one slot; Mother and Father are slots of their
// own with that relationship unless a column says otherwise.
class GuardianColumns
{
    Q_DECLARE_TR_FUNCTIONS(k12::GuardianColumns)

public:
    enum class Field
    {
        Name, // a full name, split by splitName
        Given,
        Family,
        Email,
        Phone,
        Relationship,
        Language
    };
    struct Slot
    {
        QString key;                 // "guardian 1", "mother"
        QString defaultRelationship; // "Mother", "Father" or empty
        QMap<Field, int> columns;    // field -> column of the file
        int sharedEmail = -1; // a PowerSchool Guardian_Email column: this slot takes the next address of its list
    };
    struct Layout
    {
        QList<Slot> slots;
        QList<int> columns; // every column the slots read (the student columns must not claim them)
        QStringList problems;
    };

    // Which guardian slot and field a header names, or nothing.
    static std::optional<std::pair<QString, Field>> classify(const QString &header);
    static Layout find(const CsvTable &table);
    // The guardians of one row; every bad value is appended to problems as
    // "FILE, line N, column HEADER: what is wrong".
    static QList<Guardian> read(const Layout &layout, const CsvTable &table, const CsvRow &row, QStringList *problems);

    // "Ana María López" -> {"Ana María", "López"}; "López, Ana" -> {"Ana", "López"}.
    static std::pair<QString, QString> splitName(const QString &name);
    // "es", "Spanish", "Español", "es-MX" -> a BCP 47 code; nullopt when it is none.
    static std::optional<QString> languageCode(const QString &text);
};

} // namespace k12
