using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Recruiting.Core.Identity;

namespace Recruiting.Browser.Tests;

/// <summary>Uploading legacy files in the console: a dry-run report first (nothing written), then the import on confirmation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportUploadTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task Upload_shows_the_dry_run_report_then_imports_on_confirmation()
    {
        var title = "Imported tester " + Guid.NewGuid().ToString("N")[..6];
        var folder = Directory.CreateTempSubdirectory("browser-import-");
        try
        {
            var good = Path.Combine(folder.FullName, "imported-tester.md");
            var bad = Path.Combine(folder.FullName, "broken.md");
            await File.WriteAllTextAsync(good, $"---\ntitle: '{title}'\ndescription: Test the importer.\ntranslationKey: imported-tester\n---\n\n## The role\n\nYou test.\n");
            await File.WriteAllTextAsync(bad, "---\ntitle: 'Broken\ndescription: [unclosed\n---\n\nBody\n");
            var extras = Path.Combine(folder.FullName, "extras.zip");
            using (var zip = System.IO.Compression.ZipFile.Open(extras, System.IO.Compression.ZipArchiveMode.Create))
            await using (var pdf = new StreamWriter(zip.CreateEntry("benefits.pdf").Open()))
                await pdf.WriteAsync("%PDF-1.4");
            var page = await ConsoleSession.SignedInPageAsync(site, Roles.Publisher);

            await page.GotoAsync("/admin/import");
            await Axe.AssertNoViolationsAsync(page);
            await page.Locator("#files").SetInputFilesAsync([good, bad, extras]);
            await page.Locator("#Language").SelectOptionAsync("en");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check the files (dry run)" }).ClickAsync();

            var report = page.Locator(".import-report");
            await Assertions.Expect(report.Locator("h2")).ToHaveTextAsync("What the import would do (nothing is written yet)");
            await Assertions.Expect(report.Locator(".summary")).ToContainTextAsync("Created: 1");
            await Assertions.Expect(report.Locator(".summary")).ToContainTextAsync("Rejected: 1");
            await Assertions.Expect(report.Locator("tbody tr", new() { HasText = "broken.md" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Files skipped: 1" })).ToContainTextAsync("extras.zip › benefits.pdf");
            await Axe.AssertNoViolationsAsync(page);

            Assert.Equal(0, await CountAsync(title));

            await page.GetByRole(AriaRole.Button, new() { Name = "Import these files" }).ClickAsync();
            await Assertions.Expect(page.Locator(".import-report h2")).ToHaveTextAsync("Import done");
            await Assertions.Expect(page.Locator(".import-report .summary")).ToContainTextAsync("Created: 1");

            await page.GotoAsync("/admin/postings?Criteria.Search=" + Uri.EscapeDataString(title));
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
            Assert.Equal(1, await CountAsync(title));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<int> CountAsync(string title)
    {
        await using var db = site.App.NewDbContext();
        return await db.Postings.CountAsync(p => p.Title == title);
    }
}
