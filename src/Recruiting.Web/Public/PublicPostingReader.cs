using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Public;

/// <summary>One visible posting as its public page needs it, with the slug of its visible translation.</summary>
public sealed record PostingView(
    Guid Id, string Language, string Slug, PostingStatus Status, PostingContent Content, string Html,
    DateTimeOffset? FirstPublishedAt, DateTimeOffset? PublishedAt, string? TranslationSlug);

/// <summary>A line of the careers index: no body, only what the list shows.</summary>
public sealed record PostingSummary(string Slug, string Title, DateTimeOffset? PostedAt);

public sealed record PostingList(IReadOnlyList<PostingSummary> Items, int Page, int Pages, int Total);

/// <summary>
/// What the public careers pages read. Every query starts from <see cref="PublicPostings"/> and reads the published
/// address; a posting page is one indexed query (language + slug) with its translation joined as a subquery.
/// </summary>
public sealed class PublicPostingReader(RecruitingDb db)
{
    public Task<PostingView?> FindAsync(string language, string slug, CancellationToken ct)
    {
        var visible = PublicPostings.Visible(db);
        var other = Languages.Other(language);
        return visible.AsNoTracking()
            .Where(p => p.PublishedLanguage == language && p.PublishedSlug == slug)
            .Select(p => new PostingView(p.Id, p.PublishedLanguage!, p.PublishedSlug!, p.Status, p.Published!, p.PublishedHtml!,
                p.FirstPublishedAt, p.PublishedAt,
                // Several translations (a re-posted job): prefer an open one, then the newest.
                visible.Where(t => t.PublishedTranslationKey == p.PublishedTranslationKey && t.PublishedLanguage == other)
                    .OrderBy(t => t.Status).ThenByDescending(t => t.FirstPublishedAt)
                    .Select(t => t.PublishedSlug).FirstOrDefault()))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>Open postings of one language, newest first; page 1-based.</summary>
    public async Task<PostingList> ListOpenAsync(string language, int page, int pageSize, CancellationToken ct)
    {
        var open = PublicPostings.Open(db).Where(p => p.PublishedLanguage == language);
        var total = await open.CountAsync(ct);
        // In long: a huge ?page= would overflow int into a negative offset (PostgreSQL refuses one).
        var offset = (long)(page - 1) * pageSize;
        var items = offset >= total ? [] : await open.AsNoTracking()
            .OrderByDescending(p => p.FirstPublishedAt).ThenBy(p => p.Id)
            .Skip((int)offset).Take(pageSize)
            .Select(p => new PostingSummary(p.PublishedSlug!, p.PublishedTitle ?? "", p.FirstPublishedAt))
            .ToListAsync(ct);
        return new PostingList(items, page, Math.Max(1, (total + pageSize - 1) / pageSize), total);
    }

    /// <summary>The careers index's editable introduction (the second page type), if an editor wrote one.</summary>
    public Task<ContentPage?> IntroAsync(string language, CancellationToken ct) =>
        db.Pages.AsNoTracking()
            .Where(p => p.PageType == PageTypes.CareersIndex.Id && p.Language == language)
            .SingleOrDefaultAsync(ct);
}
