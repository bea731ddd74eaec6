using Recruiting.Core.Content;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>The English names of statuses in the console; the catalog translates them.</summary>
public static class StatusText
{
    /// <summary>French needs the singular for one posting's status ("Publiée"), the plural for lists ("Publiées").</summary>
    public const string OnePosting = "one posting";

    public static string Of(PostingStatus status) => Localizer.InContext(OnePosting, status switch
    {
        PostingStatus.InReview => "In review",
        PostingStatus.Scheduled => "Scheduled",
        PostingStatus.Published => "Published",
        PostingStatus.Archived => "Archived",
        _ => "Draft",
    });

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
