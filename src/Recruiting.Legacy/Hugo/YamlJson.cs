using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Recruiting.Legacy.Hugo;

/// <summary>
/// Reads a YAML front matter into JSON values as Hugo 0.111 does (go-yaml v2, YAML 1.1): a plain scalar is null
/// (~, null, empty), a boolean (true/false, yes/no, on/off, y/n in their three cases), an integer (decimal, 0x hex,
/// 0-prefixed octal, 0b binary, underscores allowed), a float, or else a string; dates stay strings; a quoted or
/// block scalar is always a string. A key given twice keeps its last value, and `&lt;&lt;` merges a map into its
/// mapping, as go-yaml does. Reads from YamlDotNet's event stream.
/// </summary>
public static partial class YamlJson
{
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex YamlStyleFloat();

    private const string StrTag = "tag:yaml.org,2002:str";

    /// <summary>The top-level mapping of the first document as ordered pairs with the position of each key; empty when the document is.</summary>
    public static List<(string Key, JsonNode? Value, Mark Start)> ReadMapping(IParser parser)
    {
        var pairs = new List<(string, JsonNode?, Mark)>();
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _)) return pairs;
        parser.Consume<DocumentStart>();
        var anchors = new Dictionary<string, JsonNode?>();
        if (!parser.TryConsume<MappingStart>(out _))
        {
            var root = parser.Current!;
            return Read(parser, anchors) is null ? pairs : throw new NotAMappingException(root.Start, root.End);
        }
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyMark = parser.Current!.Start;
            var (key, merge) = ReadKey(parser, anchors);
            var value = Read(parser, anchors);
            if (merge) foreach (var (k, v) in Merged(value, keyMark)) Set(pairs, k, v, keyMark);
            else Set(pairs, key, value, keyMark);
        }
        return pairs;
    }

    /// <summary>The front matter is YAML but not a list of keys (a lone scalar or a list).</summary>
    public sealed class NotAMappingException(Mark start, Mark end) : YamlException(start, end, "The front matter is not a mapping.");

    private static void Set(List<(string Key, JsonNode? Value, Mark Start)> pairs, string key, JsonNode? value, Mark mark)
    {
        var i = pairs.FindIndex(p => p.Key == key);
        if (i >= 0) pairs[i] = (key, value, pairs[i].Start);
        else pairs.Add((key, value, mark));
    }

    private static (string Key, bool Merge) ReadKey(IParser parser, Dictionary<string, JsonNode?> anchors)
    {
        var merge = parser.Current is Scalar { Value: "<<", Style: ScalarStyle.Plain };
        var key = Read(parser, anchors);
        return (KeyText(key), merge);
    }

    /// <summary>A key as Hugo names it: strings as they are, other scalars as text (go-yaml's keys are stringified).</summary>
    private static string KeyText(JsonNode? key) => key switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => key.ToJsonString(),
    };

    private static IEnumerable<(string, JsonNode?)> Merged(JsonNode? value, Mark mark) => value switch
    {
        JsonObject o => o.Select(kv => (kv.Key, kv.Value?.DeepClone())).ToList(),
        JsonArray a when a.All(i => i is JsonObject) => a.Reverse().SelectMany(i => Merged(i, mark)).ToList(),
        _ => throw new YamlException(mark, mark, "A merge key '<<' must be followed by a map or a list of maps."),
    };

    private static JsonNode? Read(IParser parser, Dictionary<string, JsonNode?> anchors)
    {
        switch (parser.Current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    throw new YamlException(alias.Start, alias.End, $"The alias '*{alias.Value.Value}' names no anchor defined above it.");
                return target?.DeepClone();
            case Scalar scalar:
                parser.MoveNext();
                var value = scalar.Style is ScalarStyle.Plain && scalar.Tag.IsEmpty ? ResolvePlain(scalar.Value)
                    : scalar.Tag.IsEmpty || scalar.Tag.Value == StrTag || scalar.Style is not ScalarStyle.Plain ? JsonValue.Create(scalar.Value) : ResolvePlain(scalar.Value);
                return Remember(anchors, scalar, value);
            case SequenceStart sequence:
                parser.MoveNext();
                var list = new JsonArray();
                while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(Read(parser, anchors));
                return Remember(anchors, sequence, list);
            case MappingStart mapping:
                parser.MoveNext();
                var map = new JsonObject();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var mark = parser.Current!.Start;
                    var (key, merge) = ReadKey(parser, anchors);
                    var item = Read(parser, anchors);
                    if (merge) foreach (var (k, v) in Merged(item, mark)) map[k] = v;
                    else map[key] = item;
                }
                return Remember(anchors, mapping, map);
            default:
                var e = parser.Current!;
                throw new YamlException(e.Start, e.End, $"Unexpected {e.GetType().Name} in the front matter.");
        }
    }

    private static JsonNode? Remember(Dictionary<string, JsonNode?> anchors, NodeEvent node, JsonNode? value)
    {
        if (!node.Anchor.IsEmpty) anchors[node.Anchor.Value] = value?.DeepClone();
        return value;
    }

    /// <summary>A plain scalar as go-yaml v2 resolves it into an interface{} (YAML 1.1 booleans, Go integer syntax).</summary>
    public static JsonNode? ResolvePlain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON") return JsonValue.Create(true);
        if (text is "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF") return JsonValue.Create(false);
        if (text.Length == 0 || "+-.0123456789".IndexOf(text[0]) < 0) return JsonValue.Create(text);
        if (IsTimestamp(text)) return JsonValue.Create(text);
        var plain = text.Replace("_", "");
        if (GoInteger(plain) is { } integer) return integer;
        if (YamlStyleFloat().IsMatch(plain) && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            return JsonValue.Create(d);
        return JsonValue.Create(text);
    }

    /// <summary>Go's strconv.ParseInt(s, 0, 64), then ParseUint: optional sign, 0x/0o/0b prefixes, a leading 0 for octal.</summary>
    private static JsonNode? GoInteger(string s)
    {
        var negative = s.StartsWith('-');
        var digits = s.StartsWith('-') || s.StartsWith('+') ? s[1..] : s;
        if (digits.Length == 0) return null;
        int radix = 10;
        if (digits.Length > 2 && digits[0] == '0' && (digits[1] is 'x' or 'X')) (radix, digits) = (16, digits[2..]);
        else if (digits.Length > 2 && digits[0] == '0' && (digits[1] is 'o' or 'O')) (radix, digits) = (8, digits[2..]);
        else if (digits.Length > 2 && digits[0] == '0' && (digits[1] is 'b' or 'B')) (radix, digits) = (2, digits[2..]);
        else if (digits.Length > 1 && digits[0] == '0') (radix, digits) = (8, digits[1..]);
        System.Numerics.BigInteger value = 0;
        foreach (var c in digits)
        {
            var digit = c switch { >= '0' and <= '9' => c - '0', >= 'a' and <= 'f' => c - 'a' + 10, >= 'A' and <= 'F' => c - 'A' + 10, _ => 99 };
            if (digit >= radix) return null;
            value = value * radix + digit;
        }
        if (negative) value = -value;
        if (value >= long.MinValue && value <= long.MaxValue) return JsonValue.Create((long)value);
        if (!negative && value <= ulong.MaxValue) return JsonValue.Create((ulong)value);
        return null;
    }

    /// <summary>go-yaml keeps a plain timestamp (2006-1-2, optionally with a time) as its text when read into an interface{}.</summary>
    private static bool IsTimestamp(string text) =>
        text.Length >= 8 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text[4] == '-'
        && TimestampShape().IsMatch(text);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?(Z|[-+][0-9]{1,2}(:[0-9]{2})?)?)?$")]
    private static partial Regex TimestampShape();

    /// <summary>Whether a plain scalar with this text would be read as something other than this very string.</summary>
    public static bool PlainWouldChange(string text) =>
        ResolvePlain(text) is not JsonValue v || v.GetValueKind() != JsonValueKind.String;
}
