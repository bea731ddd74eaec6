using Microsoft.Extensions.Options;
using Recruiting.Core.Telemetry;
using Recruiting.Web.Api.Content;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Public.Rendered;

/// <summary>
/// Answers public pages and the content API's answer for one posting from their stored rendering, ahead of
/// localization, routing, CORS, authentication and Razor Pages: a
/// page view is a lookup in memory (<see cref="RenderedPageMemory"/>), else one indexed read
/// (<see cref="RenderedPageStore"/>). A page not stored yet, stored for another site address, or past its
/// <see cref="PageAnswer.ValidUntilMs"/> (an open posting after its closing time) is rendered by the rest of the pipeline,
/// sent, and stored (<see cref="PageRenderer"/>). A request that carries If-None-Match with the page's entity tag gets 304.
/// </summary>
public sealed class RenderedPagesMiddleware
{
    private readonly RequestDelegate _next;
    private readonly RenderedPageStore _store;
    private readonly RenderedPageMemory _memory;
    private readonly PageRenderer _renderer;
    private readonly IOptions<PublicSiteOptions> _options;
    private readonly TimeProvider _clock;
    private readonly RecruitingMetrics _metrics;
    private readonly ContentApiHeaders _apiHeaders;
    private readonly ILogger<RenderedPagesMiddleware> _log;

    public RenderedPagesMiddleware(RequestDelegate next, RenderedPageStore store, RenderedPageMemory memory, PageRenderer renderer,
        IOptions<PublicSiteOptions> options, TimeProvider clock, RecruitingMetrics metrics, ContentApiHeaders apiHeaders,
        ILogger<RenderedPagesMiddleware> log)
    {
        (_next, _store, _memory, _renderer, _options, _clock, _metrics, _apiHeaders, _log) =
            (next, store, memory, renderer, options, clock, metrics, apiHeaders, log);
        renderer.Pipeline = next;
    }

    public Task InvokeAsync(HttpContext http)
    {
        if (RenderedPageAddress.KeyOf(http.Request) is not { } key) return _next(http);
        var now = _clock.GetUtcNow();
        if (_memory.Find(key, now) is { } kept && SiteAddress.IsOf(_options.Value, http.Request, kept.BaseUrl))
        {
            _metrics.PageCache(PageCacheResult.Hit);
            return SendAsync(http, key, kept);
        }
        return FromStoreOrRenderAsync(http, key, now);
    }

    private async Task FromStoreOrRenderAsync(HttpContext http, string key, DateTimeOffset now)
    {
        var ct = http.RequestAborted;
        var baseUrl = SiteAddress.Of(_options.Value, http.Request);
        if (await FindStoredAsync(key, now, ct) is { } page && page.BaseUrl == baseUrl && page.IsValidAt(now))
        {
            await SendAsync(http, key, page);
            return;
        }
        _metrics.PageCache(PageCacheResult.Miss);
        var body = await _renderer.RenderAsync(http, key, baseUrl, _next, ct);
        // Nothing is written for an empty answer (a 404), which the error pages then fill.
        if (body.Length == 0) return;
        if (!http.Response.HasStarted) http.Response.ContentLength ??= body.Length;
        await http.Response.Body.WriteAsync(body, ct);
    }

    private async Task<PageAnswer?> FindStoredAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            var epoch = _memory.Epoch;
            if (await _store.FindAsync(key, ct) is not { } stored) return null;
            var page = PageAnswer.Of(stored);
            _memory.Keep(key, page, epoch, now);
            _metrics.PageCache(PageCacheResult.Stored);
            return page;
        }
        catch (System.Data.Common.DbException e)
        {
            _log.LogWarning(e, "Could not read the stored page {Page}; rendering it.", key);
            return null;
        }
    }

    private async Task SendAsync(HttpContext http, string key, PageAnswer page)
    {
        var response = http.Response;
        if (RenderedPageAddress.IsApi(key)) await _apiHeaders.ApplyToStoredAnswerAsync(http);
        response.Headers.ETag = page.ETag;
        if (EntityTags.IsHeldBy(http.Request, page.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        response.ContentLength = page.Body.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await response.Body.WriteAsync(page.Body, http.RequestAborted);
    }
}
