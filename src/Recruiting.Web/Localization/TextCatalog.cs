namespace Recruiting.Web.Localization;

/// <summary>
/// One area's texts (public site, console shell, postings screens, API tokens, webhooks): what
/// <c>IStringLocalizer&lt;TheCatalog&gt;</c> answers. A key belongs to its area only, so the same English may mean
/// different things in two areas ("Created": "Créé", "Créé le", "Création") without one hiding the other.
/// Register it with <see cref="LocalizationSetup.AddTextCatalog{T}"/>.
/// </summary>
public abstract class TextCatalog
{
    public abstract Translations French { get; }
}
