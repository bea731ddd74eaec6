using Microsoft.Playwright;
using Recruiting.Core.Identity;

namespace Recruiting.Browser.Tests;

/// <summary>A submission the server refuses before reading it (here a body over the 4 MB field limit) loses nothing: when the editor opens again, the text is there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UnsentTextTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task Text_refused_by_the_size_limits_is_back_in_the_editor_after_the_error_page()
    {
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        await page.GotoAsync("/admin/postings/edit");
        await page.Locator("#Title").FillAsync("Night shift supervisor");
        await page.Locator("#Description").FillAsync("Leads the night team.");
        // 4.3 million characters: over the 4 MB limit of one form field, so the server cannot read the form at all.
        await page.EvaluateAsync("""
            () => {
                const body = "Responsibilities. ".repeat(240000);
                const cm = document.querySelector(".CodeMirror");
                if (cm && cm.CodeMirror) cm.CodeMirror.setValue(body); else document.querySelector("#BodyMarkdown").value = body;
            }
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("This form could not be read", new() { Timeout = 60_000 });

        // Opened again (not Back, where the browser may keep the fields itself): the page comes from the server, empty.
        // Generous timeouts: 4 MB go into the editor again, on a machine that may be busy.
        await page.GotoAsync("/admin/postings/edit", new() { Timeout = 60_000 });

        await Assertions.Expect(page.Locator("#unsent-text-restored")).ToContainTextAsync("What you typed before the last error is back in the form.");
        await Assertions.Expect(page.Locator("#Title")).ToHaveValueAsync("Night shift supervisor");
        await Assertions.Expect(page.Locator("#Description")).ToHaveValueAsync("Leads the night team.");
        Assert.Equal(240000 * "Responsibilities. ".Length, await page.EvaluateAsync<int>("() => document.querySelector('#BodyMarkdown').value.length"));

        // Saved for real (shorter), the kept copy is dropped: a new posting starts empty.
        await page.EvaluateAsync("""
            () => {
                const cm = document.querySelector(".CodeMirror");
                if (cm && cm.CodeMirror) cm.CodeMirror.setValue("Responsibilities."); else document.querySelector("#BodyMarkdown").value = "Responsibilities.";
            }
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice[role=status]")).ToContainTextAsync("The draft is saved.");
        await page.GotoAsync("/admin/postings/edit");
        await Assertions.Expect(page.Locator("#Title")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#unsent-text-restored")).ToHaveCountAsync(0);
    }
}
