using Microsoft.Playwright;
using Recruiting.Core.Identity;

namespace Recruiting.Browser.Tests;

/// <summary>The sign-in form and the editor with the keyboard alone: a skip link first, a sensible Tab order, visible focus.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    /// <summary>Describes the focused element and whether a focus indicator is drawn (outline or box-shadow).</summary>
    private const string Focused = """
        () => {
          const e = document.activeElement;
          // The Markdown editor's input is a hidden textarea: its focus shows on the CodeMirror box around it.
          const shown = e.closest('.CodeMirror') || e;
          const s = getComputedStyle(shown);
          const r = shown.getBoundingClientRect();
          // Date and time inputs draw focus on the segment inside the control, not on the input itself.
          const segmented = e.tagName === 'INPUT' && /^(date|time|datetime-local|month|week)$/.test(e.type);
          const ring = segmented || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
          return (e.id || e.getAttribute('name') || e.textContent.trim() || (e.closest('.CodeMirror') ? 'markdown-editor' : e.tagName)) + '|' + (ring && r.width > 0 && r.height > 0);
        }
        """;

    private static async Task<(string Name, bool Visible)> TabAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        var parts = (await page.EvaluateAsync<string>(Focused)).Split('|');
        return (parts[0], parts[1] == "true");
    }

    /// <summary>Tabs until the element named `name` has focus, checking each stop shows its focus; returns the stops.</summary>
    private static async Task<List<string>> TabUntilAsync(IPage page, string name, int max = 40)
    {
        var stops = new List<string>();
        for (var i = 0; i < max; i++)
        {
            var (focused, visible) = await TabAsync(page);
            Assert.True(visible, $"no visible focus indicator on '{focused}' (stops so far: {string.Join(", ", stops)})");
            if (stops.LastOrDefault() != focused) stops.Add(focused);
            if (focused == name) return stops;
        }
        throw new Xunit.Sdk.XunitException($"'{name}' never got focus; Tab stops: {string.Join(", ", stops)}");
    }

    [ChromiumFact]
    public async Task Sign_in_with_the_keyboard_alone()
    {
        var (email, password) = await site.CreateUserAsync(Roles.Author);
        var page = await site.NewPageAsync();
        await page.GotoAsync(ConsoleSession.SignInUrl);

        var first = await TabAsync(page);
        Assert.Equal("Skip to main content", first.Name);
        Assert.True(first.Visible, "the skip link shows no focus indicator");
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync(), "the skip link is not visible when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        var stops = await TabUntilAsync(page, "Form_Email");
        await page.Keyboard.TypeAsync(email);
        Assert.Equal("Form_Password", (await TabAsync(page)).Name);
        await page.Keyboard.TypeAsync(password);
        Assert.Equal("Sign in", (await TabAsync(page)).Name);
        Assert.DoesNotContain("Form_Password", stops);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("signin", StringComparison.OrdinalIgnoreCase));
    }

    [ChromiumFact]
    public async Task Fill_and_save_a_posting_with_the_keyboard_alone()
    {
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        await page.GotoAsync("/admin/postings/Edit");
        var (skip, _) = await TabAsync(page);
        Assert.Equal("Skip to main content", skip);
        await page.Keyboard.PressAsync("Enter");

        await TabUntilAsync(page, "Title");
        await page.Keyboard.TypeAsync("Keyboard engineer");
        Assert.Equal("Description", (await TabAsync(page)).Name);
        await page.Keyboard.TypeAsync("Works without a mouse.");
        var stops = await TabUntilAsync(page, "Save draft", max: 60);
        Assert.True(stops.IndexOf("Slug") < stops.IndexOf("LeverId"), string.Join(", ", stops));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Keyboard engineer");
    }
}
