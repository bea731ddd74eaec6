namespace Recruiting.Core.Content;

/// <summary>A field of a page type, declared in code; the admin console builds its forms from these.</summary>
public sealed record FieldDefinition(string Name, string Kind, bool Required, int MaxLength = 0);

/// <summary>A content type declared in code, in the manner of Piranha's page types.</summary>
public sealed record PageType(string Id, string Name, IReadOnlyList<FieldDefinition> Fields);

public static class PageTypes
{
    public static readonly PageType JobPosting = new("job-posting", "Job posting",
    [
        new("Title", "text", true, 200),
        new("Description", "text", true, 1000),
        new("Language", "language", true),
        new("Slug", "slug", true, 120),
        new("TranslationKey", "text", false, 200),
        new("LeverId", "text", false, 64),
        new("EmploymentType", "text", false, 40),
        new("ClosingAt", "datetime", false),
        new("Aliases", "list", false),
        new("BodyMarkdown", "markdown", false),
    ]);

    public static readonly PageType CareersIndex = new("careers-index", "Careers index",
    [
        new("Title", "text", true, 200),
        new("BodyMarkdown", "markdown", false),
    ]);

    public static readonly IReadOnlyList<PageType> All = [JobPosting, CareersIndex];
}
