namespace Recruiting.Web.Hosting;

/// <summary>
/// Security headers on every response, public site and console alike. The Content-Security-Policy allows
/// no inline script or style: scripts and styles come from our own files only. Images may also come from
/// https: (pictures in posting bodies) and data: (small icons bundled by front-end libraries).
/// HTTPS responses outside development also tell browsers to use HTTPS only (HSTS).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public const string StrictTransportSecurity = "max-age=31536000";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var headers = new OnEveryResponse(hsts: !app.Environment.IsDevelopment());
        app.Use((context, next) =>
        {
            // On starting, so responses rewritten by the error handler (which clears headers) keep them too.
            context.Response.OnStarting(headers.Apply, context);
            return next(context);
        });
        return app;
    }

    /// <summary>Sets the headers as a response starts; one callback for every request, so none is allocated per request.</summary>
    private sealed class OnEveryResponse(bool hsts)
    {
        public readonly Func<object, Task> Apply = state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Only over HTTPS (RFC 6797), and not in development, where localhost must stay reachable over HTTP.
            if (hsts && context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
            return Task.CompletedTask;
        };
    }
}
