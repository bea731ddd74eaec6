using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Workflow;

/// <summary>
/// The one place that decides what the public may see. The careers site, the content API, feeds
/// and the sitemap all start from <see cref="Visible"/>; drafts, scheduled, unpublished and trashed
/// postings never pass it. They read only what was published: <see cref="Posting.Published"/>, its HTML and title,
/// and the published address (<see cref="Posting.PublishedLanguage"/>, <see cref="Posting.PublishedSlug"/>,
/// <see cref="Posting.PublishedTranslationKey"/>), never the draft's, which an author may change at any time.
/// Whether a posting has a published version is read from its published language, which the pipeline sets and clears
/// with the published content and HTML: a narrow column that an index holds (IX_postings_open_listing), where testing
/// the HTML would read every candidate's wide row.
/// </summary>
public static class PublicPostings
{
    public static IQueryable<Posting> Visible(RecruitingDb db) =>
        db.Postings.Where(p => p.TrashedAt == null && p.PublishedLanguage != null
            && (p.Status == PostingStatus.Published || p.Status == PostingStatus.Archived));

    /// <summary>Open: visible, not archived; applications accepted.</summary>
    public static IQueryable<Posting> Open(RecruitingDb db) => Visible(db).Where(p => p.Status == PostingStatus.Published);

    public static bool IsVisible(Posting p) =>
        p.TrashedAt is null && p.PublishedLanguage is not null && p.Status is PostingStatus.Published or PostingStatus.Archived;

    public static bool IsOpen(Posting p) => IsVisible(p) && p.Status == PostingStatus.Published;
}
