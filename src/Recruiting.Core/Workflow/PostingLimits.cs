namespace Recruiting.Core.Workflow;

/// <summary>
/// How long each core posting field may be: the columns' sizes, so SQLite (which does not check lengths) and
/// PostgreSQL (which does) agree. The page type (<see cref="Content.PageTypes"/>) gives each field its limit from
/// here, and every consumer (validator, editor, APIs) reads the limit from the page type.
/// </summary>
public static class PostingLimits
{
    public const int Title = 500;
    public const int Description = 5_000;
    public const int Slug = 200;
    public const int TranslationKey = 200;
    public const int LeverId = 100;
    /// <summary>Aliases of one posting: each is a redirect, checked and written on every save.</summary>
    public const int Aliases = 100;
    /// <summary>An alias or legacy url, once normalized as a redirect path.</summary>
    public const int RedirectPath = 500;
    /// <summary>EmploymentType, Department, Layout and Type.</summary>
    public const int ShortText = 100;
    /// <summary>Locations of one posting.</summary>
    public const int Locations = 20;
    /// <summary>A city, region or country name.</summary>
    public const int PlaceName = 100;
    /// <summary>The highest salary amount (a column-free JSON value, bounded so no display overflows).</summary>
    public const decimal SalaryAmount = 100_000_000m;
    /// <summary>Characters of Markdown; the longest real posting is a few thousand.</summary>
    public const int Body = 200_000;
    /// <summary>A publisher's comment when sending a posting back to its author.</summary>
    public const int ReviewComment = 2_000;
}
