using Microsoft.Extensions.Options;
using Recruiting.Web.Public;

namespace Recruiting.Web.Tests.Public;

/// <summary>The organisation's identity from the settings: header, footer links, theme stylesheet, and the colour checks.</summary>
public sealed class SiteIdentityTests
{
    private static readonly Dictionary<string, string?> Identity = new()
    {
        ["Site:Organization:Links:Contact"] = "mailto:jobs@acme.example.org",
        ["Site:Organization:Links:Privacy"] = "https://acme.example.org/{lang}/privacy",
        ["Site:Organization:Links:Accessibility"] = "/{lang}/careers",
        ["Site:Theme:Primary"] = "#ffd700",
        ["Site:Theme:Accent"] = "#0b5394",
    };

    [Theory]
    [InlineData("/en/careers", "en", "Privacy", "Acme Inc.")]
    [InlineData("/fr/carrieres", "fr", "Confidentialité", "Acme Inc.")]
    [InlineData("/en/careers/no-such-posting", "en", "Privacy", "Acme Inc.")]
    public async Task Every_public_page_has_the_organisation_header_and_footer(string path, string lang, string privacy, string name)
    {
        await using var app = await PublicSite.StartAsync(extra: Identity);

        var (_, html) = await app.Client().GetHtmlAsync(path);

        Assert.Equal("https://acme.example.org/logo.png", html.QuerySelector("header .brand img.brand-logo")!.GetAttribute("src"));
        Assert.Equal("", html.QuerySelector("header .brand img")!.GetAttribute("alt")); // the name beside it says who
        Assert.Equal(name, html.QuerySelector("header .brand .brand-organization")!.TextContent);
        var links = html.QuerySelectorAll("footer a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains((privacy, $"https://acme.example.org/{lang}/privacy"), links);
        Assert.Contains(links, l => l.Item2 == "mailto:jobs@acme.example.org");
        Assert.Contains(links, l => l.Item2 == $"/{lang}/careers" && l.TextContent is "Accessibility" or "Accessibilité");
        Assert.DoesNotContain(links, l => l.TextContent is "Terms of use" or "Avis"); // not set: left out
        Assert.Equal(name, html.QuerySelector("footer .footer-organization")!.TextContent);
    }

    [Fact]
    public async Task Theme_is_a_versioned_stylesheet_of_the_site_with_readable_text_colours()
    {
        await using var app = await PublicSite.StartAsync(extra: Identity);
        var client = app.Client();

        var (page, html) = await client.GetHtmlAsync("/en/careers");
        var href = html.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.StartsWith("/theme.css?v="));
        var css = await client.GetAsync(href);
        var text = await css.Content.ReadAsStringAsync();

        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", css.Headers.CacheControl!.ToString());
        Assert.Contains("--brand: #ffd700;", text);
        Assert.Contains("--brand-text: #000000;", text); // gold is light: black text on it
        Assert.Contains("--accent: #0b5394;", text);
        Assert.Contains("--accent-text: #ffffff;", text);
        // Nothing inline: the strict policy stands.
        Assert.Contains("style-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Empty(html.QuerySelectorAll("style, [style]"));
        foreach (var sheet in html.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!))
            Assert.True((await client.GetAsync(sheet)).IsSuccessStatusCode, sheet);
    }

    [Fact]
    public async Task Without_identity_settings_the_header_says_careers_and_the_footer_has_the_site_links_only()
    {
        await using var app = await Recruiting.Testing.TestApp.StartAsync();

        var (_, html) = await app.Client().GetHtmlAsync("/fr/carrieres");

        Assert.Equal("Carrières", html.QuerySelector("header .brand")!.TextContent.Trim());
        Assert.Null(html.QuerySelector("header img"));
        Assert.Equal(["/fr/carrieres", "/fr/carrieres/feed.xml"], html.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("#26374a", "#1f497a", null)]
    [InlineData("#fff", "#000", null)]
    [InlineData("navy", "#1f497a", "Site:Theme:Primary is \"navy\"")]
    [InlineData("#26374a", "#ffcc00", "Site:Theme:Accent is \"#ffcc00\"; allowed: a colour written #rgb or #rrggbb whose contrast with light grey (#f2f2f2) reaches 4.5:1 (WCAG AA), as links are written in it; this one reaches 1.")]
    [InlineData("#26374a", "#767676", "Site:Theme:Accent is \"#767676\"")] // 4.54:1 on white, but 4.1:1 on the light grey panels
    public void Theme_colours_are_checked_for_contrast_at_start_up(string primary, string accent, string? failure)
    {
        var options = new PublicSiteOptions { Theme = new() { Primary = primary, Accent = accent } };

        var result = new PublicSiteOptionsValidator().Validate(null, options);

        if (failure is null) Assert.True(result.Succeeded, result.FailureMessage);
        else Assert.Contains(failure, result.FailureMessage);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example.org/x")]
    [InlineData("privacy.html")]
    public void Footer_links_must_be_web_addresses_or_paths_of_the_site(string link)
    {
        var options = new PublicSiteOptions { Organization = new() { Links = new() { Privacy = link } } };

        var result = new PublicSiteOptionsValidator().Validate(null, options);

        Assert.Contains($"Site:Organization:Links:Privacy is \"{link}\"", result.FailureMessage);
    }

    [Theory]
    [InlineData("#ffffff", "#000000", 21.0)]
    [InlineData("#26374a", "#ffffff", 12.15)]
    [InlineData("#767676", "#ffffff", 4.54)]
    public void Contrast_is_wcag_arithmetic(string a, string b, double expected) =>
        Assert.Equal(expected, ThemeColor.Parse(a).ContrastWith(ThemeColor.Parse(b)), tolerance: 0.01);
}
