using Microsoft.EntityFrameworkCore;
using Recruiting.Web.Tests.Api;
using Recruiting.Testing;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

public sealed class PostingPageTests
{
    [Theory, Providers]
    public async Task Open_posting_page_has_its_content_meta_and_language_links(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "data-engineer", Content("Data engineer", "We build **pipelines**.", "Join the data team.")
            with { LeverId = "0b9c5e1a-1111-4222-8333-944445555666" }, "data-eng");
        await seed.PublishedAsync("fr", "ingenieur-donnees", Content("Ingénieur de données"), "data-eng");

        var (response, html) = await app.Client().GetHtmlAsync("/en/careers/data-engineer");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Data engineer"], html.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.Equal("Join the data team.", html.Meta("description"));
        Assert.Null(html.Meta("robots"));
        Assert.Equal("pipelines", html.QuerySelector(".posting-body strong")!.TextContent);
        Assert.Equal($"{PublicSite.BaseUrl}/en/careers/data-engineer", html.LinkHref("canonical"));
        Assert.Equal($"{PublicSite.BaseUrl}/en/careers/data-engineer", html.LinkHref("alternate", "en"));
        Assert.Equal($"{PublicSite.BaseUrl}/fr/carrieres/ingenieur-donnees", html.LinkHref("alternate", "fr"));
        var toggle = html.QuerySelector("header nav a")!;
        Assert.Equal("/fr/carrieres/ingenieur-donnees", toggle.GetAttribute("href"));
        Assert.Equal("fr", toggle.GetAttribute("lang"));
        Assert.Equal("https://jobs.lever.co/acme/0b9c5e1a-1111-4222-8333-944445555666/apply",
            html.QuerySelector("a.apply-link")!.GetAttribute("href"));
        Assert.Null(html.QuerySelector(".closed-banner"));
        Assert.NotNull(html.QuerySelector("header"));
        Assert.NotNull(html.QuerySelector("main#main"));
        Assert.NotNull(html.QuerySelector("footer"));
        Assert.Equal("#main", html.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.Empty(html.QuerySelectorAll("[style], style, script:not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task French_text_is_sent_as_utf8_and_titles_name_the_site_once()
    {
        await using var app = await PublicSite.StartAsync();
        await new PostingSeeder(app).PublishedAsync("fr", "ingenieure-donnees", Content("Ingénieure de données", "Travail à Montréal.", "Équipe des données."));
        var client = app.Client();

        var posting = await client.GetAsync("/fr/carrieres/ingenieure-donnees");
        var raw = await posting.Content.ReadAsStringAsync();
        var (_, index) = await client.GetHtmlAsync("/fr/carrieres");
        var (_, english) = await client.GetHtmlAsync("/en/careers");

        Assert.Equal("utf-8", posting.Content.Headers.ContentType!.CharSet);
        Assert.Contains("<h1>Ingénieure de données</h1>", raw);
        Assert.Contains("Travail à Montréal.", raw);
        Assert.Contains("content=\"Équipe des données.\"", raw);
        // No letter sent as a numeric entity (markup characters such as + in an attribute may still be).
        Assert.DoesNotContain(System.Text.RegularExpressions.Regex.Matches(raw, "&#x([0-9A-F]+);"), m => Convert.ToInt32(m.Groups[1].Value, 16) >= 0x80);
        Assert.Contains("<title>Ingénieure de données – Carrières</title>", raw);
        Assert.Equal("Carrières", index.Title);
        Assert.Equal("Careers", english.Title);
    }

    [Theory, Providers]
    public async Task Archived_posting_shows_closed_banner_without_apply_link_or_structured_data(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        await new PostingSeeder(app).ArchivedAsync("fr", "poste-ferme", Content("Poste fermé") with { LeverId = "lever-42" });

        var (response, html) = await app.Client().GetHtmlAsync("/fr/carrieres/poste-ferme");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("fr", html.DocumentElement.GetAttribute("lang"));
        var banner = html.QuerySelector(".closed-banner")!;
        Assert.Contains("Les candidatures pour ce poste sont closes.", banner.TextContent);
        Assert.Equal("/fr/carrieres", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("noindex", html.Meta("robots"));
        Assert.Null(html.QuerySelector("a.apply-link"));
        Assert.DoesNotContain("lever-42", html.DocumentElement.OuterHtml);
        Assert.Null(html.QuerySelector("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task Posting_past_its_closing_date_is_closed_even_before_the_scheduler_archives_it()
    {
        await using var app = await PublicSite.StartAsync(extra: new Dictionary<string, string?> { ["Scheduler:IntervalSeconds"] = "3600" });
        var closing = DateTimeOffset.UtcNow.AddSeconds(5); // room for seeding and the first view on a loaded machine
        await new PostingSeeder(app).PublishedAsync("en", "expired", Content("Expired") with { LeverId = "lever-7", ClosingAt = closing });
        var (_, open) = await app.Client().GetHtmlAsync("/en/careers/expired"); // rendered and stored while open
        // Its closing time passes, with no change to the posting (publishing refuses a past one).
        var wait = closing - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);

        var (_, html) = await app.Client().GetHtmlAsync("/en/careers/expired");

        Assert.NotNull(open.QuerySelector("a.apply-link"));
        Assert.NotNull(html.QuerySelector(".closed-banner"));
        Assert.Null(html.QuerySelector("a.apply-link"));
        Assert.Equal("noindex", html.Meta("robots"));
        Assert.Null(html.QuerySelector("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task Without_a_visible_translation_the_toggle_goes_to_the_other_index()
    {
        await using var app = await PublicSite.StartAsync();
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "solo", Content("Solo"), "solo-key");
        await seed.DraftAsync("fr", "solo-fr", Content("Solo brouillon"), "solo-key");

        var (_, html) = await app.Client().GetHtmlAsync("/en/careers/solo");

        var toggle = html.QuerySelector("header nav a")!;
        Assert.Equal(("/fr/carrieres", "fr"), (toggle.GetAttribute("href"), toggle.GetAttribute("lang")));
        Assert.Null(html.LinkHref("alternate", "fr"));
        Assert.Null(html.QuerySelector("a.apply-link")); // no leverId, no apply link
    }

    [Fact]
    public async Task Unpublished_draft_and_trashed_postings_are_not_found()
    {
        await using var app = await PublicSite.StartAsync();
        var seed = new PostingSeeder(app);
        await seed.DraftAsync("en", "draft", Content("Draft"));
        await seed.UnpublishedAsync("en", "gone", Content("Gone"));
        await seed.TrashedAsync("en", "binned", Content("Binned"));
        var client = app.Client();

        foreach (var path in new[] { "/en/careers/draft", "/en/careers/gone", "/en/careers/binned", "/fr/carrieres/draft" })
        {
            var (response, html) = await client.GetHtmlAsync(path);
            Assert.Equal(404, (int)response.StatusCode);
            Assert.DoesNotContain("Draft", html.QuerySelector("main")!.TextContent);
        }
    }

    [Fact]
    public async Task Published_content_is_shown_while_a_newer_draft_is_edited()
    {
        await using var app = await PublicSite.StartAsync();
        var seed = new PostingSeeder(app);
        var id = await seed.PublishedAsync("en", "live", Content("Live title", "Live body.", "Live description."));
        await seed.SaveDraftAsync(id, "en", "live", Content("Secret new title", "Secret body.", "Secret description."));

        var (_, html) = await app.Client().GetHtmlAsync("/en/careers/live");
        var (_, index) = await app.Client().GetHtmlAsync("/en/careers");

        Assert.Equal("Live title", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("Live description.", html.Meta("description"));
        Assert.DoesNotContain("Secret", html.DocumentElement.OuterHtml);
        Assert.Equal(["Live title"], index.QuerySelectorAll("ul.postings a").Select(a => a.TextContent));
    }
}
