using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Recruiting.Web.Api.Content;

/// <summary>
/// The headers a content API answer carries besides its body and entity tag: `Cache-Control: public, max-age`
/// (`Api:CacheSeconds`, default 60) and, to a cross-origin request, the CORS headers of the content API's policy. An
/// answer rendered now gets the latter from the CORS middleware; one sent from its stored bytes, ahead of that
/// middleware (<see cref="Public.Rendered.RenderedPagesMiddleware"/>), gets them here.
/// </summary>
public sealed class ContentApiHeaders(IConfiguration config, ICorsService cors, ICorsPolicyProvider policies)
{
    public string CacheControl { get; } =
        new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(config.GetValue("Api:CacheSeconds", 60)) }.ToString();

    public async ValueTask ApplyToStoredAnswerAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = CacheControl;
        if (!http.Request.Headers.ContainsKey(HeaderNames.Origin)) return;
        if (await policies.GetPolicyAsync(http, ContentApiEndpoints.CorsPolicy) is { } policy)
            cors.ApplyResult(cors.EvaluatePolicy(http, policy), http.Response);
    }
}
