using System.Text.Json;
using System.Text.Json.Nodes;
using Recruiting.Core.Content;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// A page type's custom fields as front-matter keys, from their declaration alone (<see cref="FieldDefinition.FrontMatterKey"/>):
/// the importer takes a key whose value is a string into its field (keys compared case-insensitively, as Hugo does), any
/// other value stays an extra key verbatim; the exporter writes the fields a posting has. A custom field declared
/// without a front-matter key is not written to files.
/// </summary>
public static class CustomFieldKeys
{
    /// <summary>The custom fields the extra keys hold, and the extra keys left once those are taken out.</summary>
    public static (Dictionary<string, string> Fields, Dictionary<string, string> Others) Read(PageType type, IReadOnlyDictionary<string, string> extras)
    {
        var fields = new Dictionary<string, string>();
        var rest = new Dictionary<string, string>(extras);
        foreach (var field in type.CustomFields.Where(f => f.FrontMatterKey is not null))
        {
            var key = extras.Keys.LastOrDefault(k => string.Equals(k, field.FrontMatterKey, StringComparison.OrdinalIgnoreCase));
            if (key is null || JsonNode.Parse(extras[key]) is not JsonValue value || value.GetValueKind() != JsonValueKind.String) continue;
            if (value.GetValue<string>() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)) fields[field.Name] = text;
            rest.Remove(key);
        }
        return (fields, rest);
    }

    /// <summary>The custom fields of <paramref name="c"/> as front-matter values, in declaration order; blank ones are left out.</summary>
    public static IEnumerable<(string Key, JsonNode Value)> Write(PageType type, PostingContent c) =>
        type.CustomFields.Where(f => f.FrontMatterKey is not null && c.Field(f.Name) is not null)
            .Select(f => (f.FrontMatterKey!, (JsonNode)JsonValue.Create(c.Field(f.Name))!));
}
