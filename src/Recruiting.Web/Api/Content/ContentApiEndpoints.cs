using Recruiting.Core.Content;
using Recruiting.Web.Public;

namespace Recruiting.Web.Api.Content;

/// <summary>The anonymous, read-only content API over published postings.</summary>
public static class ContentApiEndpoints
{
    public const string CorsPolicy = "ContentApi";

    public static RouteGroupBuilder MapContentEndpoints(this IEndpointRouteBuilder routes, TimeSpan maxAge)
    {
        var group = routes.MapGroup("/api/v1/postings")
            .AllowAnonymous()
            .RequireCors(CorsPolicy)
            .WithTags("Content")
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        group.MapGet("", async (ContentApiAnswers answers, CancellationToken ct,
                string? lang, string? status, string? q, string? updatedSince, string? page, string? pageSize, string? fields) =>
            {
                var (query, errors) = PostingListQuery.Parse(lang, status, q, updatedSince, page, pageSize, fields);
                if (query is null) return ApiProblems.BadQuery(errors);
                return new CachedJsonResult<PostingPageDto>(await answers.ListAsync(query, ct), maxAge);
            })
            .WithName("ListPostings")
            .WithSummary("Published postings, newest first, a page at a time.")
            .WithDescription("lang: en | fr (default both). status: open (default) | archived | all. q: text searched in the "
                + "published title, description and body. updatedSince: ISO 8601 date-time. page: from 1. "
                + $"pageSize: 1 to {PostingListQuery.MaxPageSize} (default {PostingListQuery.DefaultPageSize}). "
                + "fields: bodyMarkdown, bodyHtml or both (comma-separated): the list leaves the bodies out unless asked for.")
            .CacheOutput(PublicPageCache.ApiPolicy)
            .Produces<PostingPageDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async (Guid id, ContentApiAnswers answers, CancellationToken ct) =>
                await answers.FindAsync(id, ct) is { } posting
                    ? new CachedJsonResult<PostingDto>(posting, maxAge)
                    : ApiProblems.NotFound($"No published posting has the id {id}."))
            .WithName("GetPosting")
            .CacheOutput(PublicPageCache.ApiPolicy)
            .Produces<PostingDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{lang}/{slug}", async (string lang, string slug, ContentApiAnswers answers, CancellationToken ct) =>
            {
                if (!Languages.IsSupported(lang))
                    return ApiProblems.NotFound($"'{lang}' is not a language of this site: use 'en' or 'fr'.");
                return await answers.FindAsync(lang, slug, ct) is { } posting
                    ? new CachedJsonResult<PostingDto>(posting, maxAge)
                    : ApiProblems.NotFound($"No published {lang} posting has the slug '{slug}'.");
            })
            .WithName("GetPostingBySlug")
            .CacheOutput(PublicPageCache.ApiPolicy)
            .Produces<PostingDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }
}
