using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Import;
using Recruiting.Testing;
using Recruiting.Testing.Legacy.Hugo;

namespace Recruiting.Web.Tests.Legacy.Parity;

/// <summary>
/// Differential test of addresses: every address Hugo's build of the corpus served for a page (its permalink, each
/// alias it wrote, the page Hugo's output shows where two files claim a path) and the file-name form of each page
/// answers 301, over HTTP, to the posting imported from that file.
/// </summary>
[Collection(ParityCollection.Name)]
public sealed class UrlParityTests(ParityFixture corpus)
{
    [HugoFact]
    public async Task Every_address_Hugo_served_redirects_to_the_posting_of_the_page_Hugo_showed_there()
    {
        await using var app = await TestApp.StartAsync();
        await ImportAsync(app, corpus.Site.Path);
        var bySource = await PostingsBySourceAsync(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var checkedAddresses = 0;
        var wrong = new List<string>();
        foreach (var (address, page) in corpus.Hugo.Addresses.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var expected = PostingUrls.Canonical(bySource[page.Source]);
            foreach (var form in new[] { address, FileNameForm(page) }.Distinct())
            {
                var response = await client.GetAsync(Uri.EscapeDataString(form).Replace("%2F", "/"));
                checkedAddresses++;
                if ((int)response.StatusCode != 301 || response.Headers.Location?.OriginalString != expected)
                    wrong.Add($"{form} (Hugo: {page.Source}) answered {(int)response.StatusCode} {response.Headers.Location}, expected 301 {expected}");
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {checkedAddresses} addresses wrong:\n" + string.Join("\n", wrong));
        Assert.True(corpus.Hugo.Addresses.Count > corpus.Hugo.Pages.Count, "the corpus has aliases");
    }

    /// <summary>The page's path under content/ as written, which we also redirect (older links used it).</summary>
    internal static string FileNameForm(HugoPage page)
    {
        var path = page.File;
        if (page.Params["url"] is not null && ((string?)page.Params["url"])?.Length > 0) return page.Permalink;
        path = path[..path.LastIndexOf('.')];
        if (path.EndsWith("." + page.Lang)) path = path[..^(page.Lang.Length + 1)];
        if (path.EndsWith("/index")) path = path[..^"/index".Length];
        return $"/{page.Lang}/{path}/";
    }

    public static async Task<ImportReport> ImportAsync(TestApp app, string site)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sources = ImportSourceReader.List([Path.Combine(site, "content")], site);
        return await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(sources, new ImportOptions());
    }

    public static async Task<Dictionary<string, Posting>> PostingsBySourceAsync(TestApp app)
    {
        await using var db = app.NewDbContext();
        return await db.Postings.AsNoTracking().Where(p => p.ImportSource != null).ToDictionaryAsync(p => p.ImportSource!);
    }
}
