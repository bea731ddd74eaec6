using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// The editor's fields (PageTypes.JobPosting) as the browser posts them. Dates are wall-clock times in the
/// user's time zone; aliases one per line. Legacy fields the editor does not show are kept from the stored draft.
/// </summary>
public sealed class PostingForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string Language { get; set; } = Languages.English;
    public string? Slug { get; set; }
    public string? TranslationKey { get; set; }
    public string? LeverId { get; set; }
    public string? EmploymentType { get; set; }
    public DateTime? ClosingAt { get; set; }
    public string? Aliases { get; set; }
    public string? BodyMarkdown { get; set; }
    public int Version { get; set; }

    public static PostingForm From(Posting p, TimeZoneInfo zone) => From(p.Draft, p.Language, p.Slug, p.TranslationKey, p.Version, zone);

    public static PostingForm From(PostingContent c, string language, string slug, string translationKey, int version, TimeZoneInfo zone) => new()
    {
        Title = c.Title, Description = c.Description, Language = language, Slug = slug, TranslationKey = translationKey,
        LeverId = c.LeverId, EmploymentType = c.EmploymentType, Aliases = string.Join("\n", c.Aliases), BodyMarkdown = c.BodyMarkdown,
        ClosingAt = c.ClosingAt is { } closing ? UserClock.ToLocal(closing, zone) : null, Version = version,
    };

    public PostingInput ToInput(PostingContent? stored, TimeZoneInfo zone)
    {
        var content = (stored ?? new PostingContent()) with
        {
            Title = (Title ?? "").Trim(),
            Description = (Description ?? "").Trim(),
            BodyMarkdown = (BodyMarkdown ?? "").Replace("\r\n", "\n"),
            LeverId = Blank(LeverId),
            EmploymentType = Blank(EmploymentType),
            ClosingAt = ClosingAt is { } local ? UserClock.ToUtc(local, zone) : null,
            Aliases = (Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList(),
        };
        var slug = (Slug ?? "").Trim();
        if (slug.Length == 0 && stored is null) slug = SlugGenerator.FromText(content.Title);
        return new PostingInput(Language, slug, (TranslationKey ?? "").Trim(), content);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
