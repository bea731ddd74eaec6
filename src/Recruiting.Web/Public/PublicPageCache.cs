using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Recruiting.Core.Delivery;

namespace Recruiting.Web.Public;

/// <summary>
/// Rendered public pages (index, postings, sitemap, feeds) kept in memory by ASP.NET Core output caching, so a page
/// view usually costs no query at all. Every public content change this process commits empties it (see
/// <see cref="PublicContentChanges"/>): a posting's page also shows its translation, the indexes, feeds and sitemap
/// show them all, so any change evicts every page. Changes committed by another process (another instance, a
/// command-line import) arrive through <see cref="Instances.RelayedChangesListener"/>; `Site:PageCacheSeconds` bounds
/// how long a change can take to show should that announcement be lost. 0 turns the cache off. A search of the careers
/// index is cached by its query string like any page, and so is each answer of the content API (the store's size
/// limit, 100 MB by default, bounds them all).
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-pages";
    /// <summary>The content API's answers: every query string varies them, and so does Origin (CORS headers are cached with the answer).</summary>
    public const string ApiPolicy = "public-api";
    public const string Tag = "public-content";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration config)
    {
        var seconds = Seconds(config);
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, policy => Public(policy, seconds).SetVaryByQuery(Pages.Careers.IndexModel.QueryKeys));
            options.AddPolicy(ApiPolicy, policy => Public(policy, seconds).SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.Origin));
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicContentListener, Eviction>());
        return services;
    }

    /// <summary>`Site:PageCacheSeconds`: how long a page may stay in memory; 0 or less keeps none.</summary>
    public static int Seconds(IConfiguration config) => config.GetValue($"{PublicSiteOptions.Section}:PageCacheSeconds", 60);

    private static OutputCachePolicyBuilder Public(OutputCachePolicyBuilder policy, int seconds)
    {
        policy.AddPolicy<StoredPagesBypass>();
        policy.AddPolicy<PageCacheCounter>();
        return seconds <= 0 ? policy.NoCache() : policy.Expire(TimeSpan.FromSeconds(seconds)).Tag(Tag);
    }

    /// <summary>A posting that closes before the cache would expire is cached only until it closes.</summary>
    public static void ExpireNoLaterThan(HttpContext http, DateTimeOffset? closesAt, DateTimeOffset now)
    {
        if (closesAt is not { } closing || closing <= now) return;
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } cache
            && (cache.ResponseExpirationTimeSpan is not { } current || closing - now < current))
            cache.ResponseExpirationTimeSpan = closing - now;
    }

    /// <summary>A page being rendered for storing is kept in memory as a stored page, not a second time here.</summary>
    private sealed class StoredPagesBypass : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
        {
            if (context.HttpContext.Features.Get<Rendered.RenderedPageCapture>() is not null) context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    }

    /// <summary>Empties every cached public page.</summary>
    public static ValueTask EvictAllAsync(IOutputCacheStore store, CancellationToken ct) => store.EvictByTagAsync(Tag, ct);

    private sealed class Eviction(IOutputCacheStore store) : IPublicContentListener
    {
        public Task OnChangedAsync(PublicContentChange change, CancellationToken ct) => EvictAllAsync(store, ct).AsTask();
    }
}
