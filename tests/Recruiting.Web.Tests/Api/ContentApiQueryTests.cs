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
    [InlineData("fields=title", "fields")]
    [InlineData("fields=bodyHtml,1", "fields")]
    public async Task Invalid_query_values_get_a_400_problem_saying_what_to_send(string query, string field)
    {
        await using var app = await TestApp.StartAsync();
        var problem = await (await app.CreateClient().GetAsync("/api/v1/postings?" + query)).ExpectProblemAsync(400);
        var message = (string)problem["errors"]![field]![0]!;
        Assert.Contains("send", message);
    }

    [Fact]
    public async Task A_list_leaves_the_bodies_out_unless_fields_asks_for_them_and_one_posting_has_them_always()
    {
        await using var app = await TestApp.StartAsync();
        var id = await new PostingSeeder(app).PublishedAsync("en", "weighty", PostingSeeder.Content("Weighty", "A *long* body."));
        var client = app.CreateClient();

        var bare = (await (await client.GetAsync("/api/v1/postings")).ReadJsonAsync())["items"]![0]!.AsObject();
        var html = (await (await client.GetAsync("/api/v1/postings?fields=bodyHtml")).ReadJsonAsync())["items"]![0]!.AsObject();
        var both = (await (await client.GetAsync("/api/v1/postings?fields=BodyMarkdown,%20bodyHtml")).ReadJsonAsync())["items"]![0]!.AsObject();
        var one = (await (await client.GetAsync($"/api/v1/postings/{id}")).ReadJsonAsync()).AsObject();

        Assert.Equal("Weighty", (string)bare["title"]!);
        Assert.False(bare.ContainsKey("bodyMarkdown") || bare.ContainsKey("bodyHtml"));
        Assert.Equal((false, "<p>A <em>long</em> body.</p>"), (html.ContainsKey("bodyMarkdown"), ((string)html["bodyHtml"]!).Trim()));
        Assert.Equal("A *long* body.", (string)both["bodyMarkdown"]!);
        Assert.True(both.ContainsKey("bodyHtml"));
        Assert.Equal("A *long* body.", (string)one["bodyMarkdown"]!);
        Assert.True(one.ContainsKey("bodyHtml"));
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
