using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Features;
using Recruiting.Core.Delivery;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Public.Rendered;

/// <summary>
/// Renders public pages and stores them (<see cref="RenderedPageStore"/>, <see cref="RenderedPageMemory"/>). A page is
/// rendered by the site's own pipeline, from the point where <see cref="RenderedPagesMiddleware"/> stands: either for a
/// request that found no stored page (the answer is sent and stored), or here in the background, right after a change
/// removed the page (render on publish), as a request made in-process to the site address the page had.
/// <para>
/// Storing happens in the background, in batches, so that no visitor waits for a database write. At most
/// <see cref="MaxQueued"/> renders and writes wait; past that a page is left to be rendered by its next view. A change
/// re-renders at most <see cref="MaxRendersPerChange"/> pages at once (the changed postings first, then the careers
/// indexes' first pages, then the other pages it removed): after an import of thousands of postings, the others are
/// rendered as they are viewed.
/// </para>
/// </summary>
public sealed class PageRenderer(RenderedPageStore store, RenderedPageMemory memory, IServiceScopeFactory scopes, IHttpContextAccessor accessor,
    TimeProvider clock, ILogger<PageRenderer> log) : BackgroundService
{
    public const int MaxQueued = 1_000;
    public const int MaxRendersPerChange = 200;

    private abstract record Work;
    private sealed record Render(string Key, string BaseUrl) : Work;
    private sealed record Store(RenderedPage Page, long Generation, long Epoch) : Work;

    private readonly Channel<Work> _queue = Channel.CreateBounded<Work>(new BoundedChannelOptions(MaxQueued) { FullMode = BoundedChannelFullMode.Wait });
    private int _pending;
    private TaskCompletionSource _idle = NewIdle(completed: true);
    private readonly Lock _gate = new();

    /// <summary>The pipeline past <see cref="RenderedPagesMiddleware"/>; set when the site's pipeline is built.</summary>
    public RequestDelegate? Pipeline { get; set; }

    /// <summary>
    /// Runs <paramref name="http"/> through <paramref name="next"/> with its answer kept in memory and returns the
    /// answer's body, which the caller sends. When the page declared itself for <paramref name="key"/>
    /// (<see cref="RenderedPageCapture"/>) and answered 200, the answer gets its entity tag and is queued for storing.
    /// </summary>
    public async Task<byte[]> RenderAsync(HttpContext http, string key, string baseUrl, RequestDelegate next, CancellationToken ct)
    {
        var epoch = memory.Epoch;
        var generation = await store.GenerationAsync(ct);
        var (body, page) = await CaptureAsync(http, key, baseUrl, next);
        if (page is not null)
        {
            http.Response.Headers.ETag = page.ETag;
            Enqueue(new Store(page, generation, epoch));
        }
        return body;
    }

    private static async Task<(byte[] Body, RenderedPage? Page)> CaptureAsync(HttpContext http, string key, string baseUrl, RequestDelegate next)
    {
        var capture = new RenderedPageCapture(key);
        var original = http.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        http.Features.Set(capture);
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer, original));
        try
        {
            await next(http);
        }
        finally
        {
            http.Features.Set(original);
            http.Features.Set<RenderedPageCapture>(null);
        }
        var body = buffer.ToArray();
        var response = http.Response;
        if (capture.Declared is not { } page || response.StatusCode != StatusCodes.Status200OK || response.ContentType is not { } type
            || response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.SetCookie))
            return (body, null);
        page.BaseUrl = baseUrl;
        page.ContentType = type;
        page.Body = body;
        page.ETag = EntityTags.Of(body);
        return (body, page);
    }

    /// <summary>After a change: renders again the changed postings' pages, the indexes' first pages and the pages it removed.</summary>
    public void RenderAgain(IReadOnlyList<string> postingKeys, IReadOnlyList<(string Key, string BaseUrl)> removed, string? configuredBaseUrl)
    {
        var baseUrl = configuredBaseUrl ?? removed.Select(r => r.BaseUrl).FirstOrDefault();
        var pages = new List<(string, string)>();
        if (baseUrl is not null)
        {
            pages.AddRange(postingKeys.Select(k => (k, baseUrl)));
            pages.AddRange(Recruiting.Core.Content.Languages.All.Select(l => (RenderedPageAddress.IndexPage(l, 1), baseUrl)));
        }
        pages.AddRange(removed);
        foreach (var (key, url) in pages.DistinctBy(p => p.Item1).Take(MaxRendersPerChange)) Enqueue(new Render(key, url));
    }

    /// <summary>Completes when nothing waits to be rendered or stored (for tests and benchmarks).</summary>
    public Task IdleAsync()
    {
        lock (_gate) return _idle.Task;
    }

    private void Enqueue(Work work)
    {
        lock (_gate)
        {
            if (!_queue.Writer.TryWrite(work)) return; // full: the page is rendered by its next view
            if (_pending++ == 0) _idle = NewIdle(completed: false);
        }
    }

    private void Done(int count)
    {
        lock (_gate)
        {
            _pending -= count;
            if (_pending == 0) _idle.TrySetResult();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Work>();
        while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            while (batch.Count < 100 && _queue.Reader.TryRead(out var work)) batch.Add(work);
            var writes = new List<Store>();
            foreach (var work in batch)
            {
                if (work is Store s) writes.Add(s);
                else if (work is Render r && await RenderInProcessAsync(r, stoppingToken) is { } rendered) writes.Add(rendered);
            }
            await WriteAsync(writes, stoppingToken);
            Done(batch.Count);
            batch.Clear();
        }
    }

    private async Task<Store?> RenderInProcessAsync(Render render, CancellationToken ct)
    {
        if (Pipeline is not { } pipeline) return null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var http = InProcessRequest(render.Key, render.BaseUrl, scope.ServiceProvider, ct);
            accessor.HttpContext = http;
            var epoch = memory.Epoch;
            var generation = await store.GenerationAsync(ct);
            if (await CaptureAsync(http, render.Key, render.BaseUrl, pipeline) is (_, { } page)) return new Store(page, generation, epoch);
            log.LogDebug("{Page} answered {Status} after a change and was not stored.", render.Key, http.Response.StatusCode);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not render {Page} after a change; it is rendered when next viewed.", render.Key);
            return null;
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private async Task WriteAsync(List<Store> pages, CancellationToken ct)
    {
        if (pages.Count == 0) return;
        try
        {
            var stored = (await store.SaveAsync(pages.Select(p => (p.Page, p.Generation)).ToList(), ct)).ToHashSet();
            var now = clock.GetUtcNow();
            foreach (var page in pages.Where(p => stored.Contains(p.Page)))
                memory.Keep(page.Page.Key, PageAnswer.Of(page.Page), page.Epoch, now);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            log.LogWarning(e, "Could not store {Count} rendered pages; they are rendered again when next viewed.", pages.Count);
        }
    }

    private static HttpContext InProcessRequest(string key, string baseUrl, IServiceProvider services, CancellationToken ct)
    {
        var site = new Uri(baseUrl);
        var http = new DefaultHttpContext { RequestServices = services, RequestAborted = ct };
        var query = key.IndexOf('?');
        http.Request.Method = HttpMethods.Get;
        http.Request.Scheme = site.Scheme;
        http.Request.Host = HostString.FromUriComponent(site);
        http.Request.PathBase = PathString.FromUriComponent(site);
        http.Request.Path = query < 0 ? key : key[..query];
        http.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(key[query..]);
        http.Request.Protocol = "HTTP/1.1";
        return http;
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed) idle.SetResult();
        return idle;
    }
}
