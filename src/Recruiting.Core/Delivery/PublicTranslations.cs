using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Delivery;

/// <summary>
/// The one rule for which visible posting in the other language is a posting's translation: the page's language
/// toggle and hreflang links, the content API's <c>translation</c>, the sitemap's alternates. Postings pair by
/// translation key; a re-posted job has several postings per language under one key, and each is paired with its best
/// counterpart: the one with the same leverId (the same Lever job), then the one first published nearest in time (the
/// same posting round), then an open one over an archived one, then the id, so the choice never changes between reads.
/// </summary>
public static class PublicTranslations
{
    /// <summary>The visible postings that may be a translation of a posting with one of <paramref name="keys"/>.</summary>
    public static IQueryable<PostingLink> Candidates(RecruitingDb db, IReadOnlyCollection<string> keys) =>
        PublicPostings.Visible(db).Where(p => keys.Contains(p.PublishedTranslationKey!)).Select(PostingLink.Of);

    public static PostingLink? Of(PostingLink posting, IEnumerable<PostingLink> candidates) =>
        candidates.Where(c => c.TranslationKey == posting.TranslationKey && c.Language != posting.Language)
            .OrderBy(c => SameLeverId(posting, c) ? 0 : 1)
            .ThenBy(c => Distance(posting.FirstPublishedAt, c.FirstPublishedAt))
            .ThenBy(c => c.Status == PostingStatus.Published ? 0 : 1)
            .ThenBy(c => c.Id)
            .FirstOrDefault();

    private static bool SameLeverId(PostingLink a, PostingLink b) =>
        !string.IsNullOrWhiteSpace(a.LeverId) && !string.IsNullOrWhiteSpace(b.LeverId)
        && string.Equals(a.LeverId.Trim(), b.LeverId.Trim(), StringComparison.OrdinalIgnoreCase);

    private static TimeSpan Distance(DateTimeOffset? a, DateTimeOffset? b) =>
        a is { } x && b is { } y ? (x - y).Duration() : TimeSpan.MaxValue;
}
