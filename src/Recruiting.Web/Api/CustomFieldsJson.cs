using System.Text.Json;
using Recruiting.Core.Content;

namespace Recruiting.Web.Api;

/// <summary>
/// A page type's custom fields in the APIs' JSON: each is a top-level string property named by its declaration
/// (<see cref="FieldDefinition.JsonName"/>), beside the core fields, read and written through the DTOs' extension data.
/// The OpenAPI document declares them too (<see cref="PageTypeSchemas"/>).
/// </summary>
public static class CustomFieldsJson
{
    /// <summary>The custom fields a content holds, by JSON name; null when it holds none.</summary>
    public static Dictionary<string, object>? Write(PageType type, PostingContent c)
    {
        var values = type.CustomFields.Where(f => c.Field(f.Name) is not null).ToDictionary(f => f.JsonName, f => (object)c.Field(f.Name)!);
        return values.Count == 0 ? null : values;
    }

    /// <summary>
    /// The custom fields after a write: a field sent as a string takes it ("" or null clears it), a field left out keeps
    /// <paramref name="current"/>'s value. A value of another type is named in <c>Error</c>; other unknown properties are
    /// ignored, as they always were.
    /// </summary>
    public static (Dictionary<string, string> Fields, string? Error) Read(PageType type, IReadOnlyDictionary<string, JsonElement>? sent,
        IReadOnlyDictionary<string, string> current)
    {
        var fields = new Dictionary<string, string>(current);
        foreach (var field in type.CustomFields)
        {
            if (sent is null || !sent.TryGetValue(field.JsonName, out var value)) continue;
            switch (value.ValueKind)
            {
                case JsonValueKind.String when value.GetString() is { } text && !string.IsNullOrWhiteSpace(text):
                    fields[field.Name] = field.Kind == FieldKind.LongText ? text.Replace("\r\n", "\n").Trim() : text.Trim();
                    break;
                case JsonValueKind.String or JsonValueKind.Null:
                    fields.Remove(field.Name);
                    break;
                default:
                    return (fields, field.JsonName);
            }
        }
        return (fields, null);
    }

    public static IResult WrongType(string jsonName) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [jsonName] = [$"'{jsonName}' must be a string (or null to clear it)."] },
            statusCode: StatusCodes.Status400BadRequest, title: "The request body could not be read.",
            detail: "Fix the fields listed in 'errors' and send the request again.",
            extensions: new Dictionary<string, object?> { ["code"] = "bad-body" });
}
