using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

/// <summary>
/// An author's "save draft" never moves the live posting: its slug, language, translation key and aliases reach the
/// public (pages, index, feed, sitemap, API, redirects) only on publication, now or scheduled.
/// </summary>
public sealed class PublishedAddressTests
{
    private const string Manage = "/api/v1/manage/postings";

    [Theory, Providers]
    public async Task A_saved_draft_changes_nothing_public_and_its_publication_moves_the_posting(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        var users = new ApiUsers(app);
        var author = await users.ClientAsync("alice", Roles.Author);
        var publisher = await users.ClientAsync("paula", Roles.Publisher);
        var renamed = await seed.PublishedAsync("en", "backend", Content("Backend developer") with { Aliases = ["/old/backend/"] }, "backend");
        var moved = await seed.PublishedAsync("en", "designer", Content("Designer"), "designer");
        await seed.PublishedAsync("fr", "developpeur-backend", Content("Développeur backend"), "backend");
        var neverPublished = await seed.DraftAsync("en", "draft-only", Content("Draft only"));

        await SaveAsync(author, renamed, new { slug = "platform-engineer", translationKey = "platform", aliases = new[] { "/old/backend/", "/old/platform/" } });
        await SaveAsync(author, moved, new { language = "fr", slug = "designer" });
        await SaveAsync(author, neverPublished, new { aliases = new[] { "/old/draft-only/" } });

        var site = app.Client();
        await AssertPublicAsync(site, live: ["/en/careers/backend", "/en/careers/designer"], gone: ["/en/careers/platform-engineer", "/fr/carrieres/designer"]);
        await AssertRedirectAsync(site, "/old/backend/", "/en/careers/backend");
        foreach (var unpublished in new[] { "/old/platform/", "/old/draft-only/" })
            Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync(unpublished)).StatusCode);
        var toggle = await (await site.GetAsync("/fr/carrieres/developpeur-backend")).Content.ReadAsStringAsync();
        Assert.Contains("/en/careers/backend", toggle);
        var api = await (await site.GetAsync($"/api/v1/postings/{renamed}")).ReadJsonAsync();
        Assert.Equal("backend", (string)api["slug"]!);
        Assert.Equal("https://careers.example.org/fr/carrieres/developpeur-backend", (string)api["translation"]!["url"]!);
        Assert.Equal("en", (string)(await (await site.GetAsync($"/api/v1/postings/{moved}")).ReadJsonAsync())["language"]!);

        // The old address stays the posting's while it is public: nobody else can take it meanwhile.
        var taken = await author.PostAsJsonAsync(Manage, new { language = "en", slug = "backend", title = "Impostor", description = "Takes the slug." });
        Assert.Equal("slug-taken", (string)(await taken.ExpectProblemAsync(422))["issues"]![0]!["code"]!);

        Assert.True((await publisher.PostAsync($"{Manage}/{renamed}/publish", null)).IsSuccessStatusCode);
        await ScheduleAndRunAsync(app, publisher, moved);

        await AssertPublicAsync(site, live: ["/en/careers/platform-engineer", "/fr/carrieres/designer"], gone: []);
        await AssertRedirectAsync(site, "/en/careers/backend", "/en/careers/platform-engineer");
        await AssertRedirectAsync(site, "/old/backend/", "/en/careers/platform-engineer");
        await AssertRedirectAsync(site, "/old/platform/", "/en/careers/platform-engineer");
        await AssertRedirectAsync(site, "/en/careers/designer", "/fr/carrieres/designer");
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync("/old/draft-only/")).StatusCode);
        var lists = await ListsAsync(site);
        Assert.False(Mentions(lists, "/en/careers/backend"));
        Assert.False(Mentions(lists, "/en/careers/designer"));
        toggle = await (await site.GetAsync("/fr/carrieres/developpeur-backend")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("/en/careers/platform-engineer", toggle);
        api = await (await site.GetAsync($"/api/v1/postings/{renamed}")).ReadJsonAsync();
        Assert.Equal("platform-engineer", (string)api["slug"]!);
        Assert.Null(api["translation"]);
        Assert.Equal("fr", (string)(await (await site.GetAsync($"/api/v1/postings/{moved}")).ReadJsonAsync())["language"]!);
    }

    /// <summary>Each live page answers 200 and is listed by the index of its language, the feed, the sitemap and the API; each gone one is in none.</summary>
    private static async Task AssertPublicAsync(HttpClient site, string[] live, string[] gone)
    {
        var lists = await ListsAsync(site);
        foreach (var path in live)
        {
            Assert.True((await site.GetAsync(path)).StatusCode == HttpStatusCode.OK, path);
            Assert.True(Mentions(lists, path), path + " is not listed");
        }
        foreach (var path in gone)
        {
            Assert.True((await site.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, path);
            Assert.False(Mentions(lists, path), path + " is listed");
        }
    }

    /// <summary>The careers indexes, feeds, sitemap and the API's list, as one text to search for addresses.</summary>
    private static async Task<string> ListsAsync(HttpClient site)
    {
        var texts = new List<string>();
        foreach (var path in new[] { "/en/careers", "/fr/carrieres", "/en/careers/feed.xml", "/fr/carrieres/feed.xml", "/sitemap.xml", "/api/v1/postings?pageSize=100" })
        {
            var response = await site.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, path);
            texts.Add(await response.Content.ReadAsStringAsync());
        }
        return string.Join("\n", texts).Replace(PublicSite.BaseUrl, "");
    }

    private static bool Mentions(string lists, string path) => Regex.IsMatch(lists, Regex.Escape(path) + "(?![a-z0-9-])");

    private static async Task AssertRedirectAsync(HttpClient site, string from, string to)
    {
        var response = await site.GetAsync(from);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{from} answered {(int)response.StatusCode}");
        Assert.Equal(to, response.Headers.Location!.OriginalString);
    }

    private static async Task SaveAsync(HttpClient author, Guid id, object fields)
    {
        var current = await (await author.GetAsync($"{Manage}/{id}")).ReadJsonAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(fields)!.AsObject();
        body["expectedVersion"] = (int)current["version"]!;
        var saved = await author.PutAsJsonAsync($"{Manage}/{id}", body);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    /// <summary>Schedules the publication, makes it due, and runs the scheduler once, as its background service does.</summary>
    private static async Task ScheduleAndRunAsync(TestApp app, HttpClient publisher, Guid id)
    {
        var scheduled = await publisher.PostAsJsonAsync($"{Manage}/{id}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(1) });
        Assert.True(scheduled.IsSuccessStatusCode, await scheduled.Content.ReadAsStringAsync());
        await using (var db = app.NewDbContext())
            await db.Postings.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ScheduledPublishAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PostingWorkflow>().RunScheduleAsync() >= 1);
    }
}
