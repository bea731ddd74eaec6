namespace Recruiting.Web.Public;

/// <summary>A link to the same content in another language: the toggle and the hreflang alternates.</summary>
public sealed record LanguageLink(string Language, string Href);

/// <summary>What the public layout puts in the page head and header: language, title, canonical, alternates.</summary>
public sealed record PublicHead(string Language, string Title)
{
    public const string Key = nameof(PublicHead);

    public string? Description { get; init; }
    /// <summary>Absolute canonical URL, when the page has one.</summary>
    public string? Canonical { get; init; }
    /// <summary>Absolute URLs of this page in each language (itself included), for hreflang.</summary>
    public IReadOnlyList<LanguageLink> Alternates { get; init; } = [];
    /// <summary>Where the language toggle goes: the counterpart page, else the other language's index.</summary>
    public required LanguageLink Toggle { get; init; }
    public bool NoIndex { get; init; }
    /// <summary>
    /// The document's title: the page's, then the site's name, unless the page's already starts with it (the careers
    /// index is titled "Carrières", which must not read "Carrières – Carrières").
    /// </summary>
    public string DocumentTitle(string siteName) =>
        Title.Trim().StartsWith(siteName, StringComparison.CurrentCultureIgnoreCase) ? Title : $"{Title} – {siteName}";

    /// <summary>Serialized schema.org JSON-LD, already safe to place inside a script element.</summary>
    public string? JsonLd { get; init; }
}
