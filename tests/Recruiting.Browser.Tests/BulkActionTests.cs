using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Storage;

namespace Recruiting.Browser.Tests;

/// <summary>A publisher closes a batch of expired postings from the list in one go, and a copy is made from the list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BulkActionTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task Archive_fifty_postings_from_the_list_after_a_confirmation()
    {
        var batch = "Seasonal" + Guid.NewGuid().ToString("N")[..6];
        var postings = new List<Posting>();
        for (var i = 1; i <= 50; i++)
            postings.Add(await ConsoleSession.SeedPublishedAsync(site, $"{batch} picker {i:00}"));
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Publisher);

        await page.GotoAsync($"/admin/postings?Criteria.Search={batch}&Criteria.PageSize=50");
        await Assertions.Expect(page.Locator("p[role=status]")).ToHaveTextAsync("50 postings");
        await page.GetByLabel("Select every posting on this page").CheckAsync();
        await Assertions.Expect(page.Locator("table.postings tbody input[type=checkbox]:checked")).ToHaveCountAsync(50);
        await page.GetByLabel("Action for the selected postings").SelectOptionAsync("Archive");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue…" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Archive");
        await Assertions.Expect(page.Locator("h2")).ToHaveTextAsync("Selected postings: 50");
        await Assertions.Expect(page.Locator(".bulk-list li")).ToHaveCountAsync(50);
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm: Archive" }).ClickAsync();

        await Assertions.Expect(page.Locator("p[role=status]")).ToHaveTextAsync("Done: 50. Not done: 0.");
        await Assertions.Expect(page.Locator("tr.bulk-ok")).ToHaveCountAsync(50);
        await Axe.AssertNoViolationsAsync(page);
        await using var scope = site.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitingDb>();
        var ids = postings.Select(p => p.Id).ToList();
        Assert.Equal(50, await db.Postings.CountAsync(p => ids.Contains(p.Id) && p.Status == PostingStatus.Archived));
        Assert.Equal(50, await db.AuditLog.CountAsync(a => a.Action == "posting.archive" && a.Target.Contains(batch.ToLowerInvariant())));
    }

    [ChromiumFact]
    public async Task Duplicate_a_posting_from_the_list_in_the_french_console()
    {
        var title = "Archiviste " + Guid.NewGuid().ToString("N")[..6];
        await ConsoleSession.SeedPublishedAsync(site, title, Languages.French);
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        await page.GotoAsync("/admin/postings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await page.GotoAsync($"/admin/postings?Criteria.Search={Uri.EscapeDataString(title)}");

        await page.GetByLabel($"Sélectionner {title}").CheckAsync();
        await page.GetByLabel("Action sur les offres sélectionnées").SelectOptionAsync("Duplicate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer…" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer : Dupliquer en nouveaux brouillons" }).ClickAsync();
        await Assertions.Expect(page.Locator("p[role=status]")).ToHaveTextAsync("Effectuées : 1. Non effectuées : 0.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ouvrir la copie" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Title")).ToHaveValueAsync(title);
        await Assertions.Expect(page.Locator("#Slug")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("-copy$"));
    }

    [ChromiumFact]
    public async Task The_list_and_the_dashboard_fit_a_phone_in_both_languages()
    {
        await ConsoleSession.SeedPublishedAsync(site, "Phone-width warehouse coordinator with a long title that wraps", edit: c => c with { ClosingAt = DateTimeOffset.UtcNow.AddDays(5) });
        var (email, password) = await site.CreateUserAsync([Roles.Publisher]);
        var page = await site.NewPageAsync(viewport: new() { Width = 390, Height = 844 });
        await ConsoleSession.SignInAsync(page, email, password);
        foreach (var language in new[] { "English", "Français" })
        {
            await page.GotoAsync("/admin/postings");
            if (language == "Français") await page.GetByRole(AriaRole.Button, new() { Name = language }).ClickAsync();
            foreach (var url in new[] { "/admin/postings", "/admin/postings?Criteria.Closing=ClosingSoon", "/admin" })
            {
                await page.GotoAsync(url);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                var widest = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 5).join(' ')");
                Assert.True(overflow <= 0, $"{url} in {language} scrolls sideways by {overflow} px at 390 px: {widest}");
                await Axe.AssertNoViolationsAsync(page);
            }
        }
    }
}
