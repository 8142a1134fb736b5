// Our gradebook exports read by programs that are not ours (issue 15): openpyxl
// reads our XLSX; LibreOffice (headless) opens our CSV files in an English and a
// German locale and re-saves our XLSX, and openpyxl checks every cell of what it
// made; LibreOffice's files are imported back with the real CLI. Known losses
// (leading zeros in CSV, the visible formula guard, frozen panes) are asserted,
// so a change in LibreOffice or in our files shows up here.
#include "tests/common/TestSupport.h"

#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <optional>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

const QString kClass = u"Période 3"_s;
const QString kPython = u"/usr/bin/python3"_s; // PATH may hold a pyenv build without Debian's openpyxl
const QString kEnglish = u"en_US.UTF-8"_s;
const QString kGerman = u"de_DE.UTF-8"_s;

// Dumps spreadsheets and CSV files as JSON, with readers that share no code with
// ours: openpyxl for XLSX (each cell as [type, value]; "formula" for a formula
// cell, which openpyxl would otherwise show as a str starting with "="), the
// csv module for CSV. Arguments: pairs of kind ("xlsx", "csv," or "csv;") and path.
const char *const kDumpScript = R"PY(
import csv, io, json, sys
import openpyxl

def xlsx(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    rows = [[["formula" if c.data_type == "f" else type(c.value).__name__, c.value] for c in row]
            for row in ws.iter_rows()]
    return {"sheet": ws.title, "freeze": ws.freeze_panes, "bold": [bool(c.font.b) for c in ws[1]], "rows": rows}

def csvfile(path, delimiter):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    return {"bom": raw.startswith(b"\xef\xbb\xbf"), "rows": rows}

out = {}
args = sys.argv[1:]
for kind, path in zip(args[0::2], args[1::2]):
    out[path] = xlsx(path) if kind == "xlsx" else csvfile(path, kind[-1])
json.dump(out, sys.stdout, ensure_ascii=False, default=str)
)PY";

struct Cell
{
    QString type; // openpyxl's: str, int, float, NoneType (or formula, bool, datetime: never ours)
    QJsonValue value;

    bool isNumber() const { return type == u"int"_s || type == u"float"_s; }
    bool isEmpty() const { return type == u"NoneType"_s; }
    bool isText() const { return type == u"str"_s; }
    QString describe() const
    {
        if (isEmpty())
            return u"empty"_s;
        if (isNumber())
            return u"%1 %2"_s.arg(type, QString::number(value.toDouble(), 'g', 17));
        return u"%1 \"%2\""_s.arg(type, value.toVariant().toString());
    }
};

Cell text(const QString &s)
{
    return {u"str"_s, s};
}
Cell number(double d)
{
    return {u"float"_s, d};
}
Cell empty()
{
    return {u"NoneType"_s, QJsonValue()};
}

// Same kind and same value; numbers compared exactly (int 10 equals float 10).
bool same(const Cell &a, const Cell &b)
{
    if (a.isNumber() || b.isNumber())
        return a.isNumber() && b.isNumber() && a.value.toDouble() == b.value.toDouble();
    return a.type == b.type && a.value == b.value;
}

QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

// A grid of rows: a worksheet (cells) or a CSV file (strings), found by header and first cell.
template<typename T> struct Grid
{
    QList<QList<T>> rows;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const
    {
        int n = 0;
        for (const QList<T> &r : rows)
            n = std::max(n, int(r.size()));
        return n;
    }
    T at(int row, int column) const
    {
        if (row < rows.size() && column < rows.at(row).size())
            return rows.at(row).at(column);
        if constexpr (std::is_same_v<T, Cell>)
            return empty();
        else
            return T();
    }
    static QString label(const T &cell)
    {
        if constexpr (std::is_same_v<T, Cell>)
            return cell.value.toString();
        else
            return cell;
    }
    int column(const QString &header) const
    {
        for (int c = 0; c < columnCount(); ++c)
            if (label(at(0, c)) == header)
                return c;
        return -1;
    }
    int row(const QString &first) const
    {
        for (int r = 0; r < rowCount(); ++r)
            if (label(at(r, 0)) == first)
                return r;
        return -1;
    }
    // The cell of a student (or "Points Possible") in a column; empty when either is missing.
    T cell(const QString &first, const QString &header) const
    {
        const int r = row(first);
        const int c = column(header);
        return r < 0 || c < 0 ? at(rowCount(), 0) : at(r, c);
    }
};

struct Sheet : Grid<Cell>
{
    QString title;
    QString freeze;
    QList<bool> headerBold;
};

struct CsvTable : Grid<QString>
{
    bool bom = false;
};

// Columns that identify a student: text that may look like a number ("1003").
bool isIdentityColumn(const QString &header)
{
    static const QStringList ids{u"Student Number"_s, u"SIS User ID"_s, u"ID"_s, u"SIS Login ID"_s};
    return ids.contains(header);
}

// Text a spreadsheet would take for a formula; our CSV writes it with one more apostrophe.
bool looksLikeFormula(const QString &s)
{
    static const QRegularExpression re(u"^'*[=+\\-@\\t\\r]"_s);
    return re.match(s).hasMatch();
}

std::optional<double> parseNumber(QString s, bool decimalComma)
{
    if (decimalComma) {
        if (s.contains(u'.'))
            return std::nullopt;
        s.replace(u',', u'.');
    }
    static const QRegularExpression plain(u"^[+-]?[0-9]+(\\.[0-9]+)?$"_s);
    if (!plain.match(s).hasMatch())
        return std::nullopt;
    return s.toDouble();
}

// What LibreOffice holds for a cell we wrote as `ours` in our XLSX and as `csv` in
// our CSV file, after opening that CSV file in the locale the file was made for.
Cell expectedFromCsv(const Cell &ours, const QString &csv)
{
    if (!ours.isText())
        return ours;
    const QString s = ours.value.toString();
    // Known loss 1: the formula guard stays visible; LibreOffice does not take a
    // leading apostrophe off on CSV import (our importer does).
    if (csv == u"'"_s + s)
        return text(csv);
    // Known loss 2: student numbers made of digits become numbers ("00123" -> 123).
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (digits.match(s).hasMatch())
        return number(s.toDouble());
    return ours;
}

// Every cell of `actual` against `expected(row, column)`; the differences, one per cell.
template<typename Expect> QStringList differences(const Sheet &actual, int rows, int columns, Expect expected)
{
    QStringList problems;
    for (int r = 0; r < std::max(rows, actual.rowCount()); ++r) {
        for (int c = 0; c < std::max(columns, actual.columnCount()); ++c) {
            const Cell want = expected(r, c);
            const Cell got = actual.at(r, c);
            if (!same(got, want))
                problems << u"%1: expected %2, found %3"_s.arg(cellName(r, c), want.describe(), got.describe());
        }
    }
    return problems;
}

// A dry run's summary: no change, every score in the file unchanged.
void verifyNoChange(const test::ProcessResult &r, int unchanged)
{
    static const QRegularExpression summary(u"^0 changes: 0 scores to change, (\\d+) unchanged, 0 new assignments$"_s,
                                            QRegularExpression::MultilineOption);
    const QString all = r.out + r.err;
    QVERIFY2(r.exitCode == 0, qPrintable(all));
    const QRegularExpressionMatch m = summary.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(all));
    QCOMPARE(m.captured(1).toInt(), unchanged);
    QVERIFY2(r.out.contains(u"Dry run: nothing was written."_s), qPrintable(all));
}

} // namespace

class TestInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void ourCsvHoldsWhatOurXlsxHolds_data();
    void ourCsvHoldsWhatOurXlsxHolds();
    void openpyxlReadsOurXlsx();
    void libreOfficeReadsCommaCsvInEnglish_data();
    void libreOfficeReadsCommaCsvInEnglish();
    void libreOfficeReadsSemicolonCsvInGerman();
    void germanLibreOfficeMisreadsCommaCsv();
    void libreOfficeKeepsOurXlsx_data();
    void libreOfficeKeepsOurXlsx();
    void libreOfficesXlsxImportsWithNoChange_data();
    void libreOfficesXlsxImportsWithNoChange();
    void libreOfficesGermanCsvImportsWithNoChange();

private:
    test::ProcessResult teacher(const QStringList &args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_profile} + args);
    }
    bool mustRun(const QStringList &args, QString *out = nullptr);
    bool makeClass();
    bool exportAll();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString convert(const QString &locale, const QString &infilter, const QString &to, const QString &outDir,
                    const QStringList &files, const QString &outSuffix);
    QString dumpAll();
    Sheet sheet(const QString &file) const;
    CsvTable csv(const QString &file) const;

    QTemporaryDir m_tmp;
    QDir m_dir;
    QString m_profile;
    QString m_soffice;
    QJsonObject m_dump;
    int m_sofficeRuns = 0;
    QElapsedTimer m_timer;
};

bool TestInterop::mustRun(const QStringList &args, QString *out)
{
    const test::ProcessResult r = teacher(args);
    if (r.exitCode != 0) {
        qWarning("k12-teacher %s failed (%d): %s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.err));
        return false;
    }
    if (out)
        *out = r.out.trimmed();
    return true;
}

// A class whose content breaks spreadsheets, made through the CLI like a teacher
// would (exempt has no CLI: it is written through the repository on the same profile).
bool TestInterop::makeClass()
{
    QString classId;
    if (!mustRun({u"class"_s, u"add"_s, kClass}, &classId))
        return false;
    // The roster import reads UTF-8: accents, Chinese and Arabic names, numbers a spreadsheet would change.
    const QString roster = u"given_name,family_name,student_number,email\r\n"
                           u"Zoë,Ávila,00123,\r\n"
                           u"明,李,@1002,\r\n"
                           u"ليلى,حداد,1003,\r\n"
                           u"Ada,Lovelace,1004,ada@example.org\r\n"_s;
    test::writeFile(path(u"roster.csv"_s), roster.toUtf8());
    const QString c = kClass;
    bool ok = mustRun({u"roster"_s, u"import"_s, path(u"roster.csv"_s), u"--class"_s, c});
    ok = ok && mustRun({u"category"_s, u"add"_s, u"--class"_s, c, u"Homework"_s, u"--weight"_s, u"40"_s});
    ok = ok && mustRun({u"category"_s, u"add"_s, u"--class"_s, c, u"Tests"_s, u"--weight"_s, u"60"_s});
    const auto assignment = [&](const QString &title, const QString &points, const QString &category,
                                const QStringList &more = {}) {
        return ok && mustRun(QStringList{u"assignment"_s, u"add"_s, u"--class"_s, c, title, u"--points"_s, points,
                                         u"--category"_s, category} +
                             more);
    };
    QString essayId;
    ok = assignment(u"HW 2 (bonus)"_s, u"10"_s, u"Homework"_s);
    ok = ok && mustRun({u"assignment"_s, u"add"_s, u"--class"_s, c, u"Essay"_s, u"--points"_s, u"20"_s, u"--category"_s,
                        u"Homework"_s},
                       &essayId);
    ok = assignment(u"=1+2"_s, u"12.5"_s, u"Tests"_s); // run as a formula, it would show 3
    ok = assignment(u"Oral quiz"_s, u"10"_s, u"Tests"_s, {u"--letter"_s});
    const auto grade = [&](const QString &student, const QString &title, const QStringList &what) {
        return ok && mustRun(QStringList{u"grade"_s, u"set"_s, u"--class"_s, c, u"--assignment"_s, title,
                                         u"--student"_s, student} +
                             what);
    };
    // Ávila: extra credit 10.5 of 10, 19.999 (read as 19999 with a German thousands separator), 8.25.
    ok = grade(u"00123"_s, u"HW 2 (bonus)"_s, {u"--points"_s, u"10.5"_s});
    ok = grade(u"00123"_s, u"Essay"_s, {u"--points"_s, u"19.999"_s});
    ok = grade(u"00123"_s, u"=1+2"_s, {u"--points"_s, u"8.25"_s});
    ok = grade(u"00123"_s, u"Oral quiz"_s, {u"--letter"_s, u"B+"_s});
    // 李: excused, exempt (below), full marks of 12.5, a letter.
    ok = grade(u"@1002"_s, u"HW 2 (bonus)"_s, {u"--excused"_s});
    ok = grade(u"@1002"_s, u"=1+2"_s, {u"--points"_s, u"12.5"_s});
    ok = grade(u"@1002"_s, u"Oral quiz"_s, {u"--letter"_s, u"A-"_s});
    // حداد: late, missing, one ungraded letter.
    ok = grade(u"1003"_s, u"HW 2 (bonus)"_s, {u"--points"_s, u"7"_s, u"--late"_s, u"--days-late"_s, u"2"_s});
    ok = grade(u"1003"_s, u"Essay"_s, {u"--points"_s, u"15"_s});
    ok = grade(u"1003"_s, u"=1+2"_s, {u"--missing"_s});
    // Lovelace: missing, full marks, 0.1 (not exact in binary), a letter.
    ok = grade(u"1004"_s, u"HW 2 (bonus)"_s, {u"--missing"_s});
    ok = grade(u"1004"_s, u"Essay"_s, {u"--points"_s, u"20"_s});
    ok = grade(u"1004"_s, u"=1+2"_s, {u"--points"_s, u"0.1"_s});
    ok = grade(u"1004"_s, u"Oral quiz"_s, {u"--letter"_s, u"C"_s});
    if (!ok)
        return false;

    Result<std::unique_ptr<Store>> store = Store::open(m_profile);
    if (!store) {
        qWarning("cannot open the profile: %s", qPrintable(store.error()));
        return false;
    }
    const Result<Student> li = StudentRepository(**store).resolveInClass(classId, u"@1002"_s);
    if (!li) {
        qWarning("student @1002: %s", qPrintable(li.error()));
        return false;
    }
    Score exempt;
    exempt.id = Score::idFor(essayId, li->id);
    exempt.classId = classId;
    exempt.assignmentId = essayId;
    exempt.studentId = li->id;
    exempt.exempt = true;
    if (Status saved = ScoreRepository(**store).save(exempt, u"test"_s); !saved) {
        qWarning("exempt score: %s", qPrintable(saved.error()));
        return false;
    }
    return true;
}

bool TestInterop::exportAll()
{
    const auto exportAs = [&](const QString &file, const QStringList &options) {
        return mustRun(QStringList{u"export"_s, u"gradebook"_s, u"--class"_s, kClass, u"--out"_s, path(file)} +
                       options);
    };
    return exportAs(u"k12.xlsx"_s, {u"--format"_s, u"xlsx"_s}) && exportAs(u"k12.csv"_s, {}) &&
           exportAs(u"k12-semicolon.csv"_s, {u"--delimiter"_s, u";"_s, u"--decimal-comma"_s}) &&
           exportAs(u"canvas.csv"_s, {u"--format"_s, u"canvas"_s}) &&
           exportAs(u"canvas.xlsx"_s, {u"--format"_s, u"canvas,xlsx"_s});
}

// One soffice run over several files (about a second however many); LC_ALL is
// all LibreOffice needs for a locale: it has its own locale data, and reads the
// variable without the glibc locale being generated (germanLibreOfficeMisreadsCommaCsv
// proves the German one took effect). Returns what went wrong, or nothing.
QString TestInterop::convert(const QString &locale, const QString &infilter, const QString &to, const QString &outDir,
                             const QStringList &files, const QString &outSuffix)
{
    QDir().mkpath(path(outDir));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANG"_s, locale);
    env.remove(u"LANGUAGE"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    QStringList args{u"--headless"_s, u"--norestore"_s,
                     u"-env:UserInstallation="_s + QUrl::fromLocalFile(path(u"lo-profile"_s)).toString()};
    if (!infilter.isEmpty())
        args << u"--infilter="_s + infilter;
    args << u"--convert-to"_s << to << u"--outdir"_s << path(outDir);
    for (const QString &f : files)
        args << path(f);
    p.start(m_soffice, args);
    ++m_sofficeRuns;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return u"soffice did not finish within 60 s"_s;
    }
    const QString log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return u"soffice exited with %1: %2"_s.arg(p.exitCode()).arg(log);
    // soffice exits 0 when a file could not be loaded: look for each output.
    for (const QString &f : files) {
        const QString out = QDir(path(outDir)).filePath(QFileInfo(f).completeBaseName() + outSuffix);
        if (!QFileInfo::exists(out))
            return u"soffice made no %1: %2"_s.arg(out, log);
    }
    return {};
}

QString TestInterop::dumpAll()
{
    test::writeFile(path(u"dump.py"_s), kDumpScript);
    QStringList args{u"-I"_s, path(u"dump.py"_s)};
    const auto add = [&](const QString &kind, const QString &file) { args << kind << path(file); };
    add(u"xlsx"_s, u"k12.xlsx"_s);
    add(u"xlsx"_s, u"canvas.xlsx"_s);
    add(u"csv,"_s, u"k12.csv"_s);
    add(u"csv;"_s, u"k12-semicolon.csv"_s);
    add(u"csv,"_s, u"canvas.csv"_s);
    add(u"xlsx"_s, u"lo-en/k12.xlsx"_s);
    add(u"xlsx"_s, u"lo-en/canvas.xlsx"_s);
    add(u"xlsx"_s, u"lo-de/k12-semicolon.xlsx"_s);
    add(u"xlsx"_s, u"lo-de-comma/k12.xlsx"_s);
    add(u"xlsx"_s, u"lo-de-xlsx/k12.xlsx"_s);
    add(u"xlsx"_s, u"lo-de-xlsx/canvas.xlsx"_s);
    add(u"csv;"_s, u"lo-de-csv/k12-semicolon.csv"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    p.setProcessEnvironment(env);
    p.start(kPython, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return u"the openpyxl script did not finish within 60 s"_s;
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return u"the openpyxl script failed (%1): %2"_s.arg(p.exitCode()).arg(QString::fromUtf8(err));
    QJsonParseError error;
    m_dump = QJsonDocument::fromJson(p.readAllStandardOutput(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return u"the openpyxl script printed no JSON: "_s + error.errorString();
    return {};
}

Sheet TestInterop::sheet(const QString &file) const
{
    const QJsonObject o = m_dump.value(path(file)).toObject();
    Sheet s;
    s.title = o.value(u"sheet"_s).toString();
    s.freeze = o.value(u"freeze"_s).toString();
    for (const QJsonValue &b : o.value(u"bold"_s).toArray())
        s.headerBold << b.toBool();
    for (const QJsonValue &row : o.value(u"rows"_s).toArray()) {
        QList<Cell> cells;
        for (const QJsonValue &c : row.toArray())
            cells << Cell{c.toArray().at(0).toString(), c.toArray().at(1)};
        s.rows << cells;
    }
    return s;
}

CsvTable TestInterop::csv(const QString &file) const
{
    const QJsonObject o = m_dump.value(path(file)).toObject();
    CsvTable t;
    t.bom = o.value(u"bom"_s).toBool();
    for (const QJsonValue &row : o.value(u"rows"_s).toArray()) {
        QStringList cells;
        for (const QJsonValue &c : row.toArray())
            cells << c.toString();
        t.rows << cells;
    }
    return t;
}

void TestInterop::initTestCase()
{
    m_timer.start();
    QVERIFY(m_tmp.isValid());
    m_dir = QDir(m_tmp.path());
    m_profile = path(u"profile"_s);

    // Missing tools fail, naming the Debian package (scripts/setup installs them all).
    m_soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (m_soffice.isEmpty())
        QFAIL("soffice not found: install libreoffice-calc-nogui (scripts/setup does)");
    if (!QFileInfo(kPython).isExecutable())
        QFAIL("/usr/bin/python3 not found: install python3 (scripts/setup does)");
    QProcess probe;
    probe.start(kPython, {u"-I"_s, u"-c"_s, u"import openpyxl"_s});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QFAIL("/usr/bin/python3 cannot import openpyxl: install python3-openpyxl (scripts/setup does)");

    QVERIFY2(makeClass(), "the class could not be made through the CLI (see the warnings above)");
    QVERIFY2(exportAll(), "k12-teacher export gradebook failed (see the warnings above)");
    const qint64 exported = m_timer.elapsed();

    // (a) comma CSV, English; (b) ';' and decimal commas, German (token 6: language 1031);
    // (b') the comma CSV in a German LibreOffice; (c) our XLSX re-saved in German;
    // (d) the ';' CSV saved again as CSV in German (token 3: UTF-8, not the default).
    QString e =
        convert(kEnglish, u"CSV:44,34,76,1"_s, u"xlsx"_s, u"lo-en"_s, {u"k12.csv"_s, u"canvas.csv"_s}, u".xlsx"_s);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = convert(kGerman, u"CSV:59,34,76,1,,1031"_s, u"xlsx"_s, u"lo-de"_s, {u"k12-semicolon.csv"_s}, u".xlsx"_s);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = convert(kGerman, u"CSV:44,34,76,1"_s, u"xlsx"_s, u"lo-de-comma"_s, {u"k12.csv"_s}, u".xlsx"_s);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = convert(kGerman, {}, u"xlsx"_s, u"lo-de-xlsx"_s, {u"k12.xlsx"_s, u"canvas.xlsx"_s}, u".xlsx"_s);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = convert(kGerman, u"CSV:59,34,76,1,,1031"_s, u"csv:Text - txt - csv (StarCalc):59,34,76,1"_s, u"lo-de-csv"_s,
                {u"k12-semicolon.csv"_s}, u".csv"_s);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const qint64 converted = m_timer.elapsed();

    e = dumpAll();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    qInfo("class and 5 exports %lld ms; %d soffice runs %lld ms; openpyxl %lld ms", exported, m_sofficeRuns,
          converted - exported, m_timer.elapsed() - converted);
}

void TestInterop::cleanupTestCase()
{
    qInfo("whole test %lld ms", m_timer.elapsed());
}

void TestInterop::ourCsvHoldsWhatOurXlsxHolds_data()
{
    QTest::addColumn<QString>("xlsx");
    QTest::addColumn<QString>("csvFile");
    QTest::addColumn<bool>("decimalComma");
    QTest::newRow("k12, commas") << u"k12.xlsx"_s << u"k12.csv"_s << false;
    QTest::newRow("k12, ; and decimal commas") << u"k12.xlsx"_s << u"k12-semicolon.csv"_s << true;
    QTest::newRow("canvas, commas") << u"canvas.xlsx"_s << u"canvas.csv"_s << false;
}

// Cell by cell, our XLSX (read by openpyxl) and our CSV (read by Python's csv
// module) hold the same: numbers as numbers, text as text without the guard.
void TestInterop::ourCsvHoldsWhatOurXlsxHolds()
{
    QFETCH(QString, xlsx);
    QFETCH(QString, csvFile);
    QFETCH(bool, decimalComma);
    const Sheet ours = sheet(xlsx);
    const CsvTable table = csv(csvFile);
    QVERIFY2(table.bom, "a CSV export without the UTF-8 byte order mark");
    QCOMPARE(ours.rowCount(), table.rowCount());
    QCOMPARE(ours.columnCount(), table.columnCount());
    QStringList problems;
    for (int r = 0; r < ours.rowCount(); ++r) {
        for (int c = 0; c < ours.columnCount(); ++c) {
            const Cell cell = ours.at(r, c);
            const QString csvText = table.at(r, c);
            const QString header = ours.at(0, c).value.toString();
            const QString where = cellName(r, c) + u": XLSX "_s + cell.describe() + u", CSV \""_s + csvText + u"\""_s;
            if (cell.isEmpty()) {
                if (!csvText.isEmpty())
                    problems << where;
            } else if (cell.isNumber()) {
                const std::optional<double> n = parseNumber(csvText, decimalComma);
                if (!n || *n != cell.value.toDouble())
                    problems << where;
            } else if (cell.isText()) {
                const QString s = cell.value.toString();
                // Canvas reads SIS User IDs literally; "@1002" cannot run (README).
                static const QRegularExpression bareId(u"^[@+-][A-Za-z0-9]+$"_s);
                const bool unguarded = header == u"SIS User ID"_s && bareId.match(s).hasMatch();
                const QString written = looksLikeFormula(s) && !unguarded ? u"'"_s + s : s;
                if (csvText != written)
                    problems << where + u" (expected CSV \""_s + written + u"\")"_s;
                if (r > 0 && parseNumber(s, false) && !isIdentityColumn(header))
                    problems << where + u": a number written as text"_s;
            } else {
                problems << where + u": neither text nor a number"_s;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The cells that break spreadsheets, read from our XLSX by openpyxl.
void TestInterop::openpyxlReadsOurXlsx()
{
    const Sheet k12 = sheet(u"k12.xlsx"_s);
    QCOMPARE(k12.title, kClass);
    QCOMPARE(k12.freeze, u"B3"_s); // header, Points Possible and the name column stay in place
    QVERIFY(!k12.headerBold.isEmpty() && !k12.headerBold.contains(false));
    const QString avila = u"Ávila, Zoë"_s;
    const QString li = u"李, 明"_s;
    const QString haddad = u"حداد, ليلى"_s;
    const QString ada = u"Lovelace, Ada"_s;
    const QString pp = u"Points Possible"_s;
    const auto check = [](const Sheet &s, const QString &row, const QString &column, const Cell &want) {
        const Cell got = s.cell(row, column);
        if (!same(got, want))
            qWarning("%s / %s: expected %s, found %s", qPrintable(row), qPrintable(column), qPrintable(want.describe()),
                     qPrintable(got.describe()));
        return same(got, want);
    };
    QVERIFY(k12.column(u"=1+2"_s) > 0); // the title as text, no apostrophe, not a formula
    QVERIFY(k12.column(u"HW 2 (bonus)"_s) > 0);
    QVERIFY(check(k12, pp, u"=1+2"_s, number(12.5)));
    QVERIFY(check(k12, pp, u"HW 2 (bonus)"_s, number(10)));
    QVERIFY(check(k12, avila, u"Student Number"_s, text(u"00123"_s)));
    QVERIFY(check(k12, avila, u"HW 2 (bonus)"_s, number(10.5)));
    QVERIFY(check(k12, avila, u"Essay"_s, number(19.999)));
    QVERIFY(check(k12, avila, u"=1+2"_s, number(8.25)));
    QVERIFY(check(k12, avila, u"Oral quiz"_s, text(u"B+"_s)));
    QVERIFY(check(k12, li, u"Student Number"_s, text(u"@1002"_s)));
    QVERIFY(check(k12, li, u"HW 2 (bonus)"_s, text(u"EX"_s)));
    QVERIFY(check(k12, li, u"Essay"_s, text(u"EXEMPT"_s)));
    QVERIFY(check(k12, haddad, u"Student Number"_s, text(u"1003"_s)));
    QVERIFY(check(k12, haddad, u"HW 2 (bonus)"_s, number(7))); // late: points as entered
    QVERIFY(check(k12, haddad, u"=1+2"_s, text(u"MISSING"_s)));
    QVERIFY(check(k12, haddad, u"Oral quiz"_s, empty()));
    QVERIFY(check(k12, ada, u"=1+2"_s, number(0.1)));
    QVERIFY(check(k12, ada, u"Oral quiz"_s, text(u"C"_s)));
    QVERIFY(k12.cell(avila, u"Final %"_s).isNumber());
    QVERIFY(k12.cell(avila, u"Letter"_s).isText());

    const Sheet canvas = sheet(u"canvas.xlsx"_s);
    QCOMPARE(canvas.freeze, u"B3"_s);
    const QString cpp = u"    Points Possible"_s;
    QVERIFY(check(canvas, cpp, u"=1+2"_s, number(12.5)));
    QVERIFY(check(canvas, cpp, u"Final Score"_s, text(u"(read only)"_s)));
    QVERIFY(check(canvas, avila, u"SIS User ID"_s, text(u"00123"_s)));
    QVERIFY(check(canvas, avila, u"Essay"_s, number(19.999)));
    QVERIFY(check(canvas, avila, u"Oral quiz"_s, text(u"B+"_s)));
    QVERIFY(check(canvas, li, u"SIS User ID"_s, text(u"@1002"_s)));
    QVERIFY(check(canvas, li, u"Essay"_s, text(u"EX"_s))); // exempt is EX in Canvas
    QVERIFY(check(canvas, haddad, u"=1+2"_s, empty()));    // missing: Canvas's own policy
    QVERIFY(check(canvas, li, u"Section"_s, text(kClass)));
}

void TestInterop::libreOfficeReadsCommaCsvInEnglish_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("k12") << u"k12"_s;
    QTest::newRow("canvas") << u"canvas"_s;
}

// (a) Our comma CSV opened by an English LibreOffice: numbers stay numbers with
// the same value, text stays text; the two known losses are asserted by cell.
void TestInterop::libreOfficeReadsCommaCsvInEnglish()
{
    QFETCH(QString, layout);
    const Sheet ours = sheet(layout + u".xlsx"_s);
    const CsvTable table = csv(layout + u".csv"_s);
    const Sheet lo = sheet(u"lo-en/"_s + layout + u".xlsx"_s);
    const QStringList problems = differences(lo, ours.rowCount(), ours.columnCount(), [&](int r, int c) {
        return expectedFromCsv(ours.at(r, c), table.at(r, c));
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    const QString id = layout == u"k12"_s ? u"Student Number"_s : u"SIS User ID"_s;
    QVERIFY(same(lo.cell(u"Ávila, Zoë"_s, id), number(123))); // loss: "00123" loses its zeros
    QVERIFY(same(lo.cell(u"Ávila, Zoë"_s, u"Essay"_s), number(19.999)));
    QVERIFY(lo.column(u"=1+2"_s) < 0);
    QVERIFY(lo.column(u"'=1+2"_s) > 0); // loss: the guard shows (and nothing ran)
    // Our CSV guards "@1002" in the k12 layout, not as Canvas's SIS User ID; LibreOffice keeps both as text.
    QVERIFY(same(lo.cell(u"李, 明"_s, id), text(layout == u"k12"_s ? u"'@1002"_s : u"@1002"_s)));
}

// (b) Our ';' CSV with decimal commas opened by a German LibreOffice: the same
// as (a), the decimal comma read as one (19,999 is 19.999).
void TestInterop::libreOfficeReadsSemicolonCsvInGerman()
{
    const Sheet ours = sheet(u"k12.xlsx"_s);
    const CsvTable table = csv(u"k12-semicolon.csv"_s);
    const Sheet lo = sheet(u"lo-de/k12-semicolon.xlsx"_s);
    const QStringList problems = differences(lo, ours.rowCount(), ours.columnCount(), [&](int r, int c) {
        return expectedFromCsv(ours.at(r, c), table.at(r, c));
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(same(lo.cell(u"Ávila, Zoë"_s, u"Student Number"_s), number(123)));
    QVERIFY(same(lo.cell(u"Ávila, Zoë"_s, u"Essay"_s), number(19.999)));
    QVERIFY(same(lo.cell(u"Points Possible"_s, u"'=1+2"_s), number(12.5)));
    QVERIFY(same(lo.cell(u"Lovelace, Ada"_s, u"'=1+2"_s), number(0.1)));
}

// (b') Why the export dialog offers ';' and decimal commas: a German LibreOffice
// reads the comma CSV's "19.999" as 19999 and "12.5" as text (README). That it
// does also shows LC_ALL reached LibreOffice although no glibc de_DE locale is generated.
void TestInterop::germanLibreOfficeMisreadsCommaCsv()
{
    const Sheet lo = sheet(u"lo-de-comma/k12.xlsx"_s);
    const Cell essay = lo.cell(u"Ávila, Zoë"_s, u"Essay"_s);
    QVERIFY2(same(essay, number(19999)),
             qPrintable(u"19.999 in a German LibreOffice is %1, not 19999: if LC_ALL=de_DE.UTF-8 no longer reaches "
                        "LibreOffice, generate the locale (package locales, /etc/locale.gen)"_s.arg(essay.describe())));
    QVERIFY(same(lo.cell(u"Points Possible"_s, u"'=1+2"_s), text(u"12.5"_s)));
    QVERIFY(same(lo.cell(u"Ávila, Zoë"_s, u"HW 2 (bonus)"_s), text(u"10.5"_s)));
}

void TestInterop::libreOfficeKeepsOurXlsx_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("k12") << u"k12"_s;
    QTest::newRow("canvas") << u"canvas"_s;
}

// (c) Our XLSX opened and saved again by a German LibreOffice: every cell the
// same type and value, student numbers still text. Frozen panes are lost: a
// headless conversion has no view to take them from (LibreOffice, not our file).
void TestInterop::libreOfficeKeepsOurXlsx()
{
    QFETCH(QString, layout);
    const Sheet ours = sheet(layout + u".xlsx"_s);
    const Sheet lo = sheet(u"lo-de-xlsx/"_s + layout + u".xlsx"_s);
    const QStringList problems =
        differences(lo, ours.rowCount(), ours.columnCount(), [&](int r, int c) { return ours.at(r, c); });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString id = layout == u"k12"_s ? u"Student Number"_s : u"SIS User ID"_s;
    QVERIFY(same(lo.cell(u"Ávila, Zoë"_s, id), text(u"00123"_s))); // no loss in XLSX
    QVERIFY(same(lo.cell(u"李, 明"_s, id), text(u"@1002"_s)));
    QVERIFY(lo.column(u"=1+2"_s) > 0);
    QCOMPARE(lo.title, kClass);
    QCOMPARE(ours.freeze, u"B3"_s);
    QCOMPARE(lo.freeze, QString()); // the known loss
}

void TestInterop::libreOfficesXlsxImportsWithNoChange_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("unchanged");
    // 16 cells less حداد's ungraded letter; Canvas leaves the two missing cells empty.
    QTest::newRow("k12") << u"k12"_s << 15;
    QTest::newRow("canvas") << u"canvas"_s << 13;
}

// LibreOffice's re-saved XLSX (c) imports back into the class with no change.
void TestInterop::libreOfficesXlsxImportsWithNoChange()
{
    QFETCH(QString, layout);
    QFETCH(int, unchanged);
    const test::ProcessResult r = teacher(
        {u"import"_s, u"scores"_s, path(u"lo-de-xlsx/"_s + layout + u".xlsx"_s), u"--class"_s, kClass, u"--dry-run"_s});
    verifyNoChange(r, unchanged);
}

// (d) Our ';' CSV saved again as CSV by a German LibreOffice: decimal commas
// kept, the guard kept as text, "00123" written as 123. The import still
// matches that student by name, takes the guard off and finds no change.
void TestInterop::libreOfficesGermanCsvImportsWithNoChange()
{
    const CsvTable ours = csv(u"k12-semicolon.csv"_s);
    const CsvTable lo = csv(u"lo-de-csv/k12-semicolon.csv"_s);
    QVERIFY(!lo.bom);
    QCOMPARE(lo.rowCount(), ours.rowCount());
    const Sheet xlsx = sheet(u"k12.xlsx"_s);
    QStringList problems;
    for (int r = 0; r < ours.rowCount(); ++r) {
        for (int c = 0; c < ours.columnCount(); ++c) {
            const QString mine = ours.at(r, c);
            const QString theirs = lo.at(r, c);
            const Cell cell = xlsx.at(r, c);
            bool ok = theirs == mine;
            if (cell.isNumber()) // LibreOffice's number format: 0,00 -> 0
                ok = parseNumber(theirs, true) == parseNumber(mine, true);
            else if (cell.isText() && isIdentityColumn(xlsx.at(0, c).value.toString()))
                ok = ok || (parseNumber(mine, false) && theirs == QString::number(mine.toLongLong()));
            if (!ok)
                problems << u"%1: ours \"%2\", LibreOffice's \"%3\""_s.arg(cellName(r, c), mine, theirs);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(lo.cell(u"Ávila, Zoë"_s, u"Student Number"_s), u"123"_s); // the loss
    QCOMPARE(lo.cell(u"Ávila, Zoë"_s, u"Essay"_s), u"19,999"_s);
    QCOMPARE(lo.cell(u"李, 明"_s, u"Student Number"_s), u"'@1002"_s);
    QVERIFY(lo.column(u"'=1+2"_s) > 0);

    const test::ProcessResult r = teacher(
        {u"import"_s, u"scores"_s, path(u"lo-de-csv/k12-semicolon.csv"_s), u"--class"_s, kClass, u"--dry-run"_s});
    verifyNoChange(r, 15);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
