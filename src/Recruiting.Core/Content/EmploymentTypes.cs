namespace Recruiting.Core.Content;

/// <summary>
/// schema.org's employment types (the values Google's job postings accept) and the spellings authors use for them
/// ("full-time", "Full time", "temps plein"). A posting keeps what its author wrote; the public page and the
/// structured data read it through <see cref="SchemaValue"/>, so "full-time" is sent as FULL_TIME, never FULL-TIME.
/// </summary>
public static class EmploymentTypes
{
    public const string FullTime = "FULL_TIME", PartTime = "PART_TIME", Contractor = "CONTRACTOR", Temporary = "TEMPORARY",
        Intern = "INTERN", Volunteer = "VOLUNTEER", PerDiem = "PER_DIEM", Other = "OTHER";

    public static readonly IReadOnlyList<string> All = [FullTime, PartTime, Contractor, Temporary, Intern, Volunteer, PerDiem, Other];

    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["fulltime"] = FullTime, ["permanent"] = FullTime, ["tempsplein"] = FullTime, ["tempscomplet"] = FullTime,
        ["parttime"] = PartTime, ["tempspartiel"] = PartTime,
        ["contractor"] = Contractor, ["contract"] = Contractor, ["contractuel"] = Contractor, ["contrat"] = Contractor,
        ["temporary"] = Temporary, ["temporaire"] = Temporary,
        ["intern"] = Intern, ["internship"] = Intern, ["stage"] = Intern, ["stagiaire"] = Intern,
        ["volunteer"] = Volunteer, ["benevole"] = Volunteer,
        ["perdiem"] = PerDiem,
        ["other"] = Other, ["autre"] = Other,
    };

    /// <summary>The schema.org value <paramref name="text"/> means, or null when it means none of them.</summary>
    public static string? SchemaValue(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = new string(TextFolding.Fold(text).Where(char.IsAsciiLetterOrDigit).ToArray());
        return Spellings.GetValueOrDefault(key);
    }

    /// <summary>The English words for a schema.org value, the key of its French in the site's text catalog.</summary>
    public static string Words(string schemaValue) => schemaValue switch
    {
        FullTime => "Full-time",
        PartTime => "Part-time",
        Contractor => "Contract",
        Temporary => "Temporary",
        Intern => "Internship",
        Volunteer => "Volunteer",
        PerDiem => "Per diem",
        _ => "Other",
    };
}
