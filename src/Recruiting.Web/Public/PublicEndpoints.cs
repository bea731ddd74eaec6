using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Public;

/// <summary>The public site's small endpoints: the language redirects, robots.txt, the sitemap and the feeds.</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this IEndpointRouteBuilder routes)
    {
        // The browser's language (cookie, else Accept-Language, set by the localization middleware); English by default.
        routes.MapGet("/", (HttpContext http) =>
        {
            http.Response.Headers.Vary = HeaderNames.AcceptLanguage;
            return Results.Redirect(PostingUrls.Index(LocalizationSetup.CurrentLanguage));
        });
        foreach (var language in Languages.All)
        {
            routes.MapGet("/" + language, () => Results.Redirect(PostingUrls.Index(language)));
            routes.MapGet(PostingUrls.Index(language) + "/feed.xml", (HttpContext http, PublicPostingReader reader, IOptions<PublicSiteOptions> options, SiteAddress address, IStringLocalizer<PublicTexts> L, CancellationToken ct) =>
                AtomFeedEndpoint.HandleAsync(http, language, reader, options, address, L, ct)).CacheOutput(PublicPageCache.Policy);
        }
        routes.MapGet("/robots.txt", (SiteAddress site) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /admin\n\nSitemap: {site.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8"));
        routes.MapGet("/sitemap.xml", SitemapEndpoint.HandleAsync).CacheOutput(PublicPageCache.Policy);
    }
}
