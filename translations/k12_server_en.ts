<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>k12::mail</name>
    <message numerus="yes">
        <source>%1 has %n missing assignment(s) in %2:</source>
        <translation>
            <numerusform>%1 has %n missing assignment in %2:</numerusform>
            <numerusform>%1 has %n missing assignments in %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invites you to the family portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invites you to the school&apos;s family portal, where you can follow your student&apos;s grades and missing work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invites you to the school&apos;s family portal, where you can follow the grades and missing work of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the button does not work, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works once, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not expect this email, you can ignore it: nothing happens until the link is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by %1, who teaches %2. You can see every grade in the family portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the family portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You receive this email because the school lists you as a guardian of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe from these emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what changed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and changed grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You receive this weekly update because you turned it on in the family portal&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::portal</name>
    <message>
        <source>K12 Family Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your students&apos; grades and missing work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students are linked to this account yet. Ask the teacher for an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published assignments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for your account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have an account. Sign in to add this student to it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation link cannot be used. It may have been used already or have expired. Ask the teacher for a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email me a weekly summary of new grades and missing work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not exist, or this account cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not accepted: it has expired or did not come from this site. Open the page again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the weekly summaries and notices from K12 Teacher to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are unsubscribed: no more summaries or notices go to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unsubscribe link is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not answer. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>The server is busy. Try again in %n second.</numerusform>
            <numerusform>The server is busy. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
