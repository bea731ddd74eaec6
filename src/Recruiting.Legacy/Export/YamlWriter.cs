using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Export;

/// <summary>
/// Writes front-matter values as YAML that reads back (with <see cref="YamlJson"/>, as Hugo reads it) to the same values:
/// strings plain when that is unambiguous, else double-quoted; lists of scalars in flow style; maps in block style.
/// </summary>
public static partial class YamlWriter
{
    [GeneratedRegex(@"^[\p{L}\p{N}/_.~+-][\p{L}\p{N}/_.~+ -]*$")]
    private static partial Regex FlowSafe();

    public static void WriteEntry(StringBuilder sb, string key, JsonNode? value, int indent = 0)
    {
        sb.Append(' ', indent).Append(Scalar(key)).Append(':');
        switch (value)
        {
            case JsonObject obj when obj.Count > 0:
                sb.Append('\n');
                foreach (var (k, v) in obj) WriteEntry(sb, k, v, indent + 2);
                break;
            case JsonArray arr when arr.Count > 0 && arr.Any(i => i is JsonObject or JsonArray):
                sb.Append('\n');
                foreach (var item in arr) WriteItem(sb, item, indent + 2);
                break;
            case null:
                sb.Append('\n');
                break;
            default:
                sb.Append(' ').Append(Inline(value)).Append('\n');
                break;
        }
    }

    private static void WriteItem(StringBuilder sb, JsonNode? item, int indent)
    {
        if (item is JsonObject obj && obj.Count > 0)
        {
            var first = true;
            foreach (var (k, v) in obj)
            {
                var entry = new StringBuilder();
                WriteEntry(entry, k, v, indent + 2);
                sb.Append(first ? new string(' ', indent) + "- " + entry.ToString()[(indent + 2)..] : entry.ToString());
                first = false;
            }
        }
        else if (item is JsonArray arr && arr.Any(i => i is JsonObject or JsonArray))
        {
            sb.Append(' ', indent).Append("-\n");
            foreach (var inner in arr) WriteItem(sb, inner, indent + 2);
        }
        else sb.Append(' ', indent).Append("- ").Append(item is null ? "null" : Inline(item)).Append('\n');
    }

    private static string Inline(JsonNode value) => value switch
    {
        JsonArray arr => "[" + string.Join(", ", arr.Select(i => i is null ? "null" : InFlow(i))) + "]",
        JsonObject => "{}",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Scalar(v.GetValue<string>()),
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(),
    };

    private static string InFlow(JsonNode item) =>
        item is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? (FlowSafe().IsMatch(v.GetValue<string>()) && !YamlJson.PlainWouldChange(v.GetValue<string>()) ? v.GetValue<string>() : Quoted(v.GetValue<string>()))
            : Inline(item);

    /// <summary>A string as a plain scalar when YAML would read it back unchanged, else double-quoted.</summary>
    public static string Scalar(string s) => NeedsQuotes(s) ? Quoted(s) : s;

    private static bool NeedsQuotes(string s) =>
        s.Length == 0 || char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || "-?:,[]{}#&*!|>'\"%@`".Contains(s[0])
        || s.Contains(": ") || s.Contains(" #") || s.EndsWith(':') || s.Any(c => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
        || YamlJson.PlainWouldChange(s);

    private static string Quoted(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
