using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Recruiting.Legacy.Hugo;

/// <summary>How Hugo turns a front-matter value into the string or list of strings it needs (spf13/cast, as Hugo 0.111 uses it).</summary>
public static class HugoValues
{
    /// <summary>cast.ToString: a string as it is, a number or boolean as text, anything else (null, list, map) as "".</summary>
    public static string CastString(JsonNode? node) => node is JsonValue v ? v.GetValueKind() switch
    {
        JsonValueKind.String => v.GetValue<string>(),
        JsonValueKind.Number => v.TryGetValue<long>(out var l) ? l.ToString(CultureInfo.InvariantCulture)
            : v.TryGetValue<ulong>(out var u) ? u.ToString(CultureInfo.InvariantCulture)
            : v.GetValue<double>().ToString("0.################", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "",
    } : "";

    /// <summary>cast.ToStringSlice: a list's items as text, a string split at white space, anything else nothing.</summary>
    public static IReadOnlyList<string> CastStringSlice(JsonNode? node) => node switch
    {
        JsonArray a => a.Select(CastString).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String =>
            v.GetValue<string>().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        _ => [],
    };
}
