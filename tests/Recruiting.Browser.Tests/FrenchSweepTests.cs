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

    [ChromiumFact]
    public async Task Every_console_page_in_french_has_no_english_text_left()
    {
        var posting = await ConsoleSession.SeedPublishedAsync(site, $"{Marker} analyst", edit: c => c with
        {
            Description = $"{Marker} description.", BodyMarkdown = $"## {Marker}\n\n{Marker} body.",
        });
        await using (var scope = site.App.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            var db = scope.ServiceProvider.GetRequiredService<RecruitingDb>();
            var current = await db.Postings.FindAsync(posting.Id);
            var input = new PostingInput(current!.Language, current.Slug, current.TranslationKey, current.Draft with { Title = $"{Marker} senior analyst" });
            Assert.True((await workflow.SaveDraftAsync(posting.Id, input, current.Version, new Actor("seed", [Roles.Administrator]))).Succeeded);
        }
        var page = await ConsoleSession.SignedInPageAsync(site, Roles.Administrator);
        var pages = new[]
        {
            "/admin", "/admin/postings", "/admin/postings/edit", $"/admin/postings/edit/{posting.Id}",
            $"/admin/postings/history/{posting.Id}", $"/admin/postings/diff/{posting.Id}?from=1&to=3", $"/admin/postings/compare/{posting.Id}",
            "/admin/postings/careersindex", "/admin/postings/careersindexhistory", "/admin/import",
            $"/admin/postings/bulk?Action=Archive&Ids={posting.Id}", "/admin/users", "/admin/users/create", "/admin/audit", "/admin/tokens",
            "/admin/webhooks", "/admin/account/changepassword",
        };

        // Other tests share the site: their postings' titles and addresses, and the seeding actor, are content too.
        HashSet<string> content;
        await using (var scope = site.App.Services.CreateAsyncScope())
            content = scope.ServiceProvider.GetRequiredService<RecruitingDb>().Postings.Select(p => p.Title).ToHashSet();
        content.Add("seed");
        var english = new Dictionary<string, HashSet<string>>();
        await page.GotoAsync("/admin");
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            english[url] = await VisibleTextsAsync(page);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        var untranslated = new List<string>();
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            var french = await VisibleTextsAsync(page);
            var same = french.Intersect(english[url])
                .Where(t => !SameInBoth.Contains(t) && !content.Contains(t) && !t.Contains(Marker) && !t.Contains('@') && !Address().IsMatch(t)).Order().ToList();
            if (same.Count > 0) untranslated.Add($"{url}: {string.Join(" | ", same)}");
        }
        Assert.True(untranslated.Count == 0, "English left in the French console:\n" + string.Join("\n", untranslated));
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
