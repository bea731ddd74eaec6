namespace Recruiting.Core.Delivery;

/// <summary>
/// A public page as it was rendered from the published content: the bytes a request is answered with, and what the
/// page shows, so that a change removes exactly the pages it makes wrong (see the site's RenderedPageStore). A
/// posting's page depends on that posting and on the postings of its translation key (the language toggle); a listing
/// (careers index, feed, sitemap) on every posting of the site.
/// </summary>
public sealed class RenderedPage
{
    /// <summary>The address it answers: a path, with <c>?page=N</c> for a later page of the index.</summary>
    public string Key { get; set; } = "";
    /// <summary>The site address its absolute links were rendered with (the configured one, else the request's).</summary>
    public string BaseUrl { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Body { get; set; } = [];
    public string ETag { get; set; } = "";
    public Guid? PostingId { get; set; }
    public string? TranslationKey { get; set; }
    public bool IsListing { get; set; }
    /// <summary>When the page stops being right by itself (an open posting's closing time), in Unix milliseconds.</summary>
    public long? ValidUntilMs { get; set; }
}
