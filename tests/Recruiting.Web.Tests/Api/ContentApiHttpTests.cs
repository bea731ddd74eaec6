using System.Net;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

public sealed class ContentApiHttpTests
{
    [Fact]
    public async Task Answers_304_to_a_matching_etag_and_a_fresh_body_once_content_changes()
    {
        await using var app = await TestApp.StartAsync();
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "first", PostingSeeder.Content("First"));
        var client = app.CreateClient();

        var first = await client.GetAsync("/api/v1/postings");
        var etag = first.Headers.ETag!.ToString();
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.NotNull(first.Headers.CacheControl.MaxAge);

        var again = await client.SendAsync(ApiJson.Get("/api/v1/postings", etag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        await seed.PublishedAsync("en", "second", PostingSeeder.Content("Second"));
        var changed = await client.SendAsync(ApiJson.Get("/api/v1/postings", etag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Allows_only_the_configured_cors_origins()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Api:Cors:Origins:0"] = "https://jobs.example.com" });
        var client = app.CreateClient();

        var allowed = await client.SendAsync(ApiJson.Get("/api/v1/postings", origin: "https://jobs.example.com"));
        Assert.Equal("https://jobs.example.com", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var other = await client.SendAsync(ApiJson.Get("/api/v1/postings", origin: "https://evil.example.net"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Unknown_api_routes_and_missing_postings_are_problem_json()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.CreateClient();
        await (await client.GetAsync("/api/v1/nothing-here")).ExpectProblemAsync(404);
        await (await client.GetAsync("/api/v2/postings")).ExpectProblemAsync(404);
        await (await client.GetAsync($"/api/v1/postings/{Guid.NewGuid()}")).ExpectProblemAsync(404);
        await (await client.GetAsync("/api/v1/postings/de/some-slug")).ExpectProblemAsync(404);
    }
}
