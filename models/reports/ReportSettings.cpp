#include "ReportSettings.h"

#include <QDir>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const auto kSchoolName = u"reports/school_name"_s;
const auto kSchoolLogo = u"reports/school_logo"_s;
const auto kTeacherName = u"reports/teacher_name"_s;

QSettings settingsIn(const QString &profileDir)
{
    return QSettings(QDir(profileDir).filePath(u"k12-teacher.ini"_s), QSettings::IniFormat);
}

} // namespace

ReportSettings ReportSettings::load(const QString &profileDir)
{
    const QSettings s = settingsIn(profileDir);
    return {s.value(kSchoolName).toString(), s.value(kSchoolLogo).toString(), s.value(kTeacherName).toString()};
}

void ReportSettings::save(const QString &profileDir) const
{
    QSettings s = settingsIn(profileDir);
    s.setValue(kSchoolName, schoolName.trimmed());
    s.setValue(kSchoolLogo, schoolLogoPath.trimmed());
    s.setValue(kTeacherName, teacherName.trimmed());
}

} // namespace k12
