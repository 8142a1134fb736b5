#include "StudentNameList.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

StudentNameList::Outcome StudentNameList::parse(const QString &text)
{
    static const QRegularExpression marker(u"^(\\d+[.)]|[-*•·])\\s+"_s);
    Outcome outcome;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        line.remove(marker);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const int number = i + 1;
        if (line.size() > 100) {
            outcome.problems.append(tr("Line %1 is too long for a name (at most 100 characters).").arg(number));
            continue;
        }
        Student s;
        const qsizetype separator = line.indexOf(u'\t') >= 0 ? line.indexOf(u'\t') : line.indexOf(u',');
        if (separator >= 0) {
            s.familyName = line.left(separator).simplified();
            s.givenName = line.mid(separator + 1).simplified().remove(u'\t');
            s.givenName.replace(u',', u' ');
            s.givenName = s.givenName.simplified();
            if (s.familyName.isEmpty() || s.givenName.isEmpty()) {
                outcome.problems.append(
                    tr("Line %1 (\"%2\"): write the family name before the comma and the given name after it.")
                        .arg(number)
                        .arg(line));
                continue;
            }
        } else {
            const QStringList words = line.simplified().split(u' ');
            if (words.size() < 2) {
                outcome.problems.append(
                    tr("Line %1 (\"%2\") has one name only: write \"Given Family\" or \"Family, Given\".")
                        .arg(number)
                        .arg(line));
                continue;
            }
            // "Vincent van Gogh": the first word is the given name, the rest the family name.
            s.givenName = words.constFirst();
            s.familyName = words.mid(1).join(u' ');
        }
        outcome.students.append(s);
    }
    return outcome;
}

QList<Student> StudentNameList::sample()
{
    // Invented names from many backgrounds, so a new teacher sees a realistic roster.
    const QList<std::pair<QString, QString>> names{
        {u"Amara"_s, u"Okafor"_s},   {u"Ben"_s, u"Carter"_s},   {u"Chloé"_s, u"Dubois"_s}, {u"Diego"_s, u"Hernández"_s},
        {u"Emma"_s, u"Johansson"_s}, {u"Farah"_s, u"Haddad"_s}, {u"Hiro"_s, u"Tanaka"_s},  {u"Isla"_s, u"MacLeod"_s},
        {u"Kwame"_s, u"Mensah"_s},   {u"Lena"_s, u"Novak"_s},   {u"Mateo"_s, u"Rossi"_s},  {u"Priya"_s, u"Sharma"_s}};
    QList<Student> students;
    for (const auto &[given, family] : names) {
        Student s;
        s.givenName = given;
        s.familyName = family;
        students.append(s);
    }
    return students;
}

} // namespace k12
