using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Recruiting.Core.Delivery;

namespace Recruiting.Web.Public.Rendered;

/// <summary>A stored page ready to send: its bytes, type, entity tag and how long it stays right.</summary>
public sealed record PageAnswer(string BaseUrl, string ContentType, string ETag, long? ValidUntilMs, ReadOnlyMemory<byte> Body)
{
    public static PageAnswer Of(RenderedPage page) => new(page.BaseUrl, page.ContentType, page.ETag, page.ValidUntilMs, page.Body);

    public bool IsValidAt(DateTimeOffset now) => ValidUntilMs is not { } until || now.ToUnixTimeMilliseconds() < until;
}

/// <summary>
/// Stored pages kept in this process's memory, ready to send: a hit is one dictionary lookup, with nothing to decode
/// or allocate. `Site:PageCacheSeconds` is how long a page stays (no later than its <see cref="PageAnswer.ValidUntilMs"/>);
/// 0 keeps none, so that every view reads the database. At most <see cref="SizeLimitBytes"/> of bodies are kept; past
/// that, pages are read from the database until the next change empties memory. Every change (this process's, through
/// <see cref="StoredPagesRemoval"/>; other processes', through <see cref="Instances.RelayedChangesListener"/>) empties
/// it, and the page cache's answers with it.
/// </summary>
public sealed class RenderedPageMemory(IOutputCacheStore cache, IConfiguration config)
{
    /// <summary>32 MiB: about 2,000 posting pages, the ones being read; the rest cost one indexed read each.</summary>
    public const long SizeLimitBytes = 32L * 1024 * 1024;

    private sealed record Kept(PageAnswer Page, long ExpiresAtMs);

    private readonly long _lifetimeMs = Math.Max(0, PublicPageCache.Seconds(config)) * 1000L;
    private readonly ConcurrentDictionary<string, Kept> _pages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _size;
    private long _epoch;

    /// <summary>How many times memory was emptied: read it before reading a page from the database, and keep the page only if it has not moved.</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    public PageAnswer? Find(string key, DateTimeOffset now)
    {
        if (!_pages.TryGetValue(key, out var kept)) return null;
        if (now.ToUnixTimeMilliseconds() < kept.ExpiresAtMs) return kept.Page;
        lock (_gate)
            if (_pages.TryRemove(KeyValuePair.Create(key, kept))) _size -= kept.Page.Body.Length;
        return null;
    }

    /// <summary>Keeps <paramref name="page"/>, read when memory was at <paramref name="epoch"/>, unless memory was emptied since.</summary>
    public void Keep(string key, PageAnswer page, long epoch, DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var expires = Math.Min(nowMs + _lifetimeMs, page.ValidUntilMs ?? long.MaxValue);
        if (expires <= nowMs) return;
        lock (_gate)
        {
            if (_epoch != epoch) return;
            var replaced = _pages.TryGetValue(key, out var old) ? old.Page.Body.Length : 0;
            if (_size - replaced + page.Body.Length > SizeLimitBytes)
            {
                ForgetExpired(nowMs);
                if (_size - replaced + page.Body.Length > SizeLimitBytes) return;
            }
            _pages[key] = new Kept(page, expires);
            _size += page.Body.Length - replaced;
        }
    }

    /// <summary>Empties every public page kept in memory: stored pages and the page cache's answers.</summary>
    public async Task ForgetAllAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _epoch);
            _pages.Clear();
            _size = 0;
        }
        await PublicPageCache.EvictAllAsync(cache, CancellationToken.None);
    }

    private void ForgetExpired(long nowMs)
    {
        foreach (var (key, kept) in _pages)
            if (kept.ExpiresAtMs <= nowMs && _pages.TryRemove(key, out _)) _size -= kept.Page.Body.Length;
    }
}
