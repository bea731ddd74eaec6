using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Recruiting.Legacy.Hugo;

/// <summary>Front-matter values as JSON text, accents and apostrophes kept readable.</summary>
public static class LegacyJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(JsonNode? node) => node?.ToJsonString(Options) ?? "null";
    public static string Text(string value) => JsonSerializer.Serialize(value, Options);
}
