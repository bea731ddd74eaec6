namespace Recruiting.Web.Public;

/// <summary>The `Site` section of appsettings.json: what the public careers site says about itself.</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// Absolute address of the public site, for canonical URLs, the sitemap, feeds, the API and webhooks; empty: each
    /// request's own scheme and host (see <see cref="Api.Content.SiteAddress"/>).
    /// </summary>
    public string BaseUrl { get; set; } = "";
    /// <summary>The apply link of an open posting; `{leverId}` is replaced by the posting's leverId.</summary>
    public string ApplyUrlTemplate { get; set; } = "";
    /// <summary>Postings per page of the careers index.</summary>
    public int PageSize { get; set; } = 50;
    /// <summary>Entries in each language's feed, newest first.</summary>
    public int FeedSize { get; set; } = 50;
    public OrganizationOptions Organization { get; set; } = new();
    /// <summary>When set, postings are marked as remote (TELECOMMUTE) for applicants in this country.</summary>
    public RemoteOptions? Remote { get; set; }
    public ThemeOptions Theme { get; set; } = new();
}

/// <summary>The organisation's colours (`#rgb` or `#rrggbb`); the defaults are the GC Design System's.</summary>
public sealed class ThemeOptions
{
    /// <summary>The header and footer bands; their text is white or black, whichever reads better.</summary>
    public string Primary { get; set; } = "#26374a";
    /// <summary>Links, buttons, the current page and the cards' edge: must contrast 4.5:1 with light grey (#f2f2f2).</summary>
    public string Accent { get; set; } = "#1f497a";
}

/// <summary>
/// The organisation's pages the footer links to; each an absolute http(s) address or a path on this site, where
/// `{lang}` becomes `en` or `fr`. An empty one is left out of the footer.
/// </summary>
public sealed class OrganizationLinks
{
    public const string LanguagePlaceholder = "{lang}";

    public string Contact { get; set; } = "";
    public string Privacy { get; set; } = "";
    public string Accessibility { get; set; } = "";
    public string Terms { get; set; } = "";

    /// <summary>The footer's links in the page's language, in this order, the empty ones left out.</summary>
    public IEnumerable<(string Label, string Href)> For(string language) =>
        new[] { ("Contact us", Contact), ("Privacy", Privacy), ("Accessibility", Accessibility), ("Terms of use", Terms) }
            .Where(l => !string.IsNullOrWhiteSpace(l.Item2))
            .Select(l => (l.Item1, l.Item2.Trim().Replace(LanguagePlaceholder, language)));
}

public sealed class OrganizationOptions
{
    /// <summary>Empty: the structured data names no hiring organization (the site warns at start-up).</summary>
    public string Name { get; set; } = "";
    /// <summary>The organization's own web site.</summary>
    public string? SameAs { get; set; }
    /// <summary>Absolute URL of the organization's logo: in the structured data and the header of every public page.</summary>
    public string? Logo { get; set; }
    public OrganizationLinks Links { get; set; } = new();
}

public sealed class RemoteOptions
{
    /// <summary>Where applicants must live, e.g. "Canada".</summary>
    public string Country { get; set; } = "";
}
