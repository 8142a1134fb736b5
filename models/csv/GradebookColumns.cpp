#include "GradebookColumns.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

// Column names in the files are a format, not UI text: they are matched
// literally and never translated.

namespace k12 {

QString GradebookColumns::folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

bool GradebookColumns::isK12Identity(const QString &header)
{
    return header == u"Student"_s || header == u"Student Number"_s;
}

bool GradebookColumns::isK12Computed(const QString &header)
{
    // "<Period> Letter" and "Override Reason" come with term finals; an assignment titled like
    // them is exported as "Title (id)", so these are never an assignment of a K-12 export.
    return header.endsWith(u" %"_s) || header == u"Final %"_s || header == u"Letter"_s ||
           header.endsWith(u" Letter"_s) || header == u"Override Reason"_s;
}

bool GradebookColumns::isCanvasIdentity(const QString &header)
{
    static const QStringList names{u"Student"_s,        u"ID"_s,           u"SIS User ID"_s, u"SIS Login ID"_s,
                                   u"Integration ID"_s, u"Root Account"_s, u"Section"_s};
    return names.contains(header);
}

bool GradebookColumns::isCanvasComputed(const QString &header)
{
    static const QStringList suffixes{
        u"Current Score"_s,  u"Unposted Current Score"_s,  u"Final Score"_s,  u"Unposted Final Score"_s,
        u"Current Points"_s, u"Unposted Current Points"_s, u"Final Points"_s, u"Unposted Final Points"_s,
        u"Current Grade"_s,  u"Unposted Current Grade"_s,  u"Final Grade"_s,  u"Unposted Final Grade"_s,
        u"Override Score"_s, u"Override Grade"_s};
    for (const QString &s : suffixes) {
        if (header == s || header.endsWith(u' ' + s))
            return true;
    }
    return false;
}

bool GradebookColumns::isStudentNumber(const QString &header)
{
    static const QStringList names{u"student number"_s, u"student_number"_s, u"student id"_s, u"student_id"_s,
                                   u"sis user id"_s,    u"number"_s,         u"id number"_s,  u"id"_s};
    return names.contains(folded(header));
}

bool GradebookColumns::isStudentName(const QString &header)
{
    static const QStringList names{u"student"_s, u"name"_s, u"student name"_s, u"full name"_s};
    return names.contains(folded(header));
}

QString GradebookColumns::genericSkipReason(const QString &header)
{
    static const QStringList names{u"student"_s,     u"name"_s,          u"student name"_s, u"full name"_s,
                                   u"first name"_s,  u"last name"_s,     u"given name"_s,   u"family name"_s,
                                   u"surname"_s,     u"first_name"_s,    u"last_name"_s,    u"given_name"_s,
                                   u"family_name"_s, u"preferred name"_s};
    static const QStringList email{u"email"_s, u"e-mail"_s, u"email address"_s};
    static const QStringList placement{u"section"_s, u"class"_s, u"period"_s};
    static const QStringList login{u"sis login id"_s, u"login"_s, u"login id"_s, u"username"_s};
    const QString f = folded(header);
    if (names.contains(f))
        return tr("names the student");
    if (email.contains(f))
        return tr("an e-mail address");
    if (placement.contains(f))
        return tr("the class or section");
    if (login.contains(f))
        return tr("a sign-in name");
    return {};
}

QString GradebookColumns::trailingId(const QString &header, QString *title)
{
    static const QRegularExpression withId(
        u"^(.*\\S)\\s*\\((\\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)$"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = withId.match(header);
    if (!m.hasMatch())
        return {};
    if (title)
        *title = m.captured(1);
    return m.captured(2);
}

QString GradebookColumns::withId(const QString &title, const QString &id)
{
    return title + u" ("_s + id + u')';
}

} // namespace k12
