using System.Text.Json;
using System.Text.Json.Nodes;

namespace Recruiting.Web.Tests.Api;

/// <summary>
/// Checks a real response against the app's own OpenAPI document: the status code is declared for the operation,
/// the media type too, and the body fits the declared schema (property names, JSON types, required properties,
/// no undeclared properties outside problem details, which carry extensions by design).
/// </summary>
internal sealed class OpenApiContract(JsonNode document)
{
    public static async Task<OpenApiContract> LoadAsync(HttpClient client) =>
        new(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!);

    public async Task AssertMatchesAsync(string method, string pathTemplate, HttpResponseMessage response)
    {
        var operation = document["paths"]?[pathTemplate]?[method.ToLowerInvariant()]
            ?? throw new Xunit.Sdk.XunitException($"The OpenAPI document has no {method} {pathTemplate}.");
        var status = ((int)response.StatusCode).ToString();
        var declared = operation["responses"]?[status]
            ?? throw new Xunit.Sdk.XunitException($"{method} {pathTemplate} answered {status}, which the document does not declare.");
        var body = await response.Content.ReadAsStringAsync();
        if (declared["content"] is not JsonObject content)
        {
            Assert.True(body.Length == 0, $"{method} {pathTemplate} {status} declares no body but sent: {body}");
            return;
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType!;
        var schema = content[mediaType]?["schema"]
            ?? throw new Xunit.Sdk.XunitException($"{method} {pathTemplate} {status} sent {mediaType}, which is not declared.");
        var errors = new List<string>();
        Validate(JsonNode.Parse(body), schema, "$", strict: true, errors);
        Assert.True(errors.Count == 0, $"{method} {pathTemplate} {status} does not match its schema:\n" + string.Join("\n", errors));
    }

    private void Validate(JsonNode? value, JsonNode schema, string path, bool strict, List<string> errors)
    {
        if (schema["$ref"] is { } reference)
        {
            var name = ((string)reference!).Split('/')[^1];
            Validate(value, document["components"]!["schemas"]![name]!, path, strict && !name.EndsWith("ProblemDetails"), errors);
            return;
        }
        if ((schema["oneOf"] ?? schema["anyOf"]) is { } alternatives)
        {
            var fits = alternatives.AsArray().Any(alt => { var e = new List<string>(); Validate(value, alt!, path, strict, e); return e.Count == 0; });
            if (!fits) errors.Add($"{path}: {Describe(value)} fits none of the alternatives");
            return;
        }
        var types = schema["type"] switch
        {
            JsonArray list => list.Select(t => (string)t!).ToList(),
            JsonValue single => [(string)single!],
            _ => null,
        };
        var kind = Kind(value);
        if (types is not null && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            errors.Add($"{path}: {kind} where the document says {string.Join(" or ", types)}");
            return;
        }
        if (kind == "string" && (string?)schema["format"] is "uuid" or "date-time" && !ValidFormat((string)value!, (string)schema["format"]!))
            errors.Add($"{path}: '{value}' is not a {schema["format"]}");
        if (value is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject;
            foreach (var required in schema["required"]?.AsArray() ?? [])
                if (!obj.ContainsKey((string)required!)) errors.Add($"{path}: required property '{required}' is missing");
            foreach (var (name, child) in obj)
            {
                if (properties?[name] is { } propertySchema) Validate(child, propertySchema, $"{path}.{name}", strict, errors);
                else if (schema["additionalProperties"] is JsonObject extra) Validate(child, extra, $"{path}.{name}", strict, errors);
                else if (strict) errors.Add($"{path}: property '{name}' is not in the document");
            }
        }
        if (value is JsonArray array && schema["items"] is { } items)
            for (var i = 0; i < array.Count; i++) Validate(array[i], items, $"{path}[{i}]", strict, errors);
    }

    private static string Kind(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.ToJsonString().Contains('.') ? "number" : "integer",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        _ => "object",
    };

    private static string Describe(JsonNode? value) => value?.ToJsonString() ?? "null";

    private static bool ValidFormat(string text, string format) =>
        format == "uuid" ? Guid.TryParse(text, out _) : DateTimeOffset.TryParse(text, out _);
}
