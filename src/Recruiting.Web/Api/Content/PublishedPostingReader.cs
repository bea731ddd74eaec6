using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Api.Content;

/// <summary>
/// Reads what the content API serves. Every query starts from <see cref="PublicPostings.Visible"/>, so drafts,
/// scheduled, unpublished and trashed postings cannot appear; translations of a whole page come in one query.
/// </summary>
public sealed class PublishedPostingReader(RecruitingDb db, SiteAddress site)
{
    public async Task<PostingPageDto> ListAsync(PostingListQuery query, CancellationToken ct)
    {
        var postings = Filter(query);
        var total = await postings.CountAsync(ct);
        // In long: page 2147483647 of 20 would overflow int and wrap to an earlier page. Past the end, nothing to read.
        var offset = (long)(query.Page - 1) * query.PageSize;
        var page = offset >= total ? [] : await postings
            .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id)
            .Skip((int)offset).Take(query.PageSize)
            .AsNoTracking().ToListAsync(ct);
        var items = await ToDtosAsync(page, ct);
        var pages = (int)Math.Ceiling(total / (double)query.PageSize);
        return new PostingPageDto(items, query.Page, query.PageSize, total, pages);
    }

    public Task<PostingDto?> FindAsync(Guid id, CancellationToken ct) =>
        SingleAsync(PublicPostings.Visible(db).Where(p => p.Id == id), ct);

    public Task<PostingDto?> FindAsync(string language, string slug, CancellationToken ct) =>
        SingleAsync(PublicPostings.Visible(db).Where(p => p.PublishedLanguage == language && p.PublishedSlug == slug), ct);

    private IQueryable<Posting> Filter(PostingListQuery query)
    {
        var postings = query.Status switch
        {
            StatusFilter.Open => PublicPostings.Open(db),
            StatusFilter.Archived => PublicPostings.Visible(db).Where(p => p.Status == PostingStatus.Archived),
            _ => PublicPostings.Visible(db),
        };
        if (query.Language is { } lang) postings = postings.Where(p => p.PublishedLanguage == lang);
        if (query.UpdatedSince is { } since) postings = postings.Where(p => p.PublishedAt >= since || p.ArchivedAt >= since);
        if (query.Text is { } text)
        {
            var matching = PublishedTextSearch.Matching(db, text);
            postings = postings.Where(p => matching.Contains(p.Id));
        }
        return postings;
    }

    private async Task<PostingDto?> SingleAsync(IQueryable<Posting> query, CancellationToken ct)
    {
        var posting = await query.AsNoTracking().SingleOrDefaultAsync(ct);
        return posting is null ? null : (await ToDtosAsync([posting], ct))[0];
    }

    private async Task<IReadOnlyList<PostingDto>> ToDtosAsync(IReadOnlyList<Posting> postings, CancellationToken ct)
    {
        var keys = postings.Select(p => p.PublishedTranslationKey!).Distinct().ToList();
        var candidates = keys.Count == 0 ? [] : await PublicPostings.Visible(db)
            .Where(p => keys.Contains(p.PublishedTranslationKey!))
            .Select(p => new { p.Id, Language = p.PublishedLanguage!, Slug = p.PublishedSlug!, TranslationKey = p.PublishedTranslationKey! })
            .ToListAsync(ct);
        return postings.Select(p =>
        {
            var other = candidates.FirstOrDefault(c => c.TranslationKey == p.PublishedTranslationKey && c.Language != p.PublishedLanguage);
            var translation = other is null ? null
                : new TranslationLinkDto(other.Id, other.Language, site.Absolute(PostingUrls.Canonical(other.Language, other.Slug)));
            return ToDto(p, translation);
        }).ToList();
    }

    private PostingDto ToDto(Posting p, TranslationLinkDto? translation)
    {
        var content = p.Published!;
        var publishedAt = p.PublishedAt ?? p.LastModifiedAt;
        var updatedAt = p.ArchivedAt is { } archived && archived > publishedAt ? archived : publishedAt;
        return new PostingDto(
            p.Id, p.PublishedLanguage!, p.PublishedSlug!, p.Status == PostingStatus.Archived ? "archived" : "open",
            content.Title, content.Description, content.LeverId, content.EmploymentType, content.ClosingAt,
            content.BodyMarkdown, p.PublishedHtml!, site.Absolute(PostingUrls.Published(p)!), translation,
            p.FirstPublishedAt ?? publishedAt, publishedAt, p.ArchivedAt, updatedAt);
    }
}
