using System.Text.Json;
using System.Xml.Linq;
using Recruiting.Web.Tests.Api;
using Recruiting.Testing;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

public sealed class DiscoveryTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory, Providers]
    public async Task Open_posting_carries_job_posting_json_ld(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider, new Dictionary<string, string?> { ["Site:Remote:Country"] = "Canada" });
        var closing = new DateTimeOffset(2031, 3, 1, 17, 0, 0, TimeSpan.Zero);
        await new PostingSeeder(app).PublishedAsync("en", "sre", Content("SRE </script><script>alert(1)</script>", "Keep **things** up.") with
        {
            LeverId = "lever-sre-1", EmploymentType = "full_time", ClosingAt = closing,
        });

        var response = await app.Client().GetAsync("/en/careers/sre");
        var raw = await response.Content.ReadAsStringAsync();
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(raw);

        var scripts = html.QuerySelectorAll("script");
        Assert.Equal("application/ld+json", Assert.Single(scripts).GetAttribute("type"));
        var json = JsonDocument.Parse(scripts[0].TextContent).RootElement;
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("JobPosting", json.GetProperty("@type").GetString());
        Assert.Equal("SRE </script><script>alert(1)</script>", json.GetProperty("title").GetString());
        Assert.Contains("<strong>things</strong>", json.GetProperty("description").GetString());
        Assert.Equal("2031-03-01T17:00:00Z", json.GetProperty("validThrough").GetString());
        Assert.True(DateTimeOffset.TryParse(json.GetProperty("datePosted").GetString(), out var posted));
        Assert.InRange(posted, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("FULL_TIME", json.GetProperty("employmentType").GetString());
        Assert.Equal("lever-sre-1", json.GetProperty("identifier").GetProperty("value").GetString());
        var org = json.GetProperty("hiringOrganization");
        Assert.Equal(("Acme Inc.", "https://acme.example.org", "https://acme.example.org/logo.png"),
            (org.GetProperty("name").GetString(), org.GetProperty("sameAs").GetString(), org.GetProperty("logo").GetString()));
        Assert.Equal("TELECOMMUTE", json.GetProperty("jobLocationType").GetString());
        Assert.Equal("Canada", json.GetProperty("applicantLocationRequirements").GetProperty("name").GetString());
        Assert.Equal(1, CountOf(raw, "</script>"));
    }

    [Fact]
    public async Task Without_remote_setting_there_is_no_telecommute()
    {
        await using var app = await PublicSite.StartAsync();
        await new PostingSeeder(app).PublishedAsync("en", "onsite", Content("Onsite"));

        var (_, html) = await app.Client().GetHtmlAsync("/en/careers/onsite");

        var json = JsonDocument.Parse(html.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.False(json.TryGetProperty("jobLocationType", out _));
        Assert.False(json.TryGetProperty("validThrough", out _));
        Assert.False(json.TryGetProperty("identifier", out _));
    }

    [Theory, Providers]
    public async Task Sitemap_lists_indexes_and_open_postings_with_alternates(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "analyst", Content("Analyst"), "analyst");
        await seed.PublishedAsync("fr", "analyste", Content("Analyste"), "analyst");
        await seed.PublishedAsync("en", "lonely", Content("Lonely"));
        await seed.ArchivedAsync("en", "closed", Content("Closed"));
        await seed.DraftAsync("en", "draft", Content("Draft"));

        var response = await app.Client().GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var urls = xml.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value);
        var b = PublicSite.BaseUrl;
        Assert.Equal(new[] { $"{b}/en/careers", $"{b}/fr/carrieres", $"{b}/en/careers/analyst", $"{b}/fr/carrieres/analyste", $"{b}/en/careers/lonely" }.Order(),
            urls.Keys.Order());
        var alternates = urls[$"{b}/en/careers/analyst"].Elements(Xhtml + "link")
            .Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList();
        Assert.Equal([("en", $"{b}/en/careers/analyst"), ("fr", $"{b}/fr/carrieres/analyste")], alternates);
        Assert.Empty(urls[$"{b}/en/careers/lonely"].Elements(Xhtml + "link"));
        Assert.Equal(2, urls[$"{b}/fr/carrieres"].Elements(Xhtml + "link").Count());
    }

    [Fact]
    public async Task Each_language_has_an_atom_feed_of_its_open_postings()
    {
        await using var app = await PublicSite.StartAsync();
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "tester", Content("Tester", description: "Test things."));
        await seed.PublishedAsync("fr", "testeur", Content("Testeur", description: "Tester des choses."));
        await seed.ArchivedAsync("fr", "ancien", Content("Ancien"));
        var client = app.Client();

        var fr = await client.GetAsync("/fr/carrieres/feed.xml");
        var feed = XDocument.Parse(await fr.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", fr.Content.Headers.ContentType!.MediaType);
        Assert.Equal("fr", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal("Testeur", entry.Element(Atom + "title")!.Value);
        Assert.Equal("Tester des choses.", entry.Element(Atom + "summary")!.Value);
        Assert.Equal($"{PublicSite.BaseUrl}/fr/carrieres/testeur", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        var en = XDocument.Parse(await client.GetStringAsync("/en/careers/feed.xml")).Root!;
        Assert.Equal(["Tester"], en.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public async Task Robots_allows_all_but_the_console_and_points_to_the_sitemap()
    {
        await using var app = await PublicSite.StartAsync();

        var robots = await app.Client().GetStringAsync("/robots.txt");

        var lines = robots.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["User-agent: *", "Allow: /", "Disallow: /admin", $"Sitemap: {PublicSite.BaseUrl}/sitemap.xml"], lines);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
