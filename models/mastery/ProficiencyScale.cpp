#include "ProficiencyScale.h"

#include "kernel/domain/Entities.h"
#include "kernel/domain/RowRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

constexpr const char *kDefaultLabels[] = {
    QT_TRANSLATE_NOOP("k12::ProficiencyScale", "Beginning"), QT_TRANSLATE_NOOP("k12::ProficiencyScale", "Developing"),
    QT_TRANSLATE_NOOP("k12::ProficiencyScale", "Proficient"), QT_TRANSLATE_NOOP("k12::ProficiencyScale", "Exceeding")};

} // namespace

ProficiencyScale ProficiencyScale::defaultScale()
{
    ProficiencyScale scale;
    for (int i = 0; i < int(std::size(kDefaultLabels)); ++i)
        scale.m_levels.append({double(i + 1), tr(kDefaultLabels[i])}); // in the window's language
    return scale;
}

const char *ProficiencyScale::defaultLabelSource(int index)
{
    return index >= 0 && index < int(std::size(kDefaultLabels)) ? kDefaultLabels[index] : nullptr;
}

ProficiencyScale ProficiencyScale::forClass(const SchoolClass &c)
{
    return fromJson(c.proficiencyScale);
}

ProficiencyScale ProficiencyScale::fromJson(const QString &json)
{
    if (json.trimmed().isEmpty() || !RowRules::proficiencyScaleProblem(json).isEmpty())
        return defaultScale();
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    if (array.isEmpty())
        return defaultScale(); // "[]"
    ProficiencyScale scale;
    for (const QJsonValue &v : array) {
        const QJsonObject level = v.toObject();
        scale.m_levels.append({level.value(u"value").toDouble(), level.value(u"label").toString().trimmed()});
    }
    return scale;
}

Result<ProficiencyScale> ProficiencyScale::fromLevels(const QList<Level> &levels)
{
    ProficiencyScale scale;
    for (const Level &l : levels)
        scale.m_levels.append({l.value, l.label.trimmed()});
    // The JSON is built even for the default levels: RowRules checks the list itself.
    QJsonArray array;
    for (const Level &l : std::as_const(scale.m_levels))
        array.append(QJsonObject{{u"value"_s, l.value}, {u"label"_s, l.label}});
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (const QString problem = RowRules::proficiencyScaleProblem(json); !problem.isEmpty())
        return fail(problem);
    if (scale.m_levels.size() < 2)
        // RowRules' own message, named by its full context so lupdate finds it without include paths.
        return fail(QCoreApplication::translate("k12::RowRules", "A proficiency scale needs at least two levels."));
    return scale;
}

Result<ProficiencyScale> ProficiencyScale::parse(const QString &text)
{
    QList<Level> levels;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("\"%1\" is not VALUE=LABEL (e.g. 3=Proficient).").arg(item));
        bool ok = false;
        const double value = QLocale::c().toDouble(item.left(eq).trimmed(), &ok);
        if (!ok)
            return fail(tr("\"%1\": %2 is not a number.").arg(item, item.left(eq).trimmed()));
        levels.append({value, item.mid(eq + 1).trimmed()});
    }
    return fromLevels(levels);
}

QString ProficiencyScale::toJson() const
{
    if (isDefault())
        return {};
    QJsonArray array;
    for (const Level &l : m_levels)
        array.append(QJsonObject{{u"value"_s, l.value}, {u"label"_s, l.label}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString ProficiencyScale::toText() const
{
    QStringList items;
    for (const Level &l : m_levels)
        items.append(QString::number(l.value) + u'=' + l.label);
    return items.join(u',');
}

int ProficiencyScale::levelIndex(double score) const
{
    int index = 0;
    for (int i = 0; i < m_levels.size(); ++i) {
        if (m_levels.at(i).value <= score)
            index = i;
    }
    return index;
}

QString ProficiencyScale::label(double score) const
{
    return m_levels.isEmpty() ? QString() : m_levels.at(levelIndex(score)).label;
}

double ProficiencyScale::maximumEntry() const
{
    return RowRules::maximumPoints(top());
}

} // namespace k12
