using System.Net;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Api;

public sealed class ContentApiQueryTests
{
    [Theory]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("status=draft", "status")]
    [InlineData("status=3", "status")]
    [InlineData("lang=de", "lang")]
    [InlineData("updatedSince=yesterday", "updatedSince")]
    public async Task Invalid_query_values_get_a_400_problem_saying_what_to_send(string query, string field)
    {
        await using var app = await TestApp.StartAsync();
        var problem = await (await app.CreateClient().GetAsync("/api/v1/postings?" + query)).ExpectProblemAsync(400);
        var message = (string)problem["errors"]![field]![0]!;
        Assert.Contains("send", message);
    }

    [Fact]
    public async Task Searches_published_title_description_and_body_but_not_json_keys_or_drafts()
    {
        await using var app = await TestApp.StartAsync();
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "in-title", PostingSeeder.Content("Kubernetes Wrangler"));
        await seed.PublishedAsync("en", "in-description", PostingSeeder.Content("Ops", description: "You will love kubernetes."));
        await seed.PublishedAsync("fr", "in-body", PostingSeeder.Content("Opérateur", "Nous utilisons KUBERNETES et le café."));
        var edited = await seed.PublishedAsync("en", "in-draft", PostingSeeder.Content("Plain job"));
        await seed.SaveDraftAsync(edited, "en", "in-draft", PostingSeeder.Content("Kubernetes draft only"));
        var client = app.CreateClient();

        Assert.Equal(["Kubernetes Wrangler", "Ops", "Opérateur"], (await (await client.GetAsync("/api/v1/postings?q=kubernetes")).ReadJsonAsync()).Titles());
        Assert.Equal(["Opérateur"], (await (await client.GetAsync("/api/v1/postings?q=caf%C3%A9")).ReadJsonAsync()).Titles());
        Assert.Empty((await (await client.GetAsync("/api/v1/postings?q=BodyMarkdown")).ReadJsonAsync()).Titles());
        Assert.Empty((await (await client.GetAsync("/api/v1/postings?q=%25")).ReadJsonAsync()).Titles());
    }

    [Fact]
    public async Task Filters_by_language_status_and_update_time_and_pages_through_results()
    {
        await using var app = await TestApp.StartAsync();
        var seed = new PostingSeeder(app);
        for (var i = 1; i <= 5; i++) await seed.PublishedAsync("en", $"job-{i}", PostingSeeder.Content($"Job {i}"));
        await seed.PublishedAsync("fr", "poste", PostingSeeder.Content("Poste"));
        await seed.ArchivedAsync("en", "old-job", PostingSeeder.Content("Old job"));
        var cutoff = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        await seed.PublishedAsync("en", "new-job", PostingSeeder.Content("New job"));
        var client = app.CreateClient();

        Assert.Equal(["Poste"], (await (await client.GetAsync("/api/v1/postings?lang=fr")).ReadJsonAsync()).Titles());
        Assert.Equal(["Old job"], (await (await client.GetAsync("/api/v1/postings?status=archived")).ReadJsonAsync()).Titles());
        Assert.Equal(8, (int)(await (await client.GetAsync("/api/v1/postings?status=all")).ReadJsonAsync())["totalCount"]!);
        Assert.Equal(["New job"], (await (await client.GetAsync($"/api/v1/postings?updatedSince={Uri.EscapeDataString(cutoff.ToString("O"))}")).ReadJsonAsync()).Titles());

        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var json = await (await client.GetAsync($"/api/v1/postings?lang=en&pageSize=3&page={page}")).ReadJsonAsync();
            Assert.Equal(6, (int)json["totalCount"]!);
            Assert.Equal(2, (int)json["totalPages"]!);
            seen.AddRange(json.Titles());
        }
        Assert.Equal(["Job 1", "Job 2", "Job 3", "Job 4", "Job 5", "New job"], seen.Order().ToList());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/postings?page=99")).StatusCode);
    }
}
