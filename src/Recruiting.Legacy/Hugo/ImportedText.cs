using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Recruiting.Core.Content;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// The legacy file's own front-matter text, kept with the posting (in <see cref="PostingContent.ExtraFrontMatter"/> under
/// <see cref="Key"/>, never exported as a key) with a fingerprint of what the import made of it: the fields, the slug,
/// the translation key and whether it is archived. While the posting still has that fingerprint, the export writes
/// the text back byte for byte (comments, quoting and key order included); once anything changed, it writes the fields.
/// </summary>
public static class ImportedText
{
    public const string Key = "$imported";

    public static bool IsReserved(string key) => key == Key;

    public static string Record(string frontMatterText, PostingContent content, string slug, string translationKey, bool archived) =>
        new JsonObject { ["frontMatter"] = frontMatterText, ["fingerprint"] = Fingerprint(content, slug, translationKey, archived) }.ToJsonString();

    /// <summary>The original front-matter text when <paramref name="content"/> is still as imported, else null.</summary>
    public static string? Unchanged(PostingContent content, string slug, string translationKey, bool archived)
    {
        if (!content.ExtraFrontMatter.TryGetValue(Key, out var json) || JsonNode.Parse(json) is not JsonObject record) return null;
        return (string?)record["fingerprint"] == Fingerprint(content, slug, translationKey, archived) ? (string?)record["frontMatter"] : null;
    }

    private static string Fingerprint(PostingContent c, string slug, string translationKey, bool archived)
    {
        var extras = new JsonObject(c.ExtraFrontMatter.Where(kv => !IsReserved(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, kv.Value)));
        var all = new JsonObject
        {
            ["title"] = c.Title, ["description"] = c.Description, ["body"] = c.BodyMarkdown, ["leverId"] = c.LeverId,
            ["aliases"] = new JsonArray(c.Aliases.Select(a => (JsonNode?)a).ToArray()), ["urls"] = new JsonArray(c.Urls.Select(u => (JsonNode?)u).ToArray()),
            ["layout"] = c.Layout, ["type"] = c.Type, ["employmentType"] = c.EmploymentType, ["closingAt"] = c.ClosingAt?.ToString("O"),
            ["extras"] = extras, ["slug"] = slug, ["translationKey"] = translationKey, ["archived"] = archived,
        };
        // The job facts only when set: the fingerprints of postings imported before they existed stay what they were.
        foreach (var (key, value) in JobFactsKeys.Write(c)) all["facts." + key] = value;
        // Likewise the custom fields, by field name.
        foreach (var (name, value) in c.Fields.OrderBy(kv => kv.Key, StringComparer.Ordinal)) all["fields." + name] = value;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToJsonString())));
    }
}
