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
}

public sealed class OrganizationOptions
{
    /// <summary>Empty: the structured data names no hiring organization (the site warns at start-up).</summary>
    public string Name { get; set; } = "";
    /// <summary>The organization's own web site.</summary>
    public string? SameAs { get; set; }
    /// <summary>Absolute URL of the organization's logo.</summary>
    public string? Logo { get; set; }
}

public sealed class RemoteOptions
{
    /// <summary>Where applicants must live, e.g. "Canada".</summary>
    public string Country { get; set; } = "";
}
