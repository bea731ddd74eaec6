using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Public;

/// <summary>
/// Rendered public pages (index, postings, sitemap, feeds) kept in memory by ASP.NET Core output caching, so a page
/// view usually costs no query at all. Every committed write to postings, redirects or pages empties it (see
/// <see cref="PublicContentChanges"/>); `Site:PageCacheSeconds` bounds how long a change made by another process
/// (a command-line import while the site runs) can take to show. 0 turns the cache off.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-pages";
    public const string Tag = "public-content";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration config)
    {
        var seconds = config.GetValue($"{PublicSiteOptions.Section}:PageCacheSeconds", 60);
        services.AddOutputCache(options => options.AddPolicy(Policy, policy =>
        {
            if (seconds <= 0) policy.NoCache();
            else policy.Expire(TimeSpan.FromSeconds(seconds)).Tag(Tag).SetVaryByQuery("page");
        }));
        services.AddSingleton<PublicContentChanges>();
        services.ConfigureDbContext<RecruitingDb>((provider, options) => options.AddInterceptors(provider.GetRequiredService<PublicContentChanges>().Interceptors));
        return services;
    }

    /// <summary>A posting that closes before the cache would expire is cached only until it closes.</summary>
    public static void ExpireNoLaterThan(HttpContext http, DateTimeOffset? closesAt, DateTimeOffset now)
    {
        if (closesAt is not { } closing || closing <= now) return;
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } cache
            && (cache.ResponseExpirationTimeSpan is not { } current || closing - now < current))
            cache.ResponseExpirationTimeSpan = closing - now;
    }
}
