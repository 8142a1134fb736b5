#include "OnboardingState.h"

#include <QDir>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

constexpr auto kStep = "onboarding/step";
constexpr auto kClass = "onboarding/classId";
constexpr auto kUnit = "onboarding/unitId";
constexpr auto kLesson = "onboarding/lessonId";
constexpr auto kStudents = "onboarding/studentsAdded";
constexpr auto kCategories = "onboarding/categoriesSet";
constexpr auto kConnection = "onboarding/connection";
constexpr auto kFinished = "onboarding/finished";
constexpr auto kSkipped = "onboarding/skipped";

} // namespace

OnboardingState::OnboardingState(QString settingsPath)
    : m_path(std::move(settingsPath))
{}

QString OnboardingState::settingsPathFor(const QString &profileDir)
{
    return QDir(profileDir).filePath(u"k12-teacher.ini"_s);
}

QString OnboardingState::value(const char *key) const
{
    return QSettings(m_path, QSettings::IniFormat).value(QString::fromLatin1(key)).toString();
}

void OnboardingState::setValue(const char *key, const QVariant &value)
{
    // Written at once: a crash or a closed laptop must not lose where the teacher was.
    QSettings settings(m_path, QSettings::IniFormat);
    if (value.isNull())
        settings.remove(QString::fromLatin1(key));
    else
        settings.setValue(QString::fromLatin1(key), value);
    settings.sync();
}

int OnboardingState::step() const
{
    return value(kStep).toInt();
}

void OnboardingState::setStep(int step)
{
    setValue(kStep, step);
}

QString OnboardingState::classId() const
{
    return value(kClass);
}

void OnboardingState::setClassId(const QString &id)
{
    setValue(kClass, id);
}

QString OnboardingState::unitId() const
{
    return value(kUnit);
}

void OnboardingState::setUnitId(const QString &id)
{
    setValue(kUnit, id);
}

QString OnboardingState::lessonId() const
{
    return value(kLesson);
}

void OnboardingState::setLessonId(const QString &id)
{
    setValue(kLesson, id);
}

bool OnboardingState::studentsAdded() const
{
    return value(kStudents) == u"true"_s;
}

void OnboardingState::setStudentsAdded(bool added)
{
    setValue(kStudents, added);
}

bool OnboardingState::categoriesSet() const
{
    return value(kCategories) == u"true"_s;
}

void OnboardingState::setCategoriesSet(bool set)
{
    setValue(kCategories, set);
}

QString OnboardingState::connection() const
{
    const QString c = value(kConnection);
    return c.isEmpty() ? u"offline"_s : c;
}

void OnboardingState::setConnection(const QString &connection)
{
    setValue(kConnection, connection);
}

bool OnboardingState::started() const
{
    return !value(kStep).isEmpty();
}

bool OnboardingState::finished() const
{
    return value(kFinished) == u"true"_s;
}

void OnboardingState::setFinished()
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(QString::fromLatin1(kFinished), true);
    settings.remove(QString::fromLatin1(kStep));
    settings.setValue(QString::fromLatin1(kChecklistClass), classId());
    settings.remove(QString::fromLatin1(kChecklistDismissed));
    settings.sync();
}

bool OnboardingState::skipped() const
{
    return value(kSkipped) == u"true"_s;
}

void OnboardingState::setSkipped(bool skipped)
{
    setValue(kSkipped, skipped ? QVariant(true) : QVariant());
}

void OnboardingState::startOver()
{
    QSettings settings(m_path, QSettings::IniFormat);
    for (const char *key : {kStep, kClass, kUnit, kLesson, kStudents, kCategories, kFinished, kSkipped})
        settings.remove(QString::fromLatin1(key));
    settings.sync();
}

} // namespace k12
