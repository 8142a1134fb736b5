#include "GuardianColumns.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

using Field = GuardianColumns::Field;

// The words after the guardian's prefix, spaces and punctuation removed.
const QHash<QString, Field> &fieldWords()
{
    static const QHash<QString, Field> words{
        {u""_s, Field::Name},
        {u"name"_s, Field::Name},
        {u"fullname"_s, Field::Name},
        {u"names"_s, Field::Name},
        {u"first"_s, Field::Given},
        {u"firstname"_s, Field::Given},
        {u"given"_s, Field::Given},
        {u"givenname"_s, Field::Given},
        {u"last"_s, Field::Family},
        {u"lastname"_s, Field::Family},
        {u"family"_s, Field::Family},
        {u"familyname"_s, Field::Family},
        {u"surname"_s, Field::Family},
        {u"email"_s, Field::Email},
        {u"emailaddress"_s, Field::Email},
        {u"mail"_s, Field::Email},
        {u"phone"_s, Field::Phone},
        {u"phonenumber"_s, Field::Phone},
        {u"homephone"_s, Field::Phone},
        {u"dayphone"_s, Field::Phone},
        {u"cellphone"_s, Field::Phone},
        {u"cell"_s, Field::Phone},
        {u"mobile"_s, Field::Phone},
        {u"mobilephone"_s, Field::Phone},
        {u"telephone"_s, Field::Phone},
        {u"tel"_s, Field::Phone},
        {u"relationship"_s, Field::Relationship},
        {u"relation"_s, Field::Relationship},
        {u"relationshiptostudent"_s, Field::Relationship},
        {u"relationtostudent"_s, Field::Relationship},
        {u"language"_s, Field::Language},
        {u"lang"_s, Field::Language},
        {u"preferredlanguage"_s, Field::Language},
        {u"homelanguage"_s, Field::Language},
        {u"primarylanguage"_s, Field::Language},
    };
    return words;
}

} // namespace

std::optional<std::pair<QString, GuardianColumns::Field>> GuardianColumns::classify(const QString &header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    // Longest prefixes first ("e-mail" lost its dash above: "email").
    static const std::pair<QString, QString> prefixes[] = {
        {u"parentguardian"_s, u"guardian"_s}, {u"parentorguardian"_s, u"guardian"_s}, {u"guardian"_s, u"guardian"_s},
        {u"parent"_s, u"guardian"_s},         {u"contact"_s, u"guardian"_s},          {u"mother"_s, u"mother"_s},
        {u"father"_s, u"father"_s},
    };
    for (const auto &[prefix, kind] : prefixes) {
        if (!key.startsWith(prefix))
            continue;
        QString rest = key.mid(prefix.size());
        // The number comes after the prefix ("guardian1email") or at the end ("guardianemail1").
        static const QRegularExpression leading(u"^(\\d+)"_s);
        static const QRegularExpression trailing(u"(\\d+)$"_s);
        QString number;
        if (const QRegularExpressionMatch m = leading.match(rest); m.hasMatch()) {
            number = m.captured(1);
            rest = rest.mid(number.size());
        } else if (const QRegularExpressionMatch t = trailing.match(rest); t.hasMatch()) {
            number = t.captured(1);
            rest.chop(number.size());
        }
        const auto field = fieldWords().constFind(rest);
        if (field == fieldWords().cend())
            return std::nullopt;
        if (kind != u"guardian"_s) {
            if (!number.isEmpty())
                return std::nullopt; // "Mother 2": not a spelling we know
            return std::pair{kind, *field};
        }
        // No number: "guardian" (find() decides whether it is guardian 1 or PowerSchool's list of emails).
        return std::pair{number.isEmpty() ? u"guardian"_s : u"guardian "_s + QString::number(number.toInt()), *field};
    }
    return std::nullopt;
}

GuardianColumns::Layout GuardianColumns::find(const CsvTable &table)
{
    Layout layout;
    QList<std::pair<int, std::pair<QString, Field>>> found;
    bool unnumberedNamed = false;
    for (int i = 0; i < table.header.size(); ++i) {
        if (const std::optional<std::pair<QString, Field>> c = classify(table.header.at(i))) {
            found.append({i, *c});
            unnumberedNamed = unnumberedNamed || (c->first == u"guardian"_s && c->second != Field::Email);
        }
    }
    QList<int> sharedEmails; // PowerSchool's Guardian_Email: the family's addresses, no name column of its own
    QHash<QString, int> slotOf;
    for (auto [i, c] : std::as_const(found)) {
        auto &[key, field] = c;
        if (key == u"guardian"_s) {
            if (!unnumberedNamed) {
                sharedEmails.append(i);
                continue;
            }
            key = u"guardian 1"_s;
        }
        if (!slotOf.contains(key)) {
            slotOf.insert(key, int(layout.slots.size()));
            Slot slot;
            slot.key = key;
            if (key == u"mother"_s)
                slot.defaultRelationship = tr("Mother");
            else if (key == u"father"_s)
                slot.defaultRelationship = tr("Father");
            layout.slots.append(slot);
        }
        Slot &slot = layout.slots[slotOf.value(key)];
        if (slot.columns.contains(field)) {
            layout.problems.append(tr("%1, line %2: the columns \"%3\" and \"%4\" are the same guardian field.")
                                       .arg(table.fileName)
                                       .arg(table.headerLine)
                                       .arg(table.header.at(slot.columns.value(field)), table.header.at(i)));
            continue;
        }
        slot.columns.insert(field, i);
        layout.columns.append(i);
    }
    for (const int column : std::as_const(sharedEmails)) {
        layout.columns.append(column);
        bool taken = false;
        for (Slot &slot : layout.slots) {
            if (!slot.columns.contains(Field::Email) && slot.sharedEmail < 0) {
                slot.sharedEmail = column;
                taken = true;
            }
        }
        if (!taken) {
            layout.problems.append(tr("%1, line %2, column %3: a guardian email column needs a guardian name column "
                                      "beside it (for example \"Guardian 1 Name\").")
                                       .arg(table.fileName)
                                       .arg(table.headerLine)
                                       .arg(table.header.at(column)));
        }
    }
    for (const Slot &slot : std::as_const(layout.slots)) {
        const bool named = slot.columns.contains(Field::Name) || slot.columns.contains(Field::Given) ||
                           slot.columns.contains(Field::Family);
        if (!named) {
            layout.problems.append(tr("%1, line %2, column %3: a guardian column needs a guardian name column beside "
                                      "it (for example \"Guardian 1 Name\").")
                                       .arg(table.fileName)
                                       .arg(table.headerLine)
                                       .arg(table.header.at(slot.columns.first())));
        }
    }
    return layout;
}

QList<Guardian> GuardianColumns::read(const Layout &layout, const CsvTable &table, const CsvRow &row,
                                      QStringList *problems)
{
    auto cell = [&](int column) { return column >= 0 ? row.cells.value(column).trimmed() : QString(); };
    auto problem = [&](int column, const QString &text) {
        problems->append(
            tr("%1, line %2, column %3: %4").arg(table.fileName).arg(row.line).arg(table.header.at(column), text));
    };
    QList<Guardian> guardians;
    QHash<int, int> sharedUsed; // shared email column -> addresses handed out on this row
    for (const Slot &slot : layout.slots) {
        auto value = [&](Field f) { return cell(slot.columns.value(f, -1)); };
        QString email = value(Field::Email);
        int emailColumn = slot.columns.value(Field::Email, -1);
        const bool named =
            !value(Field::Name).isEmpty() || !value(Field::Given).isEmpty() || !value(Field::Family).isEmpty();
        if (slot.sharedEmail >= 0 && named) {
            // The addresses go to the guardians named on this row, in column order.
            static const QRegularExpression separators(u"[,;\\s]+"_s);
            const QStringList all = cell(slot.sharedEmail).split(separators, Qt::SkipEmptyParts);
            email = all.value(sharedUsed[slot.sharedEmail]++);
            emailColumn = slot.sharedEmail;
        }
        bool empty = email.isEmpty();
        for (auto it = slot.columns.cbegin(); it != slot.columns.cend(); ++it)
            empty = empty && cell(it.value()).isEmpty();
        if (empty)
            continue;
        Guardian g;
        std::tie(g.givenName, g.familyName) = splitName(value(Field::Name));
        if (!value(Field::Given).isEmpty())
            g.givenName = value(Field::Given);
        if (!value(Field::Family).isEmpty())
            g.familyName = value(Field::Family);
        g.email = email;
        g.phone = value(Field::Phone);
        g.relationship = slot.columns.contains(Field::Relationship) && !value(Field::Relationship).isEmpty()
                             ? value(Field::Relationship)
                             : slot.defaultRelationship;
        const int nameColumn =
            slot.columns.value(Field::Name, slot.columns.value(Field::Given, slot.columns.value(Field::Family, -1)));
        bool bad = false;
        if (g.givenName.isEmpty() || g.familyName.isEmpty()) {
            const QString name = value(Field::Name);
            if (name.isEmpty() && value(Field::Given).isEmpty() && value(Field::Family).isEmpty())
                problem(nameColumn, tr("the guardian has no name (the row has other details of this guardian)."));
            else
                problem(nameColumn, tr("\"%1\" needs a given and a family name.")
                                        .arg(QStringList{name, value(Field::Given), value(Field::Family)}
                                                 .filter(QRegularExpression(u"\\S"_s))
                                                 .join(u' ')));
            bad = true;
        }
        if (!g.email.isEmpty()) {
            Guardian probe = g;
            probe.givenName = probe.familyName = u"x"_s;
            if (!probe.problem().isEmpty()) {
                problem(emailColumn, tr("\"%1\" is not an email address.").arg(g.email));
                bad = true;
            }
        }
        if (const QString text = value(Field::Language); !text.isEmpty()) {
            if (const std::optional<QString> code = languageCode(text))
                g.language = *code;
            else {
                problem(slot.columns.value(Field::Language),
                        tr("\"%1\" is not a language (use a code like \"es\" or a name like \"Spanish\").").arg(text));
                bad = true;
            }
        }
        if (!bad) {
            if (const QString other = g.problem(); !other.isEmpty()) {
                problem(nameColumn, other);
                bad = true;
            }
        }
        if (!bad)
            guardians.append(g);
    }
    return guardians;
}

std::pair<QString, QString> GuardianColumns::splitName(const QString &name)
{
    const QString simple = name.simplified();
    if (const qsizetype comma = simple.indexOf(u','); comma >= 0)
        return {simple.mid(comma + 1).trimmed(), simple.left(comma).trimmed()};
    const qsizetype space = simple.lastIndexOf(u' ');
    if (space < 0)
        return {simple, QString()};
    return {simple.left(space), simple.mid(space + 1)};
}

std::optional<QString> GuardianColumns::languageCode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QHash<QString, QString> names{
        {u"english"_s, u"en"_s},   {u"inglés"_s, u"en"_s},   {u"anglais"_s, u"en"_s},    {u"spanish"_s, u"es"_s},
        {u"español"_s, u"es"_s},   {u"espanol"_s, u"es"_s},  {u"espagnol"_s, u"es"_s},   {u"french"_s, u"fr"_s},
        {u"français"_s, u"fr"_s},  {u"francais"_s, u"fr"_s}, {u"francés"_s, u"fr"_s},    {u"portuguese"_s, u"pt"_s},
        {u"português"_s, u"pt"_s}, {u"chinese"_s, u"zh"_s},  {u"vietnamese"_s, u"vi"_s}, {u"arabic"_s, u"ar"_s},
        {u"german"_s, u"de"_s},    {u"russian"_s, u"ru"_s},  {u"korean"_s, u"ko"_s},     {u"haitian creole"_s, u"ht"_s},
        {u"tagalog"_s, u"tl"_s},   {u"somali"_s, u"so"_s},
    };
    if (const auto it = names.constFind(t); it != names.cend())
        return *it;
    static const QRegularExpression code(u"^[a-z]{2,3}(-[a-z0-9]{2,8})*$"_s);
    if (code.match(t).hasMatch()) {
        // "es-mx" -> "es-MX": the region in capitals, as BCP 47 writes it.
        QStringList parts = t.split(u'-');
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (parts.at(i).size() == 2)
                parts[i] = parts.at(i).toUpper();
        }
        return parts.join(u'-');
    }
    return std::nullopt;
}

} // namespace k12
