#pragma once

#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace k12 {

class Store;

// A unit or a lesson as a clean printable page: HTML for QTextDocument, laid
// out on paper and written as PDF with QPdfWriter. The PDF part needs a
// QGuiApplication (fonts); the HTML part does not.
class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(k12::PlanDocument)

public:
    // The unit with its class, dates, summary, essential questions, standards and every lesson.
    static Result<QString> unitHtml(Store &store, const QString &unitId);
    // One lesson with its class, unit, date, objectives, activities, materials, homework and standards.
    static Result<QString> lessonHtml(Store &store, const QString &lessonId);

    // Writes the HTML as a PDF readable by the user alone (0600). A failed write removes the file.
    static Status writePdf(const QString &html, const QString &title, const QString &path);
    // The same PDF in memory (the year's export puts it in a zip file).
    static Result<QByteArray> pdfBytes(const QString &html, const QString &title);
    static Status exportUnit(Store &store, const QString &unitId, const QString &path);
    static Status exportLesson(Store &store, const QString &lessonId, const QString &path);

    // "Unit 1 - Fractions.pdf": a file name made from a title, safe on every system.
    static QString suggestedFileName(const QString &title);

private:
    // Lays the HTML out on pages with the footer and writes the PDF to `device`; false when it could not be drawn.
    static bool paint(QIODevice *device, const QString &html, const QString &title);
};

} // namespace k12
