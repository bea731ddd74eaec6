using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Recruiting.Web.Public;

/// <summary>
/// The organisation's colours as a small stylesheet, /theme.css, made once from `Site:Theme` when the site starts. Served
/// from our own origin it needs nothing more from the Content-Security-Policy (style-src 'self'), and its address carries
/// a hash of its text, so browsers keep it for a year and a new setting is a new address.
/// </summary>
public sealed class SiteTheme
{
    public const string Path = "/theme.css";

    public SiteTheme(IOptions<PublicSiteOptions> options)
    {
        var theme = options.Value.Theme;
        var primary = ThemeColor.Parse(theme.Primary);
        var accent = ThemeColor.Parse(theme.Accent);
        // The variables public.css reads. Text on the primary and accent colours is computed (white or black), so any
        // primary colour is readable; the accent is also link text on light backgrounds, which the settings check ensures.
        Css = $$"""
            :root {
                --brand: {{primary}};
                --brand-text: {{primary.ReadableText}};
                --accent: {{accent}};
                --accent-text: {{accent.ReadableText}};
            }

            """;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Css));
        Href = $"{Path}?v={Convert.ToHexStringLower(hash)[..12]}";
    }

    public string Css { get; }
    /// <summary>The stylesheet's address with its version, for the layout's link.</summary>
    public string Href { get; }

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet(Path, (HttpContext http, SiteTheme theme) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(theme.Css, "text/css; charset=utf-8");
        });
}
