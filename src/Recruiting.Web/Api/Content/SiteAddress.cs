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

    private string Base() => http?.HttpContext?.Request is { } request ? Of(options.Value, request)
        : !string.IsNullOrWhiteSpace(options.Value.BaseUrl) ? options.Value.BaseUrl.TrimEnd('/') : OutsideRequests;

    /// <summary>The site address absolute links take in answer to <paramref name="request"/>.</summary>
    public static string Of(PublicSiteOptions options, HttpRequest request) =>
        !string.IsNullOrWhiteSpace(options.BaseUrl) ? options.BaseUrl.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>Whether <paramref name="baseUrl"/> is <see cref="Of"/>'s answer, without building it (every stored page view asks).</summary>
    public static bool IsOf(PublicSiteOptions options, HttpRequest request, string baseUrl)
    {
        if (!string.IsNullOrWhiteSpace(options.BaseUrl)) return baseUrl.AsSpan().SequenceEqual(options.BaseUrl.AsSpan().TrimEnd('/'));
        var rest = baseUrl.AsSpan();
        return Take(ref rest, request.Scheme) && Take(ref rest, "://") && Take(ref rest, request.Host.ToUriComponent())
            && rest.SequenceEqual(request.PathBase.ToUriComponent());
    }

    private static bool Take(ref ReadOnlySpan<char> rest, string part)
    {
        if (!rest.StartsWith(part, StringComparison.Ordinal)) return false;
        rest = rest[part.Length..];
        return true;
    }
}
