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

    public static void MapUnknownApiRoutes(this WebApplication app) =>
        app.MapFallback("/api/{**path}", (HttpContext http) => ApiProblems.NotFound(
                $"There is no API endpoint at {http.Request.Method} {http.Request.Path}; see /openapi/v1.json for the endpoints."))
            .ExcludeFromDescription();
}
