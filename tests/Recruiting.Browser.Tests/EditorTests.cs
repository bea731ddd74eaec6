using Microsoft.Playwright;
using Recruiting.Core.Identity;

namespace Recruiting.Browser.Tests;

/// <summary>The posting editor: live checks as the author types, side by side inside the page, the two-column form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task The_checks_panel_shows_the_lint_rules_and_the_editors_checks_as_the_author_types()
    {
        var posting = await ConsoleSession.SeedDraftAsync(site, "Live checks analyst");
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        await page.GotoAsync($"/admin/postings/edit/{posting.Id}");
        var checks = page.Locator("aside.lint");
        await Assertions.Expect(checks.Locator("[data-checks-summary]")).ToHaveTextAsync("No warnings.");

        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\nSee [x](htp:/broken link) and [the team] (https://example.org).\n\n# Heading one");
        await page.Locator("#ClosingAt").FillAsync(DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-ddTHH:mm"));

        await Assertions.Expect(checks.Locator("li[data-code='lint.link-scheme']")).ToContainTextAsync("htp:/broken link");
        await Assertions.Expect(checks.Locator("li[data-code='lint.malformed-link']")).ToBeVisibleAsync();
        await Assertions.Expect(checks.Locator("li[data-code='lint.heading-level']")).ToBeVisibleAsync();
        await Assertions.Expect(checks.Locator("li[data-code='closing-date-passed']")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await page.Locator("#ClosingAt").FillAsync(DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-ddTHH:mm"));
        await Assertions.Expect(checks.Locator("li[data-code='closing-date-passed']")).ToContainTextAsync("La date de clôture");
        await Axe.AssertNoViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task Side_by_side_stays_in_the_page_and_turning_it_off_leaves_the_save_buttons_usable()
    {
        var posting = await ConsoleSession.SeedDraftAsync(site, "Side by side editor");
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        await page.GotoAsync($"/admin/postings/edit/{posting.Id}");
        var toggle = page.Locator(".editor-toolbar button.side-by-side");

        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator(".editor-preview-side.editor-preview-active-side")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".CodeMirror-fullscreen")).ToHaveCountAsync(0);
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator(".editor-preview-active-side")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".CodeMirror-fullscreen")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync(); // fails when something covers it
        await Assertions.Expect(page.Locator("p.notice[role=status]")).ToContainTextAsync("The draft is saved.");
    }

    [ChromiumFact]
    public async Task The_form_and_its_side_panel_are_two_columns_on_a_desktop_and_one_on_a_phone_in_both_languages()
    {
        var posting = await ConsoleSession.SeedPublishedAsync(site, "Two-column editor for a warehouse coordinator with a long title that wraps");
        var (email, password) = await site.CreateUserAsync([Roles.Publisher]);
        var page = await site.NewPageAsync(viewport: new() { Width = 1280, Height = 900 });
        await ConsoleSession.SignInAsync(page, email, password);
        await page.GotoAsync($"/admin/postings/edit/{posting.Id}");
        var form = (await page.Locator("form.posting-form").BoundingBoxAsync())!;
        var side = (await page.Locator(".editor-side").BoundingBoxAsync())!;
        Assert.True(side.X >= form.X + form.Width, $"The side panel starts at {side.X}, inside the form (ends at {form.X + form.Width}).");
        Assert.Equal(["Content", "Job facts", "Publication", "Legacy addresses"],
            (await page.Locator("form.posting-form > fieldset > legend").AllTextContentsAsync()).Select(t => t.Trim()));
        var label = (await page.Locator("label[for=Title]").BoundingBoxAsync())!;
        var title = (await page.Locator("#Title").BoundingBoxAsync())!;
        var hint = (await page.Locator("#Title-hint").BoundingBoxAsync())!;
        Assert.True(label.Y < title.Y && title.Y < hint.Y, "The label is above the field and the hint below it.");
        Assert.True(title.Width > form.Width * 0.8, $"The title field is {title.Width} px wide in a {form.Width} px form.");

        await page.SetViewportSizeAsync(390, 844);
        foreach (var language in new[] { "English", "Français" })
        {
            if (language == "Français") await page.GetByRole(AriaRole.Button, new() { Name = language }).ClickAsync();
            foreach (var url in new[] { $"/admin/postings/edit/{posting.Id}", "/admin/postings/edit" })
            {
                await page.GotoAsync(url);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                var widest = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 5).join(' ')");
                Assert.True(overflow <= 0, $"{url} in {language} scrolls sideways by {overflow} px at 390 px: {widest}");
                await Axe.AssertNoViolationsAsync(page);
            }
            var phoneForm = (await page.Locator("form.posting-form").BoundingBoxAsync())!;
            var phoneSide = (await page.Locator(".editor-side").BoundingBoxAsync())!;
            Assert.True(phoneSide.Y >= phoneForm.Y + phoneForm.Height, "On a phone the side panel comes after the form.");
        }
    }
}
