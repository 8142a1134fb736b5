#pragma once

#include "models/reports/ProgressReport.h"
#include "server/families/FamilyReports.h"

#include <QList>
#include <QString>

#include <mstch/mstch.hpp>

namespace k12::server {

// Turns family data into template contexts: plain values, formatted for the
// reader's language. Every string goes to a template as data, escaped there.
class PortalPages
{
public:
    struct Period
    {
        QString id;
        QString name;
    };

    static mstch::map home(const QList<FamilyStudent> &students);
    static mstch::map report(const ProgressReport &report, const FamilyClass &klass, const QList<Period> &periods,
                             const QString &selectedPeriod, const QString &language);

    // "87.5%" with the language's decimal separator.
    static QString percent(double value, const QString &language);
    // Points as typed: up to two decimals, no trailing zeros.
    static QString number(double value, const QString &language);
    static QString date(const QDate &date, const QString &language);
    // /portal/report?student=S&class=C[&period=P]
    static QString reportPath(const QString &studentId, const QString &classId, const QString &periodId = {});
};

} // namespace k12::server
