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
    public async Task Each_list_query_is_answered_from_the_server_cache_after_its_first_time_until_content_changes()
    {
        await using var app = await TestApp.StartAsync();
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "first", PostingSeeder.Content("First"));
        var client = app.CreateClient();

        var first = await client.GetAsync("/api/v1/postings?lang=en");
        var again = await client.GetAsync("/api/v1/postings?lang=en");
        var otherQuery = await client.GetAsync("/api/v1/postings?lang=en&pageSize=5");
        await seed.PublishedAsync("en", "second", PostingSeeder.Content("Second"));
        var changed = await client.GetAsync("/api/v1/postings?lang=en");

        // Output caching marks an answer served from its store with an Age header.
        Assert.Equal((false, true, false), (first.Headers.Age.HasValue, again.Headers.Age.HasValue, otherQuery.Headers.Age.HasValue));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.False(changed.Headers.Age.HasValue);
        Assert.Equal(["First", "Second"], (await changed.ReadJsonAsync()).Titles().Order());
    }

    [Fact]
    public async Task Allows_only_the_configured_cors_origins()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Api:Cors:Origins:0"] = "https://jobs.example.com" });
        var client = app.CreateClient();

        var allowed = await client.SendAsync(ApiJson.Get("/api/v1/postings", origin: "https://jobs.example.com"));
        Assert.Equal("https://jobs.example.com", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        // The same answer comes from the server's cache now: the allowed origin's header must not come with it.
        var other = await client.SendAsync(ApiJson.Get("/api/v1/postings", origin: "https://evil.example.net"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        var allowedAgain = await client.SendAsync(ApiJson.Get("/api/v1/postings", origin: "https://jobs.example.com"));
        Assert.Equal("https://jobs.example.com", allowedAgain.Headers.GetValues("Access-Control-Allow-Origin").Single());
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
