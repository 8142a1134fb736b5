#pragma once

#include <QString>

namespace k12 {

// What every report prints besides the class: the school's name and logo and
// the teacher's name, kept in the profile's settings file (k12-teacher.ini,
// next to the database) so the window and the CLI print the same header.
struct ReportSettings
{
    QString schoolName;
    QString schoolLogoPath;
    QString teacherName; // empty: the name of the signed-in sync account, when there is one

    static ReportSettings load(const QString &profileDir);
    void save(const QString &profileDir) const;
};

} // namespace k12
