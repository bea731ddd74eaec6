using Recruiting.Web.Localization;

namespace Recruiting.Web.Api;

/// <summary>French for the console's API token page.</summary>
public sealed class ApiTexts : TextCatalog
{
    public override Translations French { get; } = new()
    {
        ["API tokens"] = "Jetons d’API",
        ["A personal API token lets a program use the management API as you, with your role. Send it in the header {0} followed by the token."] =
            "Un jeton d’API personnel permet à un programme d’utiliser l’API de gestion en votre nom, avec votre rôle. Envoyez-le dans l’en-tête {0} suivi du jeton.",
        ["Your new token"] = "Votre nouveau jeton",
        ["Copy it now: it is shown only once and cannot be recovered."] = "Copiez-le maintenant\u00A0: il n’est affiché qu’une fois et ne peut pas être retrouvé.",
        ["Create a token"] = "Créer un jeton",
        ["Create token"] = "Créer le jeton",
        ["Name"] = "Nom",
        ["Where the token is used, such as “job board sync”."] = "Où le jeton est utilisé, par exemple « synchronisation du site d’emploi ».",
        ["Enter a name that says where the token is used."] = "Saisissez un nom qui indique où le jeton est utilisé.",
        ["Use at most 100 characters."] = "Utilisez au plus 100 caractères.",
        ["Your tokens"] = "Vos jetons",
        ["You have no API tokens."] = "Vous n’avez aucun jeton d’API.",
        ["Starts with"] = "Commence par",
        ["Created"] = "Créé",
        ["Last used"] = "Dernière utilisation",
        ["State"] = "État",
        ["Actions"] = "Actions",
        ["Never"] = "Jamais",
        ["Active"] = "Actif",
        ["Revoked"] = "Révoqué",
        ["Revoke"] = "Révoquer",
        ["Revoke the token {0}"] = "Révoquer le jeton {0}",
        ["The token has been revoked; requests that use it are now refused."] = "Le jeton a été révoqué\u00A0; les requêtes qui l’utilisent sont désormais refusées.",
        ["That token does not exist or is already revoked."] = "Ce jeton n’existe pas ou est déjà révoqué.",
    };
}
