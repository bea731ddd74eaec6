using System.Net;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Admin;

/// <summary>
/// Sign-in attempts (POSTs to the sign-in page) per client address: `Security:SignInRateLimit:PermitLimit`
/// per `Security:SignInRateLimit:WindowSeconds` (default 10 per 60 s), counted in the database
/// (<see cref="SignInCounter"/>, key `posts|{client}`) so the limit holds across all instances of the site. Beyond that: 429 and a
/// page saying when to retry. Lockout (per account) still applies underneath; this limit stops one address from trying
/// many accounts.
/// </summary>
public static class SignInRateLimit
{
    private sealed record Limit(int Permits, TimeSpan Window);

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(new Limit(
            config.GetValue("Security:SignInRateLimit:PermitLimit", 10),
            TimeSpan.FromSeconds(config.GetValue("Security:SignInRateLimit:WindowSeconds", 60))));
        services.AddScoped<SignInCounter>();
        return services;
    }

    public static WebApplication UseSignInRateLimit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsSignInAttempt(context.Request))
            {
                var limit = context.RequestServices.GetRequiredService<Limit>();
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                var verdict = await context.RequestServices.GetRequiredService<SignInCounter>().AddAsync($"posts|{client}", limit.Window, context.RequestAborted);
                if (verdict.Count > limit.Permits)
                {
                    await WriteTooManyAttemptsAsync(context, verdict.RetryAfter, context.RequestAborted);
                    return;
                }
            }
            await next(context);
        });
        return app;
    }

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && string.Equals(request.Path.Value?.TrimEnd('/'), AdminPaths.SignIn, StringComparison.OrdinalIgnoreCase);

    private static async Task WriteTooManyAttemptsAsync(HttpContext context, TimeSpan retryAfter, CancellationToken token)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        IStringLocalizer<AdminTexts> L = context.RequestServices.GetRequiredService<IStringLocalizer<AdminTexts>>();
        var language = LocalizationSetup.CurrentLanguage;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString();
        context.Response.ContentType = "text/html; charset=utf-8";
        string E(string english) => WebUtility.HtmlEncode(L[english]);
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E("Too many sign-in attempts")}</title><link rel="stylesheet" href="/css/admin.css"></head>
            <body><main id="main" class="admin-narrow"><h1>{E("Too many sign-in attempts")}</h1>
            <p>{WebUtility.HtmlEncode(L["Too many sign-in attempts came from your network. Wait {0} seconds, then try again.", seconds])}</p>
            <p><a href="{AdminPaths.SignIn}">{E("Back to sign in")}</a></p></main></body>
            </html>
            """, token);
    }
}
