using Microsoft.Playwright;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Browser.Tests;

/// <summary>A posting page candidates can act on: key facts and Apply in the first screen, on a desktop and a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PostingPageTests(BrowserSite site)
{
    internal static PostingContent WithFacts(PostingContent content) => content with
    {
        EmploymentType = EmploymentTypes.FullTime,
        ClosingAt = DateTimeOffset.UtcNow.AddDays(30),
        Locations = [new("Montréal", "QC", "Canada"), new("Saint-Jean-sur-Richelieu", "Québec", "Canada")],
        Salary = new SalaryRange(80_000m, 95_000m, "CAD", SalaryRange.Year),
        Department = "Plateforme de données et d’analyse avancée",
        // A long body: the second Apply button is far below the first screen.
        BodyMarkdown = string.Join("\n\n", Enumerable.Range(1, 30).Select(n => $"## Part {n}\n\nYou build reliable pipelines, part {n}, with a long sentence that wraps on a phone.")),
    };

    [ChromiumTheory]
    [InlineData(1280, 900, Languages.English)]
    [InlineData(390, 844, Languages.English)]
    [InlineData(390, 844, Languages.French)]
    public async Task Key_facts_and_apply_are_in_the_first_screen_and_apply_again_at_the_end(int width, int height, string language)
    {
        var posting = await ConsoleSession.SeedPublishedAsync(site, language == Languages.French ? "Ingénieure de données principale" : "Principal data engineer",
            language, edit: WithFacts);
        var page = await site.NewPageAsync(viewport: new() { Width = width, Height = height });

        var response = await page.GotoAsync(PostingUrls.Canonical(posting));

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator(".key-facts")).ToBeVisibleAsync();
        var top = page.Locator(".apply-top a.apply-link");
        await Assertions.Expect(top).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = (await top.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= height, $"The first Apply button ends at {box.Y + box.Height}px, below the {height}px screen.");
        var end = page.Locator(".apply-end a.apply-link");
        await Assertions.Expect(end).Not.ToBeInViewportAsync();
        await end.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(end).ToBeInViewportAsync();
        Assert.Equal(await top.GetAttributeAsync("href"), await end.GetAttributeAsync("href"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page scrolls {overflow}px sideways at {width}px.");
        await Axe.AssertNoViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task A_posting_in_one_language_says_so_in_both_and_the_toggle_leads_to_the_other_index()
    {
        var posting = await ConsoleSession.SeedPublishedAsync(site, "Solo analyst", Languages.English, edit: WithFacts);
        var page = await site.NewPageAsync();

        await page.GotoAsync(PostingUrls.Canonical(posting));

        var note = page.Locator(".one-language-note");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToContainTextAsync("This position is posted in English only.");
        await Assertions.Expect(note.Locator("[lang=fr]")).ToHaveTextAsync("Ce poste est affiché en anglais seulement.");
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("a.language-toggle").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseAddress + PostingUrls.Index(Languages.French).TrimStart('/'));
    }
}
