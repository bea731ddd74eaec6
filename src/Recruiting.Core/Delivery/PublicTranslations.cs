using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Delivery;

/// <summary>
/// The one rule for which visible posting in the other language is a posting's translation: the page's language
/// toggle and hreflang links, the content API's <c>translation</c>, the sitemap's alternates. Postings pair by
/// translation key; a re-posted job may have several in the other language: an open one wins over an archived one,
/// then the most recently first published (then the id, so the choice never changes between two reads).
/// </summary>
public static class PublicTranslations
{
    /// <summary>The visible postings that may be a translation of a posting with one of <paramref name="keys"/>.</summary>
    public static IQueryable<PostingLink> Candidates(RecruitingDb db, IReadOnlyCollection<string> keys) =>
        PublicPostings.Visible(db).Where(p => keys.Contains(p.PublishedTranslationKey!)).Select(PostingLink.Of);

    public static PostingLink? Of(PostingLink posting, IEnumerable<PostingLink> candidates) =>
        candidates.Where(c => c.TranslationKey == posting.TranslationKey && c.Language != posting.Language)
            .OrderBy(c => c.Status == PostingStatus.Published ? 0 : 1)
            .ThenByDescending(c => c.FirstPublishedAt)
            .ThenBy(c => c.Id)
            .FirstOrDefault();
}
