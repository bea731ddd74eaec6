using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recruiting.Web.Api.Management;

/// <summary>A JSON array of strings, nothing else: `null` or a number inside it is refused with the position, not passed on.</summary>
public sealed class StringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw Refuse("send an array of strings, such as [\"/en/careers/old-title/\"].");
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw Refuse($"item {items.Count} is {(reader.TokenType == JsonTokenType.Null ? "null" : "not a string")}; send strings only.");
            items.Add(reader.GetString()!);
        }
        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToArray(), options);

    private static JsonException Refuse(string message)
    {
        var e = new JsonException(message);
        e.Data[ApiBadRequests.UserMessage] = message;
        return e;
    }
}
