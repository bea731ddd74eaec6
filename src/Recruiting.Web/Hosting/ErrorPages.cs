using Recruiting.Web.Public;

namespace Recruiting.Web.Hosting;

public static class ErrorPages
{
    public const string StatusPage = "/error/{0}";

    /// <summary>
    /// Never a stack trace: unhandled errors and unknown URLs get the site's own bilingual pages, and a 404 at an
    /// old address becomes a 301 first. /api keeps its own problem+json answers. Should the error page itself fail,
    /// a fixed bilingual page answers instead of an empty response.
    /// </summary>
    public static WebApplication UseSiteErrorPages(this WebApplication app)
    {
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), site =>
        {
            site.Use(LastResort);
            site.UseExceptionHandler(string.Format(StatusPage, StatusCodes.Status500InternalServerError));
            site.UseStatusCodePagesWithReExecute(StatusPage);
            site.UseLegacyRedirects();
        });
        return app;
    }

    public const string LastResortPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Something went wrong – Une erreur est survenue</title></head>
        <body><main><h1>Something went wrong</h1><p>An error on our side stopped this page. Please try again in a moment.</p>
        <section lang="fr"><h2>Une erreur est survenue</h2><p>Une erreur de notre côté a interrompu cette page. Veuillez réessayer dans un instant.</p></section>
        </main></body></html>
        """;

    private static async Task LastResort(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPages))
                .LogError(e, "The error page failed too; the fixed page answered {Method} {Path}.", http.Request.Method, http.Request.Path);
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(LastResortPage);
        }
    }
}
