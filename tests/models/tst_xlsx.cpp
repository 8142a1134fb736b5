// XLSX writing and reading (issue 15): our writer read back by our reader and
// by openpyxl, our reader on files openpyxl and hand-written zips make, and
// hostile files (random bytes, damaged zips, bombs) refused with a message.
#include "tests/common/TestSupport.h"

#include "models/sheet/XlsxReader.h"
#include "models/sheet/XlsxWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestXlsx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void numberText();
    void sheetNames();
    void roundTripThroughOurReader();
    void openpyxlReadsOurFile();
    void charactersXmlCannotHoldAreDropped();
    void limitsAreErrors();
    void numbersUnderAGermanLocale();
    void readsOpenpyxlWorkbook();
    void readsEveryCellKind();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void zipBombsStop();

private:
    QByteArray handMade(const QString &mode);

    QTemporaryDir m_dir;
    QString m_pythonProblem;
};

namespace {

const QString systemPython = u"/usr/bin/python3"_s;

struct PythonRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

PythonRun runPython(const QString &script, const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(systemPython, QStringList{u"-c"_s, script} + args);
    PythonRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = u"timed out"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

SheetCell text(const QString &value)
{
    return SheetCell::ofText(value);
}

SheetCell number(double value)
{
    return SheetCell::ofNumber(value, XlsxReader::numberText(value));
}

// Every text a gradebook cell may hold that a careless writer would damage.
const QStringList trickyTexts = {
    u"00123"_s,
    u"=Midterm"_s,
    u"+1"_s,
    u"-"_s,
    u"-3 late"_s,
    u"@1002"_s,
    u"'quoted"_s,
    u"Zoë Ångström-Müller"_s,
    u"李小龍"_s,
    u"مريم العربية"_s,
    u"שָׁלוֹם"_s,
    u"🎓 top 💯"_s,
    u"say \"hi\", twice"_s,
    u"two\nlines"_s,
    u"windows\r\nbreak"_s,
    u"  spaced  "_s,
    u"tab\tinside"_s,
    u"9.5"_s,
    u"TRUE"_s,
    u"_x0041_ stays"_s,
};

Sheet sampleSheet()
{
    Sheet sheet;
    sheet.name = u"Period 3"_s;
    sheet.frozenRows = 1;
    sheet.frozenColumns = 2;
    sheet.columnWidths = {24., 12., 0., 30.};
    sheet.rows.append({text(u"Student"_s), text(u"Text"_s), text(u"Score"_s), text(u"Note"_s)});
    const QList<double> numbers = {9.5, 10, 0.1, 87.25, -3, 1e-7, 123456789012., 0, 2.5e20};
    for (int i = 0; i < trickyTexts.size(); ++i) {
        const double n = numbers.at(i % numbers.size());
        sheet.rows.append({text(u"Student %1"_s.arg(i + 1)), text(trickyTexts.at(i)), number(n),
                           i % 3 == 0 ? SheetCell::empty() : text(u"n%1"_s.arg(i))});
    }
    return sheet;
}

// What our reader returns for a sheet: text as is, numbers as numberText.
QStringList expectedCells(const QList<SheetCell> &row)
{
    QStringList cells;
    for (const SheetCell &cell : row)
        cells.append(cell.isNumber() ? XlsxReader::numberText(cell.number) : cell.text);
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    return cells;
}

// Builds .xlsx files by hand with zipfile: every part a writer may emit, and hostile ones.
const char *handMadeScript = R"PY(
import sys, zipfile, struct
path, mode = sys.argv[1], sys.argv[2]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="' + REL + 'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WB = ('<?xml version="1.0"?><workbook ' + NS + '><sheets>'
      '<sheet name="Hidden" sheetId="2" state="hidden" r:id="rId2"/>'
      '<sheet name="Marks" sheetId="1" r:id="rId1"/></sheets></workbook>')
WBRELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="' + REL + 'worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="' + REL + 'worksheet" Target="/xl/worksheets/sheet2.xml"/>'
          '<Relationship Id="rId3" Type="' + REL + 'sharedStrings" Target="sharedStrings.xml"/>'
          '</Relationships>')
SST = ('<?xml version="1.0"?><sst ' + NS + ' count="5" uniqueCount="5">'
       '<si><t>Student</t></si>'
       '<si><r><rPr><b/></rPr><t>Sco</t></r><r><t xml:space="preserve">re </t></r>'
       '<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'
       '<si><t xml:space="preserve">  padded  </t></si>'
       '<si><t>two_x000D_\nlines</t></si>'
       '<si><t>00123</t></si></sst>')
SHEET1 = ('<?xml version="1.0"?><worksheet ' + NS + '><dimension ref="A1:F6"/><sheetData>'
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
          '<c r="D1" t="inlineStr"><is><t>Note</t></is></c></row>'
          '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v>9.5</v></c><c r="C3" t="b"><v>1</v></c>'
          '<c r="D3" t="s"><v>2</v></c></row>'
          '<row><c t="inlineStr"><is><r><t>Rich</t></r><r><t xml:space="preserve"> inline</t></r></is></c>'
          '<c><f>1+1</f><v>2</v></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c t="e"><v>#DIV/0!</v></c>'
          '<c t="b"><v>0</v></c><c><v>1E-07</v></c><c><v>100.0</v></c></row>'
          '<row r="5" spans="1:3"><c r="A5" s="1"/><c r="B5" t="s"/></row>'
          '<row r="6" spans="1:6"><c r="E6" t="s"><v>3</v></c><c r="F6" s="1"/></row>'
          '</sheetData><mergeCells count="0"/></worksheet>')
SHEET2 = ('<?xml version="1.0"?><worksheet ' + NS + '><sheetData>'
          '<row r="2"><c r="B2" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>')
parts = {'[Content_Types].xml': CT, '_rels/.rels': RELS, 'xl/workbook.xml': WB,
         'xl/_rels/workbook.xml.rels': WBRELS, 'xl/sharedStrings.xml': SST,
         'xl/worksheets/sheet1.xml': SHEET1, 'xl/worksheets/sheet2.xml': SHEET2}
if mode == 'badxml':
    parts['xl/worksheets/sheet1.xml'] = SHEET1.replace('<row r="3">', '<row r="3"><c')
elif mode == 'bigcolumn':
    parts['xl/worksheets/sheet1.xml'] = SHEET1.replace('r="D3"', 'r="XFE3"')
elif mode == 'bigrow':
    parts['xl/worksheets/sheet1.xml'] = SHEET1.replace('<row r="6"', '<row r="1048577"')
elif mode == 'badshared':
    parts['xl/worksheets/sheet1.xml'] = SHEET1.replace('<v>4</v>', '<v>99</v>')
elif mode == 'noworkbook':
    del parts['xl/workbook.xml']
    del parts['_rels/.rels']
elif mode == 'nosheetpart':
    del parts['xl/worksheets/sheet1.xml']
bomb = mode in ('bomb', 'lyingbomb')
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    for name, data in parts.items():
        if bomb and name == 'xl/worksheets/sheet1.xml':
            continue
        z.writestr(name, data)
    if bomb:
        with z.open('xl/worksheets/sheet1.xml', 'w') as f:
            f.write(('<?xml version="1.0"?><worksheet ' + NS + '><sheetData>').encode())
            chunk = b'<x/>' * (256 * 1024)
            for _ in range(520):
                f.write(chunk)
            f.write(b'</sheetData></worksheet>')
# Damage to sheet1.xml's local and central headers alike (a field sits 2 bytes
# earlier in the local header), so only reading the entry can tell.
PATCHES = {
    'lyingbomb': [('<I', 24, lambda old: 4096)],   # claims to unpack to 4 KiB
    'badcrc': [('<I', 16, lambda old: old ^ 1)],   # a wrong check sum
    'encrypted': [('<H', 8, lambda old: old | 1)],  # the "encrypted" flag
    'bzip2': [('<H', 10, lambda old: 12)],          # a method we do not unpack
    'shortentry': [('<I', 20, lambda old: old // 2)],  # half its compressed bytes
}
if mode in PATCHES:
    data = bytearray(open(path, 'rb').read())
    name = b'xl/worksheets/sheet1.xml'
    pos = 0
    while True:
        pos = data.find(b'PK\x01\x02', pos)
        if pos < 0:
            break
        name_length = struct.unpack_from('<H', data, pos + 28)[0]
        if data[pos + 46:pos + 46 + name_length] == name:
            local = struct.unpack_from('<I', data, pos + 42)[0]
            for fmt, at, change in PATCHES[mode]:
                value = change(struct.unpack_from(fmt, data, pos + at)[0])
                struct.pack_into(fmt, data, pos + at, value)
                struct.pack_into(fmt, data, local + at - 2, value)
        pos += 4
    open(path, 'wb').write(bytes(data))
)PY";

} // namespace

void TestXlsx::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!QFileInfo(systemPython).isExecutable()) {
        m_pythonProblem = systemPython + u" is missing (apt-get install python3 python3-openpyxl)"_s;
        return;
    }
    const PythonRun run = runPython(u"import openpyxl; print(openpyxl.__version__)"_s, {});
    if (run.exitCode != 0)
        m_pythonProblem =
            u"openpyxl cannot be imported by /usr/bin/python3 (apt-get install python3-openpyxl): "_s + run.err;
}

#define REQUIRE_PYTHON()                                                                                               \
    do {                                                                                                               \
        if (!m_pythonProblem.isEmpty())                                                                                \
            QFAIL(qPrintable(m_pythonProblem));                                                                        \
    } while (false)

QByteArray TestXlsx::handMade(const QString &mode)
{
    const QString path = m_dir.filePath(u"hand-%1.xlsx"_s.arg(mode));
    const PythonRun run = runPython(QString::fromUtf8(handMadeScript), {path, mode});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return {};
    }
    return test::readFile(path);
}

void TestXlsx::numberText()
{
    QCOMPARE(XlsxReader::numberText(10), u"10"_s);
    QCOMPARE(XlsxReader::numberText(9.5), u"9.5"_s);
    QCOMPARE(XlsxReader::numberText(0.1), u"0.1"_s);
    QCOMPARE(XlsxReader::numberText(87.25), u"87.25"_s);
    QCOMPARE(XlsxReader::numberText(-3), u"-3"_s);
    QCOMPARE(XlsxReader::numberText(-0.), u"0"_s);
    QCOMPARE(XlsxReader::numberText(1000000), u"1000000"_s);
    QCOMPARE(XlsxReader::numberText(0.1 + 0.2), u"0.30000000000000004"_s);
    QCOMPARE(XlsxReader::numberText(86.66666666666667), u"86.66666666666667"_s);
    QCOMPARE(XlsxReader::numberText(0.00001), u"0.00001"_s);
    for (double value : {1e-7, 2.5e20, 123456789012., 1. / 3., 1e300}) {
        const QString text = XlsxReader::numberText(value);
        QCOMPARE(text.toDouble(), value);
    }
}

void TestXlsx::sheetNames()
{
    QCOMPARE(XlsxWriter::sheetName(QString()), u"Gradebook"_s);
    QCOMPARE(XlsxWriter::sheetName(u"Period 3: Algebra [A/B]*?"_s), u"Period 3 Algebra A-B"_s);
    QCOMPARE(XlsxWriter::sheetName(u"'quoted'"_s), u"quoted"_s);
    QCOMPARE(XlsxWriter::sheetName(u"[]:*?"_s), u"Gradebook"_s);
    QCOMPARE(XlsxWriter::sheetName(u"history"_s), u"history 1"_s);
    const QString longName = XlsxWriter::sheetName(u"Advanced Placement Calculus BC, second semester"_s);
    QCOMPARE(longName, u"Advanced Placement Calculus BC,"_s);
    QVERIFY(longName.size() <= 31);
    // 30 characters and an emoji: the pair is not split.
    const QString emoji = XlsxWriter::sheetName(QString(30, u'x') + u"🎓"_s);
    QCOMPARE(emoji, QString(30, u'x'));
}

void TestXlsx::roundTripThroughOurReader()
{
    const Sheet sheet = sampleSheet();
    Result<QByteArray> bytes = XlsxWriter::toBytes(sheet);
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    QVERIFY(XlsxReader::looksLikeXlsx(*bytes));

    Result<CsvTable> table = XlsxReader::read(*bytes, u"grades.xlsx"_s);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->fileName, u"grades.xlsx"_s);
    QCOMPARE(table->encoding, u"XLSX"_s);
    QCOMPARE(table->headerLine, 1);
    QCOMPARE(table->header, expectedCells(sheet.rows.at(0)));
    QCOMPARE(table->rows.size(), sheet.rows.size() - 1);
    for (int i = 1; i < sheet.rows.size(); ++i) {
        const CsvRow &row = table->rows.at(i - 1);
        QCOMPARE(row.line, i + 1);
        QCOMPARE(row.cells, expectedCells(sheet.rows.at(i)));
    }
    // The texts exactly, not merely what expectedCells makes of them.
    for (int i = 0; i < trickyTexts.size(); ++i)
        QCOMPARE(table->rows.at(i).cells.at(1), trickyTexts.at(i));
    QCOMPARE(table->rows.at(0).cells.at(2), u"9.5"_s);
    QCOMPARE(table->rows.at(1).cells.at(2), u"10"_s);
    QCOMPARE(table->rows.at(2).cells.at(2), u"0.1"_s);
    QCOMPARE(table->rows.at(3).cells.at(2), u"87.25"_s);

    Result<QStringList> names = XlsxReader::sheetNames(*bytes, u"grades.xlsx"_s);
    QVERIFY2(names.ok(), qPrintable(names.error()));
    QCOMPARE(*names, QStringList{u"Period 3"_s});
    Result<CsvTable> byName = XlsxReader::read(*bytes, u"grades.xlsx"_s, u"Period 3"_s);
    QVERIFY2(byName.ok(), qPrintable(byName.error()));
    QCOMPARE(byName->rows.size(), table->rows.size());
}

void TestXlsx::openpyxlReadsOurFile()
{
    REQUIRE_PYTHON();
    Sheet sheet = sampleSheet();
    QCOMPARE(sheet.rows.at(4).at(2).number, 87.25);
    sheet.rows[4][2].decimals = 2; // a percentage: shown as 87.25 with two decimals whatever it is
    const QString path = m_dir.filePath(u"ours.xlsx"_s);
    Status written = XlsxWriter::writeFile(sheet, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
             QFileDevice::Permissions());

    const PythonRun run = runPython(QString::fromUtf8(R"PY(
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
cells = []
for row in ws.iter_rows():
    for c in row:
        if c.value is not None:
            cells.append([c.row, c.column, type(c.value).__name__, c.value, c.number_format])
widths = {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth}
print(json.dumps({'sheets': wb.sheetnames, 'title': ws.title, 'freeze': ws.freeze_panes,
                  'bold': [ws.cell(row=1, column=i).font.b for i in range(1, 5)],
                  'bodyBold': bool(ws.cell(row=2, column=1).font.b), 'widths': widths, 'cells': cells}))
)PY"),
                                    {path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(u"sheets"_s).toArray().size(), 1);
    QCOMPARE(result.value(u"title"_s).toString(), u"Period 3"_s);
    QCOMPARE(result.value(u"freeze"_s).toString(), u"C2"_s);
    for (const QJsonValue &bold : result.value(u"bold"_s).toArray())
        QVERIFY(bold.toBool());
    QVERIFY(!result.value(u"bodyBold"_s).toBool());
    const QJsonObject widths = result.value(u"widths"_s).toObject();
    QVERIFY(std::abs(widths.value(u"A"_s).toDouble() - 24.) < 1.);
    QVERIFY(std::abs(widths.value(u"D"_s).toDouble() - 30.) < 1.);
    QVERIFY(!widths.contains(u"C"_s));

    // Every non-empty cell of the sheet, with the Python type it must have.
    QHash<QPair<int, int>, QJsonArray> seen;
    for (const QJsonValue &value : result.value(u"cells"_s).toArray()) {
        const QJsonArray cell = value.toArray();
        seen.insert({cell.at(0).toInt(), cell.at(1).toInt()}, cell);
    }
    int expected = 0;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        for (int c = 0; c < sheet.rows.at(r).size(); ++c) {
            const SheetCell &cell = sheet.rows.at(r).at(c);
            if (cell.isEmpty())
                continue;
            ++expected;
            const QJsonArray got = seen.value({r + 1, c + 1});
            const QString where = XlsxWriter::cellReference(r, c);
            QVERIFY2(!got.isEmpty(), qPrintable(where + u" is missing"_s));
            const QString type = got.at(2).toString();
            if (cell.isNumber()) {
                QVERIFY2(type == u"int"_s || type == u"float"_s, qPrintable(where + u": "_s + type));
                QCOMPARE(got.at(3).toDouble(), cell.number);
                if (cell.number == std::floor(cell.number) && std::abs(cell.number) < 1e15)
                    QVERIFY2(type == u"int"_s, qPrintable(where + u" should be an int"_s));
                QCOMPARE(got.at(4).toString(), cell.decimals == 2 ? u"0.00"_s : u"General"_s);
            } else {
                QVERIFY2(type == u"str"_s, qPrintable(where + u": "_s + type));
                // libxlsxwriter stores CR as _x000D_, as ECMA-376 says and Excel decodes;
                // openpyxl 3.0.9 leaves that escape undecoded in shared strings.
                QString expectedText = cell.text;
                expectedText.replace(u'\r', u"_x000D_"_s);
                QCOMPARE(got.at(3).toString(), expectedText);
            }
        }
    }
    QCOMPARE(seen.size(), expected);
}

void TestXlsx::charactersXmlCannotHoldAreDropped()
{
    Sheet sheet;
    sheet.name = u"Bad\x01name"_s;
    QString withNul = u"nul"_s;
    withNul += QChar(0);
    withNul += u"here"_s;
    QString loneSurrogate = u"half"_s;
    loneSurrogate += QChar(0xD800);
    loneSurrogate += u"pair"_s;
    sheet.rows = {{text(u"Header"_s)},
                  {text(u"a\x01"
                        "b\x0B"
                        "c\x1F"
                        "d"_s)},
                  {text(withNul)},
                  {text(loneSurrogate)},
                  {text(u"\x01\x02"_s)},
                  {text(u"_x000D_ and _xZZZZ_"_s)},
                  {text(u"literal _x005F_"_s)}};
    Result<QByteArray> bytes = XlsxWriter::toBytes(sheet);
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    Result<CsvTable> table = XlsxReader::read(*bytes, u"bad.xlsx"_s);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->rows.size(), 5); // the row of control characters only is blank
    QCOMPARE(table->rows.at(0).cells, QStringList{u"abcd"_s});
    QCOMPARE(table->rows.at(1).cells, QStringList{u"nulhere"_s});
    QCOMPARE(table->rows.at(2).cells, QStringList{u"halfpair"_s});
    QCOMPARE(table->rows.at(2).line, 4);
    QCOMPARE(table->rows.at(3).cells, QStringList{u"_x000D_ and _xZZZZ_"_s});
    QCOMPARE(table->rows.at(3).line, 6);
    QCOMPARE(table->rows.at(4).cells, QStringList{u"literal _x005F_"_s});
    Result<QStringList> names = XlsxReader::sheetNames(*bytes, u"bad.xlsx"_s);
    QVERIFY2(names.ok(), qPrintable(names.error()));
    QCOMPARE(*names, QStringList{u"Badname"_s});

    REQUIRE_PYTHON();
    const QString path = m_dir.filePath(u"bad.xlsx"_s);
    test::writeFile(path, *bytes);
    const PythonRun run = runPython(u"import sys, json, openpyxl\n"
                                    "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                    "print(json.dumps([ws['A2'].value, ws['A6'].value]))"_s,
                                    {path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.out).array(), (QJsonArray{u"abcd"_s, u"_x000D_ and _xZZZZ_"_s}));
}

void TestXlsx::limitsAreErrors()
{
    Sheet sheet;
    sheet.rows = {{text(u"Header"_s), text(u"Comment"_s)}, {text(u"ok"_s), text(QString(32767, u'x'))}};
    Result<QByteArray> bytes = XlsxWriter::toBytes(sheet);
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    Result<CsvTable> table = XlsxReader::read(*bytes, u"long.xlsx"_s);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->rows.at(0).cells.at(1).size(), 32767);

    sheet.rows.append({text(u"too long"_s), text(QString(32768, u'y'))});
    bytes = XlsxWriter::toBytes(sheet);
    QVERIFY(!bytes.ok());
    QVERIFY2(bytes.error().contains(u"B3"_s) && bytes.error().contains(QLocale().toString(32767)),
             qPrintable(bytes.error()));

    sheet.rows.removeLast();
    sheet.rows.append({text(u"nan"_s), SheetCell::ofNumber(std::numeric_limits<double>::quiet_NaN(), u"nan"_s)});
    bytes = XlsxWriter::toBytes(sheet);
    QVERIFY(!bytes.ok());
    QVERIFY2(bytes.error().contains(u"B3"_s), qPrintable(bytes.error()));

    sheet.rows.removeLast();
    sheet.rows.append(QList<SheetCell>(XlsxWriter::maxColumns + 1, text(u"c"_s)));
    bytes = XlsxWriter::toBytes(sheet);
    QVERIFY(!bytes.ok());
    QVERIFY2(bytes.error().contains(QLocale().toString(16384)), qPrintable(bytes.error()));
}

void TestXlsx::numbersUnderAGermanLocale()
{
    // QCoreApplication sets the C library's locale from the environment; libxlsxwriter
    // prints numbers with snprintf. Build a German locale and write under it.
    const QString localeDir = m_dir.filePath(u"locales"_s);
    QVERIFY(QDir().mkpath(localeDir));
    QProcess localedef;
    localedef.start(u"localedef"_s, {u"-i"_s, u"de_DE"_s, u"-f"_s, u"UTF-8"_s, localeDir + u"/de_DE.UTF-8"_s});
    const bool built = localedef.waitForFinished(60000) && localedef.exitStatus() == QProcess::NormalExit &&
                       QFileInfo::exists(localeDir + u"/de_DE.UTF-8"_s);
    if (!built)
        QFAIL(qPrintable(u"localedef could not build de_DE.UTF-8 (apt-get install locales): "_s +
                         QString::fromLocal8Bit(localedef.readAllStandardError()) + localedef.errorString()));
    const QByteArray oldLocPath = qgetenv("LOCPATH");
    qputenv("LOCPATH", QFile::encodeName(localeDir));
    const QByteArray previous = std::setlocale(LC_ALL, nullptr);
    const char *german = std::setlocale(LC_ALL, "de_DE.UTF-8");
    QVERIFY(german);
    char printed[32];
    std::snprintf(printed, sizeof printed, "%g", 9.5);

    Sheet sheet;
    sheet.columnWidths = {12.5};
    sheet.rows = {{text(u"Score"_s)}, {number(9.5)}, {number(87.25)}};
    Result<QByteArray> bytes = XlsxWriter::toBytes(sheet);

    std::setlocale(LC_ALL, previous.constData());
    if (oldLocPath.isNull())
        qunsetenv("LOCPATH");
    else
        qputenv("LOCPATH", oldLocPath);
    QCOMPARE(QByteArray(printed), QByteArray("9,5")); // the locale is in force
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    Result<CsvTable> table = XlsxReader::read(*bytes, u"de.xlsx"_s);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->rows.at(0).cells, QStringList{u"9.5"_s});
    QCOMPARE(table->rows.at(1).cells, QStringList{u"87.25"_s});
}

void TestXlsx::readsOpenpyxlWorkbook()
{
    REQUIRE_PYTHON();
    const QString path = m_dir.filePath(u"openpyxl.xlsx"_s);
    const PythonRun run = runPython(QString::fromUtf8(R"PY(
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Grades'
ws['A1'] = 'Student'; ws['B1'] = 'ID'; ws['C1'] = 'Score'; ws['E1'] = 'Passed'
ws['A3'] = 'Zoë'; ws['B3'] = '00123'; ws['C3'] = 9.5; ws['E3'] = True
ws['A4'] = '李小龍'; ws['B4'] = '=not a formula'; ws['B4'].data_type = 's'; ws['C4'] = 10; ws['E4'] = False
ws['A5'] = 'Formula'; ws['C5'] = '=C3+C4'
ws['D7'] = 'late'
second = wb.create_sheet('Second term')
second['B2'] = 'Only'; second['C2'] = 87.25
wb.save(sys.argv[1])
)PY"),
                                    {path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    Result<CsvTable> table = XlsxReader::readFile(path);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->fileName, u"openpyxl.xlsx"_s);
    QCOMPARE(table->header, (QStringList{u"Student"_s, u"ID"_s, u"Score"_s, QString(), u"Passed"_s}));
    QCOMPARE(table->rows.size(), 4);
    QCOMPARE(table->rows.at(0).line, 3);
    QCOMPARE(table->rows.at(0).cells, (QStringList{u"Zoë"_s, u"00123"_s, u"9.5"_s, QString(), u"TRUE"_s}));
    QCOMPARE(table->rows.at(1).cells, (QStringList{u"李小龍"_s, u"=not a formula"_s, u"10"_s, QString(), u"FALSE"_s}));
    // openpyxl stores no cached value for a formula: the cell reads as empty.
    QCOMPARE(table->rows.at(2).cells, (QStringList{u"Formula"_s}));
    QCOMPARE(table->rows.at(3).line, 7);
    QCOMPARE(table->rows.at(3).cells, (QStringList{QString(), QString(), QString(), u"late"_s}));

    Result<CsvTable> second = XlsxReader::readFile(path, u"Second term"_s);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->headerLine, 2);
    QCOMPARE(second->header, (QStringList{QString(), u"Only"_s, u"87.25"_s}));
    QVERIFY(second->rows.isEmpty());
    Result<CsvTable> caseless = XlsxReader::readFile(path, u"second TERM"_s);
    QVERIFY2(caseless.ok(), qPrintable(caseless.error()));

    Result<CsvTable> missing = XlsxReader::readFile(path, u"Third term"_s);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().startsWith(u"openpyxl.xlsx: "_s) && missing.error().contains(u"\"Third term\""_s) &&
                 missing.error().contains(u"\"Grades\""_s) && missing.error().contains(u"\"Second term\""_s),
             qPrintable(missing.error()));

    Result<QStringList> names = XlsxReader::sheetNames(test::readFile(path), u"openpyxl.xlsx"_s);
    QVERIFY2(names.ok(), qPrintable(names.error()));
    QCOMPARE(*names, (QStringList{u"Grades"_s, u"Second term"_s}));
}

void TestXlsx::readsEveryCellKind()
{
    REQUIRE_PYTHON();
    const QByteArray bytes = handMade(u"ok"_s);
    QVERIFY(!bytes.isEmpty());
    Result<CsvTable> table = XlsxReader::read(bytes, u"hand.xlsx"_s);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    // The hidden first sheet is passed over.
    QCOMPARE(table->header, (QStringList{u"Student"_s, u"Score"_s, QString(), u"Note"_s}));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rows.at(0).line, 3);
    QCOMPARE(table->rows.at(0).cells, (QStringList{u"00123"_s, u"9.5"_s, u"TRUE"_s, u"  padded  "_s}));
    QCOMPARE(table->rows.at(1).line, 4);
    QCOMPARE(table->rows.at(1).cells,
             (QStringList{u"Rich inline"_s, u"2"_s, u"ab"_s, u"#DIV/0!"_s, u"FALSE"_s, u"1e-07"_s, u"100"_s}));
    QCOMPARE(table->rows.at(2).line, 6);
    QCOMPARE(table->rows.at(2).cells, (QStringList{QString(), QString(), QString(), QString(), u"two\r\nlines"_s}));

    Result<CsvTable> hidden = XlsxReader::read(bytes, u"hand.xlsx"_s, u"Hidden"_s);
    QVERIFY2(hidden.ok(), qPrintable(hidden.error()));
    QCOMPARE(hidden->headerLine, 2);
    QCOMPARE(hidden->header, (QStringList{QString(), u"hidden"_s}));
}

void TestXlsx::hostileFilesAreRefused_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("random bytes") << u"random"_s << u"not an XLSX workbook"_s;
    QTest::newRow("random bytes after zip magic") << u"magic"_s << u"not an XLSX workbook"_s;
    QTest::newRow("empty") << u"empty"_s << u"not an XLSX workbook"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"not an XLSX workbook"_s;
    QTest::newRow("zip without workbook") << u"noworkbook"_s << u"xl/workbook.xml"_s;
    QTest::newRow("sheet part missing") << u"nosheetpart"_s << u"xl/worksheets/sheet1.xml"_s;
    QTest::newRow("malformed XML") << u"badxml"_s << u"xl/worksheets/sheet1.xml"_s;
    QTest::newRow("column past XFD") << u"bigcolumn"_s << QLocale().toString(16384);
    QTest::newRow("row past 1,048,576") << u"bigrow"_s << QLocale().toString(1048576);
    QTest::newRow("shared text that is not there") << u"badshared"_s << u"A3"_s;
    QTest::newRow("wrong check sum") << u"badcrc"_s << u"xl/worksheets/sheet1.xml is damaged (its check sum"_s;
    QTest::newRow("encrypted part") << u"encrypted"_s << u"xl/worksheets/sheet1.xml is encrypted"_s;
    QTest::newRow("bzip2 part") << u"bzip2"_s << u"xl/worksheets/sheet1.xml is compressed in a way"_s;
    QTest::newRow("part cut short") << u"shortentry"_s << u"xl/worksheets/sheet1.xml is cut short"_s;
}

void TestXlsx::hostileFilesAreRefused()
{
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    QByteArray bytes;
    if (mode == u"random"_s || mode == u"magic"_s) {
        bytes.resize(4096);
        QRandomGenerator generator(15);
        for (char &b : bytes)
            b = char(generator.bounded(256));
        if (mode == u"magic"_s)
            bytes.replace(0, 4, QByteArrayLiteral("PK\x03\x04"));
    } else if (mode == u"truncated"_s) {
        Result<QByteArray> ours = XlsxWriter::toBytes(sampleSheet());
        QVERIFY(ours.ok());
        bytes = ours->left(ours->size() / 2);
    } else if (mode != u"empty"_s) {
        REQUIRE_PYTHON();
        bytes = handMade(mode);
        QVERIFY(!bytes.isEmpty());
    }
    Result<CsvTable> table = XlsxReader::read(bytes, u"grades.xlsx"_s);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().startsWith(u"grades.xlsx: "_s), qPrintable(table.error()));
    QVERIFY2(table.error().contains(expected), qPrintable(table.error()));

    const QString path = m_dir.filePath(u"hostile.xlsx"_s);
    test::writeFile(path, bytes);
    Result<CsvTable> fromFile = XlsxReader::readFile(path);
    QVERIFY(!fromFile.ok());
    QVERIFY2(fromFile.error().startsWith(u"hostile.xlsx: "_s), qPrintable(fromFile.error()));
}

void TestXlsx::zipBombsStop()
{
    REQUIRE_PYTHON();
    for (const QString &mode : {u"bomb"_s, u"lyingbomb"_s}) {
        const QByteArray bytes = handMade(mode);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes.size() < 4 * 1024 * 1024, qPrintable(QString::number(bytes.size())));
        QElapsedTimer timer;
        timer.start();
        Result<CsvTable> table = XlsxReader::read(bytes, u"bomb.xlsx"_s);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().startsWith(u"bomb.xlsx: "_s), qPrintable(table.error()));
        if (mode == u"bomb"_s)
            QVERIFY2(table.error().contains(u"zip bomb"_s), qPrintable(table.error()));
        else // unpacked no further than it claims, so its check sum differs
            QVERIFY2(table.error().contains(u"xl/worksheets/sheet1.xml is damaged"_s), qPrintable(table.error()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        qInfo("%s: %s (%lld ms)", qPrintable(mode), qPrintable(table.error()), timer.elapsed());
    }
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
