using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Browser.Tests;

/// <summary>
/// Every console page, visited by an administrator in English and then in French: a visible text that is the same in
/// both is English left untranslated, unless it is the user's own content (the seeded postings, addresses, numbers) or
/// one of the few words both languages write alike.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FrenchSweepTests(BrowserSite site)
{
    /// <summary>What the seeded content holds, so it is never taken for an interface text.</summary>
    private const string Marker = "Zorblax";

    /// <summary>Words French writes as English does, as they stand on the console's pages.</summary>
    private static readonly HashSet<string> SameInBoth = new(StringComparer.Ordinal)
    {
        "Version", "Publication", "Description", "Slug", "Type", "Minimum", "Maximum", "Action", "Actions", "Date", "Lever ID",
        "Markdown", "Webhooks", "Audit", "Total", "Administration", "Import", "Page", "Pages", "Options", "Message", "Code",
        "Description :", "Type :", "Date :", "Action :", "Version :", "leverId", "URL", "JSON", "API", "Recruiting", "Hugo", "Lever",
        "B", "I", "H", "?", "1.", "•", "en", "fr", "EN", "FR", "CAD", "Introduction (Markdown)",
    };

    /// <summary>A body with a finding of each kind the Checks panel words from its values: a skipped heading level, a link scheme, removed HTML.</summary>
    private const string BodyWithFindings = $"## {Marker}\n\n#### {Marker} perks\n\nSee [{Marker}](htp:/broken link).\n\n<script>{Marker}()</script>\n\n"
        + $"A <b onclick=\"{Marker}()\">{Marker}</b> body.";

    /// <summary>One step of the sweep: where to go (and what to do there) to see a screen; <paramref name="Axe"/> checks it with axe too.</summary>
    private sealed record Visit(string Name, Func<IPage, Task> Go, bool Axe = false);

    [ChromiumFact]
    public async Task Every_console_page_in_french_has_no_english_text_left()
    {
        var actor = new Actor("seed", [Roles.Administrator]);
        var posting = await ConsoleSession.SeedPublishedAsync(site, $"{Marker} analyst", edit: c => c with
        {
            Description = $"{Marker} description.", BodyMarkdown = BodyWithFindings,
        });
        var inReview = await ConsoleSession.SeedDraftAsync(site, $"{Marker} reviewed", edit: c => c with { Description = $"{Marker} description." });
        var sentBack = await ConsoleSession.SeedDraftAsync(site, $"{Marker} sent back", edit: c => c with { Description = $"{Marker} description." });
        Guid hookId;
        string userId;
        await using (var scope = site.App.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            var db = scope.ServiceProvider.GetRequiredService<RecruitingDb>();
            var current = await db.Postings.FindAsync(posting.Id);
            var input = new PostingInput(current!.Language, current.Slug, current.TranslationKey, current.Draft with { Title = $"{Marker} senior analyst" });
            Assert.True((await workflow.SaveDraftAsync(posting.Id, input, current.Version, actor)).Succeeded);
            Assert.True((await workflow.SubmitForReviewAsync(inReview.Id, null, actor)).Succeeded);
            Assert.True((await workflow.SubmitForReviewAsync(sentBack.Id, null, actor)).Succeeded);
            Assert.True((await workflow.SendBackAsync(sentBack.Id, null, $"{Marker} comment.", actor)).Succeeded);
            var (hook, errors) = await scope.ServiceProvider.GetRequiredService<Recruiting.Web.Webhooks.WebhookRegistry>()
                .AddAsync("https://hooks.example.com/careers", ["posting.published"], actor);
            Assert.Empty(errors);
            hookId = hook!.Id;
            var (email, _) = await site.CreateUserAsync(Roles.Author);
            userId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        }
        var visits = new List<Visit>();
        foreach (var url in new[]
        {
            "/admin", "/admin/postings", "/admin/postings/edit", $"/admin/postings/edit/{posting.Id}",
            $"/admin/postings/history/{posting.Id}", $"/admin/postings/diff/{posting.Id}?from=1&to=3", $"/admin/postings/compare/{posting.Id}",
            "/admin/postings/careersindex", "/admin/postings/careersindexhistory", "/admin/import",
            $"/admin/postings/bulk?Action=Archive&Ids={posting.Id}", "/admin/users", "/admin/users/create", "/admin/audit", "/admin/tokens",
            "/admin/webhooks", "/admin/account/changepassword",
        })
            visits.Add(new(url, p => p.GotoAsync(url)));
        foreach (var url in new[]
        {
            "/admin/account/accessdenied", $"/admin/users/edit/{userId}", $"/admin/webhooks/deliveries?id={hookId}",
            $"/admin/postings/confirm/{posting.Id}?act=Archive&version={posting.Version + 1}", $"/admin/postings/sendback/{inReview.Id}",
            $"/admin/postings/edit/{inReview.Id}", $"/admin/postings/edit/{sentBack.Id}",
        })
            visits.Add(new(url, p => p.GotoAsync(url), Axe: true));
        // The Checks panel, as the author types (live checks) and after a save (next to the fields too).
        visits.Add(new($"live checks of {posting.Id}", async p =>
        {
            await p.GotoAsync($"/admin/postings/edit/{posting.Id}");
            await p.Locator("form.posting-form").DispatchEventAsync("input");
            await p.Locator("[data-checks-list] li[data-code='lint.removed-html']").First.WaitForAsync();
        }, Axe: true));
        var saves = 0;
        visits.Add(new($"save of {posting.Id}", async p =>
        {
            await p.GotoAsync($"/admin/postings/edit/{posting.Id}");
            await p.Locator("[name='Form.Description']").FillAsync($"{Marker} description {++saves}.");
            await p.Locator("button[formaction*='handler=Save']").First.ClickAsync();
            await p.Locator(".field-warning").First.WaitForAsync();
        }, Axe: true));

        // Other tests share the site: their postings' titles and addresses, and the seeding actor, are content too.
        HashSet<string> content;
        await using (var scope = site.App.Services.CreateAsyncScope())
            content = scope.ServiceProvider.GetRequiredService<RecruitingDb>().Postings.Select(p => p.Title).ToHashSet();
        content.Add("seed");
        var untranslated = new List<string>();
        var violations = new List<string>();
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Administrator);
        await SweepAsync(page, visits, untranslated, violations);
        // Signed out: the sign-in page, and the same with what to fix.
        await SweepAsync(await site.NewPageAsync(),
        [
            new(ConsoleSession.SignInUrl, p => p.GotoAsync(ConsoleSession.SignInUrl), Axe: true),
            new("sign-in errors", async p =>
            {
                await p.GotoAsync(ConsoleSession.SignInUrl);
                await p.Locator("form button[type=submit].primary").ClickAsync();
                await p.Locator(".field-error, [role=alert]").First.WaitForAsync();
            }, Axe: true),
        ], untranslated, violations);

        Assert.True(untranslated.Count == 0, "English left in the French console:\n" + string.Join("\n", untranslated));
        Assert.True(violations.Count == 0, "axe (WCAG 2.1 AA):\n" + string.Join("\n", violations));

        async Task SweepAsync(IPage on, IReadOnlyList<Visit> steps, List<string> english, List<string> axe)
        {
            var inEnglish = new Dictionary<string, HashSet<string>>();
            foreach (var step in steps)
            {
                await step.Go(on);
                inEnglish[step.Name] = await VisibleTextsAsync(on);
                if (step.Axe) axe.AddRange(await Axe.ViolationsAsync(on));
            }
            await on.GotoAsync(steps[0].Name.StartsWith('/') ? steps[0].Name : "/admin");
            await on.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
            await Assertions.Expect(on.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            foreach (var step in steps)
            {
                await step.Go(on);
                var french = await VisibleTextsAsync(on);
                var same = french.Intersect(inEnglish[step.Name])
                    .Where(t => !SameInBoth.Contains(t) && !content.Contains(t) && !t.Contains(Marker) && !t.Contains('@') && !Address().IsMatch(t) && !t.StartsWith("https://", StringComparison.Ordinal)).Order().ToList();
                if (same.Count > 0) english.Add($"{step.Name}: {string.Join(" | ", same)}");
                if (step.Axe) axe.AddRange(await Axe.ViolationsAsync(on));
            }
        }
    }

    /// <summary>A posting's address or audit target: en/slug, /fr/careers/slug.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^/?(en|fr)/[\w/-]+$")]
    private static partial System.Text.RegularExpressions.Regex Address();

    /// <summary>
    /// The page's visible text nodes, white space collapsed, that hold a word; text marked with another language than the
    /// page's (a posting's own text, the language switch) and code are left out.
    /// </summary>
    private static async Task<HashSet<string>> VisibleTextsAsync(IPage page) =>
        (await page.EvaluateAsync<string[]>("""
            () => {
              const texts = [];
              const pageLang = document.documentElement.lang;
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.replace(/\s+/g, " ").trim();
                const el = node.parentElement;
                if (!text || !/\p{L}{2}/u.test(text) || !el) continue;
                if (el.closest("script, style, code, pre, textarea, .CodeMirror, .diff, .posting-body")) continue;
                const marked = el.closest("[lang]");
                if (marked && marked.lang !== pageLang) continue;
                if (el.tagName !== "OPTION" && !el.checkVisibility({ visibilityProperty: true })) continue;
                texts.push(text);
              }
              return texts;
            }
            """)).ToHashSet(StringComparer.Ordinal);
}
