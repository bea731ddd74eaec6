using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Tests.Api;
using Recruiting.Testing;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

public sealed class RedirectAndErrorTests
{
    [Theory, Providers]
    public async Task Legacy_urls_aliases_and_former_slugs_answer_301_to_the_canonical_url(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        var id = await seed.PublishedAsync("en", "old-slug", Content("Backend developer") with
        {
            Aliases = ["/careers/positions/backend-dev/"], Urls = ["/jobs/backend.html"],
        });
        await seed.SaveDraftAsync(id, "en", "backend-developer", Content("Backend developer"));
        await seed.RunAsync(w => w.PublishAsync(id, null, Actor.System("test-publisher"))); // a renamed draft moves nothing until published
        var client = app.Client();

        foreach (var path in new[] { "/careers/positions/backend-dev/", "/Careers/Positions/Backend-Dev", "/jobs/backend.html?utm=x", "/en/careers/old-slug" })
        {
            var response = await client.GetAsync(path);
            Assert.True(301 == (int)response.StatusCode, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal("/en/careers/backend-developer", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Redirect_to_a_posting_no_longer_visible_is_a_404()
    {
        await using var app = await PublicSite.StartAsync();
        await new PostingSeeder(app).UnpublishedAsync("en", "withdrawn", Content("Withdrawn") with { Aliases = ["/old/withdrawn/"] });

        var response = await app.Client().GetAsync("/old/withdrawn/");

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Theory, Providers]
    public async Task Unknown_url_gets_a_bilingual_404_page(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);

        var (response, html) = await app.Client().GetHtmlAsync("/fr/nulle-part/ici");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("fr", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page introuvable", html.QuerySelector("h1")!.TextContent);
        var english = html.QuerySelector("section[lang='en']")!;
        Assert.Equal("Page not found", english.QuerySelector("h2")!.TextContent);
        Assert.Equal("/en/careers", english.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("noindex", html.Meta("robots"));
    }

    [Fact]
    public async Task Unknown_url_without_language_uses_the_browser_language()
    {
        await using var app = await PublicSite.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/nothing-here.html");
        request.Headers.Add("Accept-Language", "fr-CA");

        var response = await app.Client().SendAsync(request);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("fr", html.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(html.QuerySelector("section[lang='en']"));
    }

    [Fact]
    public async Task Api_404_stays_problem_json()
    {
        await using var app = await PublicSite.StartAsync();

        var response = await app.Client().GetAsync("/api/v1/nothing");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Server_error_gets_a_friendly_page_without_details()
    {
        await using var app = await PublicSite.StartAsync();
        await using (var db = app.NewDbContext())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE postings RENAME TO postings_broken");

        var (response, html) = await app.Client().GetHtmlAsync("/en/careers");

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("Something went wrong", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("Une erreur est survenue", html.QuerySelector("section[lang='fr'] h2")!.TextContent);
        var text = html.DocumentElement.OuterHtml;
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("postings", text);
        Assert.DoesNotContain(" at ", text);
    }
}
