using Recruiting.Core.Workflow;

namespace Recruiting.Core.Content;

/// <summary>A field of a page type: its name (the property it is stored in), kind, whether required and its length limit.</summary>
public sealed record FieldDefinition(string Name, string Kind, bool Required, int MaxLength = 0);

/// <summary>
/// A content type declared in code, in the manner of Piranha's page types: its id is what stored pages carry
/// (<see cref="ContentPage.PageType"/>); the console's field labels and their tests read the fields. The limits are
/// <see cref="PostingLimits"/>, which the save pipeline enforces.
/// </summary>
public sealed record PageType(string Id, string Name, IReadOnlyList<FieldDefinition> Fields);

public static class PageTypes
{
    public static readonly PageType JobPosting = new("job-posting", "Job posting",
    [
        new("Title", "text", true, PostingLimits.Title),
        new("Description", "text", true, PostingLimits.Description),
        new("Language", "language", true),
        new("Slug", "slug", true, PostingLimits.Slug),
        new("TranslationKey", "text", false, PostingLimits.TranslationKey),
        new("LeverId", "text", false, PostingLimits.LeverId),
        new("EmploymentType", "text", false, PostingLimits.ShortText),
        new("ClosingAt", "datetime", false),
        new("Locations", "locations", false),
        new("Remote", "remote", false),
        new("Salary", "salary", false),
        new("Department", "text", false, PostingLimits.ShortText),
        new("Aliases", "list", false),
        new("BodyMarkdown", "markdown", false, PostingLimits.Body),
    ]);

    public static readonly PageType CareersIndex = new("careers-index", "Careers index",
    [
        new("Title", "text", true, PostingLimits.Title),
        new("BodyMarkdown", "markdown", false, PostingLimits.Body),
    ]);

    public static readonly IReadOnlyList<PageType> All = [JobPosting, CareersIndex];
}
