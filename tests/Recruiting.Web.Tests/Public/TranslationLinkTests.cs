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
        await seed.ArchivedAsync("fr", "developpeur-2020", Content("Développeur 2020"), "developer");
        await seed.PublishedAsync("en", "developer", Content("Developer"), "developer");
        var reposted = await seed.PublishedAsync("fr", "developpeur-2024", Content("Développeur 2024"), "developer");
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
}
