using Microsoft.Playwright;
using Recruiting.Core.Identity;

namespace Recruiting.Browser.Tests;

/// <summary>Two editors in two browsers: the second save is a conflict that keeps their text, never an overwrite.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConflictTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task The_second_save_gets_a_conflict_and_keeps_its_text()
    {
        var posting = await ConsoleSession.SeedDraftAsync(site, "Shared posting");
        var alice = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        var bob = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        Assert.NotSame(alice.Context, bob.Context);
        var edit = $"/admin/postings/Edit/{posting.Id}";
        await alice.GotoAsync(edit);
        await bob.GotoAsync(edit);

        await alice.Locator("#Title").FillAsync("Alice's title");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(alice.Locator("h1")).ToContainTextAsync("Alice's title");

        await bob.Locator("#Title").FillAsync("Bob's title");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var conflict = bob.Locator("section.conflict");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync("Alice's title");
        await Assertions.Expect(bob.Locator("#Title")).ToHaveValueAsync("Bob's title");
        await Axe.AssertNoViolationsAsync(bob);

        await alice.ReloadAsync();
        await Assertions.Expect(alice.Locator("#Title")).ToHaveValueAsync("Alice's title");
    }
}
