using Microsoft.Extensions.Localization;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin;

/// <summary>
/// Audit actions and the system's own actors as the console shows them, in the audit log and in a posting's history.
/// The log stores codes (<c>posting.archive</c>, <c>scheduler</c>); an action or actor without an entry is shown as stored.
/// </summary>
public sealed class AuditTexts : TextCatalog
{
    public static string ActionKey(string action) => "action." + action;
    public static string ActorKey(string actor) => "actor." + actor;

    /// <summary>Who made an upload in the console: "{user} (console import)".</summary>
    public const string ConsoleImportSuffix = " (console import)";

    public override Translations French { get; } = new()
    {
        ["action.posting.create", "Posting created"] = "Offre créée",
        ["action.posting.save", "Draft saved"] = "Brouillon enregistré",
        ["action.posting.submit", "Submitted for review"] = "Soumise pour relecture",
        ["action.posting.publish", "Posting published"] = "Offre publiée",
        ["action.posting.schedule", "Publication scheduled"] = "Publication programmée",
        ["action.posting.archive", "Posting archived"] = "Offre archivée",
        ["action.posting.unarchive", "Posting unarchived"] = "Offre désarchivée",
        ["action.posting.unpublish", "Posting unpublished"] = "Offre dépubliée",
        ["action.posting.trash", "Moved to the trash"] = "Mise à la corbeille",
        ["action.posting.restore", "Restored from the trash"] = "Restaurée depuis la corbeille",
        ["action.posting.import", "Posting imported"] = "Offre importée",
        ["action.posting.send-back", "Sent back to the author"] = "Renvoyée à l’auteur",
        ["action.page.save", "Careers page introduction saved"] = "Introduction de la page Carrières enregistrée",
        ["action.user.signed-in", "Signed in"] = "Connexion",
        ["action.user.signed-out", "Signed out"] = "Déconnexion",
        ["action.user.sign-in-failed", "Sign-in failed"] = "Échec de connexion",
        ["action.user.sign-in-refused", "Sign-in refused"] = "Connexion refusée",
        ["action.user.locked-out", "Locked out after failed sign-ins"] = "Bloqué après des connexions échouées",
        ["action.user.password-changed", "Password changed"] = "Mot de passe changé",
        ["action.user.created", "User created"] = "Utilisateur créé",
        ["action.user.roles-changed", "User changed (name, language or roles)"] = "Utilisateur modifié (nom, langue ou rôles)",
        ["action.user.disabled", "User disabled"] = "Utilisateur désactivé",
        ["action.user.enabled", "User enabled"] = "Utilisateur réactivé",
        ["action.user.password-reset", "Password reset"] = "Mot de passe réinitialisé",
        ["action.apitoken.created", "API token created"] = "Jeton d’API créé",
        ["action.apitoken.revoked", "API token revoked"] = "Jeton d’API révoqué",
        ["action.apitoken.used", "API token used"] = "Jeton d’API utilisé",
        ["action.webhook.created", "Webhook added"] = "Webhook ajouté",
        ["action.webhook.enabled", "Webhook enabled"] = "Webhook activé",
        ["action.webhook.disabled", "Webhook disabled"] = "Webhook désactivé",
        ["action.webhook.deleted", "Webhook deleted"] = "Webhook supprimé",
        ["action.webhook.resent", "Webhook delivery resent"] = "Livraison de webhook renvoyée",
        ["action.webhook.tested", "Webhook test event sent"] = "Événement de test envoyé au webhook",

        ["actor.scheduler", "scheduler"] = "planificateur",
        ["actor.import", "import"] = "importation",
        ["actor.import (start-up)", "import (start-up)"] = "importation (au démarrage)",
        ["actor.import (command line)", "import (command line)"] = "importation (ligne de commande)",
        ["actor.command line (create-admin)", "command line (create-admin)"] = "ligne de commande (create-admin)",
        ["actor.console-import", "{0} (console import)"] = "{0} (importation dans la console)",
    };
}

public static class AuditTextExtensions
{
    public static string Action(this IStringLocalizer<AuditTexts> texts, string action) =>
        texts[AuditTexts.ActionKey(action)] is { ResourceNotFound: false } text ? text.Value : action;

    public static string Actor(this IStringLocalizer<AuditTexts> texts, string actor)
    {
        if (actor.EndsWith(AuditTexts.ConsoleImportSuffix, StringComparison.Ordinal))
            return texts["actor.console-import", actor[..^AuditTexts.ConsoleImportSuffix.Length]];
        return texts[AuditTexts.ActorKey(actor)] is { ResourceNotFound: false } text ? text.Value : actor;
    }
}
