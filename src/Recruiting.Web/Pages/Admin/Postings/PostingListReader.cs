using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// The postings list in two SQL queries (count, page), whatever the page size: the translation state of each row is
/// a pair of correlated sub-queries on the indexed TranslationKey, so filtering on it happens before paging.
/// </summary>
public sealed class PostingListReader(RecruitingDb db, TimeProvider clock)
{
    /// <summary>How many postings the list shows for <paramref name="criteria"/> (the translation filter aside): for the dashboard's links.</summary>
    public Task<int> CountAsync(PostingListCriteria criteria, CancellationToken ct = default) => Filtered(criteria).CountAsync(ct);

    public async Task<PostingListPage> ReadAsync(PostingListCriteria criteria, CancellationToken ct = default)
    {
        var rows = Filtered(criteria).Select(p => new
        {
            p.Id, p.Title, p.Language, p.Slug, p.Status, p.TrashedAt, p.LastModifiedAt, p.ClosingAt,
            HasCounterpart = db.Postings.Any(o => o.TranslationKey == p.TranslationKey && o.Language != p.Language && o.TrashedAt == null),
            CounterpartNewer = db.Postings.Any(o => o.TranslationKey == p.TranslationKey && o.Language != p.Language && o.TrashedAt == null
                && o.ContentChangedAt > p.ContentChangedAt),
        });
        rows = criteria.Translation switch
        {
            TranslationFilter.Missing => rows.Where(r => !r.HasCounterpart),
            TranslationFilter.Stale => rows.Where(r => r.CounterpartNewer),
            _ => rows,
        };
        rows = (criteria.Sort, criteria.Descending) switch
        {
            (PostingSort.Title, false) => rows.OrderBy(r => r.Title).ThenBy(r => r.Id),
            (PostingSort.Title, true) => rows.OrderByDescending(r => r.Title).ThenBy(r => r.Id),
            (PostingSort.Status, false) => rows.OrderBy(r => r.Status).ThenByDescending(r => r.LastModifiedAt).ThenBy(r => r.Id),
            (PostingSort.Status, true) => rows.OrderByDescending(r => r.Status).ThenByDescending(r => r.LastModifiedAt).ThenBy(r => r.Id),
            (_, false) => rows.OrderBy(r => r.LastModifiedAt).ThenBy(r => r.Id),
            _ => rows.OrderByDescending(r => r.LastModifiedAt).ThenBy(r => r.Id),
        };

        var total = await rows.CountAsync(ct);
        var size = criteria.SafePageSize;
        var page = Math.Min(criteria.SafePage, Math.Max(1, (total + size - 1) / size));
        var items = await rows.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var list = items.Select(r => new PostingListRow(r.Id, r.Title, r.Language, r.Slug, r.Status, r.TrashedAt != null, r.LastModifiedAt, r.ClosingAt,
            !r.HasCounterpart ? TranslationState.Missing : r.CounterpartNewer ? TranslationState.Stale : TranslationState.UpToDate)).ToList();
        return new PostingListPage(list, total, page, size);
    }

    private IQueryable<Posting> Filtered(PostingListCriteria criteria)
    {
        var postings = PostingSearch.Matching(db, criteria.Search).AsNoTracking();
        if (criteria.Language is { } language && Languages.IsSupported(language))
            postings = postings.Where(p => p.Language == language);
        postings = ByStatus(postings, criteria.Status);
        return ByClosing(postings, criteria.Closing, clock.GetUtcNow());
    }

    private static IQueryable<Posting> ByStatus(IQueryable<Posting> postings, ListStatus status) => status switch
    {
        ListStatus.Any => postings.Where(p => p.TrashedAt == null),
        ListStatus.Trashed => postings.Where(p => p.TrashedAt != null),
        _ => postings.Where(p => p.TrashedAt == null && p.Status == Workflow(status)),
    };

    private static IQueryable<Posting> ByClosing(IQueryable<Posting> postings, ClosingFilter filter, DateTimeOffset now) => filter switch
    {
        ClosingFilter.ClosingSoon => postings.Where(p => p.ClosingAt != null && p.ClosingAt > now && p.ClosingAt <= now.AddDays(PostingListCriteria.ClosingSoonDays)),
        ClosingFilter.Expired => postings.Where(p => p.ClosingAt != null && p.ClosingAt <= now),
        ClosingFilter.WithoutApplyLink => postings.Where(p => p.LeverId == null || p.LeverId.Trim() == ""),
        _ => postings,
    };

    private static PostingStatus Workflow(ListStatus status) => status switch
    {
        ListStatus.InReview => PostingStatus.InReview,
        ListStatus.Scheduled => PostingStatus.Scheduled,
        ListStatus.Published => PostingStatus.Published,
        ListStatus.Archived => PostingStatus.Archived,
        _ => PostingStatus.Draft,
    };
}
