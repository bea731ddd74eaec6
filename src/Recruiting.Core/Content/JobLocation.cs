namespace Recruiting.Core.Content;

/// <summary>
/// A place the job is done: a country, with a city and a region (province, state) when known. The country is the
/// name or ISO 3166 code the author wrote ("Canada", "CA"); the structured data passes it on as written.
/// </summary>
public sealed record JobLocation(string? City, string? Region, string Country)
{
    /// <summary>"Montréal, QC, Canada": the parts the posting has, in that order.</summary>
    public override string ToString() => string.Join(", ", new[] { City, Region, Country }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>
    /// One line of the editor's location box: "City, Region, Country", "City, Country" or "Country". Null for a blank
    /// line; more than three parts are kept as they are so the validator can name the line.
    /// </summary>
    public static JobLocation? Parse(string line)
    {
        var parts = line.Split(',').Select(p => p.Trim()).ToArray();
        if (parts.All(p => p.Length == 0)) return null;
        static string? Part(string p) => p.Length == 0 ? null : p;
        return parts.Length switch
        {
            1 => new(null, null, parts[0]),
            2 => new(Part(parts[0]), null, parts[1]),
            3 => new(Part(parts[0]), Part(parts[1]), parts[2]),
            _ => new(string.Join(", ", parts[..^2]), Part(parts[^2]), parts[^1]),
        };
    }
}
