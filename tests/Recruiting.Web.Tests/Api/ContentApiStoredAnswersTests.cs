using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Recruiting.Testing;
using Recruiting.Web.Public.Rendered;
using Recruiting.Web.Tests.Public;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Api;

/// <summary>One posting's content API answer is rendered on publication, stored beside its page, and sent from those bytes.</summary>
public sealed class ContentApiStoredAnswersTests
{
    private const string Front = "https://front.example.org";

    [Theory, Providers]
    public async Task One_postings_answer_is_stored_on_publication_and_sent_from_its_bytes_with_the_apis_headers(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider, new Dictionary<string, string?>
        {
            ["Site:PageCacheSeconds"] = "0", ["Api:Cors:Origins:0"] = Front, ["Api:CacheSeconds"] = "120",
        });
        var id = await new PostingSeeder(app).PublishedAsync("en", "api-stored", Content("Api stored"));
        await app.Service<PageRenderer>().IdleAsync();
        var bySlug = "/api/v1/postings/en/api-stored";
        await using (var db = app.NewDbContext())
        {
            var keys = await db.RenderedPages.Select(p => p.Key).ToListAsync();
            Assert.Contains(bySlug, keys);
            Assert.Contains($"/api/v1/postings/{id}", keys);
            await db.RenderedPages.Where(p => p.Key == bySlug)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Body, Encoding.UTF8.GetBytes("{\"stored\":true}")).SetProperty(p => p.ETag, "\"abc\""));
        }
        var client = app.Client();

        var allowed = await client.SendAsync(ApiJson.Get(bySlug, origin: Front));
        var other = await client.SendAsync(ApiJson.Get(bySlug, origin: "https://evil.example.net"));
        var notModified = await client.SendAsync(ApiJson.Get(bySlug, ifNoneMatch: "\"abc\""));

        Assert.Equal("{\"stored\":true}", await allowed.Content.ReadAsStringAsync());
        Assert.Equal("application/json; charset=utf-8", allowed.Content.Headers.ContentType?.ToString());
        Assert.Equal("\"abc\"", allowed.Headers.ETag?.Tag);
        Assert.Equal("public, max-age=120", allowed.Headers.CacheControl?.ToString());
        Assert.Equal(Front, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", allowed.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.Equal("{\"stored\":true}", await other.Content.ReadAsStringAsync());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("public, max-age=120", notModified.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_stored_answer_is_the_same_as_a_rendered_one_and_follows_its_translation()
    {
        await using var app = await PublicSite.StartAsync(extra: new Dictionary<string, string?> { ["Site:PageCacheSeconds"] = "0" });
        var seed = new PostingSeeder(app);
        var renderer = app.Service<PageRenderer>();
        var id = await seed.PublishedAsync("en", "paired", Content("Paired"), "pair");
        await renderer.IdleAsync();
        var client = app.Client();

        var stored = await client.GetStringAsync("/api/v1/postings/en/paired");
        var rendered = await client.GetStringAsync("/api/v1/postings/en/paired?fresh=1"); // a query string is never stored
        var byId = await client.GetStringAsync($"/api/v1/postings/{id}");
        await seed.PublishedAsync("fr", "apparie", Content("Apparié"), "pair");
        await renderer.IdleAsync();
        var translated = await (await client.GetAsync("/api/v1/postings/en/paired")).ReadJsonAsync();

        Assert.Equal(rendered, stored);
        Assert.Equal(rendered, byId);
        Assert.Null(System.Text.Json.Nodes.JsonNode.Parse(stored)!["translation"]);
        Assert.Equal(PublicSite.BaseUrl + "/fr/carrieres/apparie", (string?)translated["translation"]?["url"]);
    }
}
