using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

public sealed class ManagementApiTests
{
    private const string Postings = "/api/v1/manage/postings";

    [Theory, Providers]
    public async Task Authors_write_and_publishers_publish_through_the_console_workflow_with_audit(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var users = new ApiUsers(app);
        var author = await users.ClientAsync("alice", Roles.Author);
        var publisher = await users.ClientAsync("paul", Roles.Publisher);

        var created = await author.PostAsJsonAsync(Postings, new { language = "en", title = "Site Reliability Engineer", description = "Keep it up.", bodyMarkdown = "Pager *duty*." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var posting = await created.ReadJsonAsync();
        var id = (string)posting["id"]!;
        Assert.Equal("site-reliability-engineer", (string)posting["slug"]!);
        Assert.Equal("draft", (string)posting["status"]!);
        Assert.Equal($"{Postings}/{id}", created.Headers.Location!.ToString());

        var version = (int)posting["version"]!;
        var updated = await author.PutAsJsonAsync($"{Postings}/{id}", new { title = "Senior SRE", expectedVersion = version });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var afterUpdate = await updated.ReadJsonAsync();
        Assert.Equal("Senior SRE", (string)afterUpdate["draft"]!["title"]!);
        Assert.Equal("Keep it up.", (string)afterUpdate["draft"]!["description"]!);

        var stale = await (await author.PutAsJsonAsync($"{Postings}/{id}", new { title = "Lost update", expectedVersion = version })).ExpectProblemAsync(409);
        Assert.Equal(version + 1, (int)stale["currentVersion"]!);

        await (await author.PostAsJsonAsync($"{Postings}/{id}/publish", new { })).ExpectProblemAsync(403);
        var published = await publisher.PostAsync($"{Postings}/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());

        var live = await (await app.CreateClient().GetAsync($"/api/v1/postings/{id}")).ReadJsonAsync();
        Assert.Equal("Senior SRE", (string)live["title"]!);

        await using var db = app.NewDbContext();
        var audit = await db.AuditLog.OrderBy(a => a.At).Select(a => new { a.Actor, a.Action }).ToListAsync();
        Assert.Contains(audit, a => a is { Actor: "alice", Action: "posting.create" });
        Assert.Contains(audit, a => a is { Actor: "alice", Action: "posting.save" });
        Assert.Contains(audit, a => a is { Actor: "paul", Action: "posting.publish" });
        Assert.Contains(audit, a => a is { Actor: "alice", Action: "apitoken.used" });
        Assert.Contains(audit, a => a is { Actor: "alice", Action: "apitoken.created" });
    }

    [Fact]
    public async Task Invalid_postings_get_422_with_field_errors_and_nothing_is_saved()
    {
        await using var app = await TestApp.StartAsync();
        var author = await new ApiUsers(app).ClientAsync("alice", Roles.Author);

        var problem = await (await author.PostAsJsonAsync(Postings, new { language = "de", slug = "Not A Slug", title = "", description = "" })).ExpectProblemAsync(422);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["description", "language", "slug", "title"], errors.Select(e => e.Key).Order().ToList());
        Assert.Contains(problem["issues"]!.AsArray(), i => (string)i!["code"]! == "slug-format");

        var update = await (await author.PutAsJsonAsync($"{Postings}/{Guid.NewGuid()}", new { title = "x" })).ExpectProblemAsync(422);
        Assert.NotNull(update["errors"]!["expectedVersion"]);
        await (await author.PostAsync(Postings, new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"))).ExpectProblemAsync(400);

        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.Postings.CountAsync());
    }

    [Fact]
    public async Task Schedules_archives_and_unpublishes_and_refuses_what_the_state_does_not_allow()
    {
        await using var app = await TestApp.StartAsync();
        var publisher = await new ApiUsers(app).ClientAsync("paula", Roles.Publisher);
        var seed = new PostingSeeder(app);
        var draft = await seed.DraftAsync("en", "future-job", PostingSeeder.Content("Future job"));
        var open = await seed.PublishedAsync("en", "open-job", PostingSeeder.Content("Open job"));
        var other = await seed.PublishedAsync("en", "other-job", PostingSeeder.Content("Other job"));

        var at = DateTimeOffset.UtcNow.AddDays(2);
        var scheduled = await (await publisher.PostAsJsonAsync($"{Postings}/{draft}/schedule", new { publishAt = at })).ReadJsonAsync();
        Assert.Equal("scheduled", (string)scheduled["status"]!);
        await (await publisher.PostAsJsonAsync($"{Postings}/{draft}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(-1) })).ExpectProblemAsync(409);
        await (await publisher.PostAsJsonAsync($"{Postings}/{draft}/schedule", new { })).ExpectProblemAsync(422);

        Assert.Equal("archived", (string)(await (await publisher.PostAsync($"{Postings}/{open}/archive", null)).ReadJsonAsync())["status"]!);
        var refused = await (await publisher.PostAsync($"{Postings}/{draft}/archive", null)).ExpectProblemAsync(409);
        Assert.Equal("not-allowed-now", (string)refused["code"]!);

        Assert.Equal("draft", (string)(await (await publisher.PostAsJsonAsync($"{Postings}/{other}/unpublish", new { expectedVersion = 2 })).ReadJsonAsync())["status"]!);
        await (await publisher.PostAsync($"{Postings}/{Guid.NewGuid()}/publish", null)).ExpectProblemAsync(404);
        await (await publisher.PostAsync($"{Postings}/{other}/publish", new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json"))).ExpectProblemAsync(400);

        var visible = await (await app.CreateClient().GetAsync("/api/v1/postings?status=all")).ReadJsonAsync();
        Assert.Equal(["Open job"], visible.Titles());
    }
}
