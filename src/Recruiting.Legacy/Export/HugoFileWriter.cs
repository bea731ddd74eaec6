using System.Text;
using System.Text.Json.Nodes;
using Recruiting.Legacy.Hugo;

namespace Recruiting.Legacy.Export;

/// <summary>
/// Writes a Hugo content file: the legacy keys in their usual order, then every extra key as imported,
/// then the body verbatim. An override kept at import (see <see cref="LegacyKeys"/>) is written back only while
/// the field still holds the value derived from it; translationKey's override always wins, since the posting's
/// own key may have been changed to keep translations apart (see the importer's pairing rule).
/// </summary>
public static class HugoFileWriter
{
    public static string Write(LegacyFields fields, IReadOnlyDictionary<string, string> extras, string body)
    {
        var sb = new StringBuilder("---\n");
        foreach (var key in LegacyKeys.Known)
        {
            var (write, value) = Resolve(key, fields, extras, body);
            if (write) YamlWriter.WriteEntry(sb, key, value);
        }
        foreach (var (key, json) in extras)
            if (LegacyKeys.KnownName(key) is null)
                YamlWriter.WriteEntry(sb, key, JsonNode.Parse(json));
        sb.Append("---\n");
        return sb.Append(body).ToString();
    }

    private static (bool Write, JsonNode? Value) Resolve(string key, LegacyFields fields, IReadOnlyDictionary<string, string> extras, string body)
    {
        if (!extras.TryGetValue(key, out var json)) return LegacyKeys.Natural(key, fields);
        var present = json != LegacyKeys.AbsentMarker;
        var original = present ? JsonNode.Parse(json) : null;
        var stillDerived = key == LegacyKeys.TranslationKey
            || JsonNode.DeepEquals(LegacyKeys.FieldFrom(key, present, original, body), LegacyKeys.FieldOf(key, fields));
        return stillDerived ? (present, original) : LegacyKeys.Natural(key, fields);
    }
}
