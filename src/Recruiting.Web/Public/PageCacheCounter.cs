using Microsoft.AspNetCore.OutputCaching;
using Recruiting.Core.Telemetry;

namespace Recruiting.Web.Public;

/// <summary>Counts the public page cache's hits and misses (recruiting.page_cache.requests); nothing when the cache is off.</summary>
public sealed class PageCacheCounter(RecruitingMetrics metrics) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct)
    {
        metrics.PageCache(PageCacheResult.Hit);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        if (context.EnableOutputCaching && context.AllowCacheLookup) metrics.PageCache(PageCacheResult.Miss);
        return ValueTask.CompletedTask;
    }
}
