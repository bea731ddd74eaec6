using Microsoft.Playwright;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Browser.Tests;

/// <summary>
/// The public careers site as a candidate uses it: search and filters without JavaScript, numbered pages by keyboard,
/// the organisation's footer from the settings, and every public page clean for axe, on a phone and at 200% zoom.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CareersSiteTests(BrowserSite site)
{
    private static readonly JobLocation Montreal = new("Montréal", "QC", "Canada");
    private static readonly JobLocation Toronto = new("Toronto", "ON", "Canada");

    private static string Token() => "zq" + Guid.NewGuid().ToString("N")[..8];

    [ChromiumFact]
    public async Task Search_ignores_accents_and_filters_narrow_it_without_javascript()
    {
        var token = Token();
        await ConsoleSession.SeedPublishedAsync(site, $"Développeur {token}", edit: c => c with { Locations = [Montreal], EmploymentType = EmploymentTypes.FullTime });
        await ConsoleSession.SeedPublishedAsync(site, $"Analyste {token}", edit: c => c with { Locations = [Toronto], EmploymentType = EmploymentTypes.PartTime, Description = "À Montréal aussi." });
        var page = await site.NewPageAsync(javaScript: false);

        await page.GotoAsync(PostingUrls.Index(Languages.English));
        await page.GetByLabel("Keywords").FillAsync($"developpeur {token}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.Locator(".card-title a")).ToHaveTextAsync([$"Développeur {token}"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 position matches your search.");
        await Assertions.Expect(page.Locator(".card .fact-location dd")).ToHaveTextAsync("Montréal, QC, Canada");
        await Assertions.Expect(page.Locator(".card .fact-employment dd")).ToHaveTextAsync("Full-time");

        // "Montreal" without its accent finds both (one by location, one by description); the location filter keeps one.
        await page.GetByLabel("Keywords").FillAsync($"montreal {token}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator(".card-title a")).ToHaveCountAsync(2);
        await page.GetByLabel("Location").SelectOptionAsync("Toronto, ON, Canada");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator(".card-title a")).ToHaveTextAsync([$"Analyste {token}"]);
        await page.GetByLabel("Employment type").SelectOptionAsync(EmploymentTypes.FullTime);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("No position matches your search.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Clear the search" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseAddress + PostingUrls.Index(Languages.English).TrimStart('/'));

        // The same in French, with French words.
        await page.GotoAsync(PostingUrls.Index(Languages.French));
        await Assertions.Expect(page.GetByLabel("Mots-clés")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chercher" })).ToBeVisibleAsync();
        // axe runs in the page's JavaScript, which is off here: Every_public_page_… checks these pages.
    }

    [ChromiumFact]
    public async Task Numbered_pages_keep_the_search_and_mark_the_current_page_by_keyboard()
    {
        var token = Token();
        for (var n = 1; n <= 52; n++) await ConsoleSession.SeedPublishedAsync(site, $"Poste {token} {n}");
        var page = await site.NewPageAsync();

        await page.GotoAsync(PostingUrls.Index(Languages.English));
        await page.GetByLabel("Keywords").FocusAsync();
        await page.Keyboard.TypeAsync(token);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(50);
        await Assertions.Expect(page.Locator(".pager a[aria-current='page']")).ToHaveTextAsync("1");

        var second = page.GetByRole(AriaRole.Link, new() { Name = "Page 2", Exact = true });
        await second.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".pager a[aria-current='page']")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByLabel("Keywords")).ToHaveValueAsync(token);
        Assert.Contains("q=" + token, page.Url);
        await Axe.AssertNoViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task The_footer_links_to_the_organisation_pages_from_the_settings_in_each_language()
    {
        var page = await site.NewPageAsync();
        foreach (var language in Languages.All)
        {
            await page.GotoAsync(PostingUrls.Index(language));
            var footer = page.Locator("footer.site-footer");
            var hrefs = await footer.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.Contains(BrowserSite.ContactLink, hrefs);
            Assert.Contains($"https://acme.example.test/{language}/privacy", hrefs);
            Assert.Contains($"/{language}/careers", hrefs);
            Assert.Contains($"https://acme.example.test/{language}/terms", hrefs);
            await Assertions.Expect(footer).ToContainTextAsync("Acme");
            await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = language == Languages.French ? "Confidentialité" : "Privacy" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("header.site-header .brand")).ToContainTextAsync("Acme");
        }
    }

    /// <summary>Every kind of public page, in both languages, at a desktop width, a 390 px phone and 1280 px at 200% zoom.</summary>
    [ChromiumTheory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    [InlineData(640, 450)]
    public async Task Every_public_page_is_clean_for_axe_and_never_scrolls_sideways(int width, int height)
    {
        var token = Token();
        var english = await ConsoleSession.SeedPublishedAsync(site, $"Gestionnaire de programme principal {token}", Languages.English, token,
            c => c with { Locations = [Montreal, Toronto], Remote = true, RemoteCountry = "Canada", EmploymentType = EmploymentTypes.Contractor, Department = "Plateforme" });
        var french = await ConsoleSession.SeedPublishedAsync(site, $"Gestionnaire de programme principale {token}", Languages.French, token,
            c => c with { Locations = [Montreal], EmploymentType = EmploymentTypes.FullTime, ClosingAt = DateTimeOffset.UtcNow.AddDays(20) });
        var alone = await ConsoleSession.SeedPublishedAsync(site, $"Solo {token}", Languages.French);
        var page = await site.NewPageAsync(viewport: new() { Width = width, Height = height });

        string[] pages =
        [
            PostingUrls.Index(Languages.English), PostingUrls.Index(Languages.French),
            PostingUrls.Index(Languages.English) + "?q=" + token + "&remote=true", PostingUrls.Index(Languages.French) + "?q=" + token,
            PostingUrls.Index(Languages.English) + "?q=nothing-matches-" + token,
            PostingUrls.Canonical(english), PostingUrls.Canonical(french), PostingUrls.Canonical(alone),
            PostingUrls.Index(Languages.English) + "/no-such-" + token, PostingUrls.Index(Languages.French) + "/rien-" + token,
        ];
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("footer.site-footer")).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} scrolls {overflow}px sideways at {width}px.");
            await Axe.AssertNoViolationsAsync(page);
        }
    }

    [ChromiumFact]
    public async Task Theme_colours_come_from_a_stylesheet_of_the_site_and_text_on_them_is_readable()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(PostingUrls.Index(Languages.English));

        var header = page.Locator("header.site-header");
        // Site:Theme:Primary is a light yellow here, so the header's text is computed black, not white.
        Assert.Equal("rgb(240, 192, 0)", await header.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("rgb(0, 0, 0)", await header.Locator(".brand").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgb(107, 44, 145)", await page.Locator(".search button").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("\"Noto Sans\", sans-serif", await page.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"));
    }
}
