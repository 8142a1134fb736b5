#include "XlsxWriter.h"

#include "models/csv/CsvWriter.h"

#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

#if defined(Q_OS_UNIX)
#include <clocale>
#include <locale.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString libraryMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

bool isAsciiHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// OOXML decodes _xHHHH_ in strings (Excel reads "_x0041_" as "A"); a literal
// one keeps its '_' as _x005F_, the escape for '_'.
QString escapedLikeOoxml(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    QString out;
    out.reserve(text.size() + 7);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            const QStringView digits = QStringView(text).mid(i + 2, 4);
            if (std::all_of(digits.begin(), digits.end(), isAsciiHexDigit)) {
                out += u"_x005F_"_s;
                continue; // the '_' is written as the escape; "x0041_" follows as it is
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace

QString XlsxWriter::cellReference(int row, int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters + QString::number(row + 1);
}

QString XlsxWriter::xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate())
            continue;
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    return out;
}

QString XlsxWriter::sheetName(const QString &name)
{
    QString out;
    for (const QChar c : xmlSafe(name)) {
        if (c == u'/' || c == u'\\')
            out += u'-';
        else if (c == u'\t' || c == u'\n' || c == u'\r')
            out += u' ';
        else if (!QStringView(u"[]:*?").contains(c))
            out += c;
    }
    out = out.simplified();
    while (out.startsWith(u'\'') || out.endsWith(u'\''))
        out = (out.startsWith(u'\'') ? out.mid(1) : out.chopped(1)).trimmed();
    if (out.size() > 31) {
        out.truncate(out.at(30).isHighSurrogate() ? 30 : 31);
        out = out.trimmed();
        while (out.endsWith(u'\''))
            out = out.chopped(1).trimmed();
    }
    // Excel keeps "History" for its change tracking sheet and refuses the name.
    if (out.compare(u"History"_s, Qt::CaseInsensitive) == 0)
        out += u" 1"_s;
    return out.isEmpty() ? u"Gradebook"_s : out;
}

Result<QByteArray> XlsxWriter::toBytes(const Sheet &sheet)
{
    return toBytes(QList<Sheet>{sheet});
}

Result<QByteArray> XlsxWriter::toBytes(const QList<Sheet> &sheets)
{
    if (sheets.isEmpty())
        return fail(tr("A spreadsheet needs at least one sheet."));
    for (const Sheet &sheet : sheets) {
        if (sheet.rows.size() > maxRows)
            return fail(
                tr("The sheet has %Ln row(s); Excel holds at most %L1.", nullptr, int(sheet.rows.size())).arg(maxRows));
        for (const QList<SheetCell> &row : sheet.rows) {
            if (row.size() > maxColumns)
                return fail(tr("The sheet has %Ln column(s); Excel holds at most %L1.", nullptr, int(row.size()))
                                .arg(maxColumns));
        }
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(tr("Could not create a temporary folder for the spreadsheet: %1").arg(dir.errorString()));
    const QString filePath = dir.filePath(u"sheet.xlsx"_s);
    QByteArray encodedPath = QFile::encodeName(filePath);
    QByteArray tmpDir = QFile::encodeName(dir.path());

#if defined(Q_OS_UNIX)
    // libxlsxwriter prints numbers and widths with snprintf, which follows
    // LC_NUMERIC: under a German locale (set by QCoreApplication) it would write
    // <v>9,5</v> and Excel would call the file corrupt. A per-thread "C" locale
    // around the whole write keeps the decimal point without touching other threads.
    locale_t cLocale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
    if (cLocale == static_cast<locale_t>(nullptr))
        return fail(tr("Could not prepare the spreadsheet writer (no \"C\" locale)."));
    const locale_t previousLocale = uselocale(cLocale);
    const auto restoreLocale = qScopeGuard([&] {
        uselocale(previousLocale);
        freelocale(cLocale);
    });
#endif

    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE; // shared strings escape CR as _x000D_; inline strings would lose it
    options.tmpdir = tmpDir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(encodedPath.constData(), &options);
    if (!workbook)
        return fail(tr("Could not create the spreadsheet."));
    // workbook_close() frees the workbook whatever happens; every early return goes through it.
    bool closed = false;
    const auto closeWorkbook = qScopeGuard([&] {
        if (!closed)
            workbook_close(workbook);
    });

    lxw_format *bold = workbook_add_format(workbook);
    if (!bold)
        return fail(tr("Could not create the spreadsheet: %1").arg(libraryMessage(LXW_ERROR_MEMORY_MALLOC_FAILED)));
    format_set_bold(bold);
    // Numbers with fixed decimals (percentages: 87.50, not 87.5, as the grid and the CSV show them),
    // one format per count of decimals; the workbook owns them.
    QHash<int, lxw_format *> fixedFormats;
    const auto fixedFormat = [&](int decimals) -> lxw_format * {
        if (decimals < 0)
            return nullptr;
        lxw_format *&f = fixedFormats[decimals];
        if (!f && (f = workbook_add_format(workbook))) {
            const QByteArray pattern = decimals == 0 ? QByteArray("0") : "0." + QByteArray(std::min(decimals, 15), '0');
            format_set_num_format(f, pattern.constData());
        }
        return f;
    };

    QStringList usedNames; // Excel compares sheet names without case
    for (const Sheet &sheet : sheets) {
        QString unique = sheetName(sheet.name);
        for (int n = 2; usedNames.contains(unique, Qt::CaseInsensitive); ++n)
            unique = sheetName(sheet.name.left(26) + u' ' + QString::number(n));
        usedNames << unique;
        const QByteArray name = unique.toUtf8();
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook, name.constData());
        if (!worksheet)
            return fail(tr("Could not add the worksheet \"%1\" to the spreadsheet.").arg(unique));
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QList<SheetCell> &row = sheet.rows.at(r);
            lxw_format *format = r == 0 ? bold : nullptr;
            for (int c = 0; c < row.size(); ++c) {
                const SheetCell &cell = row.at(c);
                lxw_error error = LXW_NO_ERROR;
                if (cell.kind == SheetCell::Kind::Number) {
                    if (!std::isfinite(cell.number))
                        return fail(tr("Cell %1 holds a number a spreadsheet cannot store (%2).")
                                        .arg(cellReference(r, c),
                                             cell.text.isEmpty() ? QString::number(cell.number) : cell.text));
                    error = worksheet_write_number(worksheet, lxw_row_t(r), lxw_col_t(c), cell.number,
                                                   format ? format : fixedFormat(cell.decimals));
                } else if (cell.kind == SheetCell::Kind::Text) {
                    QString text = xmlSafe(cell.text);
                    if (text.size() > maxCellLength)
                        return fail(tr("Cell %1 has %Ln character(s); a spreadsheet cell holds at most %L2.", nullptr,
                                       int(text.size()))
                                        .arg(cellReference(r, c))
                                        .arg(maxCellLength));
                    if (text.isEmpty())
                        continue;
                    const QByteArray utf8 = escapedLikeOoxml(text).toUtf8();
                    error = worksheet_write_string(worksheet, lxw_row_t(r), lxw_col_t(c), utf8.constData(), format);
                }
                if (error != LXW_NO_ERROR)
                    return fail(tr("Could not write cell %1 of the spreadsheet: %2")
                                    .arg(cellReference(r, c), libraryMessage(error)));
            }
        }

        for (int c = 0; c < sheet.columnWidths.size() && c < maxColumns; ++c) {
            const double width = sheet.columnWidths.at(c);
            if (!std::isfinite(width) || width <= 0.)
                continue;
            const lxw_error error =
                worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), std::min(width, 255.), nullptr);
            if (error != LXW_NO_ERROR)
                return fail(tr("Could not set the width of column %1: %2")
                                .arg(cellReference(0, c).chopped(1), libraryMessage(error)));
        }

        const int frozenRows = std::clamp(sheet.frozenRows, 0, maxRows - 1);
        const int frozenColumns = std::clamp(sheet.frozenColumns, 0, maxColumns - 1);
        if (frozenRows > 0 || frozenColumns > 0)
            worksheet_freeze_panes(worksheet, lxw_row_t(frozenRows), lxw_col_t(frozenColumns));
        // Printed, a gradebook is wide: landscape, all columns on the width of one page (as many
        // pages down as it takes), the frozen rows and columns repeated on every page.
        worksheet_set_landscape(worksheet);
        worksheet_fit_to_pages(worksheet, 1, 0);
        if (frozenRows > 0)
            worksheet_repeat_rows(worksheet, 0, lxw_row_t(frozenRows - 1));
        if (frozenColumns > 0)
            worksheet_repeat_columns(worksheet, 0, lxw_col_t(frozenColumns - 1));
    }

    closed = true;
    const lxw_error closeError = workbook_close(workbook);
    if (closeError != LXW_NO_ERROR)
        return fail(tr("Could not create the spreadsheet: %1").arg(libraryMessage(closeError)));

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read back the spreadsheet: %1").arg(file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fail(tr("Could not read back the spreadsheet: %1").arg(file.errorString()));
    return bytes;
}

Status XlsxWriter::writeFile(const Sheet &sheet, const QString &path)
{
    Result<QByteArray> bytes = toBytes(sheet);
    if (!bytes)
        return fail(bytes.error());
    return CsvWriter::writeFile(path, *bytes);
}

} // namespace k12
