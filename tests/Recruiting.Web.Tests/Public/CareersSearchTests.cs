using AngleSharp.Dom;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

/// <summary>The careers index's search and filters, through HTTP, on both databases.</summary>
public sealed class CareersSearchTests
{
    private static readonly JobLocation Montreal = new("Montréal", "QC", "Canada");
    private static readonly JobLocation Toronto = new("Toronto", "ON", "Canada");

    private static async Task SeedAsync(TestApp app)
    {
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "developer", Content("Développeur back-end", description: "Build our APIs in Montréal.") with
        {
            Locations = [Montreal], EmploymentType = "full-time", Department = "Engineering",
        });
        await seed.PublishedAsync("en", "analyst", Content("Data analyst", description: "Numbers and the Œuvre of dashboards.") with
        {
            Locations = [Toronto, Montreal], EmploymentType = EmploymentTypes.Contractor, Department = "Finance",
        });
        await seed.PublishedAsync("en", "support", Content("Support agent", description: "Help our customers from home.") with
        {
            Remote = true, RemoteCountry = "Canada", EmploymentType = EmploymentTypes.PartTime, Department = "Customer care",
        });
        await seed.DraftAsync("en", "draft", Content("Développeur draft") with { Locations = [new("Vancouver", "BC", "Canada")], Department = "Secret team" });
        await seed.ArchivedAsync("en", "archived", Content("Développeur archivé") with { Locations = [new("Halifax", "NS", "Canada")] });
        await seed.PublishedAsync("fr", "developpeur", Content("Développeur", description: "À Québec.") with { Locations = [new("Québec", "QC", "Canada")] });
    }

    private static List<string> Titles(IDocument html) => html.QuerySelectorAll("ul.postings .card-title a").Select(a => a.TextContent).ToList();

    [Theory, Providers]
    public async Task Search_ignores_accents_and_case_and_needs_every_word(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        await SeedAsync(app);
        var client = app.Client();

        async Task<List<string>> Search(string q) => Titles((await client.GetHtmlAsync("/en/careers?q=" + Uri.EscapeDataString(q))).Html);

        Assert.Equal(["Développeur back-end"], await Search("developpeur"));
        Assert.Equal(["Développeur back-end"], await Search("DÉVELOPPEUR"));
        Assert.Equal(["Data analyst", "Développeur back-end"], (await Search("Montreal")).Order());
        Assert.Equal(["Data analyst"], await Search("oeuvre"));
        Assert.Equal(["Développeur back-end"], await Search("  developpeur   montréal "));
        Assert.Empty(await Search("developpeur toronto"));
        // Only published, open postings of the page's language: not the draft, the archived one or the French one.
        Assert.Equal(["Développeur back-end"], await Search("Développeur"));
        Assert.Equal(["Développeur"], Titles((await client.GetHtmlAsync("/fr/carrieres?q=developpeur+quebec")).Html));
        // Body text is not searched: only title and description.
        Assert.Empty(await Search("body text"));
    }

    [Theory, Providers]
    public async Task Filters_offer_the_values_of_open_postings_and_narrow_the_list(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        await SeedAsync(app);
        var client = app.Client();

        var (_, index) = await client.GetHtmlAsync("/en/careers");
        List<string> Options(string id) => index.QuerySelectorAll($"#{id} option").Skip(1).Select(o => o.GetAttribute("value")!).ToList();
        Assert.Equal(["Montréal, QC, Canada", "Toronto, ON, Canada"], Options("search-location"));
        Assert.Equal([EmploymentTypes.FullTime, EmploymentTypes.PartTime, EmploymentTypes.Contractor], Options("search-type"));
        Assert.Equal(["Customer care", "Engineering", "Finance"], Options("search-department"));
        Assert.Equal("Full-time", index.QuerySelector($"#search-type option[value='{EmploymentTypes.FullTime}']")!.TextContent);
        Assert.NotNull(index.QuerySelector("#search-remote"));
        Assert.Equal(3, index.QuerySelectorAll("ul.postings li.card").Length);

        async Task<List<string>> Filter(string query) => Titles((await client.GetHtmlAsync("/en/careers?" + query)).Html);
        Assert.Equal(["Data analyst", "Développeur back-end"], (await Filter("location=" + Uri.EscapeDataString("Montréal, QC, Canada"))).Order());
        Assert.Equal(["Data analyst"], await Filter("location=" + Uri.EscapeDataString("Toronto, ON, Canada")));
        Assert.Equal(["Support agent"], await Filter("remote=true"));
        Assert.Equal(["Data analyst"], await Filter("type=CONTRACTOR"));
        Assert.Equal(["Développeur back-end"], await Filter("department=Engineering"));
        Assert.Equal(["Développeur back-end"], await Filter("type=FULL_TIME&location=" + Uri.EscapeDataString("Montréal, QC, Canada") + "&q=api"));
        Assert.Empty(await Filter("department=Finance&remote=true"));
        // A draft's location is neither offered nor found.
        Assert.Empty(await Filter("location=" + Uri.EscapeDataString("Vancouver, BC, Canada")));

        var (_, french) = await client.GetHtmlAsync("/fr/carrieres");
        Assert.Equal(["Québec, QC, Canada"], french.QuerySelectorAll("#search-location option").Skip(1).Select(o => o.GetAttribute("value")));
        Assert.Null(french.QuerySelector("#search-remote"));
    }

    [Fact]
    public async Task Results_say_how_many_match_and_keep_the_form_filled_in_both_languages()
    {
        await using var app = await PublicSite.StartAsync();
        await SeedAsync(app);
        var client = app.Client();

        var (_, en) = await client.GetHtmlAsync("/en/careers?q=montreal&department=Finance");
        var (_, none) = await client.GetHtmlAsync("/en/careers?q=astronaut");
        var (_, fr) = await client.GetHtmlAsync("/fr/carrieres?q=developpeur");

        Assert.Equal("1 position matches your search.", en.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("montreal", en.QuerySelector("#search-text")!.GetAttribute("value"));
        Assert.Equal("Finance", en.QuerySelector("#search-department option[selected]")!.GetAttribute("value"));
        Assert.Equal("noindex", en.Meta("robots"));
        Assert.StartsWith("1 position matches your search.", en.Title);
        Assert.Equal("/en/careers", en.QuerySelector(".search-actions a")!.GetAttribute("href"));
        Assert.Equal("No position matches your search.", none.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("1\u00A0poste correspond à votre recherche.", fr.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("Chercher", fr.QuerySelector(".search button")!.TextContent);
        // Every field has its label.
        foreach (var field in en.QuerySelectorAll(".search input, .search select"))
            Assert.NotNull(en.QuerySelector($"label[for='{field.Id}']"));
    }

    [Theory, Providers]
    public async Task Cards_show_their_key_facts(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("fr", "agent", Content("Agent de soutien") with
        {
            Remote = true, RemoteCountry = "Canada", EmploymentType = "temps partiel", ClosingAt = new DateTimeOffset(2099, 3, 1, 12, 0, 0, TimeSpan.Zero),
            Locations = [Montreal, Toronto],
        });

        var (_, html) = await app.Client().GetHtmlAsync("/fr/carrieres");

        var card = html.QuerySelector("li.card")!;
        Assert.Equal("Montréal, QC, Canada · Toronto, ON, Canada", card.QuerySelector(".fact-location dd")!.TextContent);
        Assert.Equal("Lieux", card.QuerySelector(".fact-location dt")!.TextContent);
        Assert.Contains("Canada", card.QuerySelector(".fact-remote dd")!.TextContent);
        Assert.Equal("Temps partiel", card.QuerySelector(".fact-employment dd")!.TextContent);
        Assert.Equal("2099-03-01", card.QuerySelector(".fact-closing time")!.GetAttribute("datetime"));
        Assert.Equal("1 mars 2099", card.QuerySelector(".fact-closing time")!.TextContent);
    }

    [Fact]
    public async Task Pages_are_numbered_keep_the_search_and_mark_the_current_one()
    {
        await using var app = await PublicSite.StartAsync(extra: new Dictionary<string, string?> { ["Site:PageSize"] = "2" });
        var seed = new PostingSeeder(app);
        foreach (var n in Enumerable.Range(1, 9)) await seed.PublishedAsync("en", $"dev-{n}", Content($"Développeur {n}"));
        await seed.PublishedAsync("en", "other", Content("Analyst"));
        var client = app.Client();

        var (_, first) = await client.GetHtmlAsync("/en/careers?q=developpeur");
        var (_, third) = await client.GetHtmlAsync("/en/careers?q=developpeur&page=3");
        var (beyond, _) = await client.GetHtmlAsync("/en/careers?q=developpeur&page=6");

        Assert.Equal(["Développeur 9", "Développeur 8"], Titles(first));
        Assert.Equal(["1", "2", "3", "5"], first.QuerySelectorAll(".pager li a:not([rel])").Select(a => a.TextContent));
        Assert.Equal("1", first.QuerySelector(".pager a[aria-current='page']")!.TextContent);
        Assert.Equal("/en/careers?q=developpeur&page=2", first.QuerySelector(".pager a[rel='next']")!.GetAttribute("href"));
        Assert.Equal(["Développeur 5", "Développeur 4"], Titles(third));
        Assert.Equal("3", third.QuerySelector(".pager a[aria-current='page']")!.TextContent);
        Assert.Equal(["1", "2", "3", "4", "5"], third.QuerySelectorAll(".pager li a:not([rel])").Select(a => a.TextContent));
        Assert.Equal("/en/careers?q=developpeur&page=2", third.QuerySelector(".pager a[rel='prev']")!.GetAttribute("href"));
        Assert.Equal("/en/careers?q=developpeur", third.QuerySelector(".pager a[aria-label='Page 1']")!.GetAttribute("href"));
        Assert.Equal(404, (int)beyond.StatusCode);
    }

    [Fact]
    public async Task A_cached_search_shows_a_new_publication_at_once()
    {
        await using var app = await PublicSite.StartAsync();
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "first", Content("Développeur one"));
        var client = app.Client();
        var (_, before) = await client.GetHtmlAsync("/en/careers?q=developpeur");

        var id = await seed.PublishedAsync("en", "second", Content("Développeur two"));
        var (_, after) = await client.GetHtmlAsync("/en/careers?q=developpeur");
        await seed.RunAsync(w => w.ArchiveAsync(id, null, Actor.System("test")));
        var (_, archived) = await client.GetHtmlAsync("/en/careers?q=developpeur");

        Assert.Equal(["Développeur one"], Titles(before));
        Assert.Equal(["Développeur two", "Développeur one"], Titles(after));
        Assert.Equal(["Développeur one"], Titles(archived));
    }

    [Theory, Providers]
    public async Task Hostile_query_values_get_an_answer_not_an_error(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        await SeedAsync(app);
        var client = app.Client();

        foreach (var query in new[] { "q=%00", "location=Montr%00al", "type=%00&department=%00", "q=" + new string('a', 5000), "q=%25_%5C", "remote=yes&page=-1", "q=%F0%9F%98%80" })
        {
            var (response, html) = await client.GetHtmlAsync("/en/careers?" + query);
            Assert.True(response.IsSuccessStatusCode, $"{query}: {(int)response.StatusCode}");
            Assert.NotNull(html.QuerySelector("form.search"));
        }
        // LIKE's wildcards are plain characters in a search.
        Assert.Empty(Titles((await client.GetHtmlAsync("/en/careers?q=%25")).Html));
    }
}
