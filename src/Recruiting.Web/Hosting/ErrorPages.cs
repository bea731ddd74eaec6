using Recruiting.Web.Public;

namespace Recruiting.Web.Hosting;

public static class ErrorPages
{
    public const string StatusPage = "/error/{0}";

    /// <summary>
    /// Never a stack trace: unhandled errors and unknown URLs get the site's own bilingual pages, and a 404 at an
    /// old address becomes a 301 first. /api keeps its own problem+json answers.
    /// </summary>
    public static WebApplication UseSiteErrorPages(this WebApplication app)
    {
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), site =>
        {
            site.UseExceptionHandler(string.Format(StatusPage, StatusCodes.Status500InternalServerError));
            site.UseStatusCodePagesWithReExecute(StatusPage);
            site.UseLegacyRedirects();
        });
        return app;
    }
}
