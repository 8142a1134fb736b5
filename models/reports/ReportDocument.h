#pragma once

#include "ProgressReport.h"
#include "ReportText.h"

#include <QString>

namespace k12 {

// A progress report as the HTML QTextDocument lays out on paper. Every name,
// title and comment is escaped (a student called "<b>Al</b> & Co" prints as
// text), the missing work is called out at the top in words and a box (not
// colour alone), and every label comes from ReportText in the report's language.
class ReportDocument
{
public:
    // The resource name the logo is given in the document (ReportPdf adds the image under it).
    static constexpr auto logoResource = "k12-report-logo";

    // hasLogo: the document gets the image under logoResource.
    static QString html(const ProgressReport &report, const ReportText &text, bool hasLogo);
    // The page footer: "Ana Ávila · Algebra I · Page 1 of 2".
    static QString footer(const ProgressReport &report, const ReportText &text, int page, int pages);

    // Dates and numbers as the report's language writes them.
    static QString longDate(const QDate &date, const ReportText &text);
    static QString shortDate(const QDate &date, const ReportText &text);
    static QString percent(double value, const ReportText &text);
    static QString number(double value, const ReportText &text);
};

} // namespace k12
