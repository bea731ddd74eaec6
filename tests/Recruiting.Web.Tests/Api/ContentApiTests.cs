using System.Net;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

public sealed class ContentApiTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Site:BaseUrl"] = "https://careers.example.org" };

    [Theory, Providers]
    public async Task Lists_published_postings_with_their_published_content_and_translation(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, Settings);
        var seed = new PostingSeeder(app);
        var en = await seed.PublishedAsync("en", "data-engineer", PostingSeeder.Content("Data Engineer", "## Role\n\nBuild *pipelines*."), "data-job");
        var fr = await seed.PublishedAsync("fr", "ingenieur-donnees", PostingSeeder.Content("Ingénieur de données"), "data-job");
        await seed.SaveDraftAsync(en, "en", "data-engineer", PostingSeeder.Content("Draft title nobody may see"));
        var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/postings?lang=en&fields=bodyMarkdown,bodyHtml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync();
        Assert.Equal(1, (int)page["totalCount"]!);
        var item = page["items"]![0]!;
        Assert.Equal(en.ToString(), (string)item["id"]!);
        Assert.Equal("Data Engineer", (string)item["title"]!);
        Assert.Equal("open", (string)item["status"]!);
        Assert.Equal("## Role\n\nBuild *pipelines*.", (string)item["bodyMarkdown"]!);
        Assert.Contains("<em>pipelines</em>", (string)item["bodyHtml"]!);
        Assert.Equal("https://careers.example.org/en/careers/data-engineer", (string)item["url"]!);
        Assert.Equal(fr.ToString(), (string)item["translation"]!["id"]!);
        Assert.Equal("https://careers.example.org/fr/carrieres/ingenieur-donnees", (string)item["translation"]!["url"]!);

        var bySlug = await (await client.GetAsync("/api/v1/postings/fr/ingenieur-donnees")).ReadJsonAsync();
        Assert.Equal("Ingénieur de données", (string)bySlug["title"]!);
        Assert.Equal(en.ToString(), (string)bySlug["translation"]!["id"]!);
        var byId = await (await client.GetAsync($"/api/v1/postings/{en}")).ReadJsonAsync();
        Assert.Equal("data-engineer", (string)byId["slug"]!);
    }

    [Theory, Providers]
    public async Task Never_serves_drafts_scheduled_unpublished_in_review_or_trashed_postings(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, Settings);
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "visible-open", PostingSeeder.Content("Visible open hidden-word"));
        await seed.ArchivedAsync("en", "visible-archived", PostingSeeder.Content("Visible archived hidden-word"));
        var hidden = new Dictionary<string, Guid>
        {
            ["draft"] = await seed.DraftAsync("en", "a-draft", PostingSeeder.Content("Secret hidden-word draft")),
            ["scheduled"] = await seed.ScheduledAsync("en", "a-scheduled", PostingSeeder.Content("Secret hidden-word scheduled")),
            ["review"] = await seed.InReviewAsync("en", "a-review", PostingSeeder.Content("Secret hidden-word review")),
            ["unpublished"] = await seed.UnpublishedAsync("en", "an-unpublished", PostingSeeder.Content("Secret hidden-word unpublished")),
            ["trashed"] = await seed.TrashedAsync("en", "a-trashed", PostingSeeder.Content("Secret hidden-word trashed")),
        };
        var client = app.CreateClient();

        foreach (var query in new[] { "", "?status=all", "?status=archived", "?status=open", "?q=hidden-word&status=all",
                     "?q=secret&status=all", "?lang=en&status=all", "?updatedSince=2000-01-01T00:00:00Z&status=all", "?pageSize=100&status=all" })
        {
            var page = await (await client.GetAsync("/api/v1/postings" + query)).ReadJsonAsync();
            Assert.All(page.Titles(), t => Assert.StartsWith("Visible", t));
        }
        Assert.Equal(["Visible archived hidden-word", "Visible open hidden-word"],
            (await (await client.GetAsync("/api/v1/postings?status=all")).ReadJsonAsync()).Titles());
        foreach (var (state, id) in hidden)
        {
            await (await client.GetAsync($"/api/v1/postings/{id}")).ExpectProblemAsync(404);
            var slug = state switch { "draft" => "a-draft", "scheduled" => "a-scheduled", "review" => "a-review", "unpublished" => "an-unpublished", _ => "a-trashed" };
            await (await client.GetAsync($"/api/v1/postings/en/{slug}")).ExpectProblemAsync(404);
        }
    }
}
