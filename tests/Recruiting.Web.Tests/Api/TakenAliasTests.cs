using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Identity;
using Recruiting.Legacy.Import;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

/// <summary>
/// An alias another posting already redirects stays with that posting, and whoever saves is told the same thing:
/// the management API (the console's save pipeline) and the importer give one code and one message.
/// </summary>
public sealed class TakenAliasTests
{
    private const string Postings = "/api/v1/manage/postings";

    [Theory, Providers]
    public async Task An_alias_held_by_another_posting_is_left_to_it_with_one_message_in_the_api_and_the_importer(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var publisher = await new ApiUsers(app).ClientAsync("paula", Roles.Publisher);
        var first = await publisher.PostAsJsonAsync(Postings, new { language = "en", title = "Data engineer", description = "Pipelines.", aliases = new[] { "/jobs/data" } });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var holder = (string)(await first.ReadJsonAsync())["id"]!;

        var second = await publisher.PostAsJsonAsync(Postings, new { language = "en", title = "Data analyst", description = "Reports.", aliases = new[] { "/jobs/data", "/jobs/analyst" } });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var json = await second.ReadJsonAsync();
        var warning = Assert.Single(json["warnings"]!.AsArray(), w => (string)w!["code"]! == "redirect-taken")!;
        Assert.Equal("aliases", (string)warning["field"]!);
        Assert.Equal("The old path '/jobs/data' already redirects to the posting 'en/data-engineer'; it was left there.", (string)warning["message"]!);

        await using (var db = app.NewDbContext())
        {
            Assert.Equal(Guid.Parse(holder), await db.Redirects.Where(r => r.Path == "/jobs/data").Select(r => r.PostingId).SingleAsync());
            Assert.Equal(Guid.Parse((string)json["id"]!), await db.Redirects.Where(r => r.Path == "/jobs/analyst").Select(r => r.PostingId).SingleAsync());
        }

        var file = "---\ntitle: Data scientist\ndescription: Models.\ntranslationKey: data-scientist\naliases: [/jobs/data]\n---\nBody.\n";
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<LegacyImporter>()
            .ImportAsync([new ImportSource("content/en/careers/positions/data-scientist.md", file)], new ImportOptions(ActorName: "test"));
        var imported = Assert.Single(report.Files);
        Assert.Equal(FileOutcome.Created, imported.Outcome);
        var ambiguity = Assert.Single(imported.Ambiguities, a => a.Code == "redirect-taken");
        Assert.StartsWith("The old path '/jobs/data' already redirects to the posting 'en/data-engineer", ambiguity.Message);
        Assert.EndsWith("; it was left there.", ambiguity.Message);
    }
}
