using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin;

/// <summary>
/// Sign-in attempts (POSTs to the sign-in page) per client address: `Security:SignInRateLimit:PermitLimit`
/// per `Security:SignInRateLimit:WindowSeconds` (default 10 per 60 s). Beyond that: 429 and a page saying when to retry.
/// Lockout (per account) still applies underneath; this limit stops one address from trying many accounts.
/// </summary>
public static class SignInRateLimit
{
    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration config)
    {
        var permits = config.GetValue("Security:SignInRateLimit:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(config.GetValue("Security:SignInRateLimit:WindowSeconds", 60));
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInAttempt(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
            options.OnRejected = (context, token) => WriteTooManyAttemptsAsync(context.HttpContext, window, token);
        });
        return services;
    }

    public static WebApplication UseSignInRateLimit(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && string.Equals(request.Path.Value?.TrimEnd('/'), AdminPaths.SignIn, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask WriteTooManyAttemptsAsync(HttpContext context, TimeSpan window, CancellationToken token)
    {
        var L = context.RequestServices.GetRequiredService<Localizer>();
        var language = Localizer.CurrentLanguage;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString();
        context.Response.ContentType = "text/html; charset=utf-8";
        string E(string english) => WebUtility.HtmlEncode(L[english]);
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E("Too many sign-in attempts")}</title><link rel="stylesheet" href="/css/admin.css"></head>
            <body><main id="main" class="admin-narrow"><h1>{E("Too many sign-in attempts")}</h1>
            <p>{WebUtility.HtmlEncode(L["Too many sign-in attempts came from your network. Wait {0} seconds, then try again.", (int)window.TotalSeconds])}</p>
            <p><a href="{AdminPaths.SignIn}">{E("Back to sign in")}</a></p></main></body>
            </html>
            """, token);
    }
}
