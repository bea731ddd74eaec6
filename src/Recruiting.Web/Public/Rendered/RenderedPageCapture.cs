using Recruiting.Core.Delivery;

namespace Recruiting.Web.Public.Rendered;

/// <summary>
/// Present on a request whose answer may be stored as a rendered page (see <see cref="PageRenderer"/>). The page or
/// endpoint that answers declares here the address it renders and what it shows; an answer nothing declared, or
/// declared for another address (a search, a case variant), is sent but not stored.
/// </summary>
public sealed class RenderedPageCapture(string key)
{
    public string Key { get; } = key;
    public RenderedPage? Declared { get; private set; }

    /// <summary>A posting's page: it shows that posting and links to its translation.</summary>
    public static void Posting(HttpContext http, string key, Guid postingId, string translationKey, DateTimeOffset? validUntil) =>
        Declare(http, new RenderedPage { Key = key, PostingId = postingId, TranslationKey = translationKey, ValidUntilMs = validUntil?.ToUnixTimeMilliseconds() });

    /// <summary>A page listing postings (index, feed, sitemap): any posting's change may change it.</summary>
    public static void Listing(HttpContext http, string key) => Declare(http, new RenderedPage { Key = key, IsListing = true });

    private static void Declare(HttpContext http, RenderedPage page)
    {
        if (http.Features.Get<RenderedPageCapture>() is { } capture && capture.Key == page.Key) capture.Declared = page;
    }
}
