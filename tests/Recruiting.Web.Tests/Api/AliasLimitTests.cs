using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

/// <summary>Aliases are bounded in number and length: the maximum works, one more is refused with the limit named.</summary>
public sealed class AliasLimitTests
{
    private const string Postings = "/api/v1/manage/postings";

    [Theory, Providers]
    public async Task The_maximum_number_of_aliases_is_saved_and_redirects_one_more_is_refused(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var users = new ApiUsers(app);
        var publisher = await users.ClientAsync("paula", Roles.Publisher);
        var aliases = Enumerable.Range(1, PostingValidator.MaxAliases).Select(i => $"/old/jobs/{i}/").ToList();

        var created = await publisher.PostAsJsonAsync(Postings, new { language = "en", title = "Many aliases", description = "Old addresses.", aliases });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var posting = await created.ReadJsonAsync();
        var id = (string)posting["id"]!;
        Assert.True((await publisher.PostAsync($"{Postings}/{id}/publish", null)).IsSuccessStatusCode);

        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in new[] { "/old/jobs/1", $"/old/jobs/{PostingValidator.MaxAliases}/" })
        {
            var answer = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.MovedPermanently, answer.StatusCode);
            Assert.Equal("/en/careers/many-aliases", answer.Headers.Location!.OriginalString);
        }

        var version = (int)(await (await publisher.GetAsync($"{Postings}/{id}")).ReadJsonAsync())["version"]!;
        var tooMany = aliases.Append("/old/jobs/one-more").ToList();
        var problem = await (await publisher.PutAsJsonAsync($"{Postings}/{id}", new { aliases = tooMany, expectedVersion = version })).ExpectProblemAsync(422);
        var message = (string)problem["errors"]!["aliases"]![0]!;
        Assert.Contains($"at most {PostingValidator.MaxAliases} aliases", message);
        Assert.Single(problem["issues"]!.AsArray());
        Assert.Equal("too-many-aliases", (string)problem["issues"]![0]!["code"]!);

        var longAlias = "/" + new string('a', PostingValidator.MaxAliasLength);
        problem = await (await publisher.PutAsJsonAsync($"{Postings}/{id}", new { aliases = new[] { longAlias }, expectedVersion = version })).ExpectProblemAsync(422);
        Assert.Equal("alias-too-long", (string)problem["issues"]![0]!["code"]!);
        Assert.Contains($"longer than {PostingValidator.MaxAliasLength} characters", (string)problem["errors"]!["aliases"]![0]!);

        var longest = "/" + new string('b', PostingValidator.MaxAliasLength - 1);
        var saved = await publisher.PutAsJsonAsync($"{Postings}/{id}", new { aliases = new[] { longest }, expectedVersion = version });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        await using var db = app.NewDbContext();
        var paths = await db.Redirects.Where(r => r.PostingId == Guid.Parse(id)).Select(r => r.Path).ToListAsync();
        Assert.Contains(longest, paths);
        Assert.DoesNotContain("/old/jobs/one-more", paths);
    }
}
