using Recruiting.Core.Workflow;

namespace Recruiting.Web.Api;

/// <summary>The API's errors, all application/problem+json with a stable `code` extension clients can branch on.</summary>
public static class ApiProblems
{
    public static IResult Problem(int status, string code, string title, string detail, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is not null)
            foreach (var (k, v) in extra) extensions[k] = v;
        return Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }

    public static IResult BadQuery(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, statusCode: StatusCodes.Status400BadRequest, title: "The query string has invalid values.",
            detail: "Fix the parameters listed in 'errors' and send the request again.", extensions: new Dictionary<string, object?> { ["code"] = "bad-query" });

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "not-found", "Not found.", detail);

    /// <summary>Validation errors by field (camelCase, as in the request body), each with its message.</summary>
    public static IResult Invalid(IReadOnlyList<FieldIssue> errors, IReadOnlyList<FieldIssue> warnings) =>
        Results.ValidationProblem(
            errors.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The posting is not valid.",
            detail: "Fix the fields listed in 'errors' and send the request again.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "invalid",
                ["issues"] = errors.Select(e => new { field = JsonName(e.Field), e.Code, e.Message }).ToList(),
                ["warnings"] = warnings.Select(e => new { field = JsonName(e.Field), e.Code, e.Message }).ToList(),
            });

    public static string JsonName(string field) => field.Length == 0 ? "" : char.ToLowerInvariant(field[0]) + field[1..];
}
