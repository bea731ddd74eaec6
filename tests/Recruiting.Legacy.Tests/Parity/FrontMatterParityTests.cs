using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Recruiting.Legacy.Export;
using Recruiting.Legacy.Hugo;
using Recruiting.Legacy.Import;
using Recruiting.Testing.Legacy.Hugo;

namespace Recruiting.Legacy.Tests.Parity;

/// <summary>
/// Differential test against Hugo: every file Hugo builds, we import with the title, description and params Hugo
/// gave the page; every file Hugo refuses, we refuse with a line, a column and what to do.
/// </summary>
[Collection(ParityCollection.Name)]
public sealed class FrontMatterParityTests(ParityFixture corpus)
{
    public static TheoryData<string> Files() => new(ParityCorpus.Files().Select(f => f.Path));

    /// <summary>Params Hugo adds to every page, and those it turns into dates.</summary>
    private static readonly string[] AddedByHugo = ["draft", "iscjklanguage"];
    private static readonly string[] Dates = ["date", "lastmod", "publishdate", "expirydate"];
    /// <summary>Keys Hugo reads with cast.ToString (a list or map gives "").</summary>
    private static readonly string[] CastToString = ["title", "description", "url", "type", "layout", "translationkey", "linktitle", "slug"];

    [HugoFact]
    public void Hugo_built_most_of_the_corpus_and_refused_some()
    {
        Assert.True(corpus.Hugo.Pages.Count > 40, $"Hugo built {corpus.Hugo.Pages.Count} pages");
        Assert.True(corpus.Hugo.Refused.Count >= 4, $"Hugo refused {string.Join(", ", corpus.Hugo.Refused.Keys)}");
    }

    [HugoTheory]
    [MemberData(nameof(Files))]
    public void Each_file_is_imported_as_Hugo_built_it_or_refused_as_Hugo_refused_it(string source)
    {
        var report = corpus.ReportOf(source);
        if (corpus.Hugo.Refused.TryGetValue(source, out var why))
        {
            Assert.True(report.Outcome == FileOutcome.Rejected, $"Hugo refused {source} ({why}); we {report.Outcome} it.");
            var error = Assert.Single(report.Messages, m => m.Severity == "error");
            Assert.True(error.Line is > 0 && error.Column is > 0 && !string.IsNullOrWhiteSpace(error.Action), $"{source}: {error}");
            return;
        }
        var page = Assert.Single(corpus.Hugo.Pages, p => p.Source == source);
        Assert.True(report.Outcome == FileOutcome.Created, $"Hugo built {source}; we {report.Outcome} it: {string.Join(" | ", report.Messages)}");
        var posting = corpus.Imported(source)!;
        var content = posting.Published!;

        if (page.Title.Length > 0) Assert.Equal(page.Title, content.Title);
        else Assert.Contains(report.Messages, m => m.Code == "title-derived");
        if (page.Description.Length > 0) Assert.Equal(page.Description, content.Description);
        else Assert.Contains(report.Messages, m => m.Code == "description-derived");

        var ours = Lowered(ExportedFrontMatter(HugoExporter.ToHugo(posting)));
        foreach (var (key, hugo) in page.Params)
        {
            if (AddedByHugo.Contains(key) || (Dates.Contains(key) && !ours.ContainsKey(key))) continue;
            Assert.True(ours.ContainsKey(key), $"{source}: Hugo has the param '{key}' = {hugo?.ToJsonString()}, we have no such key.");
            var mine = ours[key];
            if (Dates.Contains(key))
                Assert.Equal(DateTimeOffset.Parse(hugo!.GetValue<string>(), CultureInfo.InvariantCulture), DateTimeOffset.Parse(LegacyKeys.Text(mine)!, CultureInfo.InvariantCulture));
            else if (key == "aliases")
                Assert.Equal(Strings(hugo), CastToStringSlice(mine));
            else if (CastToString.Contains(key))
                Assert.True(Strings(hugo).Single() == CastString(mine, key), $"{source}: '{key}' is \"{Strings(hugo).Single()}\" in Hugo, \"{CastString(mine, key)}\" for us.");
            else
                Assert.True(SameValue(hugo, mine), $"{source}: '{key}' is {hugo?.ToJsonString()} in Hugo, {mine?.ToJsonString()} for us.");
        }
        foreach (var (key, mine) in ours)
            Assert.True(page.Params.ContainsKey(key) || mine is null, $"{source}: we keep '{key}' = {mine?.ToJsonString()}, Hugo has no such param.");
    }

    private static JsonObject ExportedFrontMatter(string text)
    {
        var parsed = HugoParser.Parse(text);
        Assert.True(parsed.Document is not null, $"The export does not parse: {parsed.Error}\n{text}");
        return new JsonObject(parsed.Document!.FrontMatter.Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, kv.Value?.DeepClone())));
    }

    /// <summary>Hugo lower-cases param keys at every depth.</summary>
    private static JsonObject Lowered(JsonObject o) =>
        new(o.Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key.ToLowerInvariant(), Lowered(kv.Value))));

    private static JsonNode? Lowered(JsonNode? n) => n switch
    {
        JsonObject o => Lowered(o),
        JsonArray a => new JsonArray(a.Select(Lowered).ToArray()),
        _ => n?.DeepClone(),
    };

    private static bool SameValue(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number =>
            Number(x) == Number(y),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => SameValue(p.First, p.Second)),
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(kv => y.ContainsKey(kv.Key) && SameValue(kv.Value, y[kv.Key])),
        _ => JsonNode.DeepEquals(a, b),
    };

    private static double Number(JsonValue v) => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture);

    private static List<string> Strings(JsonNode? n) => n switch
    {
        JsonArray a => a.Select(i => (string)i!).ToList(),
        null => [],
        _ => [(string)n!],
    };

    /// <summary>What Hugo's cast.ToString gives: numbers and booleans as text, null, lists and maps as "".</summary>
    private static string CastString(JsonNode? n, string key)
    {
        var s = n is JsonValue v ? v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => Number(v).ToString(CultureInfo.InvariantCulture),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "",
        } : "";
        return key == "slug" ? s.Trim('-') : s;
    }

    /// <summary>What Hugo's cast.ToStringSlice gives: a list's items as text, a string split at white space.</summary>
    private static List<string> CastToStringSlice(JsonNode? n) => n switch
    {
        JsonArray a => a.Select(i => CastString(i, "")).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList(),
        _ => [],
    };
}
