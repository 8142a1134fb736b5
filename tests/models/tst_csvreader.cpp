// CSV reading (encodings, separators, quoting) and roster validation.
#include "tests/common/TestSupport.h"

#include "kernel/csv/CsvReader.h"
#include "kernel/csv/RosterImport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotedCellsWithSeparatorsQuotesAndNewlines();
    void crlfAndBlankLines();
    void bomIsStripped();
    void windows1252IsDecoded();
    void semicolonAndTabAreDetected();
    void unterminatedQuoteNamesTheLine();
    void emptyFileIsAnError();
    void rosterColumnsInAnyOrderWithAliases();
    void rosterProblemsNameLineAndColumn();
    void rosterMissingColumn();
    void utf16AndBinaryAreNamed();
    void rosterWarnsAboutLettersLostToQuestionMarks();
    void canvasExportIsARoster();
};

namespace {

QByteArray utf16(const QByteArray &ascii, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const char c : ascii) {
        if (bigEndian)
            out.append('\0');
        out.append(c);
        if (!bigEndian)
            out.append('\0');
    }
    return out;
}

} // namespace

void TestCsvReader::quotedCellsWithSeparatorsQuotesAndNewlines()
{
    Result<CsvTable> t = CsvReader::parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n", u"f.csv"_s);
    QVERIFY(t.ok());
    QCOMPARE(t->header, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->rows.at(0).cells, (QStringList{u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
    QCOMPARE(t->rows.at(0).line, 2);
    QCOMPARE(t->rows.at(1).line, 4);
    QCOMPARE(t->rows.at(1).cells, (QStringList{u"last"_s, QString(), QString()}));
}

void TestCsvReader::crlfAndBlankLines()
{
    Result<CsvTable> t = CsvReader::parse("h1,h2\r\n1,2\r\n\r\n3,4", u"f.csv"_s);
    QVERIFY(t.ok());
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->rows.at(1).cells, (QStringList{u"3"_s, u"4"_s}));
    QCOMPARE(t->rows.at(1).line, 4);
}

void TestCsvReader::bomIsStripped()
{
    Result<CsvTable> t = CsvReader::parse("\xEF\xBB\xBFgiven_name,family_name\nJos\xC3\xA9,M\xC3\xBCller\n", u"f"_s);
    QVERIFY(t.ok());
    QCOMPARE(t->encoding, u"UTF-8 with BOM"_s);
    QCOMPARE(t->header.constFirst(), u"given_name"_s);
    QCOMPARE(t->rows.at(0).cells.at(0), u"José"_s);
    QCOMPARE(t->rows.at(0).cells.at(1), u"Müller"_s);
}

void TestCsvReader::windows1252IsDecoded()
{
    Result<CsvTable> t = CsvReader::parse("name\nJos\xE9 \x80\x96\x93\n", u"f"_s);
    QVERIFY(t.ok());
    QCOMPARE(t->encoding, u"Windows-1252"_s);
    QCOMPARE(t->rows.at(0).cells.at(0), u"José €–“"_s);
}

void TestCsvReader::semicolonAndTabAreDetected()
{
    Result<CsvTable> semi = CsvReader::parse("a;b\n1,5;2\n", u"f"_s);
    QVERIFY(semi.ok());
    QCOMPARE(semi->separator, u';');
    QCOMPARE(semi->rows.at(0).cells, (QStringList{u"1,5"_s, u"2"_s}));
    Result<CsvTable> tab = CsvReader::parse("a\tb\n1\t2\n", u"f"_s);
    QVERIFY(tab.ok());
    QCOMPARE(tab->separator, u'\t');
}

void TestCsvReader::unterminatedQuoteNamesTheLine()
{
    Result<CsvTable> t = CsvReader::parse("a,b\n1,2\n3,\"open\n4,5\n", u"roster.csv"_s);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains(u"roster.csv, line 3"_s), qPrintable(t.error()));
}

void TestCsvReader::emptyFileIsAnError()
{
    Result<CsvTable> t = CsvReader::parse("", u"empty.csv"_s);
    QVERIFY(!t.ok());
    QVERIFY(t.error().contains(u"empty.csv"_s));
}

void TestCsvReader::rosterColumnsInAnyOrderWithAliases()
{
    Result<CsvTable> t = CsvReader::parse(
        "Email,Student Number,Last Name,First Name\nada@x.org,0012,Lovelace,Ada\n,0013,Hopper,Grace\n", u"r"_s);
    QVERIFY(t.ok());
    RosterImport::Outcome o = RosterImport::fromTable(*t);
    QVERIFY2(o.ok(), qPrintable(o.problems.join(u'\n')));
    QCOMPARE(o.students.size(), 2);
    QCOMPARE(o.students.at(0).givenName, u"Ada"_s);
    QCOMPARE(o.students.at(0).familyName, u"Lovelace"_s);
    QCOMPARE(o.students.at(0).studentNumber, u"0012"_s); // leading zeros kept
    QCOMPARE(o.students.at(0).email, u"ada@x.org"_s);
    QCOMPARE(o.students.at(1).email, QString());
}

void TestCsvReader::rosterProblemsNameLineAndColumn()
{
    Result<CsvTable> t = CsvReader::parse("given_name,family_name,student_number,email\n"
                                          "Ada,Lovelace,1,ada@x.org\n"
                                          ",Hopper,2,\n"
                                          "Alan,Turing,1,\n"
                                          "Edsger,Dijkstra,4,not-mail\n",
                                          u"roster.csv"_s);
    QVERIFY(t.ok());
    RosterImport::Outcome o = RosterImport::fromTable(*t);
    QVERIFY(!o.ok());
    QVERIFY(o.students.isEmpty()); // all or nothing
    QCOMPARE(o.problems.size(), 3);
    QVERIFY2(o.problems.at(0).startsWith(u"roster.csv, line 3, column given_name"_s), qPrintable(o.problems.at(0)));
    QVERIFY2(o.problems.at(1).startsWith(u"roster.csv, line 4, column student_number"_s), qPrintable(o.problems.at(1)));
    QVERIFY(o.problems.at(1).contains(u"line 2"_s));
    QVERIFY2(o.problems.at(2).startsWith(u"roster.csv, line 5, column email"_s), qPrintable(o.problems.at(2)));
}

void TestCsvReader::rosterMissingColumn()
{
    Result<CsvTable> t = CsvReader::parse("given_name,surname_typo\nAda,Lovelace\n", u"r.csv"_s);
    QVERIFY(t.ok());
    RosterImport::Outcome o = RosterImport::fromTable(*t);
    QVERIFY(!o.ok());
    QVERIFY2(o.problems.constFirst().contains(u"family_name"_s), qPrintable(o.problems.constFirst()));
}

void TestCsvReader::utf16AndBinaryAreNamed()
{
    const QByteArray csv("given_name,family_name\nAda,Lovelace\n");
    for (const bool bigEndian : {false, true}) {
        for (const bool bom : {true, false}) {
            Result<CsvTable> t = CsvReader::parse(utf16(csv, bigEndian, bom), u"roster.csv"_s);
            QVERIFY(!t.ok());
            QVERIFY2(t.error().startsWith(u"roster.csv: wrong encoding: UTF-16 ("_s), qPrintable(t.error()));
            QVERIFY(t.error().contains(bigEndian ? u"big-endian"_s : u"little-endian"_s));
            QVERIFY(t.error().contains(u"Save it as \"CSV UTF-8\""_s));
            QVERIFY(!t.error().contains(QChar(0)));
        }
    }
    // The start of a zip file (an .xlsx), not text.
    const QByteArray zip = QByteArray::fromHex("504b0304140000000800abcd12345678") + "given_name" + QByteArray(1, '\0');
    Result<CsvTable> binary = CsvReader::parse(zip, u"roster.xlsx"_s);
    QVERIFY(!binary.ok());
    QVERIFY2(binary.error().contains(u"wrong encoding: the file is binary"_s), qPrintable(binary.error()));
    QVERIFY(!binary.error().contains(u"UTF-16"_s));
    QVERIFY(CsvReader::encodingProblem(csv).isEmpty());
}

void TestCsvReader::rosterWarnsAboutLettersLostToQuestionMarks()
{
    // Saved as Windows-1252 by a spreadsheet: the CJK names became "??", "é" survived.
    Result<CsvTable> t = CsvReader::parse("given_name,family_name,student_number\n"
                                          "Jos\xE9,Garc\xED"
                                          "a,1\n"
                                          "Mei,??,2\n"
                                          "Ren\xE9,M?ller,3\n"
                                          "Who?,Knows ?,4\n",
                                          u"roster.csv"_s);
    QVERIFY(t.ok());
    QCOMPARE(t->encoding, u"Windows-1252"_s);
    const RosterImport::Outcome o = RosterImport::fromTable(*t);
    QVERIFY2(o.ok(), qPrintable(o.problems.join(u'\n'))); // a warning does not stop the import
    QCOMPARE(o.students.size(), 4);
    QCOMPARE(o.warnings.size(), 3);
    QCOMPARE(o.warnings.at(0), u"roster.csv, line 3, column family_name: \"??\" looks like letters lost when the file "
                               "was saved in an encoding that cannot hold them; save it as CSV UTF-8."_s);
    QVERIFY2(o.warnings.at(1).startsWith(u"roster.csv, line 4, column family_name: \"M?ller\""_s),
             qPrintable(o.warnings.at(1)));
    QVERIFY2(o.warnings.at(2).startsWith(u"roster.csv, line 5, column given_name: \"Who?\""_s),
             qPrintable(o.warnings.at(2)));
    QVERIFY(RosterImport::looksLikeLostLetters(u"?lvarez"_s));
    QVERIFY(!RosterImport::looksLikeLostLetters(u"?"_s));
    QVERIFY(!RosterImport::looksLikeLostLetters(u"Knows ?"_s));
    QVERIFY(!RosterImport::looksLikeLostLetters(u"O'Neil"_s));
}

void TestCsvReader::canvasExportIsARoster()
{
    Result<CsvTable> t = CsvReader::parse("Student,ID,SIS User ID,SIS Login ID,Section,Quiz 1 (101),Final Score\n"
                                          "    Points Possible,,,,,10,\n"
                                          "\"Lovelace, Ada\",11,1001,ada@example.org,Period 3,9,90\n"
                                          "Grace Brewster Hopper,12,1002,ghopper,Period 3,8,80\n"
                                          "\"Student, Test\",13,,,Period 3,,\n"
                                          "Test Student,14,,,Period 3,,\n",
                                          u"canvas.csv"_s);
    QVERIFY(t.ok());
    const RosterImport::Outcome o = RosterImport::fromTable(*t);
    QVERIFY2(o.ok(), qPrintable(o.problems.join(u'\n')));
    QVERIFY(o.canvasExport);
    QCOMPARE(o.students.size(), 2);
    QCOMPARE(o.lines, (QList<int>{3, 4}));
    QCOMPARE(o.students.at(0).givenName, u"Ada"_s);
    QCOMPARE(o.students.at(0).familyName, u"Lovelace"_s);
    QCOMPARE(o.students.at(0).studentNumber, u"1001"_s);
    QCOMPARE(o.students.at(0).email, u"ada@example.org"_s);
    QCOMPARE(o.students.at(1).givenName, u"Grace Brewster"_s); // no comma: the last word is the family name
    QCOMPARE(o.students.at(1).familyName, u"Hopper"_s);
    QCOMPARE(o.students.at(1).studentNumber, u"1002"_s);
    QCOMPARE(o.students.at(1).email, QString()); // a login that is not an address

    // Problems name Canvas's columns.
    Result<CsvTable> bad =
        CsvReader::parse("Student,ID,SIS User ID,SIS Login ID\nCher,1,7,\n\"Li, Wei\",2,7,\n", u"canvas.csv"_s);
    QVERIFY(bad.ok());
    const RosterImport::Outcome b = RosterImport::fromTable(*bad);
    QCOMPARE(b.problems.size(), 2);
    QVERIFY2(b.problems.at(0).startsWith(u"canvas.csv, line 2, column Student: the given name is empty"_s),
             qPrintable(b.problems.at(0)));
    QVERIFY2(b.problems.at(1).startsWith(u"canvas.csv, line 3, column SIS User ID"_s), qPrintable(b.problems.at(1)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
