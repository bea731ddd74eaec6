using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Delivery;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Public.Rendered;
using Recruiting.Web.Tests.Api;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

/// <summary>Public pages are rendered when their content changes, stored as bytes, and answered from those bytes.</summary>
public sealed class RenderedPagesTests
{
    [Theory, Providers]
    public async Task A_publication_renders_the_posting_and_the_indexes_before_anyone_asks(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        await new PostingSeeder(app).PublishedAsync("en", "rendered", Content("Rendered"));
        await app.Service<PageRenderer>().IdleAsync();

        var stored = await StoredAsync(app);

        Assert.Contains("/en/careers/rendered", stored.Keys);
        Assert.Contains("/en/careers", stored.Keys);
        Assert.Contains("/fr/carrieres", stored.Keys);
        Assert.Contains("<h1>Rendered</h1>", Encoding.UTF8.GetString(stored["/en/careers/rendered"].Body));
        Assert.Contains(PublicSite.BaseUrl + "/en/careers/rendered", Encoding.UTF8.GetString(stored["/en/careers/rendered"].Body));
    }

    [Theory, Providers]
    public async Task A_view_is_answered_from_the_stored_bytes_with_their_entity_tag(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider, new Dictionary<string, string?> { ["Site:PageCacheSeconds"] = "0" });
        await new PostingSeeder(app).PublishedAsync("en", "stored", Content("Stored"));
        await app.Service<PageRenderer>().IdleAsync();
        await using (var db = app.NewDbContext())
            await db.RenderedPages.Where(p => p.Key == "/en/careers/stored")
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Body, Encoding.UTF8.GetBytes("<p>the stored bytes</p>")).SetProperty(p => p.ETag, "\"abc\""));
        var client = app.Client();

        var response = await client.GetAsync("/en/careers/stored");
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/en/careers/stored") { Headers = { { "If-None-Match", "\"abc\"" } } };
        var notModified = await client.SendAsync(conditional);

        Assert.Equal("<p>the stored bytes</p>", await response.Content.ReadAsStringAsync());
        Assert.Equal("\"abc\"", response.Headers.ETag?.Tag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task A_change_removes_the_pages_it_makes_wrong_and_keeps_the_others()
    {
        await using var app = await PublicSite.StartAsync();
        var seed = new PostingSeeder(app);
        var renderer = app.Service<PageRenderer>();
        var changed = await seed.PublishedAsync("en", "changed", Content("Changed") with { LeverId = "lever-1" }, "pair");
        await seed.PublishedAsync("en", "untouched", Content("Untouched"), "other");
        await renderer.IdleAsync();
        await using (var db = app.NewDbContext())
            await db.RenderedPages.ExecuteUpdateAsync(s => s.SetProperty(p => p.ETag, "\"before\""));

        // The French translation changes the English page (its language toggle), and every listing; not the other posting.
        await seed.PublishedAsync("fr", "change", Content("Changé") with { LeverId = "lever-1" }, "pair");
        await renderer.IdleAsync();
        var stored = await StoredAsync(app);
        var (_, english) = await app.Client().GetHtmlAsync("/en/careers/changed");
        await renderer.IdleAsync();

        var after = await StoredAsync(app);

        Assert.Equal("\"before\"", stored["/en/careers/untouched"].ETag);
        Assert.NotEqual("\"before\"", stored.GetValueOrDefault("/en/careers/changed")?.ETag);
        Assert.NotEqual("\"before\"", stored.GetValueOrDefault("/en/careers")?.ETag);
        Assert.Equal("/fr/carrieres/change", english.QuerySelector("header nav a")!.GetAttribute("href"));
        Assert.Equal(changed, after["/en/careers/changed"].PostingId);
        Assert.Equal("pair", after["/en/careers/changed"].TranslationKey);
    }

    [Fact]
    public async Task An_open_posting_past_its_closing_time_is_rendered_again_not_answered_from_its_stored_page()
    {
        await using var app = await PublicSite.StartAsync(extra: new Dictionary<string, string?> { ["Site:PageCacheSeconds"] = "0" });
        await new PostingSeeder(app).PublishedAsync("en", "closing", Content("Closing") with { LeverId = "lever-c", ClosingAt = DateTimeOffset.UtcNow.AddDays(3) });
        await app.Service<PageRenderer>().IdleAsync();
        var stored = (await StoredAsync(app))["/en/careers/closing"];
        await using (var db = app.NewDbContext())
            await db.RenderedPages.Where(p => p.Key == "/en/careers/closing").ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Body, Encoding.UTF8.GetBytes("<p>stale</p>"))
                .SetProperty(p => p.ValidUntilMs, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds()));

        var (_, page) = await app.Client().GetHtmlAsync("/en/careers/closing");

        Assert.NotNull(stored.ValidUntilMs);
        Assert.Equal("Closing", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_page_is_stored_for_the_site_address_it_was_rendered_with()
    {
        await using var app = await TestApp.StartAsync();
        await new PostingSeeder(app).PublishedAsync("en", "hosted", Content("Hosted"));
        var first = app.CreateClient(new() { BaseAddress = new Uri("http://first.example") });
        var second = app.CreateClient(new() { BaseAddress = new Uri("http://second.example") });

        var one = await first.GetStringAsync("/en/careers/hosted");
        await app.Service<PageRenderer>().IdleAsync();
        var two = await second.GetStringAsync("/en/careers/hosted");

        Assert.Contains("http://first.example/en/careers/hosted", one);
        Assert.Contains("http://second.example/en/careers/hosted", two);
        Assert.DoesNotContain("first.example", two);
    }

    [Theory, Providers]
    public async Task A_page_rendered_before_a_removal_is_not_stored_after_it(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var store = app.Service<RenderedPageStore>();
        var generation = await store.GenerationAsync(CancellationToken.None);
        await store.RemoveAsync(PublicContentChange.All, CancellationToken.None);
        var late = new RenderedPage { Key = "/en/careers/late", BaseUrl = PublicSite.BaseUrl, ContentType = "text/html", Body = [1], ETag = "\"late\"" };
        var fresh = new RenderedPage { Key = "/en/careers/fresh", BaseUrl = PublicSite.BaseUrl, ContentType = "text/html", Body = [2], ETag = "\"fresh\"" };

        var stored = await store.SaveAsync([(late, generation), (fresh, await store.GenerationAsync(CancellationToken.None))], CancellationToken.None);

        Assert.Equal(["/en/careers/fresh"], stored.Select(p => p.Key));
        Assert.Null(await store.FindAsync("/en/careers/late", CancellationToken.None));
        Assert.NotNull(await store.FindAsync("/en/careers/fresh", CancellationToken.None));
    }

    [Fact]
    public async Task Searches_and_other_addresses_of_a_page_are_answered_but_not_stored()
    {
        await using var app = await PublicSite.StartAsync();
        var id = await new PostingSeeder(app).PublishedAsync("en", "searched", Content("Searched"));
        await app.Service<PageRenderer>().IdleAsync();
        var client = app.Client();

        var search = await client.GetAsync("/en/careers?q=searched");
        var firstPage = await client.GetAsync("/en/careers?page=1");
        var unknown = await client.GetAsync("/en/careers/no-such-posting");
        await app.Service<PageRenderer>().IdleAsync();

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        string[] expected = ["/api/v1/postings/en/searched", $"/api/v1/postings/{id}", "/en/careers", "/en/careers/searched", "/fr/carrieres"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await StoredAsync(app)).Keys.Order(StringComparer.Ordinal));
    }

    private static async Task<Dictionary<string, RenderedPage>> StoredAsync(TestApp app)
    {
        await using var db = app.NewDbContext();
        return await db.RenderedPages.AsNoTracking().ToDictionaryAsync(p => p.Key);
    }
}
