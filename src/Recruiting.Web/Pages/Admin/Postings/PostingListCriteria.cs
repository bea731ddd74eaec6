namespace Recruiting.Web.Admin.Postings;

public enum ListStatus { Any, Draft, InReview, Scheduled, Published, Archived, Trashed }

public enum TranslationFilter { Any, Missing, Stale }

public enum PostingSort { Modified, Title, Status }

/// <summary>What the postings list shows: bound from the query string, so a filtered list is a shareable URL.</summary>
public sealed class PostingListCriteria
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public string? Search { get; set; }
    public string? Language { get; set; }
    public ListStatus Status { get; set; }
    public TranslationFilter Translation { get; set; }
    public PostingSort Sort { get; set; }
    public bool Descending { get; set; } = true;
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = DefaultPageSize;

    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}
