using Microsoft.Extensions.Options;
using Recruiting.Web.Public;

namespace Recruiting.Web.Api.Content;

/// <summary>
/// Absolute URLs on the public site (canonical links, sitemap, feeds, the API, webhooks): `Site:BaseUrl` when set,
/// since the API may be called on another host name; else the current request's scheme and host; outside a
/// request (the scheduler, the command line) without `Site:BaseUrl`, http://localhost. The site says at start-up
/// when `Site:BaseUrl` is not set (see Hosting/StartupAdvice).
/// </summary>
public sealed class SiteAddress(IOptions<PublicSiteOptions> options, IHttpContextAccessor? http = null)
{
    public const string OutsideRequests = "http://localhost";

    public string Absolute(string path) => Base() + path;

    private string Base()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl)) return options.Value.BaseUrl.TrimEnd('/');
        if (http?.HttpContext?.Request is { } request) return $"{request.Scheme}://{request.Host}{request.PathBase}";
        return OutsideRequests;
    }
}
