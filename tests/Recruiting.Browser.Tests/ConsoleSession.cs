using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;

namespace Recruiting.Browser.Tests;

/// <summary>What the console tests do over and over: sign in through the real form, and seed a posting.</summary>
internal static class ConsoleSession
{
    public const string SignInUrl = "/admin/account/signin";

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(SignInUrl);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("signin", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A new page signed in as a new user with these roles.</summary>
    public static async Task<IPage> SignedInPageAsync(BrowserSite site, params string[] roles)
    {
        var (email, password) = await site.CreateUserAsync(roles);
        var page = await site.NewPageAsync();
        await SignInAsync(page, email, password);
        return page;
    }

    /// <summary>A draft posting made through the save pipeline, as the console would.</summary>
    public static async Task<Posting> SeedDraftAsync(BrowserSite site, string title, string language = Languages.English, string? translationKey = null,
        Func<PostingContent, PostingContent>? edit = null)
    {
        var slug = SlugGenerator.FromText(title) + "-" + Guid.NewGuid().ToString("N")[..6];
        await using var scope = site.App.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
        var content = new PostingContent
        {
            Title = title, Description = "Build and run our data platform.", LeverId = Guid.NewGuid().ToString(),
            BodyMarkdown = "## The role\n\nYou build **reliable** pipelines.\n\n## Benefits\n\n- Remote first\n- Training budget",
        };
        var result = await workflow.CreateAsync(new PostingInput(language, slug, translationKey ?? slug, edit is null ? content : edit(content)), new Actor("seed", [Roles.Publisher]));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Posting!;
    }

    public static async Task<Posting> SeedPublishedAsync(BrowserSite site, string title, string language = Languages.English, string? translationKey = null,
        Func<PostingContent, PostingContent>? edit = null)
    {
        var posting = await SeedDraftAsync(site, title, language, translationKey, edit);
        await using var scope = site.App.Services.CreateAsyncScope();
        // The seed body is English whatever the posting's language: the seeding publisher says that is right.
        var published = await scope.ServiceProvider.GetRequiredService<PostingWorkflow>().PublishAsync(posting.Id, null, new Actor("seed", [Roles.Publisher]),
            languageConfirmed: true);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Message)));
        return published.Posting!;
    }

    public static async Task ArchiveAsync(BrowserSite site, Posting posting)
    {
        await using var scope = site.App.Services.CreateAsyncScope();
        var archived = await scope.ServiceProvider.GetRequiredService<PostingWorkflow>().ArchiveAsync(posting.Id, null, new Actor("seed", [Roles.Publisher]));
        Assert.True(archived.Succeeded);
    }
}
