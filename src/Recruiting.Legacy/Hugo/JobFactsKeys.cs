using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Recruiting.Core.Content;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// The job facts as front-matter keys: `employmentType`, `closingAt` (an ISO 8601 date), `locations` (a list of
/// `{ city, region, country }` maps or "City, Region, Country" strings), `remote` (true/false), `remoteCountry`,
/// `salary` (`{ min, max, currency, unit }`) and `department`. The importer reads a key into its field when the value
/// has that shape, and otherwise keeps it verbatim as an extra key (nothing is lost); the exporter writes the
/// fields a posting has. Files without these keys import exactly as before. The keys are the page type's
/// (<see cref="FieldDefinition.FrontMatterKey"/>); how each shape is read is here.
/// </summary>
public static class JobFactsKeys
{
    private static string KeyOf(string field) => PageTypes.JobPosting[field].FrontMatterKey!;

    public static readonly string EmploymentType = KeyOf(nameof(PostingContent.EmploymentType)), ClosingAt = KeyOf(nameof(PostingContent.ClosingAt)),
        Locations = KeyOf(nameof(PostingContent.Locations)), Remote = KeyOf(nameof(PostingContent.Remote)),
        RemoteCountry = KeyOf(nameof(PostingContent.RemoteCountry)), Salary = KeyOf(nameof(PostingContent.Salary)),
        Department = KeyOf(nameof(PostingContent.Department));

    public static readonly IReadOnlyList<string> All = [EmploymentType, ClosingAt, Locations, Remote, RemoteCountry, Salary, Department];

    /// <summary>The job facts the extra keys hold, and the extra keys left once those are taken out.</summary>
    public static (PostingContent Facts, Dictionary<string, string> Others) Read(IReadOnlyDictionary<string, string> extras)
    {
        var rest = new Dictionary<string, string>(extras);
        var facts = new PostingContent();
        foreach (var key in All)
        {
            if (!extras.TryGetValue(key, out var json)) continue;
            var node = JsonNode.Parse(json);
            PostingContent? read =
                key == EmploymentType ? Text(node) is { } t ? facts with { EmploymentType = t } : null
                : key == ClosingAt ? Text(node) is { } d && DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? facts with { ClosingAt = at.ToUniversalTime() } : null
                : key == Locations ? ReadLocations(node) is { } l ? facts with { Locations = l } : null
                : key == Remote ? node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? facts with { Remote = v.GetValue<bool>() } : null
                : key == RemoteCountry ? Text(node) is { } c ? facts with { RemoteCountry = c } : null
                : key == Salary ? ReadSalary(node) is { } s ? facts with { Salary = s } : null
                : key == Department ? Text(node) is { } dep ? facts with { Department = dep } : null
                : null;
            if (read is null) continue;
            facts = read;
            rest.Remove(key);
        }
        return (facts, rest);
    }

    /// <summary>The job facts of <paramref name="c"/> as front-matter values, in <see cref="All"/>'s order; unset facts are left out.</summary>
    public static IEnumerable<(string Key, JsonNode Value)> Write(PostingContent c)
    {
        if (c.EmploymentType is { } type) yield return (EmploymentType, JsonValue.Create(type));
        if (c.ClosingAt is { } closing) yield return (ClosingAt, JsonValue.Create(closing.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        if (c.Locations.Count > 0)
            yield return (Locations, new JsonArray(c.Locations.Select(l => (JsonNode?)Map(("city", l.City), ("region", l.Region), ("country", l.Country))).ToArray()));
        if (c.Remote) yield return (Remote, JsonValue.Create(true));
        if (c.RemoteCountry is { } country) yield return (RemoteCountry, JsonValue.Create(country));
        if (c.Salary is { } s)
        {
            var salary = new JsonObject();
            if (s.Min is { } min) salary["min"] = min;
            if (s.Max is { } max) salary["max"] = max;
            salary["currency"] = s.Currency;
            salary["unit"] = s.Unit;
            yield return (Salary, salary);
        }
        if (c.Department is { } department) yield return (Department, JsonValue.Create(department));
    }

    private static JsonObject Map(params (string Key, string? Value)[] entries) =>
        new(entries.Where(e => e.Value is not null).Select(e => new KeyValuePair<string, JsonNode?>(e.Key, JsonValue.Create(e.Value))));

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Trim() is { Length: > 0 } s ? s : null;

    private static List<JobLocation>? ReadLocations(JsonNode? node)
    {
        if (node is not JsonArray items) return Text(node) is { } one ? JobLocation.Parse(one) is { } l ? [l] : null : null;
        var locations = new List<JobLocation>();
        foreach (var item in items)
        {
            var location = item switch
            {
                JsonObject map when map.All(kv => kv.Key is "city" or "region" or "country") && Text(map["country"]) is { } country =>
                    new JobLocation(Text(map["city"]), Text(map["region"]), country),
                JsonValue => Text(item) is { } line ? JobLocation.Parse(line) : null,
                _ => null,
            };
            if (location is null) return null;
            locations.Add(location);
        }
        return locations;
    }

    private static SalaryRange? ReadSalary(JsonNode? node)
    {
        if (node is not JsonObject map || !map.All(kv => kv.Key is "min" or "max" or "currency" or "unit")) return null;
        static decimal? Amount(JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<decimal>() : null;
        if (map["min"] is not null && Amount(map["min"]) is null || map["max"] is not null && Amount(map["max"]) is null) return null;
        return Text(map["currency"]) is { } currency && Text(map["unit"]) is { } unit
            ? new SalaryRange(Amount(map["min"]), Amount(map["max"]), currency.ToUpperInvariant(), unit.ToUpperInvariant())
            : null;
    }
}
