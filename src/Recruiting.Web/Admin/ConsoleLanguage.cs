using Microsoft.AspNetCore.Localization;

namespace Recruiting.Web.Admin;

/// <summary>Remembers the console language in the standard culture cookie, read by the request localization.</summary>
public sealed class ConsoleLanguage(CookieSecurePolicy secure)
{
    public static bool IsSupported(string? language) => language is "en" or "fr";

    public void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = secure == CookieSecurePolicy.Always || context.Request.IsHttps,
                Path = "/",
            });
}
