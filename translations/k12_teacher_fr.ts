<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot read the class&apos;s rows: %1</source>
        <translation>Impossible de lire les lignes de la classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot compare with the backup: %1</source>
        <translation>Impossible de comparer avec la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to flush it.</source>
        <translation>Impossible d&apos;ouvrir %1 pour l&apos;écrire sur le disque.</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation>Impossible d&apos;écrire %1 sur le disque.</translation>
    </message>
    <message>
        <source>The file cannot be read as a database.</source>
        <translation>Le fichier ne peut pas être lu comme une base de données.</translation>
    </message>
    <message>
        <source>The file is not a K12 Teacher database (no schema version).</source>
        <translation>Le fichier n&apos;est pas une base de données K12 Teacher (pas de version de schéma).</translation>
    </message>
    <message>
        <source>The backup has schema %1, newer than this version of K12 Teacher knows (%2).</source>
        <translation>La sauvegarde a le schéma %1, plus récent que ce que connaît cette version de K12 Teacher (%2).</translation>
    </message>
    <message>
        <source>%1 found: %2</source>
        <translation>%1 a trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Unknown backup reason &quot;%1&quot;.</source>
        <translation>Motif de sauvegarde inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no database to back up in %1.</source>
        <translation>Il n&apos;y a aucune base de données à sauvegarder dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the backup file in %1.</source>
        <translation>Impossible de créer le fichier de sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>the copy cannot be read back</source>
        <translation>la copie ne peut pas être relue</translation>
    </message>
    <message>
        <source>cannot rename the copy into place</source>
        <translation>impossible de renommer la copie à sa place</translation>
    </message>
    <message>
        <source>The backup %1 was written but cannot be found.</source>
        <translation>La sauvegarde %1 a été écrite mais est introuvable.</translation>
    </message>
    <message>
        <source>Nothing was changed, because the backup before it failed: %1</source>
        <translation>Rien n&apos;a été modifié, car la sauvegarde préalable a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no backup &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database is in use (is K12 Teacher open?). Close it and restore again.</source>
        <translation>La base de données est utilisée (K12 Teacher est-il ouvert&#xa0;?). Fermez-le et relancez la restauration.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place.</source>
        <translation>Impossible de copier la sauvegarde %1 à sa place.</translation>
    </message>
    <message>
        <source>Cannot keep the current database before the restore.</source>
        <translation>Impossible de conserver la base de données actuelle avant la restauration.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place of the database.</source>
        <translation>Impossible de mettre la sauvegarde %1 à la place de la base de données.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index: %1</source>
        <translation>Impossible de reconstruire l&apos;index de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (guardian of %2)</source>
        <translation>%1 (responsable de %2)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving failed (%1): %2</source>
        <translation>Échec de l&apos;enregistrement (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown kind of record &quot;%1&quot;.</source>
        <translation>Type d&apos;enregistrement inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid record id &quot;%1&quot;.</source>
        <translation>Identifiant d&apos;enregistrement non valide «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Un %1 n&apos;a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A new %1 needs a value for &quot;%2&quot;.</source>
        <translation>Un nouveau %1 a besoin d&apos;une valeur pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Saving failed: the database is busy or read-only (%1).</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: la base de données est occupée ou en lecture seule (%1).</translation>
    </message>
    <message>
        <source>Saving failed (injected fault).</source>
        <translation>Échec de l&apos;enregistrement (panne simulée).</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>Impossible de créer le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a K12 Teacher database (it cannot be read).</source>
        <translation>Le fichier %1 n&apos;est pas une base de données K12 Teacher (il est illisible).</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer version of K12 Teacher (schema %2; this version knows up to %3). It was left untouched; please update K12 Teacher.</source>
        <translation>La base de données %1 a été créée par une version plus récente de K12 Teacher (schéma %2&#xa0;; cette version connaît jusqu&apos;au %3). Elle n&apos;a pas été modifiée&#xa0;; mettez K12 Teacher à jour.</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded: %2</source>
        <translation>La base de données %1 n&apos;a pas été mise à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the text function of the search index is missing.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: la fonction de texte de l&apos;index de recherche manque.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Impossible de configurer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation>Impossible de mettre à niveau la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1 to schema %2: %3</source>
        <translation>Impossible de mettre à niveau la base de données %1 vers le schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cannot queue the change for the server: %1</source>
        <translation>Impossible de mettre la modification en file pour le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the outbox.</source>
        <translation>Impossible de lire la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>Cannot recount the gradebook&apos;s cells: %1</source>
        <translation>Impossible de recompter les cellules du carnet de notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot update the held rows: %1</source>
        <translation>Impossible de mettre à jour les lignes retenues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store a %1 from the server: %2</source>
        <translation>Impossible d&apos;enregistrer un %1 venant du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot store a %1 from the server: it came without %2, and this computer does not have the rest of it yet.</source>
        <translation>Impossible d&apos;enregistrer un %1 venant du serveur&#xa0;: il est arrivé sans %2, et cet ordinateur n&apos;a pas encore le reste.</translation>
    </message>
    <message>
        <source>Cannot record the server&apos;s revision: %1</source>
        <translation>Impossible d&apos;enregistrer la révision du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read a row: %1</source>
        <translation>Impossible de lire une ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read a class: %1</source>
        <translation>Impossible de lire une classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count a class&apos;s rows: %1</source>
        <translation>Impossible de compter les lignes d&apos;une classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving failed (cell counts): %1</source>
        <translation>Échec de l&apos;enregistrement (nombres de cellules)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RolloverPlanner</name>
    <message>
        <source>Name the new term.</source>
        <translation>Nommez la nouvelle session.</translation>
    </message>
    <message>
        <source>Choose at least one class to roll over.</source>
        <translation>Choisissez au moins une classe à reconduire.</translation>
    </message>
    <message>
        <source>Give either a shift in days or a start date, not both.</source>
        <translation>Indiquez un décalage en jours ou une date de début, pas les deux.</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Cette classe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 (%2) is archived already; restore it to roll it over.</source>
        <translation>%1 (%2) est déjà archivée&#xa0;; désarchivez-la pour la reconduire.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 est déjà dans %2.</translation>
    </message>
    <message>
        <source>%1 already has a class in %2.</source>
        <translation>%1 a déjà une classe dans %2.</translation>
    </message>
</context>
<context>
    <name>k12::AccountDialog</name>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Signing out keeps everything on this computer. Changes not sent yet wait until you sign in again.</source>
        <translation>La déconnexion garde tout sur cet ordinateur. Les modifications pas encore envoyées attendent votre prochaine connexion.</translation>
    </message>
    <message>
        <source>https://k12.your-school.org</source>
        <translation>https://k12.votre-ecole.org</translation>
    </message>
    <message>
        <source>you@your-school.org</source>
        <translation>vous@votre-ecole.org</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available on this computer:&lt;/b&gt; you will have to sign in each time. Your grades stay on this computer meanwhile.</source>
        <translation>&lt;b&gt;Aucun trousseau n&apos;est disponible sur cet ordinateur&#xa0;:&lt;/b&gt; vous devrez vous connecter à chaque fois. Vos notes restent sur cet ordinateur en attendant.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Online; %1.</source>
        <translation>En ligne&#xa0;; %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; your changes are kept on this computer.</source>
        <translation>Le serveur est injoignable pour le moment&#xa0;; vos modifications sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server is unavailable now; your changes are kept on this computer.</source>
        <translation>Le serveur est indisponible pour le moment&#xa0;; vos modifications sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Sign in again to sync; until then everything stays on this computer.</source>
        <translation>Vous êtes déconnecté de %1. Reconnectez-vous pour synchroniser&#xa0;; d&apos;ici là, tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s K12 server to keep your classes on all your devices. Until then, everything stays on this computer.</source>
        <translation>Connectez-vous au serveur K12 de votre école pour retrouver vos classes sur tous vos appareils. D&apos;ici là, tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Signed in. Your changes are being sent now.</source>
        <translation>Connecté. Vos modifications sont en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this computer.</source>
        <translation>Déconnecté. Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>k12::ApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Le serveur est injoignable (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to slow down; trying again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur demande de ralentir&#xa0;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>Le serveur demande de ralentir&#xa0;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>Le courriel ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your session with the server has ended; please sign in again.</source>
        <translation>Votre session avec le serveur a pris fin&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Your changes are kept and will be sent later.</source>
        <translation>Le serveur a rencontré un problème (%1). Vos modifications sont conservées et seront envoyées plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (requête %2)</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ArchiveGuard</name>
    <message>
        <source>%1 is archived; restore it to change it.</source>
        <translation>%1 est archivée&#xa0;; désarchivez-la pour la modifier.</translation>
    </message>
</context>
<context>
    <name>k12::ArchivedSection</name>
    <message>
        <source>&lt;b&gt;Archived&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Archived classes by term</source>
        <translation>Classes archivées par session</translation>
    </message>
    <message>
        <source>No term</source>
        <translation>Sans session</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Archived: opens read-only. Class &gt; Unarchive Class restores it.</source>
        <translation>Archivée&#xa0;: s&apos;ouvre en lecture seule. Classe &gt; Désarchiver la classe la restaure.</translation>
    </message>
</context>
<context>
    <name>k12::AssignmentActions</name>
    <message>
        <source>&quot;%1&quot; is computed by its formula and holds no assignments; put the assignment in one of its periods.</source>
        <translation>«&#xa0;%1&#xa0;» est calculée par sa formule et ne contient pas de devoirs&#xa0;; placez le devoir dans l&apos;une de ses périodes.</translation>
    </message>
    <message>
        <source>Add Assignment</source>
        <translation>Ajouter un devoir</translation>
    </message>
    <message>
        <source>Edit Assignment</source>
        <translation>Modifier le devoir</translation>
    </message>
    <message>
        <source>Delete Assignment</source>
        <translation>Supprimer le devoir</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n Assignment(s)</source>
        <translation>
            <numerusform>Publier %n devoir</numerusform>
            <numerusform>Publier %n devoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n Assignment(s)</source>
        <translation>
            <numerusform>Masquer %n devoir</numerusform>
            <numerusform>Masquer %n devoirs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::AssignmentDialog</name>
    <message>
        <source>Due</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Grading p&amp;eriod:</source>
        <translation>P&amp;ériode de notation&#xa0;:</translation>
    </message>
    <message>
        <source>Visible to students</source>
        <translation>Visible par les élèves</translation>
    </message>
    <message>
        <source>New Assignment</source>
        <translation>Nouveau devoir</translation>
    </message>
    <message>
        <source>e.g. Quiz 3</source>
        <translation>p. ex. Quiz 3</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>0 points possible makes the assignment extra credit.</source>
        <translation>Un barème de 0 point fait du devoir un bonus.</translation>
    </message>
    <message>
        <source>By due date: the assignment counts in the period containing its due date.</source>
        <translation>Selon la date de remise&#xa0;: le devoir compte dans la période qui contient sa date de remise.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Letter grades</source>
        <translation>Notes en lettres</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Points possible:</source>
        <translation>&amp;Barème (points)&#xa0;:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Date de remise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Graded with:</source>
        <translation>&amp;Noté en&#xa0;:</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>Selon la date de remise</translation>
    </message>
    <message>
        <source>Edit Assignment</source>
        <translation>Modifier le devoir</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date de remise</translation>
    </message>
</context>
<context>
    <name>k12::AssignmentGradesModel</name>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Non rendu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Dispensé</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Mark Missing</source>
        <translation>Marquer non rendu</translation>
    </message>
    <message>
        <source>Mark Late</source>
        <translation>Marquer en retard</translation>
    </message>
    <message>
        <source>Mark Excused</source>
        <translation>Marquer dispensé</translation>
    </message>
</context>
<context>
    <name>k12::AssignmentRepository</name>
    <message>
        <source>This class has no assignment &quot;%1&quot;.</source>
        <translation>Cette classe n&apos;a pas de devoir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several assignments are titled &quot;%1&quot;; use the assignment id.</source>
        <translation>Plusieurs devoirs s&apos;intitulent «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;identifiant du devoir.</translation>
    </message>
</context>
<context>
    <name>k12::AtRiskModel</name>
    <message>
        <source>below %1 %</source>
        <translation>sous %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n non rendu</numerusform>
            <numerusform>%n non rendus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not known: no earlier grade on this device</source>
        <translation>Inconnu&#xa0;: aucune note antérieure sur cet appareil</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>% final</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Non rendus</translation>
    </message>
    <message numerus="yes">
        <source>Change (%n days)</source>
        <translation>
            <numerusform>Évolution (%n jour)</numerusform>
            <numerusform>Évolution (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>down %1 points in %n day(s)</source>
        <translation>
            <numerusform>baisse de %1 points en %n jour</numerusform>
            <numerusform>baisse de %1 points en %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::AutoMissingNotice</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Could not mark missing work: %1</source>
        <translation>Impossible de marquer les travaux non rendus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n score(s) missing</source>
        <translation>
            <numerusform>%n note marquée non rendue</numerusform>
            <numerusform>%n notes marquées non rendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n assignment(s) past their due date.</source>
        <translation>
            <numerusform>sur %n devoir dont la date de remise est passée.</numerusform>
            <numerusform>sur %n devoirs dont la date de remise est passée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Grades were changed after the missing marks: use Edit &gt; Undo to go back step by step.</source>
        <translation>Des notes ont été modifiées après le marquage des non-rendus&#xa0;: utilisez Édition &gt; Annuler pour revenir pas à pas.</translation>
    </message>
</context>
<context>
    <name>k12::BackupCommands</name>
    <message>
        <source>There is no K12 Teacher database in %1.</source>
        <translation>Il n&apos;y a pas de base de données K12 Teacher dans %1.</translation>
    </message>
    <message>
        <source>Back up the profile&apos;s database now and print the new backup&apos;s id (nothing else).</source>
        <translation>Sauvegarde maintenant la base de données du profil et affiche l&apos;identifiant de la nouvelle sauvegarde (rien d&apos;autre).</translation>
    </message>
    <message>
        <source>List the profile&apos;s backups, newest first.</source>
        <translation>Liste les sauvegardes du profil, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Check a backup: SQLite&apos;s integrity_check and quick_check on the copy and its schema version. Exits 0 when it is good; otherwise the problem is printed on stderr.</source>
        <translation>Vérifie une sauvegarde&#xa0;: integrity_check et quick_check de SQLite sur la copie, et sa version de schéma. Quitte avec 0 si elle est bonne&#xa0;; sinon le problème est affiché sur stderr.</translation>
    </message>
    <message>
        <source>The backup&apos;s id (see &quot;backup list&quot;).</source>
        <translation>L&apos;identifiant de la sauvegarde (voir «&#xa0;backup list&#xa0;»).</translation>
    </message>
    <message>
        <source>%1: ok (schema %2)</source>
        <translation>%1&#xa0;: correcte (schéma %2)</translation>
    </message>
    <message>
        <source>Replace the profile&apos;s database with a backup. The current database is backed up first (reason before-restore): restoring that one undoes the restore. Close the app first. The next sync pulls what the server has since the backup and re-sends what only the backup holds.</source>
        <translation>Remplace la base de données du profil par une sauvegarde. La base actuelle est d&apos;abord sauvegardée (motif before-restore)&#xa0;: restaurer celle-ci annule la restauration. Fermez d&apos;abord l&apos;application. La synchronisation suivante récupère ce que le serveur a reçu depuis la sauvegarde et renvoie ce que seule la sauvegarde contient.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restaurée.</translation>
    </message>
    <message>
        <source>Back up the profile&apos;s database now; prints the new backup&apos;s id.</source>
        <translation>Sauvegarde maintenant la base de données du profil&#xa0;; affiche l&apos;identifiant de la nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>List the backups (id, date, reason, size).</source>
        <translation>Liste les sauvegardes (identifiant, date, motif, taille).</translation>
    </message>
    <message>
        <source>Check a backup&apos;s integrity and schema.</source>
        <translation>Vérifie l&apos;intégrité et le schéma d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Replace the database with a backup (undoable).</source>
        <translation>Remplace la base de données par une sauvegarde (annulable).</translation>
    </message>
</context>
<context>
    <name>k12::BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a new term</source>
        <translation>Avant une nouvelle session</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before a class was deleted</source>
        <translation>Avant la suppression d&apos;une classe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>K12 Teacher backs up your data every day and before upgrades, imports, a new term and restores. It keeps 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>K12 Teacher sauvegarde vos données chaque jour et avant les mises à jour, les importations, une nouvelle session et les restaurations. Il garde 7 sauvegardes quotidiennes, 4 hebdomadaires et 12 mensuelles.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restaurer...</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Sauvegarde faite (%1).</translation>
    </message>
    <message>
        <source>The backup is good: every check passed.</source>
        <translation>La sauvegarde est bonne&#xa0;: toutes les vérifications ont réussi.</translation>
    </message>
</context>
<context>
    <name>k12::BulkEdits</name>
    <message>
        <source>&quot;%1&quot; is graded in points; a letter cannot be set there.</source>
        <translation>«&#xa0;%1&#xa0;» est noté en points&#xa0;; on ne peut pas y mettre une lettre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>pasted cells</source>
        <translation>cellules collées</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>Le presse-papiers ne contient aucune cellule à coller.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted block is %n column(s) wide; from the selected cell there are only %1 assignment column(s). Select the top-left cell where it should go.</source>
        <translation>
            <numerusform>Le bloc collé fait %n colonne de large&#xa0;; à partir de la cellule sélectionnée il n&apos;y a que %1 colonne(s) de devoirs. Sélectionnez la cellule en haut à gauche de l&apos;endroit voulu.</numerusform>
            <numerusform>Le bloc collé fait %n colonnes de large&#xa0;; à partir de la cellule sélectionnée il n&apos;y a que %1 colonne(s) de devoirs. Sélectionnez la cellule en haut à gauche de l&apos;endroit voulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted row %1: no student &quot;%2&quot; in this class.</source>
        <translation>Ligne collée %1&#xa0;: pas d&apos;élève «&#xa0;%2&#xa0;» dans cette classe.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted block is %n row(s) tall but only %1 student(s) are below the selected cell.</source>
        <translation>
            <numerusform>Le bloc collé fait %n ligne de haut, mais il n&apos;y a que %1 élève(s) sous la cellule sélectionnée.</numerusform>
            <numerusform>Le bloc collé fait %n lignes de haut, mais il n&apos;y a que %1 élève(s) sous la cellule sélectionnée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted row %1, column %2 (%3, %4): %5</source>
        <translation>Ligne collée %1, colonne %2 (%3, %4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>Pasted row %1: %2 appears twice for &quot;%3&quot;.</source>
        <translation>Ligne collée %1&#xa0;: %2 apparaît deux fois pour «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>k12::CategoriesPage</name>
    <message>
        <source>&amp;Add Category</source>
        <translation>&amp;Ajouter une catégorie</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Grading categories</source>
        <translation>Catégories de notation</translation>
    </message>
    <message>
        <source>Start from a template and change names or weights right in the table.</source>
        <translation>Partez d&apos;un modèle et modifiez les noms ou les pondérations directement dans le tableau.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>Pondération (%)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Your categories (as saved)</source>
        <translation>Vos catégories (enregistrées)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Row %1 needs a category name.</source>
        <translation>La ligne %1 a besoin d&apos;un nom de catégorie.</translation>
    </message>
    <message>
        <source>Two categories are called &quot;%1&quot;: give each a different name.</source>
        <translation>Deux catégories s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: donnez à chacune un nom différent.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a number from 0 to 100 (it is &quot;%2&quot;).</source>
        <translation>La pondération de «&#xa0;%1&#xa0;» doit être un nombre de 0 à 100 (c&apos;est «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>No categories: every assignment counts by its points.</source>
        <translation>Aucune catégorie&#xa0;: chaque devoir compte selon ses points.</translation>
    </message>
    <message>
        <source>Total points: every point counts the same, whatever its category.</source>
        <translation>Total des points&#xa0;: chaque point compte autant, quelle que soit sa catégorie.</translation>
    </message>
    <message>
        <source>Weights add up to %1%.</source>
        <translation>Les pondérations totalisent %1%.</translation>
    </message>
    <message>
        <source>Grades use them in proportion, so they need not add up to 100.</source>
        <translation>Les notes les utilisent en proportion, elles n&apos;ont donc pas besoin de totaliser 100.</translation>
    </message>
    <message>
        <source>A category with weight 0 does not count towards the final grade.</source>
        <translation>Une catégorie de pondération 0 ne compte pas dans la note finale.</translation>
    </message>
    <message>
        <source>The categories were not saved: %1</source>
        <translation>Les catégories n&apos;ont pas été enregistrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::CategoryActions</name>
    <message>
        <source>This class already has a category &quot;%1&quot;.</source>
        <translation>Cette classe a déjà une catégorie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Edit Category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>Set Up Grading Categories</source>
        <translation>Configurer les catégories de notation</translation>
    </message>
</context>
<context>
    <name>k12::CategoryDialog</name>
    <message>
        <source>New Category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>e.g. Homework</source>
        <translation>p. ex. Devoirs maison</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Leave every weight at 0 to grade by total points.</source>
        <translation>Laissez toutes les pondérations à 0 pour noter sur le total des points.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Pondération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Drop lowest:</source>
        <translation>&amp;Ignorer les plus basses&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Category</source>
        <translation>Modifier la catégorie</translation>
    </message>
</context>
<context>
    <name>k12::CategoryRepository</name>
    <message>
        <source>This class has no category &quot;%1&quot;.</source>
        <translation>Cette classe n&apos;a pas de catégorie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several categories are named &quot;%1&quot;; use the category id.</source>
        <translation>Plusieurs catégories s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;identifiant de la catégorie.</translation>
    </message>
</context>
<context>
    <name>k12::CategoryTemplate</name>
    <message>
        <source>Homework 20% · Quizzes 30% · Tests 50%</source>
        <translation>Devoirs maison 20% · Quiz 30% · Contrôles 50%</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Devoirs maison</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Classwork 30% · Homework 20% · Tests 50%</source>
        <translation>Travail en classe 30% · Devoirs maison 20% · Contrôles 50%</translation>
    </message>
    <message>
        <source>Classwork</source>
        <translation>Travail en classe</translation>
    </message>
    <message>
        <source>Formative 40% · Summative 60%</source>
        <translation>Formatif 40% · Sommatif 60%</translation>
    </message>
    <message>
        <source>Formative</source>
        <translation>Formatif</translation>
    </message>
    <message>
        <source>Summative</source>
        <translation>Sommatif</translation>
    </message>
    <message>
        <source>Total points (no weights)</source>
        <translation>Total des points (sans pondération)</translation>
    </message>
</context>
<context>
    <name>k12::ChangeDescriber</name>
    <message>
        <source>a student not on this computer</source>
        <translation>un élève absent de cet ordinateur</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>%1 (id %2), not on this computer</source>
        <translation>%1 (id %2), absent de cet ordinateur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>two parts of a name, e.g. student — assignment</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1, guardian of %2</source>
        <translation>%1, responsable de %2</translation>
    </message>
    <message>
        <source>Invitation of %1</source>
        <translation>Invitation de %1</translation>
    </message>
    <message>
        <source>Missing-work notice for %1</source>
        <translation>Avis de travaux non rendus pour %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Grading period</source>
        <translation>Période de notation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Standard of an assignment</source>
        <translation>Standard d&apos;un devoir</translation>
    </message>
    <message>
        <source>Mastery score</source>
        <translation>Score de maîtrise</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Barème de notation</translation>
    </message>
    <message>
        <source>Unit plan</source>
        <translation>Plan d&apos;unité</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Guardian of a student</source>
        <translation>Responsable d&apos;un élève</translation>
    </message>
    <message>
        <source>Invitation to the family portal</source>
        <translation>Invitation au portail des familles</translation>
    </message>
    <message>
        <source>Missing-work notice</source>
        <translation>Avis de travaux non rendus</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>letter grade</source>
        <translation>note en lettre</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>non rendu</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>dispensé</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exempté</translation>
    </message>
    <message>
        <source>days late</source>
        <translation>jours de retard</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>matière</translation>
    </message>
    <message>
        <source>grade level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>term</source>
        <translation>session</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>student number</source>
        <translation>numéro d&apos;élève</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>pondération</translation>
    </message>
    <message>
        <source>drop lowest</source>
        <translation>ignorer les plus basses</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>grading period</source>
        <translation>période de notation</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>points possible</source>
        <translation>barème</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date de remise</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>grading type</source>
        <translation>type de notation</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>non supprimé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a text value quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field name, value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of one change</comment>
        <translation>,  </translation>
    </message>
    <message>
        <source>%1: %2 mine %3, server %4</source>
        <translation>%1&#xa0;: %2 le mien %3, serveur %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server&apos;s reason: %1</source>
        <translation>Motif du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference: %1 %2, change %3</source>
        <translation>Référence&#xa0;: %1 %2, modification %3</translation>
    </message>
</context>
<context>
    <name>k12::ClassActions</name>
    <message>
        <source>New Class</source>
        <translation>Nouvelle classe</translation>
    </message>
    <message>
        <source>Edit Class</source>
        <translation>Modifier la classe</translation>
    </message>
    <message>
        <source>Archive Class</source>
        <translation>Archiver la classe</translation>
    </message>
    <message>
        <source>Unarchive Class</source>
        <translation>Désarchiver la classe</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Change Grading Settings</source>
        <translation>Modifier les paramètres de notation</translation>
    </message>
    <message>
        <source>Change Class Settings</source>
        <translation>Modifier les paramètres de la classe</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Cette classe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Change Proficiency Scale</source>
        <translation>Modifier l&apos;échelle de compétence</translation>
    </message>
</context>
<context>
    <name>k12::ClassCommands</name>
    <message>
        <source>Create a class and print its id.</source>
        <translation>Crée une classe et affiche son identifiant.</translation>
    </message>
    <message>
        <source>Name of the class, e.g. &quot;Algebra I&quot;.</source>
        <translation>Nom de la classe, p. ex. «&#xa0;Algèbre I&#xa0;».</translation>
    </message>
    <message>
        <source>Subject, e.g. Mathematics.</source>
        <translation>Matière, p. ex. Mathématiques.</translation>
    </message>
    <message>
        <source>Term, e.g. &quot;2026-27 Fall&quot;.</source>
        <translation>Session, p. ex. «&#xa0;2026-27 Fall&#xa0;».</translation>
    </message>
    <message>
        <source>Period or block.</source>
        <translation>Période ou bloc.</translation>
    </message>
    <message>
        <source>Grade level, e.g. 9.</source>
        <translation>Niveau, p. ex. 9.</translation>
    </message>
    <message>
        <source>List the classes of the profile.</source>
        <translation>Liste les classes du profil.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Include archived classes.</source>
        <translation>Inclure les classes archivées.</translation>
    </message>
    <message>
        <source>Add a student to a class and print the student&apos;s id.</source>
        <translation>Ajoute un élève à une classe et affiche l&apos;identifiant de l&apos;élève.</translation>
    </message>
    <message>
        <source>Given (first) name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <source>Family (last) name.</source>
        <translation>Nom de famille.</translation>
    </message>
    <message>
        <source>Student number from the school&apos;s system.</source>
        <translation>Numéro d&apos;élève dans le système de l&apos;école.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse courriel.</translation>
    </message>
    <message>
        <source>Import students from a CSV file with a header row and the columns given_name, family_name, student_number, email (any order), or from a Canvas gradebook export. Nothing is imported if any row is bad.</source>
        <translation>Importe des élèves depuis un fichier CSV avec une ligne d&apos;en-tête et les colonnes given_name, family_name, student_number, email (dans n&apos;importe quel ordre), ou depuis un export du carnet de notes Canvas. Rien n&apos;est importé si une ligne est incorrecte.</translation>
    </message>
    <message>
        <source>The roster file.</source>
        <translation>Le fichier de la liste de classe.</translation>
    </message>
    <message>
        <source>Check the file and report what would change; write nothing.</source>
        <translation>Vérifier le fichier et indiquer ce qui changerait&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>rien n&apos;a été importé&#xa0;: %n problème dans le fichier.</numerusform>
            <numerusform>rien n&apos;a été importé&#xa0;: %n problèmes dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3; %n student(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %3&#xa0;; %n élève</numerusform>
            <numerusform>%1&#xa0;: %2, %3&#xa0;; %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Canvas gradebook export</source>
        <translation>export du carnet de notes Canvas</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>liste de classe</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the profile (enrolled in this class)</source>
        <translation>
            <numerusform>%n déjà dans le profil (inscrit dans cette classe)</numerusform>
            <numerusform>%n déjà dans le profil (inscrits dans cette classe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new guardian(s)</source>
        <translation>
            <numerusform>%n nouveau responsable</numerusform>
            <numerusform>%n nouveaux responsables</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n student(s).</source>
        <translation>
            <numerusform>%n élève importé.</numerusform>
            <numerusform>%n élèves importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a grading category to a class and print its id.</source>
        <translation>Ajoute une catégorie de notation à une classe et affiche son identifiant.</translation>
    </message>
    <message>
        <source>Name, e.g. Homework.</source>
        <translation>Nom, p. ex. Devoirs maison.</translation>
    </message>
    <message>
        <source>Weight in percent (0 when the class grades by total points).</source>
        <translation>Pondération en pourcentage (0 si la classe note sur le total des points).</translation>
    </message>
    <message>
        <source>Drop this many lowest scores.</source>
        <translation>Ignorer ce nombre de notes les plus basses.</translation>
    </message>
    <message>
        <source>--weight is required</source>
        <translation>--weight est obligatoire</translation>
    </message>
    <message>
        <source>Add an assignment to a class and print its id.</source>
        <translation>Ajoute un devoir à une classe et affiche son identifiant.</translation>
    </message>
    <message>
        <source>Title, e.g. &quot;Quiz 1&quot;.</source>
        <translation>Titre, p. ex. «&#xa0;Quiz 1&#xa0;».</translation>
    </message>
    <message>
        <source>Points possible (0 = extra credit).</source>
        <translation>Barème en points (0 = bonus).</translation>
    </message>
    <message>
        <source>Category name or id.</source>
        <translation>Nom ou identifiant de la catégorie.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Date de remise.</translation>
    </message>
    <message>
        <source>Grade this assignment with letters.</source>
        <translation>Noter ce devoir en lettres.</translation>
    </message>
    <message>
        <source>Grading period (name or id) to put it in; without it, the period containing the due date.</source>
        <translation>Période de notation (nom ou identifiant) où le placer&#xa0;; sans elle, la période qui contient la date de remise.</translation>
    </message>
    <message>
        <source>--points is required</source>
        <translation>--points est obligatoire</translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation>La classe n&apos;a pas de période de notation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Set one student&apos;s grade on one assignment: points, or a flag, or clear it.</source>
        <translation>Met la note d&apos;un élève à un devoir&#xa0;: des points, une marque, ou l&apos;efface.</translation>
    </message>
    <message>
        <source>Assignment title or id.</source>
        <translation>Titre ou identifiant du devoir.</translation>
    </message>
    <message>
        <source>Student number or id.</source>
        <translation>Numéro ou identifiant de l&apos;élève.</translation>
    </message>
    <message>
        <source>Points earned (clears missing and excused).</source>
        <translation>Points obtenus (retire non rendu et dispensé).</translation>
    </message>
    <message>
        <source>Letter grade, for letter-graded assignments.</source>
        <translation>Note en lettre, pour les devoirs notés en lettres.</translation>
    </message>
    <message>
        <source>Mark missing (not turned in).</source>
        <translation>Marquer non rendu.</translation>
    </message>
    <message>
        <source>Mark excused (left out of averages).</source>
        <translation>Marquer dispensé (hors des moyennes).</translation>
    </message>
    <message>
        <source>Mark late (keeps the points; may combine with --points).</source>
        <translation>Marquer en retard (garde les points&#xa0;; peut se combiner avec --points).</translation>
    </message>
    <message>
        <source>Days late, for a late penalty policy.</source>
        <translation>Jours de retard, pour une règle de pénalité de retard.</translation>
    </message>
    <message>
        <source>The date the work was turned in: the school days (Monday to Friday) after the assignment&apos;s due date make it late, or on time (keeps the points; may combine with --points).</source>
        <translation>La date de remise effective du travail&#xa0;: les jours d&apos;école (du lundi au vendredi) après la date de remise le mettent en retard, sinon il est à l&apos;heure (garde les points&#xa0;; peut se combiner avec --points).</translation>
    </message>
    <message>
        <source>Clear the grade and its flags.</source>
        <translation>Effacer la note et ses marques.</translation>
    </message>
    <message>
        <source>The cell&apos;s comment (replaces it; &quot;&quot; removes it); alone or with a grade.</source>
        <translation>Le commentaire de la cellule (le remplace&#xa0;; &quot;&quot; le retire)&#xa0;; seul ou avec une note.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>give only one of --points, --letter, --missing, --excused, --clear</source>
        <translation>indiquez un seul de --points, --letter, --missing, --excused, --clear</translation>
    </message>
    <message>
        <source>say what to set: --points X, --letter L, --missing, --excused, --late, --turned-in D, --comment TEXT or --clear</source>
        <translation>indiquez quoi mettre&#xa0;: --points X, --letter L, --missing, --excused, --late, --turned-in D, --comment TEXTE ou --clear</translation>
    </message>
    <message>
        <source>--clear cannot be combined with --late</source>
        <translation>--clear ne peut pas se combiner avec --late</translation>
    </message>
    <message>
        <source>--missing cannot be combined with --late or --turned-in (that work came in)</source>
        <translation>--missing ne peut pas se combiner avec --late ni --turned-in (ce travail a été rendu)</translation>
    </message>
    <message>
        <source>--turned-in cannot be combined with --%1 (the due date makes the days late)</source>
        <translation>--turned-in ne peut pas se combiner avec --%1 (la date de remise donne les jours de retard)</translation>
    </message>
    <message>
        <source>Due %1, turned in %2: %3.</source>
        <translation>Remise %1, rendu le %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Create a class; prints its id.</source>
        <translation>Crée une classe&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>List classes.</source>
        <translation>Liste les classes.</translation>
    </message>
    <message>
        <source>Add a student to a class.</source>
        <translation>Ajoute un élève à une classe.</translation>
    </message>
    <message>
        <source>Import a roster CSV or a Canvas gradebook export (all rows or none).</source>
        <translation>Importe une liste de classe CSV ou un export du carnet de notes Canvas (toutes les lignes ou aucune).</translation>
    </message>
    <message>
        <source>Add a grading category.</source>
        <translation>Ajoute une catégorie de notation.</translation>
    </message>
    <message>
        <source>Add an assignment.</source>
        <translation>Ajoute un devoir.</translation>
    </message>
    <message>
        <source>Set one grade.</source>
        <translation>Met une note.</translation>
    </message>
    <message>
        <source>Mark missing automatically after the due date: %1</source>
        <translation>Marquer non rendu automatiquement après la date de remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>At risk: below %1 %, %n or more missing, or down %2 points or more in 14 days.</source>
        <translation>
            <numerusform>En difficulté&#xa0;: sous %1 %, %n non rendu ou plus, ou une baisse de %2 points ou plus en 14 jours.</numerusform>
            <numerusform>En difficulté&#xa0;: sous %1 %, %n non rendus ou plus, ou une baisse de %2 points ou plus en 14 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a class&apos;s options and print them (without options, just print them).</source>
        <translation>Modifie les options d&apos;une classe et les affiche (sans option, les affiche seulement).</translation>
    </message>
    <message>
        <source>Mark empty scores missing automatically once the assignment&apos;s due date has passed (when the class opens in the window, and at midnight while it is open).</source>
        <translation>Marquer automatiquement non rendues les notes vides une fois la date de remise du devoir passée (quand la classe s&apos;ouvre dans la fenêtre, et à minuit tant qu&apos;elle est ouverte).</translation>
    </message>
    <message>
        <source>Insight: at risk with a Final % below this (0-100).</source>
        <translation>Analyse&#xa0;: en difficulté avec un % final sous cette valeur (0-100).</translation>
    </message>
    <message>
        <source>Insight: at risk with this many missing assignments or more.</source>
        <translation>Analyse&#xa0;: en difficulté avec ce nombre de devoirs non rendus ou plus.</translation>
    </message>
    <message>
        <source>Insight: at risk when the Final % fell by this many points or more over the last two weeks (0-100).</source>
        <translation>Analyse&#xa0;: en difficulté quand le % final a baissé de ce nombre de points ou plus sur les deux dernières semaines (0-100).</translation>
    </message>
    <message>
        <source>--auto-missing takes on or off (not &quot;%1&quot;)</source>
        <translation>--auto-missing accepte on ou off (pas «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mark missing every empty score of the class&apos;s active students on published assignments due before today (or before --as-of), and print how many. Scores with anything in them (points, a letter, a flag, a comment) and extra credit are left alone; running it again marks nothing new.</source>
        <translation>Marque non rendues toutes les notes vides des élèves actifs de la classe pour les devoirs publiés à remettre avant aujourd&apos;hui (ou avant --as-of), et affiche combien. Les notes qui contiennent quelque chose (points, lettre, marque, commentaire) et les bonus ne sont pas touchés&#xa0;; le relancer ne marque rien de nouveau.</translation>
    </message>
    <message>
        <source>The day to count from instead of today: due before it is past due.</source>
        <translation>Le jour de référence au lieu d&apos;aujourd&apos;hui&#xa0;: ce qui est à remettre avant est en retard.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n score(s) missing</source>
        <translation>
            <numerusform>%n note marquée non rendue</numerusform>
            <numerusform>%n notes marquées non rendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n assignment(s) past their due date.</source>
        <translation>
            <numerusform>sur %n devoir dont la date de remise est passée.</numerusform>
            <numerusform>sur %n devoirs dont la date de remise est passée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a class&apos;s options (automatic missing, at-risk thresholds).</source>
        <translation>Modifie les options d&apos;une classe (non rendu automatique, seuils de difficulté).</translation>
    </message>
    <message>
        <source>Mark empty scores past their due date missing; prints the count.</source>
        <translation>Marque non rendues les notes vides dont la date de remise est passée&#xa0;; affiche leur nombre.</translation>
    </message>
</context>
<context>
    <name>k12::ClassDeleteActions</name>
    <message>
        <source>Cannot read the class: %1</source>
        <translation>Impossible de lire la classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The class %1 does not exist (or was deleted already).</source>
        <translation>La classe %1 n&apos;existe pas (ou a déjà été supprimée).</translation>
    </message>
    <message>
        <source>%1 was not deleted: the backup before it failed (%2).</source>
        <translation>%1 n&apos;a pas été supprimée&#xa0;: la sauvegarde préalable a échoué (%2).</translation>
    </message>
    <message>
        <source>Cannot read the class&apos;s rows: %1</source>
        <translation>Impossible de lire les lignes de la classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Supprimer la classe</translation>
    </message>
</context>
<context>
    <name>k12::ClassDialog</name>
    <message>
        <source>New Class</source>
        <translation>Nouvelle classe</translation>
    </message>
    <message>
        <source>e.g. Algebra I</source>
        <translation>p. ex. Algèbre I</translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation>p. ex. Mathématiques</translation>
    </message>
    <message>
        <source>e.g. 9</source>
        <translation>p. ex. 9</translation>
    </message>
    <message>
        <source>e.g. 2026-27 Fall</source>
        <translation>p. ex. 2026-27 Fall</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>p. ex. 3</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Matière&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grade level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Class</source>
        <translation>Modifier la classe</translation>
    </message>
</context>
<context>
    <name>k12::ClassListModel</name>
    <message>
        <source>%1 (period %2)</source>
        <translation>%1 (période %2)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
</context>
<context>
    <name>k12::ClassPage</name>
    <message>
        <source>Your first class</source>
        <translation>Votre première classe</translation>
    </message>
    <message>
        <source>A class is one course section you teach. Only the name is required.</source>
        <translation>Une classe est un groupe d&apos;un cours que vous enseignez. Seul le nom est obligatoire.</translation>
    </message>
    <message>
        <source>e.g. Algebra I (required)</source>
        <translation>p. ex. Algèbre I (obligatoire)</translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation>p. ex. Mathématiques</translation>
    </message>
    <message>
        <source>e.g. 9, or K</source>
        <translation>p. ex. 9, ou K</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>p. ex. 3</translation>
    </message>
    <message>
        <source>Class &amp;name:</source>
        <translation>&amp;Nom de la classe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Matière&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grade level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>You can change all of this later with Class &gt; Edit Class.</source>
        <translation>Vous pourrez tout modifier plus tard avec Classe &gt; Modifier la classe.</translation>
    </message>
    <message>
        <source>%1-%2 Fall</source>
        <translation>%1-%2 Fall</translation>
    </message>
    <message>
        <source>%1-%2 Spring</source>
        <translation>%1-%2 Spring</translation>
    </message>
    <message>
        <source>Give the class a name, e.g. Algebra I.</source>
        <translation>Donnez un nom à la classe, p. ex. Algèbre I.</translation>
    </message>
    <message>
        <source>The class name is too long (at most 100 characters).</source>
        <translation>Le nom de la classe est trop long (100 caractères au plus).</translation>
    </message>
    <message>
        <source>Grade level: use K, PK or a number from 1 to 12 (a range such as 9-12 works too), or leave it empty.</source>
        <translation>Niveau&#xa0;: utilisez K, PK ou un nombre de 1 à 12 (une plage comme 9-12 fonctionne aussi), ou laissez vide.</translation>
    </message>
    <message>
        <source>The term is too long (at most 40 characters).</source>
        <translation>La session est trop longue (40 caractères au plus).</translation>
    </message>
    <message>
        <source>Keep the period short (at most 12 characters), e.g. 3 or B.</source>
        <translation>Gardez une période courte (12 caractères au plus), p. ex. 3 ou B.</translation>
    </message>
    <message>
        <source>The class was not saved: %1</source>
        <translation>La classe n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::ClassRepository</name>
    <message>
        <source>No class is named &quot;%1&quot;.</source>
        <translation>Aucune classe ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) are named &quot;%1&quot;; use the class id instead (see &quot;class list&quot;).</source>
        <translation>
            <numerusform>%n classe s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; utilisez plutôt l&apos;identifiant de la classe (voir «&#xa0;class list&#xa0;»).</numerusform>
            <numerusform>%n classes s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; utilisez plutôt l&apos;identifiant de la classe (voir «&#xa0;class list&#xa0;»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ClassSettingsDialog</name>
    <message>
        <source>Grading Settings — %1</source>
        <translation>Paramètres de notation — %1</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>&amp;Missing &amp;&amp; Late</source>
        <translation>&amp;Remises</translation>
    </message>
    <message>
        <source>&amp;Letter Scale</source>
        <translation>Échelle de &amp;lettres</translation>
    </message>
    <message>
        <source>&amp;Standards Mastery</source>
        <translation>&amp;Maîtrise</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Pondération %</translation>
    </message>
    <message>
        <source>Drop lowest</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>This class has no categories yet. Add them from the gradebook&apos;s toolbar (Add Category).</source>
        <translation>Cette classe n&apos;a pas encore de catégories. Ajoutez-les depuis la barre d&apos;outils du carnet de notes (Ajouter une catégorie).</translation>
    </message>
    <message>
        <source>No category has a weight: the final grade is total points earned / total points possible.</source>
        <translation>Aucune catégorie n&apos;a de pondération&#xa0;: la note finale est le total des points obtenus / le total des points du barème.</translation>
    </message>
    <message>
        <source>Weights add up to %1%. The final grade is the weighted average of the categories that have grades; weights need not add up to 100.</source>
        <translation>Les pondérations totalisent %1%. La note finale est la moyenne pondérée des catégories qui ont des notes&#xa0;; les pondérations n&apos;ont pas besoin de totaliser 100.</translation>
    </message>
    <message>
        <source>Missing work counts as &amp;zero</source>
        <translation>Les travaux non rendus comptent &amp;zéro</translation>
    </message>
    <message>
        <source>Missing work is left &amp;out of the average</source>
        <translation>Les travaux non rendus sont exclus de la m&amp;oyenne</translation>
    </message>
    <message>
        <source>Take points off late work</source>
        <translation>Retirer des points aux travaux en retard</translation>
    </message>
    <message>
        <source> % per day late</source>
        <translation> % par jour de retard</translation>
    </message>
    <message>
        <source> % of the points at least</source>
        <translation> % des points au minimum</translation>
    </message>
    <message>
        <source>Penalty:</source>
        <translation>Pénalité&#xa0;:</translation>
    </message>
    <message>
        <source>Never below:</source>
        <translation>Jamais en dessous de&#xa0;:</translation>
    </message>
    <message>
        <source>Mark missing &amp;automatically after the due date</source>
        <translation>Marquer non rendu &amp;automatiquement après la date de remise</translation>
    </message>
    <message>
        <source>When the class opens (and at midnight while it is open), empty scores on published assignments past their due date are marked missing; Undo takes them back. Cells with anything in them are never touched.</source>
        <translation>Quand la classe s&apos;ouvre (et à minuit tant qu&apos;elle est ouverte), les notes vides des devoirs publiés dont la date de remise est passée sont marquées non rendues&#xa0;; Annuler les rétablit. Les cellules qui contiennent quelque chose ne sont jamais touchées.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>From %</source>
        <translation>À partir de %</translation>
    </message>
    <message>
        <source>Add Letter</source>
        <translation>Ajouter une lettre</translation>
    </message>
    <message>
        <source>Remove Letter</source>
        <translation>Retirer la lettre</translation>
    </message>
    <message>
        <source>Default Scale</source>
        <translation>Échelle par défaut</translation>
    </message>
    <message>
        <source>A final percentage gets the first letter whose lower bound it reaches, after rounding to 2 decimals.</source>
        <translation>Un pourcentage final reçoit la première lettre dont il atteint la borne inférieure, après arrondi à 2 décimales.</translation>
    </message>
    <message>
        <source>The lower bound of &quot;%1&quot; is not a percentage.</source>
        <translation>La borne inférieure de «&#xa0;%1&#xa0;» n&apos;est pas un pourcentage.</translation>
    </message>
    <message>
        <source>Check the settings</source>
        <translation>Vérifiez les paramètres</translation>
    </message>
    <message>
        <source>Weight % of %1</source>
        <translation>Pondération % de %1</translation>
    </message>
    <message>
        <source>Drop lowest of %1</source>
        <translation>Retirer les plus basses de %1</translation>
    </message>
    <message>
        <source>Grading settings sections</source>
        <translation>Sections des paramètres de notation</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Letter scale</source>
        <translation>Barème des lettres</translation>
    </message>
</context>
<context>
    <name>k12::Cli</name>
    <message>
        <source>Usage: k12-teacher [--profile DIR] %1 COMMAND ...</source>
        <translation>Utilisation&#xa0;: k12-teacher [--profile DIR] %1 COMMANDE ...</translation>
    </message>
    <message>
        <source>Commands of &quot;%1&quot;:</source>
        <translation>Commandes de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher %1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Lancez «&#xa0;k12-teacher %1 COMMANDE --help&#xa0;» pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Usage: k12-teacher [--profile DIR] [--verbose] [COMMAND ...]</source>
        <translation>Utilisation&#xa0;: k12-teacher [--profile DIR] [--verbose] [COMMANDE ...]</translation>
    </message>
    <message>
        <source>Without a command, k12-teacher opens its window. With a command it works headless and exits 0 on success, 1 when the request cannot be done, 2 on bad usage.</source>
        <translation>Sans commande, k12-teacher ouvre sa fenêtre. Avec une commande, il fonctionne sans fenêtre et quitte avec 0 en cas de succès, 1 si la demande ne peut pas être faite, 2 en cas de mauvaise utilisation.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>Use the profile in DIR instead of the default data folder.</source>
        <translation>Utiliser le profil dans DIR au lieu du dossier de données par défaut.</translation>
    </message>
    <message>
        <source>Log debug details to stderr and the log file.</source>
        <translation>Journaliser les détails de débogage sur stderr et dans le fichier journal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher COMMAND --help&quot; for the options of a command, &quot;k12-teacher GROUP --help&quot; for the commands of a group (class, plan, export, ...).</source>
        <translation>Lancez «&#xa0;k12-teacher COMMANDE --help&#xa0;» pour les options d&apos;une commande, «&#xa0;k12-teacher GROUPE --help&#xa0;» pour les commandes d&apos;un groupe (class, plan, export, ...).</translation>
    </message>
    <message>
        <source>k12-teacher: unknown command &quot;%1&quot;.</source>
        <translation>k12-teacher&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher --help&quot; for the list of commands.</source>
        <translation>Lancez «&#xa0;k12-teacher --help&#xa0;» pour la liste des commandes.</translation>
    </message>
</context>
<context>
    <name>k12::CliContext</name>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation>La classe&#xa0;: son identifiant ou son nom exact.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
</context>
<context>
    <name>k12::CommandLine</name>
    <message>
        <source>missing arguments</source>
        <translation>arguments manquants</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher %1 --help&quot; for usage.</source>
        <translation>Lancez «&#xa0;k12-teacher %1 --help&#xa0;» pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 attend un nombre, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;</source>
        <translation>--%1 attend un nombre entier, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 attend une date AAAA-MM-JJ, pas «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>k12::CommentBankActions</name>
    <message>
        <source>Add Comment to Bank</source>
        <translation>Ajouter un commentaire à la banque</translation>
    </message>
    <message>
        <source>That comment is no longer in the bank.</source>
        <translation>Ce commentaire n&apos;est plus dans la banque.</translation>
    </message>
    <message>
        <source>Edit Bank Comment</source>
        <translation>Modifier un commentaire de la banque</translation>
    </message>
    <message>
        <source>Remove Bank Comment</source>
        <translation>Retirer un commentaire de la banque</translation>
    </message>
    <message>
        <source>Reorder Bank Comments</source>
        <translation>Réordonner les commentaires de la banque</translation>
    </message>
</context>
<context>
    <name>k12::CommentBankDialog</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Comment Bank</source>
        <translation>Banque de commentaires</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>Placeholders: {first_name}, {final_letter}, {missing_count} are replaced by each student&apos;s values when a comment is inserted into a report.</source>
        <translation>Marqueurs&#xa0;: {first_name}, {final_letter}, {missing_count} sont remplacés par les valeurs de chaque élève quand un commentaire est inséré dans un bulletin.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Category (optional, e.g. Effort):</source>
        <translation>Catégorie (facultatif, p. ex. Effort)&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
</context>
<context>
    <name>k12::ConflictActions</name>
    <message>
        <source>Keep My Value</source>
        <translation>Garder ma valeur</translation>
    </message>
</context>
<context>
    <name>k12::ConflictStore</name>
    <message>
        <source>Cannot record a conflict.</source>
        <translation>Impossible d&apos;enregistrer un conflit.</translation>
    </message>
    <message>
        <source>This version of K12 Teacher does not know a &quot;%1&quot;.</source>
        <translation>Cette version de K12 Teacher ne connaît pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The kept value of %1.%2 cannot be read.</source>
        <translation>La valeur conservée de %1.%2 est illisible.</translation>
    </message>
    <message>
        <source>No open conflict has the id %1.</source>
        <translation>Aucun conflit ouvert n&apos;a l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>k12::ConflictsDialog</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;Server</source>
        <translation>Garder celle du &amp;serveur</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>These were changed both on this computer and on another device before they synced. Until you choose, your class shows the server&apos;s value; your own value is kept here and is not lost.</source>
        <translation>Ces éléments ont été modifiés à la fois sur cet ordinateur et sur un autre appareil avant leur synchronisation. Tant que vous n&apos;avez pas choisi, votre classe affiche la valeur du serveur&#xa0;; votre propre valeur est gardée ici et n&apos;est pas perdue.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>The value you entered on this computer</source>
        <translation>La valeur que vous avez saisie sur cet ordinateur</translation>
    </message>
    <message>
        <source>The value the server kept (from another device)</source>
        <translation>La valeur gardée par le serveur (d&apos;un autre appareil)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No conflicts.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When the same thing is changed on this computer and on another device before they sync, you choose here which value to keep.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun conflit.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quand la même chose est modifiée sur cet ordinateur et sur un autre appareil avant leur synchronisation, vous choisissez ici quelle valeur garder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Put your value back; it is sent to the server at the next sync</source>
        <translation>Rétablir votre valeur&#xa0;; elle est envoyée au serveur à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value; your value is set aside</source>
        <translation>Garder la valeur du serveur&#xa0;; votre valeur est mise de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) could not be settled:</source>
        <translation>
            <numerusform>%n conflit n&apos;a pas pu être réglé&#xa0;:</numerusform>
            <numerusform>%n conflits n&apos;ont pas pu être réglés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept your value for %n field(s); it is sent at the next sync.</source>
        <translation>
            <numerusform>Votre valeur a été gardée pour %n champ&#xa0;; elle est envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>Votre valeur a été gardée pour %n champs&#xa0;; elle est envoyée à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the server&apos;s value for %n field(s).</source>
        <translation>
            <numerusform>La valeur du serveur a été gardée pour %n champ.</numerusform>
            <numerusform>La valeur du serveur a été gardée pour %n champs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ConnectPage</name>
    <message>
        <source>&amp;Work offline on this computer</source>
        <translation>&amp;Travailler hors ligne sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Connect to my school&apos;s server</source>
        <translation>Se &amp;connecter au serveur de mon école</translation>
    </message>
    <message>
        <source>Connect or work offline</source>
        <translation>Se connecter ou travailler hors ligne</translation>
    </message>
    <message>
        <source>Your school may run a K12 server that keeps your classes on all your devices.</source>
        <translation>Votre école a peut-être un serveur K12 qui garde vos classes sur tous vos appareils.</translation>
    </message>
    <message>
        <source>https://k12.your-school.org</source>
        <translation>https://k12.votre-ecole.org</translation>
    </message>
    <message>
        <source>you@your-school.org</source>
        <translation>vous@votre-ecole.org</translation>
    </message>
    <message>
        <source>Everything stays on this computer. You can connect to a server later in Settings; nothing you enter now is lost.</source>
        <translation>Tout reste sur cet ordinateur. Vous pourrez vous connecter à un serveur plus tard dans Paramètres&#xa0;; rien de ce que vous saisissez maintenant n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the whole address, starting with https://</source>
        <translation>Saisissez l&apos;adresse complète, commençant par https://</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in becomes available in Settings once the sync service is configured.&lt;/b&gt; Choose &quot;Work offline&quot; for now; you can connect later without losing anything.</source>
        <translation>&lt;b&gt;La connexion sera disponible dans Paramètres une fois le service de synchronisation configuré.&lt;/b&gt; Choisissez «&#xa0;Travailler hors ligne&#xa0;» pour l&apos;instant&#xa0;; vous pourrez vous connecter plus tard sans rien perdre.</translation>
    </message>
    <message>
        <source>Note: %1 You will be asked to sign in again each time the app starts.</source>
        <translation>Remarque&#xa0;: %1 Il vous sera demandé de vous reconnecter à chaque démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Connexion...</translation>
    </message>
</context>
<context>
    <name>k12::CredentialStore</name>
    <message>
        <source>Your sign-in could not be kept in the system keychain (%1). You will be asked to sign in again next time; nothing is written to a file instead.</source>
        <translation>Votre connexion n&apos;a pas pu être gardée dans le trousseau du système (%1). Il vous sera demandé de vous reconnecter la prochaine fois&#xa0;; rien n&apos;est écrit dans un fichier à la place.</translation>
    </message>
    <message>
        <source>The system keychain cannot be read (%1).</source>
        <translation>Le trousseau du système est illisible (%1).</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the system keychain (%1).</source>
        <translation>La connexion n&apos;a pas pu être retirée du trousseau du système (%1).</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) (is it locked?)</source>
        <translation>
            <numerusform>le trousseau n&apos;a pas répondu en %n seconde (est-il verrouillé&#xa0;?)</numerusform>
            <numerusform>le trousseau n&apos;a pas répondu en %n secondes (est-il verrouillé&#xa0;?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::CsvReader</name>
    <message>
        <source>Save it as &quot;CSV UTF-8&quot; and import again.</source>
        <translation>Enregistrez-le en «&#xa0;CSV UTF-8&#xa0;» et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>wrong encoding: UTF-16 (little-endian), not UTF-8. %1</source>
        <translation>mauvais encodage&#xa0;: UTF-16 (little-endian), pas UTF-8. %1</translation>
    </message>
    <message>
        <source>wrong encoding: UTF-16 (big-endian), not UTF-8. %1</source>
        <translation>mauvais encodage&#xa0;: UTF-16 (big-endian), pas UTF-8. %1</translation>
    </message>
    <message>
        <source>wrong encoding: the file is binary, not text (is it a spreadsheet file rather than CSV?). %1</source>
        <translation>mauvais encodage&#xa0;: le fichier est binaire, pas du texte (est-ce un classeur plutôt qu&apos;un CSV&#xa0;?). %1</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is never closed (missing &quot;)</source>
        <translation>%1, ligne %2&#xa0;: une cellule entre guillemets n&apos;est jamais fermée (il manque &quot;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row.</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;; il lui faut une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier (%2).</translation>
    </message>
</context>
<context>
    <name>k12::CsvWriter</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not make &quot;%1&quot; private to you: %2</source>
        <translation>Impossible de rendre «&#xa0;%1&#xa0;» privé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>k12::Curve</name>
    <message>
        <source>&quot;%1&quot; has no graded scores to curve.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucune note à ajuster.</translation>
    </message>
    <message>
        <source>The mean of &quot;%1&quot; is 0; scaling cannot move it. Add points instead.</source>
        <translation>La moyenne de «&#xa0;%1&#xa0;» est 0&#xa0;; une mise à l&apos;échelle ne peut pas la déplacer. Ajoutez plutôt des points.</translation>
    </message>
    <message>
        <source>The old range must go from a lower to a higher score.</source>
        <translation>L&apos;ancienne plage doit aller d&apos;une note plus basse à une note plus haute.</translation>
    </message>
    <message>
        <source>The target mean cannot be negative.</source>
        <translation>La moyenne visée ne peut pas être négative.</translation>
    </message>
</context>
<context>
    <name>k12::CurveDialog</name>
    <message>
        <source>&amp;Add points to every score:</source>
        <translation>&amp;Ajouter des points à chaque note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scale so the mean becomes:</source>
        <translation>&amp;Mettre à l&apos;échelle pour que la moyenne devienne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Map scores from the range:</source>
        <translation>&amp;Transposer les notes de la plage&#xa0;:</translation>
    </message>
    <message>
        <source>Curve &quot;%1&quot;</source>
        <translation>Ajuster «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Allow scores above %1 points (extra credit)</source>
        <translation>Autoriser les notes au-dessus de %1 points (bonus)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>onto</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>Apply Curve</source>
        <translation>Appliquer l&apos;ajustement</translation>
    </message>
    <message numerus="yes">
        <source>%n graded score(s): mean %1 → %2.</source>
        <translation>
            <numerusform>%n note&#xa0;: moyenne %1 → %2.</numerusform>
            <numerusform>%n notes&#xa0;: moyenne %1 → %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) held at the points possible.</source>
        <translation>
            <numerusform>%n note plafonnée au barème.</numerusform>
            <numerusform>%n notes plafonnées au barème.</numerusform>
        </translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation>Points à ajouter</translation>
    </message>
    <message>
        <source>New mean</source>
        <translation>Nouvelle moyenne</translation>
    </message>
    <message>
        <source>From the lowest score</source>
        <translation>De la note la plus basse</translation>
    </message>
    <message>
        <source>From the highest score</source>
        <translation>De la note la plus haute</translation>
    </message>
    <message>
        <source>Onto the lowest score</source>
        <translation>Vers la note la plus basse</translation>
    </message>
    <message>
        <source>Onto the highest score</source>
        <translation>Vers la note la plus haute</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>k12::DeleteClassDialog</name>
    <message>
        <source>&amp;Delete Class</source>
        <translation>&amp;Supprimer la classe</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Supprimer la classe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete %1 and everything in it?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supprimer %1 et tout son contenu&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, %2 and %3 are deleted on this computer and, at the next sync, on the server and your other computers. The students stay in your other classes.</source>
        <translation>%1, %2 et %3 sont supprimés sur cet ordinateur et, à la prochaine synchronisation, sur le serveur et vos autres ordinateurs. Les élèves restent dans vos autres classes.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n devoir</numerusform>
            <numerusform>%n devoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of all your data is taken first and kept for 30 days (File &gt; Backups..., &quot;Before a class was deleted&quot;). Edit &gt; Undo brings the class back while the app is open.</source>
        <translation>Une sauvegarde de toutes vos données est faite d&apos;abord et gardée 30 jours (Fichier &gt; Sauvegardes..., «&#xa0;Avant la suppression d&apos;une classe&#xa0;»). Édition &gt; Annuler rétablit la classe tant que l&apos;application est ouverte.</translation>
    </message>
    <message>
        <source>The class is archived; it is deleted as it is.</source>
        <translation>La classe est archivée&#xa0;; elle est supprimée telle quelle.</translation>
    </message>
    <message>
        <source>This class has grades. Type its name, &lt;b&gt;%1&lt;/b&gt;, to delete it:</source>
        <translation>Cette classe a des notes. Tapez son nom, &lt;b&gt;%1&lt;/b&gt;, pour la supprimer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>k12::DesktopNotifier</name>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>K12 Teacher</source>
        <translation>K12 Teacher</translation>
    </message>
</context>
<context>
    <name>k12::DuplicateUnitDialog</name>
    <message>
        <source>Duplicate Unit</source>
        <translation>Dupliquer l&apos;unité</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>%1 (this class)</source>
        <translation>%1 (cette classe)</translation>
    </message>
    <message>
        <source>Copy &amp;into:</source>
        <translation>Copier &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Commence le&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a later start date to reuse the unit in another term: every date moves by the same number of days.</source>
        <translation>Choisissez une date de début plus tardive pour réutiliser l&apos;unité dans une autre session&#xa0;: toutes les dates se décalent du même nombre de jours.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message numerus="yes">
        <source>Copies the unit and its %n lesson(s) into %1.</source>
        <translation>
            <numerusform>Copie l&apos;unité et sa %n leçon dans %1.</numerusform>
            <numerusform>Copie l&apos;unité et ses %n leçons dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every date moves %n day(s) later</source>
        <translation>
            <numerusform>Toutes les dates se décalent de %n jour plus tard</numerusform>
            <numerusform>Toutes les dates se décalent de %n jours plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every date moves %n day(s) earlier</source>
        <translation>
            <numerusform>Toutes les dates se décalent de %n jour plus tôt</numerusform>
            <numerusform>Toutes les dates se décalent de %n jours plus tôt</numerusform>
        </translation>
    </message>
    <message>
        <source>: the copy runs %1 to %2.</source>
        <translation>&#xa0;: la copie va du %1 au %2.</translation>
    </message>
    <message>
        <source>Note: that day is a weekend.</source>
        <translation>Remarque&#xa0;: ce jour tombe un week-end.</translation>
    </message>
    <message>
        <source>The dates stay the same.</source>
        <translation>Les dates restent les mêmes.</translation>
    </message>
    <message>
        <source>The copy needs a title.</source>
        <translation>La copie a besoin d&apos;un titre.</translation>
    </message>
</context>
<context>
    <name>k12::EpochRebootstrap</name>
    <message>
        <source>The server&apos;s data changed again while this computer was catching up with it; the next sync starts over.</source>
        <translation>Les données du serveur ont encore changé pendant que cet ordinateur les rattrapait&#xa0;; la prochaine synchronisation repart de zéro.</translation>
    </message>
    <message>
        <source>Cannot keep the server&apos;s rows: %1</source>
        <translation>Impossible de garder les lignes du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local database is busy: %1</source>
        <translation>La base de données locale est occupée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s rows: %1</source>
        <translation>Impossible de lire les lignes du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the local rows: %1</source>
        <translation>Impossible de lire les lignes locales&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot update the outbox: %1</source>
        <translation>Impossible de mettre à jour la file d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync position.</source>
        <translation>Impossible d&apos;enregistrer la position de synchronisation.</translation>
    </message>
</context>
<context>
    <name>k12::EvidenceChart</name>
    <message>
        <source>Evidence over time</source>
        <translation>Preuves au fil du temps</translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation>Graphique des preuves</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Aucune preuve</translation>
    </message>
    <message>
        <source>Choose a cell of the Mastery table to see that student&apos;s evidence on the standard over time.</source>
        <translation>Choisissez une cellule du tableau Maîtrise pour voir les preuves de cet élève sur le standard au fil du temps.</translation>
    </message>
    <message>
        <source>%1 has no evidence on %2 yet: enter a level for an assignment (double-click the cell) and it shows here as a point at its date.</source>
        <translation>%1 n&apos;a pas encore de preuve sur %2&#xa0;: saisissez un niveau pour un devoir (double-cliquez sur la cellule) et il apparaît ici comme un point à sa date.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Levels (hover for the assignment)</source>
        <translation>Niveaux (survolez pour voir le devoir)</translation>
    </message>
    <message>
        <source>(no assignment)</source>
        <translation>(aucun devoir)</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Power law trend y = %1 x^%2 - %3</source>
        <translation>Tendance en loi de puissance y = %1 x^%2 - %3</translation>
    </message>
    <message>
        <source>Power law trend y = %1 x^%2</source>
        <translation>Tendance en loi de puissance y = %1 x^%2</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation>%1&#xa0;: pas encore de résultat</translation>
    </message>
</context>
<context>
    <name>k12::ExportCommands</name>
    <message>
        <source>--format takes k12, canvas, csv or xlsx (not &quot;%1&quot;)</source>
        <translation>--format accepte k12, canvas, csv ou xlsx (pas «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Write a class&apos;s gradebook as CSV or XLSX: every active student&apos;s scores, category percentages, final percentage and letter. The file imports back with &quot;import scores&quot; without a change.</source>
        <translation>Écrit le carnet de notes d&apos;une classe en CSV ou XLSX&#xa0;: les notes de chaque élève actif, les pourcentages par catégorie, le pourcentage final et la lettre. Le fichier se réimporte avec «&#xa0;import scores&#xa0;» sans aucun changement.</translation>
    </message>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation>La classe&#xa0;: son identifiant ou son nom exact.</translation>
    </message>
    <message>
        <source>The layout, the file type or both, comma-separated: k12 (default), our own layout; canvas, the layout of a Canvas gradebook export, which Canvas&apos;s gradebook import accepts; csv (default) or xlsx (numbers stay numbers and student numbers text in every spreadsheet and locale).</source>
        <translation>La disposition, le type de fichier ou les deux, séparés par des virgules&#xa0;: k12 (par défaut), notre propre disposition&#xa0;; canvas, la disposition d&apos;un export du carnet de notes Canvas, que l&apos;import de Canvas accepte&#xa0;; csv (par défaut) ou xlsx (les nombres restent des nombres et les numéros d&apos;élève du texte, quels que soient le tableur et la langue).</translation>
    </message>
    <message>
        <source>CSV: the cell separator, &quot;,&quot; (default), &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>CSV&#xa0;: le séparateur de cellules, &quot;,&quot; (par défaut), &quot;;&quot; ou &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>CSV: write 9,5 instead of 9.5, as spreadsheets in German, French or Spanish expect (use it with --delimiter &quot;;&quot;).</source>
        <translation>CSV&#xa0;: écrire 9,5 au lieu de 9.5, comme l&apos;attendent les tableurs en allemand, en français ou en espagnol (à utiliser avec --delimiter &quot;;&quot;).</translation>
    </message>
    <message>
        <source>CSV: start the file with a UTF-8 byte order mark (the default; Excel needs it to read UTF-8).</source>
        <translation>CSV&#xa0;: commencer le fichier par une marque d&apos;ordre d&apos;octets UTF-8 (par défaut&#xa0;; Excel en a besoin pour lire l&apos;UTF-8).</translation>
    </message>
    <message>
        <source>CSV: leave the byte order mark out.</source>
        <translation>CSV&#xa0;: omettre la marque d&apos;ordre d&apos;octets.</translation>
    </message>
    <message>
        <source>The file to write; - writes to standard output.</source>
        <translation>Le fichier à écrire&#xa0;; - écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation>--class est obligatoire</translation>
    </message>
    <message>
        <source>--out is required (use - for standard output)</source>
        <translation>--out est obligatoire (utilisez - pour la sortie standard)</translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;</source>
        <translation>--delimiter doit être &quot;,&quot;, &quot;;&quot; ou &quot;tab&quot;</translation>
    </message>
    <message>
        <source>--decimal-comma needs --delimiter &quot;;&quot; or &quot;tab&quot;: 9,5 in a comma-separated file would be two cells in most spreadsheets</source>
        <translation>--decimal-comma nécessite --delimiter &quot;;&quot; ou &quot;tab&quot;&#xa0;: 9,5 dans un fichier séparé par des virgules ferait deux cellules dans la plupart des tableurs</translation>
    </message>
    <message>
        <source>--bom and --no-bom cannot both be given</source>
        <translation>--bom et --no-bom ne peuvent pas être donnés ensemble</translation>
    </message>
    <message>
        <source>--delimiter, --decimal-comma and --no-bom are for CSV files</source>
        <translation>--delimiter, --decimal-comma et --no-bom sont réservés aux fichiers CSV</translation>
    </message>
    <message>
        <source>Wrote the gradebook of &quot;%1&quot; to %2.</source>
        <translation>Carnet de notes de «&#xa0;%1&#xa0;» écrit dans %2.</translation>
    </message>
    <message>
        <source>Export a class&apos;s gradebook as CSV or XLSX (- = standard output).</source>
        <translation>Exporte le carnet de notes d&apos;une classe en CSV ou XLSX (- = sortie standard).</translation>
    </message>
</context>
<context>
    <name>k12::ExportGradebookDialog</name>
    <message>
        <source>For Excel (adds a UTF-8 byte order mark)</source>
        <translation>Pour Excel (ajoute une marque d&apos;ordre d&apos;octets UTF-8)</translation>
    </message>
    <message>
        <source>Export Gradebook</source>
        <translation>Exporter le carnet de notes</translation>
    </message>
    <message>
        <source>K12 Teacher (opens in Excel, LibreOffice, Google Sheets)</source>
        <translation>K12 Teacher (s&apos;ouvre dans Excel, LibreOffice, Google Sheets)</translation>
    </message>
    <message>
        <source>Canvas gradebook (for Canvas&apos;s gradebook import)</source>
        <translation>Carnet de notes Canvas (pour l&apos;import de carnet de notes de Canvas)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): the same in every language and spreadsheet</source>
        <translation>Classeur Excel (.xlsx)&#xa0;: identique dans toutes les langues et tous les tableurs</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>Texte CSV (.csv)</translation>
    </message>
    <message>
        <source>Commas between cells, decimal point (9.5)</source>
        <translation>Virgules entre les cellules, point décimal (9.5)</translation>
    </message>
    <message>
        <source>Semicolons between cells, decimal comma (9,5)</source>
        <translation>Points-virgules entre les cellules, virgule décimale (9,5)</translation>
    </message>
    <message>
        <source>The file holds your students&apos; grades: it is saved readable by you only.</source>
        <translation>Le fichier contient les notes de vos élèves&#xa0;: il est enregistré lisible par vous seul.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Numbers and cells:</source>
        <translation>&amp;Nombres et cellules&#xa0;:</translation>
    </message>
    <message>
        <source>Choose File...</source>
        <translation>Choisir un fichier...</translation>
    </message>
    <message>
        <source>Student numbers such as 00123 lose their leading zeros when a spreadsheet opens a CSV file; the workbook keeps them.</source>
        <translation>Les numéros d&apos;élève comme 00123 perdent leurs zéros initiaux quand un tableur ouvre un fichier CSV&#xa0;; le classeur les garde.</translation>
    </message>
    <message>
        <source>Numbers stay numbers and student numbers stay text in every spreadsheet, whatever its language.</source>
        <translation>Les nombres restent des nombres et les numéros d&apos;élève restent du texte dans tous les tableurs, quelle que soit leur langue.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>k12::ExportYearDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the Year</source>
        <translation>Exporter l&apos;année</translation>
    </message>
    <message>
        <source>One zip file with every class of the term, archived ones too: each gradebook as CSV and XLSX, the progress reports as one PDF per class, and the unit plans as PDF. The file holds students&apos; names and grades: keep it private.</source>
        <translation>Un fichier zip avec toutes les classes de la session, archivées comprises&#xa0;: chaque carnet de notes en CSV et XLSX, les bulletins de progrès en un PDF par classe et les plans d&apos;unité en PDF. Le fichier contient des noms et des notes d&apos;élèves&#xa0;: gardez-le privé.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Writing the year&apos;s export...</source>
        <translation>Écriture de l&apos;export de l&apos;année...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n class(es).</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n classe.</numerusform>
            <numerusform>%1 écrit&#xa0;: %n classes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1 (class %2 of %3)...</source>
        <translation>Écriture de %1 (classe %2 sur %3)...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
</context>
<context>
    <name>k12::FamilyActions</name>
    <message>
        <source>Choose a guardian to invite.</source>
        <translation>Choisissez un responsable à inviter.</translation>
    </message>
    <message>
        <source>That guardian no longer exists.</source>
        <translation>Ce responsable n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s) cannot be invited without an email: %1. Add an email first.</source>
        <translation>
            <numerusform>%n responsable ne peut pas être invité sans courriel&#xa0;: %1. Ajoutez d&apos;abord un courriel.</numerusform>
            <numerusform>%n responsables ne peuvent pas être invités sans courriel&#xa0;: %1. Ajoutez d&apos;abord un courriel.</numerusform>
        </translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Cette classe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No notice to send: none of these students has missing work and a guardian with an email who receives reports.</source>
        <translation>Aucun avis à envoyer&#xa0;: aucun de ces élèves n&apos;a de travail non rendu et un responsable avec un courriel qui reçoit les bulletins.</translation>
    </message>
</context>
<context>
    <name>k12::FinalActions</name>
    <message>
        <source>That grading period no longer exists.</source>
        <translation>Cette période de notation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Set Final Grade Formula</source>
        <translation>Définir la formule de la note finale</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no formula: it is already graded by its own assignments.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de formule&#xa0;: elle est déjà notée par ses propres devoirs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; shares days with &quot;%2&quot;: only a term computed by formula may. Remove the term instead, or change its dates first.</source>
        <translation>«&#xa0;%1&#xa0;» partage des jours avec «&#xa0;%2&#xa0;»&#xa0;: seule une période calculée par formule le peut. Retirez plutôt cette période, ou modifiez d&apos;abord ses dates.</translation>
    </message>
    <message>
        <source>Clear Final Grade Formula</source>
        <translation>Effacer la formule de la note finale</translation>
    </message>
    <message>
        <source>A grading period needs a name.</source>
        <translation>Une période de notation a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>This class already has a grading period &quot;%1&quot;.</source>
        <translation>Cette classe a déjà une période de notation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A term takes its dates from its periods: add the class&apos;s grading periods first.</source>
        <translation>Une période calculée prend ses dates de ses périodes&#xa0;: ajoutez d&apos;abord les périodes de notation de la classe.</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>Ajouter une période calculée</translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation>Cet élève n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a letter of this class&apos;s grading scale (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une lettre du barème de cette classe (%2).</translation>
    </message>
    <message>
        <source>Give a reason for overriding the final letter: it is kept with the grade.</source>
        <translation>Donnez un motif pour remplacer la lettre finale&#xa0;: il est gardé avec la note.</translation>
    </message>
    <message>
        <source>Override Final Letter</source>
        <translation>Remplacer la lettre finale</translation>
    </message>
    <message>
        <source>That final letter is not overridden.</source>
        <translation>Cette lettre finale n&apos;est pas remplacée.</translation>
    </message>
    <message>
        <source>Clear Final Letter Override</source>
        <translation>Annuler le remplacement de la lettre finale</translation>
    </message>
</context>
<context>
    <name>k12::FinalCommands</name>
    <message>
        <source>--part &quot;%1&quot;: write NAME=WEIGHT, e.g. Q1=40 or &quot;assignment:Final Exam=20&quot;.</source>
        <translation>--part «&#xa0;%1&#xa0;»&#xa0;: écrivez NOM=PONDÉRATION, p. ex. T1=40 ou &quot;assignment:Examen final=20&quot;.</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the weight &quot;%2&quot; is not a number.</source>
        <translation>--part «&#xa0;%1&#xa0;»&#xa0;: la pondération «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no grading period &quot;%2&quot;.</source>
        <translation>--part «&#xa0;%1&#xa0;»&#xa0;: la classe n&apos;a pas de période de notation «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no assignment &quot;%2&quot;.</source>
        <translation>--part «&#xa0;%1&#xa0;»&#xa0;: la classe n&apos;a pas de devoir «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: more than one assignment is titled &quot;%2&quot;; give its id.</source>
        <translation>--part «&#xa0;%1&#xa0;»&#xa0;: plusieurs devoirs s&apos;intitulent «&#xa0;%2&#xa0;»&#xa0;; donnez son identifiant.</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no category &quot;%2&quot;.</source>
        <translation>--part «&#xa0;%1&#xa0;»&#xa0;: la classe n&apos;a pas de catégorie «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation>La classe n&apos;a pas de période de notation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Set the formula of a period&apos;s final grade, e.g. S1 = 40 % Q1 + 40 % Q2 + 20 % the final exam; a period that does not exist yet is added as a term spanning its periods. Parts with nothing graded yet are left out and the other weights scaled up.</source>
        <translation>Définit la formule de la note finale d&apos;une période, p. ex. S1 = 40 % T1 + 40 % T2 + 20 % l&apos;examen final&#xa0;; une période qui n&apos;existe pas encore est ajoutée comme période calculée couvrant ses périodes. Les parties sans rien de noté sont omises et les autres pondérations agrandies.</translation>
    </message>
    <message>
        <source>The period, e.g. S1.</source>
        <translation>La période, p. ex. S1.</translation>
    </message>
    <message>
        <source>A part and its weight: Q1=40 (a period), &quot;assignment:Final Exam=20&quot;, &quot;category:Tests=10&quot;. Repeat for each part.</source>
        <translation>Une partie et sa pondération&#xa0;: T1=40 (une période), &quot;assignment:Examen final=20&quot;, &quot;category:Contrôles=10&quot;. Répétez pour chaque partie.</translation>
    </message>
    <message>
        <source>Remove the formula: the period is graded by its own assignments again.</source>
        <translation>Retirer la formule&#xa0;: la période est de nouveau notée par ses propres devoirs.</translation>
    </message>
    <message>
        <source>give --part (one or more) or --clear</source>
        <translation>indiquez --part (une ou plusieurs) ou --clear</translation>
    </message>
    <message>
        <source>%1 is graded by its own assignments.</source>
        <translation>%1 est notée par ses propres devoirs.</translation>
    </message>
    <message>
        <source>Student number or id.</source>
        <translation>Numéro ou identifiant de l&apos;élève.</translation>
    </message>
    <message>
        <source>The grading period (name or id); without it, the course&apos;s final.</source>
        <translation>La période de notation (nom ou identifiant)&#xa0;; sans elle, la note finale du cours.</translation>
    </message>
    <message>
        <source>Clear the override of a student&apos;s final letter: the computed letter is reported again.</source>
        <translation>Annule le remplacement de la lettre finale d&apos;un élève&#xa0;: la lettre calculée est de nouveau reportée.</translation>
    </message>
    <message>
        <source>Override a student&apos;s final letter with a reason (kept with the grade, in the audit and the export); the percentage stays as computed.</source>
        <translation>Remplace la lettre finale d&apos;un élève, avec un motif (gardé avec la note, dans l&apos;audit et dans l&apos;export)&#xa0;; le pourcentage reste tel que calculé.</translation>
    </message>
    <message>
        <source>A letter of the class&apos;s grading scale.</source>
        <translation>Une lettre du barème de la classe.</translation>
    </message>
    <message>
        <source>Why the letter is overridden.</source>
        <translation>Pourquoi la lettre est remplacée.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>List each student&apos;s final in a period (or the course): percentage, computed letter, reported letter, and the override&apos;s reason.</source>
        <translation>Liste la note finale de chaque élève dans une période (ou le cours)&#xa0;: pourcentage, lettre calculée, lettre reportée et motif du remplacement.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Set or clear the final grade formula of a period (adds a term when new).</source>
        <translation>Définit ou efface la formule de la note finale d&apos;une période (ajoute une période calculée si elle est nouvelle).</translation>
    </message>
    <message>
        <source>Override a student&apos;s final letter, with a reason.</source>
        <translation>Remplace la lettre finale d&apos;un élève, avec un motif.</translation>
    </message>
    <message>
        <source>Clear the override of a student&apos;s final letter.</source>
        <translation>Annule le remplacement de la lettre finale d&apos;un élève.</translation>
    </message>
    <message>
        <source>List the students&apos; finals with their letters and overrides.</source>
        <translation>Liste les notes finales des élèves avec leurs lettres et remplacements.</translation>
    </message>
</context>
<context>
    <name>k12::FinalGrades</name>
    <message>
        <source>Overridden from %1: %2</source>
        <translation>Remplacée (au lieu de %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>k12::FinalLetterOverrides</name>
    <message>
        <source>&amp;Override Final Letter...</source>
        <translation>&amp;Remplacer la lettre finale...</translation>
    </message>
    <message>
        <source>Clear &amp;Override</source>
        <translation>Annuler le &amp;remplacement</translation>
    </message>
    <message>
        <source>Report another letter than the computed one for this student&apos;s final, with a reason (select the student&apos;s Final % or Letter cell)</source>
        <translation>Reporter une autre lettre que la lettre calculée pour la note finale de cet élève, avec un motif (sélectionnez la cellule % final ou Lettre de l&apos;élève)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>course final</source>
        <translation>note finale du cours</translation>
    </message>
    <message>
        <source>Select a student&apos;s Final % or Letter cell first.</source>
        <translation>Sélectionnez d&apos;abord la cellule % final ou Lettre d&apos;un élève.</translation>
    </message>
</context>
<context>
    <name>k12::FinalOverrideDialog</name>
    <message>
        <source>Override Final Letter</source>
        <translation>Remplacer la lettre finale</translation>
    </message>
    <message>
        <source>e.g. Completed the unit retake</source>
        <translation>p. ex. A réussi la reprise de l&apos;unité</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>nothing graded yet</source>
        <translation>rien de noté pour l&apos;instant</translation>
    </message>
    <message>
        <source>The percentage stays as computed; reports and exports show this letter, marked with *, and the reason.</source>
        <translation>Le pourcentage reste tel que calculé&#xa0;; les bulletins et les exports affichent cette lettre, marquée d&apos;un *, et le motif.</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>Calculée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>k12::FinishPage</name>
    <message>
        <source>You&apos;re ready to teach</source>
        <translation>Vous êtes prêt à enseigner</translation>
    </message>
    <message>
        <source>Everything below is saved. Press Finish to open your class.</source>
        <translation>Tout ce qui est ci-dessous est enregistré. Appuyez sur Terminer pour ouvrir votre classe.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next steps&lt;/b&gt; (a checklist in the main window ticks them off as you go):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Add an assignment: &lt;i&gt;Class &amp;gt; Add Assignment&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Enter a grade: type a score in the &lt;i&gt;Gradebook&lt;/i&gt; grid&lt;/li&gt;&lt;li&gt;Export the gradebook: &lt;i&gt;File &amp;gt; Export Gradebook&lt;/i&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prochaines étapes&lt;/b&gt; (une liste dans la fenêtre principale les coche au fur et à mesure)&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ajouter un devoir&#xa0;: &lt;i&gt;Classe &amp;gt; Ajouter un devoir&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Saisir une note&#xa0;: tapez une note dans la grille du &lt;i&gt;Carnet de notes&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Exporter le carnet de notes&#xa0;: &lt;i&gt;Fichier &amp;gt; Exporter le carnet de notes&lt;/i&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Open this walkthrough again any time from Help &gt; Getting Started Walkthrough.</source>
        <translation>Rouvrez cette visite guidée à tout moment depuis Aide &gt; Visite guidée des premiers pas.</translation>
    </message>
    <message>
        <source>The class of this walkthrough no longer exists.</source>
        <translation>La classe de cette visite guidée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is set up:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est configurée&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>no grading categories (grades count total points)</source>
        <translation>aucune catégorie de notation (les notes comptent le total des points)</translation>
    </message>
    <message>
        <source>grading categories: %1</source>
        <translation>catégories de notation&#xa0;: %1</translation>
    </message>
    <message>
        <source>unit &lt;i&gt;%1&lt;/i&gt;, %2 to %3</source>
        <translation>unité &lt;i&gt;%1&lt;/i&gt;, du %2 au %3</translation>
    </message>
    <message>
        <source>first lesson &lt;i&gt;%1&lt;/i&gt; on %2</source>
        <translation>première leçon &lt;i&gt;%1&lt;/i&gt; le %2</translation>
    </message>
</context>
<context>
    <name>k12::FormulaEditor</name>
    <message>
        <source>Add Pa&amp;rt</source>
        <translation>Ajouter une pa&amp;rtie</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Retirer la partie</translation>
    </message>
    <message>
        <source>&amp;Save Formula</source>
        <translation>&amp;Enregistrer la formule</translation>
    </message>
    <message>
        <source>Clear Formula</source>
        <translation>Effacer la formule</translation>
    </message>
    <message>
        <source>The period whose final grade this formula computes. Type a new name (e.g. S1) to add a term over other periods.</source>
        <translation>La période dont cette formule calcule la note finale. Tapez un nouveau nom (p. ex. S1) pour ajouter une période calculée sur d&apos;autres périodes.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Final grade of</source>
        <translation>Note finale de</translation>
    </message>
    <message>
        <source>Parts with nothing graded yet are left out and the other weights scaled up. An assignment part counts after the late and missing rules; a category part counts the category&apos;s work within the period&apos;s dates.</source>
        <translation>Les parties sans rien de noté sont omises et les autres pondérations agrandies. Une partie devoir compte après les règles de retard et de non-rendu&#xa0;; une partie catégorie compte les travaux de la catégorie dans les dates de la période.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Devoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a period, or type the name of a new term.</source>
        <translation>Choisissez une période, ou tapez le nom d&apos;une nouvelle période calculée.</translation>
    </message>
    <message>
        <source>%1 is based on its own assignments.</source>
        <translation>%1 est fondée sur ses propres devoirs.</translation>
    </message>
    <message>
        <source>Period computed by the formula</source>
        <translation>Période calculée par la formule</translation>
    </message>
    <message>
        <source>Formula parts</source>
        <translation>Parties de la formule</translation>
    </message>
</context>
<context>
    <name>k12::GettingStartedChecklist</name>
    <message>
        <source>Add an assignment</source>
        <translation>Ajouter un devoir</translation>
    </message>
    <message>
        <source>Class &gt; Add Assignment (Ctrl+Shift+A)</source>
        <translation>Classe &gt; Ajouter un devoir (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Enter a grade</source>
        <translation>Saisir une note</translation>
    </message>
    <message>
        <source>Type a score into a cell of the Gradebook grid</source>
        <translation>Tapez une note dans une cellule de la grille du carnet de notes</translation>
    </message>
    <message>
        <source>Export the gradebook</source>
        <translation>Exporter le carnet de notes</translation>
    </message>
    <message>
        <source>File &gt; Export Gradebook</source>
        <translation>Fichier &gt; Exporter le carnet de notes</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this list; the walkthrough stays in the Help menu</source>
        <translation>Masquer cette liste&#xa0;; la visite guidée reste dans le menu Aide</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started: all done!&lt;/b&gt;</source>
        <translation>&lt;b&gt;Premiers pas&#xa0;: tout est fait&#xa0;!&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt; (%1 of 3):</source>
        <translation>&lt;b&gt;Premiers pas&lt;/b&gt; (%1 sur 3)&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>k12::GradeActions</name>
    <message>
        <source>&quot;%1&quot; is graded in points; use --points.</source>
        <translation>«&#xa0;%1&#xa0;» est noté en points&#xa0;; utilisez --points.</translation>
    </message>
    <message>
        <source>Set Grade</source>
        <translation>Mettre une note</translation>
    </message>
    <message>
        <source>Turned In</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation>%1&#xa0;: rien à modifier.</translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>That is not a date.</source>
        <translation>Ce n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Mark Missing Past Due</source>
        <translation>Marquer non rendus les devoirs échus</translation>
    </message>
</context>
<context>
    <name>k12::GradeByAssignmentDialog</name>
    <message>
        <source>Visible to students</source>
        <translation>Visible par les élèves</translation>
    </message>
    <message>
        <source>Grade by Assignment</source>
        <translation>Noter par devoir</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Tous les élèves</translation>
    </message>
    <message>
        <source>Ungraded only</source>
        <translation>Non notés seulement</translation>
    </message>
    <message>
        <source>Missing only</source>
        <translation>Non rendus seulement</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Devoir&#xa0;:</translation>
    </message>
    <message>
        <source>Clear Grades</source>
        <translation>Effacer les notes</translation>
    </message>
    <message>
        <source>%1 of %2 graded</source>
        <translation>%1 sur %2 notés</translation>
    </message>
</context>
<context>
    <name>k12::GradeByStandardDialog</name>
    <message>
        <source>Grade by Standard</source>
        <translation>Noter par standard</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Levels: %1. Type a level and Enter; Delete clears.</source>
        <translation>Niveaux&#xa0;: %1. Tapez un niveau puis Entrée&#xa0;; Suppr efface.</translation>
    </message>
    <message>
        <source>&amp;Standards...</source>
        <translation>&amp;Standards...</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Devoir&#xa0;:</translation>
    </message>
    <message>
        <source>This assignment is not tagged with a standard yet: choose Standards...</source>
        <translation>Ce devoir n&apos;est encore associé à aucun standard&#xa0;: choisissez Standards...</translation>
    </message>
</context>
<context>
    <name>k12::GradebookColumns</name>
    <message>
        <source>names the student</source>
        <translation>nomme l&apos;élève</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>une adresse courriel</translation>
    </message>
    <message>
        <source>the class or section</source>
        <translation>la classe ou le groupe</translation>
    </message>
    <message>
        <source>a sign-in name</source>
        <translation>un identifiant de connexion</translation>
    </message>
</context>
<context>
    <name>k12::GradebookData</name>
    <message>
        <source>That class no longer exists.</source>
        <translation>Cette classe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot read the gradebook: %1</source>
        <translation>Impossible de lire le carnet de notes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::GradebookModel</name>
    <message>
        <source>%1 (student number %2)</source>
        <translation>%1 (numéro d&apos;élève %2)</translation>
    </message>
    <message>
        <source>EX</source>
        <translation>EX</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempté</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 sur %2 points</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>non rendu</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>dispensé</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exempté</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>commentaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 points counted; %n score(s) dropped</source>
        <translation>
            <numerusform>%1 sur %2 points comptés&#xa0;; %n note ignorée</numerusform>
            <numerusform>%1 sur %2 points comptés&#xa0;; %n notes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points in total</source>
        <translation>%1 sur %2 points au total</translation>
    </message>
    <message>
        <source>%1
%2 pts</source>
        <translation>%1
%2 pts</translation>
    </message>
    <message>
        <source>%1
extra credit</source>
        <translation>%1
bonus</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Points possible: %1</source>
        <translation>Barème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Graded with letters</source>
        <translation>Noté en lettres</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Masqué aux élèves</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>%1 %
(weight %2)</source>
        <translation>%1 %
(pond. %2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>Drops the lowest %n score(s)</source>
        <translation>
            <numerusform>Ignore la note la plus basse</numerusform>
            <numerusform>Ignore les %n notes les plus basses</numerusform>
        </translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>% final</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>no grade yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fixée à la main</translation>
    </message>
    <message>
        <source>letter %1, %2 of %3 points</source>
        <translation>lettre %1, %2 sur %3 points</translation>
    </message>
    <message>
        <source>letter %1</source>
        <translation>lettre %1</translation>
    </message>
</context>
<context>
    <name>k12::GradebookPanel</name>
    <message>
        <source>Add &amp;Assignment...</source>
        <translation>Ajouter un &amp;devoir...</translation>
    </message>
    <message>
        <source>Add &amp;Category...</source>
        <translation>Ajouter une &amp;catégorie...</translation>
    </message>
    <message>
        <source>&amp;Grading Settings...</source>
        <translation>Pa&amp;ramètres...</translation>
    </message>
    <message>
        <source>Mark &amp;Missing</source>
        <translation>&amp;Non rendu</translation>
    </message>
    <message>
        <source>Mark &amp;Excused</source>
        <translation>Dis&amp;pensé</translation>
    </message>
    <message>
        <source>Mark &amp;Late</source>
        <translation>En re&amp;tard</translation>
    </message>
    <message>
        <source>&amp;Turned In On...</source>
        <translation>Ren&amp;du le...</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Démarquer</translation>
    </message>
    <message>
        <source>C&amp;lear Grades</source>
        <translation>E&amp;ffacer les notes</translation>
    </message>
    <message>
        <source>&amp;Set Score...</source>
        <translation>&amp;Mettre une note...</translation>
    </message>
    <message>
        <source>Fill &amp;Empty Cells...</source>
        <translation>Remplir les cellules &amp;vides...</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Remplir vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>C&amp;urve Assignment...</source>
        <translation>A&amp;juster le devoir...</translation>
    </message>
    <message>
        <source>Co&amp;mment...</source>
        <translation>Co&amp;mmentaire...</translation>
    </message>
    <message>
        <source>&amp;Publish Assignments</source>
        <translation>P&amp;ublier les devoirs</translation>
    </message>
    <message>
        <source>&amp;Hide Assignments</source>
        <translation>M&amp;asquer les devoirs</translation>
    </message>
    <message>
        <source>Grade &amp;by Assignment...</source>
        <translation>Noter par de&amp;voir...</translation>
    </message>
    <message>
        <source>Grade by S&amp;tandard...</source>
        <translation>Noter par s&amp;tandard...</translation>
    </message>
    <message>
        <source>Ta&amp;g with Standards...</source>
        <translation>A&amp;ssocier des standards...</translation>
    </message>
    <message>
        <source>Import &amp;Scores...</source>
        <translation>&amp;Importer des notes...</translation>
    </message>
    <message>
        <source>&amp;Export Gradebook...</source>
        <translation>&amp;Exporter le carnet de notes...</translation>
    </message>
    <message>
        <source>Not turned in (Ctrl+M; or type M in a cell)</source>
        <translation>Non rendu (Ctrl+M&#xa0;; ou tapez M dans une cellule)</translation>
    </message>
    <message>
        <source>Left out of the average (Ctrl+Shift+E; or type EX in a cell)</source>
        <translation>Hors de la moyenne (Ctrl+Shift+E&#xa0;; ou tapez EX dans une cellule)</translation>
    </message>
    <message>
        <source>Turned in late; keeps the points (Ctrl+Shift+L; or type L3 in a cell: 3 days late)</source>
        <translation>Rendu en retard&#xa0;; garde les points (Ctrl+Shift+L&#xa0;; ou tapez L3 dans une cellule&#xa0;: 3 jours de retard)</translation>
    </message>
    <message>
        <source>The date the work came in: the due date makes the days late and the class&apos;s late penalty applies (Ctrl+Shift+T)</source>
        <translation>La date à laquelle le travail a été rendu&#xa0;: la date de remise donne les jours de retard et la pénalité de retard de la classe s&apos;applique (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>En lot</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Scores not imported</source>
        <translation>Notes non importées</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s).</source>
        <translation>
            <numerusform>%n modification importée.</numerusform>
            <numerusform>%n modifications importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Gradebook</source>
        <translation>Exporter le carnet de notes</translation>
    </message>
    <message>
        <source>Gradebook not exported</source>
        <translation>Carnet de notes non exporté</translation>
    </message>
    <message>
        <source>Gradebook exported to %1.</source>
        <translation>Carnet de notes exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Standards: %n tag(s) added</source>
        <translation>
            <numerusform>Standards&#xa0;: %n association ajoutée</numerusform>
            <numerusform>Standards&#xa0;: %n associations ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken off</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;...</source>
        <translation>Modifier «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;...</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <source>Standards...</source>
        <translation>Standards...</translation>
    </message>
    <message>
        <source>Grade by Standard...</source>
        <translation>Noter par standard...</translation>
    </message>
    <message>
        <source>Edit Category...</source>
        <translation>Modifier la catégorie...</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>No assignments yet: add one with Add Assignment (Ctrl+Shift+A).</source>
        <translation>Aucun devoir pour l&apos;instant&#xa0;: ajoutez-en un avec Ajouter un devoir (Ctrl+Shift+A).</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s), no grades yet.</source>
        <translation>
            <numerusform>%n élève, pas encore de notes.</numerusform>
            <numerusform>%n élèves, pas encore de notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) · class average %1%</source>
        <translation>
            <numerusform>%n élève · moyenne de la classe %1%</numerusform>
            <numerusform>%n élèves · moyenne de la classe %1%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::GradebookStructure</name>
    <message>
        <source>Assignment not added</source>
        <translation>Devoir non ajouté</translation>
    </message>
    <message>
        <source>Assignment added. Type scores; Enter moves down.</source>
        <translation>Devoir ajouté. Tapez les notes&#xa0;; Entrée descend.</translation>
    </message>
    <message>
        <source>Assignment not saved</source>
        <translation>Devoir non enregistré</translation>
    </message>
    <message>
        <source>Delete Assignment</source>
        <translation>Supprimer le devoir</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and hide its grades? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et masquer ses notes&#xa0;? Vous pouvez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Assignment not deleted</source>
        <translation>Devoir non supprimé</translation>
    </message>
    <message>
        <source>Category not added</source>
        <translation>Catégorie non ajoutée</translation>
    </message>
    <message>
        <source>Category not saved</source>
        <translation>Catégorie non enregistrée</translation>
    </message>
    <message>
        <source>&amp;Grading Periods</source>
        <translation>&amp;Périodes de notation</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Grading settings saved; grades recalculated.</source>
        <translation>Paramètres de notation enregistrés&#xa0;; notes recalculées.</translation>
    </message>
</context>
<context>
    <name>k12::GradebookView</name>
    <message>
        <source>Gradebook</source>
        <translation>Carnet de notes</translation>
    </message>
</context>
<context>
    <name>k12::GradingPeriodsPage</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>Double-click a name or a date (YYYY-MM-DD) to change it. An assignment counts in the period it was put in, else in the period containing its due date.</source>
        <translation>Double-cliquez sur un nom ou une date (AAAA-MM-JJ) pour le modifier. Un devoir compte dans la période où il a été placé, sinon dans celle qui contient sa date de remise.</translation>
    </message>
    <message>
        <source>e.g. Q1</source>
        <translation>p. ex. T1</translation>
    </message>
    <message>
        <source>&amp;Add Period</source>
        <translation>&amp;Ajouter une période</translation>
    </message>
    <message>
        <source>&amp;Remove Period</source>
        <translation>&amp;Retirer la période</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Add &amp;Quarters</source>
        <translation>Ajouter des &amp;trimestres</translation>
    </message>
    <message>
        <source>Add S&amp;emesters</source>
        <translation>Ajouter des s&amp;emestres</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the periods of</source>
        <translation>Copier les périodes de</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once; Edit &gt; Undo takes each one back. Quarters and semesters split the school year evenly on school days (Monday to Friday).</source>
        <translation>Les modifications de cet onglet sont enregistrées aussitôt&#xa0;; Édition &gt; Annuler les défait une par une. Les trimestres et semestres partagent l&apos;année scolaire à parts égales en jours d&apos;école (du lundi au vendredi).</translation>
    </message>
    <message>
        <source>Final Grade Formula</source>
        <translation>Formule de la note finale</translation>
    </message>
    <message>
        <source>by formula</source>
        <translation>par formule</translation>
    </message>
    <message>
        <source>(no other class has grading periods)</source>
        <translation>(aucune autre classe n&apos;a de périodes de notation)</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-09-07.</source>
        <translation>Écrivez les dates au format AAAA-MM-JJ, p. ex. 2026-09-07.</translation>
    </message>
    <message>
        <source>New period&apos;s name</source>
        <translation>Nom de la nouvelle période</translation>
    </message>
    <message>
        <source>New period starts</source>
        <translation>Début de la nouvelle période</translation>
    </message>
    <message>
        <source>New period ends</source>
        <translation>Fin de la nouvelle période</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Début de l’année scolaire</translation>
    </message>
    <message>
        <source>School year ends</source>
        <translation>Fin de l’année scolaire</translation>
    </message>
    <message>
        <source>Grading periods</source>
        <translation>Périodes de notation</translation>
    </message>
</context>
<context>
    <name>k12::GuardianActions</name>
    <message>
        <source>That student no longer exists.</source>
        <translation>Cet élève n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Another guardian, %1, already has the email &quot;%2&quot;.</source>
        <translation>Un autre responsable, %1, a déjà le courriel «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1 est déjà responsable de cet élève.</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Ajouter un responsable</translation>
    </message>
    <message>
        <source>That guardian no longer exists.</source>
        <translation>Ce responsable n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit Guardian</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <source>Link Guardian</source>
        <translation>Lier un responsable</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student.</source>
        <translation>Ce responsable n&apos;est pas lié à cet élève.</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>Retirer le responsable</translation>
    </message>
    <message>
        <source>Delete Guardian</source>
        <translation>Supprimer le responsable</translation>
    </message>
</context>
<context>
    <name>k12::GuardianColumns</name>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>%1, line %2: the columns &quot;%3&quot; and &quot;%4&quot; are the same guardian field.</source>
        <translation>%1, ligne %2&#xa0;: les colonnes «&#xa0;%3&#xa0;» et «&#xa0;%4&#xa0;» sont la même donnée du responsable.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a guardian email column needs a guardian name column beside it (for example &quot;Guardian 1 Name&quot;).</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: une colonne de courriel de responsable a besoin d&apos;une colonne de nom de responsable à côté (par exemple «&#xa0;Guardian 1 Name&#xa0;»).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a guardian column needs a guardian name column beside it (for example &quot;Guardian 1 Name&quot;).</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: une colonne de responsable a besoin d&apos;une colonne de nom de responsable à côté (par exemple «&#xa0;Guardian 1 Name&#xa0;»).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the guardian has no name (the row has other details of this guardian).</source>
        <translation>le responsable n&apos;a pas de nom (la ligne contient d&apos;autres informations sur ce responsable).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a given and a family name.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d&apos;un prénom et d&apos;un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language (use a code like &quot;es&quot; or a name like &quot;Spanish&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue (utilisez un code comme «&#xa0;es&#xa0;» ou un nom comme «&#xa0;Spanish&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>k12::GuardianCommands</name>
    <message>
        <source>The student&apos;s number (or id).</source>
        <translation>Le numéro (ou l&apos;identifiant) de l&apos;élève.</translation>
    </message>
    <message>
        <source>The class (id or exact name) the student is in, when student numbers repeat across the profile.</source>
        <translation>La classe (identifiant ou nom exact) de l&apos;élève, quand des numéros d&apos;élève se répètent dans le profil.</translation>
    </message>
    <message>
        <source>--student is required</source>
        <translation>--student est obligatoire</translation>
    </message>
    <message>
        <source>No student has the number or id &quot;%1&quot;.</source>
        <translation>Aucun élève n&apos;a le numéro ou l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several students have the number &quot;%1&quot;; add --class to say which class.</source>
        <translation>Plusieurs élèves ont le numéro «&#xa0;%1&#xa0;»&#xa0;; ajoutez --class pour préciser la classe.</translation>
    </message>
    <message>
        <source>Add a guardian to a student and print the guardian&apos;s id. A guardian whose email is already in the profile (a sibling&apos;s) is linked instead of added twice.</source>
        <translation>Ajoute un responsable à un élève et affiche l&apos;identifiant du responsable. Un responsable dont le courriel est déjà dans le profil (celui d&apos;un frère ou d&apos;une sœur) est lié au lieu d&apos;être ajouté deux fois.</translation>
    </message>
    <message>
        <source>Given (first) name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <source>Family (last) name.</source>
        <translation>Nom de famille.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse courriel.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Mother, Father, Grandparent, Guardian, ...</source>
        <translation>Mère, Père, Grand-parent, Tuteur, ...</translation>
    </message>
    <message>
        <source>Language of the guardian&apos;s reports, e.g. es (default: the teacher&apos;s).</source>
        <translation>Langue des bulletins du responsable, p. ex. es (par défaut&#xa0;: celle de l&apos;enseignant).</translation>
    </message>
    <message>
        <source>The guardian does not receive progress reports.</source>
        <translation>Le responsable ne reçoit pas les bulletins de progrès.</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is not a language code like &quot;es&quot;.</source>
        <translation>--language&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de langue comme «&#xa0;es&#xa0;».</translation>
    </message>
    <message>
        <source>A guardian with this email was already in the profile: linked to this student too (its details are unchanged).</source>
        <translation>Un responsable avec ce courriel était déjà dans le profil&#xa0;: il est aussi lié à cet élève (ses informations ne changent pas).</translation>
    </message>
    <message>
        <source>List the guardians of a class&apos;s students: student number, student, guardian, relationship, email, phone, language and whether they receive reports.</source>
        <translation>Liste les responsables des élèves d&apos;une classe&#xa0;: numéro d&apos;élève, élève, responsable, lien de parenté, courriel, téléphone, langue et s&apos;ils reçoivent les bulletins.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>bulletins</translation>
    </message>
    <message>
        <source>no reports</source>
        <translation>pas de bulletins</translation>
    </message>
    <message>
        <source>--email is required</source>
        <translation>--email est obligatoire</translation>
    </message>
    <message>
        <source>No guardian has the email &quot;%1&quot;.</source>
        <translation>Aucun responsable n&apos;a le courriel «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Link a guardian already in the profile (found by email) to another student: a sibling.</source>
        <translation>Lie un responsable déjà dans le profil (trouvé par son courriel) à un autre élève&#xa0;: un frère ou une sœur.</translation>
    </message>
    <message>
        <source>The guardian&apos;s email.</source>
        <translation>Le courriel du responsable.</translation>
    </message>
    <message>
        <source>Remove a guardian (found by email) from a student with --student, or from the profile without it. A guardian left with no student is removed.</source>
        <translation>Retire un responsable (trouvé par son courriel) d&apos;un élève avec --student, ou du profil sans. Un responsable qui n&apos;a plus d&apos;élève est supprimé.</translation>
    </message>
    <message>
        <source>The student has no guardian with the email or name &quot;%1&quot;; &quot;k12-teacher guardian list&quot; shows them.</source>
        <translation>L&apos;élève n&apos;a pas de responsable avec le courriel ou le nom «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;k12-teacher guardian list&#xa0;» les affiche.</translation>
    </message>
    <message>
        <source>Invite a student&apos;s guardians to the family portal: the server emails each a link once this is synced. Without --guardian, every guardian of the student with an email. An invitation is sent, not undone; inviting again sends a new link.</source>
        <translation>Invite les responsables d&apos;un élève au portail des familles&#xa0;: le serveur envoie à chacun un lien par courriel une fois ceci synchronisé. Sans --guardian, tous les responsables de l&apos;élève qui ont un courriel. Une invitation est envoyée, pas annulée&#xa0;; inviter de nouveau envoie un nouveau lien.</translation>
    </message>
    <message>
        <source>The guardian&apos;s email or &quot;Given Family&quot; name.</source>
        <translation>Le courriel du responsable ou son nom «&#xa0;Prénom Nom&#xa0;».</translation>
    </message>
    <message>
        <source>Skipped %1: no email.</source>
        <translation>%1 ignoré&#xa0;: pas de courriel.</translation>
    </message>
    <message>
        <source>The student has no guardian to invite.</source>
        <translation>L&apos;élève n&apos;a aucun responsable à inviter.</translation>
    </message>
    <message>
        <source>Nobody was invited: no guardian has an email.</source>
        <translation>Personne n&apos;a été invité&#xa0;: aucun responsable n&apos;a de courriel.</translation>
    </message>
    <message>
        <source>Invited %1 &lt;%2&gt;.</source>
        <translation>%1 &lt;%2&gt; invité.</translation>
    </message>
    <message>
        <source>&quot;k12-teacher sync&quot; sends the invitations; the server then emails the links.</source>
        <translation>«&#xa0;k12-teacher sync&#xa0;» envoie les invitations&#xa0;; le serveur envoie ensuite les liens par courriel.</translation>
    </message>
    <message>
        <source>Not signed in: the invitations wait here until you sign in and run &quot;k12-teacher sync&quot;.</source>
        <translation>Non connecté&#xa0;: les invitations attendent ici que vous vous connectiez et lanciez «&#xa0;k12-teacher sync&#xa0;».</translation>
    </message>
    <message>
        <source>Add a guardian to a student (or link the one with the same email); prints its id.</source>
        <translation>Ajoute un responsable à un élève (ou lie celui qui a le même courriel)&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>List the guardians of a class&apos;s students.</source>
        <translation>Liste les responsables des élèves d&apos;une classe.</translation>
    </message>
    <message>
        <source>Link an existing guardian to another student (a sibling).</source>
        <translation>Lie un responsable existant à un autre élève (un frère ou une sœur).</translation>
    </message>
    <message>
        <source>Remove a guardian from a student, or from the profile.</source>
        <translation>Retire un responsable d&apos;un élève, ou du profil.</translation>
    </message>
    <message>
        <source>Invite a student&apos;s guardians (or one) to the family portal.</source>
        <translation>Invite les responsables d&apos;un élève (ou l&apos;un d&apos;eux) au portail des familles.</translation>
    </message>
</context>
<context>
    <name>k12::GuardianDialog</name>
    <message>
        <source>&amp;Receives progress reports</source>
        <translation>&amp;Reçoit les bulletins de progrès</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Ajouter un responsable</translation>
    </message>
    <message>
        <source>optional; siblings&apos; guardians are matched by email</source>
        <translation>facultatif&#xa0;; les responsables des frères et sœurs sont reconnus par leur courriel</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>pick or type</source>
        <translation>choisir ou taper</translation>
    </message>
    <message>
        <source>The teacher&apos;s language</source>
        <translation>La langue de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue des bulletins</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>&amp;Lien de parenté&#xa0;:</translation>
    </message>
    <message>
        <source>Report l&amp;anguage:</source>
        <translation>L&amp;angue des bulletins&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Guardian</source>
        <translation>Modifier le responsable</translation>
    </message>
</context>
<context>
    <name>k12::GuardiansSection</name>
    <message>
        <source>Invited %1</source>
        <translation>Invité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Link Existing...</source>
        <translation>&amp;Lier un existant...</translation>
    </message>
    <message>
        <source>&amp;Invite to Family Portal...</source>
        <translation>&amp;Inviter au portail des familles...</translation>
    </message>
    <message>
        <source>Guardians of this student</source>
        <translation>Responsables de cet élève</translation>
    </message>
    <message>
        <source>Add a guardian already linked to another student (a sibling).</source>
        <translation>Ajouter un responsable déjà lié à un autre élève (un frère ou une sœur).</translation>
    </message>
    <message>
        <source>Select a guardian to invite.</source>
        <translation>Sélectionnez un responsable à inviter.</translation>
    </message>
    <message>
        <source>%1 has no email: edit the guardian and add one to invite them.</source>
        <translation>%1 n&apos;a pas de courriel&#xa0;: modifiez le responsable et ajoutez-en un pour l&apos;inviter.</translation>
    </message>
    <message>
        <source>Save the student first.</source>
        <translation>Enregistrez d&apos;abord l&apos;élève.</translation>
    </message>
    <message>
        <source>%1; inviting again emails a new link.</source>
        <translation>%1&#xa0;; inviter de nouveau envoie un nouveau lien par courriel.</translation>
    </message>
    <message>
        <source>Email %1 a link to sign up for the family portal (after the next sync).</source>
        <translation>Envoyer à %1 par courriel un lien pour s&apos;inscrire au portail des familles (après la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>Guardian not added</source>
        <translation>Responsable non ajouté</translation>
    </message>
    <message>
        <source>Guardian linked</source>
        <translation>Responsable lié</translation>
    </message>
    <message>
        <source>A guardian with this email is already in your classes: that guardian is now linked to this student too, with the details they already had.</source>
        <translation>Un responsable avec ce courriel est déjà dans vos classes&#xa0;: il est maintenant lié aussi à cet élève, avec les informations qu&apos;il avait déjà.</translation>
    </message>
    <message>
        <source>Guardian not saved</source>
        <translation>Responsable non enregistré</translation>
    </message>
    <message>
        <source>Guardian not removed</source>
        <translation>Responsable non retiré</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — responsable de %2</translation>
    </message>
    <message>
        <source>Link Existing Guardian</source>
        <translation>Lier un responsable existant</translation>
    </message>
    <message>
        <source>No other student has a guardian yet. Use Add to enter one.</source>
        <translation>Aucun autre élève n&apos;a encore de responsable. Utilisez Ajouter pour en saisir un.</translation>
    </message>
    <message>
        <source>A guardian of another student (a sibling):</source>
        <translation>Un responsable d&apos;un autre élève (un frère ou une sœur)&#xa0;:</translation>
    </message>
    <message>
        <source>Guardian not linked</source>
        <translation>Responsable non lié</translation>
    </message>
    <message>
        <source>Invite to Family Portal</source>
        <translation>Inviter au portail des familles</translation>
    </message>
    <message>
        <source>Invite %1 to the family portal? The server emails %2 a link to sign up after the next sync. An invitation is sent like an email: it cannot be undone.</source>
        <translation>Inviter %1 au portail des familles&#xa0;? Le serveur envoie à %2 un lien d&apos;inscription après la prochaine synchronisation. Une invitation s&apos;envoie comme un courriel&#xa0;: elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Guardian not invited</source>
        <translation>Responsable non invité</translation>
    </message>
</context>
<context>
    <name>k12::HeldDeletions</name>
    <message>
        <source>Deleted on the server, which was restored from a backup: kept here until you apply or refuse it.</source>
        <translation>Supprimé sur le serveur, qui a été restauré depuis une sauvegarde&#xa0;: gardé ici jusqu&apos;à ce que vous l&apos;appliquiez ou le refusiez.</translation>
    </message>
    <message>
        <source>Part of a deletion of more than half of a class: kept here until you apply or refuse it.</source>
        <translation>Fait partie de la suppression de plus de la moitié d&apos;une classe&#xa0;: gardé ici jusqu&apos;à ce que vous l&apos;appliquiez ou le refusiez.</translation>
    </message>
    <message>
        <source>The local database is busy: %1</source>
        <translation>La base de données locale est occupée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read a row to keep: %1</source>
        <translation>Impossible de lire une ligne à garder&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::HeldDeletionsBar</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Examiner</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Deletions waiting for you</source>
        <translation>Suppressions en attente de votre décision</translation>
    </message>
    <message>
        <source>Show the rows the server removed in Sync Problems</source>
        <translation>Afficher dans Problèmes de synchronisation les lignes retirées par le serveur</translation>
    </message>
    <message>
        <source>Delete them on this computer too, as the server has</source>
        <translation>Les supprimer aussi sur cet ordinateur, comme le serveur</translation>
    </message>
    <message>
        <source>Keep them here and send them back to the server</source>
        <translation>Les garder ici et les renvoyer au serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n devoir</numerusform>
            <numerusform>%n devoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other row(s)</source>
        <translation>
            <numerusform>%n autre ligne</numerusform>
            <numerusform>%n autres lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>a class</source>
        <translation>une classe</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other class(es)</source>
        <translation>
            <numerusform>%1 et %n autre classe</numerusform>
            <numerusform>%1 et %n autres classes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server removed %1 in %2. Nothing was deleted here yet.</source>
        <translation>Le serveur a retiré %1 dans %2. Rien n&apos;a encore été supprimé ici.</translation>
    </message>
    <message>
        <source>Apply the Server&apos;s Deletions</source>
        <translation>Appliquer les suppressions du serveur</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n row(s) on this computer too? A backup of your data is taken every day; Keep Mine sends them back to the server instead.</source>
        <translation>
            <numerusform>Supprimer aussi cette ligne sur cet ordinateur&#xa0;? Une sauvegarde de vos données est faite chaque jour&#xa0;; Garder les miennes la renvoie plutôt au serveur.</numerusform>
            <numerusform>Supprimer aussi ces %n lignes sur cet ordinateur&#xa0;? Une sauvegarde de vos données est faite chaque jour&#xa0;; Garder les miennes les renvoie plutôt au serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Suppressions</translation>
    </message>
</context>
<context>
    <name>k12::HeldRows</name>
    <message>
        <source>Cannot set aside a row from the server: %1</source>
        <translation>Impossible de mettre de côté une ligne du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot update a row set aside: %1</source>
        <translation>Impossible de mettre à jour une ligne mise de côté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::HeldRowsView</name>
    <message>
        <source>&lt;b&gt;From the server, not stored here.&lt;/b&gt; These rows could not be saved on this computer. Everything else was synced; they are tried again at every sync. If they stay, copy the details for your school&apos;s IT.</source>
        <translation>&lt;b&gt;Du serveur, non enregistrées ici.&lt;/b&gt; Ces lignes n&apos;ont pas pu être enregistrées sur cet ordinateur. Tout le reste a été synchronisé&#xa0;; elles sont réessayées à chaque synchronisation. Si elles restent, copiez les détails pour le service informatique de votre école.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why it was not stored</source>
        <translation>Pourquoi ce n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message numerus="yes">
        <source>Tried at %n syncs without success.</source>
        <translation>
            <numerusform>Essayé lors de %n synchronisation sans succès.</numerusform>
            <numerusform>Essayé lors de %n synchronisations sans succès.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (server revision %3), from a %4: %5</source>
        <translation>%1 %2 (révision du serveur %3), d&apos;un %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>push answer</source>
        <translation>réponse à un envoi</translation>
    </message>
</context>
<context>
    <name>k12::ImportCommands</name>
    <message>
        <source>Import scores from a CSV or XLSX file: a K12 Teacher or Canvas gradebook export, or a sheet with a student number column and one column per assignment. Every problem is listed by line and column, every column that is not read says why, and nothing is written unless the whole file is valid.</source>
        <translation>Importe des notes depuis un fichier CSV ou XLSX&#xa0;: un export du carnet de notes de K12 Teacher ou de Canvas, ou une feuille avec une colonne de numéro d&apos;élève et une colonne par devoir. Chaque problème est indiqué par ligne et colonne, chaque colonne non lue dit pourquoi, et rien n&apos;est écrit si tout le fichier n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file to import (.csv or .xlsx).</source>
        <translation>Le fichier à importer (.csv ou .xlsx).</translation>
    </message>
    <message>
        <source>XLSX: the worksheet to read (default: the first).</source>
        <translation>XLSX&#xa0;: la feuille à lire (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation>La classe&#xa0;: son identifiant ou son nom exact.</translation>
    </message>
    <message>
        <source>Check the file and report what would change; write nothing.</source>
        <translation>Vérifier le fichier et indiquer ce qui changerait&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>Create assignments the class does not have yet (points from the Points Possible row, else 100).</source>
        <translation>Créer les devoirs que la classe n&apos;a pas encore (points de la ligne Points Possible, sinon 100).</translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation>--class est obligatoire</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3; %n row(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %3&#xa0;; %n ligne</numerusform>
            <numerusform>%1&#xa0;: %2, %3&#xa0;; %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>column &quot;%1&quot; not imported as scores (%2)</source>
        <translation>colonne «&#xa0;%1&#xa0;» non importée comme notes (%2)</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>rien n&apos;a été importé&#xa0;: %n problème dans le fichier.</numerusform>
            <numerusform>rien n&apos;a été importé&#xa0;: %n problèmes dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) to change</source>
        <translation>
            <numerusform>%n note à modifier</numerusform>
            <numerusform>%n notes à modifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s)</source>
        <translation>
            <numerusform>%n nouveau devoir</numerusform>
            <numerusform>%n nouveaux devoirs</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>Import scores from a CSV or XLSX file (all or nothing).</source>
        <translation>Importe des notes depuis un fichier CSV ou XLSX (tout ou rien).</translation>
    </message>
</context>
<context>
    <name>k12::ImportScoresDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>Annuler la lecture</translation>
    </message>
    <message>
        <source>Create assignments the class does not have yet</source>
        <translation>Créer les devoirs que la classe n&apos;a pas encore</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the rest</source>
        <translation>Ignorer les lignes qui ont des problèmes et importer le reste</translation>
    </message>
    <message>
        <source>Import Scores — %1</source>
        <translation>Importer des notes — %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Choose File...</source>
        <translation>Choisir un fichier...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Problems, and columns that hold no scores:</source>
        <translation>Problèmes, et colonnes qui ne contiennent pas de notes&#xa0;:</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>Ce qui va changer&#xa0;:</translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>cannot open the file (%1).</source>
        <translation>impossible d&apos;ouvrir le fichier (%1).</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing will be imported.</source>
        <translation>La lecture a été annulée&#xa0;; rien ne sera importé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3): %n row(s), </source>
        <translation>
            <numerusform>%1 (%2, %3)&#xa0;: %n ligne, </numerusform>
            <numerusform>%1 (%2, %3)&#xa0;: %n lignes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) to change, </source>
        <translation>
            <numerusform>%n note à modifier, </numerusform>
            <numerusform>%n notes à modifier, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the gradebook.</source>
        <translation>
            <numerusform>%n déjà identique au carnet de notes.</numerusform>
            <numerusform>%n déjà identiques au carnet de notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s) will be created.</source>
        <translation>
            <numerusform>%n nouveau devoir sera créé.</numerusform>
            <numerusform>%n nouveaux devoirs seront créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing is imported until they are fixed or skipped.</source>
        <translation>
            <numerusform>%n problème&#xa0;: rien n&apos;est importé tant qu&apos;il n&apos;est pas corrigé ou ignoré.</numerusform>
            <numerusform>%n problèmes&#xa0;: rien n&apos;est importé tant qu&apos;ils ne sont pas corrigés ou ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported as scores (%2).</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;est pas importée comme notes (%2).</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouveau)</translation>
    </message>
    <message>
        <source>EX</source>
        <translation>EX</translation>
    </message>
    <message>
        <source>EXEMPT</source>
        <translation>EXEMPT</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>%1 (skipped: line %2 has a problem)</source>
        <translation>%1 (ignorée&#xa0;: la ligne %2 a un problème)</translation>
    </message>
    <message>
        <source>%1 (line %2 has a problem)</source>
        <translation>%1 (la ligne %2 a un problème)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
</context>
<context>
    <name>k12::InsightPanel</name>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation>Travaux non rendus</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>Ce qu&apos;il faut</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>Final %, in steps of 10</source>
        <translation>% final, par tranches de 10</translation>
    </message>
    <message>
        <source>Students per letter</source>
        <translation>Élèves par lettre</translation>
    </message>
    <message>
        <source>Scores, % of points possible, in steps of 10</source>
        <translation>Notes, % du barème, par tranches de 10</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Devoir&#xa0;:</translation>
    </message>
    <message>
        <source>By student</source>
        <translation>Par élève</translation>
    </message>
    <message>
        <source>By assignment</source>
        <translation>Par devoir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Score needed on:</source>
        <translation>Note nécessaire sur&#xa0;:</translation>
    </message>
    <message>
        <source>The same percentage on every assignment still to come (or on the chosen one) that reaches each letter. Extra credit is not counted on; missing and excused marks stay as they are.</source>
        <translation>Le même pourcentage sur chaque devoir à venir (ou sur celui choisi) qui permet d&apos;atteindre chaque lettre. Les bonus ne sont pas pris en compte&#xa0;; les marques non rendu et dispensé restent telles quelles.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n non rendu</numerusform>
            <numerusform>%n non rendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing work (%1)</source>
        <translation>Travaux non rendus (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Below %1 %, %n or more missing, or down %2 points or more in %3 days.</source>
        <translation>
            <numerusform>Sous %1 %, %n non rendu ou plus, ou une baisse de %2 points ou plus en %3 jours.</numerusform>
            <numerusform>Sous %1 %, %n non rendus ou plus, ou une baisse de %2 points ou plus en %3 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change is not known for %n student(s): a score was changed on another device.</source>
        <translation>
            <numerusform>L&apos;évolution est inconnue pour %n élève&#xa0;: une note a été modifiée sur un autre appareil.</numerusform>
            <numerusform>L&apos;évolution est inconnue pour %n élèves&#xa0;: une note a été modifiée sur un autre appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk (%1)</source>
        <translation>En difficulté (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a Final %, %1 without one yet.</source>
        <translation>
            <numerusform>%n élève avec un % final, %1 sans encore.</numerusform>
            <numerusform>%n élèves avec un % final, %1 sans encore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a Final %.</source>
        <translation>
            <numerusform>%n élève avec un % final.</numerusform>
            <numerusform>%n élèves avec un % final.</numerusform>
        </translation>
    </message>
    <message>
        <source>all remaining work</source>
        <translation>tout le travail restant</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>No assignments yet.</source>
        <translation>Aucun devoir pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Scored:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median:&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lowest:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Highest:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Missing:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Excused:&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Notées&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Moyenne&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Médiane&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Minimum&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Maximum&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Non rendus&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dispensés&#xa0;:&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Missing work copied (%n row(s)).</source>
        <translation>
            <numerusform>Travaux non rendus copiés (%n ligne).</numerusform>
            <numerusform>Travaux non rendus copiés (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export missing work</source>
        <translation>Exporter les travaux non rendus</translation>
    </message>
    <message>
        <source>missing-work.csv</source>
        <translation>travaux-non-rendus.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Missing work exported.</source>
        <translation>Travaux non rendus exportés.</translation>
    </message>
    <message>
        <source>Insight sections</source>
        <translation>Sections d&apos;analyse</translation>
    </message>
    <message>
        <source>Send &amp;Notice…</source>
        <translation>Envoyer un &amp;avis…</translation>
    </message>
    <message>
        <source>Email families their child&apos;s missing published work through the server</source>
        <translation>Envoyer aux familles, par le serveur, les devoirs publiés que leur enfant n&apos;a pas rendus</translation>
    </message>
    <message numerus="yes">
        <source>The change over %n day(s) is still being worked out.</source>
        <translation>
            <numerusform>L&apos;évolution sur %n jour est encore en cours de calcul.</numerusform>
            <numerusform>L&apos;évolution sur %n jours est encore en cours de calcul.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation>de %1 à %2 %</translation>
    </message>
    <message>
        <source>%1 % or more</source>
        <translation>%1 % ou plus</translation>
    </message>
</context>
<context>
    <name>k12::InsightSettingsPage</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> ou plus</translation>
    </message>
    <message>
        <source> points or more</source>
        <translation> points ou plus</translation>
    </message>
    <message>
        <source>The Insight tab lists a student as at risk when any of these holds.</source>
        <translation>L&apos;onglet Analyse indique un élève en difficulté dès que l&apos;une de ces conditions est remplie.</translation>
    </message>
    <message>
        <source>Final % &amp;below:</source>
        <translation>% final &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Missing assignments:</source>
        <translation>Devoirs &amp;non rendus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Drop over two weeks:</source>
        <translation>&amp;Baisse sur deux semaines&#xa0;:</translation>
    </message>
</context>
<context>
    <name>k12::LanguageSettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The app&apos;s words, numbers and dates follow this language. A change applies the next time K12 Teacher starts.</source>
        <translation>Les mots, les nombres et les dates de l&apos;application suivent cette langue. Un changement s&apos;applique au prochain démarrage de K12 Teacher.</translation>
    </message>
    <message>
        <source>In any language, a score may be typed with a decimal point (9.5) or a decimal comma (9,5); scores take no thousands separators.</source>
        <translation>Dans toutes les langues, une note peut être tapée avec un point décimal (9.5) ou une virgule décimale (9,5)&#xa0;; les notes ne prennent pas de séparateur de milliers.</translation>
    </message>
</context>
<context>
    <name>k12::LateWork</name>
    <message>
        <source>The turned-in date is not a date (YYYY-MM-DD).</source>
        <translation>La date de remise effective n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no due date, so the days late cannot be worked out from the date the work was turned in. Give it a due date (Edit Assignment, or assignment add --due), or type L and the days late in the cell (L3: 3 days late).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de date de remise&#xa0;: les jours de retard ne peuvent donc pas être calculés à partir de la date où le travail a été rendu. Donnez-lui une date de remise (Modifier le devoir, ou assignment add --due), ou tapez L et les jours de retard dans la cellule (L3&#xa0;: 3 jours de retard).</translation>
    </message>
    <message>
        <source>%1 is after today: work cannot have been turned in then.</source>
        <translation>%1 est après aujourd&apos;hui&#xa0;: le travail ne peut pas avoir été rendu ce jour-là.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) late</source>
        <translation>
            <numerusform>%n jour d&apos;école de retard</numerusform>
            <numerusform>%n jours d&apos;école de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% a day, at least %2% kept</source>
        <translation>%1% par jour, au moins %2% gardés</translation>
    </message>
    <message>
        <source>%1% a day</source>
        <translation>%1% par jour</translation>
    </message>
    <message>
        <source>Late, no days given: no penalty (type L3 for 3 days late)</source>
        <translation>En retard, sans nombre de jours&#xa0;: pas de pénalité (tapez L3 pour 3 jours de retard)</translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): no penalty (this class has no late penalty)</source>
        <translation>
            <numerusform>%n jour de retard&#xa0;: pas de pénalité (cette classe n&apos;a pas de pénalité de retard)</numerusform>
            <numerusform>%n jours de retard&#xa0;: pas de pénalité (cette classe n&apos;a pas de pénalité de retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): no penalty, the score does not count</source>
        <translation>
            <numerusform>%n jour de retard&#xa0;: pas de pénalité, la note ne compte pas</numerusform>
            <numerusform>%n jours de retard&#xa0;: pas de pénalité, la note ne compte pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): -%1% once graded (%2)</source>
        <translation>
            <numerusform>%n jour de retard&#xa0;: -%1% une fois noté (%2)</numerusform>
            <numerusform>%n jours de retard&#xa0;: -%1% une fois noté (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): -%1% (%2): %3 → %4</source>
        <translation>
            <numerusform>%n jour de retard&#xa0;: -%1% (%2)&#xa0;: %3 → %4</numerusform>
            <numerusform>%n jours de retard&#xa0;: -%1% (%2)&#xa0;: %3 → %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n school day(s) after the due date of &quot;%2&quot;.</source>
        <translation>
            <numerusform>%1 tombe %n jour d&apos;école après la date de remise de «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>%1 tombe %n jours d&apos;école après la date de remise de «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A score holds at most %n day(s) late.</source>
        <translation>
            <numerusform>Une note admet au plus %n jour de retard.</numerusform>
            <numerusform>Une note admet au plus %n jours de retard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::LessonEditor</name>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Students will be able to...</source>
        <translation>Les élèves seront capables de...</translation>
    </message>
    <message>
        <source>Handouts, equipment, links</source>
        <translation>Polycopiés, matériel, liens</translation>
    </message>
    <message>
        <source>What students do before the next lesson</source>
        <translation>Ce que font les élèves avant la leçon suivante</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activities:</source>
        <translation>&amp;Activités&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Matériel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Homework:</source>
        <translation>Devoirs à la &amp;maison&#xa0;:</translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation>Standards&#xa0;:</translation>
    </message>
    <message>
        <source>Assi&amp;gnment:</source>
        <translation>De&amp;voir&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Lesson Title</source>
        <translation>Modifier le titre de la leçon</translation>
    </message>
    <message>
        <source>Change Lesson Date</source>
        <translation>Modifier la date de la leçon</translation>
    </message>
    <message>
        <source>Edit Lesson Objectives</source>
        <translation>Modifier les objectifs de la leçon</translation>
    </message>
    <message>
        <source>Edit Lesson Activities</source>
        <translation>Modifier les activités de la leçon</translation>
    </message>
    <message>
        <source>Edit Lesson Materials</source>
        <translation>Modifier le matériel de la leçon</translation>
    </message>
    <message>
        <source>Edit Lesson Homework</source>
        <translation>Modifier les devoirs à la maison de la leçon</translation>
    </message>
    <message>
        <source>This lesson no longer exists.</source>
        <translation>Cette leçon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Change Lesson Standards</source>
        <translation>Modifier les standards de la leçon</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson&lt;/b&gt; in unit &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;b&gt;Leçon&lt;/b&gt; de l&apos;unité &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leçon&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Unlink Assignment</source>
        <translation>Délier le devoir</translation>
    </message>
    <message>
        <source>Link Assignment</source>
        <translation>Lier un devoir</translation>
    </message>
    <message>
        <source>Standard %1 added to the class.</source>
        <translation>Standard %1 ajouté à la classe.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::LessonListModel</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1. %2  ·  %3</source>
        <translation>%1. %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>k12::LessonPage</name>
    <message>
        <source>Your first lesson</source>
        <translation>Votre première leçon</translation>
    </message>
    <message>
        <source>Plan the first lesson of the unit. Activities, materials and homework can follow in the Plans tab.</source>
        <translation>Planifiez la première leçon de l&apos;unité. Les activités, le matériel et les devoirs pourront suivre dans l&apos;onglet Plans.</translation>
    </message>
    <message>
        <source>Students will be able to... (optional)</source>
        <translation>Les élèves seront capables de... (facultatif)</translation>
    </message>
    <message>
        <source>Lesson &amp;title:</source>
        <translation>&amp;Titre de la leçon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>Lesson 1</source>
        <translation>Leçon 1</translation>
    </message>
    <message>
        <source>Pick a day within the unit, from %1 to %2.</source>
        <translation>Choisissez un jour dans l&apos;unité, du %1 au %2.</translation>
    </message>
    <message>
        <source>Give the lesson a title.</source>
        <translation>Donnez un titre à la leçon.</translation>
    </message>
    <message>
        <source>The unit of this lesson is gone: go back one step and save it again.</source>
        <translation>L&apos;unité de cette leçon n&apos;existe plus&#xa0;: revenez d&apos;une étape et enregistrez-la de nouveau.</translation>
    </message>
    <message>
        <source>The lesson was not saved: %1</source>
        <translation>La leçon n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::LevelDialog</name>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Évalué l&amp;e</translation>
    </message>
    <message>
        <source>&amp;Remove Level</source>
        <translation>&amp;Retirer le niveau</translation>
    </message>
    <message>
        <source>Standard Level</source>
        <translation>Niveau du standard</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (remise %2)</translation>
    </message>
    <message>
        <source>%1 - not tagged yet</source>
        <translation>%1 - pas encore associé</translation>
    </message>
    <message>
        <source>Without a date, the level counts as assessed on the assignment&apos;s due date (or today)</source>
        <translation>Sans date, le niveau compte comme évalué à la date de remise du devoir (ou aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Élève&#xa0;:</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Standard&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Devoir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>This class has no assignments yet: add one in the Gradebook tab first.</source>
        <translation>Cette classe n&apos;a pas encore de devoirs&#xa0;: ajoutez-en d&apos;abord un dans l&apos;onglet Carnet de notes.</translation>
    </message>
</context>
<context>
    <name>k12::MainWindow</name>
    <message>
        <source>K12 Teacher</source>
        <translation>K12 Teacher</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Classes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to K12 Teacher&lt;/h2&gt;&lt;p&gt;Everything you enter is saved on this computer at once and works without a network.&lt;/p&gt;&lt;p&gt;Start by creating your first class.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans K12 Teacher&lt;/h2&gt;&lt;p&gt;Tout ce que vous saisissez est enregistré aussitôt, même sans réseau.&lt;/p&gt;&lt;p&gt;Commencez par créer votre première classe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Class...</source>
        <translation>Créer une classe...</translation>
    </message>
    <message>
        <source>&amp;Gradebook</source>
        <translation>&amp;Carnet de notes</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>Analys&amp;e</translation>
    </message>
    <message>
        <source>Master&amp;y</source>
        <translation>&amp;Maîtrise</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>Liste de cla&amp;sse</translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>This class is archived: it opens, exports and prints, but nothing in it can change. Class &gt; Unarchive Class restores it.</source>
        <translation>Cette classe est archivée&#xa0;: elle s&apos;ouvre, s&apos;exporte et s&apos;imprime, mais rien ne peut y être modifié. Classe &gt; Désarchiver la classe la restaure.</translation>
    </message>
    <message>
        <source>Archived class</source>
        <translation>Classe archivée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;New Class...</source>
        <translation>&amp;Nouvelle classe...</translation>
    </message>
    <message>
        <source>Create a class (course section)</source>
        <translation>Créer une classe (un groupe d&apos;un cours)</translation>
    </message>
    <message>
        <source>&amp;Edit Class...</source>
        <translation>&amp;Modifier la classe...</translation>
    </message>
    <message>
        <source>&amp;Archive Class</source>
        <translation>&amp;Archiver la classe</translation>
    </message>
    <message>
        <source>Hide a finished class from the sidebar; nothing is deleted</source>
        <translation>Masquer une classe terminée dans la barre latérale&#xa0;; rien n&apos;est supprimé</translation>
    </message>
    <message>
        <source>Show Archived Classes</source>
        <translation>Afficher les classes archivées</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Today&apos;s lessons, work to grade and students falling behind, in all classes</source>
        <translation>Les leçons du jour, les travaux à noter et les élèves qui décrochent, dans toutes les classes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;Term...</source>
        <translation>Nouvelle &amp;session...</translation>
    </message>
    <message>
        <source>Start the next term from this one&apos;s classes; the old classes are archived</source>
        <translation>Démarrer la session suivante à partir des classes de celle-ci&#xa0;; les anciennes classes sont archivées</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) started in %1. Edit &gt; Undo takes it back.</source>
        <translation>
            <numerusform>%n classe démarrée dans %1. Édition &gt; Annuler revient en arrière.</numerusform>
            <numerusform>%n classes démarrées dans %1. Édition &gt; Annuler revient en arrière.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Sauvegardes...</translation>
    </message>
    <message>
        <source>Back up your data now, check a backup or restore one</source>
        <translation>Sauvegarder vos données maintenant, vérifier une sauvegarde ou en restaurer une</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Gra&amp;des</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>C&amp;lasse</translation>
    </message>
    <message>
        <source>Send Missing-Work &amp;Notice...</source>
        <translation>Envoyer un avis de travaux &amp;non rendus...</translation>
    </message>
    <message>
        <source>Preview, then email families their child&apos;s missing work through the server</source>
        <translation>Prévisualiser, puis envoyer par courriel aux familles les travaux non rendus de leur enfant via le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) created; the server emails them after the next sync.</source>
        <translation>
            <numerusform>%n avis créé&#xa0;; le serveur l&apos;envoie par courriel après la prochaine synchronisation.</numerusform>
            <numerusform>%n avis créés&#xa0;; le serveur les envoie par courriel après la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>Élè&amp;ves</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Getting Started Walkthrough...</source>
        <translation>&amp;Visite guidée des premiers pas...</translation>
    </message>
    <message>
        <source>&amp;About K12 Teacher</source>
        <translation>À &amp;propos de K12 Teacher</translation>
    </message>
    <message>
        <source>Today — K12 Teacher</source>
        <translation>Aujourd&apos;hui — K12 Teacher</translation>
    </message>
    <message>
        <source>%1 — K12 Teacher</source>
        <translation>%1 — K12 Teacher</translation>
    </message>
    <message>
        <source>Un&amp;archive Class</source>
        <translation>Dé&amp;sarchiver la classe</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <source>Class not created</source>
        <translation>Classe non créée</translation>
    </message>
    <message>
        <source>Class created. Add students next.</source>
        <translation>Classe créée. Ajoutez maintenant les élèves.</translation>
    </message>
    <message>
        <source>Class not saved</source>
        <translation>Classe non enregistrée</translation>
    </message>
    <message>
        <source>Class not changed</source>
        <translation>Classe non modifiée</translation>
    </message>
    <message>
        <source>Class restored.</source>
        <translation>Classe restaurée.</translation>
    </message>
    <message>
        <source>Class archived. Show it again with Class &gt; Show Archived Classes.</source>
        <translation>Classe archivée. Affichez-la de nouveau avec Classe &gt; Afficher les classes archivées.</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n classe</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Enregistré sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer · %n change(s) not yet synced</source>
        <translation>
            <numerusform>Enregistré sur cet ordinateur · %n modification pas encore synchronisée</numerusform>
            <numerusform>Enregistré sur cet ordinateur · %n modifications pas encore synchronisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sy&amp;nc</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>About K12 Teacher</source>
        <translation>À propos de K12 Teacher</translation>
    </message>
    <message>
        <source>&lt;h3&gt;K12 Teacher %1&lt;/h3&gt;&lt;p&gt;Grade, plan and run your classes offline; every change syncs with your school&apos;s server when the network allows.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;K12 Teacher %1&lt;/h3&gt;&lt;p&gt;Notez, planifiez et gérez vos classes hors ligne&#xa0;; chaque modification se synchronise avec le serveur de votre école quand le réseau le permet.&lt;/p&gt;&lt;p&gt;Vos données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Progress &amp;Reports...</source>
        <translation>&amp;Bulletins de progrès...</translation>
    </message>
    <message>
        <source>Preview, print or save the class&apos;s progress reports for families</source>
        <translation>Prévisualiser, imprimer ou enregistrer les bulletins de progrès de la classe pour les familles</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Class pages</source>
        <translation>Pages de la classe</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>Reminders and other settings of this profile</source>
        <translation>Rappels et autres réglages de ce profil</translation>
    </message>
    <message>
        <source>Progress reports are written for one class: add a class first</source>
        <translation>Les bulletins de progrès se rédigent pour une classe : ajoutez d’abord une classe</translation>
    </message>
</context>
<context>
    <name>k12::MasteryModel</name>
    <message>
        <source>Method: %1 (this standard&apos;s own)</source>
        <translation>Méthode&#xa0;: %1 (propre à ce standard)</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mastery: %1 (%2)</source>
        <translation>Maîtrise&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Mastery: no result with this method</source>
        <translation>Maîtrise&#xa0;: aucun résultat avec cette méthode</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Aucune preuve pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Evidence, oldest first:</source>
        <translation>Preuves, de la plus ancienne à la plus récente&#xa0;:</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>(no assignment)</source>
        <translation>(aucun devoir)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1
* Its own method: %2 (the class uses %3)</source>
        <translation>%1
* Méthode propre&#xa0;: %2 (la classe utilise %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>k12::MasteryPanel</name>
    <message>
        <source>Add &amp;Standard...</source>
        <translation>Ajouter un &amp;standard...</translation>
    </message>
    <message>
        <source>Enter &amp;Level...</source>
        <translation>Saisir un &amp;niveau...</translation>
    </message>
    <message>
        <source>Show &amp;Evidence...</source>
        <translation>Afficher les &amp;preuves...</translation>
    </message>
    <message>
        <source>&amp;Method for This Standard...</source>
        <translation>&amp;Méthode pour ce standard...</translation>
    </message>
    <message>
        <source>Class setting</source>
        <translation>Paramètre de la classe</translation>
    </message>
    <message>
        <source>Look at the class with another method; the class&apos;s own method is set in Class Settings</source>
        <translation>Voir la classe avec une autre méthode&#xa0;; la méthode de la classe se règle dans les paramètres de la classe</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Add a standard to the class (the Plans tab&apos;s picker shares them)</source>
        <translation>Ajouter un standard à la classe (le sélecteur de l&apos;onglet Plans les partage)</translation>
    </message>
    <message>
        <source>Enter the selected student&apos;s level on the selected standard for an assignment (or double-click the cell)</source>
        <translation>Saisir le niveau de l&apos;élève sélectionné sur le standard sélectionné pour un devoir (ou double-cliquer sur la cellule)</translation>
    </message>
    <message>
        <source>Chart the selected student&apos;s levels on the selected standard over time, with the mastery score and the power-law trend</source>
        <translation>Tracer les niveaux de l&apos;élève sélectionné sur le standard sélectionné au fil du temps, avec le score de maîtrise et la tendance en loi de puissance</translation>
    </message>
    <message>
        <source>Compute the selected standard with its own mastery method instead of the class&apos;s (or go back to the class&apos;s)</source>
        <translation>Calculer le standard sélectionné avec sa propre méthode de maîtrise au lieu de celle de la classe (ou revenir à celle de la classe)</translation>
    </message>
    <message>
        <source>This class has no standards yet. Add them here (Add Standard...) or in the Plans tab, or import a standards file with &quot;k12-teacher standard import&quot;; then double-click a cell to enter a student&apos;s level for an assignment.</source>
        <translation>Cette classe n&apos;a pas encore de standards. Ajoutez-les ici (Ajouter un standard...) ou dans l&apos;onglet Plans, ou importez un fichier de standards avec «&#xa0;k12-teacher standard import&#xa0;»&#xa0;; double-cliquez ensuite sur une cellule pour saisir le niveau d&apos;un élève pour un devoir.</translation>
    </message>
    <message>
        <source>The level assessed last.</source>
        <translation>Le dernier niveau évalué.</translation>
    </message>
    <message>
        <source>The best level so far.</source>
        <translation>Le meilleur niveau jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>The average of every level.</source>
        <translation>La moyenne de tous les niveaux.</translation>
    </message>
    <message>
        <source>The level given most often; on a tie, the more recent one.</source>
        <translation>Le niveau donné le plus souvent&#xa0;; en cas d&apos;égalité, le plus récent.</translation>
    </message>
    <message>
        <source>The newest level weighted by the class&apos;s percentage, the average of the earlier ones the rest.</source>
        <translation>Le niveau le plus récent pondéré par le pourcentage de la classe, la moyenne des précédents pour le reste.</translation>
    </message>
    <message>
        <source>Each new level counts by the class&apos;s rate, the running average the rest: recent work weighs most.</source>
        <translation>Chaque nouveau niveau compte selon le taux de la classe, la moyenne courante pour le reste&#xa0;: le travail récent pèse le plus.</translation>
    </message>
    <message>
        <source>The average of the levels at or above the mastery threshold, once there are enough of them; no result before.</source>
        <translation>La moyenne des niveaux égaux ou supérieurs au seuil de maîtrise, dès qu&apos;il y en a assez&#xa0;; aucun résultat avant.</translation>
    </message>
    <message>
        <source>Marzano&apos;s power law: the trend of the levels over time, at the latest one (the mean with fewer than 3).</source>
        <translation>Loi de puissance de Marzano&#xa0;: la tendance des niveaux au fil du temps, au dernier (la moyenne avec moins de 3).</translation>
    </message>
    <message>
        <source>Evidence: %1 on %2</source>
        <translation>Preuves&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Method for This Standard</source>
        <translation>Méthode pour ce standard</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Niveaux&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>* the standard&apos;s own method (right-click its header)</source>
        <translation>* méthode propre au standard (clic droit sur son en-tête)</translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation>Ajouter un standard</translation>
    </message>
    <message>
        <source>Code (e.g. RL.7.1):</source>
        <translation>Code (p. ex. RL.7.1)&#xa0;:</translation>
    </message>
    <message>
        <source>What %1 asks for (optional):</source>
        <translation>Ce que demande %1 (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Class setting: %1</source>
        <translation>Paramètre de la classe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::MasteryReport</name>
    <message>
        <source>Most recent</source>
        <translation>Plus récent</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Plus haut</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Moyenne pondérée</translation>
    </message>
    <message>
        <source>Decaying average</source>
        <translation>Moyenne dégressive</translation>
    </message>
    <message>
        <source>n-mastery</source>
        <translation>n-maîtrise</translation>
    </message>
    <message>
        <source>Power law</source>
        <translation>Loi de puissance</translation>
    </message>
    <message>
        <source>%1 (newest score weighted %2 %)</source>
        <translation>%1 (note la plus récente pondérée à %2 %)</translation>
    </message>
    <message>
        <source>%1 (rate %2 %)</source>
        <translation>%1 (taux de %2 %)</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Cette classe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot read the mastery evidence: %1</source>
        <translation>Impossible de lire les preuves de maîtrise&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n score(s) at or above %2)</source>
        <translation>
            <numerusform>%1 (%n note égale ou supérieure à %2)</numerusform>
            <numerusform>%1 (%n notes égales ou supérieures à %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::MasterySettingsPage</name>
    <message>
        <source>Most recent score</source>
        <translation>Note la plus récente</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Note la plus haute</translation>
    </message>
    <message>
        <source>Mean of all scores</source>
        <translation>Moyenne de toutes les notes</translation>
    </message>
    <message>
        <source>Most frequent score</source>
        <translation>Note la plus fréquente</translation>
    </message>
    <message>
        <source>Weighted average (newest score weighted)</source>
        <translation>Moyenne pondérée (note la plus récente pondérée)</translation>
    </message>
    <message>
        <source>Decaying average</source>
        <translation>Moyenne dégressive</translation>
    </message>
    <message>
        <source>n scores at mastery level</source>
        <translation>n notes au niveau de maîtrise</translation>
    </message>
    <message>
        <source>Power law (Marzano)</source>
        <translation>Loi de puissance (Marzano)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Mastery &amp;level:</source>
        <translation>&amp;Niveau de maîtrise&#xa0;:</translation>
    </message>
    <message>
        <source>Scores &amp;needed:</source>
        <translation>Notes &amp;nécessaires&#xa0;:</translation>
    </message>
    <message>
        <source>Proficiency scale</source>
        <translation>Échelle de compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Remove Level</source>
        <translation>Retirer le niveau</translation>
    </message>
    <message>
        <source>Reset to Default 1-4</source>
        <translation>Revenir à l&apos;échelle 1-4</translation>
    </message>
    <message>
        <source>Lowest first. A standard&apos;s score takes the label of the highest level at or below it (2.6 is the level of 2); levels may be entered up to twice the top level.</source>
        <translation>Du plus bas au plus haut. Le score d&apos;un standard prend le libellé du plus haut niveau égal ou inférieur (2,6 est du niveau 2)&#xa0;; on peut saisir des niveaux jusqu&apos;au double du niveau maximal.</translation>
    </message>
    <message>
        <source>Proficiency scale, row %1: &quot;%2&quot; is not a number.</source>
        <translation>Échelle de compétence, ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Proficiency scale, row %1: the level needs a label.</source>
        <translation>Échelle de compétence, ligne %1&#xa0;: le niveau a besoin d&apos;un libellé.</translation>
    </message>
    <message>
        <source>Proficiency scale: %1</source>
        <translation>Échelle de compétence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Weight of the newest score:</source>
        <translation>Pondération de la note la plus récente&#xa0;:</translation>
    </message>
    <message>
        <source>Decay rate:</source>
        <translation>Taux de dégressivité&#xa0;:</translation>
    </message>
    <message>
        <source>Proficiency levels</source>
        <translation>Niveaux de maîtrise</translation>
    </message>
</context>
<context>
    <name>k12::MissingNoticeDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Students to send a notice for</source>
        <translation>Élèves pour qui envoyer un avis</translation>
    </message>
    <message>
        <source>Preview of the notices</source>
        <translation>Aperçu des avis</translation>
    </message>
    <message>
        <source>Send Missing-Work Notice</source>
        <translation>Envoyer un avis de travaux non rendus</translation>
    </message>
    <message>
        <source>Send Missing-Work Notice — %1</source>
        <translation>Envoyer un avis de travaux non rendus — %1</translation>
    </message>
    <message>
        <source>%1 — nothing missing</source>
        <translation>%1 — rien de non rendu</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n missing</source>
        <translation>
            <numerusform>%1 — %n non rendu</numerusform>
            <numerusform>%1 — %n non rendus</numerusform>
        </translation>
    </message>
    <message>
        <source>The server emails each ticked student&apos;s guardians the list of missing work after the next sync. A notice is sent like an email: it cannot be undone.</source>
        <translation>Après la prochaine synchronisation, le serveur envoie par courriel aux responsables de chaque élève coché la liste des travaux non rendus. Un avis s&apos;envoie comme un courriel&#xa0;: il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Tick &amp;Those with Missing Work</source>
        <translation>Cocher &amp;ceux qui ont des travaux non rendus</translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Non rendus&#xa0;:</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, à rendre le %2</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>No email: %1 will not get it. Add an email to their guardian details.</source>
        <translation>Pas de courriel&#xa0;: %1 ne le recevra pas. Ajoutez un courriel dans les informations de son responsable.</translation>
    </message>
    <message>
        <source>Reports turned off: %1 will not get it.</source>
        <translation>Bulletins désactivés&#xa0;: %1 ne le recevra pas.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick the students to send a notice for.</source>
        <translation>Cochez les élèves pour qui envoyer un avis.</translation>
    </message>
    <message>
        <source>No notice to send.</source>
        <translation>Aucun avis à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) will be sent to %1.</source>
        <translation>
            <numerusform>%n avis sera envoyé à %1.</numerusform>
            <numerusform>%n avis seront envoyés à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s)</source>
        <translation>
            <numerusform>%n responsable</numerusform>
            <numerusform>%n responsables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s) without an email will not get one.</source>
        <translation>
            <numerusform>%n responsable sans courriel ne le recevra pas.</numerusform>
            <numerusform>%n responsables sans courriel ne le recevront pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notices not sent</source>
        <translation>Avis non envoyés</translation>
    </message>
    <message>
        <source>Stu&amp;dents:</source>
        <translation>Élè&amp;ves :</translation>
    </message>
</context>
<context>
    <name>k12::MissingNoticePreview</name>
    <message>
        <source>Nothing missing.</source>
        <translation>Rien de non rendu.</translation>
    </message>
    <message>
        <source>No guardian on file.</source>
        <translation>Aucun responsable enregistré.</translation>
    </message>
    <message>
        <source>No guardian with an email who receives reports.</source>
        <translation>Aucun responsable avec un courriel qui reçoit les bulletins.</translation>
    </message>
    <message>
        <source>%1 %2 is not a student of %3.</source>
        <translation>%1 %2 n&apos;est pas élève de %3.</translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation>Cet élève n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>k12::MissingWork</name>
    <message>
        <source>Student number</source>
        <translation>Numéro d&apos;élève</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date de remise</translation>
    </message>
    <message>
        <source>Points possible</source>
        <translation>Barème</translation>
    </message>
</context>
<context>
    <name>k12::MissingWorkModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Remise</translation>
    </message>
</context>
<context>
    <name>k12::NotifyCommands</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1&#xa0;: non envoyé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n missing</source>
        <translation>
            <numerusform>%1&#xa0;: %n non rendu</numerusform>
            <numerusform>%1&#xa0;: %n non rendus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, à rendre le %2</translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation>à&#xa0;: %1</translation>
    </message>
    <message>
        <source>no email: %1</source>
        <translation>pas de courriel&#xa0;: %1</translation>
    </message>
    <message>
        <source>reports turned off: %1</source>
        <translation>bulletins désactivés&#xa0;: %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send families a missing-work notice: for each student (all of the class without --student), the missing published assignments, who gets the notice and which guardians have no email. The server emails the notices once they are synced; a notice is sent, not undone.</source>
        <translation>Envoie aux familles un avis de travaux non rendus&#xa0;: pour chaque élève (toute la classe sans --student), les devoirs publiés non rendus, qui reçoit l&apos;avis et quels responsables n&apos;ont pas de courriel. Le serveur envoie les avis par courriel une fois synchronisés&#xa0;; un avis est envoyé, pas annulé.</translation>
    </message>
    <message>
        <source>A student&apos;s number (or id); repeat for several.</source>
        <translation>Le numéro (ou l&apos;identifiant) d&apos;un élève&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>Show the preview only; write nothing.</source>
        <translation>Afficher seulement l&apos;aperçu&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written. %n notice(s) would be sent.</source>
        <translation>
            <numerusform>Simulation&#xa0;: rien n&apos;a été écrit. %n avis serait envoyé.</numerusform>
            <numerusform>Simulation&#xa0;: rien n&apos;a été écrit. %n avis seraient envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n notice(s).</source>
        <translation>
            <numerusform>%n avis créé.</numerusform>
            <numerusform>%n avis créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;k12-teacher sync&quot; sends them; the server then emails the families.</source>
        <translation>«&#xa0;k12-teacher sync&#xa0;» les envoie&#xa0;; le serveur les envoie ensuite par courriel aux familles.</translation>
    </message>
    <message>
        <source>Not signed in: they wait here until you sign in and run &quot;k12-teacher sync&quot;.</source>
        <translation>Non connecté&#xa0;: ils attendent ici que vous vous connectiez et lanciez «&#xa0;k12-teacher sync&#xa0;».</translation>
    </message>
    <message>
        <source>Preview and send missing-work notices to families.</source>
        <translation>Prévisualise et envoie aux familles des avis de travaux non rendus.</translation>
    </message>
</context>
<context>
    <name>k12::OnboardingWizard</name>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Skip Walkthrough</source>
        <translation>&amp;Passer la visite guidée</translation>
    </message>
    <message>
        <source>Close the walkthrough for good; reopen it from Help &gt; Getting Started Walkthrough</source>
        <translation>Fermer la visite guidée pour de bon&#xa0;; rouvrez-la depuis Aide &gt; Visite guidée des premiers pas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close now and continue later from where you stopped</source>
        <translation>Fermer maintenant et reprendre plus tard là où vous vous êtes arrêté</translation>
    </message>
</context>
<context>
    <name>k12::PeriodActions</name>
    <message>
        <source>A grading period needs a start date and an end date.</source>
        <translation>Une période de notation a besoin d&apos;une date de début et d&apos;une date de fin.</translation>
    </message>
    <message>
        <source>This class already has a grading period &quot;%1&quot;.</source>
        <translation>Cette classe a déjà une période de notation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 to %3) overlaps &quot;%4&quot; (%5 to %6): the periods of a class cannot share a day.</source>
        <translation>«&#xa0;%1&#xa0;» (du %2 au %3) chevauche «&#xa0;%4&#xa0;» (du %5 au %6)&#xa0;: les périodes d&apos;une classe ne peuvent pas partager un jour.</translation>
    </message>
    <message>
        <source>Add Grading Period</source>
        <translation>Ajouter une période de notation</translation>
    </message>
    <message>
        <source>That grading period no longer exists.</source>
        <translation>Cette période de notation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Rename Grading Period</source>
        <translation>Renommer la période de notation</translation>
    </message>
    <message>
        <source>Change Grading Period Dates</source>
        <translation>Modifier les dates de la période de notation</translation>
    </message>
    <message>
        <source>Remove Grading Period</source>
        <translation>Retirer la période de notation</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>The school year needs a start date and an end date.</source>
        <translation>L&apos;année scolaire a besoin d&apos;une date de début et d&apos;une date de fin.</translation>
    </message>
    <message>
        <source>The school year cannot end before it starts.</source>
        <translation>L&apos;année scolaire ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>%1 to %2 has too few school days to split into %3.</source>
        <translation>Du %1 au %2, il y a trop peu de jours d&apos;école pour diviser en %3.</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>semesters</source>
        <translation>semestres</translation>
    </message>
    <message>
        <source>Add Quarters</source>
        <translation>Ajouter des trimestres</translation>
    </message>
    <message>
        <source>Add Semesters</source>
        <translation>Ajouter des semestres</translation>
    </message>
    <message>
        <source>Choose another class to copy the grading periods from.</source>
        <translation>Choisissez une autre classe dont copier les périodes de notation.</translation>
    </message>
    <message>
        <source>That class has no grading periods to copy.</source>
        <translation>Cette classe n&apos;a pas de périodes de notation à copier.</translation>
    </message>
    <message>
        <source>Copy Grading Periods</source>
        <translation>Copier les périodes de notation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed by its formula and holds no assignments; put the assignment in one of its periods.</source>
        <translation>«&#xa0;%1&#xa0;» est calculée par sa formule et ne contient pas de devoirs&#xa0;; placez le devoir dans l&apos;une de ses périodes.</translation>
    </message>
    <message>
        <source>That assignment no longer exists.</source>
        <translation>Ce devoir n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the class of grading period &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas dans la classe de la période de notation «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Put %n Assignment(s) in %1</source>
        <translation>
            <numerusform>Placer %n devoir dans %1</numerusform>
            <numerusform>Placer %n devoirs dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n Assignment(s) in a Period by Due Date</source>
        <translation>
            <numerusform>Placer %n devoir dans une période selon sa date de remise</numerusform>
            <numerusform>Placer %n devoirs dans une période selon leur date de remise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::PeriodCommands</name>
    <message>
        <source>Add a grading period to a class and print its id.</source>
        <translation>Ajoute une période de notation à une classe et affiche son identifiant.</translation>
    </message>
    <message>
        <source>Name, e.g. Q1.</source>
        <translation>Nom, p. ex. T1.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Dernier jour de la période.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>List a class&apos;s grading periods in date order: id, name, start, end, how many assignments are in each (put there, or due within its dates) and, for a term computed by a formula, the formula.</source>
        <translation>Liste les périodes de notation d&apos;une classe par ordre de date&#xa0;: identifiant, nom, début, fin, combien de devoirs chacune contient (placés là, ou à remettre dans ses dates) et, pour une période calculée par formule, la formule.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Remove a grading period; the assignments put in it go back to their due dates.</source>
        <translation>Retire une période de notation&#xa0;; les devoirs qui y étaient placés reviennent à leur date de remise.</translation>
    </message>
    <message>
        <source>The period&apos;s name or id.</source>
        <translation>Le nom ou l&apos;identifiant de la période.</translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation>La classe n&apos;a pas de période de notation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add Q1-Q4 or S1-S2 covering a school year, split evenly on school days (Monday to Friday); prints the new ids in date order.</source>
        <translation>Ajoute T1-T4 ou S1-S2 couvrant une année scolaire, répartis à parts égales en jours d&apos;école (du lundi au vendredi)&#xa0;; affiche les nouveaux identifiants par ordre de date.</translation>
    </message>
    <message>
        <source>Four quarters, Q1-Q4.</source>
        <translation>Quatre trimestres, T1-T4.</translation>
    </message>
    <message>
        <source>Two semesters, S1-S2.</source>
        <translation>Deux semestres, S1-S2.</translation>
    </message>
    <message>
        <source>First day of the school year.</source>
        <translation>Premier jour de l&apos;année scolaire.</translation>
    </message>
    <message>
        <source>Last day of the school year.</source>
        <translation>Dernier jour de l&apos;année scolaire.</translation>
    </message>
    <message>
        <source>give one of --quarters, --semesters</source>
        <translation>indiquez l&apos;un de --quarters, --semesters</translation>
    </message>
    <message>
        <source>Copy every grading period (names and dates) of one class to another: a school calendar set up once.</source>
        <translation>Copie toutes les périodes de notation (noms et dates) d&apos;une classe vers une autre&#xa0;: un calendrier scolaire configuré une seule fois.</translation>
    </message>
    <message>
        <source>The class to copy from: its id or its exact name.</source>
        <translation>La classe à copier&#xa0;: son identifiant ou son nom exact.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n grading period(s).</source>
        <translation>
            <numerusform>%n période de notation copiée.</numerusform>
            <numerusform>%n périodes de notation copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a grading period; prints its id.</source>
        <translation>Ajoute une période de notation&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>List a class&apos;s grading periods with their assignment counts.</source>
        <translation>Liste les périodes de notation d&apos;une classe avec leur nombre de devoirs.</translation>
    </message>
    <message>
        <source>Remove a grading period.</source>
        <translation>Retire une période de notation.</translation>
    </message>
    <message>
        <source>Add quarters or semesters covering a school year.</source>
        <translation>Ajoute des trimestres ou des semestres couvrant une année scolaire.</translation>
    </message>
    <message>
        <source>Copy a class&apos;s grading periods to another class.</source>
        <translation>Copie les périodes de notation d&apos;une classe vers une autre classe.</translation>
    </message>
</context>
<context>
    <name>k12::PlanActions</name>
    <message>
        <source>New Unit</source>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <source>Edit Unit</source>
        <translation>Modifier l&apos;unité</translation>
    </message>
    <message>
        <source>Delete Unit</source>
        <translation>Supprimer l&apos;unité</translation>
    </message>
    <message>
        <source>Duplicate Unit</source>
        <translation>Dupliquer l&apos;unité</translation>
    </message>
    <message>
        <source>New Lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <source>Edit Lesson</source>
        <translation>Modifier la leçon</translation>
    </message>
    <message>
        <source>Delete Lesson</source>
        <translation>Supprimer la leçon</translation>
    </message>
    <message>
        <source>Reorder Lessons</source>
        <translation>Réordonner les leçons</translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation>Ajouter un standard</translation>
    </message>
</context>
<context>
    <name>k12::PlanChanges</name>
    <message>
        <source>That unit no longer exists.</source>
        <translation>Cette unité n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The class to copy the unit into no longer exists.</source>
        <translation>La classe dans laquelle copier l&apos;unité n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The lessons of this unit changed meanwhile; try again.</source>
        <translation>Les leçons de cette unité ont changé entre-temps&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Unité %1</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Leçon %1</translation>
    </message>
</context>
<context>
    <name>k12::PlanCommands</name>
    <message>
        <source>List a class&apos;s unit plans and their lessons, with ids.</source>
        <translation>Liste les plans d&apos;unité d&apos;une classe et leurs leçons, avec leurs identifiants.</translation>
    </message>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation>La classe&#xa0;: son identifiant ou son nom exact.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation>--class est obligatoire</translation>
    </message>
    <message>
        <source>--unit is required</source>
        <translation>--unit est obligatoire</translation>
    </message>
    <message>
        <source>No unit has the id &quot;%1&quot; (see &quot;plan unit list&quot;).</source>
        <translation>Aucune unité n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;» (voir «&#xa0;plan unit list&#xa0;»).</translation>
    </message>
    <message>
        <source>Create a unit plan in a class, as New Unit in the Plans tab does, and print its id. Without dates it follows the class&apos;s last unit and lasts three school weeks.</source>
        <translation>Crée un plan d&apos;unité dans une classe, comme Nouvelle unité dans l&apos;onglet Plans, et affiche son identifiant. Sans dates, il suit la dernière unité de la classe et dure trois semaines d&apos;école.</translation>
    </message>
    <message>
        <source>Title of the unit, e.g. &quot;Plate Tectonics&quot;.</source>
        <translation>Titre de l&apos;unité, p. ex. «&#xa0;Tectonique des plaques&#xa0;».</translation>
    </message>
    <message>
        <source>First day of the unit.</source>
        <translation>Premier jour de l&apos;unité.</translation>
    </message>
    <message>
        <source>Last day of the unit (default: three school weeks after the start).</source>
        <translation>Dernier jour de l&apos;unité (par défaut&#xa0;: trois semaines d&apos;école après le début).</translation>
    </message>
    <message>
        <source>A summary of the unit.</source>
        <translation>Un résumé de l&apos;unité.</translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans with their ids, in the Plans tab&apos;s order.</source>
        <translation>Liste les plans d&apos;unité d&apos;une classe avec leurs identifiants, dans l&apos;ordre de l&apos;onglet Plans.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Add a lesson at the end of a unit, as New Lesson in the Plans tab does, and print its id. Without --date it goes on the school day after the unit&apos;s last dated lesson.</source>
        <translation>Ajoute une leçon à la fin d&apos;une unité, comme Nouvelle leçon dans l&apos;onglet Plans, et affiche son identifiant. Sans --date, elle se place le jour d&apos;école suivant la dernière leçon datée de l&apos;unité.</translation>
    </message>
    <message>
        <source>Title of the lesson.</source>
        <translation>Titre de la leçon.</translation>
    </message>
    <message>
        <source>The unit&apos;s id (see &quot;plan unit list&quot;).</source>
        <translation>L&apos;identifiant de l&apos;unité (voir «&#xa0;plan unit list&#xa0;»).</translation>
    </message>
    <message>
        <source>The day of the lesson.</source>
        <translation>Le jour de la leçon.</translation>
    </message>
    <message>
        <source>Learning objectives.</source>
        <translation>Objectifs d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Activities (plain text or HTML).</source>
        <translation>Activités (texte brut ou HTML).</translation>
    </message>
    <message>
        <source>Materials.</source>
        <translation>Matériel.</translation>
    </message>
    <message>
        <source>Homework.</source>
        <translation>Devoirs à la maison.</translation>
    </message>
    <message>
        <source>List a unit&apos;s lessons in teaching order, with their ids.</source>
        <translation>Liste les leçons d&apos;une unité dans l&apos;ordre d&apos;enseignement, avec leurs identifiants.</translation>
    </message>
    <message>
        <source>Write a unit plan (with all its lessons) or one lesson as a printable PDF. The file can be read by you alone.</source>
        <translation>Écrit un plan d&apos;unité (avec toutes ses leçons) ou une leçon en PDF imprimable. Le fichier n&apos;est lisible que par vous.</translation>
    </message>
    <message>
        <source>The unit plan&apos;s id (see &quot;plan list&quot;).</source>
        <translation>L&apos;identifiant du plan d&apos;unité (voir «&#xa0;plan list&#xa0;»).</translation>
    </message>
    <message>
        <source>A lesson&apos;s id, instead of a whole unit.</source>
        <translation>L&apos;identifiant d&apos;une leçon, au lieu d&apos;une unité entière.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>give either --unit or --lesson</source>
        <translation>indiquez --unit ou --lesson</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out est obligatoire</translation>
    </message>
    <message>
        <source>Wrote the unit plan to %1.</source>
        <translation>Plan d&apos;unité écrit dans %1.</translation>
    </message>
    <message>
        <source>Wrote the lesson plan to %1.</source>
        <translation>Plan de leçon écrit dans %1.</translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans and lessons with their ids.</source>
        <translation>Liste les plans d&apos;unité et les leçons d&apos;une classe avec leurs identifiants.</translation>
    </message>
    <message>
        <source>Create a unit plan; prints its id.</source>
        <translation>Crée un plan d&apos;unité&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans with their ids.</source>
        <translation>Liste les plans d&apos;unité d&apos;une classe avec leurs identifiants.</translation>
    </message>
    <message>
        <source>Add a lesson at the end of a unit; prints its id.</source>
        <translation>Ajoute une leçon à la fin d&apos;une unité&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>List a unit&apos;s lessons in teaching order with their ids.</source>
        <translation>Liste les leçons d&apos;une unité dans l&apos;ordre d&apos;enseignement avec leurs identifiants.</translation>
    </message>
    <message>
        <source>Export a unit plan or a lesson as a printable PDF.</source>
        <translation>Exporte un plan d&apos;unité ou une leçon en PDF imprimable.</translation>
    </message>
</context>
<context>
    <name>k12::PlanDocument</name>
    <message>
        <source>Grade %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Pas encore de dates</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Devoirs à la maison</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Rien de planifié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No unit has the id &quot;%1&quot;.</source>
        <translation>Aucune unité n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The class of this unit no longer exists.</source>
        <translation>La classe de cette unité n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Essential questions</source>
        <translation>Questions essentielles</translation>
    </message>
    <message>
        <source>Standards addressed</source>
        <translation>Standards abordés</translation>
    </message>
    <message>
        <source>Lessons (%1)</source>
        <translation>Leçons (%1)</translation>
    </message>
    <message>
        <source>No lessons planned yet.</source>
        <translation>Aucune leçon planifiée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No lesson has the id &quot;%1&quot;.</source>
        <translation>Aucune leçon n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The class of this lesson no longer exists.</source>
        <translation>La classe de cette leçon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing a PDF needs fonts, which this process has not loaded.</source>
        <translation>Écrire un PDF nécessite des polices, que ce processus n&apos;a pas chargées.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot make &quot;%1&quot; private to you: %2</source>
        <translation>Impossible de rendre «&#xa0;%1&#xa0;» privé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n&apos;a pas pu être dessiné</translation>
    </message>
    <message>
        <source>The PDF of &quot;%1&quot; could not be drawn.</source>
        <translation>Le PDF de «&#xa0;%1&#xa0;» n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>k12::PlanPdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF non écrit</translation>
    </message>
</context>
<context>
    <name>k12::PlanWidgets</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
</context>
<context>
    <name>k12::PlansPanel</name>
    <message>
        <source>Drag a lesson, or press Alt+Up / Alt+Down, to change the order</source>
        <translation>Glissez une leçon, ou appuyez sur Alt+Haut / Alt+Bas, pour changer l&apos;ordre</translation>
    </message>
    <message>
        <source>New &amp;Unit</source>
        <translation>Nouvelle &amp;unité</translation>
    </message>
    <message>
        <source>New &amp;Lesson</source>
        <translation>Nouvelle &amp;leçon</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>D&amp;uplicate Unit...</source>
        <translation>D&amp;upliquer l&apos;unité...</translation>
    </message>
    <message>
        <source>Export Unit as &amp;PDF...</source>
        <translation>Exporter l&apos;unité en &amp;PDF...</translation>
    </message>
    <message>
        <source>Export Lesson as PD&amp;F...</source>
        <translation>Exporter la leçon en PD&amp;F...</translation>
    </message>
    <message>
        <source>&amp;Week View</source>
        <translation>Vue de la &amp;semaine</translation>
    </message>
    <message>
        <source>Move Lesson &amp;Up</source>
        <translation>Monter la l&amp;eçon</translation>
    </message>
    <message>
        <source>Move Lesson Do&amp;wn</source>
        <translation>Descendre la le&amp;çon</translation>
    </message>
    <message>
        <source>Plan a new unit for this class (Ctrl+Shift+U)</source>
        <translation>Planifier une nouvelle unité pour cette classe (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Add a lesson at the end of the unit (Ctrl+Shift+L)</source>
        <translation>Ajouter une leçon à la fin de l&apos;unité (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>This week&apos;s lessons across all your classes</source>
        <translation>Les leçons de cette semaine dans toutes vos classes</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Units&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Unités&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Order not saved: %1</source>
        <translation>Ordre non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a class to see its plans.</source>
        <translation>Sélectionnez une classe pour voir ses plans.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No unit plans yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;New Unit&lt;/b&gt; (Ctrl+Shift+U) to plan the first unit of this class, then add its lessons.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun plan d&apos;unité pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cliquez sur &lt;b&gt;Nouvelle unité&lt;/b&gt; (Ctrl+Shift+U) pour planifier la première unité de cette classe, puis ajoutez ses leçons.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Less&amp;ons&lt;/b&gt; of %1</source>
        <translation>&lt;b&gt;&amp;Leçons&lt;/b&gt; de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Less&amp;ons&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Leçons&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Delete Lesson</source>
        <translation>&amp;Supprimer la leçon</translation>
    </message>
    <message>
        <source>&amp;Delete Unit</source>
        <translation>&amp;Supprimer l&apos;unité</translation>
    </message>
    <message>
        <source>Unit not created</source>
        <translation>Unité non créée</translation>
    </message>
    <message>
        <source>Lesson not created</source>
        <translation>Leçon non créée</translation>
    </message>
    <message>
        <source>Lesson not deleted</source>
        <translation>Leçon non supprimée</translation>
    </message>
    <message>
        <source>Lesson deleted. Edit &gt; Undo brings it back.</source>
        <translation>Leçon supprimée. Édition &gt; Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Delete Unit</source>
        <translation>Supprimer l&apos;unité</translation>
    </message>
    <message numerus="yes">
        <source>Delete the unit &quot;%1&quot; and its %n lesson(s)?</source>
        <translation>
            <numerusform>Supprimer l&apos;unité «&#xa0;%1&#xa0;» et sa %n leçon&#xa0;?</numerusform>
            <numerusform>Supprimer l&apos;unité «&#xa0;%1&#xa0;» et ses %n leçons&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Édition &gt; Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Unit not deleted</source>
        <translation>Unité non supprimée</translation>
    </message>
    <message>
        <source>Unit deleted. Edit &gt; Undo brings it back.</source>
        <translation>Unité supprimée. Édition &gt; Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Unit not duplicated</source>
        <translation>Unité non dupliquée</translation>
    </message>
    <message numerus="yes">
        <source>Unit duplicated with %n lesson(s).</source>
        <translation>
            <numerusform>Unité dupliquée avec %n leçon.</numerusform>
            <numerusform>Unité dupliquée avec %n leçons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unit copied with %n lesson(s) into %1.</source>
        <translation>
            <numerusform>Unité copiée avec %n leçon dans %1.</numerusform>
            <numerusform>Unité copiée avec %n leçons dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Unit as PDF</source>
        <translation>Exporter l&apos;unité en PDF</translation>
    </message>
    <message>
        <source>Unit exported to %1.</source>
        <translation>Unité exportée vers %1.</translation>
    </message>
    <message>
        <source>Export Lesson as PDF</source>
        <translation>Exporter la leçon en PDF</translation>
    </message>
    <message>
        <source>Lesson exported to %1.</source>
        <translation>Leçon exportée vers %1.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Lessons of %1</source>
        <translation>Séances de %1</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Séances</translation>
    </message>
</context>
<context>
    <name>k12::ProficiencyScale</name>
    <message>
        <source>Beginning</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En développement</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Compétent</translation>
    </message>
    <message>
        <source>Exceeding</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not VALUE=LABEL (e.g. 3=Proficient).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas VALEUR=LIBELLÉ (p. ex. 3=Compétent).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a number.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>k12::ProgressReportWindow</name>
    <message>
        <source>&amp;All students</source>
        <translation>&amp;Tous les élèves</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Save &amp;Comment</source>
        <translation>Enregistrer le &amp;commentaire</translation>
    </message>
    <message>
        <source>Progress Reports</source>
        <translation>Bulletins de progrès</translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation>Tout le cours</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected students (%n)</source>
        <translation>
            <numerusform>Élèves &amp;sélectionnés (%n)</numerusform>
            <numerusform>Élèves &amp;sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each guardian&apos;s language</source>
        <translation>La langue de chaque responsable</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;ériode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A comment for this student&apos;s report</source>
        <translation>Un commentaire pour le bulletin de cet élève</translation>
    </message>
    <message>
        <source>Insert from &amp;Bank</source>
        <translation>Insérer depuis la &amp;banque</translation>
    </message>
    <message>
        <source>Comment Ban&amp;k...</source>
        <translation>Banque de co&amp;mmentaires...</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Commentaire de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Save as &amp;One PDF...</source>
        <translation>Enregistrer en un seul P&amp;DF...</translation>
    </message>
    <message>
        <source>Save One PDF &amp;per Student...</source>
        <translation>Enregistrer un PDF &amp;par élève...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Imp&amp;rimer...</translation>
    </message>
    <message>
        <source>Report &amp;Settings...</source>
        <translation>&amp;Paramètres du bulletin...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No students to report on.</source>
        <translation>Aucun élève pour qui faire un bulletin.</translation>
    </message>
    <message>
        <source>Student %1 of %2</source>
        <translation>Élève %1 sur %2</translation>
    </message>
    <message>
        <source>The comment bank is empty</source>
        <translation>La banque de commentaires est vide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s)...</source>
        <translation>
            <numerusform>Écriture de %n bulletin...</numerusform>
            <numerusform>Écriture de %n bulletins...</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Reports as One PDF</source>
        <translation>Enregistrer les bulletins en un seul PDF</translation>
    </message>
    <message>
        <source>%1 progress reports.pdf</source>
        <translation>%1 bulletins de progrès.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save One PDF per Student in Folder</source>
        <translation>Enregistrer un PDF par élève dans un dossier</translation>
    </message>
    <message>
        <source>Print Progress Reports</source>
        <translation>Imprimer les bulletins de progrès</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
</context>
<context>
    <name>k12::RejectedChangesDialog</name>
    <message>
        <source>&amp;Dismiss...</source>
        <translation>&amp;Écarter...</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Sync Problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>The server refused these changes, so they are not sent again. They stay on this computer: fix what the reason says (or ask your school&apos;s IT), or dismiss them.</source>
        <translation>Le serveur a refusé ces modifications, elles ne sont donc pas renvoyées. Elles restent sur cet ordinateur&#xa0;: corrigez ce qu&apos;indique le motif (ou demandez au service informatique de votre école), ou écartez-les.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motif du serveur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No rejected changes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;If the server ever refuses a change, it is shown here with the server&apos;s reason, and it stays on this computer until you dismiss it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune modification refusée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Si le serveur refuse un jour une modification, elle apparaît ici avec le motif du serveur et reste sur cet ordinateur jusqu&apos;à ce que vous l&apos;écartiez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop sending the selected changes; they stay on this computer</source>
        <translation>Cesser d&apos;envoyer les modifications sélectionnées&#xa0;; elles restent sur cet ordinateur</translation>
    </message>
    <message>
        <source>Copy what was refused and why, to paste into an email</source>
        <translation>Copier ce qui a été refusé et pourquoi, pour le coller dans un courriel</translation>
    </message>
    <message>
        <source>Dismiss Rejected Changes</source>
        <translation>Écarter les modifications refusées</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n rejected change(s)?</source>
        <translation>
            <numerusform>Écarter %n modification refusée&#xa0;?</numerusform>
            <numerusform>Écarter %n modifications refusées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change stays on this computer but will not be sent to the server; the server keeps what it has.</source>
        <translation>La modification reste sur cet ordinateur mais ne sera pas envoyée au serveur&#xa0;; le serveur garde ce qu&apos;il a.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dismissed.</source>
        <translation>
            <numerusform>%n modification écartée.</numerusform>
            <numerusform>%n modifications écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be dismissed:</source>
        <translation>
            <numerusform>%n modification n&apos;a pas pu être écartée&#xa0;:</numerusform>
            <numerusform>%n modifications n&apos;ont pas pu être écartées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows from the server not stored on this computer:</source>
        <translation>Lignes du serveur non enregistrées sur cet ordinateur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Details of %n change(s) copied.</source>
        <translation>
            <numerusform>Détails de %n modification copiés.</numerusform>
            <numerusform>Détails de %n modifications copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for the same reason: %1</source>
        <translation>
            <numerusform>La synchronisation a échoué %n fois de suite pour le même motif&#xa0;: %1</numerusform>
            <numerusform>La synchronisation a échoué %n fois de suite pour le même motif&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ReminderPolicy</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln de plus</numerusform>
            <numerusform>et %Ln de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ungraded work older than %n day(s)</source>
        <translation>
            <numerusform>Travaux non notés depuis plus de %n jour</numerusform>
            <numerusform>Travaux non notés depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignment(s) with empty cells</source>
        <translation>
            <numerusform>%Ln devoir avec des cellules vides</numerusform>
            <numerusform>%Ln devoirs avec des cellules vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln cellule</numerusform>
            <numerusform>%Ln cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson plan yet for %1</source>
        <translation>Pas encore de plan de leçon pour %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>This device has never synced.</source>
        <translation>Cet appareil n&apos;a jamais été synchronisé.</translation>
    </message>
    <message>
        <source>Sync has been failing for more than a day</source>
        <translation>La synchronisation échoue depuis plus d&apos;un jour</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting.</source>
        <translation>
            <numerusform>%Ln modification en attente.</numerusform>
            <numerusform>%Ln modifications en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open K12 Teacher to choose which version to keep.</source>
        <translation>Ouvrez K12 Teacher pour choisir la version à garder.</translation>
    </message>
    <message>
        <source>Students: %1.</source>
        <translation>Élèves&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync conflict(s) waiting</source>
        <translation>
            <numerusform>%Ln conflit de synchronisation en attente</numerusform>
            <numerusform>%Ln conflits de synchronisation en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ReminderSettingsPage</name>
    <message>
        <source>Ungraded work</source>
        <translation>Travaux non notés</translation>
    </message>
    <message>
        <source>Lessons without a plan on the next school day</source>
        <translation>Séances sans plan le prochain jour de classe</translation>
    </message>
    <message>
        <source>Sync failing for more than a day</source>
        <translation>La synchronisation échoue depuis plus d&apos;un jour</translation>
    </message>
    <message>
        <source>Sync conflicts waiting for you</source>
        <translation>Conflits de synchronisation en attente</translation>
    </message>
    <message>
        <source>Show student &amp;names in notifications</source>
        <translation>Afficher les &amp;noms des élèves dans les notifications</translation>
    </message>
    <message>
        <source>Desktop notifications, at most once a day each</source>
        <translation>Notifications du bureau, chacune au plus une fois par jour</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remind me of&lt;/b&gt;</source>
        <translation>&lt;b&gt;Me rappeler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snooze&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reporter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Reporter : %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reporté jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>Non reporté</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Pendant une semaine</translation>
    </message>
    <message>
        <source>older than </source>
        <translation>de plus de </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Ungraded work older than this many days</source>
        <translation>Travaux non notés depuis plus de ce nombre de jours</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Off: notifications say how many, never who, and never show a grade. A notification can appear on a projector or a shared screen.</source>
        <translation>Désactivé : les notifications disent combien, jamais qui, et n&apos;affichent jamais de note. Une notification peut apparaître sur un projecteur ou un écran partagé.</translation>
    </message>
</context>
<context>
    <name>k12::ReportBuilder</name>
    <message>
        <source>That grading period is not one of this class&apos;s.</source>
        <translation>Cette période de notation n&apos;appartient pas à cette classe.</translation>
    </message>
</context>
<context>
    <name>k12::ReportCommands</name>
    <message>
        <source>This class has no grading period &quot;%1&quot;.</source>
        <translation>Cette classe n&apos;a pas de période de notation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Write progress reports as PDF: one combined file when --out ends in .pdf, else one PDF per student in the folder --out. Prints each file written. Without --lang each report is in the language of the student&apos;s first guardian who receives reports, where there is a translation, else in the app&apos;s language.</source>
        <translation>Écrit des bulletins de progrès en PDF&#xa0;: un seul fichier quand --out se termine par .pdf, sinon un PDF par élève dans le dossier --out. Affiche chaque fichier écrit. Sans --lang, chaque bulletin est dans la langue du premier responsable de l&apos;élève qui reçoit les bulletins, s&apos;il existe une traduction, sinon dans la langue de l&apos;application.</translation>
    </message>
    <message>
        <source>Only this student (student number or id).</source>
        <translation>Seulement cet élève (numéro d&apos;élève ou identifiant).</translation>
    </message>
    <message>
        <source>Grading period (name or id); default: the whole course.</source>
        <translation>Période de notation (nom ou identifiant)&#xa0;; par défaut&#xa0;: tout le cours.</translation>
    </message>
    <message>
        <source>FILE.pdf for one combined PDF, or a folder for one PDF per student.</source>
        <translation>FICHIER.pdf pour un seul PDF, ou un dossier pour un PDF par élève.</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out est obligatoire</translation>
    </message>
    <message>
        <source>--lang: reports can be printed in %1, not &quot;%2&quot;</source>
        <translation>--lang&#xa0;: les bulletins peuvent être imprimés en %1, pas en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no students to report on.</source>
        <translation>La classe «&#xa0;%1&#xa0;» n&apos;a aucun élève pour qui faire un bulletin.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s).</source>
        <translation>
            <numerusform>%n bulletin écrit.</numerusform>
            <numerusform>%n bulletins écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a comment to your comment bank and print its id. Placeholders: {first_name}, {final_letter}, {missing_count}.</source>
        <translation>Ajoute un commentaire à votre banque de commentaires et affiche son identifiant. Marqueurs&#xa0;: {first_name}, {final_letter}, {missing_count}.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Le commentaire.</translation>
    </message>
    <message>
        <source>A category to group it under, e.g. Effort.</source>
        <translation>Une catégorie pour le regrouper, p. ex. Effort.</translation>
    </message>
    <message>
        <source>List your comment bank in order: id, category and text.</source>
        <translation>Liste votre banque de commentaires dans l&apos;ordre&#xa0;: identifiant, catégorie et texte.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Set the teacher&apos;s comment on a student&apos;s progress report (an empty TEXT clears it).</source>
        <translation>Met le commentaire de l&apos;enseignant sur le bulletin de progrès d&apos;un élève (un TEXTE vide l&apos;efface).</translation>
    </message>
    <message>
        <source>The student (student number or id).</source>
        <translation>L&apos;élève (numéro d&apos;élève ou identifiant).</translation>
    </message>
    <message>
        <source>--student is required</source>
        <translation>--student est obligatoire</translation>
    </message>
    <message>
        <source>Write progress reports as PDF (one combined file, or one per student in a folder).</source>
        <translation>Écrit des bulletins de progrès en PDF (un seul fichier, ou un par élève dans un dossier).</translation>
    </message>
    <message>
        <source>Add a comment to your comment bank; prints its id.</source>
        <translation>Ajoute un commentaire à votre banque de commentaires&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>List your comment bank.</source>
        <translation>Liste votre banque de commentaires.</translation>
    </message>
    <message>
        <source>Set the comment on a student&apos;s progress report.</source>
        <translation>Met le commentaire sur le bulletin de progrès d&apos;un élève.</translation>
    </message>
    <message>
        <source>Language of every report: en, es or fr.</source>
        <translation>Langue de tous les bulletins&#xa0;: en, es ou fr.</translation>
    </message>
</context>
<context>
    <name>k12::ReportCommentActions</name>
    <message>
        <source>That student is not enrolled in this class.</source>
        <translation>Cet élève n&apos;est pas inscrit dans cette classe.</translation>
    </message>
    <message>
        <source>That grading period is not one of this class&apos;s.</source>
        <translation>Cette période de notation n&apos;appartient pas à cette classe.</translation>
    </message>
    <message>
        <source>Clear Report Comment</source>
        <translation>Effacer le commentaire du bulletin</translation>
    </message>
    <message>
        <source>Set Report Comment</source>
        <translation>Mettre le commentaire du bulletin</translation>
    </message>
</context>
<context>
    <name>k12::ReportDocument</name>
    <message>
        <source>Missing</source>
        <translation>Non rendu</translation>
    </message>
    <message numerus="yes">
        <source>Late (%n school day(s))</source>
        <translation>
            <numerusform>En retard (%n jour d&apos;école)</numerusform>
            <numerusform>En retard (%n jours d&apos;école)</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Dispensé</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempté</translation>
    </message>
    <message>
        <source>No missing work.</source>
        <translation>Aucun travail non rendu.</translation>
    </message>
    <message numerus="yes">
        <source>MISSING WORK: %n assignment(s) not turned in</source>
        <translation>
            <numerusform>TRAVAUX NON RENDUS&#xa0;: %n devoir</numerusform>
            <numerusform>TRAVAUX NON RENDUS&#xa0;: %n devoirs</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>à rendre le %1</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <source>Final grade:</source>
        <translation>Note finale&#xa0;:</translation>
    </message>
    <message>
        <source>letter set by the teacher</source>
        <translation>lettre fixée par l&apos;enseignant</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>No assignments yet.</source>
        <translation>Aucun devoir pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Bulletin de progrès</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation>Tout le cours</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Élève&#xa0;:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Enseignant&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Grades as of %1</source>
        <translation>Notes au %1</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Commentaire de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>k12::ReportPdf</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot make &quot;%1&quot; private to you: %2</source>
        <translation>Impossible de rendre «&#xa0;%1&#xa0;» privé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Bulletins de progrès</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Le PDF n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>There is no report to write.</source>
        <translation>Il n&apos;y a aucun bulletin à écrire.</translation>
    </message>
    <message>
        <source>Writing a PDF needs fonts, which this process has not loaded.</source>
        <translation>Écrire un PDF nécessite des polices, que ce processus n&apos;a pas chargées.</translation>
    </message>
    <message>
        <source>Cannot make the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
</context>
<context>
    <name>k12::ReportSettingsDialog</name>
    <message>
        <source>Report Settings</source>
        <translation>Paramètres du bulletin</translation>
    </message>
    <message>
        <source>e.g. Lincoln Middle School</source>
        <translation>p. ex. Collège Lincoln</translation>
    </message>
    <message>
        <source>An image file (PNG, JPEG, SVG); empty for none</source>
        <translation>Un fichier image (PNG, JPEG, SVG)&#xa0;; vide pour aucun</translation>
    </message>
    <message>
        <source>Your name as families read it; empty: your sync account&apos;s name</source>
        <translation>Votre nom tel que les familles le lisent&#xa0;; vide&#xa0;: le nom de votre compte de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>Nom de l&apos;é&amp;cole&#xa0;:</translation>
    </message>
    <message>
        <source>School &amp;logo:</source>
        <translation>&amp;Logo de l&apos;école&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Teacher name:</source>
        <translation>Nom de l&apos;&amp;enseignant&#xa0;:</translation>
    </message>
    <message>
        <source>School Logo</source>
        <translation>Logo de l&apos;école</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image this app can read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une image que cette application peut lire.</translation>
    </message>
</context>
<context>
    <name>k12::Repository</name>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Ce %1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>k12::RestorePreviewDialog</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back</source>
        <translation>
            <numerusform>%n revient</numerusform>
            <numerusform>%n reviennent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as before</source>
        <translation>
            <numerusform>%n comme avant</numerusform>
            <numerusform>%n comme avant</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore the backup of %1 (%2)?&lt;/b&gt;&lt;br&gt;Your data goes back to what it was then. This is what the restore changes, class by class:</source>
        <translation>&lt;b&gt;Restaurer la sauvegarde du %1 (%2)&#xa0;?&lt;/b&gt;&lt;br&gt;Vos données reviennent à leur état d&apos;alors. Voici ce que la restauration change, classe par classe&#xa0;:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 (new since the backup: removed)</source>
        <translation>%1 (nouvelle depuis la sauvegarde&#xa0;: retirée)</translation>
    </message>
    <message>
        <source>%1 (deleted since: comes back)</source>
        <translation>%1 (supprimée depuis&#xa0;: revient)</translation>
    </message>
    <message>
        <source>%1 (settings as before)</source>
        <translation>%1 (paramètres comme avant)</translation>
    </message>
    <message>
        <source>removed with the class</source>
        <translation>retiré avec la classe</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing differs from the backup.</source>
        <translation>Rien ne diffère de la sauvegarde.</translation>
    </message>
    <message>
        <source>Your current data is kept first as a &quot;Before restore&quot; backup: restoring that one undoes this restore. The window closes and opens again for the restore. At the next sync, what the server has since the backup comes back and what only the backup holds is sent; conflicts show as usual.</source>
        <translation>Vos données actuelles sont d&apos;abord gardées dans une sauvegarde «&#xa0;Avant une restauration&#xa0;»&#xa0;: restaurer celle-ci annule cette restauration. La fenêtre se ferme et se rouvre pour la restauration. À la prochaine synchronisation, ce que le serveur a reçu depuis la sauvegarde revient et ce que seule la sauvegarde contient est envoyé&#xa0;; les conflits s&apos;affichent comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>k12::RolloverActions</name>
    <message>
        <source>No rollover: the backup before it failed (%1).</source>
        <translation>Pas de reconduction&#xa0;: la sauvegarde préalable a échoué (%1).</translation>
    </message>
    <message>
        <source>New Term</source>
        <translation>Nouvelle session</translation>
    </message>
</context>
<context>
    <name>k12::RolloverCommands</name>
    <message>
        <source>Archive a class: it stays, read-only, under Archived.</source>
        <translation>Archive une classe&#xa0;: elle reste, en lecture seule, sous Archivées.</translation>
    </message>
    <message>
        <source>Restore an archived class so it can be changed again.</source>
        <translation>Désarchive une classe pour qu&apos;elle puisse de nouveau être modifiée.</translation>
    </message>
    <message>
        <source>The class: its id, its exact name, or &quot;Name (Term)&quot;.</source>
        <translation>La classe&#xa0;: son identifiant, son nom exact ou «&#xa0;Nom (Session)&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is archived already.</source>
        <translation>%1 est déjà archivée.</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 n&apos;est pas archivée.</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 archivée.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 désarchivée.</translation>
    </message>
    <message>
        <source>Start a new term from the classes of an old one: new classes with what you choose to carry over, the old ones archived. One step, undoable in the window, synced.</source>
        <translation>Démarre une nouvelle session à partir des classes d&apos;une ancienne&#xa0;: de nouvelles classes avec ce que vous choisissez de reconduire, les anciennes archivées. Une seule étape, annulable dans la fenêtre, synchronisée.</translation>
    </message>
    <message>
        <source>The term to roll over (default: the latest).</source>
        <translation>La session à reconduire (par défaut&#xa0;: la plus récente).</translation>
    </message>
    <message>
        <source>The new term&apos;s name (default: the one after --from-term).</source>
        <translation>Le nom de la nouvelle session (par défaut&#xa0;: celle qui suit --from-term).</translation>
    </message>
    <message>
        <source>Only these classes of the term (ids or names, comma-separated).</source>
        <translation>Seulement ces classes de la session (identifiants ou noms, séparés par des virgules).</translation>
    </message>
    <message>
        <source>Move every date by N days.</source>
        <translation>Décaler toutes les dates de N jours.</translation>
    </message>
    <message>
        <source>Move dates by whole weeks so the earliest lands in this date&apos;s week (weekdays kept).</source>
        <translation>Décaler les dates de semaines entières pour que la plus ancienne tombe dans la semaine de cette date (les jours de la semaine sont gardés).</translation>
    </message>
    <message>
        <source>What carries over (default: all): categories,scale,policies,standards,periods,plans,assignments.</source>
        <translation>Ce qui est reconduit (par défaut&#xa0;: tout)&#xa0;: categories,scale,policies,standards,periods,plans,assignments.</translation>
    </message>
    <message>
        <source>Enroll the same students in the new classes (year-long courses).</source>
        <translation>Inscrire les mêmes élèves dans les nouvelles classes (cours sur toute l&apos;année).</translation>
    </message>
    <message>
        <source>Print what would be created; write nothing.</source>
        <translation>Afficher ce qui serait créé&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>give --shift-days or --start, not both</source>
        <translation>indiquez --shift-days ou --start, pas les deux</translation>
    </message>
    <message>
        <source>--carry: unknown kind &quot;%1&quot; (use categories, scale, policies, standards, periods, plans, assignments)</source>
        <translation>--carry&#xa0;: type inconnu «&#xa0;%1&#xa0;» (utilisez categories, scale, policies, standards, periods, plans, assignments)</translation>
    </message>
    <message>
        <source>No active class is in the term &quot;%1&quot;.</source>
        <translation>Aucune classe active n&apos;est dans la session «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No active class of %1 is named &quot;%2&quot;.</source>
        <translation>Aucune classe active de %1 ne s&apos;appelle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled over %n class(es) to %1.</source>
        <translation>
            <numerusform>%n classe reconduite dans %1.</numerusform>
            <numerusform>%n classes reconduites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll classes over to a new term (the old ones are archived).</source>
        <translation>Reconduit des classes dans une nouvelle session (les anciennes sont archivées).</translation>
    </message>
    <message>
        <source>Archive a class (read-only, kept).</source>
        <translation>Archive une classe (lecture seule, conservée).</translation>
    </message>
    <message>
        <source>Restore an archived class.</source>
        <translation>Désarchive une classe archivée.</translation>
    </message>
</context>
<context>
    <name>k12::RolloverReview</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3</source>
        <translation>%1 (%2) -&gt; %3</translation>
    </message>
    <message>
        <source>weighted categories: %1</source>
        <translation>catégories pondérées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the letter scale</source>
        <translation>l&apos;échelle de lettres</translation>
    </message>
    <message>
        <source>late, missing and mastery policies</source>
        <translation>les règles de retard, de non-rendu et de maîtrise</translation>
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
            <numerusform>%n période de notation</numerusform>
            <numerusform>%n périodes de notation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpublished assignment(s) without scores</source>
        <translation>
            <numerusform>%n devoir non publié sans notes</numerusform>
            <numerusform>%n devoirs non publiés sans notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard tag(s) on assignments</source>
        <translation>
            <numerusform>%n association de standard sur les devoirs</numerusform>
            <numerusform>%n associations de standards sur les devoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled (roster kept)</source>
        <translation>
            <numerusform>%n élève inscrit (liste de classe conservée)</numerusform>
            <numerusform>%n élèves inscrits (liste de classe conservée)</numerusform>
        </translation>
    </message>
    <message>
        <source>an empty class</source>
        <translation>une classe vide</translation>
    </message>
    <message>
        <source>Dates stay as they are.</source>
        <translation>Les dates restent telles quelles.</translation>
    </message>
    <message numerus="yes">
        <source>Dates move by %n week(s) (%1 days); weekdays stay the same.</source>
        <translation>
            <numerusform>Les dates se décalent de %n semaine (%1 jours)&#xa0;; les jours de la semaine restent les mêmes.</numerusform>
            <numerusform>Les dates se décalent de %n semaines (%1 jours)&#xa0;; les jours de la semaine restent les mêmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dates move by %n day(s); lessons landing on a weekend move to the Monday after.</source>
        <translation>
            <numerusform>Les dates se décalent de %n jour&#xa0;; les leçons qui tombent un week-end passent au lundi suivant.</numerusform>
            <numerusform>Les dates se décalent de %n jours&#xa0;; les leçons qui tombent un week-end passent au lundi suivant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old classes to archive (read-only, still there): %1</source>
        <translation>Anciennes classes à archiver (lecture seule, toujours là)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scores and mastery evidence are not copied; the roster is.</source>
        <translation>Les notes et les preuves de maîtrise ne sont pas copiées&#xa0;; la liste de classe l&apos;est.</translation>
    </message>
    <message>
        <source>Scores, mastery evidence and students are not copied.</source>
        <translation>Les notes, les preuves de maîtrise et les élèves ne sont pas copiés.</translation>
    </message>
</context>
<context>
    <name>k12::RolloverWizard</name>
    <message>
        <source>New Term</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Start New Term</source>
        <translation>&amp;Démarrer la nouvelle session</translation>
    </message>
    <message>
        <source>Which classes start a new term?</source>
        <translation>Quelles classes démarrent une nouvelle session&#xa0;?</translation>
    </message>
    <message>
        <source>Classes of one course (the periods of Algebra I) move together. The old classes are archived: kept, read-only, under Archived in the sidebar.</source>
        <translation>Les classes d&apos;un même cours (les groupes d&apos;Algèbre I) se déplacent ensemble. Les anciennes classes sont archivées&#xa0;: conservées, en lecture seule, sous Archivées dans la barre latérale.</translation>
    </message>
    <message>
        <source>Classes to roll over</source>
        <translation>Classes à reconduire</translation>
    </message>
    <message>
        <source>Course and class</source>
        <translation>Cours et classe</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>New term name</source>
        <translation>Nom de la nouvelle session</translation>
    </message>
    <message>
        <source>&amp;New term:</source>
        <translation>&amp;Nouvelle session&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Classes&#xa0;:</translation>
    </message>
    <message>
        <source>What carries over?</source>
        <translation>Que reconduire&#xa0;?</translation>
    </message>
    <message>
        <source>Students&apos; scores and mastery evidence never carry over; they stay with the old class.</source>
        <translation>Les notes des élèves et les preuves de maîtrise ne sont jamais reconduites&#xa0;; elles restent avec l&apos;ancienne classe.</translation>
    </message>
    <message>
        <source>Categories and weights</source>
        <translation>Catégories et pondérations</translation>
    </message>
    <message>
        <source>with drop-lowest</source>
        <translation>avec les notes les plus basses ignorées</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Barème de notation</translation>
    </message>
    <message>
        <source>the letter cut-offs</source>
        <translation>les seuils des lettres</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>late and missing work, mastery method, automatic missing, at-risk thresholds, proficiency scale</source>
        <translation>retards et non-rendus, méthode de maîtrise, non-rendu automatique, seuils de difficulté, échelle de compétence</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>with their own mastery method</source>
        <translation>avec leur propre méthode de maîtrise</translation>
    </message>
    <message>
        <source>Grading periods</source>
        <translation>Périodes de notation</translation>
    </message>
    <message>
        <source>dates moved; term-final formulas point to the new periods</source>
        <translation>dates décalées&#xa0;; les formules de note finale pointent vers les nouvelles périodes</translation>
    </message>
    <message>
        <source>Unit and lesson plans</source>
        <translation>Plans d&apos;unité et de leçon</translation>
    </message>
    <message>
        <source>dates moved, weekdays kept; links to standards and assignments</source>
        <translation>dates décalées, jours de la semaine gardés&#xa0;; liens vers les standards et les devoirs</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>as unpublished templates without scores, due dates moved</source>
        <translation>comme modèles non publiés sans notes, dates de remise décalées</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Reconduire</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Move to the &amp;week after the old term ends (whole weeks)</source>
        <translation>Passer à la &amp;semaine qui suit la fin de l&apos;ancienne session (semaines entières)</translation>
    </message>
    <message>
        <source>Start in the week of:</source>
        <translation>Commencer la semaine du&#xa0;:</translation>
    </message>
    <message>
        <source>Move by a number of &amp;days:</source>
        <translation>Décaler d&apos;un nombre de &amp;jours&#xa0;:</translation>
    </message>
    <message>
        <source>New term start date</source>
        <translation>Date de début de la nouvelle session</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days to move dates by</source>
        <translation>Jours de décalage des dates</translation>
    </message>
    <message>
        <source>&amp;Keep the roster: enroll the same students (year-long courses)</source>
        <translation>&amp;Garder la liste de classe&#xa0;: inscrire les mêmes élèves (cours sur toute l&apos;année)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>This is what will be created. Everything happens in one step: Edit &gt; Undo takes it all back and restores the old classes.</source>
        <translation>Voici ce qui sera créé. Tout se fait en une seule étape&#xa0;: Édition &gt; Annuler revient entièrement en arrière et restaure les anciennes classes.</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Ce qui sera créé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::RosterActions</name>
    <message>
        <source>A student with number &quot;%1&quot; is already in this class.</source>
        <translation>Un élève avec le numéro «&#xa0;%1&#xa0;» est déjà dans cette classe.</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Modifier l&apos;élève</translation>
    </message>
    <message>
        <source>Remove Students</source>
        <translation>Retirer des élèves</translation>
    </message>
    <message>
        <source>a student with number &quot;%1&quot; is already in this class.</source>
        <translation>un élève avec le numéro «&#xa0;%1&#xa0;» est déjà dans cette classe.</translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Student(s)</source>
        <translation>
            <numerusform>Ajouter %n élève</numerusform>
            <numerusform>Ajouter %n élèves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::RosterImport</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the given name is empty.</source>
        <translation>le prénom est vide.</translation>
    </message>
    <message>
        <source>the family name is empty.</source>
        <translation>le nom de famille est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>the student number &quot;%1&quot; is already on line %2.</source>
        <translation>le numéro d&apos;élève «&#xa0;%1&#xa0;» est déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; looks like letters lost when the file was saved in an encoding that cannot hold them; save it as CSV UTF-8.</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: «&#xa0;%4&#xa0;» semble avoir perdu des lettres lors d&apos;un enregistrement dans un encodage qui ne peut pas les contenir&#xa0;; enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <source>%1: the file has a header but no students.</source>
        <translation>%1&#xa0;: le fichier a un en-tête mais aucun élève.</translation>
    </message>
    <message>
        <source>%1, line %2: the column &quot;%3&quot; appears twice.</source>
        <translation>%1, ligne %2&#xa0;: la colonne «&#xa0;%3&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1, line %2: the header has no &quot;%3&quot; column (found: %4).</source>
        <translation>%1, ligne %2&#xa0;: l&apos;en-tête n&apos;a pas de colonne «&#xa0;%3&#xa0;» (trouvées&#xa0;: %4).</translation>
    </message>
    <message>
        <source>the row has more cells than the header.</source>
        <translation>la ligne a plus de cellules que l&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>k12::RosterModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N° d&apos;élève</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Responsables</translation>
    </message>
</context>
<context>
    <name>k12::RosterPanel</name>
    <message>
        <source>&amp;Add Student...</source>
        <translation>&amp;Ajouter un élève...</translation>
    </message>
    <message>
        <source>&amp;Edit Student...</source>
        <translation>&amp;Modifier l&apos;élève...</translation>
    </message>
    <message>
        <source>&amp;Remove Student</source>
        <translation>&amp;Retirer l&apos;élève</translation>
    </message>
    <message>
        <source>&amp;Import Roster CSV...</source>
        <translation>&amp;Importer une liste de classe CSV...</translation>
    </message>
    <message>
        <source>Student not added</source>
        <translation>Élève non ajouté</translation>
    </message>
    <message>
        <source>Guardian not added</source>
        <translation>Responsable non ajouté</translation>
    </message>
    <message>
        <source>Student added.</source>
        <translation>Élève ajouté.</translation>
    </message>
    <message>
        <source>Student not saved</source>
        <translation>Élève non enregistré</translation>
    </message>
    <message>
        <source>Remove Students</source>
        <translation>Retirer des élèves</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n student(s) from this class? Their grades are kept and come back if they are added again.</source>
        <translation>
            <numerusform>Retirer %n élève de cette classe&#xa0;? Ses notes sont gardées et reviennent s&apos;il est ajouté de nouveau.</numerusform>
            <numerusform>Retirer %n élèves de cette classe&#xa0;? Leurs notes sont gardées et reviennent s&apos;ils sont ajoutés de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students not removed</source>
        <translation>Élèves non retirés</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) removed from the class.</source>
        <translation>
            <numerusform>%n élève retiré de la classe.</numerusform>
            <numerusform>%n élèves retirés de la classe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation>Liste de classe non importée</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Fix them and import again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier a %n problème. Corrigez-le et importez de nouveau.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier a %n problèmes. Corrigez-les et importez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some names in the file look damaged: letters were probably lost when the file was saved. Import anyway?</source>
        <translation>Certains noms du fichier semblent abîmés&#xa0;: des lettres ont probablement été perdues lors de l&apos;enregistrement du fichier. Importer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Import Anyway</source>
        <translation>&amp;Importer quand même</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n student(s).</source>
        <translation>
            <numerusform>%n élève importé.</numerusform>
            <numerusform>%n élèves importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste de classe</translation>
    </message>
</context>
<context>
    <name>k12::RowRules</name>
    <message>
        <source>A proficiency scale needs at least two levels.</source>
        <translation>Une échelle de compétence a besoin d&apos;au moins deux niveaux.</translation>
    </message>
    <message>
        <source>A proficiency scale is a list of levels, each with a value and a label.</source>
        <translation>Une échelle de compétence est une liste de niveaux, chacun avec une valeur et un libellé.</translation>
    </message>
    <message>
        <source>A proficiency level must be between 0 and 1000.</source>
        <translation>Un niveau de compétence doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <source>Every proficiency level needs a label.</source>
        <translation>Chaque niveau de compétence a besoin d&apos;un libellé.</translation>
    </message>
    <message>
        <source>Proficiency levels must go up from the lowest.</source>
        <translation>Les niveaux de compétence doivent monter depuis le plus bas.</translation>
    </message>
    <message>
        <source>A final grade formula is a list of weighted parts.</source>
        <translation>Une formule de note finale est une liste de parties pondérées.</translation>
    </message>
    <message>
        <source>Each part of a final grade formula names a period, an assignment or a category.</source>
        <translation>Chaque partie d&apos;une formule de note finale nomme une période, un devoir ou une catégorie.</translation>
    </message>
    <message>
        <source>Each part of a final grade formula names a period, an assignment or a category, with a weight.</source>
        <translation>Chaque partie d&apos;une formule de note finale nomme une période, un devoir ou une catégorie, avec une pondération.</translation>
    </message>
    <message>
        <source>A weight in a final grade formula must be between 0 and 1000.</source>
        <translation>Une pondération de formule de note finale doit être comprise entre 0 et 1000.</translation>
    </message>
    <message>
        <source>The weights of a final grade formula cannot all be zero.</source>
        <translation>Les pondérations d&apos;une formule de note finale ne peuvent pas toutes être nulles.</translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation>Ce n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <translation>Une note ne peut pas être négative.</translation>
    </message>
    <message>
        <source>%1 is above the allowed maximum of %2 for &quot;%3&quot; (twice its %4 points).</source>
        <translation>%1 dépasse le maximum autorisé de %2 pour «&#xa0;%3&#xa0;» (le double de ses %4 points).</translation>
    </message>
    <message>
        <source>The %1 of a %2 cannot be empty.</source>
        <translation>Le champ %1 d&apos;un %2 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3.</source>
        <translation>Le champ %1 est trop long&#xa0;: %2 caractères, %3 au plus.</translation>
    </message>
    <message>
        <source>The %1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>Le champ %1 doit être l&apos;un de %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 must be a date (YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation>Le champ %1 doit être une date (AAAA-MM-JJ), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 must be a list of standard ids.</source>
        <translation>Le champ %1 doit être une liste d&apos;identifiants de standards.</translation>
    </message>
    <message>
        <source>The %1 must be a number.</source>
        <translation>Le champ %1 doit être un nombre.</translation>
    </message>
    <message>
        <source>The %1 cannot be below %2.</source>
        <translation>Le champ %1 ne peut pas être inférieur à %2.</translation>
    </message>
    <message>
        <source>The %1 cannot be above %2.</source>
        <translation>Le champ %1 ne peut pas être supérieur à %2.</translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>Une classe a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>The missing-work policy must be &quot;zero&quot; or &quot;exclude&quot;.</source>
        <translation>La règle des travaux non rendus doit être &quot;zero&quot; ou &quot;exclude&quot;.</translation>
    </message>
    <message>
        <source>The late penalty per day must be between 0 and 100 percent.</source>
        <translation>La pénalité de retard par jour doit être comprise entre 0 et 100 pour cent.</translation>
    </message>
    <message>
        <source>The late penalty floor must be between 0 and 100 percent.</source>
        <translation>Le plancher de la pénalité de retard doit être compris entre 0 et 100 pour cent.</translation>
    </message>
    <message>
        <source>A student needs a given name.</source>
        <translation>Un élève a besoin d&apos;un prénom.</translation>
    </message>
    <message>
        <source>A student needs a family name.</source>
        <translation>Un élève a besoin d&apos;un nom de famille.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>An enrollment needs a class and a student.</source>
        <translation>Une inscription a besoin d&apos;une classe et d&apos;un élève.</translation>
    </message>
    <message>
        <source>An enrollment is either active or dropped.</source>
        <translation>Une inscription est soit active, soit abandonnée.</translation>
    </message>
    <message>
        <source>A grading period needs a name.</source>
        <translation>Une période de notation a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A grading period cannot end before it starts.</source>
        <translation>Une période de notation ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A category weight cannot be negative.</source>
        <translation>La pondération d&apos;une catégorie ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Drop lowest cannot be negative.</source>
        <translation>Le nombre de notes ignorées ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An assignment needs a title.</source>
        <translation>Un devoir a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>Points possible cannot be negative.</source>
        <translation>Le barème ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An assignment is graded in points or letters.</source>
        <translation>Un devoir est noté en points ou en lettres.</translation>
    </message>
    <message>
        <source>Days late cannot be negative.</source>
        <translation>Les jours de retard ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>A standard needs a code.</source>
        <translation>Un standard a besoin d&apos;un code.</translation>
    </message>
    <message>
        <source>A link needs an assignment and a standard.</source>
        <translation>Un lien a besoin d&apos;un devoir et d&apos;un standard.</translation>
    </message>
    <message>
        <source>A mastery score cannot be negative.</source>
        <translation>Un score de maîtrise ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An overridden final grade needs a letter.</source>
        <translation>Une note finale remplacée a besoin d&apos;une lettre.</translation>
    </message>
    <message>
        <source>A guardian needs a given name.</source>
        <translation>Un responsable a besoin d&apos;un prénom.</translation>
    </message>
    <message>
        <source>A guardian needs a family name.</source>
        <translation>Un responsable a besoin d&apos;un nom de famille.</translation>
    </message>
    <message>
        <source>A link needs a student and a guardian.</source>
        <translation>Un lien a besoin d&apos;un élève et d&apos;un responsable.</translation>
    </message>
    <message>
        <source>An invitation needs a guardian.</source>
        <translation>Une invitation a besoin d&apos;un responsable.</translation>
    </message>
    <message>
        <source>A notice needs a student.</source>
        <translation>Un avis a besoin d&apos;un élève.</translation>
    </message>
    <message>
        <source>A comment in the bank needs its text.</source>
        <translation>Un commentaire de la banque a besoin de son texte.</translation>
    </message>
    <message>
        <source>A letter scale needs at least one letter.</source>
        <translation>Une échelle de lettres a besoin d&apos;au moins une lettre.</translation>
    </message>
    <message>
        <source>A letter scale is a list of letters, each with its lowest percentage.</source>
        <translation>Une échelle de lettres est une liste de lettres, chacune avec son pourcentage minimal.</translation>
    </message>
    <message>
        <source>Every step of a letter scale needs a letter.</source>
        <translation>Chaque palier d&apos;une échelle de lettres a besoin d&apos;une lettre.</translation>
    </message>
    <message>
        <source>Letter scale cut-offs must go down from the top letter (&quot;%1&quot; is not below &quot;%2&quot;).</source>
        <translation>Les seuils de l&apos;échelle de lettres doivent descendre depuis la lettre la plus haute («&#xa0;%1&#xa0;» n&apos;est pas sous «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>A unit needs a title.</source>
        <translation>Une unité a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>A unit cannot end before it starts.</source>
        <translation>Une unité ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>A unit is either a draft or ready.</source>
        <translation>Une unité est soit un brouillon, soit prête.</translation>
    </message>
    <message>
        <source>A lesson needs a title.</source>
        <translation>Une leçon a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>A lesson belongs to a unit.</source>
        <translation>Une leçon appartient à une unité.</translation>
    </message>
</context>
<context>
    <name>k12::ScoreImport</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation>%1, ligne %2, colonne «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>K12 Teacher export</source>
        <translation>Export de K12 Teacher</translation>
    </message>
    <message>
        <source>Canvas gradebook export</source>
        <translation>Export du carnet de notes Canvas</translation>
    </message>
    <message>
        <source>student number + one column per assignment</source>
        <translation>numéro d&apos;élève + une colonne par devoir</translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation>disposition inconnue</translation>
    </message>
    <message>
        <source>cannot tell which student each row is: the header needs a student number column (&quot;Student Number&quot;, &quot;SIS User ID&quot;) or the layout of a K12 Teacher or Canvas export.</source>
        <translation>impossible de savoir quel élève correspond à chaque ligne&#xa0;: l&apos;en-tête a besoin d&apos;une colonne de numéro d&apos;élève («&#xa0;Student Number&#xa0;», «&#xa0;SIS User ID&#xa0;») ou de la disposition d&apos;un export de K12 Teacher ou de Canvas.</translation>
    </message>
    <message>
        <source>identifies the student</source>
        <translation>identifie l&apos;élève</translation>
    </message>
    <message>
        <source>names the student</source>
        <translation>nomme l&apos;élève</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>the column has scores but no title.</source>
        <translation>la colonne a des notes mais pas de titre.</translation>
    </message>
    <message>
        <source>computed from the scores</source>
        <translation>calculée à partir des notes</translation>
    </message>
    <message>
        <source>more than one assignment is titled &quot;%1&quot;; give them different titles, or use the column headers of an export, which carry the assignment&apos;s id.</source>
        <translation>plusieurs devoirs s&apos;intitulent «&#xa0;%1&#xa0;»&#xa0;; donnez-leur des titres différents, ou utilisez les en-têtes de colonnes d&apos;un export, qui portent l&apos;identifiant du devoir.</translation>
    </message>
    <message>
        <source>this column and the column &quot;%1&quot; are both the assignment &quot;%2&quot;.</source>
        <translation>cette colonne et la colonne «&#xa0;%1&#xa0;» sont toutes deux le devoir «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>unknown assignment &quot;%1&quot; (create it first, or allow new assignments).</source>
        <translation>devoir inconnu «&#xa0;%1&#xa0;» (créez-le d&apos;abord, ou autorisez les nouveaux devoirs).</translation>
    </message>
    <message>
        <source>no assignment columns found.</source>
        <translation>aucune colonne de devoir trouvée.</translation>
    </message>
    <message>
        <source>unknown student &quot;%1&quot; (no student in this class has that number or name).</source>
        <translation>élève inconnu «&#xa0;%1&#xa0;» (aucun élève de cette classe n&apos;a ce numéro ou ce nom).</translation>
    </message>
    <message>
        <source>duplicate row: %1 is already on line %2.</source>
        <translation>ligne en double&#xa0;: %1 est déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a letter of the class&apos;s scale.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nombre ni une lettre du barème de la classe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (nor EX, MISSING or EXEMPT).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre (ni EX, MISSING ou EXEMPT).</translation>
    </message>
    <message>
        <source>the file has a header but no rows of scores.</source>
        <translation>le fichier a un en-tête mais aucune ligne de notes.</translation>
    </message>
</context>
<context>
    <name>k12::ScoreInput</name>
    <message>
        <source>&quot;%1&quot;: days late are a whole number of days (L3 is late, 3 days).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les jours de retard sont un nombre entier de jours (L3&#xa0;: en retard de 3 jours).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is graded in points; type a number (or switch it to letter grades).</source>
        <translation>«&#xa0;%1&#xa0;» est noté en points&#xa0;; tapez un nombre (ou passez-le en notes en lettres).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is extra credit (0 points possible); type points, not a percentage.</source>
        <translation>«&#xa0;%1&#xa0;» est un bonus (barème de 0 point)&#xa0;; tapez des points, pas un pourcentage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a letter of this class&apos;s scale (%2), nor a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une lettre du barème de cette classe (%2), ni un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: type points (e.g. 8.5), a percentage (85%), M for missing, EX for excused, L for late or L3 for 3 days late.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une note&#xa0;: tapez des points (p. ex. 8.5), un pourcentage (85%), M pour non rendu, EX pour dispensé, L pour en retard ou L3 pour 3 jours de retard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be read two ways; scores take no thousands separator. Type the decimal with a point or a comma and one or two digits (%2), or the whole number without a separator.</source>
        <translation>«&#xa0;%1&#xa0;» peut se lire de deux façons&#xa0;; les notes ne prennent pas de séparateur de milliers. Tapez la décimale avec un point ou une virgule et un ou deux chiffres (%2), ou le nombre entier sans séparateur.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: a score can be at most %n day(s) late.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: une note peut avoir au plus %n jour de retard.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: une note peut avoir au plus %n jours de retard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SearchCommands</name>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Search students, guardians, classes, assignments, categories, standards, units, lessons and grade comments, archived classes included. Each word is the start of a word (&quot;alg&quot; finds Algebra), all words must match, accents are ignored.</source>
        <translation>Recherche les élèves, responsables, classes, devoirs, catégories, standards, unités, leçons et commentaires de notes, classes archivées comprises. Chaque mot est le début d&apos;un mot («&#xa0;alg&#xa0;» trouve Algèbre), tous les mots doivent correspondre, les accents sont ignorés.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Les mots à chercher.</translation>
    </message>
    <message>
        <source>Print a JSON array of {kind, id, class, title, snippet, archived}, best first.</source>
        <translation>Afficher un tableau JSON de {kind, id, class, title, snippet, archived}, les meilleurs d&apos;abord.</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>Au plus N résultats (par défaut 50).</translation>
    </message>
    <message>
        <source>Rebuild the search index from the records first (maintenance).</source>
        <translation>Reconstruire d&apos;abord l&apos;index de recherche à partir des enregistrements (maintenance).</translation>
    </message>
    <message>
        <source>say what to search for</source>
        <translation>indiquez quoi chercher</translation>
    </message>
    <message>
        <source>--limit must be at least 1</source>
        <translation>--limit doit valoir au moins 1</translation>
    </message>
    <message>
        <source>Rebuilt the search index in %1 ms.</source>
        <translation>Index de recherche reconstruit en %1 ms.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Rien trouvé pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Archived (%1)</source>
        <translation>Archivées (%1)</translation>
    </message>
    <message>
        <source>Search everything (students, classes, assignments, lessons, comments, ...).</source>
        <translation>Rechercher partout (élèves, classes, devoirs, leçons, commentaires, ...).</translation>
    </message>
</context>
<context>
    <name>k12::SearchNavigator</name>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Rechercher...</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>k12::SearchPopup</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search students, classes, assignments, lessons, comments…</source>
        <translation>Rechercher des élèves, classes, devoirs, leçons, commentaires…</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Type part of a name, a title or a comment. ↑↓ move, Enter opens, Esc closes.</source>
        <translation>Tapez une partie d&apos;un nom, d&apos;un titre ou d&apos;un commentaire. ↑↓ pour se déplacer, Entrée ouvre, Échap ferme.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <source>↑↓ move, Enter opens, Esc closes.</source>
        <translation>↑↓ pour se déplacer, Entrée ouvre, Échap ferme.</translation>
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
            <numerusform>Élèves (%n)</numerusform>
            <numerusform>Élèves (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guardians (%n)</source>
        <translation>
            <numerusform>Responsables (%n)</numerusform>
            <numerusform>Responsables (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categories (%n)</source>
        <translation>
            <numerusform>Catégories (%n)</numerusform>
            <numerusform>Catégories (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignments (%n)</source>
        <translation>
            <numerusform>Devoirs (%n)</numerusform>
            <numerusform>Devoirs (%n)</numerusform>
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
            <numerusform>Unités (%n)</numerusform>
            <numerusform>Unités (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lessons (%n)</source>
        <translation>
            <numerusform>Leçons (%n)</numerusform>
            <numerusform>Leçons (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Commentaires (%n)</numerusform>
            <numerusform>Commentaires (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived (%1)</source>
        <translation>Archivées (%1)</translation>
    </message>
</context>
<context>
    <name>k12::SelectionGrading</name>
    <message>
        <source>Set Score</source>
        <translation>Mettre une note</translation>
    </message>
    <message numerus="yes">
        <source>Score for %n selected cell(s) (points, a percentage like 85%, a letter, M, EX or L):</source>
        <translation>
            <numerusform>Note pour %n cellule sélectionnée (points, un pourcentage comme 85%, une lettre, M, EX ou L)&#xa0;:</numerusform>
            <numerusform>Note pour %n cellules sélectionnées (points, un pourcentage comme 85%, une lettre, M, EX ou L)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turned in on %1: %n cell(s) changed.</source>
        <translation>
            <numerusform>Rendu le %1&#xa0;: %n cellule modifiée.</numerusform>
            <numerusform>Rendu le %1&#xa0;: %n cellules modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Empty Cells</source>
        <translation>Remplir les cellules vides</translation>
    </message>
    <message>
        <source>Points for every ungraded cell in the selection:</source>
        <translation>Points pour chaque cellule non notée de la sélection&#xa0;:</translation>
    </message>
    <message>
        <source>Empty cells filled.</source>
        <translation>Cellules vides remplies.</translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Remplir vers le bas</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n cellule copiée.</numerusform>
            <numerusform>%n cellules copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Pasted.</source>
        <translation>Collé.</translation>
    </message>
    <message>
        <source>Select cells of one assignment to curve it.</source>
        <translation>Sélectionnez des cellules d&apos;un seul devoir pour l&apos;ajuster.</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Ajustement</translation>
    </message>
    <message numerus="yes">
        <source>Curved %n score(s).</source>
        <translation>
            <numerusform>%n note ajustée.</numerusform>
            <numerusform>%n notes ajustées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message numerus="yes">
        <source>Comment for %n selected cell(s):</source>
        <translation>
            <numerusform>Commentaire pour %n cellule sélectionnée&#xa0;:</numerusform>
            <numerusform>Commentaire pour %n cellules sélectionnées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Publiés.</translation>
    </message>
    <message>
        <source>Hidden from students.</source>
        <translation>Masqués aux élèves.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cell(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n cellule.</numerusform>
            <numerusform>%1&#xa0;: %n cellules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de réglages</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>k12::StandardActions</name>
    <message>
        <source>This class already has a standard &quot;%1&quot;.</source>
        <translation>Cette classe a déjà un standard «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation>Ajouter un standard</translation>
    </message>
    <message>
        <source>Import Standards</source>
        <translation>Importer des standards</translation>
    </message>
    <message>
        <source>That standard is not one of this class&apos;s.</source>
        <translation>Ce standard n&apos;appartient pas à cette classe.</translation>
    </message>
    <message>
        <source>Tag with Standards</source>
        <translation>Associer des standards</translation>
    </message>
    <message>
        <source>Remove Standards Tag</source>
        <translation>Retirer l&apos;association de standard</translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation>Ce n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>A level cannot be negative.</source>
        <translation>Un niveau ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is above the allowed maximum of %2 (twice the top level, %3).</source>
        <translation>%1 dépasse le maximum autorisé de %2 (le double du niveau maximal, %3).</translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation>Cet élève n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Set Standard Level</source>
        <translation>Mettre le niveau du standard</translation>
    </message>
    <message>
        <source>There is no level to clear for that student and standard on &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun niveau à effacer pour cet élève et ce standard sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear Standard Level</source>
        <translation>Effacer le niveau du standard</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mastery method.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une méthode de maîtrise.</translation>
    </message>
    <message>
        <source>%1 takes no parameter.</source>
        <translation>%1 n&apos;accepte pas de paramètre.</translation>
    </message>
    <message>
        <source>The newest score&apos;s weight is a percentage from 1 to 99.</source>
        <translation>La pondération de la note la plus récente est un pourcentage de 1 à 99.</translation>
    </message>
    <message>
        <source>The decay rate is a percentage from 50 to 99.</source>
        <translation>Le taux de dégressivité est un pourcentage de 50 à 99.</translation>
    </message>
    <message>
        <source>n-mastery needs a whole number of scores from 1 to 20.</source>
        <translation>n-maîtrise a besoin d&apos;un nombre entier de notes de 1 à 20.</translation>
    </message>
    <message>
        <source>That standard no longer exists.</source>
        <translation>Ce standard n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Set Standard&apos;s Method</source>
        <translation>Définir la méthode du standard</translation>
    </message>
    <message>
        <source>Use the Class&apos;s Method</source>
        <translation>Utiliser la méthode de la classe</translation>
    </message>
</context>
<context>
    <name>k12::StandardCommands</name>
    <message>
        <source>Add a standard to a class and print its id.</source>
        <translation>Ajoute un standard à une classe et affiche son identifiant.</translation>
    </message>
    <message>
        <source>The standard&apos;s code, e.g. RL.7.1 (unique in the class).</source>
        <translation>Le code du standard, p. ex. RL.7.1 (unique dans la classe).</translation>
    </message>
    <message>
        <source>What the standard asks for.</source>
        <translation>Ce que demande le standard.</translation>
    </message>
    <message>
        <source>List a class&apos;s standards by code.</source>
        <translation>Liste les standards d&apos;une classe par code.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Import a class&apos;s standards from a CSV file with a header row and the columns code, description and, optionally, parent or strand (any order; other columns are ignored). A code the class has keeps its id and takes the file&apos;s description. A strand is written before the description as &quot;Strand: ... - &quot; (standards have no parent field). Nothing is imported if any row is bad.</source>
        <translation>Importe les standards d&apos;une classe depuis un fichier CSV avec une ligne d&apos;en-tête et les colonnes code, description et, en option, parent ou strand (dans n&apos;importe quel ordre&#xa0;; les autres colonnes sont ignorées). Un code que la classe a déjà garde son identifiant et prend la description du fichier. Un domaine (strand) est écrit avant la description sous la forme «&#xa0;Domaine&#xa0;: ... -&#xa0;» (les standards n&apos;ont pas de champ parent). Rien n&apos;est importé si une ligne est incorrecte.</translation>
    </message>
    <message>
        <source>The standards file.</source>
        <translation>Le fichier de standards.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>rien n&apos;a été importé&#xa0;: %n problème dans le fichier.</numerusform>
            <numerusform>rien n&apos;a été importé&#xa0;: %n problèmes dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>note: columns ignored: %1</source>
        <translation>remarque&#xa0;: colonnes ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 with a new description, %4 unchanged.</source>
        <translation>%1&#xa0;: %2 nouveaux, %3 avec une nouvelle description, %4 inchangés.</translation>
    </message>
    <message>
        <source>Tag an assignment with standards and print all its standards.</source>
        <translation>Associe des standards à un devoir et affiche tous ses standards.</translation>
    </message>
    <message>
        <source>Take standards off an assignment and print the standards it keeps. The levels entered stay evidence of mastery.</source>
        <translation>Retire des standards d&apos;un devoir et affiche les standards qu&apos;il garde. Les niveaux saisis restent des preuves de maîtrise.</translation>
    </message>
    <message>
        <source>Assignment title or id.</source>
        <translation>Titre ou identifiant du devoir.</translation>
    </message>
    <message>
        <source>A standard&apos;s code or id; give --standard once per standard.</source>
        <translation>Le code ou l&apos;identifiant d&apos;un standard&#xa0;; donnez --standard une fois par standard.</translation>
    </message>
    <message>
        <source>--assignment is required</source>
        <translation>--assignment est obligatoire</translation>
    </message>
    <message>
        <source>--standard is required</source>
        <translation>--standard est obligatoire</translation>
    </message>
    <message>
        <source>no standards</source>
        <translation>aucun standard</translation>
    </message>
    <message>
        <source>--method takes most_recent, highest, mean, mode, weighted_average, decaying_average, n_mastery or power_law (not &quot;%1&quot;)</source>
        <translation>--method accepte most_recent, highest, mean, mode, weighted_average, decaying_average, n_mastery ou power_law (pas «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--param is for weighted_average, decaying_average and n_mastery</source>
        <translation>--param est réservé à weighted_average, decaying_average et n_mastery</translation>
    </message>
    <message>
        <source>Show each student&apos;s mastery of each standard of a class: the standard&apos;s own method, else the class&apos;s, over the student&apos;s levels on the standard, oldest first (by assessed date, then by entry), rounded to 2 decimals, with the label of the class&apos;s proficiency scale (by default 1 Beginning, 2 Developing, 3 Proficient, 4 Exceeding).</source>
        <translation>Affiche la maîtrise de chaque élève sur chaque standard d&apos;une classe&#xa0;: la méthode propre au standard, sinon celle de la classe, sur les niveaux de l&apos;élève pour ce standard, du plus ancien au plus récent (par date d&apos;évaluation, puis par ordre de saisie), arrondie à 2 décimales, avec le libellé de l&apos;échelle de compétence de la classe (par défaut 1 Débutant, 2 En développement, 3 Compétent, 4 Avancé).</translation>
    </message>
    <message>
        <source>One method for every standard instead of theirs and the class&apos;s.</source>
        <translation>Une seule méthode pour tous les standards au lieu des leurs et de celle de la classe.</translation>
    </message>
    <message>
        <source>The method&apos;s parameter instead of the class&apos;s: the newest score&apos;s weight in percent (weighted_average, 1-99), the rate in percent (decaying_average, 50-99) or how many scores at or above the class&apos;s threshold are needed (n_mastery).</source>
        <translation>Le paramètre de la méthode au lieu de celui de la classe&#xa0;: la pondération de la note la plus récente en pourcentage (weighted_average, 1-99), le taux en pourcentage (decaying_average, 50-99) ou le nombre de notes égales ou supérieures au seuil de la classe nécessaires (n_mastery).</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per student and standard.</source>
        <translation>Afficher un tableau JSON, un objet par élève et par standard.</translation>
    </message>
    <message>
        <source>--param is for weighted_average, decaying_average and n_mastery; the class uses %1</source>
        <translation>--param est réservé à weighted_average, decaying_average et n_mastery&#xa0;; la classe utilise %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode&#xa0;: %1</translation>
    </message>
    <message>
        <source>Method for %1: %2</source>
        <translation>Méthode pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Write a class&apos;s mastery as CSV: a header row (Student, Student Number, then one column per standard code), one row per active student, each standard&apos;s mastery by the class&apos;s method with 2 decimals, empty without a result. UTF-8 with a byte order mark; the file is readable by its owner only.</source>
        <translation>Écrit la maîtrise d&apos;une classe en CSV&#xa0;: une ligne d&apos;en-tête (Student, Student Number, puis une colonne par code de standard), une ligne par élève actif, la maîtrise de chaque standard selon la méthode de la classe avec 2 décimales, vide sans résultat. UTF-8 avec marque d&apos;ordre d&apos;octets&#xa0;; le fichier n&apos;est lisible que par son propriétaire.</translation>
    </message>
    <message>
        <source>The file to write; - writes to standard output.</source>
        <translation>Le fichier à écrire&#xa0;; - écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>--out is required (use - for standard output)</source>
        <translation>--out est obligatoire (utilisez - pour la sortie standard)</translation>
    </message>
    <message>
        <source>Wrote the mastery of &quot;%1&quot; to %2.</source>
        <translation>Maîtrise de «&#xa0;%1&#xa0;» écrite dans %2.</translation>
    </message>
    <message>
        <source>Set the student&apos;s level on this standard (code or id) for the assignment, instead of points; with --level or --clear.</source>
        <translation>Met le niveau de l&apos;élève sur ce standard (code ou identifiant) pour le devoir, au lieu de points&#xa0;; avec --level ou --clear.</translation>
    </message>
    <message>
        <source>With --standard: the level on the class&apos;s proficiency scale (by default 1 Beginning, 2 Developing, 3 Proficient, 4 Exceeding; decimals allowed). Entering it again replaces it.</source>
        <translation>Avec --standard&#xa0;: le niveau sur l&apos;échelle de compétence de la classe (par défaut 1 Débutant, 2 En développement, 3 Compétent, 4 Avancé&#xa0;; décimales admises). Le saisir de nouveau le remplace.</translation>
    </message>
    <message>
        <source>With --standard: the day it was assessed (default: the assignment&apos;s due date, else today).</source>
        <translation>Avec --standard&#xa0;: le jour de l&apos;évaluation (par défaut&#xa0;: la date de remise du devoir, sinon aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>--level and --assessed need --standard</source>
        <translation>--level et --assessed nécessitent --standard</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--standard sets a level, not points: leave out --%1</source>
        <translation>--standard met un niveau, pas des points&#xa0;: retirez --%1</translation>
    </message>
    <message>
        <source>with --standard, give --level X or --clear</source>
        <translation>avec --standard, donnez --level X ou --clear</translation>
    </message>
    <message>
        <source>--clear cannot be combined with --assessed</source>
        <translation>--clear ne peut pas se combiner avec --assessed</translation>
    </message>
    <message>
        <source>Add a standard to a class; prints its id.</source>
        <translation>Ajoute un standard à une classe&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>List a class&apos;s standards.</source>
        <translation>Liste les standards d&apos;une classe.</translation>
    </message>
    <message>
        <source>Import standards from a CSV (code, description, parent/strand; all rows or none).</source>
        <translation>Importe des standards depuis un CSV (code, description, parent/strand&#xa0;; toutes les lignes ou aucune).</translation>
    </message>
    <message>
        <source>Tag an assignment with standards.</source>
        <translation>Associe des standards à un devoir.</translation>
    </message>
    <message>
        <source>Take standards off an assignment.</source>
        <translation>Retire des standards d&apos;un devoir.</translation>
    </message>
    <message>
        <source>Show students&apos; mastery of the class&apos;s standards.</source>
        <translation>Affiche la maîtrise des standards de la classe par les élèves.</translation>
    </message>
    <message>
        <source>Export a class&apos;s mastery as CSV (- = standard output).</source>
        <translation>Exporte la maîtrise d&apos;une classe en CSV (- = sortie standard).</translation>
    </message>
    <message>
        <source>Print or set a class&apos;s proficiency scale: the levels a standard&apos;s score is read against, lowest first. Without LEVELS it prints one level a line (value, tab, label).</source>
        <translation>Affiche ou définit l&apos;échelle de compétence d&apos;une classe&#xa0;: les niveaux par rapport auxquels se lit le score d&apos;un standard, du plus bas au plus haut. Sans NIVEAUX, affiche un niveau par ligne (valeur, tabulation, libellé).</translation>
    </message>
    <message>
        <source>The levels as VALUE=LABEL separated by commas, lowest first, e.g. &quot;1=Beginning,2=Developing,3=Proficient,4=Exceeding&quot; (at least two).</source>
        <translation>Les niveaux sous la forme VALEUR=LIBELLÉ séparés par des virgules, du plus bas au plus haut, p. ex. &quot;1=Débutant,2=En développement,3=Compétent,4=Avancé&quot; (au moins deux).</translation>
    </message>
    <message>
        <source>Go back to the default scale (1 Beginning to 4 Exceeding).</source>
        <translation>Revenir à l&apos;échelle par défaut (de 1 Débutant à 4 Avancé).</translation>
    </message>
    <message>
        <source>give LEVELS or --default, not both</source>
        <translation>indiquez NIVEAUX ou --default, pas les deux</translation>
    </message>
    <message>
        <source>the scale was not changed: %1</source>
        <translation>l&apos;échelle n&apos;a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the class&apos;s method, %2</source>
        <translation>%1&#xa0;: la méthode de la classe, %2</translation>
    </message>
    <message>
        <source>%1: %2 (its own; the class uses %3)</source>
        <translation>%1&#xa0;: %2 (la sienne&#xa0;; la classe utilise %3)</translation>
    </message>
    <message>
        <source>Print or set the mastery method of one standard, used instead of the class&apos;s for that standard (in the Mastery tab, `mastery` and the exports).</source>
        <translation>Affiche ou définit la méthode de maîtrise d&apos;un standard, utilisée à la place de celle de la classe pour ce standard (dans l&apos;onglet Maîtrise, `mastery` et les exports).</translation>
    </message>
    <message>
        <source>The standard&apos;s code or id.</source>
        <translation>Le code ou l&apos;identifiant du standard.</translation>
    </message>
    <message>
        <source>The standard&apos;s own method.</source>
        <translation>La méthode propre au standard.</translation>
    </message>
    <message>
        <source>Its parameter: the newest score&apos;s weight in percent (weighted_average, 1-99), the rate in percent (decaying_average, 50-99) or how many scores at or above the class&apos;s threshold are needed (n_mastery, 1-20). Without it, the class&apos;s.</source>
        <translation>Son paramètre&#xa0;: la pondération de la note la plus récente en pourcentage (weighted_average, 1-99), le taux en pourcentage (decaying_average, 50-99) ou le nombre de notes égales ou supérieures au seuil de la classe nécessaires (n_mastery, 1-20). Sans lui, celui de la classe.</translation>
    </message>
    <message>
        <source>Go back to the class&apos;s method.</source>
        <translation>Revenir à la méthode de la classe.</translation>
    </message>
    <message>
        <source>--clear cannot be combined with --method or --param</source>
        <translation>--clear ne peut pas se combiner avec --method ni --param</translation>
    </message>
    <message>
        <source>--param needs --method</source>
        <translation>--param nécessite --method</translation>
    </message>
    <message>
        <source>Print or set a class&apos;s proficiency scale.</source>
        <translation>Affiche ou définit l&apos;échelle de compétence d&apos;une classe.</translation>
    </message>
    <message>
        <source>Print or set a standard&apos;s own mastery method.</source>
        <translation>Affiche ou définit la méthode de maîtrise propre à un standard.</translation>
    </message>
</context>
<context>
    <name>k12::StandardImport</name>
    <message>
        <source>Strand: %1 - %2</source>
        <translation>Domaine&#xa0;: %1 - %2</translation>
    </message>
    <message>
        <source>%1, line %2: the column &quot;%3&quot; appears twice.</source>
        <translation>%1, ligne %2&#xa0;: la colonne «&#xa0;%3&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1, line %2: the header has no &quot;code&quot; column (found: %3).</source>
        <translation>%1, ligne %2&#xa0;: l&apos;en-tête n&apos;a pas de colonne «&#xa0;code&#xa0;» (trouvées&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>le code est vide.</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is already on line %2.</source>
        <translation>le code «&#xa0;%1&#xa0;» est déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>%1: no standards below the header.</source>
        <translation>%1&#xa0;: aucun standard sous l&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>k12::StandardLevelsModel</name>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation>%1 sur %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>%1, %2: level %3</source>
        <translation>%1, %2&#xa0;: niveau %3</translation>
    </message>
    <message>
        <source>%1, %2: no level</source>
        <translation>%1, %2&#xa0;: aucun niveau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level: type a number of the scale (%2 to %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau&#xa0;: tapez un nombre de l&apos;échelle (de %2 à %3).</translation>
    </message>
</context>
<context>
    <name>k12::StandardMethodDialog</name>
    <message>
        <source>Method for %1</source>
        <translation>Méthode pour %1</translation>
    </message>
    <message>
        <source>The class&apos;s method: %1</source>
        <translation>La méthode de la classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 can be computed with its own method instead of the class&apos;s, e.g. the highest level for a skill shown once, a decaying average for one that builds up.</source>
        <translation>%1 peut être calculé avec sa propre méthode au lieu de celle de la classe, p. ex. le niveau le plus haut pour une compétence qu&apos;il suffit de montrer une fois, une moyenne dégressive pour une compétence qui se construit.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Scores &amp;needed (at or above %1):</source>
        <translation>Notes &amp;nécessaires (égales ou supérieures à %1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight of the newest score:</source>
        <translation>&amp;Pondération de la note la plus récente&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Decay &amp;rate:</source>
        <translation>&amp;Taux de dégressivité&#xa0;:</translation>
    </message>
    <message>
        <source>The standard follows the class&apos;s method (Class Settings, Standards Mastery).</source>
        <translation>Le standard suit la méthode de la classe (Paramètres de la classe, Maîtrise des standards).</translation>
    </message>
</context>
<context>
    <name>k12::StandardQueries</name>
    <message>
        <source>This class has no standard &quot;%1&quot;.</source>
        <translation>Cette classe n&apos;a pas de standard «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>k12::StandardsPicker</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>This class has no standards yet: add one below.</source>
        <translation>Cette classe n&apos;a pas encore de standards&#xa0;: ajoutez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>Code, e.g. CCSS.MATH.6.RP.A.1</source>
        <translation>Code, p. ex. CCSS.MATH.6.RP.A.1</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Description (facultatif)</translation>
    </message>
    <message>
        <source>Give the new standard a code before adding it.</source>
        <translation>Donnez un code au nouveau standard avant de l&apos;ajouter.</translation>
    </message>
</context>
<context>
    <name>k12::StudentDialog</name>
    <message>
        <source>Add Student</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>optional, from the school&apos;s system</source>
        <translation>facultatif, du système de l&apos;école</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Numéro d&apos;élève&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Modifier l&apos;élève</translation>
    </message>
</context>
<context>
    <name>k12::StudentNameList</name>
    <message>
        <source>Line %1 is too long for a name (at most 100 characters).</source>
        <translation>La ligne %1 est trop longue pour un nom (100 caractères au plus).</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;): write the family name before the comma and the given name after it.</source>
        <translation>Ligne %1 («&#xa0;%2&#xa0;»)&#xa0;: écrivez le nom de famille avant la virgule et le prénom après.</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) has one name only: write &quot;Given Family&quot; or &quot;Family, Given&quot;.</source>
        <translation>La ligne %1 («&#xa0;%2&#xa0;») n&apos;a qu&apos;un seul nom&#xa0;: écrivez «&#xa0;Prénom Nom&#xa0;» ou «&#xa0;Nom, Prénom&#xa0;».</translation>
    </message>
</context>
<context>
    <name>k12::StudentRepository</name>
    <message>
        <source>No student with number or id &quot;%1&quot; is enrolled in this class.</source>
        <translation>Aucun élève avec le numéro ou l&apos;identifiant «&#xa0;%1&#xa0;» n&apos;est inscrit dans cette classe.</translation>
    </message>
    <message>
        <source>Several students in this class have the number &quot;%1&quot;; use the student id.</source>
        <translation>Plusieurs élèves de cette classe ont le numéro «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;identifiant de l&apos;élève.</translation>
    </message>
</context>
<context>
    <name>k12::StudentsPage</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... et %n de plus.</numerusform>
            <numerusform>... et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type or paste names</source>
        <translation>&amp;Taper ou coller des noms</translation>
    </message>
    <message>
        <source>&amp;Import a roster file (CSV)</source>
        <translation>&amp;Importer un fichier de liste de classe (CSV)</translation>
    </message>
    <message>
        <source>Start with a &amp;sample roster (12 made-up students you can remove later)</source>
        <translation>Commencer avec une liste d&apos;&amp;exemple (12 élèves fictifs que vous pourrez retirer ensuite)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Add your students</source>
        <translation>Ajoutez vos élèves</translation>
    </message>
    <message>
        <source>You can also leave this empty and add students later in the Roster tab.</source>
        <translation>Vous pouvez aussi laisser vide et ajouter des élèves plus tard dans l&apos;onglet Liste de classe.</translation>
    </message>
    <message>
        <source>One student per line, for example:
Lovelace, Ada
Grace Hopper</source>
        <translation>Un élève par ligne, par exemple&#xa0;:
Lovelace, Ada
Grace Hopper</translation>
    </message>
    <message>
        <source>A CSV file with given_name and family_name columns</source>
        <translation>Un fichier CSV avec les colonnes given_name et family_name</translation>
    </message>
    <message>
        <source>These students will be added: %1.</source>
        <translation>Ces élèves seront ajoutés&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This class has %n student(s) already; the names here are added to them (a name already in the class is not added twice).</source>
        <translation>
            <numerusform>Cette classe a déjà %n élève&#xa0;; les noms saisis ici s&apos;y ajoutent (un nom déjà dans la classe n&apos;est pas ajouté deux fois).</numerusform>
            <numerusform>Cette classe a déjà %n élèves&#xa0;; les noms saisis ici s&apos;y ajoutent (un nom déjà dans la classe n&apos;est pas ajouté deux fois).</numerusform>
        </translation>
    </message>
    <message>
        <source>No names yet: the class starts with an empty roster.</source>
        <translation>Pas encore de noms&#xa0;: la classe commence avec une liste vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be added.</source>
        <translation>
            <numerusform>%n élève sera ajouté.</numerusform>
            <numerusform>%n élèves seront ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the roster file exported from your school&apos;s system.</source>
        <translation>Choisissez le fichier de liste de classe exporté du système de votre école.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be imported.</source>
        <translation>
            <numerusform>%n élève sera importé.</numerusform>
            <numerusform>%n élèves seront importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is fixed:</source>
        <translation>Rien ne sera importé tant que le fichier n&apos;est pas corrigé&#xa0;:</translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The students were not added: %1</source>
        <translation>Les élèves n&apos;ont pas été ajoutés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::SyncAccount</name>
    <message>
        <source>&quot;%1&quot; is not a server address (for example https://k12.school.org).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur (par exemple https://k12.school.org).</translation>
    </message>
    <message>
        <source>Not signed in to a school server: use &quot;k12-teacher login&quot; or Settings &gt; Account.</source>
        <translation>Non connecté à un serveur scolaire&#xa0;: utilisez «&#xa0;k12-teacher login&#xa0;» ou Paramètres &gt; Compte.</translation>
    </message>
    <message>
        <source>The sign-in for %1 is not available on this computer; please sign in again (Settings &gt; Account).</source>
        <translation>La connexion pour %1 n&apos;est pas disponible sur cet ordinateur&#xa0;; reconnectez-vous (Paramètres &gt; Compte).</translation>
    </message>
    <message>
        <source>The sign-in for %1 is not in the system keychain any more; please sign in again.</source>
        <translation>La connexion pour %1 n&apos;est plus dans le trousseau du système&#xa0;; reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>k12::SyncActions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Account...</source>
        <translation>&amp;Compte...</translation>
    </message>
    <message>
        <source>&amp;Conflicts...</source>
        <translation>C&amp;onflits...</translation>
    </message>
    <message>
        <source>Sync &amp;Problems...</source>
        <translation>&amp;Problèmes de synchronisation...</translation>
    </message>
    <message>
        <source>Send your changes to the school&apos;s server and receive others&apos; now</source>
        <translation>Envoyer maintenant vos modifications au serveur de l&apos;école et recevoir celles des autres</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server, or sign out</source>
        <translation>Se connecter au serveur de votre école, ou se déconnecter</translation>
    </message>
    <message>
        <source>Choose between your value and the server&apos;s where both changed</source>
        <translation>Choisir entre votre valeur et celle du serveur là où les deux ont changé</translation>
    </message>
    <message>
        <source>See the changes the server refused and the rows this computer could not store, and why</source>
        <translation>Voir les modifications refusées par le serveur et les lignes que cet ordinateur n&apos;a pas pu enregistrer, et pourquoi</translation>
    </message>
</context>
<context>
    <name>k12::SyncCommands</name>
    <message>
        <source>Sign in to the school&apos;s server; the sign-in is kept in the system keychain.</source>
        <translation>Se connecte au serveur de l&apos;école&#xa0;; la connexion est gardée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The server address, e.g. https://k12.school.org.</source>
        <translation>L&apos;adresse du serveur, p. ex. https://k12.school.org.</translation>
    </message>
    <message>
        <source>Your email address on the server.</source>
        <translation>Votre adresse courriel sur le serveur.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--server, --email and --password-stdin are required</source>
        <translation>--server, --email et --password-stdin sont obligatoires</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt; on %3.</source>
        <translation>Connecté en tant que %1 &lt;%2&gt; sur %3.</translation>
    </message>
    <message>
        <source>Sign out of the school&apos;s server. Queued changes stay on this computer.</source>
        <translation>Se déconnecte du serveur de l&apos;école. Les modifications en file restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Send every queued change to the server and receive the server&apos;s changes. Exits 0 only when nothing is left to send and nothing failed; 3 when the server cannot be reached.</source>
        <translation>Envoie au serveur toutes les modifications en file et reçoit celles du serveur. Quitte avec 0 seulement s&apos;il ne reste rien à envoyer et que rien n&apos;a échoué&#xa0;; 3 si le serveur est injoignable.</translation>
    </message>
    <message>
        <source>Delete here the rows the server deleted that were held for your say, then sync.</source>
        <translation>Supprimer ici les lignes supprimées par le serveur qui étaient retenues en attendant votre avis, puis synchroniser.</translation>
    </message>
    <message>
        <source>Keep the rows the server deleted that were held for your say, and send them back to the server.</source>
        <translation>Garder les lignes supprimées par le serveur qui étaient retenues en attendant votre avis, et les renvoyer au serveur.</translation>
    </message>
    <message>
        <source>Choose --apply-deletions or --keep, not both.</source>
        <translation>Choisissez --apply-deletions ou --keep, pas les deux.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n held row(s).</source>
        <translation>
            <numerusform>%n ligne retenue supprimée.</numerusform>
            <numerusform>%n lignes retenues supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n held row(s); they are sent back to the server now.</source>
        <translation>
            <numerusform>%n ligne retenue gardée&#xa0;; elle est renvoyée au serveur maintenant.</numerusform>
            <numerusform>%n lignes retenues gardées&#xa0;; elles sont renvoyées au serveur maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was restored from a backup: this computer caught up with it and sent back %n change(s) the backup lacked.</source>
        <translation>
            <numerusform>Le serveur a été restauré depuis une sauvegarde&#xa0;: cet ordinateur s&apos;est remis à jour et lui a renvoyé %n modification qui manquait à la sauvegarde.</numerusform>
            <numerusform>Le serveur a été restauré depuis une sauvegarde&#xa0;: cet ordinateur s&apos;est remis à jour et lui a renvoyé %n modifications qui manquaient à la sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the server could not be stored here and were set aside; the rest of the sync went on.</source>
        <translation>
            <numerusform>%n ligne du serveur n&apos;a pas pu être enregistrée ici et a été mise de côté&#xa0;; le reste de la synchronisation a continué.</numerusform>
            <numerusform>%n lignes du serveur n&apos;ont pas pu être enregistrées ici et ont été mises de côté&#xa0;; le reste de la synchronisation a continué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for this reason: it will not get better by itself. Send &quot;k12-teacher status&quot; to your school&apos;s IT.</source>
        <translation>
            <numerusform>La synchronisation a échoué %n fois de suite pour ce motif&#xa0;: cela ne s&apos;arrangera pas tout seul. Envoyez «&#xa0;k12-teacher status&#xa0;» au service informatique de votre école.</numerusform>
            <numerusform>La synchronisation a échoué %n fois de suite pour ce motif&#xa0;: cela ne s&apos;arrangera pas tout seul. Envoyez «&#xa0;k12-teacher status&#xa0;» au service informatique de votre école.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server; see &quot;k12-teacher status&quot;.</source>
        <translation>
            <numerusform>%n modification a été refusée par le serveur&#xa0;; voir «&#xa0;k12-teacher status&#xa0;».</numerusform>
            <numerusform>%n modifications ont été refusées par le serveur&#xa0;; voir «&#xa0;k12-teacher status&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%n modification attend encore d&apos;être envoyée.</numerusform>
            <numerusform>%n modifications attendent encore d&apos;être envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server deleted %n row(s) that are kept here until you decide: nothing was deleted. &quot;k12-teacher sync --apply-deletions&quot; deletes them here, &quot;k12-teacher sync --keep&quot; sends them back to the server.</source>
        <translation>
            <numerusform>Le serveur a supprimé %n ligne qui est gardée ici jusqu&apos;à votre décision&#xa0;: rien n&apos;a été supprimé. «&#xa0;k12-teacher sync --apply-deletions&#xa0;» la supprime ici, «&#xa0;k12-teacher sync --keep&#xa0;» la renvoie au serveur.</numerusform>
            <numerusform>Le serveur a supprimé %n lignes qui sont gardées ici jusqu&apos;à votre décision&#xa0;: rien n&apos;a été supprimé. «&#xa0;k12-teacher sync --apply-deletions&#xa0;» les supprime ici, «&#xa0;k12-teacher sync --keep&#xa0;» les renvoie au serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>would delete: %1 %2</source>
        <translation>supprimerait&#xa0;: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the server are set aside: they could not be stored here and are tried again on every sync; see &quot;k12-teacher status&quot;.</source>
        <translation>
            <numerusform>%n ligne du serveur est mise de côté&#xa0;: elle n&apos;a pas pu être enregistrée ici et est réessayée à chaque synchronisation&#xa0;; voir «&#xa0;k12-teacher status&#xa0;».</numerusform>
            <numerusform>%n lignes du serveur sont mises de côté&#xa0;: elles n&apos;ont pas pu être enregistrées ici et sont réessayées à chaque synchronisation&#xa0;; voir «&#xa0;k12-teacher status&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your decision: see &quot;k12-teacher conflicts&quot;.</source>
        <translation>
            <numerusform>%n conflit attend votre décision&#xa0;: voir «&#xa0;k12-teacher conflicts&#xa0;».</numerusform>
            <numerusform>%n conflits attendent votre décision&#xa0;: voir «&#xa0;k12-teacher conflicts&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the sync state: online or not, changes waiting, rejected changes, conflicts, last sync, cursor.</source>
        <translation>Affiche l&apos;état de la synchronisation&#xa0;: en ligne ou non, modifications en attente, modifications refusées, conflits, dernière synchronisation, curseur.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Do not contact the server; report what the profile knows.</source>
        <translation>Ne pas contacter le serveur&#xa0;; indiquer ce que sait le profil.</translation>
    </message>
    <message>
        <source>rejected: %1 %2: %3</source>
        <translation>refusée&#xa0;: %1 %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>held: %1 %2 rev %3 (%n tries): %4</source>
        <translation>
            <numerusform>retenue&#xa0;: %1 %2 rév. %3 (%n essai)&#xa0;: %4</numerusform>
            <numerusform>retenue&#xa0;: %1 %2 rév. %3 (%n essais)&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle a conflict: keep your value (sent again to the server) or the server&apos;s.</source>
        <translation>Règle un conflit&#xa0;: garder votre valeur (renvoyée au serveur) ou celle du serveur.</translation>
    </message>
    <message>
        <source>The conflict&apos;s id (see &quot;k12-teacher conflicts&quot;).</source>
        <translation>L&apos;identifiant du conflit (voir «&#xa0;k12-teacher conflicts&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;mine&quot; or &quot;server&quot;.</source>
        <translation>&quot;mine&quot; ou &quot;server&quot;.</translation>
    </message>
    <message>
        <source>--keep must be &quot;mine&quot; or &quot;server&quot;</source>
        <translation>--keep doit être &quot;mine&quot; ou &quot;server&quot;</translation>
    </message>
    <message>
        <source>No open conflict has the id %1.</source>
        <translation>Aucun conflit ouvert n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Kept your value; it is sent with the next sync.</source>
        <translation>Votre valeur a été gardée&#xa0;; elle est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Kept the server&apos;s value.</source>
        <translation>La valeur du serveur a été gardée.</translation>
    </message>
    <message>
        <source>List the conflicts waiting for your decision.</source>
        <translation>Liste les conflits qui attendent votre décision.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>mine: %1</source>
        <translation>la mienne&#xa0;: %1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in to the school&apos;s server.</source>
        <translation>Se connecte au serveur de l&apos;école.</translation>
    </message>
    <message>
        <source>Sign out; queued changes stay.</source>
        <translation>Se déconnecte&#xa0;; les modifications en file restent.</translation>
    </message>
    <message>
        <source>One full push and pull (exit 3 when offline).</source>
        <translation>Un envoi et une réception complets (quitte avec 3 hors ligne).</translation>
    </message>
    <message>
        <source>Sync state, queued changes, conflicts.</source>
        <translation>État de la synchronisation, modifications en file, conflits.</translation>
    </message>
    <message>
        <source>List open conflicts.</source>
        <translation>Liste les conflits ouverts.</translation>
    </message>
    <message>
        <source>Settle a conflict.</source>
        <translation>Règle un conflit.</translation>
    </message>
    <message>
        <source>Sent %1: %2 applied, %3 in conflict, %4 rejected. Received %5.</source>
        <translation>Envoi&#xa0;: %1 (appliquées&#xa0;: %2, en conflit&#xa0;: %3, refusées&#xa0;: %4). Réception&#xa0;: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SyncService</name>
    <message>
        <source>That conflict no longer exists.</source>
        <translation>Ce conflit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That change is no longer waiting.</source>
        <translation>Cette modification n&apos;est plus en attente.</translation>
    </message>
</context>
<context>
    <name>k12::SyncSession</name>
    <message>
        <source>The local database is busy: %1</source>
        <translation>La base de données locale est occupée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot update the outbox.</source>
        <translation>Impossible de mettre à jour la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>Cannot save the sync position.</source>
        <translation>Impossible d&apos;enregistrer la position de synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>The server answered %1 of %n change(s); they will be sent again.</source>
        <translation>
            <numerusform>Le serveur a répondu à %1 modification sur %n&#xa0;; elles seront renvoyées.</numerusform>
            <numerusform>Le serveur a répondu à %1 des %n modifications&#xa0;; elles seront renvoyées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SyncSettingsPage</name>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir...</translation>
    </message>
    <message>
        <source>None: only the certificate authorities this computer trusts</source>
        <translation>Aucune&#xa0;: seules les autorités de certification auxquelles cet ordinateur fait confiance</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate authority:</source>
        <translation>&amp;Faire confiance à cette autorité de certification&#xa0;:</translation>
    </message>
    <message>
        <source>When the school&apos;s server has a certificate from the school&apos;s own certificate authority, choose that authority&apos;s certificate (a PEM file, from the school&apos;s IT). It is trusted in addition to the usual ones, from the next time K12 Teacher starts; certificates are always checked.</source>
        <translation>Si le serveur de l&apos;établissement a un certificat de la propre autorité de certification de l&apos;établissement, choisissez le certificat de cette autorité (un fichier PEM, fourni par le service informatique). Il s&apos;ajoute aux autorités habituelles à partir du prochain démarrage de K12 Teacher&#xa0;; les certificats sont toujours vérifiés.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>k12::SyncStatusWidget</name>
    <message>
        <source>The same thing was changed here and on the server. Click to choose what to keep.</source>
        <translation>La même chose a été modifiée ici et sur le serveur. Cliquez pour choisir ce qu&apos;il faut garder.</translation>
    </message>
    <message>
        <source>Changes the server refused. Click to see why.</source>
        <translation>Modifications refusées par le serveur. Cliquez pour voir pourquoi.</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>synchronisé à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>synced %n minute(s) ago</source>
        <translation>
            <numerusform>synchronisé il y a %n minute</numerusform>
            <numerusform>synchronisé il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n hour(s) ago</source>
        <translation>
            <numerusform>synchronisé il y a %n heure</numerusform>
            <numerusform>synchronisé il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>synced yesterday at %1</source>
        <translation>synchronisé hier à %1</translation>
    </message>
    <message>
        <source>synced on %1</source>
        <translation>synchronisé le %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Toutes les modifications synchronisées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change made on this computer has reached the server.</source>
        <translation>Toutes les modifications faites sur cet ordinateur sont arrivées au serveur.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync.</source>
        <translation>Enregistré sur cet ordinateur&#xa0;; envoyé au serveur à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected change(s)</source>
        <translation>
            <numerusform>%Ln modification refusée</numerusform>
            <numerusform>%Ln modifications refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not stored</source>
        <translation>
            <numerusform>%Ln ligne non enregistrée</numerusform>
            <numerusform>%Ln lignes non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stuck</source>
        <translation>Synchronisation bloquée</translation>
    </message>
    <message>
        <source>Rows from the server could not be stored on this computer; the rest was synced. Click to see why.</source>
        <translation>Des lignes du serveur n&apos;ont pas pu être enregistrées sur cet ordinateur&#xa0;; le reste a été synchronisé. Cliquez pour voir pourquoi.</translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for the same reason: %1</source>
        <translation>
            <numerusform>La synchronisation a échoué %n fois de suite pour le même motif&#xa0;: %1</numerusform>
            <numerusform>La synchronisation a échoué %n fois de suite pour le même motif&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In...</source>
        <translation>Se connecter...</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server again (Settings &gt; Account)</source>
        <translation>Se reconnecter au serveur de votre école (Paramètres &gt; Compte)</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Envoyer et recevoir les modifications maintenant</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Envoi des modifications&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending changes: %Ln</source>
        <translation>
            <numerusform>Envoi des modifications&#xa0;: %Ln</numerusform>
            <numerusform>Envoi des modifications&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving changes: %Ln so far</source>
        <translation>
            <numerusform>Réception des modifications&#xa0;: %Ln jusqu&apos;ici</numerusform>
            <numerusform>Réception des modifications&#xa0;: %Ln jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer has not completed a sync with the server yet.</source>
        <translation>Cet ordinateur n&apos;a pas encore terminé de synchronisation avec le serveur.</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Connexion...</translation>
    </message>
    <message>
        <source>Online, syncing...</source>
        <translation>En ligne, synchronisation...</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Working offline, changes are kept</source>
        <translation>Hors ligne, les modifications sont gardées</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation>Serveur indisponible</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Sur cet ordinateur seulement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reaching %1 as %2...</source>
        <translation>Connexion à %1 en tant que %2...</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Everything you change is saved on this computer and sent when the server can be reached again.</source>
        <translation>%1 est injoignable. Tout ce que vous modifiez est enregistré sur cet ordinateur et envoyé quand le serveur sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>%1 answers with errors, so K12 Teacher waits before trying again. Everything you change is saved on this computer.</source>
        <translation>%1 répond avec des erreurs, K12 Teacher attend donc avant de réessayer. Tout ce que vous modifiez est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Your changes are kept on this computer until you sign in again (Settings &gt; Account).</source>
        <translation>Non connecté à %1. Vos modifications sont gardées sur cet ordinateur jusqu&apos;à votre reconnexion (Paramètres &gt; Compte).</translation>
    </message>
    <message>
        <source>Not connected to a school server: everything is saved on this computer only. To sync with your school&apos;s server, use Settings &gt; Account.</source>
        <translation>Non connecté à un serveur scolaire&#xa0;: tout est enregistré sur cet ordinateur seulement. Pour synchroniser avec le serveur de votre école, utilisez Paramètres &gt; Compte.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Dernier problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Prochain essai à %1.</translation>
    </message>
</context>
<context>
    <name>k12::TagStandardsDialog</name>
    <message>
        <source>Standards of &quot;%1&quot;</source>
        <translation>Standards de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Standards of %n assignment(s)</source>
        <translation>
            <numerusform>Standards de %n devoir</numerusform>
            <numerusform>Standards de %n devoirs</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, e.g. RL.7.1</source>
        <translation>Code, p. ex. RL.7.1</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Description (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add Standard</source>
        <translation>&amp;Ajouter un standard</translation>
    </message>
    <message>
        <source>A tagged assignment can be scored per standard (Grades &gt; Grade by Standard). Standards are shared with the lesson plans.</source>
        <translation>Un devoir associé peut être noté par standard (Notes &gt; Noter par standard). Les standards sont partagés avec les plans de leçon.</translation>
    </message>
    <message>
        <source>&amp;Standards:</source>
        <translation>&amp;Standards&#xa0;:</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>This class has no standards yet: add the first one below.</source>
        <translation>Cette classe n&apos;a pas encore de standards&#xa0;: ajoutez le premier ci-dessous.</translation>
    </message>
    <message>
        <source>Tag with Standards</source>
        <translation>Associer des standards</translation>
    </message>
    <message>
        <source>Standards not changed</source>
        <translation>Standards non modifiés</translation>
    </message>
</context>
<context>
    <name>k12::TermFinals</name>
    <message>
        <source>A formula needs at least one part; clear it to grade the period by its own assignments.</source>
        <translation>Une formule a besoin d&apos;au moins une partie&#xa0;; effacez-la pour noter la période par ses propres devoirs.</translation>
    </message>
    <message>
        <source>Each part of a formula is one period, one assignment or one category.</source>
        <translation>Chaque partie d&apos;une formule est une période, un devoir ou une catégorie.</translation>
    </message>
    <message>
        <source>The weight of each part must be a number above 0.</source>
        <translation>La pondération de chaque partie doit être un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>A period cannot be part of its own formula.</source>
        <translation>Une période ne peut pas faire partie de sa propre formule.</translation>
    </message>
    <message>
        <source>The formula names a grading period this class does not have.</source>
        <translation>La formule nomme une période de notation que cette classe n&apos;a pas.</translation>
    </message>
    <message>
        <source>The formula names an assignment this class does not have.</source>
        <translation>La formule nomme un devoir que cette classe n&apos;a pas.</translation>
    </message>
    <message>
        <source>The formula names a category this class does not have.</source>
        <translation>La formule nomme une catégorie que cette classe n&apos;a pas.</translation>
    </message>
    <message>
        <source>The formula lists the same part twice.</source>
        <translation>La formule contient deux fois la même partie.</translation>
    </message>
    <message>
        <source>The weights of a formula must add up to more than 0.</source>
        <translation>Les pondérations d&apos;une formule doivent totaliser plus de 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already computed from this period: a formula cannot go round in a circle.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà calculée à partir de cette période&#xa0;: une formule ne peut pas tourner en rond.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>k12::TodayCommands</name>
    <message>
        <source>(no plan yet)</source>
        <translation>(pas encore de plan)</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Next school day, %1</source>
        <translation>Jour d&apos;école suivant, %1</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À rendre cette semaine</translation>
    </message>
    <message>
        <source>Ungraded past due (class, assignment, due, empty cells)</source>
        <translation>Non notés et échus (classe, devoir, remise, cellules vides)</translation>
    </message>
    <message>
        <source>Students with missing work (class, student, missing)</source>
        <translation>Élèves avec des travaux non rendus (classe, élève, non rendus)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>signed in to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>dernière erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln modification en attente de synchronisation</numerusform>
            <numerusform>%Ln modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit ouvert</numerusform>
            <numerusform>%Ln conflits ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected change(s)</source>
        <translation>
            <numerusform>%Ln modification refusée</numerusform>
            <numerusform>%Ln modifications refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) held back</source>
        <translation>
            <numerusform>%Ln ligne retenue</numerusform>
            <numerusform>%Ln lignes retenues</numerusform>
        </translation>
    </message>
    <message>
        <source>What the Today page shows, across all active classes: today&apos;s and the next school day&apos;s lessons (and class days without a plan), assignments due this week, ungraded work past its due date, students with missing work, and the state of sync.</source>
        <translation>Ce que montre la page Aujourd&apos;hui, pour toutes les classes actives&#xa0;: les leçons d&apos;aujourd&apos;hui et du jour d&apos;école suivant (et les jours de classe sans plan), les devoirs à rendre cette semaine, les travaux non notés dont la date de remise est passée, les élèves avec des travaux non rendus et l&apos;état de la synchronisation.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text sections.</source>
        <translation>Afficher un objet JSON au lieu de sections de texte.</translation>
    </message>
    <message>
        <source>As if today were this day (default: today).</source>
        <translation>Comme si aujourd&apos;hui était ce jour (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Check the reminders now and show the due ones as desktop notifications, as the app does on start and every hour. Prints what was sent.</source>
        <translation>Vérifie maintenant les rappels et affiche ceux qui sont dus en notifications de bureau, comme le fait l&apos;application au démarrage et toutes les heures. Affiche ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>Also the reminders already shown today or snoozed.</source>
        <translation>Aussi les rappels déjà affichés aujourd&apos;hui ou reportés.</translation>
    </message>
    <message>
        <source>No desktop notification service is running (org.freedesktop.Notifications on the session bus).</source>
        <translation>Aucun service de notifications de bureau n&apos;est en cours d&apos;exécution (org.freedesktop.Notifications sur le bus de session).</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Aucun rappel n&apos;est dû.</translation>
    </message>
    <message>
        <source>Today&apos;s lessons, due and ungraded work, students missing work, sync</source>
        <translation>Leçons du jour, travaux à rendre et non notés, élèves avec des travaux non rendus, synchronisation</translation>
    </message>
    <message>
        <source>Show the due reminders as desktop notifications now</source>
        <translation>Afficher maintenant les rappels dus en notifications de bureau</translation>
    </message>
</context>
<context>
    <name>k12::TodayNavigator</name>
    <message>
        <source>This profile works on this computer only: sign in under Settings to sync with your school&apos;s server.</source>
        <translation>Ce profil fonctionne sur cet ordinateur seulement&#xa0;: connectez-vous dans Paramètres pour synchroniser avec le serveur de votre école.</translation>
    </message>
</context>
<context>
    <name>k12::TodayView</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No plan yet — press Enter to create one</source>
        <translation>Pas encore de plan — appuyez sur Entrée pour en créer un</translation>
    </message>
    <message>
        <source>Today&apos;s lessons</source>
        <translation>Leçons du jour</translation>
    </message>
    <message>
        <source>Lessons on %1</source>
        <translation>Leçons du %1</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À rendre cette semaine</translation>
    </message>
    <message>
        <source>Ungraded, past due</source>
        <translation>Non notés, échus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to grade</source>
        <translation>
            <numerusform>%Ln à noter</numerusform>
            <numerusform>%Ln à noter</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>à rendre le %1</translation>
    </message>
    <message>
        <source>Students with missing work</source>
        <translation>Élèves avec des travaux non rendus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln non rendu</numerusform>
            <numerusform>%Ln non rendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Working on this computer only</source>
        <translation>Travail sur cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>La dernière synchronisation a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflit à régler</numerusform>
            <numerusform>%Ln conflits à régler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) rejected by the server</source>
        <translation>
            <numerusform>%Ln modification refusée par le serveur</numerusform>
            <numerusform>%Ln modifications refusées par le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) from the server held back</source>
        <translation>
            <numerusform>%Ln ligne du serveur retenue</numerusform>
            <numerusform>%Ln lignes du serveur retenues</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson for %1</source>
        <translation>Leçon pour %1</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
</context>
<context>
    <name>k12::TrustedAuthority</name>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Le fichier d&apos;autorité de certification %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Le fichier d&apos;autorité de certification %1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>k12::TurnedInDialog</name>
    <message>
        <source>Turned In On</source>
        <translation>Rendu le</translation>
    </message>
    <message>
        <source>When was &quot;%1&quot; turned in by %2?</source>
        <translation>Quand «&#xa0;%1&#xa0;» a-t-il été rendu par %2&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>When was the work of the %n selected cell(s) turned in?</source>
        <translation>
            <numerusform>Quand le travail de la cellule sélectionnée a-t-il été rendu&#xa0;?</numerusform>
            <numerusform>Quand le travail des %n cellules sélectionnées a-t-il été rendu&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Days late are school days, Monday to Friday, after the due date; work turned in on a Saturday or Sunday counts from the Monday after. Holidays are not known here: where one falls, type L and the days in the cell (L2: 2 days late).</source>
        <translation>Les jours de retard sont des jours d&apos;école, du lundi au vendredi, après la date de remise&#xa0;; un travail rendu un samedi ou un dimanche compte à partir du lundi suivant. Les jours fériés ne sont pas connus ici&#xa0;: s&apos;il y en a un, tapez L et le nombre de jours dans la cellule (L2&#xa0;: 2 jours de retard).</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Turned in on:</source>
        <translation>&amp;Rendu le&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, due %2: %3</source>
        <translation>«&#xa0;%1&#xa0;», à rendre le %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more assignment(s))</source>
        <translation>
            <numerusform>(et %n devoir de plus)</numerusform>
            <numerusform>(et %n devoirs de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>This class has no late penalty: the cells are marked late with their days, and nothing is deducted.</source>
        <translation>Cette classe n&apos;a pas de pénalité de retard&#xa0;: les cellules sont marquées en retard avec leurs jours, et rien n&apos;est retiré.</translation>
    </message>
    <message>
        <source>Late penalty: %1.</source>
        <translation>Pénalité de retard&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>k12::UnitEditor</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready to teach</source>
        <translation>Prête à enseigner</translation>
    </message>
    <message>
        <source>What the unit is about and what students will be able to do</source>
        <translation>De quoi traite l&apos;unité et ce que les élèves seront capables de faire</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unit plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan d&apos;unité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Essential questions:</source>
        <translation>&amp;Questions essentielles&#xa0;:</translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation>Standards&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Unit Title</source>
        <translation>Modifier le titre de l&apos;unité</translation>
    </message>
    <message>
        <source>Change Unit Start</source>
        <translation>Modifier le début de l&apos;unité</translation>
    </message>
    <message>
        <source>Change Unit End</source>
        <translation>Modifier la fin de l&apos;unité</translation>
    </message>
    <message>
        <source>Edit Unit Summary</source>
        <translation>Modifier le résumé de l&apos;unité</translation>
    </message>
    <message>
        <source>Edit Essential Questions</source>
        <translation>Modifier les questions essentielles</translation>
    </message>
    <message>
        <source>This unit no longer exists.</source>
        <translation>Cette unité n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Change Unit Standards</source>
        <translation>Modifier les standards de l&apos;unité</translation>
    </message>
    <message>
        <source>Mark Unit Ready</source>
        <translation>Marquer l&apos;unité comme prête</translation>
    </message>
    <message>
        <source>Mark Unit as Draft</source>
        <translation>Marquer l&apos;unité comme brouillon</translation>
    </message>
    <message>
        <source>Standard %1 added to the class.</source>
        <translation>Standard %1 ajouté à la classe.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::UnitListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
</context>
<context>
    <name>k12::UnitPage</name>
    <message>
        <source>Your first unit plan</source>
        <translation>Votre premier plan d&apos;unité</translation>
    </message>
    <message>
        <source>A unit is a few weeks of lessons around one topic. Standards are optional.</source>
        <translation>Une unité, c&apos;est quelques semaines de leçons autour d&apos;un thème. Les standards sont facultatifs.</translation>
    </message>
    <message>
        <source>Code, e.g. CCSS.MATH.6.RP.A.1</source>
        <translation>Code, p. ex. CCSS.MATH.6.RP.A.1</translation>
    </message>
    <message>
        <source>A second code (optional)</source>
        <translation>Un deuxième code (facultatif)</translation>
    </message>
    <message>
        <source>What it says (optional)</source>
        <translation>Ce qu&apos;il dit (facultatif)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Unit &amp;title:</source>
        <translation>&amp;Titre de l&apos;unité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Standards:</source>
        <translation>&amp;Standards&#xa0;:</translation>
    </message>
    <message>
        <source>Summary, essential questions and more standards can be added later in the Plans tab.</source>
        <translation>Le résumé, les questions essentielles et d&apos;autres standards pourront être ajoutés plus tard dans l&apos;onglet Plans.</translation>
    </message>
    <message>
        <source>Unit 1</source>
        <translation>Unité 1</translation>
    </message>
    <message>
        <source>The unit ends before it starts: pick an end date on or after %1.</source>
        <translation>L&apos;unité finit avant de commencer&#xa0;: choisissez une date de fin le %1 ou après.</translation>
    </message>
    <message>
        <source>A unit longer than a year is probably a typo in the end date.</source>
        <translation>Une unité de plus d&apos;un an est sans doute une faute de frappe dans la date de fin.</translation>
    </message>
    <message>
        <source>The first standard needs a code (e.g. CCSS.MATH.6.RP.A.1) before its description.</source>
        <translation>Le premier standard a besoin d&apos;un code (p. ex. CCSS.MATH.6.RP.A.1) avant sa description.</translation>
    </message>
    <message>
        <source>The second standard needs a code before its description.</source>
        <translation>Le deuxième standard a besoin d&apos;un code avant sa description.</translation>
    </message>
    <message>
        <source>Both standards have the same code.</source>
        <translation>Les deux standards ont le même code.</translation>
    </message>
    <message>
        <source>Give the unit a title, e.g. Unit 1: Ratios.</source>
        <translation>Donnez un titre à l&apos;unité, p. ex. Unité 1&#xa0;: Rapports.</translation>
    </message>
    <message>
        <source>The unit was not saved: %1</source>
        <translation>L&apos;unité n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>k12::WeekPlanModel</name>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd&apos;hui)</translation>
    </message>
</context>
<context>
    <name>k12::WeekView</name>
    <message>
        <source>No lessons are planned for this week. Lessons appear here on their dates.</source>
        <translation>Aucune leçon n&apos;est prévue cette semaine. Les leçons apparaissent ici à leur date.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Cette semaine</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>Semaine &amp;suivante ▶</translation>
    </message>
    <message>
        <source>Double-click a lesson to open it</source>
        <translation>Double-cliquez sur une leçon pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
</context>
<context>
    <name>k12::WelcomePage</name>
    <message>
        <source>Welcome to K12 Teacher</source>
        <translation>Bienvenue dans K12 Teacher</translation>
    </message>
    <message>
        <source>Let&apos;s set up your first class. It takes about three minutes.</source>
        <translation>Configurons votre première classe. Cela prend environ trois minutes.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In a few short steps you will have:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;your first &lt;b&gt;class&lt;/b&gt;, with its &lt;b&gt;students&lt;/b&gt;,&lt;/li&gt;&lt;li&gt;&lt;b&gt;grading categories&lt;/b&gt; (weights you can change any time),&lt;/li&gt;&lt;li&gt;a first &lt;b&gt;unit plan&lt;/b&gt; and its first &lt;b&gt;lesson&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every step has sensible defaults: type a class name and press &lt;b&gt;Enter&lt;/b&gt; on each page to accept them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En quelques étapes, vous aurez&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;votre première &lt;b&gt;classe&lt;/b&gt;, avec ses &lt;b&gt;élèves&lt;/b&gt;,&lt;/li&gt;&lt;li&gt;des &lt;b&gt;catégories de notation&lt;/b&gt; (des pondérations modifiables à tout moment),&lt;/li&gt;&lt;li&gt;un premier &lt;b&gt;plan d&apos;unité&lt;/b&gt; et sa première &lt;b&gt;leçon&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Chaque étape a des valeurs par défaut raisonnables&#xa0;: tapez le nom d&apos;une classe et appuyez sur &lt;b&gt;Entrée&lt;/b&gt; sur chaque page pour les accepter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Everything is saved on this computer as you go, and works without a network. You can close this walkthrough at any step and continue later from Help &gt; Getting Started Walkthrough.</source>
        <translation>Tout est enregistré sur cet ordinateur au fur et à mesure et fonctionne sans réseau. Vous pouvez fermer cette visite guidée à n&apos;importe quelle étape et la reprendre plus tard depuis Aide &gt; Visite guidée des premiers pas.</translation>
    </message>
</context>
<context>
    <name>k12::WhatItTakesModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>noté</translation>
    </message>
    <message>
        <source>This student already has a score or a mark on the chosen assignment.</source>
        <translation>Cet élève a déjà une note ou une marque sur le devoir choisi.</translation>
    </message>
    <message>
        <source>secured</source>
        <translation>acquis</translation>
    </message>
    <message>
        <source>out of reach</source>
        <translation>hors d&apos;atteinte</translation>
    </message>
    <message>
        <source>Keeps %1 or better even with 0 % on the work still to come.</source>
        <translation>Garde %1 ou mieux même avec 0 % sur le travail à venir.</translation>
    </message>
    <message>
        <source>Does not reach %1 even with 100 % on the work still to come.</source>
        <translation>N&apos;atteint pas %1 même avec 100 % sur le travail à venir.</translation>
    </message>
    <message>
        <source>Needs %1 % on the work still to come for %2.</source>
        <translation>A besoin de %1 % sur le travail à venir pour %2.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>% final</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>k12::XlsxArchive</name>
    <message>
        <source>the zip archive is incomplete or damaged: its directory cannot be read</source>
        <translation>l&apos;archive zip est incomplète ou endommagée&#xa0;: son répertoire est illisible</translation>
    </message>
    <message>
        <source>the zip archive&apos;s directory is damaged</source>
        <translation>le répertoire de l&apos;archive zip est endommagé</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 est chiffré</translation>
    </message>
    <message>
        <source>%1 cannot be read while another part is open</source>
        <translation>%1 ne peut pas être lu tant qu&apos;une autre partie est ouverte</translation>
    </message>
    <message>
        <source>the zip archive is damaged at %1</source>
        <translation>l&apos;archive zip est endommagée à %1</translation>
    </message>
    <message>
        <source>no part of the workbook is open</source>
        <translation>aucune partie du classeur n&apos;est ouverte</translation>
    </message>
    <message>
        <source>the zip archive is cut short in %1</source>
        <translation>l&apos;archive zip est tronquée dans %1</translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation>%1 est tronqué</translation>
    </message>
    <message>
        <source>%1 is damaged (its compressed data is invalid)</source>
        <translation>%1 est endommagé (ses données compressées ne sont pas valides)</translation>
    </message>
    <message>
        <source>%1 is damaged (error %2 while unpacking it)</source>
        <translation>%1 est endommagé (erreur %2 lors de la décompression)</translation>
    </message>
    <message>
        <source>%1 is damaged (its check sum does not match)</source>
        <translation>%1 est endommagé (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message numerus="yes">
        <source>the zip archive has more than %Ln file(s)</source>
        <translation>
            <numerusform>l&apos;archive zip contient plus de %Ln fichier</numerusform>
            <numerusform>l&apos;archive zip contient plus de %Ln fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxPart</name>
    <message>
        <source>%1 is compressed in a way this program cannot unpack (method %2)</source>
        <translation>%1 est compressé d&apos;une manière que ce programme ne sait pas décompresser (méthode %2)</translation>
    </message>
    <message>
        <source>%1 is damaged (it unpacks to less than the archive says)</source>
        <translation>%1 est endommagé (il se décompresse en moins que ce qu&apos;indique l&apos;archive)</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %L1 MiB and is refused as a possible zip bomb</source>
        <translation>le classeur se décompresse en plus de %L1 Mio et est refusé comme possible bombe zip</translation>
    </message>
    <message>
        <source>%1 is damaged (it unpacks to more than the archive says)</source>
        <translation>%1 est endommagé (il se décompresse en plus que ce qu&apos;indique l&apos;archive)</translation>
    </message>
    <message>
        <source>%1 ends too early</source>
        <translation>%1 se termine trop tôt</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %L2: %3)</source>
        <translation>%1 n&apos;est pas du XML bien formé (ligne %L2&#xa0;: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a text longer than a spreadsheet cell can be (%Ln character(s))</source>
        <translation>
            <numerusform>%1 contient un texte plus long que ce que peut contenir une cellule de tableur (%Ln caractère)</numerusform>
            <numerusform>%1 contient un texte plus long que ce que peut contenir une cellule de tableur (%Ln caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxReader</name>
    <message>
        <source>%1: not an XLSX workbook (%2).</source>
        <translation>%1&#xa0;: ce n&apos;est pas un classeur XLSX (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a part of it is damaged</source>
        <translation>une partie est endommagée</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>il n&apos;a pas de %1</translation>
    </message>
    <message>
        <source>%1: the workbook unpacks to more than %L2 MiB and is refused as a possible zip bomb.</source>
        <translation>%1&#xa0;: le classeur se décompresse en plus de %L2 Mio et est refusé comme possible bombe zip.</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>ce n&apos;est pas une archive zip</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>il n&apos;a pas de feuille de calcul</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet named &quot;%2&quot;; its sheets are %3.</source>
        <translation>%1&#xa0;: le classeur n&apos;a pas de feuille nommée «&#xa0;%2&#xa0;»&#xa0;; ses feuilles sont %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a worksheet (a chart or macro sheet).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une feuille de calcul (c&apos;est une feuille de graphique ou de macros).</translation>
    </message>
    <message>
        <source>%1: row %L2 has a cell with the reference &quot;%3&quot;, which names no column.</source>
        <translation>%1&#xa0;: la ligne %L2 a une cellule de référence «&#xa0;%3&#xa0;», qui ne nomme aucune colonne.</translation>
    </message>
    <message>
        <source>%1: row %L2 has a cell past column %L3, the last a spreadsheet can have.</source>
        <translation>%1&#xa0;: la ligne %L2 a une cellule au-delà de la colonne %L3, la dernière possible dans un tableur.</translation>
    </message>
    <message>
        <source>%1: cell %2 of sheet &quot;%3&quot; refers to a text the workbook does not have.</source>
        <translation>%1&#xa0;: la cellule %2 de la feuille «&#xa0;%3&#xa0;» renvoie à un texte que le classeur n&apos;a pas.</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; has a row numbered &quot;%3&quot;.</source>
        <translation>%1&#xa0;: la feuille «&#xa0;%2&#xa0;» a une ligne numérotée «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>row %L1 of sheet &quot;%2&quot; comes after row %L3</source>
        <translation>la ligne %L1 de la feuille «&#xa0;%2&#xa0;» vient après la ligne %L3</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is empty; it needs a header row.</source>
        <translation>%1&#xa0;: la feuille «&#xa0;%2&#xa0;» est vide&#xa0;; il lui faut une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than %L2 MiB, more than a gradebook workbook can be.</source>
        <translation>%1&#xa0;: le fichier dépasse %L2 Mio, plus que ne peut faire un classeur de notes.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the workbook holds more than %Ln text(s), more than can be imported.</source>
        <translation>
            <numerusform>%1&#xa0;: le classeur contient plus de %Ln texte, plus qu&apos;on ne peut en importer.</numerusform>
            <numerusform>%1&#xa0;: le classeur contient plus de %Ln textes, plus qu&apos;on ne peut en importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the sheet &quot;%2&quot; has more than %Ln cell(s), more than can be imported.</source>
        <translation>
            <numerusform>%1&#xa0;: la feuille «&#xa0;%2&#xa0;» a plus de %Ln cellule, plus qu&apos;on ne peut en importer.</numerusform>
            <numerusform>%1&#xa0;: la feuille «&#xa0;%2&#xa0;» a plus de %Ln cellules, plus qu&apos;on ne peut en importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet &quot;%2&quot; has more than %Ln row(s), the most a spreadsheet can have.</source>
        <translation>
            <numerusform>%1&#xa0;: la feuille «&#xa0;%2&#xa0;» a plus de %Ln ligne, le maximum d&apos;un tableur.</numerusform>
            <numerusform>%1&#xa0;: la feuille «&#xa0;%2&#xa0;» a plus de %Ln lignes, le maximum d&apos;un tableur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxWriter</name>
    <message>
        <source>A spreadsheet needs at least one sheet.</source>
        <translation>Un classeur a besoin d&apos;au moins une feuille.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the spreadsheet: %1</source>
        <translation>Impossible de créer un dossier temporaire pour le classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not prepare the spreadsheet writer (no &quot;C&quot; locale).</source>
        <translation>Impossible de préparer l&apos;écriture du classeur (pas de paramètres régionaux «&#xa0;C&#xa0;»).</translation>
    </message>
    <message>
        <source>Could not create the spreadsheet.</source>
        <translation>Impossible de créer le classeur.</translation>
    </message>
    <message>
        <source>Could not create the spreadsheet: %1</source>
        <translation>Impossible de créer le classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add the worksheet &quot;%1&quot; to the spreadsheet.</source>
        <translation>Impossible d&apos;ajouter la feuille «&#xa0;%1&#xa0;» au classeur.</translation>
    </message>
    <message>
        <source>Cell %1 holds a number a spreadsheet cannot store (%2).</source>
        <translation>La cellule %1 contient un nombre qu&apos;un tableur ne peut pas stocker (%2).</translation>
    </message>
    <message>
        <source>Could not write cell %1 of the spreadsheet: %2</source>
        <translation>Impossible d&apos;écrire la cellule %1 du classeur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not set the width of column %1: %2</source>
        <translation>Impossible de définir la largeur de la colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read back the spreadsheet: %1</source>
        <translation>Impossible de relire le classeur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %Ln row(s); Excel holds at most %L1.</source>
        <translation>
            <numerusform>La feuille a %Ln ligne&#xa0;; Excel en contient au plus %L1.</numerusform>
            <numerusform>La feuille a %Ln lignes&#xa0;; Excel en contient au plus %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %Ln column(s); Excel holds at most %L1.</source>
        <translation>
            <numerusform>La feuille a %Ln colonne&#xa0;; Excel en contient au plus %L1.</numerusform>
            <numerusform>La feuille a %Ln colonnes&#xa0;; Excel en contient au plus %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 has %Ln character(s); a spreadsheet cell holds at most %L2.</source>
        <translation>
            <numerusform>La cellule %1 a %Ln caractère&#xa0;; une cellule de tableur en contient au plus %L2.</numerusform>
            <numerusform>La cellule %1 a %Ln caractères&#xa0;; une cellule de tableur en contient au plus %L2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::YearEndActions</name>
    <message>
        <source>Export the &amp;Year...</source>
        <translation>Exporter l&apos;&amp;année...</translation>
    </message>
    <message>
        <source>&amp;Delete Class...</source>
        <translation>&amp;Supprimer la classe...</translation>
    </message>
    <message>
        <source>Save every class of a term (gradebooks, progress reports, plans) as one zip file</source>
        <translation>Enregistrer toutes les classes d&apos;une session (carnets de notes, bulletins de progrès, plans) dans un seul fichier zip</translation>
    </message>
    <message>
        <source>Delete a class and everything in it, after a backup; archiving keeps it instead</source>
        <translation>Supprimer une classe et tout son contenu, après une sauvegarde&#xa0;; l&apos;archiver la garde plutôt</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Supprimer la classe</translation>
    </message>
    <message>
        <source>Deleted %1. A backup was kept; Edit &gt; Undo brings the class back.</source>
        <translation>%1 supprimée. Une sauvegarde a été gardée&#xa0;; Édition &gt; Annuler rétablit la classe.</translation>
    </message>
</context>
<context>
    <name>k12::YearEndCommands</name>
    <message>
        <source>Write one zip file with everything of a term: for every class (archived ones too) the gradebook as CSV and XLSX, the progress reports as one PDF and the unit plans as PDF, and a README.txt listing what is inside. The file is private (0600) and appears only when it is complete.</source>
        <translation>Écrit un fichier zip avec tout le contenu d&apos;une session&#xa0;: pour chaque classe (archivées comprises) le carnet de notes en CSV et XLSX, les bulletins de progrès en un PDF et les plans d&apos;unité en PDF, et un README.txt qui liste le contenu. Le fichier est privé (0600) et n&apos;apparaît qu&apos;une fois complet.</translation>
    </message>
    <message>
        <source>The term, as the classes name it (e.g. &quot;2025-26 Spring&quot;).</source>
        <translation>La session, telle que les classes la nomment (p. ex. «&#xa0;2025-26 Spring&#xa0;»).</translation>
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation>Le fichier zip à écrire.</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out est obligatoire</translation>
    </message>
    <message>
        <source>--term is required</source>
        <translation>--term est obligatoire</translation>
    </message>
    <message>
        <source>--term is required (terms: %1)</source>
        <translation>--term est obligatoire (sessions&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n class(es), </source>
        <translation>
            <numerusform>%n classe écrite, </numerusform>
            <numerusform>%n classes écrites, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), </source>
        <translation>
            <numerusform>%n fichier, </numerusform>
            <numerusform>%n fichiers, </numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a class and everything in it (roster, assignments, grades, plans) for good, archived or not. A backup of the whole profile is taken first (&quot;before-delete&quot;, kept 30 days); in the window, Edit &gt; Undo brings it back. Students stay in the profile.</source>
        <translation>Supprime définitivement une classe et tout son contenu (liste de classe, devoirs, notes, plans), archivée ou non. Une sauvegarde de tout le profil est faite d&apos;abord («&#xa0;before-delete&#xa0;», gardée 30 jours)&#xa0;; dans la fenêtre, Édition &gt; Annuler la rétablit. Les élèves restent dans le profil.</translation>
    </message>
    <message>
        <source>The class: its id, its exact name, or &quot;Name (Term)&quot;.</source>
        <translation>La classe&#xa0;: son identifiant, son nom exact ou «&#xa0;Nom (Session)&#xa0;».</translation>
    </message>
    <message>
        <source>Really delete it (without it, nothing is deleted).</source>
        <translation>La supprimer vraiment (sans cela, rien n&apos;est supprimé).</translation>
    </message>
    <message>
        <source>Deleting %1 removes %2, %3 and %4 for good. Nothing was deleted: add --yes to delete it (a backup is taken first).</source>
        <translation>Supprimer %1 retire définitivement %2, %3 et %4. Rien n&apos;a été supprimé&#xa0;: ajoutez --yes pour la supprimer (une sauvegarde est faite d&apos;abord).</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n devoir</numerusform>
            <numerusform>%n devoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 (%n row(s)).</source>
        <translation>
            <numerusform>%1 supprimée (%n ligne).</numerusform>
            <numerusform>%1 supprimée (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1 (k12-teacher backup restore %1 brings it back).</source>
        <translation>Sauvegarde&#xa0;: %1 («&#xa0;k12-teacher backup restore %1&#xa0;» la rétablit).</translation>
    </message>
    <message>
        <source>Write a term&apos;s gradebooks, progress reports and plans as one zip file.</source>
        <translation>Écrit les carnets de notes, bulletins de progrès et plans d&apos;une session dans un seul fichier zip.</translation>
    </message>
    <message>
        <source>Delete a class and everything in it (a backup is taken first).</source>
        <translation>Supprime une classe et tout son contenu (une sauvegarde est faite d&apos;abord).</translation>
    </message>
    <message>
        <source>%1 in %2 ms.</source>
        <translation>%1 en %2 ms.</translation>
    </message>
</context>
<context>
    <name>k12::YearExport</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>K12 Teacher - %1.zip</source>
        <translation>K12 Teacher - %1.zip</translation>
    </message>
    <message>
        <source>No class has a term to export.</source>
        <translation>Aucune classe n&apos;a de session à exporter.</translation>
    </message>
    <message>
        <source>No class has the term &quot;%1&quot;. Terms: %2.</source>
        <translation>Aucune classe n&apos;a la session «&#xa0;%1&#xa0;». Sessions&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The year&apos;s export is a zip file: &quot;%1&quot; does not end in .zip.</source>
        <translation>L&apos;export de l&apos;année est un fichier zip&#xa0;: «&#xa0;%1&#xa0;» ne se termine pas par .zip.</translation>
    </message>
    <message>
        <source>%1 (period %2)</source>
        <translation>%1 (période %2)</translation>
    </message>
    <message>
        <source>%1 - archived</source>
        <translation>%1 - archivée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no students: no progress reports)</source>
        <translation>(aucun élève&#xa0;: pas de bulletins de progrès)</translation>
    </message>
    <message>
        <source>Progress reports.pdf</source>
        <translation>Bulletins de progrès.pdf</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>(no unit plans)</source>
        <translation>(aucun plan d&apos;unité)</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>K12 Teacher: the year&apos;s export of %1</source>
        <translation>K12 Teacher&#xa0;: l&apos;export de l&apos;année de %1</translation>
    </message>
    <message>
        <source>Written %1 by K12 Teacher.</source>
        <translation>Écrit le %1 par K12 Teacher.</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es). In each class&apos;s folder: the gradebook as CSV (UTF-8, opens in Excel and LibreOffice) and XLSX, every student&apos;s progress report for the whole course in one PDF, and each unit plan with its lessons as a PDF.</source>
        <translation>
            <numerusform>%n classe. Dans le dossier de chaque classe&#xa0;: le carnet de notes en CSV (UTF-8, s&apos;ouvre dans Excel et LibreOffice) et XLSX, le bulletin de progrès de chaque élève pour tout le cours dans un PDF, et chaque plan d&apos;unité avec ses leçons en PDF.</numerusform>
            <numerusform>%n classes. Dans le dossier de chaque classe&#xa0;: le carnet de notes en CSV (UTF-8, s&apos;ouvre dans Excel et LibreOffice) et XLSX, le bulletin de progrès de chaque élève pour tout le cours dans un PDF, et chaque plan d&apos;unité avec ses leçons en PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>These files hold students&apos; names and grades: keep them private.</source>
        <translation>Ces fichiers contiennent des noms et des notes d&apos;élèves&#xa0;: gardez-les privés.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>k12::ZipWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start the zip file &quot;%1&quot;.</source>
        <translation>Impossible de commencer le fichier zip «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The zip file is not open.</source>
        <translation>Le fichier zip n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to &quot;%2&quot; (the disk may be full).</source>
        <translation>Impossible d&apos;ajouter «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;» (le disque est peut-être plein).</translation>
    </message>
    <message>
        <source>Cannot finish &quot;%1&quot; (the disk may be full).</source>
        <translation>Impossible de terminer «&#xa0;%1&#xa0;» (le disque est peut-être plein).</translation>
    </message>
    <message>
        <source>Cannot flush &quot;%1&quot; to disk.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;» sur le disque.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>K12 Teacher</source>
        <translation>K12 Teacher</translation>
    </message>
    <message>
        <source>K12 Teacher cannot start</source>
        <translation>K12 Teacher ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
</context>
</TS>
