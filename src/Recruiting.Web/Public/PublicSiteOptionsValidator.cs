using Microsoft.Extensions.Options;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Public;

/// <summary>What the `Site` settings allow; checked when the site starts.</summary>
public sealed class PublicSiteOptionsValidator : IValidateOptions<PublicSiteOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicSiteOptions site) =>
        new SettingRules(PublicSiteOptions.Section)
            .HttpUrlOrEmpty(nameof(site.BaseUrl), site.BaseUrl)
            .HttpUrlOrEmpty(nameof(site.ApplyUrlTemplate), site.ApplyUrlTemplate, ApplyLink.LeverIdPlaceholder)
            .Between(nameof(site.PageSize), site.PageSize, 1, 1000, "postings")
            .Between(nameof(site.FeedSize), site.FeedSize, 1, 1000, "entries")
            .HttpUrlOrEmpty("Organization:Logo", site.Organization.Logo)
            .Require(ThemeColor.TryParse(site.Theme.Primary, out _), "Theme:Primary", site.Theme.Primary, "a colour written #rgb or #rrggbb")
            .Require(AccentReadable(site.Theme.Accent), "Theme:Accent", site.Theme.Accent,
                $"a colour written #rgb or #rrggbb whose contrast with light grey ({LightGrey}) reaches {ThemeColor.AaText}:1 (WCAG AA), as links are written in it; "
                + (ThemeColor.TryParse(site.Theme.Accent, out var accent) ? $"this one reaches {accent.ContrastWith(LightGrey):0.##}:1, choose a darker one" : "this is not one"))
            .Require(LinksValid(site.Organization.Links, out var bad), "Organization:Links:" + bad.Key, bad.Value,
                "an absolute http://, https:// or mailto: address, a path on this site starting with /, or nothing ({lang} becomes en or fr)")
            .Result();

    /// <summary>The lightest background the accent is written on (search panel, key facts); white is lighter still.</summary>
    public static readonly ThemeColor LightGrey = ThemeColor.Parse("#f2f2f2");

    private static bool AccentReadable(string? accent) =>
        ThemeColor.TryParse(accent, out var color) && color.ContrastWith(LightGrey) >= ThemeColor.AaText;

    private static bool LinksValid(OrganizationLinks links, out KeyValuePair<string, string> bad)
    {
        foreach (var (key, value) in new Dictionary<string, string>
                 {
                     [nameof(links.Contact)] = links.Contact, [nameof(links.Privacy)] = links.Privacy,
                     [nameof(links.Accessibility)] = links.Accessibility, [nameof(links.Terms)] = links.Terms,
                 })
        {
            var url = value?.Trim().Replace(OrganizationLinks.LanguagePlaceholder, "en") ?? "";
            var ok = url.Length == 0
                || url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
                || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
            if (!ok) { bad = new(key, value ?? ""); return false; }
        }
        bad = new("", "");
        return true;
    }
}
