using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Recruiting.Core.Identity;

namespace Recruiting.Browser.Tests;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on the console's pages, in English and French.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleAccessibilityTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task Sign_in_page_in_both_languages()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(ConsoleSession.SignInUrl);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error, [role=alert]").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Axe.AssertNoViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task Postings_list_editor_history_and_preview()
    {
        var posting = await ConsoleSession.SeedPublishedAsync(site, "Accessible data engineer");
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Publisher);
        foreach (var url in new[]
        {
            "/admin/postings", "/admin/postings/Edit", $"/admin/postings/Edit/{posting.Id}",
            $"/admin/postings/History/{posting.Id}", $"/admin/postings/Preview/{posting.Id}",
        })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await Axe.AssertNoViolationsAsync(page);
        }
    }

    [ChromiumFact]
    public async Task Editor_showing_errors_and_the_french_console()
    {
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Author);
        await page.GotoAsync("/admin/postings/Edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await page.GotoAsync("/admin/postings");
        await Axe.AssertNoViolationsAsync(page);
    }

    [ChromiumFact]
    public async Task Confirmation_step_send_back_and_webhook_test_pages_in_both_languages()
    {
        var posting = await ConsoleSession.SeedPublishedAsync(site, "Accessible confirmation");
        Guid hookId;
        await using (var scope = site.App.Services.CreateAsyncScope())
        {
            var (hook, errors) = await scope.ServiceProvider.GetRequiredService<Recruiting.Web.Webhooks.WebhookRegistry>()
                .AddAsync("https://hooks.example.com/careers", ["posting.published"], new Recruiting.Core.Workflow.Actor("seed", [Roles.Administrator]));
            Assert.Empty(errors);
            hookId = hook!.Id;
        }
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Administrator);
        foreach (var language in new[] { "English", "Français" })
        {
            if (language == "Français") await page.GetByRole(AriaRole.Button, new() { Name = language }).ClickAsync();
            foreach (var url in new[]
            {
                $"/admin/postings/confirm/{posting.Id}?act=Archive&version={posting.Version}", $"/admin/postings/sendback/{posting.Id}",
                $"/admin/webhooks/deliveries?id={hookId}",
            })
            {
                var response = await page.GotoAsync(url);
                Assert.Equal(200, response!.Status);
                await Axe.AssertNoViolationsAsync(page);
            }
        }
    }
}
