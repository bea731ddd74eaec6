using System.Net.Http.Json;
using System.Text.Json;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Testing;
using Recruiting.Web.Tests.Api;
using static Recruiting.Web.Tests.Api.PostingSeeder;

namespace Recruiting.Web.Tests.Public;

/// <summary>The recruiting fields (locations, remote, salary, department, employment type) from the API to the page and its JSON-LD.</summary>
public sealed class JobFactsTests
{
    private const string Lever = "0b9c5e1a-1111-4222-8333-944445555666";
    private static readonly DateTimeOffset Closing = new(2031, 3, 1, 17, 0, 0, TimeSpan.Zero);

    private static PostingContent Facts(string title) => Content(title, "## Role\n\nYou build pipelines.") with
    {
        LeverId = Lever,
        EmploymentType = "full-time",
        ClosingAt = Closing,
        Locations = [new("Montréal", "QC", "Canada"), new(null, null, "Canada")],
        Salary = new SalaryRange(80_000m, 95_000m, "CAD", SalaryRange.Year),
        Department = "Data platform",
    };

    [Theory, Providers]
    public async Task Json_ld_has_every_property_google_requires_and_the_recommended_ones_and_nothing_once_closed(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var seed = new PostingSeeder(app);
        var id = await seed.PublishedAsync("en", "data-engineer", Facts("Data engineer"));
        var client = app.Client();

        var (_, html) = await client.GetHtmlAsync("/en/careers/data-engineer");
        var json = JsonDocument.Parse(html.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        // Required by Google's job posting guidelines.
        Assert.Equal("JobPosting", json.GetProperty("@type").GetString());
        Assert.Equal("Data engineer", json.GetProperty("title").GetString());
        Assert.Contains("You build pipelines.", json.GetProperty("description").GetString());
        Assert.True(DateTimeOffset.TryParse(json.GetProperty("datePosted").GetString(), out _));
        Assert.Equal("Acme Inc.", json.GetProperty("hiringOrganization").GetProperty("name").GetString());
        var places = json.GetProperty("jobLocation").EnumerateArray().ToList();
        Assert.Equal(2, places.Count);
        Assert.Equal("Place", places[0].GetProperty("@type").GetString());
        var address = places[0].GetProperty("address");
        Assert.Equal(("PostalAddress", "Montréal", "QC", "Canada"), (address.GetProperty("@type").GetString(), address.GetProperty("addressLocality").GetString(),
            address.GetProperty("addressRegion").GetString(), address.GetProperty("addressCountry").GetString()));
        Assert.False(places[1].GetProperty("address").TryGetProperty("addressLocality", out _));
        // Recommended, all those we have.
        Assert.Equal("2031-03-01T17:00:00Z", json.GetProperty("validThrough").GetString());
        Assert.Equal("FULL_TIME", json.GetProperty("employmentType").GetString());
        var salary = json.GetProperty("baseSalary");
        Assert.Equal(("MonetaryAmount", "CAD"), (salary.GetProperty("@type").GetString(), salary.GetProperty("currency").GetString()));
        var value = salary.GetProperty("value");
        Assert.Equal(("QuantitativeValue", 80000m, 95000m, "YEAR"), (value.GetProperty("@type").GetString(), value.GetProperty("minValue").GetDecimal(),
            value.GetProperty("maxValue").GetDecimal(), value.GetProperty("unitText").GetString()));
        Assert.Equal(Lever, json.GetProperty("identifier").GetProperty("value").GetString());
        Assert.False(json.GetProperty("directApply").GetBoolean());
        Assert.False(json.TryGetProperty("jobLocationType", out _));

        await seed.RunAsync(w => w.ArchiveAsync(id, null, Recruiting.Core.Workflow.Actor.System("test")));
        var (_, closed) = await client.GetHtmlAsync("/en/careers/data-engineer");

        Assert.NotNull(closed.QuerySelector(".closed-banner"));
        Assert.Empty(closed.QuerySelectorAll("script"));
        Assert.DoesNotContain("JobPosting", closed.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_remote_posting_names_the_applicants_country_instead_of_a_place()
    {
        await using var app = await PublicSite.StartAsync();
        await new PostingSeeder(app).PublishedAsync("fr", "developpeuse", Content("Développeuse") with { Remote = true, RemoteCountry = "Canada" });

        var (_, html) = await app.Client().GetHtmlAsync("/fr/carrieres/developpeuse");
        var json = JsonDocument.Parse(html.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        Assert.Equal("TELECOMMUTE", json.GetProperty("jobLocationType").GetString());
        Assert.Equal(("Country", "Canada"), (json.GetProperty("applicantLocationRequirements").GetProperty("@type").GetString(),
            json.GetProperty("applicantLocationRequirements").GetProperty("name").GetString()));
        Assert.False(json.TryGetProperty("jobLocation", out _));
        Assert.Equal("Télétravail, pour les personnes qui résident dans ce pays\u00A0: Canada", html.QuerySelector(".fact-remote dd")!.TextContent);
    }

    [Theory]
    [InlineData("en", "/en/careers/data-engineer", "Location", "Full-time", "$80,000 to $95,000 a year", "Apply for this position", "This position is posted in English only.")]
    [InlineData("fr", "/fr/carrieres/ingenieur-donnees", "Lieu", "Temps plein", "80\u00A0000\u00A0$ à 95\u00A0000\u00A0$ par année", "Postuler à ce poste", "Ce poste est affiché en français seulement.")]
    public async Task The_posting_page_shows_the_key_facts_in_words_with_apply_at_the_top_and_the_end(
        string language, string path, string locationLabel, string employment, string salary, string apply, string note)
    {
        await using var app = await PublicSite.StartAsync();
        var slug = path.Split('/')[^1];
        await new PostingSeeder(app).PublishedAsync(language, slug, Facts("Data") with { Locations = [new("Montréal", "QC", "Canada")] });

        var (_, html) = await app.Client().GetHtmlAsync(path);

        var facts = html.QuerySelector(".key-facts")!;
        Assert.Equal(locationLabel, facts.QuerySelector(".fact-location dt")!.TextContent);
        Assert.Equal("Montréal, QC, Canada", facts.QuerySelector(".fact-location dd")!.TextContent);
        Assert.Equal(employment, facts.QuerySelector(".fact-employment dd")!.TextContent);
        Assert.Equal(salary, facts.QuerySelector(".fact-salary dd")!.TextContent.Replace('\u202F', '\u00A0'));
        Assert.Equal("Data platform", facts.QuerySelector(".fact-department dd")!.TextContent);
        Assert.Equal("2031-03-01", facts.QuerySelector(".fact-closing time")!.GetAttribute("datetime"));
        Assert.NotNull(facts.QuerySelector(".fact-posted time"));
        var applyLinks = html.QuerySelectorAll("a.apply-link").ToList();
        Assert.Equal(2, applyLinks.Count);
        Assert.All(applyLinks, a => Assert.Equal((apply, $"https://jobs.lever.co/acme/{Lever}/apply"), (a.TextContent, a.GetAttribute("href"))));
        Assert.NotNull(facts.QuerySelector("a.apply-link"));
        Assert.True(html.QuerySelector(".posting-body")!.CompareDocumentPosition(applyLinks[1]).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var crumbs = html.QuerySelectorAll("nav.breadcrumb li a").Select(a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("aria-current"))).ToList();
        Assert.Equal([(language == "en" ? "Careers" : "Carrières", path[..path.LastIndexOf('/')], null), ("Data", path, "page")], crumbs);
        var notes = html.QuerySelectorAll(".one-language-note span").ToList();
        Assert.Equal(note, notes[0].TextContent);
        Assert.Equal(language == "en" ? "fr" : "en", notes[1].GetAttribute("lang"));
    }

    [Fact]
    public async Task A_posting_with_a_visible_translation_has_no_one_language_note_and_an_unknown_employment_type_is_shown_as_written()
    {
        await using var app = await PublicSite.StartAsync();
        var seed = new PostingSeeder(app);
        await seed.PublishedAsync("en", "analyst", Content("Analyst") with { EmploymentType = "Seasonal" }, "analyst");
        await seed.PublishedAsync("fr", "analyste", Content("Analyste"), "analyst");

        var (_, html) = await app.Client().GetHtmlAsync("/en/careers/analyst");

        Assert.Null(html.QuerySelector(".one-language-note"));
        Assert.Equal("Seasonal", html.QuerySelector(".fact-employment dd")!.TextContent);
        Assert.Null(html.QuerySelector(".fact-salary"));
        Assert.Null(html.QuerySelector(".fact-location"));
        var json = JsonDocument.Parse(html.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.False(json.TryGetProperty("employmentType", out _));
    }

    [Theory, Providers]
    public async Task The_api_writes_and_serves_the_job_facts_and_refuses_inconsistent_ones(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider);
        var users = new ApiUsers(app);
        var publisher = await users.ClientAsync("paul", Roles.Publisher);
        const string postings = "/api/v1/manage/postings";

        var bad = await (await publisher.PostAsJsonAsync(postings, new
        {
            language = "en", title = "Remote SRE", description = "Keep it up.",
            remote = true, locations = new[] { new { city = "Paris", region = (string?)null, country = "" } },
            salary = new { min = 90_000, max = 80_000, currency = "dollars", unit = "FORTNIGHT" },
        })).ExpectProblemAsync(422);
        var codes = bad["issues"]!.AsArray().Select(i => (string)i!["code"]!).ToList();
        Assert.Equal(["location-country", "remote-country", "salary-currency", "salary-range", "salary-unit"], codes.Order().ToList());
        Assert.Equal(["locations", "remoteCountry", "salary"], bad["errors"]!.AsObject().Select(e => e.Key).Order().ToList());

        var created = await (await publisher.PostAsJsonAsync(postings, new
        {
            language = "en", title = "Remote SRE", description = "Keep it up.", leverId = Lever, employmentType = "PART_TIME",
            remote = true, remoteCountry = "Canada", locations = new[] { new { city = "Ottawa", region = "ON", country = "Canada" } },
            salary = new { min = 45.5, currency = "CAD", unit = "HOUR" }, department = "Operations",
        })).ReadJsonAsync();
        var id = (string)created["id"]!;
        Assert.Equal("Ottawa", (string)created["draft"]!["locations"]![0]!["city"]!);
        Assert.True(await publisher.PostAsync($"{postings}/{id}/publish", null) is { IsSuccessStatusCode: true });

        var live = await (await app.Client().GetAsync($"/api/v1/postings/{id}")).ReadJsonAsync();
        Assert.Equal(("Ottawa", "ON", "Canada"), ((string)live["locations"]![0]!["city"]!, (string)live["locations"]![0]!["region"]!, (string)live["locations"]![0]!["country"]!));
        Assert.True((bool)live["remote"]!);
        Assert.Equal("Canada", (string)live["remoteCountry"]!);
        Assert.Equal((45.5m, "CAD", "HOUR"), ((decimal)live["salary"]!["min"]!, (string)live["salary"]!["currency"]!, (string)live["salary"]!["unit"]!));
        Assert.Equal("Operations", (string)live["department"]!);

        var (_, page) = await app.Client().GetHtmlAsync("/en/careers/remote-sre");
        Assert.Equal("From $45.50 an hour", page.QuerySelector(".fact-salary dd")!.TextContent);
        Assert.Equal("Part-time", page.QuerySelector(".fact-employment dd")!.TextContent);
    }
}
