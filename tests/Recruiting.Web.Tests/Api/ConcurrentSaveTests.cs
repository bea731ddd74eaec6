using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

/// <summary>
/// Saves racing on one posting: the version check decides, so a loser gets 409 (never a 500) and no accepted
/// save is lost. Real concurrency through HTTP, on both databases.
/// </summary>
public sealed class ConcurrentSaveTests
{
    private const string Postings = "/api/v1/manage/postings";

    [Theory, Providers]
    public async Task Two_saves_with_the_same_expected_version_give_one_200_and_one_409(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var users = new ApiUsers(app);
        var alice = await users.ClientAsync("alice", Roles.Author);
        var bob = await users.ClientAsync("bob", Roles.Author);
        var id = await CreateAsync(alice);

        const int pairs = 50;
        var winners = new List<string>();
        for (var i = 0; i < pairs; i++)
        {
            var version = await VersionAsync(alice, id);
            var titles = new[] { $"Alice {i}", $"Bob {i}" };
            var answers = await Task.WhenAll(
                Task.Run(() => alice.PutAsJsonAsync($"{Postings}/{id}", new { title = titles[0], expectedVersion = version })),
                Task.Run(() => bob.PutAsJsonAsync($"{Postings}/{id}", new { title = titles[1], expectedVersion = version })));
            var statuses = answers.Select(a => (int)a.StatusCode).Order().ToList();
            Assert.True(statuses is [200, 409], $"pair {i}: {string.Join(", ", statuses)}: {await answers.First(a => a.StatusCode != HttpStatusCode.OK).Content.ReadAsStringAsync()}");
            var loser = await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ExpectProblemAsync(409);
            Assert.Equal(version + 1, (int)loser["currentVersion"]!);
            winners.Add(titles[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK)]);
        }

        await using var db = app.NewDbContext();
        var posting = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Equal(1 + pairs, posting.Version);
        Assert.Equal(winners[^1], posting.Draft.Title);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.PostingId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 1 + pairs), revisions.Select(r => r.Number));
        Assert.Equal(winners, revisions.Skip(1).Select(r => r.Content.Title));
    }

    [Theory, Providers]
    public async Task Many_writers_on_one_posting_get_200_or_409_and_lose_no_update(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var users = new ApiUsers(app);
        var publisher = await users.ClientAsync("paula", Roles.Publisher);
        var id = await CreateAsync(publisher);

        const int writers = 8;
        var until = Stopwatch.StartNew();
        var accepted = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; until.Elapsed < TimeSpan.FromSeconds(3); i++)
            {
                var version = await VersionAsync(publisher, id);
                var title = $"Writer {w} save {i}";
                // Every fourth request publishes, so saves also race the publication path.
                var answer = i % 4 == 3
                    ? await publisher.PostAsJsonAsync($"{Postings}/{id}/publish", new { expectedVersion = version })
                    : await publisher.PutAsJsonAsync($"{Postings}/{id}", new { title, expectedVersion = version });
                statuses.AddOrUpdate((int)answer.StatusCode, 1, (_, n) => n + 1);
                if (answer.StatusCode == HttpStatusCode.OK && i % 4 != 3) accepted.Add(title);
                else if (answer.StatusCode != HttpStatusCode.OK)
                    await answer.ExpectProblemAsync(409);
            }
        })));

        var summary = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        Assert.True(statuses.Keys.All(s => s is 200 or 409), summary);
        Assert.True(statuses.GetValueOrDefault(409) > 0, "the writers never raced: " + summary);

        await using var db = app.NewDbContext();
        var posting = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Equal(1 + statuses[200], posting.Version);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.PostingId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 1 + statuses[200]), revisions.Select(r => r.Number));
        var saved = revisions.Where(r => r.Action == "save").Select(r => r.Content.Title).ToHashSet();
        Assert.True(accepted.All(saved.Contains), "an accepted save has no revision");
        Assert.Equal(accepted.Count, saved.Count);
    }

    [Theory, Providers]
    public async Task Postings_created_at_once_with_one_slug_give_one_201_and_the_others_a_clear_409_or_422(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var users = new ApiUsers(app);
        var author = await users.ClientAsync("alice", Roles.Author);

        const int rounds = 10, writers = 6;
        var statuses = new ConcurrentDictionary<int, int>();
        for (var round = 0; round < rounds; round++)
        {
            var slug = $"same-slug-{round}";
            var answers = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() =>
                author.PostAsJsonAsync(Postings, new { language = "en", slug, title = "Race", description = "Six authors at once." }))));
            foreach (var answer in answers)
            {
                statuses.AddOrUpdate((int)answer.StatusCode, 1, (_, n) => n + 1);
                if (answer.StatusCode == HttpStatusCode.Created) continue;
                // Checked before writing (422), or taken between the check and the write (409): the slug is named either way.
                var problem = await answer.ExpectProblemAsync(answer.StatusCode == HttpStatusCode.Conflict ? 409 : 422);
                Assert.Contains($"'{slug}'", (string)problem["errors"]!["slug"]![0]!);
            }
            Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        }
        var summary = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        Assert.True(statuses.Keys.All(s => s is 201 or 409 or 422), summary);
        await using var db = app.NewDbContext();
        Assert.Equal(rounds, await db.Postings.CountAsync());
    }

    private static async Task<Guid> CreateAsync(HttpClient client)
    {
        var created = await client.PostAsJsonAsync(Postings, new { language = "en", title = "Race", description = "Two editors at once." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return Guid.Parse((string)(await created.ReadJsonAsync())["id"]!);
    }

    private static async Task<int> VersionAsync(HttpClient client, Guid id) =>
        (int)(await (await client.GetAsync($"{Postings}/{id}")).ReadJsonAsync())["version"]!;
}
