using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin;

/// <summary>The French of the console's shell, accounts, users and audit screens.</summary>
public sealed class AdminTexts : TextCatalog
{
    public override IReadOnlyDictionary<string, string> French { get; } = new Dictionary<string, string>
    {
        // Layout and navigation
        ["Recruiting console"] = "Console de recrutement",
        ["Skip to main content"] = "Aller au contenu principal",
        ["Console"] = "Console",
        ["Console language"] = "Langue de la console",
        ["Signed in as {0}"] = "Connecté en tant que {0}",
        ["Postings"] = "Offres",
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
        ["This account is locked after too many failed sign-ins. Try again in 15 minutes, or ask an administrator to reset your password."] =
            "Ce compte est verrouillé après trop de tentatives de connexion échouées. Réessayez dans 15 minutes ou demandez à un administrateur de réinitialiser votre mot de passe.",
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
        ["At least {0} characters, with upper and lower case letters, a digit and a symbol."] =
            "Au moins {0} caractères, avec des majuscules et des minuscules, un chiffre et un symbole.",
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
        ["The password must contain a symbol such as ! ? # or %."] = "Le mot de passe doit contenir un symbole comme ! ? # ou %.",
        ["The current password is incorrect."] = "Le mot de passe actuel est incorrect.",
        ["A user with the email address {0} already exists."] = "Un utilisateur avec l’adresse électronique {0} existe déjà.",
        ["'{0}' is not a valid email address."] = "« {0} » n’est pas une adresse électronique valide.",
        ["Someone else changed this user at the same time. Reload the page and try again."] =
            "Quelqu’un d’autre a modifié cet utilisateur en même temps. Rechargez la page et réessayez.",
        ["The change could not be saved. Try again."] = "La modification n’a pas pu être enregistrée. Réessayez.",
    };
}
