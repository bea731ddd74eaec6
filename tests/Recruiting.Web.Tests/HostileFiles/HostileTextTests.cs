using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;

namespace Recruiting.Web.Tests.HostileFiles;

/// <summary>Hostile text through the management API, the editor's live preview and the public lists: a 422 with a message, never a 500.</summary>
public sealed class HostileTextTests
{
    private const string Postings = "/api/v1/manage/postings";

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0x000B)]
    public async Task A_title_XML_cannot_carry_gets_422_naming_the_field_even_without_a_slug(int codePoint)
    {
        // U+FFFE alone is the reported case (no slug can be made). A lone surrogate cannot be sent: JSON writers replace it
        // (the validator's own tests cover it).
        var title = codePoint == 0xFFFE ? "\uFFFE" : $"Half {(char)codePoint} a title";
        await using var app = await TestApp.StartAsync();
        var author = await new ApiUsers(app).ClientAsync("alice", Roles.Author);

        var problem = await (await author.PostAsJsonAsync(Postings, new { language = "en", title, description = "A role." })).ExpectProblemAsync(422);

        Assert.Contains("feeds and sitemaps cannot carry", problem["errors"]!["title"]![0]!.ToString());
        await using var db = app.NewDbContext();
        Assert.False(await db.Postings.AnyAsync());
    }

    [Theory, Providers]
    public async Task Over_long_fields_get_the_same_422_on_both_databases(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var author = await new ApiUsers(app).ClientAsync("alice", Roles.Author);

        var lever = await (await author.PostAsJsonAsync(Postings, new { language = "en", title = "Lever", description = "d", leverId = new string('a', 101) })).ExpectProblemAsync(422);
        var alias = await (await author.PostAsJsonAsync(Postings, new { language = "en", title = "Alias", description = "d", aliases = new[] { "/" + new string('a', 500) } })).ExpectProblemAsync(422);
        var key = await (await author.PostAsJsonAsync(Postings, new { language = "en", title = "Key", description = "d", translationKey = new string('k', 201) })).ExpectProblemAsync(422);

        Assert.Contains("longer than 100 characters", lever["errors"]!["leverId"]![0]!.ToString());
        Assert.Contains("longer than 500 characters", alias["errors"]!["aliases"]![0]!.ToString());
        Assert.Contains("longer than 200 characters", key["errors"]!["translationKey"]![0]!.ToString());
        await using var db = app.NewDbContext();
        Assert.False(await db.Postings.AnyAsync());
    }

    [Fact]
    public async Task A_body_nested_too_deep_gets_422_from_the_api_and_the_preview_instead_of_a_500()
    {
        await using var app = await TestApp.StartAsync();
        var author = await new ApiUsers(app).ClientAsync("alice", Roles.Author);
        var emphasis = new string('*', 5000) + "x" + new string('*', 5000);

        foreach (var body in new[] { emphasis, new string('>', 200) + " quote", string.Concat(Enumerable.Repeat("<div>", 1000)) })
        {
            var problem = await (await author.PostAsJsonAsync(Postings, new { language = "en", title = "Deep", description = "d", bodyMarkdown = body })).ExpectProblemAsync(422);
            Assert.Contains("Simplify that part of the body", problem["errors"]!["bodyMarkdown"]![0]!.ToString());
        }

        using var editor = await SignedInClient.CreateAsync(app, Roles.Author);
        var preview = await editor.PostFormAsync("/admin/postings/edit", new() { ["markdown"] = emphasis }, "/admin/postings/bodypreview");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.StatusCode);
        Assert.Contains("more than 100 levels deep", await preview.Content.ReadAsStringAsync());
        var fine = await editor.PostFormAsync("/admin/postings/edit", new() { ["markdown"] = "*fine*" }, "/admin/postings/bodypreview");
        Assert.Equal("<p><em>fine</em></p>\n", await fine.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stored_title_XML_cannot_carry_does_not_break_the_feed_the_index_or_the_api()
    {
        await using var app = await TestApp.StartAsync();
        var seeder = new PostingSeeder(app);
        await seeder.PublishedAsync("en", "good-one", PostingSeeder.Content("Good one"));
        var bad = await seeder.PublishedAsync("en", "bad-one", PostingSeeder.Content("Bad one"));
        await using (var db = app.NewDbContext())
        {
            // A row written before the validator refused such characters (or by hand): the pipeline cannot make one now.
            var posting = await db.Postings.SingleAsync(p => p.Id == bad);
            posting.Published = posting.Published! with { Title = "Bad\u0001one\uFFFE", Description = "Tab\u000Bbed" };
            await db.SaveChangesAsync();
        }
        var client = app.CreateClient();

        var feed = await client.GetAsync("/en/careers/feed.xml");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var titles = XDocument.Parse(await feed.Content.ReadAsStringAsync()).Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")).Select(t => t.Value).ToList();
        Assert.Contains("Good one", titles);
        Assert.Contains("Badone", titles);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/careers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sitemap.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/postings")).StatusCode);
    }
}
