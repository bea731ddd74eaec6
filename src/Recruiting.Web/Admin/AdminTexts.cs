using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin;

/// <summary>The French of the console's shell, accounts, users and audit screens.</summary>
public sealed class AdminTexts : TextCatalog
{
    public override Translations French { get; } = new()
    {
        // Layout and navigation
        ["Recruiting console"] = "Console de recrutement",
        ["Skip to main content"] = "Aller au contenu principal",
        ["Console"] = "Console",
        ["Console language"] = "Langue de la console",
        ["Signed in as {0}"] = "Connecté en tant que {0}",
        ["Postings"] = "Offres",
        ["Sent back to you: {0}"] = "Offres qui vous sont renvoyées\u00A0: {0}",
        ["Import"] = "Importer",
        ["Users"] = "Utilisateurs",
        ["Audit log"] = "Journal d’audit",
        ["API tokens"] = "Jetons d’API",
        ["Webhooks"] = "Webhooks",
        ["Dashboard"] = "Tableau de bord",
        ["Go to"] = "Aller à",
        ["Drafts"] = "Brouillons",
        ["In review"] = "En relecture",
        ["Scheduled"] = "Programmées",
        ["Published"] = "Publiées",
        ["Archived"] = "Archivées",
        ["In the trash"] = "À la corbeille",
        ["Closing date passed"] = "Date de clôture passée",
        ["Postings waiting for your review: {0}"] = "Offres qui attendent votre relecture\u00A0: {0}",
        ["{0}: {1}"] = "{0}\u00A0: {1}",
        ["Back to the dashboard"] = "Retour au tableau de bord",
        ["Use the English and Français buttons at the top of every page to switch the console language."] =
            "Utilisez les boutons English et Français en haut de chaque page pour changer la langue de la console.",

        // Sign in and out
        ["Sign in"] = "Se connecter",
        ["Sign out"] = "Se déconnecter",
        ["Email address"] = "Adresse électronique",
        ["Password"] = "Mot de passe",
        ["Enter your email address."] = "Saisissez votre adresse électronique.",
        ["Enter an email address such as name@example.com."] = "Saisissez une adresse électronique comme nom@exemple.fr.",
        ["Enter your password."] = "Saisissez votre mot de passe.",
        ["The email address or password is incorrect."] = "L’adresse électronique ou le mot de passe est incorrect.",
        ["Too many failed sign-ins for this email address from your network. Try again in 15 minutes, or ask an administrator to reset your password."] =
            "Trop de connexions échouées pour cette adresse électronique depuis votre réseau. Réessayez dans 15 minutes ou demandez à un administrateur de réinitialiser votre mot de passe.",
        ["This account is disabled. Ask an administrator to enable it."] =
            "Ce compte est désactivé. Demandez à un administrateur de le réactiver.",
        ["Too many sign-in attempts"] = "Trop de tentatives de connexion",
        ["Too many sign-in attempts came from your network. Wait {0} seconds, then try again."] =
            "Trop de tentatives de connexion sont venues de votre réseau. Attendez {0} secondes, puis réessayez.",
        ["Back to sign in"] = "Retour à la connexion",
        ["Access denied"] = "Accès refusé",
        ["Your role does not allow this page. Ask an administrator if you need access."] =
            "Votre rôle ne permet pas d’accéder à cette page. Demandez l’accès à un administrateur si nécessaire.",
        // Passwords
        ["Change password"] = "Changer de mot de passe",
        ["Current password"] = "Mot de passe actuel",
        ["New password"] = "Nouveau mot de passe",
        ["Confirm the new password"] = "Confirmez le nouveau mot de passe",
        ["At least {0} characters. A passphrase of several unrelated words is best; common passwords and patterns (a word with digits, a year, a keyboard run) are refused."] =
            "Au moins {0} caractères. Une phrase de passe de plusieurs mots sans rapport est idéale\u00A0; les mots de passe courants et les motifs (un mot suivi de chiffres, une année, une suite de touches) sont refusés.",
        ["This password is too common or too easy to guess (a known word with digits or symbols, a year, a keyboard run, your name…). Choose a passphrase of several unrelated words."] =
            "Ce mot de passe est trop courant ou trop facile à deviner (un mot connu avec des chiffres ou des symboles, une année, une suite de touches, votre nom…). Choisissez une phrase de passe de plusieurs mots sans rapport.",
        ["The password must be at most {0} characters long."] = "Le mot de passe doit comporter au plus {0} caractères.",
        ["You signed in with a one-time password. Choose your own password to continue."] =
            "Vous vous êtes connecté avec un mot de passe à usage unique. Choisissez votre propre mot de passe pour continuer.",
        ["Enter your current password."] = "Saisissez votre mot de passe actuel.",
        ["Enter a new password."] = "Saisissez un nouveau mot de passe.",
        ["Enter the new password again."] = "Saisissez de nouveau le nouveau mot de passe.",
        ["The two new passwords are not the same."] = "Les deux nouveaux mots de passe ne sont pas identiques.",
        ["Choose a new password that differs from the current one."] = "Choisissez un nouveau mot de passe différent de l’actuel.",
        ["Your password has been changed."] = "Votre mot de passe a été changé.",
        ["The password must be at least {0} characters long."] = "Le mot de passe doit comporter au moins {0} caractères.",
        ["The password must use at least {0} different characters."] = "Le mot de passe doit utiliser au moins {0} caractères différents.",
        ["The password must contain a digit (0-9)."] = "Le mot de passe doit contenir un chiffre (0-9).",
        ["The password must contain a lowercase letter (a-z)."] = "Le mot de passe doit contenir une lettre minuscule (a-z).",
        ["The password must contain an uppercase letter (A-Z)."] = "Le mot de passe doit contenir une lettre majuscule (A-Z).",
        ["The password must contain a symbol such as ! ? # or %."] = "Le mot de passe doit contenir un symbole comme «\u00A0!\u00A0», «\u00A0?\u00A0», «\u00A0#\u00A0» ou «\u00A0%\u00A0».",
        ["The current password is incorrect."] = "Le mot de passe actuel est incorrect.",
        ["A user with the email address {0} already exists."] = "Un utilisateur avec l’adresse électronique {0} existe déjà.",
        ["'{0}' is not a valid email address."] = "« {0} » n’est pas une adresse électronique valide.",
        ["Someone else changed this user at the same time. Reload the page and try again."] =
            "Quelqu’un d’autre a modifié cet utilisateur en même temps. Rechargez la page et réessayez.",
        ["The change could not be saved. Try again."] = "La modification n’a pas pu être enregistrée. Réessayez.",
        // Users
        ["Administrator"] = "Administrateur",
        ["Publisher"] = "Éditeur",
        ["Author"] = "Auteur",
        ["Users, settings and everything else."] = "Utilisateurs, réglages et tout le reste.",
        ["Publish, schedule, archive, unpublish and restore postings."] = "Publier, programmer, archiver, dépublier et restaurer les offres.",
        ["Create and edit drafts, submit them for review."] = "Créer et modifier des brouillons, les soumettre à relecture.",
        ["Add a user"] = "Ajouter un utilisateur",
        ["Back to the users"] = "Retour aux utilisateurs",
        ["Create the user"] = "Créer l’utilisateur",
        ["Name"] = "Nom",
        ["Roles"] = "Rôles",
        ["State"] = "État",
        ["Created"] = "Créé le",
        ["Active"] = "Actif",
        ["Disabled"] = "Désactivé",
        ["Locked out"] = "Verrouillé",
        ["One-time password not yet changed"] = "Mot de passe à usage unique pas encore changé",
        ["One-time password for {0}:"] = "Mot de passe à usage unique pour {0}\u00A0:",
        ["Copy it now and give it to the user in person or over a secure channel: it is shown only once. They must choose their own password at first sign-in."] =
            "Copiez-le maintenant et remettez-le à l’utilisateur en personne ou par un canal sûr\u00A0: il n’est affiché qu’une fois. L’utilisateur devra choisir son propre mot de passe à la première connexion.",
        ["Enter the user's email address."] = "Saisissez l’adresse électronique de l’utilisateur.",
        ["Details and roles"] = "Coordonnées et rôles",
        ["Save"] = "Enregistrer",
        ["Access"] = "Accès",
        ["A new one-time password replaces the current one, unlocks the account and ends the user's sessions."] =
            "Un nouveau mot de passe à usage unique remplace l’actuel, déverrouille le compte et met fin aux sessions de l’utilisateur.",
        ["Reset the password"] = "Réinitialiser le mot de passe",
        ["The user cannot sign in while disabled."] = "L’utilisateur ne peut pas se connecter tant qu’il est désactivé.",
        ["Enable the user"] = "Réactiver l’utilisateur",
        ["A disabled user cannot sign in and is signed out at once."] = "Un utilisateur désactivé ne peut plus se connecter et est déconnecté immédiatement.",
        ["Disable the user"] = "Désactiver l’utilisateur",
        ["The user has been saved."] = "L’utilisateur a été enregistré.",
        ["The user has been disabled and signed out."] = "L’utilisateur a été désactivé et déconnecté.",
        ["The user has been enabled."] = "L’utilisateur a été réactivé.",
        ["Choose at least one role."] = "Choisissez au moins un rôle.",
        ["'{0}' is not a role. Choose Administrator, Publisher or Author."] = "« {0} » n’est pas un rôle. Choisissez Administrateur, Éditeur ou Auteur.",
        ["Choose English or French as the language."] = "Choisissez l’anglais ou le français comme langue.",
        ["You cannot remove your own administrator access. Ask another administrator."] =
            "Vous ne pouvez pas retirer votre propre accès administrateur. Demandez-le à un autre administrateur.",
        ["This is the last enabled administrator. Make someone else an administrator first."] =
            "C’est le dernier administrateur actif. Nommez d’abord quelqu’un d’autre administrateur.",

        // Audit log
        ["Filter the audit log"] = "Filtrer le journal d’audit",
        ["Who (exact name or email)"] = "Qui (nom ou adresse exacts)",
        ["Action"] = "Action",
        ["All actions"] = "Toutes les actions",
        ["Filter"] = "Filtrer",
        ["Clear the filters"] = "Effacer les filtres",
        ["{0} entries"] = "{0} entrées",
        ["When (UTC)"] = "Quand (UTC)",
        ["Who"] = "Qui",
        ["What"] = "Quoi",
        ["Details"] = "Détails",
        ["Comment: {0}"] = "Commentaire\u00A0: {0}",
        ["From"] = "Depuis",
        ["Pages of the audit log"] = "Pages du journal d’audit",
        ["Newer entries"] = "Entrées plus récentes",
        ["Older entries"] = "Entrées plus anciennes",
        ["Page {0} of {1}"] = "Page {0} sur {1}",
    };
}
