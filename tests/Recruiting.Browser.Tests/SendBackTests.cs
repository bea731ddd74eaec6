using Microsoft.Playwright;
using Recruiting.Core.Identity;

namespace Recruiting.Browser.Tests;

/// <summary>Review: a publisher sends a submitted posting back with a comment, and its author reads it where they work.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SendBackTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task A_publisher_sends_a_posting_back_and_the_author_sees_the_comment_in_english_and_french()
    {
        var title = "Review nurse " + Guid.NewGuid().ToString("N")[..6];
        var posting = await ConsoleSession.SeedDraftAsync(site, title);
        var author = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        await author.GotoAsync($"/admin/postings/edit/{posting.Id}");
        // The author writes the draft (the seed only created it), so it is theirs when it comes back.
        await author.Locator("[name='Form.Description']").FillAsync("Build and run our data platform with us.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(author.Locator(".posting-state")).ToContainTextAsync("In review");

        var publisher = await ConsoleSession.SignedInPageAsync(site, Roles.Publisher);
        await publisher.GotoAsync("/admin");
        await publisher.GetByRole(AriaRole.Link, new() { Name = "Postings waiting for your review" }).ClickAsync();
        await publisher.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Axe.AssertNoViolationsAsync(publisher);
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Send back to draft" }).ClickAsync();
        await Assertions.Expect(publisher.Locator("#error-summary")).ToContainTextAsync("Write a comment");
        await Axe.AssertNoViolationsAsync(publisher);
        await publisher.GetByLabel("Comment for the author").FillAsync("Add the salary range, please.");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Send back to draft" }).ClickAsync();
        await Assertions.Expect(publisher.Locator(".posting-state")).ToContainTextAsync("Draft");

        await author.GotoAsync("/admin");
        var sentBack = author.GetByRole(AriaRole.Region, new() { Name = "Sent back to you: 1" });
        await Assertions.Expect(sentBack).ToContainTextAsync("Add the salary range, please.");
        await Axe.AssertNoViolationsAsync(author);
        await sentBack.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(author.Locator(".review-comment")).ToContainTextAsync("Add the salary range, please.");
        await Axe.AssertNoViolationsAsync(author);

        await author.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(author.Locator(".review-comment h2")).ToContainTextAsync("Renvoyée par");
        await Axe.AssertNoViolationsAsync(author);
        await author.GotoAsync("/admin");
        await Assertions.Expect(author.GetByRole(AriaRole.Region, new() { Name = "Offres qui vous sont renvoyées\u00A0: 1" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(author);
        await author.GotoAsync($"/admin/postings/history/{posting.Id}");
        await Assertions.Expect(author.Locator(".revisions")).ToContainTextAsync("Renvoi à l’auteur");
        await Assertions.Expect(author.Locator(".revisions .comment")).ToContainTextAsync("Add the salary range, please.");
        await Axe.AssertNoViolationsAsync(author);
    }
}
