namespace Recruiting.Web.Admin.Postings;

public enum ListStatus { Any, Draft, InReview, Scheduled, Published, Archived, Trashed }

public enum TranslationFilter { Any, Missing, Stale }

/// <summary>Postings by their draft's closing date and Apply route: what a publisher tidies up.</summary>
public enum ClosingFilter { Any, ClosingSoon, Expired, WithoutApplyLink }

public enum PostingSort { Modified, Title, Status }

/// <summary>What the postings list shows: bound from the query string, so a filtered list is a shareable URL.</summary>
public sealed class PostingListCriteria
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    /// <summary>The page sizes the list offers; any size up to <see cref="MaxPageSize"/> works in the address.</summary>
    public static readonly int[] PageSizes = [25, 50, 100];
    /// <summary>"Closing soon": the closing date falls within this many days.</summary>
    public const int ClosingSoonDays = 7;

    public string? Search { get; set; }
    public string? Language { get; set; }
    public ListStatus Status { get; set; }
    public TranslationFilter Translation { get; set; }
    public ClosingFilter Closing { get; set; }
    public PostingSort Sort { get; set; }
    public bool Descending { get; set; } = true;
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = DefaultPageSize;

    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}
