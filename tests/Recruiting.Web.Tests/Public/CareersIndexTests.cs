using Recruiting.Core.Content;
using Recruiting.Web.Tests.Api;
using Recruiting.Testing;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

public sealed class CareersIndexTests
{
    [Theory, Providers]
    public async Task Index_lists_only_open_postings_of_its_language(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "open-job", Content("Open job"));
        await seed.PublishedAsync("fr", "poste-ouvert", Content("Poste ouvert"));
        await seed.DraftAsync("en", "draft-job", Content("Draft job"));
        await seed.InReviewAsync("en", "review-job", Content("Review job"));
        await seed.ScheduledAsync("en", "scheduled-job", Content("Scheduled job"));
        await seed.UnpublishedAsync("en", "unpublished-job", Content("Unpublished job"));
        await seed.TrashedAsync("en", "trashed-job", Content("Trashed job"));
        await seed.ArchivedAsync("en", "archived-job", Content("Archived job"));

        var (response, html) = await app.Client().GetHtmlAsync("/en/careers");

        Assert.Equal(200, (int)response.StatusCode);
        var links = html.QuerySelectorAll("ul.postings a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Open job", "/en/careers/open-job")], links);
        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        Assert.Single(html.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task French_index_is_in_french_and_says_when_nothing_is_open()
    {
        await using var app = await PublicSite.StartAsync();
        await new PostingSeeder(app).PublishedAsync("en", "open-job", Content("Open job"));

        var (response, html) = await app.Client().GetHtmlAsync("/fr/carrieres");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("fr", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Carrières", html.QuerySelector("h1")!.TextContent);
        Assert.Contains("Aucun poste n’est ouvert", html.QuerySelector("main")!.TextContent);
        Assert.Empty(html.QuerySelectorAll("ul.postings li"));
        var toggle = html.QuerySelector("header nav a")!;
        Assert.Equal(("/en/careers", "en"), (toggle.GetAttribute("href"), toggle.GetAttribute("lang")));
    }

    [Fact]
    public async Task Index_is_paginated_newest_first()
    {
        await using var app = await PublicSite.StartAsync(extra: new Dictionary<string, string?> { ["Site:PageSize"] = "2" });
        var seed = new PostingSeeder(app);
        foreach (var n in new[] { 1, 2, 3 }) await seed.PublishedAsync("en", $"job-{n}", Content($"Job {n}"));
        var client = app.Client();

        var (_, first) = await client.GetHtmlAsync("/en/careers");
        var (_, second) = await client.GetHtmlAsync("/en/careers?page=2");
        var (beyond, _) = await client.GetHtmlAsync("/en/careers?page=3");

        Assert.Equal(["Job 3", "Job 2"], first.QuerySelectorAll("ul.postings a").Select(a => a.TextContent));
        Assert.Equal(["Job 1"], second.QuerySelectorAll("ul.postings a").Select(a => a.TextContent));
        Assert.Equal("/en/careers?page=2", first.QuerySelector("a[rel='next']")!.GetAttribute("href"));
        Assert.Equal("/en/careers", second.QuerySelector("a[rel='prev']")!.GetAttribute("href"));
        Assert.Equal(404, (int)beyond.StatusCode);
    }

    [Fact]
    public async Task Index_shows_the_editable_introduction_of_its_language()
    {
        await using var app = await PublicSite.StartAsync();
        await using (var db = app.NewDbContext())
        {
            db.Pages.Add(new ContentPage
            {
                PageType = PageTypes.CareersIndex.Id, Language = "fr", Title = "Travailler chez Acme",
                BodyMarkdown = "Nous **recrutons**.", UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = "test",
            });
            await db.SaveChangesAsync();
        }
        var client = app.Client();

        var (_, fr) = await client.GetHtmlAsync("/fr/carrieres");
        var (_, en) = await client.GetHtmlAsync("/en/careers");

        Assert.Equal("Travailler chez Acme", fr.QuerySelector("h1")!.TextContent);
        Assert.Equal("recrutons", fr.QuerySelector(".intro strong")!.TextContent);
        Assert.Equal("Careers", en.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("fr-CA,fr;q=0.9,en;q=0.5", "/fr/carrieres")]
    [InlineData("en-US,en;q=0.9", "/en/careers")]
    [InlineData("de-DE", "/en/careers")]
    [InlineData(null, "/en/careers")]
    public async Task Home_redirects_to_the_index_in_the_browser_language(string? acceptLanguage, string expected)
    {
        await using var app = await PublicSite.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);

        var response = await app.Client().SendAsync(request);

        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
