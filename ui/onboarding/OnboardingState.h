#pragma once

#include <QString>
#include <QVariant>

namespace k12 {

// Where the walkthrough stopped and what it created, kept in the profile's
// settings file (the same k12-teacher.ini the main window uses), so a closed
// walkthrough resumes at the same step with the same class, unit and lesson.
class OnboardingState
{
public:
    explicit OnboardingState(QString settingsPath);
    static QString settingsPathFor(const QString &profileDir);
    const QString &settingsPath() const { return m_path; }

    int step() const;
    void setStep(int step);
    QString classId() const;
    void setClassId(const QString &id);
    QString unitId() const;
    void setUnitId(const QString &id);
    QString lessonId() const;
    void setLessonId(const QString &id);
    bool studentsAdded() const;
    void setStudentsAdded(bool added);
    bool categoriesSet() const;
    void setCategoriesSet(bool set);
    QString connection() const; // "offline" or "server"
    void setConnection(const QString &connection);

    bool started() const;
    bool finished() const;
    void setFinished();
    bool skipped() const;
    void setSkipped(bool skipped);
    // Forgets a finished walkthrough, so opening it again sets up another class.
    void startOver();

    // The getting-started checklist (main window) follows the walkthrough's class.
    static constexpr auto kChecklistClass = "checklist/classId";
    static constexpr auto kChecklistDismissed = "checklist/dismissed";

private:
    QString value(const char *key) const;
    void setValue(const char *key, const QVariant &value);

    QString m_path;
};

} // namespace k12
