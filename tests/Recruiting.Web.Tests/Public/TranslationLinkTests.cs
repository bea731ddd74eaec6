using System.Text.Json.Nodes;
using System.Xml.Linq;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

/// <summary>The site, the content API and the sitemap name the same translation of a re-posted job: one reader, one rule.</summary>
public sealed class TranslationLinkTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Theory, Providers]
    public async Task A_reposted_job_links_to_the_same_translation_everywhere(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        // The French posting of 2020 was archived; the job was posted again in French later, under the same key.
        var old = await seed.ArchivedAsync("fr", "developpeur-2020", Content("Développeur 2020"), "developer");
        var english = await seed.PublishedAsync("en", "developer", Content("Developer"), "developer");
        var reposted = await seed.PublishedAsync("fr", "developpeur-2024", Content("Développeur 2024"), "developer");
        await seed.FirstPublishedAsync(old, new(2020, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await seed.FirstPublishedAsync(english, new(2024, 5, 6, 9, 0, 0, TimeSpan.Zero));
        await seed.FirstPublishedAsync(reposted, new(2024, 5, 7, 9, 0, 0, TimeSpan.Zero));
        var client = app.Client();
        var b = PublicSite.BaseUrl;

        var (_, page) = await client.GetHtmlAsync("/en/careers/developer");
        var api = JsonNode.Parse(await client.GetStringAsync("/api/v1/postings/en/developer"))!;
        var list = JsonNode.Parse(await client.GetStringAsync("/api/v1/postings?lang=en"))!;
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var (_, archivedPage) = await client.GetHtmlAsync("/fr/carrieres/developpeur-2020");

        Assert.Equal($"{b}/fr/carrieres/developpeur-2024", page.LinkHref("alternate", "fr"));
        Assert.Equal("/fr/carrieres/developpeur-2024", page.QuerySelector("header nav a")!.GetAttribute("href"));
        Assert.Equal(reposted.ToString(), (string)api["translation"]!["id"]!);
        Assert.Equal($"{b}/fr/carrieres/developpeur-2024", (string)api["translation"]!["url"]!);
        Assert.Equal($"{b}/fr/carrieres/developpeur-2024", (string)list["items"]![0]!["translation"]!["url"]!);
        var entry = sitemap.Root!.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == $"{b}/en/careers/developer");
        Assert.Contains(entry.Elements(Xhtml + "link"), l => l.Attribute("hreflang")!.Value == "fr" && l.Attribute("href")!.Value == $"{b}/fr/carrieres/developpeur-2024");
        // The archived posting still links to the English one: its only counterpart.
        Assert.Equal("/en/careers/developer", archivedPage.QuerySelector("header nav a")!.GetAttribute("href"));
    }

    [Theory, Providers]
    public async Task Each_posting_of_a_job_reposted_in_both_languages_toggles_to_the_same_round(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        // Posted in 2020 and again in 2024, in both languages, under one key and without leverIds: each round pairs
        // with the other language's posting of the same round (nearest first publication), not with the open one.
        var en2020 = await seed.ArchivedAsync("en", "analyst-2020", Content("Analyst 2020"), "analyst");
        var fr2020 = await seed.ArchivedAsync("fr", "analyste-2020", Content("Analyste 2020"), "analyst");
        var en2024 = await seed.PublishedAsync("en", "analyst-2024", Content("Analyst 2024"), "analyst");
        var fr2024 = await seed.PublishedAsync("fr", "analyste-2024", Content("Analyste 2024"), "analyst");
        await seed.FirstPublishedAsync(en2020, new(2020, 1, 10, 9, 0, 0, TimeSpan.Zero));
        await seed.FirstPublishedAsync(fr2020, new(2020, 1, 12, 9, 0, 0, TimeSpan.Zero));
        await seed.FirstPublishedAsync(en2024, new(2024, 2, 1, 9, 0, 0, TimeSpan.Zero));
        await seed.FirstPublishedAsync(fr2024, new(2024, 2, 1, 10, 0, 0, TimeSpan.Zero));

        await AssertPairedEverywhereAsync(app, "/en/careers/analyst-2020", fr2020, "/fr/carrieres/analyste-2020", inSitemap: false);
        await AssertPairedEverywhereAsync(app, "/fr/carrieres/analyste-2020", en2020, "/en/careers/analyst-2020", inSitemap: false);
        await AssertPairedEverywhereAsync(app, "/en/careers/analyst-2024", fr2024, "/fr/carrieres/analyste-2024", inSitemap: true);
        await AssertPairedEverywhereAsync(app, "/fr/carrieres/analyste-2024", en2024, "/en/careers/analyst-2024", inSitemap: true);
    }

    [Theory, Providers]
    public async Task The_same_leverId_pairs_a_reposted_job_before_publication_dates(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        const string leverA = "0b5a4f1e-58c4-4d8e-9a3e-6f1c2d3e4a5b", leverB = "7c9d2e3f-1a2b-4c5d-8e9f-0a1b2c3d4e5f";
        // By dates alone each English posting would pair with the other round's French one; the leverId says otherwise.
        var enA = await seed.PublishedAsync("en", "nurse-a", Content("Nurse") with { LeverId = leverA }, "nurse");
        var enB = await seed.PublishedAsync("en", "nurse-b", Content("Nurse") with { LeverId = leverB }, "nurse");
        var frA = await seed.PublishedAsync("fr", "infirmier-a", Content("Infirmier") with { LeverId = leverA.ToUpperInvariant() }, "nurse");
        var frB = await seed.PublishedAsync("fr", "infirmier-b", Content("Infirmier") with { LeverId = leverB }, "nurse");
        await seed.FirstPublishedAsync(enA, new(2020, 1, 1, 9, 0, 0, TimeSpan.Zero));
        await seed.FirstPublishedAsync(enB, new(2024, 1, 1, 9, 0, 0, TimeSpan.Zero));
        await seed.FirstPublishedAsync(frA, new(2023, 12, 31, 9, 0, 0, TimeSpan.Zero));
        await seed.FirstPublishedAsync(frB, new(2020, 1, 2, 9, 0, 0, TimeSpan.Zero));

        await AssertPairedEverywhereAsync(app, "/en/careers/nurse-a", frA, "/fr/carrieres/infirmier-a", inSitemap: true);
        await AssertPairedEverywhereAsync(app, "/en/careers/nurse-b", frB, "/fr/carrieres/infirmier-b", inSitemap: true);
        await AssertPairedEverywhereAsync(app, "/fr/carrieres/infirmier-a", enA, "/en/careers/nurse-a", inSitemap: true);
        await AssertPairedEverywhereAsync(app, "/fr/carrieres/infirmier-b", enB, "/en/careers/nurse-b", inSitemap: true);
    }

    /// <summary>The page's toggle and hreflang, the content API's translation and (for an open posting) the sitemap's alternate name one posting.</summary>
    private static async Task AssertPairedEverywhereAsync(TestApp app, string path, Guid otherId, string otherPath, bool inSitemap)
    {
        var client = app.Client();
        var b = PublicSite.BaseUrl;
        var (lang, otherLang) = (path.Split('/')[1], otherPath.Split('/')[1]);
        var (_, page) = await client.GetHtmlAsync(path);
        var api = JsonNode.Parse(await client.GetStringAsync($"/api/v1/postings/{lang}/{path.Split('/')[3]}"))!;
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        Assert.Equal(b + otherPath, page.LinkHref("alternate", otherLang));
        Assert.Equal(otherPath, page.QuerySelector("header nav a")!.GetAttribute("href"));
        Assert.Equal(otherId.ToString(), (string)api["translation"]!["id"]!);
        Assert.Equal(b + otherPath, (string)api["translation"]!["url"]!);
        var entry = sitemap.Root!.Elements(Sitemap + "url").SingleOrDefault(u => u.Element(Sitemap + "loc")!.Value == b + path);
        Assert.Equal(inSitemap, entry is not null);
        if (entry is not null)
            Assert.Contains(entry.Elements(Xhtml + "link"), l => l.Attribute("hreflang")!.Value == otherLang && l.Attribute("href")!.Value == b + otherPath);
    }
}
