using Microsoft.Playwright;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Browser.Tests;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on the public careers site, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicAccessibilityTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task Index_and_posting_pages_in_english_and_french()
    {
        var key = "analyst-" + Guid.NewGuid().ToString("N")[..6];
        var english = await ConsoleSession.SeedPublishedAsync(site, "Data analyst", Languages.English, key);
        var french = await ConsoleSession.SeedPublishedAsync(site, "Analyste de données", Languages.French, key);
        var page = await site.NewPageAsync();

        foreach (var (url, language) in new[]
        {
            (PostingUrls.Index(Languages.English), "en"), (PostingUrls.Index(Languages.French), "fr"),
            (PostingUrls.Canonical(english), "en"), (PostingUrls.Canonical(french), "fr"),
        })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Axe.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync(PostingUrls.Canonical(english));
        await page.Locator("a.language-toggle").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseAddress + PostingUrls.Canonical(french).TrimStart('/'));
    }

    [ChromiumFact]
    public async Task An_archived_posting_and_the_not_found_page()
    {
        var posting = await ConsoleSession.SeedPublishedAsync(site, "Archived tester");
        await ConsoleSession.ArchiveAsync(site, posting);
        var page = await site.NewPageAsync();

        await page.GotoAsync(PostingUrls.Canonical(posting));
        await Assertions.Expect(page.Locator(".closed-banner")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        var missing = await page.GotoAsync("/en/careers/no-such-posting-" + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(404, missing!.Status);
        await Axe.AssertNoViolationsAsync(page);
    }
}
