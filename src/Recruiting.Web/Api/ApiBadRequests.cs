using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Recruiting.Web.Api;

/// <summary>
/// A request the API could not bind (a body that is not JSON, a value of the wrong type, a body over the size limit,
/// a media type other than JSON) answers problem+json with its status (400, 413, 415), `code: bad-body`, and for
/// JSON errors the field it concerns (`errors: { "aliases[0]": [...] }`), instead of an empty 400 or a 500.
/// Minimal APIs throw these only with RouteHandlerOptions.ThrowOnBadRequest, which <see cref="ApiSetup"/> sets.
/// </summary>
internal sealed class ApiBadRequests : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!ApiPipeline.IsApi(http) || exception is not BadHttpRequestException bad) return false;
        await Answer(bad).ExecuteAsync(http);
        return true;
    }

    private static IResult Answer(BadHttpRequestException bad)
    {
        if (Find<JsonException>(bad) is { } json)
        {
            var field = FieldOf(json.Path);
            var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
            var message = field.Length == 0
                ? $"The body is not a JSON object of the expected shape{where}: send a JSON object such as {{ \"title\": \"…\" }}."
                : $"'{field}' is malformed or has the wrong type{where}: {Hint(json)}";
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] },
                statusCode: StatusCodes.Status400BadRequest, title: "The request body could not be read.",
                detail: "Fix the fields listed in 'errors' and send the request again.",
                extensions: new Dictionary<string, object?> { ["code"] = "bad-body" });
        }
        return bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => ApiProblems.Problem(bad.StatusCode, "too-large", "The request body is too large.",
                $"Send at most {Hosting.RequestLimits.MaxBodyBytes / 1024 / 1024} MB."),
            StatusCodes.Status415UnsupportedMediaType => ApiProblems.Problem(bad.StatusCode, "bad-body", "The body is not JSON.",
                "Send the body as JSON with Content-Type: application/json."),
            _ => ApiProblems.Problem(StatusCodes.Status400BadRequest, "bad-body", "The request could not be read.",
                "Send a JSON object with Content-Type: application/json, as the OpenAPI document at /openapi/v1.json describes."),
        };
    }

    // "$.aliases[0]" → "aliases[0]"; "$" or none → "".
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    // Our own converters' messages say what to send; the serializer's own name .NET types, so say it plainly instead.
    private static string Hint(JsonException json) =>
        json.Data.Contains(UserMessage) ? (string)json.Data[UserMessage]! : "send the type the OpenAPI document at /openapi/v1.json gives for it.";

    /// <summary>The key under which a converter puts a message meant for the API's user in JsonException.Data.</summary>
    public const string UserMessage = "recruiting:message";

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }
}
