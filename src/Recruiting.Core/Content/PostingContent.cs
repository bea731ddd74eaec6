namespace Recruiting.Core.Content;

/// <summary>
/// The editable fields of the job posting page type, as one immutable value: the working draft,
/// the published version and each revision all hold one of these.
/// Field names follow the legacy Hugo front matter so that an export gives them back.
/// </summary>
public sealed record PostingContent
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string BodyMarkdown { get; init; } = "";
    public string? LeverId { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The legacy `url` key, kept as written (a string or a list in the archive).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];
    public string? Layout { get; init; }
    public string? Type { get; init; }
    public string? EmploymentType { get; init; }
    public DateTimeOffset? ClosingAt { get; init; }
    /// <summary>Where the job is done; empty when it is fully remote or not said.</summary>
    public IReadOnlyList<JobLocation> Locations { get; init; } = [];
    /// <summary>The job can be done from anywhere in <see cref="RemoteCountry"/>.</summary>
    public bool Remote { get; init; }
    /// <summary>The country a remote applicant must be in (required when <see cref="Remote"/>).</summary>
    public string? RemoteCountry { get; init; }
    public SalaryRange? Salary { get; init; }
    /// <summary>The department or team that hires.</summary>
    public string? Department { get; init; }
    /// <summary>
    /// The page type's custom fields (declared with <c>Custom = true</c>), by field name; a blank field is absent.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
    /// <summary>Front-matter keys the page type does not know, kept verbatim as JSON values.</summary>
    public IReadOnlyDictionary<string, string> ExtraFrontMatter { get; init; } = new Dictionary<string, string>();
    /// <summary>
    /// "To translate": the language this draft's text was copied from when its translation was started; null once the
    /// author says the text is translated. Kept with the text (and its revisions), never exported or served.
    /// </summary>
    public string? TranslateFrom { get; init; }

    /// <summary>Says where the job is: at least one location, or remote.</summary>
    public bool HasLocation => Locations.Count > 0 || Remote;

    public bool SameAs(PostingContent other) =>
        Title == other.Title && Description == other.Description && BodyMarkdown == other.BodyMarkdown
        && LeverId == other.LeverId && Aliases.SequenceEqual(other.Aliases) && Urls.SequenceEqual(other.Urls)
        && Layout == other.Layout && Type == other.Type && EmploymentType == other.EmploymentType
        && ClosingAt == other.ClosingAt
        && Locations.SequenceEqual(other.Locations) && Remote == other.Remote && RemoteCountry == other.RemoteCountry
        && Salary == other.Salary && Department == other.Department && TranslateFrom == other.TranslateFrom
        && Same(Fields, other.Fields) && Same(ExtraFrontMatter, other.ExtraFrontMatter);

    /// <summary>The value of the custom field <paramref name="name"/>, null when blank.</summary>
    public string? Field(string name) => Fields.GetValueOrDefault(name);

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
