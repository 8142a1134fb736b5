#include "MailComposer.h"

#include "kernel/domain/NumberText.h"
#include "server/families/FamilyText.h"

#include <QFile>
#include <QUrl>

#include <mstch/mstch.hpp>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

constexpr const char *kContext = "k12::mail";

// (Not named tr: lupdate would read the calls as QObject::tr.)
QString say(const QString &language, const char *source, int n = -1)
{
    return FamilyText::translate(language, kContext, source, n);
}

std::string s(const QString &text)
{
    return text.toStdString();
}

std::string resource(const QString &name)
{
    QFile file(u":/mail/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // not reachable: the templates are compiled in
    return file.readAll().toStdString();
}

std::string render(const QString &name, const mstch::map &context)
{
    static const std::map<std::string, std::string> partials{
        {"head", resource(u"layout_head.html.mustache"_s)},
        {"foot", resource(u"layout_foot.html.mustache"_s)},
    };
    return mstch::render(resource(name), context, partials);
}

QString fullName(const QString &given, const QString &family)
{
    return QString(given + u' ' + family).trimmed();
}

// "December 11" / "11 de diciembre": short enough for a list, no ambiguous numbers.
QString dayText(const QDate &date, const QString &language)
{
    const QLocale locale = FamilyText::locale(language);
    const QString lang = FamilyText::language(language);
    return locale.toString(date, lang == u"es"_s ? u"d 'de' MMMM"_s : lang == u"fr"_s ? u"d MMMM"_s : u"MMMM d"_s);
}

QString number(double value, const QString &language)
{
    return shortNumber(FamilyText::locale(language), value, 2);
}

QString dueText(const QDate &due, const QString &language)
{
    return due.isValid() ? say(language, QT_TRANSLATE_NOOP("k12::mail", "due %1")).arg(dayText(due, language))
                         : QString();
}

QString joinNames(const QStringList &names, const QString &language)
{
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.last();
    return say(language, QT_TRANSLATE_NOOP("k12::mail", "%1 and %2"))
        .arg(QStringList(names.mid(0, names.size() - 1)).join(u", "_s), last);
}

QString gradeValue(const DigestContent::Grade &g, const QString &language)
{
    if (g.excused)
        return say(language, QT_TRANSLATE_NOOP("k12::mail", "Excused"));
    if (g.exempt)
        return say(language, QT_TRANSLATE_NOOP("k12::mail", "Exempt"));
    QString value;
    if (!g.letter.isEmpty())
        value = g.letter;
    else if (g.points)
        value = u"%1 / %2"_s.arg(number(*g.points, language), number(g.pointsPossible, language));
    if (g.percent)
        value +=
            (value.isEmpty() ? u""_s : u" "_s) + u"(%1%)"_s.arg(number(std::round(*g.percent * 10) / 10, language));
    if (g.missing)
        value = value.isEmpty() ? say(language, QT_TRANSLATE_NOOP("k12::mail", "Missing"))
                                : say(language, QT_TRANSLATE_NOOP("k12::mail", "%1, missing")).arg(value);
    return value;
}

void addCommon(mstch::map &map, const QString &language, const QString &subject)
{
    map.emplace("lang", s(FamilyText::language(language)));
    map.emplace("subject", s(subject));
    map.emplace("brand", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Family portal"))));
}

} // namespace

MailComposer::MailComposer(QString publicUrl)
    : m_publicUrl(std::move(publicUrl))
{
    while (m_publicUrl.endsWith(u'/'))
        m_publicUrl.chop(1);
}

QString MailComposer::portalUrl() const
{
    return m_publicUrl + u"/portal/"_s;
}

QString MailComposer::unsubscribeUrl(const QString &token) const
{
    return m_publicUrl + u"/portal/unsubscribe?token="_s + QString::fromLatin1(QUrl::toPercentEncoding(token));
}

QString MailComposer::acceptUrl(const QString &token) const
{
    return m_publicUrl + u"/portal/accept?token="_s + QString::fromLatin1(QUrl::toPercentEncoding(token));
}

ComposedMail MailComposer::invitation(const InvitationContent &content, const QString &link, const QDateTime &expiresAt,
                                      const QString &language) const
{
    ComposedMail out;
    out.subject =
        say(language, QT_TRANSLATE_NOOP("k12::mail", "%1 invites you to the family portal")).arg(content.teacherName);
    mstch::map map;
    addCommon(map, language, out.subject);
    map.emplace("greeting", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Hello %1,")).arg(content.guardianName)));
    const QString intro =
        content.studentNames.isEmpty()
            ? say(language, QT_TRANSLATE_NOOP("k12::mail", "%1 invites you to the school's family portal, where you "
                                                           "can follow your student's grades and missing work."))
                  .arg(content.teacherName)
            : say(language, QT_TRANSLATE_NOOP("k12::mail", "%1 invites you to the school's family portal, where you "
                                                           "can follow the grades and missing work of %2."))
                  .arg(content.teacherName, joinNames(content.studentNames, language));
    map.emplace("intro", s(intro));
    map.emplace("action", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Accept the invitation"))));
    map.emplace("link", s(link));
    map.emplace("linkLabel",
                s(say(language, QT_TRANSLATE_NOOP("k12::mail", "If the button does not work, open this address:"))));
    const QLocale locale = FamilyText::locale(language);
    map.emplace("expiry", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "The link works once, until %1."))
                                .arg(locale.toString(expiresAt.toLocalTime().date(), QLocale::LongFormat))));
    map.emplace("footer", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "If you did not expect this email, you can "
                                                                         "ignore it: nothing happens until the link "
                                                                         "is used."))));
    out.text = QString::fromStdString(render(u"invitation.txt.mustache"_s, map));
    out.html = QString::fromStdString(render(u"invitation.html.mustache"_s, map));
    return out;
}

ComposedMail MailComposer::notice(const NoticeContent &content, const FamilyRecipient &recipient,
                                  const QString &language, const QString &unsubscribeUrl) const
{
    ComposedMail out;
    const QString student = fullName(content.studentGivenName, content.studentFamilyName);
    out.subject = say(language, QT_TRANSLATE_NOOP("k12::mail", "Missing work: %1 in %2"))
                      .arg(content.studentGivenName, content.className);
    mstch::map map;
    addCommon(map, language, out.subject);
    map.emplace("greeting", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Hello %1,")).arg(recipient.name)));
    const int n = int(content.assignments.size());
    map.emplace("intro", s(say(language, QT_TRANSLATE_N_NOOP("k12::mail", "%1 has %n missing assignment(s) in %2:"), n)
                               .arg(student, content.className)));
    mstch::array items;
    for (const NoticeContent::Item &item : content.assignments) {
        mstch::map entry{{"title", s(item.title)}};
        if (item.dueDate.isValid())
            entry.emplace("due", s(dueText(item.dueDate, language)));
        else
            entry.emplace("due", false);
        items.push_back(entry);
    }
    map.emplace("items", items);
    map.emplace("closing", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Sent by %1, who teaches %2. You can see "
                                                                          "every grade in the family portal."))
                                 .arg(content.teacherName, content.className)));
    map.emplace("portalUrl", s(portalUrl()));
    map.emplace("portalLabel", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Open the family portal"))));
    map.emplace("footer", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "You receive this email because the school "
                                                                         "lists you as a guardian of %1."))
                                .arg(student)));
    map.emplace("unsubscribeUrl", s(unsubscribeUrl));
    map.emplace("unsubscribeLabel", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Unsubscribe from these emails"))));
    out.text = QString::fromStdString(render(u"notice.txt.mustache"_s, map));
    out.html = QString::fromStdString(render(u"notice.html.mustache"_s, map));
    return out;
}

ComposedMail MailComposer::digest(const DigestContent &content, const QDateTime &since, const QString &language,
                                  const QString &unsubscribeUrl) const
{
    ComposedMail out;
    QStringList names;
    for (const DigestContent::StudentPart &student : content.students)
        names.append(student.givenName);
    out.subject = say(language, QT_TRANSLATE_NOOP("k12::mail", "Weekly update: %1")).arg(joinNames(names, language));
    mstch::map map;
    addCommon(map, language, out.subject);
    map.emplace("greeting", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Hello,"))));
    map.emplace("intro",
                s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Here is what changed since %1."))
                      .arg(FamilyText::locale(language).toString(since.toLocalTime().date(), QLocale::LongFormat))));
    mstch::array students;
    for (const DigestContent::StudentPart &student : content.students) {
        mstch::array classes;
        for (const DigestContent::ClassPart &part : student.classes) {
            mstch::array grades;
            for (const DigestContent::Grade &g : part.grades)
                grades.push_back(mstch::map{{"title", s(g.title)}, {"value", s(gradeValue(g, language))}});
            mstch::array missing;
            for (const ProgressReport::AssignmentLine &line : part.missing) {
                mstch::map entry{{"title", s(line.title)}};
                if (line.dueDate.isValid())
                    entry.emplace("due", s(dueText(line.dueDate, language)));
                else
                    entry.emplace("due", false);
                missing.push_back(entry);
            }
            const QString title =
                part.teacherName.isEmpty()
                    ? part.className
                    : say(language, QT_TRANSLATE_NOOP("k12::mail", "%1 with %2")).arg(part.className, part.teacherName);
            classes.push_back(mstch::map{
                {"title", s(title)},
                {"hasGrades", !part.grades.isEmpty()},
                {"gradesLabel", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "New and changed grades")))},
                {"grades", grades},
                {"hasMissing", !part.missing.isEmpty()},
                {"missingLabel", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Missing work")))},
                {"missing", missing},
            });
        }
        students.push_back(
            mstch::map{{"name", s(fullName(student.givenName, student.familyName))}, {"classes", classes}});
    }
    map.emplace("students", students);
    map.emplace("portalUrl", s(portalUrl()));
    map.emplace("portalLabel", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Open the family portal"))));
    map.emplace("footer", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "You receive this weekly update because you "
                                                                         "turned it on in the family portal's "
                                                                         "settings."))));
    map.emplace("unsubscribeUrl", s(unsubscribeUrl));
    map.emplace("unsubscribeLabel", s(say(language, QT_TRANSLATE_NOOP("k12::mail", "Unsubscribe from these emails"))));
    out.text = QString::fromStdString(render(u"digest.txt.mustache"_s, map));
    out.html = QString::fromStdString(render(u"digest.html.mustache"_s, map));
    return out;
}

} // namespace k12::server
