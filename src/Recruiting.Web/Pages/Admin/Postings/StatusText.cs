using Recruiting.Core.Content;

namespace Recruiting.Web.Admin.Postings;

/// <summary>The keys of statuses in the postings screens' catalog (<see cref="PostingsAdminTexts"/>).</summary>
public static class StatusText
{
    /// <summary>One posting's status: French needs the singular ("Publiée"), where the list's filter has the plural ("Publiées").</summary>
    public static string Of(PostingStatus status) => status switch
    {
        PostingStatus.InReview => "status.in-review",
        PostingStatus.Scheduled => "status.scheduled",
        PostingStatus.Published => "status.published",
        PostingStatus.Archived => "status.archived",
        _ => "status.draft",
    };

    public static string ForFilter(ListStatus status) => status switch
    {
        ListStatus.Any => "Any status (not trashed)",
        ListStatus.Trashed => "In the trash",
        ListStatus.InReview => "In review",
        _ => status.ToString(),
    };

    public static string Of(TranslationState state) => state switch
    {
        TranslationState.Missing => "Missing translation",
        TranslationState.Stale => "Stale translation",
        _ => "Up to date",
    };
}
