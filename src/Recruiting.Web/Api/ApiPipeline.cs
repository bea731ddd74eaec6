namespace Recruiting.Web.Api;

/// <summary>Makes every /api answer problem+json: unhandled errors, empty error statuses and unknown routes.</summary>
internal static class ApiPipeline
{
    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");

    public static void UseApiProblemResponses(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
            api.UseStatusCodePages();
        });
    }

    // A RequestDelegate, not a Delegate: the request delegate generator (Recruiting.Web.csproj) maps a Delegate fallback
    // at the default catch-all pattern instead of the one given (dotnet/aspnetcore#65992), so every unknown page would
    // answer problem+json.
    public static void MapUnknownApiRoutes(this WebApplication app)
    {
        RequestDelegate unknown = http => ApiProblems.NotFound(
            $"There is no API endpoint at {http.Request.Method} {http.Request.Path}; see /openapi/v1.json for the endpoints.").ExecuteAsync(http);
        app.MapFallback("/api/{**path}", unknown).ExcludeFromDescription();
    }
}
