using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// The editor's fields (the job-posting page type) as the browser posts them. Dates are wall-clock times in the
/// user's time zone; aliases one per line. Legacy fields the editor does not show are kept from the stored draft.
/// The page type's custom fields come and go in <see cref="Fields"/> (input names <c>Form.Fields[Name]</c>).
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
    /// <summary>One location a line: "City, Region, Country", "City, Country" or "Country".</summary>
    public string? Locations { get; set; }
    public bool Remote { get; set; }
    public string? RemoteCountry { get; set; }
    /// <summary>Amounts as typed: digits with a point or a comma for decimals; spaces between thousands are ignored.</summary>
    public string? SalaryMin { get; set; }
    public string? SalaryMax { get; set; }
    public string SalaryCurrency { get; set; } = "CAD";
    public string SalaryUnit { get; set; } = SalaryRange.Year;
    public string? Department { get; set; }
    public string? BodyMarkdown { get; set; }
    /// <summary>The custom fields of the page type, by field name.</summary>
    public Dictionary<string, string?> Fields { get; set; } = [];
    public int Version { get; set; }
    /// <summary>Ticked when a draft flagged "to translate" is translated: the flag goes.</summary>
    public bool Translated { get; set; }

    public static PostingForm From(Posting p, TimeZoneInfo zone) => From(p.Draft, p.Language, p.Slug, p.TranslationKey, p.Version, zone);

    public static PostingForm From(PostingContent c, string language, string slug, string translationKey, int version, TimeZoneInfo zone) => new()
    {
        Title = c.Title, Description = c.Description, Language = language, Slug = slug, TranslationKey = translationKey,
        LeverId = c.LeverId, EmploymentType = c.EmploymentType, Aliases = string.Join("\n", c.Aliases), BodyMarkdown = c.BodyMarkdown,
        ClosingAt = c.ClosingAt is { } closing ? UserClock.ToLocal(closing, zone) : null, Version = version,
        Locations = string.Join("\n", c.Locations), Remote = c.Remote, RemoteCountry = c.RemoteCountry, Department = c.Department,
        SalaryMin = Amount(c.Salary?.Min), SalaryMax = Amount(c.Salary?.Max),
        SalaryCurrency = c.Salary?.Currency ?? "CAD", SalaryUnit = c.Salary?.Unit ?? SalaryRange.Year,
        Fields = c.Fields.ToDictionary(kv => kv.Key, kv => (string?)kv.Value),
    };

    public PostingInput ToInput(PostingContent? stored, TimeZoneInfo zone, PageType type)
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
            Locations = (Locations ?? "").Split('\n').Select(JobLocation.Parse).OfType<JobLocation>().ToList(),
            Remote = Remote,
            RemoteCountry = Blank(RemoteCountry),
            Department = Blank(Department),
            Salary = SalaryFromForm(),
            Fields = CustomFields(stored, type),
            TranslateFrom = Translated ? null : stored?.TranslateFrom,
        };
        var slug = (Slug ?? "").Trim();
        if (slug.Length == 0 && stored is null) slug = SlugGenerator.FromText(content.Title);
        return new PostingInput(Language, slug, (TranslationKey ?? "").Trim(), content);
    }

    /// <summary>The declared custom fields as typed (a long text keeps its lines); a blank one is left out.</summary>
    private Dictionary<string, string> CustomFields(PostingContent? stored, PageType type)
    {
        var fields = new Dictionary<string, string>();
        foreach (var field in type.CustomFields)
        {
            var value = Fields.GetValueOrDefault(field.Name);
            value = field.Kind == FieldKind.LongText ? value?.Replace("\r\n", "\n").Trim() : value?.Trim();
            if (!string.IsNullOrEmpty(value)) fields[field.Name] = value;
        }
        // A value the type no longer declares is kept, as the legacy fields the editor does not show are.
        foreach (var (name, value) in stored?.Fields ?? new Dictionary<string, string>())
            if (type.Find(name) is not { Custom: true }) fields[name] = value;
        return fields;
    }

    /// <summary>No salary when both amounts are blank; an amount that is not a number is left out, so the validator asks for one.</summary>
    private SalaryRange? SalaryFromForm()
    {
        if (string.IsNullOrWhiteSpace(SalaryMin) && string.IsNullOrWhiteSpace(SalaryMax)) return null;
        return new SalaryRange(ParseAmount(SalaryMin), ParseAmount(SalaryMax), (SalaryCurrency ?? "").Trim().ToUpperInvariant(), SalaryUnit);
    }

    private static decimal? ParseAmount(string? text)
    {
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace(',', '.');
        return decimal.TryParse(compact, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }

    private static string? Amount(decimal? amount) => amount?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
