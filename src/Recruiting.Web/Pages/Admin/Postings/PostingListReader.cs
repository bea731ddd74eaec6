using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// The postings list in two SQL queries (count, page), whatever the page size: the translation state of each row is
/// a pair of correlated sub-queries on the indexed TranslationKey, so filtering on it happens before paging.
/// </summary>
public sealed class PostingListReader(RecruitingDb db)
{
    public async Task<PostingListPage> ReadAsync(PostingListCriteria criteria, CancellationToken ct = default)
    {
        var postings = PostingSearch.Matching(db, criteria.Search).AsNoTracking();
        if (criteria.Language is { } language && Languages.IsSupported(language))
            postings = postings.Where(p => p.Language == language);
        postings = ByStatus(postings, criteria.Status);

        var rows = postings.Select(p => new
        {
            p.Id, p.Title, p.Language, p.Slug, p.Status, p.TrashedAt, p.LastModifiedAt,
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
        var list = items.Select(r => new PostingListRow(r.Id, r.Title, r.Language, r.Slug, r.Status, r.TrashedAt != null, r.LastModifiedAt,
            !r.HasCounterpart ? TranslationState.Missing : r.CounterpartNewer ? TranslationState.Stale : TranslationState.UpToDate)).ToList();
        return new PostingListPage(list, total, page, size);
    }

    private static IQueryable<Posting> ByStatus(IQueryable<Posting> postings, ListStatus status) => status switch
    {
        ListStatus.Any => postings.Where(p => p.TrashedAt == null),
        ListStatus.Trashed => postings.Where(p => p.TrashedAt != null),
        _ => postings.Where(p => p.TrashedAt == null && p.Status == Workflow(status)),
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
