<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>k12::mail</name>
    <message>
        <source>due %1</source>
        <translation>à rendre le %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
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
        <source>Missing</source>
        <translation>Non rendu</translation>
    </message>
    <message>
        <source>%1, missing</source>
        <translation>%1, non rendu</translation>
    </message>
    <message>
        <source>Family portal</source>
        <translation>Portail des familles</translation>
    </message>
    <message>
        <source>%1 invites you to the family portal</source>
        <translation>%1 vous invite sur le portail des familles</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>%1 invites you to the school&apos;s family portal, where you can follow your student&apos;s grades and missing work.</source>
        <translation>%1 vous invite sur le portail des familles de l’établissement, où vous pouvez suivre les notes de votre enfant et les travaux non rendus.</translation>
    </message>
    <message>
        <source>%1 invites you to the school&apos;s family portal, where you can follow the grades and missing work of %2.</source>
        <translation>%1 vous invite sur le portail des familles de l’établissement, où vous pouvez suivre les notes et les travaux non rendus de %2.</translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation>Accepter l’invitation</translation>
    </message>
    <message>
        <source>If the button does not work, open this address:</source>
        <translation>Si le bouton ne fonctionne pas, ouvrez cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>The link works once, until %1.</source>
        <translation>Le lien ne fonctionne qu’une fois, jusqu’au %1.</translation>
    </message>
    <message>
        <source>If you did not expect this email, you can ignore it: nothing happens until the link is used.</source>
        <translation>Si vous n’attendiez pas ce message, vous pouvez l’ignorer&#xa0;: rien ne se passe tant que le lien n’est pas utilisé.</translation>
    </message>
    <message>
        <source>Missing work: %1 in %2</source>
        <translation>Travaux non rendus&#xa0;: %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n missing assignment(s) in %2:</source>
        <translation>
            <numerusform>%1 a %n travail non rendu en %2&#xa0;:</numerusform>
            <numerusform>%1 a %n travaux non rendus en %2&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by %1, who teaches %2. You can see every grade in the family portal.</source>
        <translation>Envoyé par %1, qui enseigne %2. Vous pouvez consulter toutes les notes sur le portail des familles.</translation>
    </message>
    <message>
        <source>Open the family portal</source>
        <translation>Ouvrir le portail des familles</translation>
    </message>
    <message>
        <source>You receive this email because the school lists you as a guardian of %1.</source>
        <translation>Vous recevez ce message parce que l’établissement vous indique comme responsable légal de %1.</translation>
    </message>
    <message>
        <source>Unsubscribe from these emails</source>
        <translation>Se désabonner de ces messages</translation>
    </message>
    <message>
        <source>Weekly update: %1</source>
        <translation>Point hebdomadaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Here is what changed since %1.</source>
        <translation>Voici ce qui a changé depuis le %1.</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>New and changed grades</source>
        <translation>Notes nouvelles ou modifiées</translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation>Travaux non rendus</translation>
    </message>
    <message>
        <source>You receive this weekly update because you turned it on in the family portal&apos;s settings.</source>
        <translation>Vous recevez ce point hebdomadaire parce que vous l’avez activé dans les réglages du portail des familles.</translation>
    </message>
</context>
<context>
    <name>k12::portal</name>
    <message>
        <source>K12 Family Portal</source>
        <translation>Portail des familles K12</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to see your students&apos; grades and missing work.</source>
        <translation>Connectez-vous pour consulter les notes et les travaux non rendus de vos enfants.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters.</source>
        <translation>Au moins 10 caractères.</translation>
    </message>
    <message>
        <source>The email or password is wrong.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Le mot de passe doit comporter au moins 10 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Your students</source>
        <translation>Vos enfants</translation>
    </message>
    <message>
        <source>No students are linked to this account yet. Ask the teacher for an invitation.</source>
        <translation>Aucun élève n’est encore lié à ce compte. Demandez une invitation à l’enseignant.</translation>
    </message>
    <message>
        <source>No classes yet.</source>
        <translation>Aucune classe pour l’instant.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Bulletin de suivi</translation>
    </message>
    <message>
        <source>Grading period</source>
        <translation>Période de notation</translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation>Toute l’année</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation>Note finale</translation>
    </message>
    <message>
        <source>No grade yet.</source>
        <translation>Pas encore de note.</translation>
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
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation>Travaux non rendus</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Aucun travail non rendu.</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Devoirs</translation>
    </message>
    <message>
        <source>No published assignments yet.</source>
        <translation>Aucun devoir publié pour l’instant.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À rendre le</translation>
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
        <source>Exempt</source>
        <translation>Exempté</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Commentaire de l’enseignant</translation>
    </message>
    <message>
        <source>Back to your students</source>
        <translation>Retour à vos enfants</translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation>Accepter l’invitation</translation>
    </message>
    <message>
        <source>Choose a password for your account:</source>
        <translation>Choisissez un mot de passe pour votre compte&#xa0;:</translation>
    </message>
    <message>
        <source>You already have an account. Sign in to add this student to it:</source>
        <translation>Vous avez déjà un compte. Connectez-vous pour y ajouter cet élève&#xa0;:</translation>
    </message>
    <message>
        <source>Set the password and sign in</source>
        <translation>Enregistrer le mot de passe et se connecter</translation>
    </message>
    <message>
        <source>This invitation link cannot be used. It may have been used already or have expired. Ask the teacher for a new invitation.</source>
        <translation>Ce lien d’invitation ne peut pas être utilisé. Il a peut-être déjà servi ou a expiré. Demandez une nouvelle invitation à l’enseignant.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Email me a weekly summary of new grades and missing work</source>
        <translation>M’envoyer chaque semaine un résumé des nouvelles notes et des travaux non rendus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Your preferences are saved.</source>
        <translation>Vos préférences sont enregistrées.</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe est changé.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <source>This page does not exist, or this account cannot see it.</source>
        <translation>Cette page n’existe pas, ou ce compte ne peut pas la consulter.</translation>
    </message>
    <message>
        <source>The form has expired</source>
        <translation>Le formulaire a expiré</translation>
    </message>
    <message>
        <source>The form was not accepted: it has expired or did not come from this site. Open the page again and retry.</source>
        <translation>Le formulaire n’a pas été accepté&#xa0;: il a expiré ou ne provient pas de ce site. Rouvrez la page et réessayez.</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>Stop the weekly summaries and notices from K12 Teacher to this address.</source>
        <translation>Ne plus envoyer à cette adresse les résumés hebdomadaires ni les avis de K12 Teacher.</translation>
    </message>
    <message>
        <source>You are unsubscribed: no more summaries or notices go to this address.</source>
        <translation>Vous êtes désabonné&#xa0;: plus aucun résumé ni avis ne sera envoyé à cette adresse.</translation>
    </message>
    <message>
        <source>This unsubscribe link is not valid.</source>
        <translation>Ce lien de désabonnement n’est pas valide.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>The server could not answer. Try again in a few minutes.</source>
        <translation>Le serveur n’a pas pu répondre. Réessayez dans quelques minutes.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives de connexion échouées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives de connexion échouées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur est occupé. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur est occupé. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
</TS>
