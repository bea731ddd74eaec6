namespace Recruiting.Web.Localization;

/// <summary>
/// The French of one area's UI text, keyed by the English text itself. Each area (public site,
/// console, API errors) registers its own catalog: `services.AddSingleton&lt;TextCatalog, PublicTexts&gt;()`.
/// </summary>
public abstract class TextCatalog
{
    public abstract IReadOnlyDictionary<string, string> French { get; }
}
