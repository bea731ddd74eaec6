using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Delivery;

/// <summary>
/// The one reader of every public answer: the careers pages, the content API, the feeds and the sitemap. Every query
/// starts from <see cref="PublicPostings"/> and reads published values only; translations come from
/// <see cref="PublicTranslations"/>, in one more query for a whole page of postings.
/// </summary>
public sealed class PublicPostingReader(RecruitingDb db)
{
    public IQueryable<Posting> Visible => PublicPostings.Visible(db);
    public IQueryable<Posting> Open => PublicPostings.Open(db);

    public async Task<PublicPosting?> FindAsync(string language, string slug, CancellationToken ct) =>
        (await ReadAsync(Visible.Where(p => p.PublishedLanguage == language && p.PublishedSlug == slug), ct)).SingleOrDefault();

    public async Task<PublicPosting?> FindAsync(Guid id, CancellationToken ct) =>
        (await ReadAsync(Visible.Where(p => p.Id == id), ct)).SingleOrDefault();

    /// <summary>
    /// The postings of <paramref name="postings"/> (built from <see cref="Visible"/> or <see cref="Open"/>: filtered,
    /// ordered, paged), with their translations; without <paramref name="withHtml"/>, their rendered bodies are not
    /// read (<see cref="PublicPosting.Html"/> is empty).
    /// </summary>
    public async Task<IReadOnlyList<PublicPosting>> ReadAsync(IQueryable<Posting> postings, CancellationToken ct, bool withHtml = true)
    {
        var rows = await postings.AsNoTracking()
            .Select(p => new Row(p.Id, p.PublishedLanguage!, p.PublishedSlug!, p.PublishedTranslationKey!, p.Status, p.FirstPublishedAt, p.PublishedAt,
                p.PublishedLeverId, p.Published!, withHtml ? p.PublishedHtml! : "", p.ArchivedAt, p.LastModifiedAt))
            .ToListAsync(ct);
        var links = rows.Select(r => r.Link).ToList();
        var translations = await TranslationsAsync(links, ct);
        return rows.Select((r, i) => new PublicPosting(links[i], r.Content, r.Html, r.ArchivedAt, r.LastModifiedAt, translations[i])).ToList();
    }

    /// <summary>Addresses only, with their translations: for lists of links such as the sitemap.</summary>
    public async Task<IReadOnlyList<(PostingLink Posting, PostingLink? Translation)>> LinksAsync(IQueryable<Posting> postings, CancellationToken ct)
    {
        var links = await postings.AsNoTracking().Select(PostingLink.Of).ToListAsync(ct);
        var translations = await TranslationsAsync(links, ct);
        return links.Select((l, i) => (l, translations[i])).ToList();
    }

    /// <summary>Open postings of one language that match <paramref name="query"/>, newest first; page 1-based.</summary>
    public async Task<PostingList> SearchOpenAsync(string language, CareersQuery query, int page, int pageSize, CancellationToken ct)
    {
        var open = Matching(Open.Where(p => p.PublishedLanguage == language), query);
        var total = await open.CountAsync(ct);
        // In long: a huge ?page= would overflow int into a negative offset (PostgreSQL refuses one).
        var offset = (long)(page - 1) * pageSize;
        var rows = offset >= total ? [] : await open.AsNoTracking()
            .OrderByDescending(p => p.FirstPublishedAt).ThenBy(p => p.Id)
            .Skip((int)offset).Take(pageSize)
            .Select(p => new
            {
                Slug = p.PublishedSlug!, Title = p.PublishedTitle ?? "", p.FirstPublishedAt, p.PublishedLocations,
                p.PublishedRemoteCountry, p.PublishedRemote, p.PublishedEmploymentType, p.PublishedClosingAt,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new PostingSummary(r.Slug, r.Title, r.FirstPublishedAt, PublishedListing.LocationsIn(r.PublishedLocations).ToList(),
            r.PublishedRemoteCountry, r.PublishedRemote, r.PublishedEmploymentType, r.PublishedClosingAt)).ToList();
        return new PostingList(items, page, Math.Max(1, (total + pageSize - 1) / pageSize), total);
    }

    /// <summary>The locations, employment types and departments the open postings of one language have, for the filters.</summary>
    public async Task<CareersFacets> FacetsAsync(string language, CancellationToken ct)
    {
        var combinations = await Open.Where(p => p.PublishedLanguage == language)
            .Select(p => new { p.PublishedLocations, p.PublishedRemote, p.PublishedEmploymentType, p.PublishedDepartment })
            .Distinct().ToListAsync(ct);
        var byName = StringComparer.InvariantCultureIgnoreCase;
        return new CareersFacets(
            combinations.SelectMany(c => PublishedListing.LocationsIn(c.PublishedLocations)).Distinct().Order(byName).ToList(),
            combinations.Select(c => c.PublishedEmploymentType).OfType<string>().Distinct()
                .OrderBy(t => EmploymentTypes.All.Contains(t) ? EmploymentTypes.All.ToList().IndexOf(t) : int.MaxValue).ThenBy(t => t, byName).ToList(),
            combinations.Select(c => c.PublishedDepartment).OfType<string>().Distinct().Order(byName).ToList(),
            combinations.Any(c => c.PublishedRemote));
    }

    private static IQueryable<Posting> Matching(IQueryable<Posting> postings, CareersQuery query)
    {
        foreach (var word in query.Words) postings = postings.Where(p => p.PublishedSearchText!.Contains(word));
        if (query.Location is { } location)
        {
            var needle = PublishedListing.LocationNeedle(location);
            postings = postings.Where(p => p.PublishedLocations!.Contains(needle));
        }
        if (query.RemoteOnly) postings = postings.Where(p => p.PublishedRemote);
        if (query.EmploymentType is { } type) postings = postings.Where(p => p.PublishedEmploymentType == type);
        if (query.Department is { } department) postings = postings.Where(p => p.PublishedDepartment == department);
        return postings;
    }

    /// <summary>The careers index's editable introduction (the second page type), if an editor wrote one.</summary>
    public Task<ContentPage?> IntroAsync(string language, CancellationToken ct) =>
        db.Pages.AsNoTracking()
            .Where(p => p.PageType == PageTypes.CareersIndex.Id && p.Language == language)
            .SingleOrDefaultAsync(ct);

    private async Task<PostingLink?[]> TranslationsAsync(IReadOnlyList<PostingLink> postings, CancellationToken ct)
    {
        var keys = postings.Select(p => p.TranslationKey).Distinct().ToList();
        var candidates = keys.Count == 0 ? [] : await PublicTranslations.Candidates(db, keys).ToListAsync(ct);
        var byKey = candidates.ToLookup(c => c.TranslationKey);
        return postings.Select(p => PublicTranslations.Of(p, byKey[p.TranslationKey])).ToArray();
    }

    private sealed record Row(Guid Id, string Language, string Slug, string TranslationKey, PostingStatus Status,
        DateTimeOffset? FirstPublishedAt, DateTimeOffset? PublishedAt, string? LeverId, PostingContent Content, string Html,
        DateTimeOffset? ArchivedAt, DateTimeOffset LastModifiedAt)
    {
        public PostingLink Link => new(Id, Language, Slug, TranslationKey, Status, FirstPublishedAt, PublishedAt, LeverId);
    }
}
