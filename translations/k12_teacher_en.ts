<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Saving failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid record id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 needs a value for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: the database is busy or read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed (injected fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a K12 Teacher database (it cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was created by a newer version of K12 Teacher (schema %2; this version knows up to %3). It was left untouched; please update K12 Teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a %1 from the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the server&apos;s revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the change for the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a %1 from the server: it came without %2, and this computer does not have the rest of it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 to flush it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a K12 Teacher database (no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has schema %1, newer than this version of K12 Teacher knows (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown backup reason &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database to back up in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename the copy into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written but cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use (is K12 Teacher open?). Close it and restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the current database before the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guardian of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was not upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: the text function of the search index is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the held rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count a class&apos;s rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, because the backup before it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the class&apos;s rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recount the gradebook&apos;s cells: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed (cell counts): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloverPlanner</name>
    <message>
        <source>Name the new term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one class to roll over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a shift in days or a start date, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is archived already; restore it to roll it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a class in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::AccountDialog</name>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out keeps everything on this computer. Changes not sent yet wait until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://k12.your-school.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@your-school.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available on this computer:&lt;/b&gt; you will have to sign in each time. Your grades stay on this computer meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached now; your changes are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable now; your changes are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out of %1. Sign in again to sync; until then everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s K12 server to keep your classes on all your devices. Until then, everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Your changes are being sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server asks to slow down; trying again in %n second(s).</source>
        <translation>
            <numerusform>The server asks to slow down; trying again in %n second.</numerusform>
            <numerusform>The server asks to slow down; trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with the server has ended; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (%1). Your changes are kept and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ArchiveGuard</name>
    <message>
        <source>%1 is archived; restore it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ArchivedSection</name>
    <message>
        <source>&lt;b&gt;Archived&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived classes by term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: opens read-only. Class &gt; Unarchive Class restores it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::AssignmentActions</name>
    <message>
        <source>Add Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publish %n Assignment(s)</source>
        <translation>
            <numerusform>Publish %n Assignment</numerusform>
            <numerusform>Publish %n Assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n Assignment(s)</source>
        <translation>
            <numerusform>Hide %n Assignment</numerusform>
            <numerusform>Hide %n Assignments</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed by its formula and holds no assignments; put the assignment in one of its periods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::AssignmentDialog</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible to students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quiz 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 points possible makes the assignment extra credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points possible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graded with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading p&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By due date: the assignment counts in the period containing its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::AssignmentGradesModel</name>
    <message>
        <source>Student</source>
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
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Excused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::AssignmentRepository</name>
    <message>
        <source>This class has no assignment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several assignments are titled &quot;%1&quot;; use the assignment id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::AtRiskModel</name>
    <message>
        <source>below %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: no earlier grade on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change (%n days)</source>
        <translation>
            <numerusform>Change (%n days)</numerusform>
            <numerusform>Change (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>down %1 points in %n day(s)</source>
        <translation>
            <numerusform>down %1 points in %n day</numerusform>
            <numerusform>down %1 points in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::AutoMissingNotice</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark missing work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n score(s) missing</source>
        <translation>
            <numerusform>Marked %n score missing</numerusform>
            <numerusform>Marked %n scores missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n assignment(s) past their due date.</source>
        <translation>
            <numerusform>on %n assignment past their due date.</numerusform>
            <numerusform>on %n assignments past their due date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades were changed after the missing marks: use Edit &gt; Undo to go back step by step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::BackupCommands</name>
    <message>
        <source>There is no K12 Teacher database in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the profile&apos;s database now and print the new backup&apos;s id (nothing else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profile&apos;s backups, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup: SQLite&apos;s integrity_check and quick_check on the copy and its schema version. Exits 0 when it is good; otherwise the problem is printed on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s id (see &quot;backup list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the profile&apos;s database with a backup. The current database is backed up first (reason before-restore): restoring that one undoes the restore. Close the app first. The next sync pulls what the server has since the backup and re-sends what only the backup holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the profile&apos;s database now; prints the new backup&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups (id, date, reason, size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup&apos;s integrity and schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a new term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K12 Teacher backs up your data every day and before upgrades, imports, a new term and restores. It keeps 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is good: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a class was deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::BulkEdits</name>
    <message>
        <source>&quot;%1&quot; is graded in points; a letter cannot be set there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pasted block is %n column(s) wide; from the selected cell there are only %1 assignment column(s). Select the top-left cell where it should go.</source>
        <translation>
            <numerusform>The pasted block is %n column wide; from the selected cell there are only %1 assignment column. Select the top-left cell where it should go.</numerusform>
            <numerusform>The pasted block is %n columns wide; from the selected cell there are only %1 assignment columns. Select the top-left cell where it should go.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted row %1: no student &quot;%2&quot; in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pasted block is %n row(s) tall but only %1 student(s) are below the selected cell.</source>
        <translation>
            <numerusform>The pasted block is %n row tall but only %1 student are below the selected cell.</numerusform>
            <numerusform>The pasted block is %n rows tall but only %1 students are below the selected cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted row %1, column %2 (%3, %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted row %1: %2 appears twice for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CategoriesPage</name>
    <message>
        <source>&amp;Add Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template and change names or weights right in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your categories (as saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 needs a category name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two categories are called &quot;%1&quot;: give each a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a number from 0 to 100 (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No categories: every assignment counts by its points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points: every point counts the same, whatever its category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights add up to %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades use them in proportion, so they need not add up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category with weight 0 does not count towards the final grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CategoryActions</name>
    <message>
        <source>This class already has a category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Grading Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CategoryDialog</name>
    <message>
        <source>New Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave every weight at 0 to grade by total points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop lowest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CategoryRepository</name>
    <message>
        <source>This class has no category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several categories are named &quot;%1&quot;; use the category id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CategoryTemplate</name>
    <message>
        <source>Homework 20% · Quizzes 30% · Tests 50%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classwork 30% · Homework 20% · Tests 50%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formative 40% · Summative 60%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points (no weights)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ChangeDescriber</name>
    <message>
        <source>a student not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2), not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>two parts of a name, e.g. student — assignment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard of an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grading period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grading type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a text value quoted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field name, value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of one change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 mine %3, server %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1 %2, change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, guardian of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian of a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing-work notice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to the family portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing-work notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ClassActions</name>
    <message>
        <source>New Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Grading Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Class Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Proficiency Scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ClassCommands</name>
    <message>
        <source>Create a class and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the class, e.g. &quot;Algebra I&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject, e.g. Mathematics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term, e.g. &quot;2026-27 Fall&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period or block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade level, e.g. 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the classes of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a student to a class and print the student&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given (first) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family (last) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number from the school&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>nothing was imported: %n problem in the file.</numerusform>
            <numerusform>nothing was imported: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3; %n student(s)</source>
        <translation>
            <numerusform>%1: %2, %3; %n student</numerusform>
            <numerusform>%1: %2, %3; %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n student(s).</source>
        <translation>
            <numerusform>Imported %n student.</numerusform>
            <numerusform>Imported %n students.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a grading category to a class and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Homework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in percent (0 when the class grades by total points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this many lowest scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weight is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assignment to a class and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. &quot;Quiz 1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points possible (0 = extra credit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade this assignment with letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--points is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one student&apos;s grade on one assignment: points, or a flag, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment title or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned (clears missing and excused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter grade, for letter-graded assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark missing (not turned in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark excused (left out of averages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark late (keeps the points; may combine with --points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late, for a late penalty policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the grade and its flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give only one of --points, --letter, --missing, --excused, --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clear cannot be combined with --late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a class; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a student to a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a grading category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import students from a CSV file with a header row and the columns given_name, family_name, student_number, email (any order), or from a Canvas gradebook export. Nothing is imported if any row is bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas gradebook export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the profile (enrolled in this class)</source>
        <translation>
            <numerusform>%n already in the profile (enrolled in this class)</numerusform>
            <numerusform>%n already in the profile (enrolled in this class)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster CSV or a Canvas gradebook export (all rows or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the work was turned in: the school days (Monday to Friday) after the assignment&apos;s due date make it late, or on time (keeps the points; may combine with --points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--missing cannot be combined with --late or --turned-in (that work came in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--turned-in cannot be combined with --%1 (the due date makes the days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1, turned in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading period (name or id) to put it in; without it, the period containing the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new guardian(s)</source>
        <translation>
            <numerusform>%n new guardian</numerusform>
            <numerusform>%n new guardians</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark missing automatically after the due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At risk: below %1 %, %n or more missing, or down %2 points or more in 14 days.</source>
        <translation>
            <numerusform>At risk: below %1 %, %n or more missing, or down %2 points or more in 14 days.</numerusform>
            <numerusform>At risk: below %1 %, %n or more missing, or down %2 points or more in 14 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a class&apos;s options and print them (without options, just print them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark empty scores missing automatically once the assignment&apos;s due date has passed (when the class opens in the window, and at midnight while it is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight: at risk with a Final % below this (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight: at risk with this many missing assignments or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight: at risk when the Final % fell by this many points or more over the last two weeks (0-100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto-missing takes on or off (not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark missing every empty score of the class&apos;s active students on published assignments due before today (or before --as-of), and print how many. Scores with anything in them (points, a letter, a flag, a comment) and extra credit are left alone; running it again marks nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to count from instead of today: due before it is past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n score(s) missing</source>
        <translation>
            <numerusform>Marked %n score missing</numerusform>
            <numerusform>Marked %n scores missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n assignment(s) past their due date.</source>
        <translation>
            <numerusform>on %n assignment past their due date.</numerusform>
            <numerusform>on %n assignments past their due date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a class&apos;s options (automatic missing, at-risk thresholds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark empty scores past their due date missing; prints the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell&apos;s comment (replaces it; &quot;&quot; removes it); alone or with a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to set: --points X, --letter L, --missing, --excused, --late, --turned-in D, --comment TEXT or --clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ClassDeleteActions</name>
    <message>
        <source>Cannot read the class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class %1 does not exist (or was deleted already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: the backup before it failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the class&apos;s rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ClassDialog</name>
    <message>
        <source>New Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Algebra I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-27 Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ClassListModel</name>
    <message>
        <source>%1 (period %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ClassPage</name>
    <message>
        <source>Your first class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class is one course section you teach. Only the name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Algebra I (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 9, or K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change all of this later with Class &gt; Edit Class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 Spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the class a name, e.g. Algebra I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class name is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade level: use K, PK or a number from 1 to 12 (a range such as 9-12 works too), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term is too long (at most 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the period short (at most 12 characters), e.g. 3 or B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ClassRepository</name>
    <message>
        <source>No class is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) are named &quot;%1&quot;; use the class id instead (see &quot;class list&quot;).</source>
        <translation>
            <numerusform>%n class is named &quot;%1&quot;; use the class id instead (see &quot;class list&quot;).</numerusform>
            <numerusform>%n classes are named &quot;%1&quot;; use the class id instead (see &quot;class list&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ClassSettingsDialog</name>
    <message>
        <source>Grading Settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missing &amp;&amp; Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standards Mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no categories yet. Add them from the gradebook&apos;s toolbar (Add Category).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category has a weight: the final grade is total points earned / total points possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights add up to %1%. The final grade is the weighted average of the categories that have grades; weights need not add up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work counts as &amp;zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work is left &amp;out of the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take points off late work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % per day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the points at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final percentage gets the first letter whose lower bound it reaches, after rounding to 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower bound of &quot;%1&quot; is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark missing &amp;automatically after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the class opens (and at midnight while it is open), empty scores on published assignments past their due date are marked missing; Undo takes them back. Cells with anything in them are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight % of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop lowest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::Cli</name>
    <message>
        <source>Usage: k12-teacher [--profile DIR] [--verbose] [COMMAND ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, k12-teacher opens its window. With a command it works headless and exits 0 on success, 1 when the request cannot be done, 2 on bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in DIR instead of the default data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug details to stderr and the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k12-teacher: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: k12-teacher [--profile DIR] %1 COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher %1 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher COMMAND --help&quot; for the options of a command, &quot;k12-teacher GROUP --help&quot; for the commands of a group (class, plan, export, ...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CliContext</name>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CommandLine</name>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher %1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CommentBankActions</name>
    <message>
        <source>Add Comment to Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That comment is no longer in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Bank Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Bank Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Bank Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CommentBankDialog</name>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {first_name}, {final_letter}, {missing_count} are replaced by each student&apos;s values when a comment is inserted into a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (optional, e.g. Effort):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ConflictActions</name>
    <message>
        <source>Keep My Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ConflictStore</name>
    <message>
        <source>Cannot record a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of K12 Teacher does not know a &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept value of %1.%2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflict has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ConflictsDialog</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These were changed both on this computer and on another device before they synced. Until you choose, your class shows the server&apos;s value; your own value is kept here and is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value you entered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the server kept (from another device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No conflicts.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When the same thing is changed on this computer and on another device before they sync, you choose here which value to keep.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your value back; it is sent to the server at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s value; your value is set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) could not be settled:</source>
        <translation>
            <numerusform>%n conflict could not be settled:</numerusform>
            <numerusform>%n conflicts could not be settled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept your value for %n field(s); it is sent at the next sync.</source>
        <translation>
            <numerusform>Kept your value for %n field; it is sent at the next sync.</numerusform>
            <numerusform>Kept your value for %n fields; it is sent at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the server&apos;s value for %n field(s).</source>
        <translation>
            <numerusform>Kept the server&apos;s value for %n field.</numerusform>
            <numerusform>Kept the server&apos;s value for %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ConnectPage</name>
    <message>
        <source>&amp;Work offline on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to my school&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect or work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your school may run a K12 server that keeps your classes on all your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://k12.your-school.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@your-school.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer. You can connect to a server later in Settings; nothing you enter now is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the whole address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in becomes available in Settings once the sync service is configured.&lt;/b&gt; Choose &quot;Work offline&quot; for now; you can connect later without losing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 You will be asked to sign in again each time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CredentialStore</name>
    <message>
        <source>Your sign-in could not be kept in the system keychain (%1). You will be asked to sign in again next time; nothing is written to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) (is it locked?)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second (is it locked?)</numerusform>
            <numerusform>the keychain did not answer within %n seconds (is it locked?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::CsvReader</name>
    <message>
        <source>%1, line %2: a quoted cell is never closed (missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as &quot;CSV UTF-8&quot; and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong encoding: UTF-16 (little-endian), not UTF-8. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong encoding: UTF-16 (big-endian), not UTF-8. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong encoding: the file is binary, not text (is it a spreadsheet file rather than CSV?). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CsvWriter</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make &quot;%1&quot; private to you: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::Curve</name>
    <message>
        <source>&quot;%1&quot; has no graded scores to curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of &quot;%1&quot; is 0; scaling cannot move it. Add points instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old range must go from a lower to a higher score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target mean cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::CurveDialog</name>
    <message>
        <source>&amp;Add points to every score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale so the mean becomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map scores from the range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow scores above %1 points (extra credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n graded score(s): mean %1 → %2.</source>
        <translation>
            <numerusform>%n graded score: mean %1 → %2.</numerusform>
            <numerusform>%n graded scores: mean %1 → %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) held at the points possible.</source>
        <translation>
            <numerusform>%n score held at the points possible.</numerusform>
            <numerusform>%n scores held at the points possible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onto the lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onto the highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::DeleteClassDialog</name>
    <message>
        <source>&amp;Delete Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete %1 and everything in it?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3 are deleted on this computer and, at the next sync, on the server and your other computers. The students stay in your other classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n grade</numerusform>
            <numerusform>%n grades</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of all your data is taken first and kept for 30 days (File &gt; Backups..., &quot;Before a class was deleted&quot;). Edit &gt; Undo brings the class back while the app is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class is archived; it is deleted as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has grades. Type its name, &lt;b&gt;%1&lt;/b&gt;, to delete it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::DesktopNotifier</name>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K12 Teacher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::DuplicateUnitDialog</name>
    <message>
        <source>Duplicate Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a later start date to reuse the unit in another term: every date moves by the same number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copies the unit and its %n lesson(s) into %1.</source>
        <translation>
            <numerusform>Copies the unit and its %n lesson into %1.</numerusform>
            <numerusform>Copies the unit and its %n lessons into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every date moves %n day(s) later</source>
        <translation>
            <numerusform>Every date moves %n day later</numerusform>
            <numerusform>Every date moves %n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every date moves %n day(s) earlier</source>
        <translation>
            <numerusform>Every date moves %n day earlier</numerusform>
            <numerusform>Every date moves %n days earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>: the copy runs %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: that day is a weekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::EpochRebootstrap</name>
    <message>
        <source>The server&apos;s data changed again while this computer was catching up with it; the next sync starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the server&apos;s rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the local rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the sync position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::EvidenceChart</name>
    <message>
        <source>Evidence over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell of the Mastery table to see that student&apos;s evidence on the standard over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no evidence on %2 yet: enter a level for an assignment (double-click the cell) and it shows here as a point at its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels (hover for the assignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no assignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power law trend y = %1 x^%2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power law trend y = %1 x^%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ExportCommands</name>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; - writes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required (use - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the gradebook of &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes k12, canvas, csv or xlsx (not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a class&apos;s gradebook as CSV or XLSX: every active student&apos;s scores, category percentages, final percentage and letter. The file imports back with &quot;import scores&quot; without a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout, the file type or both, comma-separated: k12 (default), our own layout; canvas, the layout of a Canvas gradebook export, which Canvas&apos;s gradebook import accepts; csv (default) or xlsx (numbers stay numbers and student numbers text in every spreadsheet and locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the cell separator, &quot;,&quot; (default), &quot;;&quot; or &quot;tab&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: write 9,5 instead of 9.5, as spreadsheets in German, French or Spanish expect (use it with --delimiter &quot;;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: start the file with a UTF-8 byte order mark (the default; Excel needs it to read UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: leave the byte order mark out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decimal-comma needs --delimiter &quot;;&quot; or &quot;tab&quot;: 9,5 in a comma-separated file would be two cells in most spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bom and --no-bom cannot both be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter, --decimal-comma and --no-bom are for CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a class&apos;s gradebook as CSV or XLSX (- = standard output).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ExportGradebookDialog</name>
    <message>
        <source>For Excel (adds a UTF-8 byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Gradebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds your students&apos; grades: it is saved readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K12 Teacher (opens in Excel, LibreOffice, Google Sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas gradebook (for Canvas&apos;s gradebook import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): the same in every language and spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commas between cells, decimal point (9.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolons between cells, decimal comma (9,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers and cells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student numbers such as 00123 lose their leading zeros when a spreadsheet opens a CSV file; the workbook keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers stay numbers and student numbers stay text in every spreadsheet, whatever its language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ExportYearDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One zip file with every class of the term, archived ones too: each gradebook as CSV and XLSX, the progress reports as one PDF per class, and the unit plans as PDF. The file holds students&apos; names and grades: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the year&apos;s export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n class(es).</source>
        <translation>
            <numerusform>Wrote %1: %n class.</numerusform>
            <numerusform>Wrote %1: %n classes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1 (class %2 of %3)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::FamilyActions</name>
    <message>
        <source>Choose a guardian to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That guardian no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s) cannot be invited without an email: %1. Add an email first.</source>
        <translation>
            <numerusform>%n guardian cannot be invited without an email: %1. Add an email first.</numerusform>
            <numerusform>%n guardians cannot be invited without an email: %1. Add an email first.</numerusform>
        </translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice to send: none of these students has missing work and a guardian with an email who receives reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::FinalActions</name>
    <message>
        <source>That grading period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Final Grade Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no formula: it is already graded by its own assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; shares days with &quot;%2&quot;: only a term computed by formula may. Remove the term instead, or change its dates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Final Grade Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grading period needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class already has a grading period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term takes its dates from its periods: add the class&apos;s grading periods first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a letter of this class&apos;s grading scale (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for overriding the final letter: it is kept with the grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override Final Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That final letter is not overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Final Letter Override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::FinalCommands</name>
    <message>
        <source>--part &quot;%1&quot;: write NAME=WEIGHT, e.g. Q1=40 or &quot;assignment:Final Exam=20&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the weight &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no grading period &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no assignment &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: more than one assignment is titled &quot;%2&quot;; give its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the formula of a period&apos;s final grade, e.g. S1 = 40 % Q1 + 40 % Q2 + 20 % the final exam; a period that does not exist yet is added as a term spanning its periods. Parts with nothing graded yet are left out and the other weights scaled up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period, e.g. S1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part and its weight: Q1=40 (a period), &quot;assignment:Final Exam=20&quot;, &quot;category:Tests=10&quot;. Repeat for each part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the formula: the period is graded by its own assignments again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --part (one or more) or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is graded by its own assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grading period (name or id); without it, the course&apos;s final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the override of a student&apos;s final letter: the computed letter is reported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a student&apos;s final letter with a reason (kept with the grade, in the audit and the export); the percentage stays as computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter of the class&apos;s grading scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the letter is overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List each student&apos;s final in a period (or the course): percentage, computed letter, reported letter, and the override&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or clear the final grade formula of a period (adds a term when new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a student&apos;s final letter, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the override of a student&apos;s final letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the students&apos; finals with their letters and overrides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::FinalGrades</name>
    <message>
        <source>Overridden from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::FinalLetterOverrides</name>
    <message>
        <source>&amp;Override Final Letter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report another letter than the computed one for this student&apos;s final, with a reason (select the student&apos;s Final % or Letter cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a student&apos;s Final % or Letter cell first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::FinalOverrideDialog</name>
    <message>
        <source>Override Final Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Completed the unit retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage stays as computed; reports and exports show this letter, marked with *, and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::FinishPage</name>
    <message>
        <source>You&apos;re ready to teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything below is saved. Press Finish to open your class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this walkthrough again any time from Help &gt; Getting Started Walkthrough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class of this walkthrough no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is set up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <source>no grading categories (grades count total points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grading categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &lt;i&gt;%1&lt;/i&gt;, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first lesson &lt;i&gt;%1&lt;/i&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next steps&lt;/b&gt; (a checklist in the main window ticks them off as you go):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Add an assignment: &lt;i&gt;Class &amp;gt; Add Assignment&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Enter a grade: type a score in the &lt;i&gt;Gradebook&lt;/i&gt; grid&lt;/li&gt;&lt;li&gt;Export the gradebook: &lt;i&gt;File &amp;gt; Export Gradebook&lt;/i&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::FormulaEditor</name>
    <message>
        <source>Add Pa&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period whose final grade this formula computes. Type a new name (e.g. S1) to add a term over other periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final grade of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts with nothing graded yet are left out and the other weights scaled up. An assignment part counts after the late and missing rules; a category part counts the category&apos;s work within the period&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period, or type the name of a new term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is based on its own assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period computed by the formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GettingStartedChecklist</name>
    <message>
        <source>Add an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &gt; Add Assignment (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a score into a cell of the Gradebook grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the gradebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this list; the walkthrough stays in the Help menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started: all done!&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt; (%1 of 3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &gt; Export Gradebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradeActions</name>
    <message>
        <source>&quot;%1&quot; is graded in points; use --points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Missing Past Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradeByAssignmentDialog</name>
    <message>
        <source>Visible to students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade by Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungraded only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 graded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradeByStandardDialog</name>
    <message>
        <source>Grade by Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels: %1. Type a level and Enter; Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standards...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assignment is not tagged with a standard yet: choose Standards...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradebookColumns</name>
    <message>
        <source>names the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class or section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradebookData</name>
    <message>
        <source>That class no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the gradebook: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradebookModel</name>
    <message>
        <source>%1 (student number %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 points counted; %n score(s) dropped</source>
        <translation>
            <numerusform>%1 of %2 points counted; %n score dropped</numerusform>
            <numerusform>%1 of %2 points counted; %n scores dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
extra credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded with letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %
(weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drops the lowest %n score(s)</source>
        <translation>
            <numerusform>Drops the lowest %n score</numerusform>
            <numerusform>Drops the lowest %n scores</numerusform>
        </translation>
    </message>
    <message>
        <source>Final %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grade yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter %1, %2 of %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradebookPanel</name>
    <message>
        <source>Add &amp;Assignment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Category...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grading Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Score...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Empty Cells...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urve Assignment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade &amp;by Assignment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not turned in (Ctrl+M; or type M in a cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the average (Ctrl+Shift+E; or type EX in a cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s).</source>
        <translation>
            <numerusform>Imported %n change.</numerusform>
            <numerusform>Imported %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Gradebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradebook not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradebook exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignments yet: add one with Add Assignment (Ctrl+Shift+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s), no grades yet.</source>
        <translation>
            <numerusform>%n student, no grades yet.</numerusform>
            <numerusform>%n students, no grades yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) · class average %1%</source>
        <translation>
            <numerusform>%n student · class average %1%</numerusform>
            <numerusform>%n students · class average %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Category...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turned In On...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned in late; keeps the points (Ctrl+Shift+L; or type L3 in a cell: 3 days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the work came in: the due date makes the days late and the class&apos;s late penalty applies (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade by S&amp;tandard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g with Standards...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Scores...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Gradebook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Standards: %n tag(s) added</source>
        <translation>
            <numerusform>Standards: %n tag added</numerusform>
            <numerusform>Standards: %n tags added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken off</source>
        <translation>
            <numerusform>%n taken off</numerusform>
            <numerusform>%n taken off</numerusform>
        </translation>
    </message>
    <message>
        <source>Standards...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade by Standard...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradebookStructure</name>
    <message>
        <source>Assignment not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment added. Type scores; Enter moves down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and hide its grades? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading settings saved; grades recalculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grading Periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradebookView</name>
    <message>
        <source>Gradebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GradingPeriodsPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name or a date (YYYY-MM-DD) to change it. An assignment counts in the period it was put in, else in the period containing its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;emesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the periods of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once; Edit &gt; Undo takes each one back. Quarters and semesters split the school year evenly on school days (Monday to Friday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no other class has grading periods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-09-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final Grade Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GuardianActions</name>
    <message>
        <source>That student no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another guardian, %1, already has the email &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That guardian no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That guardian is not linked to this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Guardian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GuardianColumns</name>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the columns &quot;%3&quot; and &quot;%4&quot; are the same guardian field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a guardian email column needs a guardian name column beside it (for example &quot;Guardian 1 Name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a guardian column needs a guardian name column beside it (for example &quot;Guardian 1 Name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guardian has no name (the row has other details of this guardian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a given and a family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language (use a code like &quot;es&quot; or a name like &quot;Spanish&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GuardianCommands</name>
    <message>
        <source>The student&apos;s number (or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class (id or exact name) the student is in, when student numbers repeat across the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--student is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student has the number or id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several students have the number &quot;%1&quot;; add --class to say which class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guardian to a student and print the guardian&apos;s id. A guardian whose email is already in the profile (a sibling&apos;s) is linked instead of added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given (first) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family (last) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother, Father, Grandparent, Guardian, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the guardian&apos;s reports, e.g. es (default: the teacher&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian does not receive progress reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is not a language code like &quot;es&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian with this email was already in the profile: linked to this student too (its details are unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the guardians of a class&apos;s students: student number, student, guardian, relationship, email, phone, language and whether they receive reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian has the email &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a guardian already in the profile (found by email) to another student: a sibling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a guardian (found by email) from a student with --student, or from the profile without it. A guardian left with no student is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guardian to a student (or link the one with the same email); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the guardians of a class&apos;s students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an existing guardian to another student (a sibling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a guardian from a student, or from the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student has no guardian with the email or name &quot;%1&quot;; &quot;k12-teacher guardian list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a student&apos;s guardians to the family portal: the server emails each a link once this is synced. Without --guardian, every guardian of the student with an email. An invitation is sent, not undone; inviting again sends a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s email or &quot;Given Family&quot; name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: no email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student has no guardian to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was invited: no guardian has an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1 &lt;%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;k12-teacher sync&quot; sends the invitations; the server then emails the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the invitations wait here until you sign in and run &quot;k12-teacher sync&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a student&apos;s guardians (or one) to the family portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GuardianDialog</name>
    <message>
        <source>&amp;Receives progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; siblings&apos; guardians are matched by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report l&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Guardian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::GuardiansSection</name>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Existing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians of this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guardian already linked to another student (a sibling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian with this email is already in your classes: that guardian is now linked to this student too, with the details they already had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Existing Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other student has a guardian yet. Use Add to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian of another student (a sibling):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite to Family Portal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a guardian to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no email: edit the guardian and add one to invite them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the student first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; inviting again emails a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 a link to sign up for the family portal (after the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to Family Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite %1 to the family portal? The server emails %2 a link to sign up after the next sync. An invitation is sent like an email: it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian not invited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::HeldDeletions</name>
    <message>
        <source>Deleted on the server, which was restored from a backup: kept here until you apply or refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a deletion of more than half of a class: kept here until you apply or refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a row to keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::HeldDeletionsBar</name>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows the server removed in Sync Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them on this computer too, as the server has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them here and send them back to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n grade</numerusform>
            <numerusform>%n grades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other row(s)</source>
        <translation>
            <numerusform>%n other row</numerusform>
            <numerusform>%n other rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other class(es)</source>
        <translation>
            <numerusform>%1 and %n other class</numerusform>
            <numerusform>%1 and %n other classes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server removed %1 in %2. Nothing was deleted here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the Server&apos;s Deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n row(s) on this computer too? A backup of your data is taken every day; Keep Mine sends them back to the server instead.</source>
        <translation>
            <numerusform>Delete these %n row on this computer too? A backup of your data is taken every day; Keep Mine sends them back to the server instead.</numerusform>
            <numerusform>Delete these %n rows on this computer too? A backup of your data is taken every day; Keep Mine sends them back to the server instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::HeldRows</name>
    <message>
        <source>Cannot set aside a row from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update a row set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::HeldRowsView</name>
    <message>
        <source>&lt;b&gt;From the server, not stored here.&lt;/b&gt; These rows could not be saved on this computer. Everything else was synced; they are tried again at every sync. If they stay, copy the details for your school&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tried at %n syncs without success.</source>
        <translation>
            <numerusform>Tried at %n syncs without success.</numerusform>
            <numerusform>Tried at %n syncs without success.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (server revision %3), from a %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ImportCommands</name>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create assignments the class does not have yet (points from the Points Possible row, else 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3; %n row(s)</source>
        <translation>
            <numerusform>%1: %2, %3; %n row</numerusform>
            <numerusform>%1: %2, %3; %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>nothing was imported: %n problem in the file.</numerusform>
            <numerusform>nothing was imported: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) to change</source>
        <translation>
            <numerusform>%n score to change</numerusform>
            <numerusform>%n scores to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s)</source>
        <translation>
            <numerusform>%n new assignment</numerusform>
            <numerusform>%n new assignments</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scores from a CSV or XLSX file: a K12 Teacher or Canvas gradebook export, or a sheet with a student number column and one column per assignment. Every problem is listed by line and column, every column that is not read says why, and nothing is written unless the whole file is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: the worksheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import scores from a CSV or XLSX file (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; not imported as scores (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ImportScoresDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create assignments the class does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Scores — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3): %n row(s), </source>
        <translation>
            <numerusform>%1 (%2, %3): %n row, </numerusform>
            <numerusform>%1 (%2, %3): %n rows, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) to change, </source>
        <translation>
            <numerusform>%n score to change, </numerusform>
            <numerusform>%n scores to change, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the gradebook.</source>
        <translation>
            <numerusform>%n already as in the gradebook.</numerusform>
            <numerusform>%n already as in the gradebook.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s) will be created.</source>
        <translation>
            <numerusform>%n new assignment will be created.</numerusform>
            <numerusform>%n new assignments will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing is imported until they are fixed or skipped.</source>
        <translation>
            <numerusform>%n problem: nothing is imported until they are fixed or skipped.</numerusform>
            <numerusform>%n problems: nothing is imported until they are fixed or skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXEMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (skipped: line %2 has a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2 has a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems, and columns that hold no scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported as scores (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::InsightPanel</name>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final %, in steps of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students per letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores, % of points possible, in steps of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score needed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same percentage on every assignment still to come (or on the chosen one) that reaches each letter. Extra credit is not counted on; missing and excused marks stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Below %1 %, %n or more missing, or down %2 points or more in %3 days.</source>
        <translation>
            <numerusform>Below %1 %, %n or more missing, or down %2 points or more in %3 days.</numerusform>
            <numerusform>Below %1 %, %n or more missing, or down %2 points or more in %3 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change is not known for %n student(s): a score was changed on another device.</source>
        <translation>
            <numerusform>The change is not known for %n student: a score was changed on another device.</numerusform>
            <numerusform>The change is not known for %n students: a score was changed on another device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a Final %, %1 without one yet.</source>
        <translation>
            <numerusform>%n student with a Final %, %1 without one yet.</numerusform>
            <numerusform>%n students with a Final %, %1 without one yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a Final %.</source>
        <translation>
            <numerusform>%n student with a Final %.</numerusform>
            <numerusform>%n students with a Final %.</numerusform>
        </translation>
    </message>
    <message>
        <source>all remaining work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Scored:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median:&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lowest:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Highest:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Missing:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Excused:&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missing work copied (%n row(s)).</source>
        <translation>
            <numerusform>Missing work copied (%n row).</numerusform>
            <numerusform>Missing work copied (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export missing work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing-work.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing work exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email families their child&apos;s missing published work through the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The change over %n day(s) is still being worked out.</source>
        <translation>
            <numerusform>The change over %n day is still being worked out.</numerusform>
            <numerusform>The change over %n days is still being worked out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::InsightSettingsPage</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Insight tab lists a student as at risk when any of these holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final % &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missing assignments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop over two weeks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::LanguageSettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s words, numbers and dates follow this language. A change applies the next time K12 Teacher starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In any language, a score may be typed with a decimal point (9.5) or a decimal comma (9,5); scores take no thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::LateWork</name>
    <message>
        <source>The turned-in date is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no due date, so the days late cannot be worked out from the date the work was turned in. Give it a due date (Edit Assignment, or assignment add --due), or type L and the days late in the cell (L3: 3 days late).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today: work cannot have been turned in then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) late</source>
        <translation>
            <numerusform>%n school day late</numerusform>
            <numerusform>%n school days late</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% a day, at least %2% kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late, no days given: no penalty (type L3 for 3 days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): no penalty (this class has no late penalty)</source>
        <translation>
            <numerusform>Late %n day: no penalty (this class has no late penalty)</numerusform>
            <numerusform>Late %n days: no penalty (this class has no late penalty)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): no penalty, the score does not count</source>
        <translation>
            <numerusform>Late %n day: no penalty, the score does not count</numerusform>
            <numerusform>Late %n days: no penalty, the score does not count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): -%1% once graded (%2)</source>
        <translation>
            <numerusform>Late %n day: -%1% once graded (%2)</numerusform>
            <numerusform>Late %n days: -%1% once graded (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): -%1% (%2): %3 → %4</source>
        <translation>
            <numerusform>Late %n day: -%1% (%2): %3 → %4</numerusform>
            <numerusform>Late %n days: -%1% (%2): %3 → %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n school day(s) after the due date of &quot;%2&quot;.</source>
        <translation>
            <numerusform>%1 is %n school day after the due date of &quot;%2&quot;.</numerusform>
            <numerusform>%1 is %n school days after the due date of &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A score holds at most %n day(s) late.</source>
        <translation>
            <numerusform>A score holds at most %n day late.</numerusform>
            <numerusform>A score holds at most %n days late.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::LessonEditor</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students will be able to...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts, equipment, links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What students do before the next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lesson Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Lesson Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lesson Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lesson Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lesson Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lesson Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Lesson Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson&lt;/b&gt; in unit &lt;i&gt;%1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1 added to the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::LessonListModel</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::LessonPage</name>
    <message>
        <source>Your first lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the first lesson of the unit. Activities, materials and homework can follow in the Plans tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students will be able to... (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day within the unit, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lesson a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of this lesson is gone: go back one step and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::LevelDialog</name>
    <message>
        <source>Assessed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - not tagged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a date, the level counts as assessed on the assignment&apos;s due date (or today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no assignments yet: add one in the Gradebook tab first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::MainWindow</name>
    <message>
        <source>K12 Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to K12 Teacher&lt;/h2&gt;&lt;p&gt;Everything you enter is saved on this computer at once and works without a network.&lt;/p&gt;&lt;p&gt;Start by creating your first class.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Class...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Class...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a class (course section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Class...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide a finished class from the sidebar; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Archived Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gra&amp;des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started Walkthrough...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About K12 Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — K12 Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class created. Add students next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class archived. Show it again with Class &gt; Show Archived Classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer · %n change(s) not yet synced</source>
        <translation>
            <numerusform>Saved on this computer · %n change not yet synced</numerusform>
            <numerusform>Saved on this computer · %n changes not yet synced</numerusform>
        </translation>
    </message>
    <message>
        <source>Sy&amp;nc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About K12 Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;K12 Teacher %1&lt;/h3&gt;&lt;p&gt;Grade, plan and run your classes offline; every change syncs with your school&apos;s server when the network allows.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class is archived: it opens, exports and prints, but nothing in it can change. Class &gt; Unarchive Class restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Term...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next term from this one&apos;s classes; the old classes are archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) started in %1. Edit &gt; Undo takes it back.</source>
        <translation>
            <numerusform>%n class started in %1. Edit &gt; Undo takes it back.</numerusform>
            <numerusform>%n classes started in %1. Edit &gt; Undo takes it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your data now, check a backup or restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;Reports...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the class&apos;s progress reports for families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s lessons, work to grade and students falling behind, in all classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Missing-Work &amp;Notice...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, then email families their child&apos;s missing work through the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) created; the server emails them after the next sync.</source>
        <translation>
            <numerusform>%n notice created; the server emails them after the next sync.</numerusform>
            <numerusform>%n notices created; the server emails them after the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today — K12 Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and other settings of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports are written for one class: add a class first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::MasteryModel</name>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery: no result with this method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no assignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1 (this standard&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
* Its own method: %2 (the class uses %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::MasteryPanel</name>
    <message>
        <source>Class setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the class with another method; the class&apos;s own method is set in Class Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level assessed last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best level so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of every level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level given most often; on a tie, the more recent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest level weighted by the class&apos;s percentage, the average of the earlier ones the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new level counts by the class&apos;s rate, the running average the rest: recent work weighs most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of the levels at or above the mastery threshold, once there are enough of them; no result before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marzano&apos;s power law: the trend of the levels over time, at the latest one (the mean with fewer than 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Standard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Level...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Evidence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a standard to the class (the Plans tab&apos;s picker shares them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the selected student&apos;s level on the selected standard for an assignment (or double-click the cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the selected student&apos;s levels on the selected standard over time, with the mastery score and the power-law trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no standards yet. Add them here (Add Standard...) or in the Plans tab, or import a standards file with &quot;k12-teacher standard import&quot;; then double-click a cell to enter a student&apos;s level for an assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (e.g. RL.7.1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 asks for (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method for This Standard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the selected standard with its own mastery method instead of the class&apos;s (or go back to the class&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method for This Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* the standard&apos;s own method (right-click its header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::MasteryReport</name>
    <message>
        <source>Most recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decaying average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n-mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (newest score weighted %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rate %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mastery evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n score(s) at or above %2)</source>
        <translation>
            <numerusform>%1 (%n score at or above %2)</numerusform>
            <numerusform>%1 (%n scores at or above %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::MasterySettingsPage</name>
    <message>
        <source>Most recent score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of all scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average (newest score weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decaying average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n scores at mastery level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power law (Marzano)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores &amp;needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficiency scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Default 1-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest first. A standard&apos;s score takes the label of the highest level at or below it (2.6 is the level of 2); levels may be entered up to twice the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficiency scale, row %1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficiency scale, row %1: the level needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficiency scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the newest score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficiency levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::MissingNoticeDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students to send a notice for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Missing-Work Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Missing-Work Notice — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n missing</source>
        <translation>
            <numerusform>%1 — %n missing</numerusform>
            <numerusform>%1 — %n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>The server emails each ticked student&apos;s guardians the list of missing work after the next sync. A notice is sent like an email: it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;Those with Missing Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email: %1 will not get it. Add an email to their guardian details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports turned off: %1 will not get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the students to send a notice for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) will be sent to %1.</source>
        <translation>
            <numerusform>%n notice will be sent to %1.</numerusform>
            <numerusform>%n notices will be sent to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s)</source>
        <translation>
            <numerusform>%n guardian</numerusform>
            <numerusform>%n guardians</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s) without an email will not get one.</source>
        <translation>
            <numerusform>%n guardian without an email will not get one.</numerusform>
            <numerusform>%n guardians without an email will not get one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notices not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stu&amp;dents:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::MissingNoticePreview</name>
    <message>
        <source>Nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian with an email who receives reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a student of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::MissingWork</name>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::MissingWorkModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::NotifyCommands</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n missing</source>
        <translation>
            <numerusform>%1: %n missing</numerusform>
            <numerusform>%1: %n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports turned off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send families a missing-work notice: for each student (all of the class without --student), the missing published assignments, who gets the notice and which guardians have no email. The server emails the notices once they are synced; a notice is sent, not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s number (or id); repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the preview only; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written. %n notice(s) would be sent.</source>
        <translation>
            <numerusform>Dry run: nothing was written. %n notice would be sent.</numerusform>
            <numerusform>Dry run: nothing was written. %n notices would be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n notice(s).</source>
        <translation>
            <numerusform>Created %n notice.</numerusform>
            <numerusform>Created %n notices.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;k12-teacher sync&quot; sends them; the server then emails the families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: they wait here until you sign in and run &quot;k12-teacher sync&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and send missing-work notices to families.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::OnboardingWizard</name>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the walkthrough for good; reopen it from Help &gt; Getting Started Walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close now and continue later from where you stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PeriodActions</name>
    <message>
        <source>A grading period needs a start date and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class already has a grading period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 to %3) overlaps &quot;%4&quot; (%5 to %6): the periods of a class cannot share a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Grading Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That grading period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Grading Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Grading Period Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Grading Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year needs a start date and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 has too few school days to split into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Semesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another class to copy the grading periods from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That class has no grading periods to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Grading Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That assignment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the class of grading period &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put %n Assignment(s) in %1</source>
        <translation>
            <numerusform>Put %n Assignment in %1</numerusform>
            <numerusform>Put %n Assignments in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n Assignment(s) in a Period by Due Date</source>
        <translation>
            <numerusform>Put %n Assignment in a Period by Due Date</numerusform>
            <numerusform>Put %n Assignments in a Period by Due Date</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed by its formula and holds no assignments; put the assignment in one of its periods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PeriodCommands</name>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a grading period to a class and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Q1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a grading period; the assignments put in it go back to their due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Q1-Q4 or S1-S2 covering a school year, split evenly on school days (Monday to Friday); prints the new ids in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four quarters, Q1-Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two semesters, S1-S2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --quarters, --semesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every grading period (names and dates) of one class to another: a school calendar set up once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class to copy from: its id or its exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n grading period(s).</source>
        <translation>
            <numerusform>Copied %n grading period.</numerusform>
            <numerusform>Copied %n grading periods.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a grading period; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a class&apos;s grading periods with their assignment counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a grading period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add quarters or semesters covering a school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a class&apos;s grading periods to another class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a class&apos;s grading periods in date order: id, name, start, end, how many assignments are in each (put there, or due within its dates) and, for a term computed by a formula, the formula.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PlanActions</name>
    <message>
        <source>New Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PlanChanges</name>
    <message>
        <source>That unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class to copy the unit into no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons of this unit changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PlanCommands</name>
    <message>
        <source>List a class&apos;s unit plans and their lessons, with ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a unit plan (with all its lessons) or one lesson as a printable PDF. The file can be read by you alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit plan&apos;s id (see &quot;plan list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson&apos;s id, instead of a whole unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --unit or --lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the unit plan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the lesson plan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans and lessons with their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a unit plan or a lesson as a printable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has the id &quot;%1&quot; (see &quot;plan unit list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a unit plan in a class, as New Unit in the Plans tab does, and print its id. Without dates it follows the class&apos;s last unit and lasts three school weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the unit, e.g. &quot;Plate Tectonics&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the unit (default: three school weeks after the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans with their ids, in the Plans tab&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesson at the end of a unit, as New Lesson in the Plans tab does, and print its id. Without --date it goes on the school day after the unit&apos;s last dated lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s id (see &quot;plan unit list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning objectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities (plain text or HTML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a unit&apos;s lessons in teaching order, with their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a unit plan; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans with their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesson at the end of a unit; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a unit&apos;s lessons in teaching order with their ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PlanDocument</name>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class of this unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson has the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class of this lesson no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs fonts, which this process has not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make &quot;%1&quot; private to you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of &quot;%1&quot; could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PlanPdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PlanWidgets</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::PlansPanel</name>
    <message>
        <source>New &amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Unit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Unit as &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Lesson as PD&amp;F...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lesson &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lesson Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new unit for this class (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesson at the end of the unit (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s lessons across all your classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a lesson, or press Alt+Up / Alt+Down, to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Units&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a class to see its plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No unit plans yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;New Unit&lt;/b&gt; (Ctrl+Shift+U) to plan the first unit of this class, then add its lessons.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Less&amp;ons&lt;/b&gt; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Less&amp;ons&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson deleted. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the unit &quot;%1&quot; and its %n lesson(s)?</source>
        <translation>
            <numerusform>Delete the unit &quot;%1&quot; and its %n lesson?</numerusform>
            <numerusform>Delete the unit &quot;%1&quot; and its %n lessons?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit deleted. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit not duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unit duplicated with %n lesson(s).</source>
        <translation>
            <numerusform>Unit duplicated with %n lesson.</numerusform>
            <numerusform>Unit duplicated with %n lessons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unit copied with %n lesson(s) into %1.</source>
        <translation>
            <numerusform>Unit copied with %n lesson into %1.</numerusform>
            <numerusform>Unit copied with %n lessons into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Unit as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Lesson as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ProficiencyScale</name>
    <message>
        <source>Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not VALUE=LABEL (e.g. 3=Proficient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ProgressReportWindow</name>
    <message>
        <source>&amp;All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected students (%n)</source>
        <translation>
            <numerusform>&amp;Selected students (%n)</numerusform>
            <numerusform>&amp;Selected students (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each guardian&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for this student&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert from &amp;Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment Ban&amp;k...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;One PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save One PDF &amp;per Student...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment bank is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s)...</source>
        <translation>
            <numerusform>Writing %n report...</numerusform>
            <numerusform>Writing %n reports...</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Reports as One PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 progress reports.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save One PDF per Student in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Progress Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RejectedChangesDialog</name>
    <message>
        <source>&amp;Dismiss...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused these changes, so they are not sent again. They stay on this computer: fix what the reason says (or ask your school&apos;s IT), or dismiss them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No rejected changes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;If the server ever refuses a change, it is shown here with the server&apos;s reason, and it stays on this computer until you dismiss it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending the selected changes; they stay on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what was refused and why, to paste into an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss Rejected Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n rejected change(s)?</source>
        <translation>
            <numerusform>Dismiss %n rejected change?</numerusform>
            <numerusform>Dismiss %n rejected changes?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change stays on this computer but will not be sent to the server; the server keeps what it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dismissed.</source>
        <translation>
            <numerusform>%n change dismissed.</numerusform>
            <numerusform>%n changes dismissed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be dismissed:</source>
        <translation>
            <numerusform>%n change could not be dismissed:</numerusform>
            <numerusform>%n changes could not be dismissed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details of %n change(s) copied.</source>
        <translation>
            <numerusform>Details of %n change copied.</numerusform>
            <numerusform>Details of %n changes copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows from the server not stored on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for the same reason: %1</source>
        <translation>
            <numerusform>Sync has failed %n times in a row for the same reason: %1</numerusform>
            <numerusform>Sync has failed %n times in a row for the same reason: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ReminderPolicy</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ungraded work older than %n day(s)</source>
        <translation>
            <numerusform>Ungraded work older than %n day</numerusform>
            <numerusform>Ungraded work older than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignment(s) with empty cells</source>
        <translation>
            <numerusform>%Ln assignment with empty cells</numerusform>
            <numerusform>%Ln assignments with empty cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln cell</numerusform>
            <numerusform>%Ln cells</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson plan yet for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has never synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync has been failing for more than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting.</source>
        <translation>
            <numerusform>%Ln change waiting.</numerusform>
            <numerusform>%Ln changes waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open K12 Teacher to choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync conflict(s) waiting</source>
        <translation>
            <numerusform>%Ln sync conflict waiting</numerusform>
            <numerusform>%Ln sync conflicts waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ReminderSettingsPage</name>
    <message>
        <source>Ungraded work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons without a plan on the next school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failing for more than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show student &amp;names in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications, at most once a day each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Remind me of&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Snooze&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungraded work older than this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: notifications say how many, never who, and never show a grade. A notification can appear on a projector or a shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ReportBuilder</name>
    <message>
        <source>That grading period is not one of this class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ReportCommands</name>
    <message>
        <source>This class has no grading period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write progress reports as PDF: one combined file when --out ends in .pdf, else one PDF per student in the folder --out. Prints each file written. Without --lang each report is in the language of the student&apos;s first guardian who receives reports, where there is a translation, else in the app&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this student (student number or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading period (name or id); default: the whole course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf for one combined PDF, or a folder for one PDF per student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: reports can be printed in %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no students to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s).</source>
        <translation>
            <numerusform>Wrote %n report.</numerusform>
            <numerusform>Wrote %n reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a comment to your comment bank and print its id. Placeholders: {first_name}, {final_letter}, {missing_count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category to group it under, e.g. Effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your comment bank in order: id, category and text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the teacher&apos;s comment on a student&apos;s progress report (an empty TEXT clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student (student number or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--student is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write progress reports as PDF (one combined file, or one per student in a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment to your comment bank; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your comment bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the comment on a student&apos;s progress report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of every report: en, es or fr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ReportCommentActions</name>
    <message>
        <source>That student is not enrolled in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That grading period is not one of this class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Report Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Report Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ReportDocument</name>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late (%n school day(s))</source>
        <translation>
            <numerusform>Late (%n school day)</numerusform>
            <numerusform>Late (%n school days)</numerusform>
        </translation>
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
        <source>No missing work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MISSING WORK: %n assignment(s) not turned in</source>
        <translation>
            <numerusform>MISSING WORK: %n assignment not turned in</numerusform>
            <numerusform>MISSING WORK: %n assignments not turned in</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter set by the teacher</source>
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
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignments yet.</source>
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
        <source>Notes</source>
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
        <source>Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ReportPdf</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make &quot;%1&quot; private to you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a PDF needs fonts, which this process has not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ReportSettingsDialog</name>
    <message>
        <source>Report Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lincoln Middle School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image file (PNG, JPEG, SVG); empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as families read it; empty: your sync account&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image this app can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::Repository</name>
    <message>
        <source>That %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RestorePreviewDialog</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back</source>
        <translation>
            <numerusform>%n back</numerusform>
            <numerusform>%n back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as before</source>
        <translation>
            <numerusform>%n as before</numerusform>
            <numerusform>%n as before</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore the backup of %1 (%2)?&lt;/b&gt;&lt;br&gt;Your data goes back to what it was then. This is what the restore changes, class by class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new since the backup: removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted since: comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (settings as before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing differs from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current data is kept first as a &quot;Before restore&quot; backup: restoring that one undoes this restore. The window closes and opens again for the restore. At the next sync, what the server has since the backup comes back and what only the backup holds is sent; conflicts show as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed with the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RolloverActions</name>
    <message>
        <source>No rollover: the backup before it failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RolloverCommands</name>
    <message>
        <source>Archive a class: it stays, read-only, under Archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an archived class so it can be changed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class: its id, its exact name, or &quot;Name (Term)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new term from the classes of an old one: new classes with what you choose to carry over, the old ones archived. One step, undoable in the window, synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term to roll over (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new term&apos;s name (default: the one after --from-term).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these classes of the term (ids or names, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every date by N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dates by whole weeks so the earliest lands in this date&apos;s week (weekdays kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What carries over (default: all): categories,scale,policies,standards,periods,plans,assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the same students in the new classes (year-long courses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be created; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --shift-days or --start, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--carry: unknown kind &quot;%1&quot; (use categories, scale, policies, standards, periods, plans, assignments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active class is in the term &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active class of %1 is named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rolled over %n class(es) to %1.</source>
        <translation>
            <numerusform>Rolled over %n class to %1.</numerusform>
            <numerusform>Rolled over %n classes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll classes over to a new term (the old ones are archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a class (read-only, kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an archived class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RolloverReview</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late, missing and mastery policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s)</source>
        <translation>
            <numerusform>%n standard</numerusform>
            <numerusform>%n standards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grading period(s)</source>
        <translation>
            <numerusform>%n grading period</numerusform>
            <numerusform>%n grading periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpublished assignment(s) without scores</source>
        <translation>
            <numerusform>%n unpublished assignment without scores</numerusform>
            <numerusform>%n unpublished assignments without scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard tag(s) on assignments</source>
        <translation>
            <numerusform>%n standard tag on assignments</numerusform>
            <numerusform>%n standard tags on assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled (roster kept)</source>
        <translation>
            <numerusform>%n student enrolled (roster kept)</numerusform>
            <numerusform>%n students enrolled (roster kept)</numerusform>
        </translation>
    </message>
    <message>
        <source>an empty class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dates move by %n week(s) (%1 days); weekdays stay the same.</source>
        <translation>
            <numerusform>Dates move by %n week (%1 days); weekdays stay the same.</numerusform>
            <numerusform>Dates move by %n weeks (%1 days); weekdays stay the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dates move by %n day(s); lessons landing on a weekend move to the Monday after.</source>
        <translation>
            <numerusform>Dates move by %n day; lessons landing on a weekend move to the Monday after.</numerusform>
            <numerusform>Dates move by %n days; lessons landing on a weekend move to the Monday after.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old classes to archive (read-only, still there): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores and mastery evidence are not copied; the roster is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores, mastery evidence and students are not copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RolloverWizard</name>
    <message>
        <source>New Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start New Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which classes start a new term?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes of one course (the periods of Algebra I) move together. The old classes are archived: kept, read-only, under Archived in the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes to roll over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course and class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What carries over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students&apos; scores and mastery evidence never carry over; they stay with the old class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with drop-lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late and missing work, mastery method, automatic missing, at-risk thresholds, proficiency scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with their own mastery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates moved; term-final formulas point to the new periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and lesson plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates moved, weekdays kept; links to standards and assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as unpublished templates without scores, due dates moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;week after the old term ends (whole weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the week of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move by a number of &amp;days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to move dates by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the roster: enroll the same students (year-long courses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what will be created. Everything happens in one step: Edit &gt; Undo takes it all back and restores the old classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RosterActions</name>
    <message>
        <source>A student with number &quot;%1&quot; is already in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student with number &quot;%1&quot; is already in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Student(s)</source>
        <translation>
            <numerusform>Add %n Student</numerusform>
            <numerusform>Add %n Students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::RosterImport</name>
    <message>
        <source>%1, line %2: the column &quot;%3&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header has no &quot;%3&quot; column (found: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more cells than the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the student number &quot;%1&quot; is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has a header but no students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; looks like letters lost when the file was saved in an encoding that cannot hold them; save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RosterModel</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RosterPanel</name>
    <message>
        <source>&amp;Add Student...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Student...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Roster CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n student(s) from this class? Their grades are kept and come back if they are added again.</source>
        <translation>
            <numerusform>Remove %n student from this class? Their grades are kept and come back if they are added again.</numerusform>
            <numerusform>Remove %n students from this class? Their grades are kept and come back if they are added again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) removed from the class.</source>
        <translation>
            <numerusform>%n student removed from the class.</numerusform>
            <numerusform>%n students removed from the class.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Fix them and import again.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem. Fix them and import again.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems. Fix them and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n student(s).</source>
        <translation>
            <numerusform>Imported %n student.</numerusform>
            <numerusform>Imported %n students.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some names in the file look damaged: letters were probably lost when the file was saved. Import anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::RowRules</name>
    <message>
        <source>That is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the allowed maximum of %2 for &quot;%3&quot; (twice its %4 points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of a %2 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a date (YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a list of standard ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missing-work policy must be &quot;zero&quot; or &quot;exclude&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late penalty per day must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late penalty floor must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student needs a given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student needs a family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrollment needs a class and a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrollment is either active or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grading period needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grading period cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category weight cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop lowest cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points possible cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment is graded in points or letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs an assignment and a standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mastery score cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter scale needs at least one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter scale is a list of letters, each with its lowest percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of a letter scale needs a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter scale cut-offs must go down from the top letter (&quot;%1&quot; is not below &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit is either a draft or ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson belongs to a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proficiency scale needs at least two levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proficiency scale is a list of levels, each with a value and a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proficiency level must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every proficiency level needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficiency levels must go up from the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final grade formula is a list of weighted parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of a final grade formula names a period, an assignment or a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of a final grade formula names a period, an assignment or a category, with a weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight in a final grade formula must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of a final grade formula cannot all be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overridden final grade needs a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian needs a given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian needs a family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs a student and a guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment in the bank needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation needs a guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice needs a student.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ScoreImport</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K12 Teacher export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas gradebook export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student number + one column per assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which student each row is: the header needs a student number column (&quot;Student Number&quot;, &quot;SIS User ID&quot;) or the layout of a K12 Teacher or Canvas export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown assignment &quot;%1&quot; (create it first, or allow new assignments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assignment columns found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown student &quot;%1&quot; (no student in this class has that number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate row: %1 is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a letter of the class&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (nor EX, MISSING or EXEMPT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows of scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifies the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column has scores but no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed from the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one assignment is titled &quot;%1&quot;; give them different titles, or use the column headers of an export, which carry the assignment&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column and the column &quot;%1&quot; are both the assignment &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ScoreInput</name>
    <message>
        <source>&quot;%1&quot; is graded in points; type a number (or switch it to letter grades).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is extra credit (0 points possible); type points, not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a letter of this class&apos;s scale (%2), nor a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: days late are a whole number of days (L3 is late, 3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: type points (e.g. 8.5), a percentage (85%), M for missing, EX for excused, L for late or L3 for 3 days late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be read two ways; scores take no thousands separator. Type the decimal with a point or a comma and one or two digits (%2), or the whole number without a separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: a score can be at most %n day(s) late.</source>
        <translation>
            <numerusform>&quot;%1&quot;: a score can be at most %n day late.</numerusform>
            <numerusform>&quot;%1&quot;: a score can be at most %n days late.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SearchCommands</name>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search students, guardians, classes, assignments, categories, standards, units, lessons and grade comments, archived classes included. Each word is the start of a word (&quot;alg&quot; finds Algebra), all words must match, accents are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {kind, id, class, title, snippet, archived}, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the search index from the records first (maintenance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt the search index in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (students, classes, assignments, lessons, comments, ...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SearchNavigator</name>
    <message>
        <source>&amp;Search...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SearchPopup</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search students, classes, assignments, lessons, comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, a title or a comment. ↑↓ move, Enter opens, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ move, Enter opens, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SearchResultsModel</name>
    <message numerus="yes">
        <source>Classes (%n)</source>
        <translation>
            <numerusform>Classes (%n)</numerusform>
            <numerusform>Classes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Students (%n)</source>
        <translation>
            <numerusform>Students (%n)</numerusform>
            <numerusform>Students (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guardians (%n)</source>
        <translation>
            <numerusform>Guardians (%n)</numerusform>
            <numerusform>Guardians (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categories (%n)</source>
        <translation>
            <numerusform>Categories (%n)</numerusform>
            <numerusform>Categories (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignments (%n)</source>
        <translation>
            <numerusform>Assignments (%n)</numerusform>
            <numerusform>Assignments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standards (%n)</source>
        <translation>
            <numerusform>Standards (%n)</numerusform>
            <numerusform>Standards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Units (%n)</source>
        <translation>
            <numerusform>Units (%n)</numerusform>
            <numerusform>Units (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lessons (%n)</source>
        <translation>
            <numerusform>Lessons (%n)</numerusform>
            <numerusform>Lessons (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comments (%n)</numerusform>
            <numerusform>Comments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SelectionGrading</name>
    <message>
        <source>Set Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Score for %n selected cell(s) (points, a percentage like 85%, a letter, M, EX or L):</source>
        <translation>
            <numerusform>Score for %n selected cell (points, a percentage like 85%, a letter, M, EX or L):</numerusform>
            <numerusform>Score for %n selected cells (points, a percentage like 85%, a letter, M, EX or L):</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Empty Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for every ungraded cell in the selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Copied %n cell.</numerusform>
            <numerusform>Copied %n cells.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select cells of one assignment to curve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Curved %n score(s).</source>
        <translation>
            <numerusform>Curved %n score.</numerusform>
            <numerusform>Curved %n scores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comment for %n selected cell(s):</source>
        <translation>
            <numerusform>Comment for %n selected cell:</numerusform>
            <numerusform>Comment for %n selected cells:</numerusform>
        </translation>
    </message>
    <message>
        <source>Published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cell(s).</source>
        <translation>
            <numerusform>%1: %n cell.</numerusform>
            <numerusform>%1: %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turned in on %1: %n cell(s) changed.</source>
        <translation>
            <numerusform>Turned in on %1: %n cell changed.</numerusform>
            <numerusform>Turned in on %1: %n cells changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StandardActions</name>
    <message>
        <source>This class already has a standard &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That standard is not one of this class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Standards Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the allowed maximum of %2 (twice the top level, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Standard Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no level to clear for that student and standard on &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Standard Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mastery method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest score&apos;s weight is a percentage from 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decay rate is a percentage from 50 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n-mastery needs a whole number of scores from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That standard no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Standard&apos;s Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Class&apos;s Method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StandardCommands</name>
    <message>
        <source>Add a standard to a class and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard&apos;s code, e.g. RL.7.1 (unique in the class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the standard asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a class&apos;s standards by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a class&apos;s standards from a CSV file with a header row and the columns code, description and, optionally, parent or strand (any order; other columns are ignored). A code the class has keeps its id and takes the file&apos;s description. A strand is written before the description as &quot;Strand: ... - &quot; (standards have no parent field). Nothing is imported if any row is bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standards file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>nothing was imported: %n problem in the file.</numerusform>
            <numerusform>nothing was imported: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>note: columns ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 with a new description, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag an assignment with standards and print all its standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take standards off an assignment and print the standards it keeps. The levels entered stay evidence of mastery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment title or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard&apos;s code or id; give --standard once per standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assignment is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--standard is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method takes most_recent, highest, mean, mode, weighted_average, decaying_average, n_mastery or power_law (not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param is for weighted_average, decaying_average and n_mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s parameter instead of the class&apos;s: the newest score&apos;s weight in percent (weighted_average, 1-99), the rate in percent (decaying_average, 50-99) or how many scores at or above the class&apos;s threshold are needed (n_mastery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array, one object per student and standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param is for weighted_average, decaying_average and n_mastery; the class uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a class&apos;s mastery as CSV: a header row (Student, Student Number, then one column per standard code), one row per active student, each standard&apos;s mastery by the class&apos;s method with 2 decimals, empty without a result. UTF-8 with a byte order mark; the file is readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; - writes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required (use - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the mastery of &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the student&apos;s level on this standard (code or id) for the assignment, instead of points; with --level or --clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --standard: the day it was assessed (default: the assignment&apos;s due date, else today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level and --assessed need --standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--standard sets a level, not points: leave out --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --standard, give --level X or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clear cannot be combined with --assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a standard to a class; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a class&apos;s standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import standards from a CSV (code, description, parent/strand; all rows or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag an assignment with standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take standards off an assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show students&apos; mastery of the class&apos;s standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a class&apos;s mastery as CSV (- = standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each student&apos;s mastery of each standard of a class: the standard&apos;s own method, else the class&apos;s, over the student&apos;s levels on the standard, oldest first (by assessed date, then by entry), rounded to 2 decimals, with the label of the class&apos;s proficiency scale (by default 1 Beginning, 2 Developing, 3 Proficient, 4 Exceeding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One method for every standard instead of theirs and the class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --standard: the level on the class&apos;s proficiency scale (by default 1 Beginning, 2 Developing, 3 Proficient, 4 Exceeding; decimals allowed). Entering it again replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or set a class&apos;s proficiency scale: the levels a standard&apos;s score is read against, lowest first. Without LEVELS it prints one level a line (value, tab, label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The levels as VALUE=LABEL separated by commas, lowest first, e.g. &quot;1=Beginning,2=Developing,3=Proficient,4=Exceeding&quot; (at least two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the default scale (1 Beginning to 4 Exceeding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give LEVELS or --default, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the class&apos;s method, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (its own; the class uses %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or set the mastery method of one standard, used instead of the class&apos;s for that standard (in the Mastery tab, `mastery` and the exports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard&apos;s code or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard&apos;s own method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its parameter: the newest score&apos;s weight in percent (weighted_average, 1-99), the rate in percent (decaying_average, 50-99) or how many scores at or above the class&apos;s threshold are needed (n_mastery, 1-20). Without it, the class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the class&apos;s method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clear cannot be combined with --method or --param</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs --method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or set a class&apos;s proficiency scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or set a standard&apos;s own mastery method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StandardImport</name>
    <message>
        <source>Strand: %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the column &quot;%3&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header has no &quot;code&quot; column (found: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no standards below the header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StandardLevelsModel</name>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: level %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level: type a number of the scale (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StandardMethodDialog</name>
    <message>
        <source>Method for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be computed with its own method instead of the class&apos;s, e.g. the highest level for a skill shown once, a decaying average for one that builds up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores &amp;needed (at or above %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight of the newest score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard follows the class&apos;s method (Class Settings, Standards Mastery).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StandardQueries</name>
    <message>
        <source>This class has no standard &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StandardsPicker</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no standards yet: add one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. CCSS.MATH.6.RP.A.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new standard a code before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StudentDialog</name>
    <message>
        <source>Add Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, from the school&apos;s system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StudentNameList</name>
    <message>
        <source>Line %1 is too long for a name (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;): write the family name before the comma and the given name after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) has one name only: write &quot;Given Family&quot; or &quot;Family, Given&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StudentRepository</name>
    <message>
        <source>No student with number or id &quot;%1&quot; is enrolled in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several students in this class have the number &quot;%1&quot;; use the student id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::StudentsPage</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type or paste names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a roster file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a &amp;sample roster (12 made-up students you can remove later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also leave this empty and add students later in the Roster tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One student per line, for example:
Lovelace, Ada
Grace Hopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with given_name and family_name columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These students will be added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This class has %n student(s) already; the names here are added to them (a name already in the class is not added twice).</source>
        <translation>
            <numerusform>This class has %n student already; the names here are added to them (a name already in the class is not added twice).</numerusform>
            <numerusform>This class has %n students already; the names here are added to them (a name already in the class is not added twice).</numerusform>
        </translation>
    </message>
    <message>
        <source>No names yet: the class starts with an empty roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be added.</source>
        <translation>
            <numerusform>%n student will be added.</numerusform>
            <numerusform>%n students will be added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the roster file exported from your school&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be imported.</source>
        <translation>
            <numerusform>%n student will be imported.</numerusform>
            <numerusform>%n students will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The students were not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SyncAccount</name>
    <message>
        <source>&quot;%1&quot; is not a server address (for example https://k12.school.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to a school server: use &quot;k12-teacher login&quot; or Settings &gt; Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in for %1 is not in the system keychain any more; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in for %1 is not available on this computer; please sign in again (Settings &gt; Account).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SyncActions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes to the school&apos;s server and receive others&apos; now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server, or sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between your value and the server&apos;s where both changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Problems...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the changes the server refused and the rows this computer could not store, and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SyncCommands</name>
    <message>
        <source>Sign in to the school&apos;s server; the sign-in is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address, e.g. https://k12.school.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server, --email and --password-stdin are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the school&apos;s server. Queued changes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every queued change to the server and receive the server&apos;s changes. Exits 0 only when nothing is left to send and nothing failed; 3 when the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server; see &quot;k12-teacher status&quot;.</source>
        <translation>
            <numerusform>%n change were refused by the server; see &quot;k12-teacher status&quot;.</numerusform>
            <numerusform>%n changes were refused by the server; see &quot;k12-teacher status&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%n change are still waiting to be sent.</numerusform>
            <numerusform>%n changes are still waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your decision: see &quot;k12-teacher conflicts&quot;.</source>
        <translation>
            <numerusform>%n conflict wait for your decision: see &quot;k12-teacher conflicts&quot;.</numerusform>
            <numerusform>%n conflicts wait for your decision: see &quot;k12-teacher conflicts&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the sync state: online or not, changes waiting, rejected changes, conflicts, last sync, cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact the server; report what the profile knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a conflict: keep your value (sent again to the server) or the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict&apos;s id (see &quot;k12-teacher conflicts&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mine&quot; or &quot;server&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be &quot;mine&quot; or &quot;server&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflict has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your value; it is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the server&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the conflicts waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the school&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out; queued changes stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One full push and pull (exit 3 when offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state, queued changes, conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the server could not be stored here and were set aside; the rest of the sync went on.</source>
        <translation>
            <numerusform>%n row from the server could not be stored here and were set aside; the rest of the sync went on.</numerusform>
            <numerusform>%n rows from the server could not be stored here and were set aside; the rest of the sync went on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for this reason: it will not get better by itself. Send &quot;k12-teacher status&quot; to your school&apos;s IT.</source>
        <translation>
            <numerusform>Sync has failed %n times in a row for this reason: it will not get better by itself. Send &quot;k12-teacher status&quot; to your school&apos;s IT.</numerusform>
            <numerusform>Sync has failed %n times in a row for this reason: it will not get better by itself. Send &quot;k12-teacher status&quot; to your school&apos;s IT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the server are set aside: they could not be stored here and are tried again on every sync; see &quot;k12-teacher status&quot;.</source>
        <translation>
            <numerusform>%n row from the server are set aside: they could not be stored here and are tried again on every sync; see &quot;k12-teacher status&quot;.</numerusform>
            <numerusform>%n rows from the server are set aside: they could not be stored here and are tried again on every sync; see &quot;k12-teacher status&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held: %1 %2 rev %3 (%n tries): %4</source>
        <translation>
            <numerusform>held: %1 %2 rev %3 (%n tries): %4</numerusform>
            <numerusform>held: %1 %2 rev %3 (%n tries): %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete here the rows the server deleted that were held for your say, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rows the server deleted that were held for your say, and send them back to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --apply-deletions or --keep, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n held row(s).</source>
        <translation>
            <numerusform>Deleted %n held row.</numerusform>
            <numerusform>Deleted %n held rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n held row(s); they are sent back to the server now.</source>
        <translation>
            <numerusform>Kept %n held row; they are sent back to the server now.</numerusform>
            <numerusform>Kept %n held rows; they are sent back to the server now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was restored from a backup: this computer caught up with it and sent back %n change(s) the backup lacked.</source>
        <translation>
            <numerusform>The server was restored from a backup: this computer caught up with it and sent back %n change the backup lacked.</numerusform>
            <numerusform>The server was restored from a backup: this computer caught up with it and sent back %n changes the backup lacked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server deleted %n row(s) that are kept here until you decide: nothing was deleted. &quot;k12-teacher sync --apply-deletions&quot; deletes them here, &quot;k12-teacher sync --keep&quot; sends them back to the server.</source>
        <translation>
            <numerusform>The server deleted %n row that are kept here until you decide: nothing was deleted. &quot;k12-teacher sync --apply-deletions&quot; deletes them here, &quot;k12-teacher sync --keep&quot; sends them back to the server.</numerusform>
            <numerusform>The server deleted %n rows that are kept here until you decide: nothing was deleted. &quot;k12-teacher sync --apply-deletions&quot; deletes them here, &quot;k12-teacher sync --keep&quot; sends them back to the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>would delete: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1: %2 applied, %3 in conflict, %4 rejected. Received %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SyncService</name>
    <message>
        <source>That conflict no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SyncSession</name>
    <message>
        <source>The local database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the sync position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server answered %1 of %n change(s); they will be sent again.</source>
        <translation>
            <numerusform>The server answered %1 of %n change; they will be sent again.</numerusform>
            <numerusform>The server answered %1 of %n changes; they will be sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SyncSettingsPage</name>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the certificate authorities this computer trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the school&apos;s server has a certificate from the school&apos;s own certificate authority, choose that authority&apos;s certificate (a PEM file, from the school&apos;s IT). It is trusted in addition to the usual ones, from the next time K12 Teacher starts; certificates are always checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::SyncStatusWidget</name>
    <message>
        <source>The same thing was changed here and on the server. Click to choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused. Click to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>synced %n minute(s) ago</source>
        <translation>
            <numerusform>synced %n minute ago</numerusform>
            <numerusform>synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n hour(s) ago</source>
        <translation>
            <numerusform>synced %n hour ago</numerusform>
            <numerusform>synced %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>synced yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change made on this computer has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected change(s)</source>
        <translation>
            <numerusform>%Ln rejected change</numerusform>
            <numerusform>%Ln rejected changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server again (Settings &gt; Account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending changes: %Ln</source>
        <translation>
            <numerusform>Sending changes: %Ln</numerusform>
            <numerusform>Sending changes: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving changes: %Ln so far</source>
        <translation>
            <numerusform>Receiving changes: %Ln so far</numerusform>
            <numerusform>Receiving changes: %Ln so far</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has not completed a sync with the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online, syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline, changes are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached. Everything you change is saved on this computer and sent when the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers with errors, so K12 Teacher waits before trying again. Everything you change is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1. Your changes are kept on this computer until you sign in again (Settings &gt; Account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a school server: everything is saved on this computer only. To sync with your school&apos;s server, use Settings &gt; Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not stored</source>
        <translation>
            <numerusform>%Ln row not stored</numerusform>
            <numerusform>%Ln rows not stored</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows from the server could not be stored on this computer; the rest was synced. Click to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for the same reason: %1</source>
        <translation>
            <numerusform>Sync has failed %n times in a row for the same reason: %1</numerusform>
            <numerusform>Sync has failed %n times in a row for the same reason: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching %1 as %2...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::TagStandardsDialog</name>
    <message>
        <source>Standards of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Standards of %n assignment(s)</source>
        <translation>
            <numerusform>Standards of %n assignment</numerusform>
            <numerusform>Standards of %n assignments</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, e.g. RL.7.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tagged assignment can be scored per standard (Grades &gt; Grade by Standard). Standards are shared with the lesson plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no standards yet: add the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag with Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::TermFinals</name>
    <message>
        <source>A formula needs at least one part; clear it to grade the period by its own assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of a formula is one period, one assignment or one category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of each part must be a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period cannot be part of its own formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula names a grading period this class does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula names an assignment this class does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula names a category this class does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula lists the same part twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of a formula must add up to more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already computed from this period: a formula cannot go round in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::TodayCommands</name>
    <message>
        <source>(no plan yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next school day, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungraded past due (class, assignment, due, empty cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with missing work (class, student, missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln change waiting to sync</numerusform>
            <numerusform>%Ln changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln open conflict</numerusform>
            <numerusform>%Ln open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected change(s)</source>
        <translation>
            <numerusform>%Ln rejected change</numerusform>
            <numerusform>%Ln rejected changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) held back</source>
        <translation>
            <numerusform>%Ln row held back</numerusform>
            <numerusform>%Ln rows held back</numerusform>
        </translation>
    </message>
    <message>
        <source>What the Today page shows, across all active classes: today&apos;s and the next school day&apos;s lessons (and class days without a plan), assignments due this week, ungraded work past its due date, students with missing work, and the state of sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As if today were this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s lessons, due and ungraded work, students missing work, sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the reminders now and show the due ones as desktop notifications, as the app does on start and every hour. Prints what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the reminders already shown today or snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notification service is running (org.freedesktop.Notifications on the session bus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the due reminders as desktop notifications now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::TodayNavigator</name>
    <message>
        <source>This profile works on this computer only: sign in under Settings to sync with your school&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::TodayView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet — press Enter to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungraded, past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln to grade</source>
        <translation>
            <numerusform>%Ln to grade</numerusform>
            <numerusform>%Ln to grade</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with missing work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflict to resolve</numerusform>
            <numerusform>%Ln conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) rejected by the server</source>
        <translation>
            <numerusform>%Ln change rejected by the server</numerusform>
            <numerusform>%Ln changes rejected by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) from the server held back</source>
        <translation>
            <numerusform>%Ln row from the server held back</numerusform>
            <numerusform>%Ln rows from the server held back</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::TrustedAuthority</name>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::TurnedInDialog</name>
    <message>
        <source>Turned In On</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>When was the work of the %n selected cell(s) turned in?</source>
        <translation>
            <numerusform>When was the work of the %n selected cell turned in?</numerusform>
            <numerusform>When was the work of the %n selected cells turned in?</numerusform>
        </translation>
    </message>
    <message>
        <source>Days late are school days, Monday to Friday, after the due date; work turned in on a Saturday or Sunday counts from the Monday after. Holidays are not known here: where one falls, type L and the days in the cell (L2: 2 days late).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turned in on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, due %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more assignment(s))</source>
        <translation>
            <numerusform>(and %n more assignment)</numerusform>
            <numerusform>(and %n more assignments)</numerusform>
        </translation>
    </message>
    <message>
        <source>This class has no late penalty: the cells are marked late with their days, and nothing is deducted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late penalty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was &quot;%1&quot; turned in by %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::UnitEditor</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit is about and what students will be able to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unit plan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Essential questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Unit Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Unit Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Unit End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Unit Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Essential Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Unit Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Unit Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Unit as Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1 added to the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::UnitListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::UnitPage</name>
    <message>
        <source>Your first unit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit is a few weeks of lessons around one topic. Standards are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. CCSS.MATH.6.RP.A.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it says (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary, essential questions and more standards can be added later in the Plans tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit ends before it starts: pick an end date on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit longer than a year is probably a typo in the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first standard needs a code (e.g. CCSS.MATH.6.RP.A.1) before its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second standard needs a code before its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both standards have the same code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit a title, e.g. Unit 1: Ratios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::WeekPlanModel</name>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::WeekView</name>
    <message>
        <source>No lessons are planned for this week. Lessons appear here on their dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a lesson to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::WelcomePage</name>
    <message>
        <source>Welcome to K12 Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s set up your first class. It takes about three minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In a few short steps you will have:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;your first &lt;b&gt;class&lt;/b&gt;, with its &lt;b&gt;students&lt;/b&gt;,&lt;/li&gt;&lt;li&gt;&lt;b&gt;grading categories&lt;/b&gt; (weights you can change any time),&lt;/li&gt;&lt;li&gt;a first &lt;b&gt;unit plan&lt;/b&gt; and its first &lt;b&gt;lesson&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every step has sensible defaults: type a class name and press &lt;b&gt;Enter&lt;/b&gt; on each page to accept them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved on this computer as you go, and works without a network. You can close this walkthrough at any step and continue later from Help &gt; Getting Started Walkthrough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::WhatItTakesModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student already has a score or a mark on the chosen assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps %1 or better even with 0 % on the work still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not reach %1 even with 100 % on the work still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 % on the work still to come for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::XlsxArchive</name>
    <message>
        <source>the zip archive&apos;s directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive is damaged at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive is cut short in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive is incomplete or damaged: its directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read while another part is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no part of the workbook is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (its compressed data is invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (error %2 while unpacking it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (its check sum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the zip archive has more than %Ln file(s)</source>
        <translation>
            <numerusform>the zip archive has more than %Ln file</numerusform>
            <numerusform>the zip archive has more than %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxPart</name>
    <message>
        <source>%1 is compressed in a way this program cannot unpack (method %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %L1 MiB and is refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (it unpacks to more than the archive says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %L2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (it unpacks to less than the archive says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a text longer than a spreadsheet cell can be (%Ln character(s))</source>
        <translation>
            <numerusform>%1 holds a text longer than a spreadsheet cell can be (%Ln character)</numerusform>
            <numerusform>%1 holds a text longer than a spreadsheet cell can be (%Ln characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxReader</name>
    <message>
        <source>%1: not an XLSX workbook (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook unpacks to more than %L2 MiB and is refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet named &quot;%2&quot;; its sheets are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a worksheet (a chart or macro sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %L2 has a cell with the reference &quot;%3&quot;, which names no column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %L2 has a cell past column %L3, the last a spreadsheet can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell %2 of sheet &quot;%3&quot; refers to a text the workbook does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; has a row numbered &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %L1 of sheet &quot;%2&quot; comes after row %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is empty; it needs a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %L2 MiB, more than a gradebook workbook can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the workbook holds more than %Ln text(s), more than can be imported.</source>
        <translation>
            <numerusform>%1: the workbook holds more than %Ln text, more than can be imported.</numerusform>
            <numerusform>%1: the workbook holds more than %Ln texts, more than can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the sheet &quot;%2&quot; has more than %Ln cell(s), more than can be imported.</source>
        <translation>
            <numerusform>%1: the sheet &quot;%2&quot; has more than %Ln cell, more than can be imported.</numerusform>
            <numerusform>%1: the sheet &quot;%2&quot; has more than %Ln cells, more than can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet &quot;%2&quot; has more than %Ln row(s), the most a spreadsheet can have.</source>
        <translation>
            <numerusform>%1: sheet &quot;%2&quot; has more than %Ln row, the most a spreadsheet can have.</numerusform>
            <numerusform>%1: sheet &quot;%2&quot; has more than %Ln rows, the most a spreadsheet can have.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxWriter</name>
    <message>
        <source>Could not create a temporary folder for the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the spreadsheet writer (no &quot;C&quot; locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the worksheet &quot;%1&quot; to the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a number a spreadsheet cannot store (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write cell %1 of the spreadsheet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the width of column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read back the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet needs at least one sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %Ln row(s); Excel holds at most %L1.</source>
        <translation>
            <numerusform>The sheet has %Ln row; Excel holds at most %L1.</numerusform>
            <numerusform>The sheet has %Ln rows; Excel holds at most %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %Ln column(s); Excel holds at most %L1.</source>
        <translation>
            <numerusform>The sheet has %Ln column; Excel holds at most %L1.</numerusform>
            <numerusform>The sheet has %Ln columns; Excel holds at most %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 has %Ln character(s); a spreadsheet cell holds at most %L2.</source>
        <translation>
            <numerusform>Cell %1 has %Ln character; a spreadsheet cell holds at most %L2.</numerusform>
            <numerusform>Cell %1 has %Ln characters; a spreadsheet cell holds at most %L2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::YearEndActions</name>
    <message>
        <source>Export the &amp;Year...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Class...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every class of a term (gradebooks, progress reports, plans) as one zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a class and everything in it, after a backup; archiving keeps it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. A backup was kept; Edit &gt; Undo brings the class back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::YearEndCommands</name>
    <message>
        <source>Write one zip file with everything of a term: for every class (archived ones too) the gradebook as CSV and XLSX, the progress reports as one PDF and the unit plans as PDF, and a README.txt listing what is inside. The file is private (0600) and appears only when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term, as the classes name it (e.g. &quot;2025-26 Spring&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--term is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--term is required (terms: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n class(es), </source>
        <translation>
            <numerusform>Wrote %n class, </numerusform>
            <numerusform>Wrote %n classes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), </source>
        <translation>
            <numerusform>%n file, </numerusform>
            <numerusform>%n files, </numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a class and everything in it (roster, assignments, grades, plans) for good, archived or not. A backup of the whole profile is taken first (&quot;before-delete&quot;, kept 30 days); in the window, Edit &gt; Undo brings it back. Students stay in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class: its id, its exact name, or &quot;Name (Term)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really delete it (without it, nothing is deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 removes %2, %3 and %4 for good. Nothing was deleted: add --yes to delete it (a backup is taken first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n grade</numerusform>
            <numerusform>%n grades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 (%n row(s)).</source>
        <translation>
            <numerusform>Deleted %1 (%n row).</numerusform>
            <numerusform>Deleted %1 (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1 (k12-teacher backup restore %1 brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a term&apos;s gradebooks, progress reports and plans as one zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a class and everything in it (a backup is taken first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::YearExport</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K12 Teacher - %1.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class has a term to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class has the term &quot;%1&quot;. Terms: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s export is a zip file: &quot;%1&quot; does not end in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (period %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no students: no progress reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K12 Teacher: the year&apos;s export of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 by K12 Teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es). In each class&apos;s folder: the gradebook as CSV (UTF-8, opens in Excel and LibreOffice) and XLSX, every student&apos;s progress report for the whole course in one PDF, and each unit plan with its lessons as a PDF.</source>
        <translation>
            <numerusform>%n class. In each class&apos;s folder: the gradebook as CSV (UTF-8, opens in Excel and LibreOffice) and XLSX, every student&apos;s progress report for the whole course in one PDF, and each unit plan with its lessons as a PDF.</numerusform>
            <numerusform>%n classes. In each class&apos;s folder: the gradebook as CSV (UTF-8, opens in Excel and LibreOffice) and XLSX, every student&apos;s progress report for the whole course in one PDF, and each unit plan with its lessons as a PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>These files hold students&apos; names and grades: keep them private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>k12::ZipWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the zip file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to &quot;%2&quot; (the disk may be full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish &quot;%1&quot; (the disk may be full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush &quot;%1&quot; to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>K12 Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K12 Teacher cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
