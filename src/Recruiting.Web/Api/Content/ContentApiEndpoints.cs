using Recruiting.Core.Content;
using Recruiting.Web.Public;
using Recruiting.Web.Public.Rendered;

namespace Recruiting.Web.Api.Content;

/// <summary>The anonymous, read-only content API over published postings.</summary>
public static class ContentApiEndpoints
{
    public const string CorsPolicy = "ContentApi";
    public const string Prefix = "/api/v1/postings";

    public static RouteGroupBuilder MapContentEndpoints(this IEndpointRouteBuilder routes, string cacheControl)
    {
        var group = routes.MapGroup(Prefix)
            .AllowAnonymous()
            .RequireCors(CorsPolicy)
            .WithTags("Content")
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        group.MapGet("", async (ContentApiAnswers answers, CancellationToken ct,
                string? lang, string? status, string? q, string? updatedSince, string? page, string? pageSize, string? fields) =>
            {
                var (query, errors) = PostingListQuery.Parse(lang, status, q, updatedSince, page, pageSize, fields);
                if (query is null) return ApiProblems.BadQuery(errors);
                return new CachedJsonResult<PostingPageDto>(await answers.ListAsync(query, ct), cacheControl);
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

        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, ContentApiAnswers answers, CancellationToken ct) =>
                await answers.FindAsync(id, ct) is { } posting
                    ? Stored(http, RenderedPageAddress.ApiPosting(posting.Dto.Id), posting, cacheControl)
                    : ApiProblems.NotFound($"No published posting has the id {id}."))
            .WithName("GetPosting")
            .CacheOutput(PublicPageCache.ApiPolicy)
            .Produces<PostingDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{lang}/{slug}", async (string lang, string slug, HttpContext http, ContentApiAnswers answers, CancellationToken ct) =>
            {
                if (!Languages.IsSupported(lang))
                    return ApiProblems.NotFound($"'{lang}' is not a language of this site: use 'en' or 'fr'.");
                return await answers.FindAsync(lang, slug, ct) is { } posting
                    ? Stored(http, RenderedPageAddress.ApiPosting(posting.Dto.Language, posting.Dto.Slug), posting, cacheControl)
                    : ApiProblems.NotFound($"No published {lang} posting has the slug '{slug}'.");
            })
            .WithName("GetPostingBySlug")
            .CacheOutput(PublicPageCache.ApiPolicy)
            .Produces<PostingDto>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    /// <summary>One posting's answer, declared for storing at its own address (README, "Rendered pages").</summary>
    private static CachedJsonResult<PostingDto> Stored(HttpContext http, string key, ContentApiAnswers.OnePosting posting, string cacheControl)
    {
        RenderedPageCapture.Posting(http, key, posting.Dto.Id, posting.TranslationKey, validUntil: null);
        return new CachedJsonResult<PostingDto>(posting.Dto, cacheControl);
    }
}
