using Microsoft.Playwright;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;

namespace Recruiting.Browser.Tests;

/// <summary>The console's preview is the public posting page (its view and stylesheets) under a "not published" banner.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewTests(BrowserSite site)
{
    [ChromiumTheory]
    [InlineData(Languages.English, "en", "Not published")]
    [InlineData(Languages.French, "fr", "Non publiée")]
    public async Task The_preview_is_the_styled_public_page_with_a_banner(string postingLanguage, string consoleLanguage, string bannerWord)
    {
        var published = await ConsoleSession.SeedPublishedAsync(site, "Preview twin " + postingLanguage, postingLanguage, edit: PostingPageTests.WithFacts);
        var draft = await ConsoleSession.SeedDraftAsync(site, "Preview draft " + postingLanguage, postingLanguage, edit: PostingPageTests.WithFacts);
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        if (consoleLanguage == "fr")
            await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();

        await page.GotoAsync(PostingUrls.Canonical(published));
        var publicFacts = await page.Locator(".key-facts dt").AllInnerTextsAsync();

        var response = await page.GotoAsync($"/admin/postings/preview/{draft.Id}");

        Assert.Equal(200, response!.Status);
        Assert.Equal("noindex", await page.Locator("meta[name=robots]").GetAttributeAsync("content"));
        var banner = page.GetByRole(AriaRole.Complementary);
        await Assertions.Expect(banner).ToContainTextAsync(bannerWord);
        Assert.Equal(consoleLanguage, await banner.GetAttributeAsync("lang"));
        Assert.Equal(postingLanguage, await page.Locator("html").GetAttributeAsync("lang"));
        // public.css applies: the theme's header band and the facts panel's layout, as on the public page.
        Assert.Equal("rgb(240, 192, 0)", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("\"Noto Sans\", sans-serif", await page.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"));
        Assert.Equal(publicFacts, await page.Locator(".key-facts dt").AllInnerTextsAsync());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Preview draft " + postingLanguage);
        await Assertions.Expect(page.Locator(".apply-top a.apply-link")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
