using System.Text.Json;
using System.Text.Json.Nodes;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// The legacy keys, and how each maps between the front matter (a JSON value, or absent) and the CMS field.
/// Like Hugo, `url` is read as a string (a number as its text; a list or map is ignored) and `aliases` as a list of
/// strings (one string is split at white space). When the CMS field cannot give back what the file said (absent
/// description, a bare-number leverId, a `url` written as a list), the original is kept in ExtraFrontMatter under the key itself ("override"), and
/// the exporter writes it back for as long as the field still holds the value the importer derived from it.
/// </summary>
public static class LegacyKeys
{
    public const string Title = "title", Description = "description", Archived = "archived", TranslationKey = "translationKey",
        LeverId = "leverId", Aliases = "aliases", Url = "url", Layout = "layout", Type = "type";

    public static readonly IReadOnlyList<string> Known = [Title, Description, Archived, TranslationKey, LeverId, Aliases, Url, Layout, Type];

    /// <summary>An override meaning "this key was absent from the file"; not a value YAML front matter can hold in practice.</summary>
    public const string AbsentMarker = "{\"$absent\":true}";

    public static string? KnownName(string key) => Known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The field value the importer keeps for a key given its front-matter value (as JSON for comparison).</summary>
    public static JsonNode? FieldFrom(string key, bool present, JsonNode? node, string body) => key switch
    {
        Title => JsonValue.Create(NonEmpty(Text(node)) ?? DerivedText.Title(body)),
        Description => JsonValue.Create(NonEmpty(Text(node)) ?? DerivedText.Description(body)),
        Archived => JsonValue.Create(IsTrue(node)),
        Aliases => StringArray(HugoValues.CastStringSlice(node).Where(a => !string.IsNullOrWhiteSpace(a))),
        Url => StringArray(NonEmpty(HugoValues.CastString(node)) is { } url ? [url] : []),
        _ => JsonValue.Create(NonEmpty(Text(node))),
    };

    /// <summary>The current field value of a key, in the same shape as <see cref="FieldFrom"/>.</summary>
    public static JsonNode? FieldOf(string key, LegacyFields f) => key switch
    {
        Title => JsonValue.Create(f.Title),
        Description => JsonValue.Create(f.Description),
        Archived => JsonValue.Create(f.Archived),
        TranslationKey => JsonValue.Create(f.TranslationKey),
        LeverId => JsonValue.Create(f.LeverId),
        Aliases => StringArray(f.Aliases),
        Url => StringArray(f.Urls),
        Layout => JsonValue.Create(f.Layout),
        Type => JsonValue.Create(f.Type),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    /// <summary>How the exporter writes a field with no override; null = leave the key out.</summary>
    public static (bool Write, JsonNode? Value) Natural(string key, LegacyFields f) => key switch
    {
        Title or Description or Archived => (true, FieldOf(key, f)),
        Aliases => (f.Aliases.Count > 0, StringArray(f.Aliases)),
        Url => f.Urls.Count switch { 0 => (false, null), 1 => (true, JsonValue.Create(f.Urls[0])), _ => (true, StringArray(f.Urls)) },
        _ => (FieldOf(key, f) is not null, FieldOf(key, f)),
    };

    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    public static IReadOnlyList<string> List(JsonNode? node) => node switch
    {
        null => [],
        JsonArray a => a.Select(Text).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList(),
        _ => NonEmpty(Text(node)) is { } s ? [s] : [],
    };

    private static bool IsTrue(JsonNode? node) => node is JsonValue v
        && (v.GetValueKind() == JsonValueKind.True || (Text(v) is { } s && (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase))));

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static JsonArray StringArray(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
}
