using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// Converts YAML nodes to JSON values with the YAML 1.2 core schema, as Hugo reads them: a plain scalar is
/// null, a boolean, a number, or else a string; a quoted or block scalar is always a string. Dates stay strings.
/// A plain number JSON cannot write exactly (leading zeros, .inf) stays a string, so nothing is altered.
/// </summary>
public static partial class YamlJson
{
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlScalarNode s when s.Style is ScalarStyle.Plain or ScalarStyle.Any => ResolvePlain(s.Value ?? ""),
        YamlScalarNode s => JsonValue.Create(s.Value ?? ""),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => new KeyValuePair<string, JsonNode?>(KeyText(kv.Key), ToJson(kv.Value)))),
        _ => null,
    };

    public static string KeyText(YamlNode key) => key is YamlScalarNode s ? s.Value ?? "" : key.ToString();

    public static JsonNode? ResolvePlain(string text)
    {
        if (IsNull(text)) return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (JsonNumber().IsMatch(text) || (text.StartsWith('+') && JsonNumber().IsMatch(text[1..])))
            return JsonNode.Parse(text.TrimStart('+'));
        return JsonValue.Create(text);
    }

    /// <summary>Whether a plain scalar with this text would be read as something other than this very string.</summary>
    public static bool PlainWouldChange(string text) =>
        ResolvePlain(text) is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.String;

    private static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";
}
