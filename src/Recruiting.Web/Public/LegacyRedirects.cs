using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Public;

/// <summary>
/// Old addresses (legacy Hugo URLs, aliases, former slugs) answer 301 to the posting's canonical URL.
/// It looks only at requests that would otherwise be a 404, so normal pages never pay for it.
/// </summary>
public static class LegacyRedirects
{
    public static IApplicationBuilder UseLegacyRedirects(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        await next(http);
        if (!IsUnansweredNotFound(http)) return;
        var db = http.RequestServices.GetRequiredService<RecruitingDb>();
        var target = await TargetAsync(db, http.Request.Path.Value ?? "/", http.RequestAborted);
        if (target is null) return;
        http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        http.Response.Headers.Location = target;
    });

    /// <summary>The canonical path an old address now points to, when its posting is visible and the redirect published.</summary>
    public static async Task<string?> TargetAsync(RecruitingDb db, string path, CancellationToken ct)
    {
        var normalized = RedirectPath.Normalize(path);
        var posting = await (from r in db.Redirects
                             join p in PublicPostings.Visible(db) on r.PostingId equals p.Id
                             where r.Path == normalized && r.PublishedAt != null
                             select new { p.PublishedLanguage, p.PublishedSlug })
            .FirstOrDefaultAsync(ct);
        return posting is null ? null : PostingUrls.Canonical(posting.PublishedLanguage!, posting.PublishedSlug!);
    }

    private static bool IsUnansweredNotFound(HttpContext http) =>
        http.Response.StatusCode == StatusCodes.Status404NotFound && !http.Response.HasStarted
        && string.IsNullOrEmpty(http.Response.ContentType)
        && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
}
