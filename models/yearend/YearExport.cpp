#include "YearExport.h"

#include "ZipWriter.h"
#include "models/csv/GradebookExport.h"
#include "models/plans/PlanDocument.h"
#include "models/plans/PlanQueries.h"
#include "models/reports/ReportPdf.h"
#include "models/reports/ReportText.h"
#include "models/repositories/ClassRepository.h"
#include "models/rollover/TermNames.h"
#include "models/store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QList<SchoolClass> classesOf(Store &store, const QString &term)
{
    QList<SchoolClass> found;
    for (const SchoolClass &c : ClassRepository(store).list(true)) {
        if (c.term.trimmed().compare(term.trimmed(), Qt::CaseInsensitive) == 0)
            found.append(c);
    }
    std::sort(found.begin(), found.end(), [](const SchoolClass &a, const SchoolClass &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.period < b.period;
    });
    return found;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QStringList YearExport::terms(Store &store)
{
    QStringList left;
    for (const SchoolClass &c : ClassRepository(store).list(true)) {
        const QString term = c.term.trimmed();
        if (!term.isEmpty() && !left.contains(term, Qt::CaseInsensitive))
            left.append(term);
    }
    QStringList ordered;
    while (!left.isEmpty()) {
        const QString latest = TermNames::latest(left);
        ordered.append(latest);
        left.removeAll(latest);
    }
    return ordered;
}

QString YearExport::safeName(const QString &name, QStringList *taken)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f\\x7f]+"_s);
    QString base = name;
    base.replace(unsafe, u" "_s);
    base = base.simplified();
    while (base.startsWith(u'.'))
        base = base.mid(1).trimmed(); // no hidden files, no ".."
    while (base.endsWith(u'.'))
        base.chop(1); // Windows drops a trailing dot
    base = base.left(80).trimmed();
    if (base.isEmpty())
        base = tr("Untitled");
    const QString suffix = QFileInfo(base).suffix();
    const bool hasSuffix = !suffix.isEmpty() && suffix.size() <= 4 && !suffix.contains(u' ');
    const QString stem = hasSuffix ? base.chopped(suffix.size() + 1) : base;
    QString result = base;
    for (int n = 2; taken->contains(result, Qt::CaseInsensitive); ++n)
        result = hasSuffix ? u"%1 (%2).%3"_s.arg(stem).arg(n).arg(suffix) : u"%1 (%2)"_s.arg(stem).arg(n);
    taken->append(result);
    return result;
}

QString YearExport::suggestedFileName(const QString &term)
{
    QStringList none;
    return safeName(tr("K12 Teacher - %1.zip").arg(term), &none);
}

Result<YearExport::Outcome> YearExport::write(Store &store, const Options &options, const Progress &progress)
{
    const QString term = options.term.trimmed();
    const QList<SchoolClass> classes = term.isEmpty() ? QList<SchoolClass>() : classesOf(store, term);
    if (classes.isEmpty()) {
        const QStringList known = terms(store);
        if (known.isEmpty())
            return fail(tr("No class has a term to export."));
        return fail(tr("No class has the term \"%1\". Terms: %2.").arg(term, known.join(u", "_s)));
    }
    if (!options.path.endsWith(u".zip"_s, Qt::CaseInsensitive))
        return fail(tr("The year's export is a zip file: \"%1\" does not end in .zip.")
                        .arg(QDir::toNativeSeparators(options.path)));

    ZipWriter zip(options.path);
    if (Status s = zip.open(); !s)
        return Error{s.error()};
    const QDateTime now = QDateTime::currentDateTime();
    const QString appLanguage = QLocale().name().section(u'_', 0, 0);
    Outcome outcome;
    QStringList readme;
    QStringList folders;
    const auto add = [&](const QString &name, const QByteArray &data) -> Status {
        if (Status s = zip.add(name, data, now); !s)
            return Error{s.error()};
        outcome.files.append(name);
        readme.append(u"  "_s + name + u"  ("_s + sizeText(data.size()) + u")"_s);
        return {};
    };

    const int total = int(classes.size());
    const QString cancelled = tr("The export was cancelled; nothing was written.");
    for (int i = 0; i < classes.size(); ++i) {
        const SchoolClass &c = classes.at(i);
        const QString label = c.period.isEmpty() ? c.name : tr("%1 (period %2)").arg(c.name, c.period);
        // Asked before each part of the class: a big class takes seconds, Cancel must not wait for all of it.
        const auto goOn = [&] { return !progress || progress(i, total, label); };
        if (!goOn())
            return fail(cancelled);
        const QString folder = safeName(label, &folders) + u'/';
        readme.append(QString());
        readme.append(c.archived ? tr("%1 - archived").arg(label) : label);

        GradebookExport::Options csv;
        csv.format = GradebookExport::Format::K12;
        csv.fileType = GradebookExport::FileType::Csv;
        Result<QByteArray> csvBytes = GradebookExport::build(store, c.id, csv);
        if (!csvBytes)
            return fail(tr("%1: %2").arg(label, csvBytes.error()));
        if (Status s = add(folder + u"Gradebook.csv"_s, *csvBytes); !s)
            return Error{s.error()};
        if (!goOn())
            return fail(cancelled);
        GradebookExport::Options xlsx = csv;
        xlsx.fileType = GradebookExport::FileType::Xlsx;
        Result<QByteArray> xlsxBytes = GradebookExport::build(store, c.id, xlsx);
        if (!xlsxBytes)
            return fail(tr("%1: %2").arg(label, xlsxBytes.error()));
        if (Status s = add(folder + u"Gradebook.xlsx"_s, *xlsxBytes); !s)
            return Error{s.error()};

        if (!goOn())
            return fail(cancelled);
        ReportOptions reportOptions = options.reports;
        reportOptions.gradingPeriodId.clear();
        Result<ReportBuilder> builder = ReportBuilder::load(store, c.id, reportOptions);
        if (!builder)
            return fail(tr("%1: %2").arg(label, builder.error()));
        QList<ProgressReport> reports;
        for (int s = 0; s < builder->students().size(); ++s) {
            ProgressReport r = builder->report(s);
            const QString guardian = builder->guardianLanguage(r.studentId);
            r.language = !options.language.isEmpty()                                   ? options.language
                         : !guardian.isEmpty() && ReportText::hasTranslation(guardian) ? guardian
                                                                                       : appLanguage;
            reports.append(r);
        }
        if (reports.isEmpty()) {
            readme.append(u"  "_s + tr("(no students: no progress reports)"));
        } else {
            Result<QByteArray> pdf = ReportPdf::toBytes(reports);
            if (!pdf)
                return fail(tr("%1: %2").arg(label, pdf.error()));
            if (Status s = add(folder + tr("Progress reports.pdf"), *pdf); !s)
                return Error{s.error()};
        }

        const QList<UnitPlan> units = PlanQueries(store).units(c.id);
        QStringList planNames;
        for (const UnitPlan &unit : units) {
            if (!goOn())
                return fail(cancelled);
            Result<QString> html = PlanDocument::unitHtml(store, unit.id);
            if (!html)
                return fail(tr("%1: %2").arg(label, html.error()));
            Result<QByteArray> pdf = PlanDocument::pdfBytes(*html, unit.title);
            if (!pdf)
                return fail(tr("%1: %2").arg(label, pdf.error()));
            const QString name = safeName(unit.title + u".pdf"_s, &planNames);
            if (Status s = add(folder + tr("Plans") + u'/' + name, *pdf); !s)
                return Error{s.error()};
        }
        if (units.isEmpty())
            readme.append(u"  "_s + tr("(no unit plans)"));
        ++outcome.classes;
    }
    if (progress && !progress(total, total, QString()))
        return fail(cancelled);

    QStringList head{tr("K12 Teacher: the year's export of %1").arg(term),
                     tr("Written %1 by K12 Teacher.").arg(now.toString(Qt::ISODate)),
                     tr("%n class(es). In each class's folder: the gradebook as CSV (UTF-8, opens in Excel and "
                        "LibreOffice) and XLSX, every student's progress report for the whole course in one PDF, "
                        "and each unit plan with its lessons as a PDF.",
                        nullptr, outcome.classes),
                     tr("These files hold students' names and grades: keep them private."),
                     QString(),
                     tr("Contents:")};
    const QByteArray text = (head + readme).join(u"\r\n"_s).toUtf8() + "\r\n";
    if (Status s = zip.add(u"README.txt"_s, text, now); !s)
        return Error{s.error()};
    outcome.files.prepend(u"README.txt"_s);
    if (Status s = zip.commit(); !s)
        return Error{s.error()};
    outcome.bytes = QFileInfo(options.path).size();
    return outcome;
}

} // namespace k12
