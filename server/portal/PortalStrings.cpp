#include "PortalStrings.h"

#include "server/families/FamilyText.h"

#include <QtGlobal>

#include <cstring>

namespace k12::server {

namespace {

struct Entry
{
    const char *key;
    const char *source;
};

// Keys are what templates name ({{t_sign_in}}); sources are English.
constexpr Entry kStrings[] = {
    {"app_name", QT_TRANSLATE_NOOP("k12::portal", "K12 Family Portal")},
    {"skip_link", QT_TRANSLATE_NOOP("k12::portal", "Skip to content")},
    {"language", QT_TRANSLATE_NOOP("k12::portal", "Language")},
    {"sign_in", QT_TRANSLATE_NOOP("k12::portal", "Sign in")},
    {"sign_in_intro", QT_TRANSLATE_NOOP("k12::portal", "Sign in to see your students' grades and missing work.")},
    {"sign_out", QT_TRANSLATE_NOOP("k12::portal", "Sign out")},
    {"signed_out", QT_TRANSLATE_NOOP("k12::portal", "You are signed out.")},
    {"email", QT_TRANSLATE_NOOP("k12::portal", "Email")},
    {"password", QT_TRANSLATE_NOOP("k12::portal", "Password")},
    {"current_password", QT_TRANSLATE_NOOP("k12::portal", "Current password")},
    {"new_password", QT_TRANSLATE_NOOP("k12::portal", "New password")},
    {"confirm_password", QT_TRANSLATE_NOOP("k12::portal", "New password again")},
    {"password_hint", QT_TRANSLATE_NOOP("k12::portal", "At least 10 characters.")},
    {"wrong_credentials", QT_TRANSLATE_NOOP("k12::portal", "The email or password is wrong.")},
    {"weak_password", QT_TRANSLATE_NOOP("k12::portal", "The password must have at least 10 characters.")},
    {"mismatch", QT_TRANSLATE_NOOP("k12::portal", "The two new passwords are not the same.")},
    {"home", QT_TRANSLATE_NOOP("k12::portal", "Home")},
    {"settings", QT_TRANSLATE_NOOP("k12::portal", "Settings")},
    {"your_students", QT_TRANSLATE_NOOP("k12::portal", "Your students")},
    {"no_students",
     QT_TRANSLATE_NOOP("k12::portal",
                       "No students are linked to this account yet. Ask the teacher for an invitation.")},
    {"no_classes", QT_TRANSLATE_NOOP("k12::portal", "No classes yet.")},
    {"teacher", QT_TRANSLATE_NOOP("k12::portal", "Teacher")},
    {"term", QT_TRANSLATE_NOOP("k12::portal", "Term")},
    {"report_of", QT_TRANSLATE_NOOP("k12::portal", "Progress report")},
    {"period", QT_TRANSLATE_NOOP("k12::portal", "Grading period")},
    {"whole_course", QT_TRANSLATE_NOOP("k12::portal", "Whole course")},
    {"show", QT_TRANSLATE_NOOP("k12::portal", "Show")},
    {"final_grade", QT_TRANSLATE_NOOP("k12::portal", "Final grade")},
    {"no_final", QT_TRANSLATE_NOOP("k12::portal", "No grade yet.")},
    {"categories", QT_TRANSLATE_NOOP("k12::portal", "Categories")},
    {"category", QT_TRANSLATE_NOOP("k12::portal", "Category")},
    {"weight", QT_TRANSLATE_NOOP("k12::portal", "Weight")},
    {"percent", QT_TRANSLATE_NOOP("k12::portal", "Percent")},
    {"missing_work", QT_TRANSLATE_NOOP("k12::portal", "Missing work")},
    {"no_missing", QT_TRANSLATE_NOOP("k12::portal", "Nothing is missing.")},
    {"assignments", QT_TRANSLATE_NOOP("k12::portal", "Assignments")},
    {"no_assignments", QT_TRANSLATE_NOOP("k12::portal", "No published assignments yet.")},
    {"assignment", QT_TRANSLATE_NOOP("k12::portal", "Assignment")},
    {"due", QT_TRANSLATE_NOOP("k12::portal", "Due")},
    {"score", QT_TRANSLATE_NOOP("k12::portal", "Score")},
    {"missing", QT_TRANSLATE_NOOP("k12::portal", "Missing")},
    {"late", QT_TRANSLATE_NOOP("k12::portal", "Late")},
    {"excused", QT_TRANSLATE_NOOP("k12::portal", "Excused")},
    {"exempt", QT_TRANSLATE_NOOP("k12::portal", "Exempt")},
    {"not_graded", QT_TRANSLATE_NOOP("k12::portal", "Not graded")},
    {"standards", QT_TRANSLATE_NOOP("k12::portal", "Standards")},
    {"standard", QT_TRANSLATE_NOOP("k12::portal", "Standard")},
    {"level", QT_TRANSLATE_NOOP("k12::portal", "Level")},
    {"comment", QT_TRANSLATE_NOOP("k12::portal", "Teacher's comment")},
    {"back_home", QT_TRANSLATE_NOOP("k12::portal", "Back to your students")},
    {"invite_title", QT_TRANSLATE_NOOP("k12::portal", "Accept the invitation")},
    {"invite_new", QT_TRANSLATE_NOOP("k12::portal", "Choose a password for your account:")},
    {"invite_existing",
     QT_TRANSLATE_NOOP("k12::portal", "You already have an account. Sign in to add this student to it:")},
    {"set_password", QT_TRANSLATE_NOOP("k12::portal", "Set the password and sign in")},
    {"invite_invalid",
     QT_TRANSLATE_NOOP("k12::portal",
                       "This invitation link cannot be used. It may have been used already or have expired. Ask the "
                       "teacher for a new invitation.")},
    {"preferences", QT_TRANSLATE_NOOP("k12::portal", "Preferences")},
    {"digest", QT_TRANSLATE_NOOP("k12::portal", "Email me a weekly summary of new grades and missing work")},
    {"save", QT_TRANSLATE_NOOP("k12::portal", "Save")},
    {"saved", QT_TRANSLATE_NOOP("k12::portal", "Your preferences are saved.")},
    {"change_password", QT_TRANSLATE_NOOP("k12::portal", "Change the password")},
    {"password_changed", QT_TRANSLATE_NOOP("k12::portal", "Your password is changed.")},
    {"not_found_title", QT_TRANSLATE_NOOP("k12::portal", "Page not found")},
    {"not_found", QT_TRANSLATE_NOOP("k12::portal", "This page does not exist, or this account cannot see it.")},
    {"forbidden_title", QT_TRANSLATE_NOOP("k12::portal", "The form has expired")},
    {"forbidden",
     QT_TRANSLATE_NOOP("k12::portal",
                       "The form was not accepted: it has expired or did not come from this site. Open the page again "
                       "and retry.")},
    {"unsubscribe_title", QT_TRANSLATE_NOOP("k12::portal", "Unsubscribe")},
    {"unsubscribe_text",
     QT_TRANSLATE_NOOP("k12::portal", "Stop the weekly summaries and notices from K12 Teacher to this address.")},
    {"unsubscribe_button", QT_TRANSLATE_NOOP("k12::portal", "Unsubscribe")},
    {"unsubscribed",
     QT_TRANSLATE_NOOP("k12::portal", "You are unsubscribed: no more summaries or notices go to this address.")},
    {"unsubscribe_invalid", QT_TRANSLATE_NOOP("k12::portal", "This unsubscribe link is not valid.")},
    {"error_title", QT_TRANSLATE_NOOP("k12::portal", "Something went wrong")},
    {"error", QT_TRANSLATE_NOOP("k12::portal", "The server could not answer. Try again in a few minutes.")},
};

// Texts with a plural form; not in kStrings (they need a number).
[[maybe_unused]] constexpr Entry kPlurals[] = {
    {"throttled", QT_TRANSLATE_N_NOOP("k12::portal", "Too many failed sign-ins. Try again in %n second(s).")},
    {"busy", QT_TRANSLATE_N_NOOP("k12::portal", "The server is busy. Try again in %n second(s).")},
};

const char *sourceOf(const char *key, const Entry *table, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (std::strcmp(table[i].key, key) == 0)
            return table[i].source;
    }
    return nullptr;
}

} // namespace

QString PortalStrings::text(const QString &language, const char *key)
{
    const char *source = sourceOf(key, kStrings, std::size(kStrings));
    if (!source)
        return QString::fromLatin1(key);
    return FamilyText::translate(language, kContext, source);
}

QString PortalStrings::plural(const QString &language, const char *key, int n)
{
    const char *source = sourceOf(key, kPlurals, std::size(kPlurals));
    if (!source)
        return QString::fromLatin1(key);
    return FamilyText::translate(language, kContext, source, n);
}

mstch::map PortalStrings::all(const QString &language)
{
    mstch::map out;
    for (const Entry &e : kStrings)
        out.emplace(std::string("t_") + e.key, FamilyText::translate(language, kContext, e.source).toStdString());
    return out;
}

} // namespace k12::server
