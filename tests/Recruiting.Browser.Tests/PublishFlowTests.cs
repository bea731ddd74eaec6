using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Recruiting.Core.Identity;

namespace Recruiting.Browser.Tests;

/// <summary>A publisher's day: sign in, write a posting with the Markdown editor, preview, publish, archive.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PublishFlowTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task Create_preview_publish_and_archive_a_posting()
    {
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Publisher);
        var title = "Platform engineer " + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/admin/postings");
        await page.GetByRole(AriaRole.Link, new() { Name = "New posting" }).ClickAsync();
        await page.Locator("#Title").FillAsync(title);
        await page.Locator("#Description").FillAsync("Run the platform our teams build on.");
        await page.Locator("#LeverId").FillAsync(Guid.NewGuid().ToString());
        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.TypeAsync("## The role\n\nYou keep **the platform** running.");

        var livePreview = page.Locator("#body-preview");
        await Assertions.Expect(livePreview.Locator("h2")).ToHaveTextAsync("The role");
        await Assertions.Expect(livePreview.Locator("strong")).ToHaveTextAsync("the platform");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync(EditUrl());
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title);

        await page.GetByRole(AriaRole.Link, new() { Name = "Preview the draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("main h2", new() { HasText = "The role" })).ToBeVisibleAsync();
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await Assertions.Expect(page.Locator(".posting-state")).ToContainTextAsync("Published");
        var publicLink = page.Locator(".posting-state a[href^='/en/careers/']");
        var publicUrl = await publicLink.GetAttributeAsync("href");
        var editUrl = page.Url;

        await publicLink.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".posting-body h2")).ToHaveTextAsync("The role");
        await Assertions.Expect(page.Locator(".apply-top a.apply-link")).ToBeVisibleAsync(); // and again after the body
        await Assertions.Expect(page.Locator(".closed-banner")).ToHaveCountAsync(0);
        await page.GotoAsync("/en/careers");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();

        await page.GotoAsync(editUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive", Exact = true }).ClickAsync();
        // The script opens a dialog that says what will happen; nothing changes until it is confirmed.
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"Archive “{title}”?" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("marked as closed and without its Apply link");
        await Axe.AssertNoViolationsAsync(page);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".posting-state")).ToContainTextAsync("Published");
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive", Exact = true }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Archive", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".posting-state")).ToContainTextAsync("Archived");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Unarchive" })).ToBeVisibleAsync();

        await page.GotoAsync(publicUrl!);
        await Assertions.Expect(page.Locator(".closed-banner")).ToContainTextAsync("Applications for this position are closed.");
        await Assertions.Expect(page.Locator("a.apply-link")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/admin/postings/edit/[0-9a-f-]{36}", RegexOptions.IgnoreCase)]
    private static partial Regex EditUrl();
}
